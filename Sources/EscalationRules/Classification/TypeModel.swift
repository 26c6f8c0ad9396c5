import Foundation

/// Weights that read a description's features into a disagreement type: a multinomial logistic
/// regression trained by `Scripts/train-classifier` on the tuning part of the labelled descriptions,
/// shipped as `Resources/Classifier/type-model.json`.
struct TypeModel: Decodable, Sendable {
    /// What the model was trained on, so a test can show the evaluation third was never read.
    struct Provenance: Codable, Equatable, Sendable {
        var descriptions: Int
        /// FNV-1a of every training description's text, sorted and joined by newlines.
        var digest: String
    }

    let trainedOn: Provenance
    /// The type each weight column stands for.
    let types: [DisagreementType]
    let bias: [Double]
    /// Weights per lexicon score, one row per type column.
    let lexicon: [[Double]]
    /// Weights by feature name ("w:threshold"), one per type column.
    let features: [String: [Double]]
    /// The same weights filed for reading a description without building feature names.
    let table: FeatureTable

    enum CodingKeys: String, CodingKey { case trainedOn, types, bias, lexicon, features }

    init(trainedOn: Provenance, types: [DisagreementType], bias: [Double], lexicon: [[Double]], features: [String: [Double]]) {
        self.trainedOn = trainedOn
        self.types = types
        self.bias = bias
        self.lexicon = lexicon
        self.features = features
        table = FeatureTable(features, columns: types.count)
    }

    init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(trainedOn: try values.decode(Provenance.self, forKey: .trainedOn), types: try values.decode([DisagreementType].self, forKey: .types),
                  bias: try values.decode([Double].self, forKey: .bias), lexicon: try values.decode([[Double]].self, forKey: .lexicon),
                  features: try values.decode([String: [Double]].self, forKey: .features))
    }

    /// The model that ships with the module, or nil if its file is missing or unreadable: the
    /// classifier then falls back to the lexicon alone, and a test fails.
    static let bundled: TypeModel? = {
        guard let bytes = try? BundledResources.bytes("type-model", in: "Classifier"),
              let model = try? JSONDecoder().decode(TypeModel.self, from: Data(bytes)) else { return nil }
        return model
    }()

    /// A score for each type column, before softmax; nil when no feature of the text is known.
    func scores(stems: [String], lexicon lexiconScores: [Double]) -> [Double]? {
        let rows = table.rows(of: stems)
        guard !rows.isEmpty || lexiconScores.contains(where: { $0 > 0 }) else { return nil }
        var scores = bias
        for row in rows {
            for column in scores.indices { scores[column] += table.weights[row * types.count + column] }
        }
        for (row, value) in lexiconScores.enumerated() where value != 0 {
            for column in scores.indices { scores[column] += lexicon[row][column] * value }
        }
        return scores
    }

    static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }

    static func digest(of texts: [String]) -> String {
        String(LabelledDescription.fnv1a(texts.sorted().joined(separator: "\n")), radix: 16)
    }
}

/// A model's feature weights filed by kind and stem, so reading a description looks each feature up
/// without building its name: a classification is read on every free-text answer.
struct FeatureTable: Sendable {
    private var words: [String: Int] = [:]
    private var negated: [String: Int] = [:]
    /// Pairs by first stem, then second, so a pair is looked up without joining the two.
    private var pairs: [String: [String: Int]] = [:]
    /// Each feature's weights in one flat array, a row of one weight per type column.
    private(set) var weights: [Double] = []

    init(_ features: [String: [Double]], columns: Int) {
        for (name, row) in features.sorted(by: { $0.key < $1.key }) where row.count == columns {
            let id = weights.count / columns
            let rest = String(name.dropFirst(2))
            switch TypeFeatures.Kind(rawValue: String(name.prefix(2))) {
            case .word: words[rest] = id
            case .negated: negated[rest] = id
            case .pair:
                let both = rest.split(separator: " ", maxSplits: 1).map(String.init)
                guard both.count == 2 else { continue }
                pairs[both[0], default: [:]][both[1]] = id
            case nil: continue
            }
            weights += row
        }
    }

    /// The rows of every known feature of `stems`, each once.
    func rows(of stems: [String]) -> [Int] {
        var rows: [Int] = []
        rows.reserveCapacity(stems.count * 2)
        TypeFeatures.visit(stems) { kind, stem in
            if let row = kind == .word ? words[stem] : negated[stem] { rows.append(row) }
        }
        TypeFeatures.visitPairs(stems) { first, second in
            if let row = pairs[first]?[second] { rows.append(row) }
        }
        rows.sort()
        var unique = rows
        unique.removeAll()
        for row in rows where unique.last != row { unique.append(row) }
        return unique
    }

    /// Whether `stem` is a word the model knows, for typo correction.
    func knows(_ stem: String) -> Bool { words[stem] != nil }
}
