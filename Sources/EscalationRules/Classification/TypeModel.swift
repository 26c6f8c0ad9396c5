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
    /// The same weights filed for reading a description without building feature names.
    let table: FeatureTable

    init(trainedOn: Provenance, types: [DisagreementType], bias: [Double], lexicon: [[Double]], features: [String: [Double]]) {
        self.trainedOn = trainedOn
        self.types = types
        self.bias = bias
        self.lexicon = lexicon
        self.features = features
        table = FeatureTable(features, columns: types.count)
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
///
/// Every stem a feature names is numbered once, so a description's stems are hashed once each and its
/// words, negated words and pairs are then found by number (pairs keyed by their two strings made
/// reading a type a quarter slower: callgrind, `bench --calls 3000`).
struct FeatureTable: Sendable {
    private var stemIDs: [String: Int] = [:]
    private var words: [Int: Int] = [:]
    private var negated: [Int: Int] = [:]
    /// Pairs by their two stems' numbers, the first in the high half.
    private var pairs: [Int: Int] = [:]
    /// Each feature's weights in one flat array, a row of one weight per type column.
    private(set) var weights: [Double] = []

    init(_ features: [String: [Double]], columns: Int) {
        for (name, row) in features.sorted(by: { $0.key < $1.key }) where row.count == columns {
            let id = weights.count / columns
            let rest = String(name.dropFirst(2))
            switch TypeFeatures.Kind(rawValue: String(name.prefix(2))) {
            case .word: words[number(rest)] = id
            case .negated: negated[number(rest)] = id
            case .pair:
                let both = rest.split(separator: " ", maxSplits: 1).map(String.init)
                guard both.count == 2 else { continue }
                pairs[Self.pair(number(both[0]), number(both[1]))] = id
            case nil: continue
            }
            weights += row
        }
    }

    private mutating func number(_ stem: String) -> Int {
        if let id = stemIDs[stem] { return id }
        stemIDs[stem] = stemIDs.count
        return stemIDs.count - 1
    }

    private static func pair(_ first: Int, _ second: Int) -> Int { first << 32 | second }

    /// The rows of every known feature of `stems`, each once.
    func rows(of stems: [String]) -> [Int] {
        let ids = stems.map { stemIDs[$0] }
        var rows: [Int] = []
        rows.reserveCapacity(stems.count * 2)
        TypeFeatures.visit(stems) { kind, index in
            if let id = ids[index], let row = kind == .word ? words[id] : negated[id] { rows.append(row) }
        }
        TypeFeatures.visitPairs(stems) { index in
            if let first = ids[index - 1], let second = ids[index], let row = pairs[Self.pair(first, second)] { rows.append(row) }
        }
        rows.sort()
        var unique = rows
        unique.removeAll()
        for row in rows where unique.last != row { unique.append(row) }
        return unique
    }

    /// Whether `stem` is a word the model knows, for typo correction.
    func knows(_ stem: String) -> Bool { stemIDs[stem].map { words[$0] != nil } ?? false }
}
