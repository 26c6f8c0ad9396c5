import Foundation

/// Weights that read a description's features into a disagreement type: a multinomial logistic
/// regression trained by `Scripts/train-classifier` on the tuning part of the labelled descriptions,
/// shipped as `Resources/Classifier/type-model.json`.
struct TypeModel: Sendable {
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

    init(trainedOn: Provenance, types: [DisagreementType], bias: [Double], lexicon: [[Double]], features: [String: [Double]]) {
        self.trainedOn = trainedOn
        self.types = types
        self.bias = bias
        self.lexicon = lexicon
        self.features = features
    }

    /// The model that ships with the module, or nil if its file is missing or unreadable: the
    /// classifier then falls back to the lexicon alone, and a test fails. Read with the module's own
    /// JSON parser: Foundation's JSONDecoder took about 60 ms over the 855 KB file, once per process,
    /// at the first description.
    static let bundled: TypeModel? = {
        guard let bytes = try? BundledResources.bytes("type-model", in: "Classifier"),
              let json = try? JSONValue.parse(bytes) else { return nil }
        return TypeModel(json: json)
    }()

    /// The model from its JSON (`json` below writes it), or nil if a member is missing or mistyped.
    init?(json: JSONValue) {
        func numbers(_ value: JSONValue?) -> [Double]? {
            guard case .array(let items)? = value else { return nil }
            let numbers = items.compactMap { item -> Double? in if case .number(let n) = item { return n } else { return nil } }
            return numbers.count == items.count ? numbers : nil
        }
        guard case .number(let count)? = json["trainedOn"]?["descriptions"], let digest = json["trainedOn"]?["digest"]?.stringValue,
              case .array(let typeNames)? = json["types"], let bias = numbers(json["bias"]),
              case .array(let lexiconRows)? = json["lexicon"], case .object(let members)? = json["features"] else { return nil }
        let types = typeNames.compactMap { $0.stringValue.flatMap(DisagreementType.init(rawValue:)) }
        let lexicon = lexiconRows.compactMap { numbers($0) }
        var features: [String: [Double]] = [:]
        features.reserveCapacity(members.count)
        for (name, value) in members {
            guard let row = numbers(value) else { return nil }
            features[name] = row
        }
        guard types.count == typeNames.count, lexicon.count == lexiconRows.count, let whole = Int(exactly: count) else { return nil }
        self.init(trainedOn: Provenance(descriptions: whole, digest: digest), types: types, bias: bias, lexicon: lexicon, features: features)
    }

    /// A score for each type column, before softmax; nil when no feature of the text is known.
    /// - Parameter rows: the text's features in `table`, as `FeatureTable.rows(of:)` finds them.
    func scores(rows: [Int], in table: FeatureTable, lexicon lexiconScores: [Double]) -> [Double]? {
        guard !rows.isEmpty || lexiconScores.contains(where: { $0 > 0 }) else { return nil }
        var scores = bias
        // Each feature once, in the order of its name, as training sums them.
        var last = -1
        for row in rows.sorted() where row != last {
            last = row
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
