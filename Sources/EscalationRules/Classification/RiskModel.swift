import Foundation

/// A second opinion on risk, learnt from the tuning part of the labelled descriptions: naive Bayes
/// over the same word features as the type model, saying "immediate" when the odds are high.
///
/// The rules in `RiskReader` know situations; this knows how practitioners write when someone is at
/// risk today, including situations no list has. It can only add a question, never take one away.
struct RiskModel: Codable, Sendable {
    var trainedOn: TypeModel.Provenance
    /// Log odds of immediate risk before any word is read.
    var bias: Double
    /// The log-odds ratio each feature adds, by name ("w:tonight", "n:safe").
    var weights: [String: Double]
    /// The log odds from which the model says immediate, chosen in cross-validation on the tuning part.
    var threshold: Double
    /// The weights of words and of negated words by stem, to read a description without building
    /// feature names: one look-up a feature, where filing by kind first made two.
    private var byWord: [String: Double] = [:]
    private var byNegated: [String: Double] = [:]

    enum CodingKeys: String, CodingKey { case trainedOn, bias, weights, threshold }

    init(trainedOn: TypeModel.Provenance, bias: Double, weights: [String: Double], threshold: Double) {
        self.trainedOn = trainedOn
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
        let filed = Self.filed(weights)
        byWord = filed[.word] ?? [:]
        byNegated = filed[.negated] ?? [:]
    }

    init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(trainedOn: try values.decode(TypeModel.Provenance.self, forKey: .trainedOn), bias: try values.decode(Double.self, forKey: .bias),
                  weights: try values.decode([String: Double].self, forKey: .weights), threshold: try values.decode(Double.self, forKey: .threshold))
    }

    static func filed(_ weights: [String: Double]) -> [TypeFeatures.Kind: [String: Double]] {
        var filed: [TypeFeatures.Kind: [String: Double]] = [:]
        for (name, weight) in weights {
            guard let kind = TypeFeatures.Kind(rawValue: String(name.prefix(2))) else { continue }
            filed[kind, default: [:]][String(name.dropFirst(2))] = weight
        }
        return filed
    }

    static let bundled: RiskModel? = {
        guard let bytes = try? BundledResources.bytes("risk-model", in: "Classifier") else { return nil }
        return try? JSONDecoder().decode(RiskModel.self, from: Data(bytes))
    }()

    /// The log odds that `stems` describe someone at risk today.
    func odds(_ stems: [String]) -> Double {
        var counted: [(TypeFeatures.Kind, String)] = []
        // Growing the list from empty was a fifth of the odds.
        counted.reserveCapacity(8)
        var total = bias
        TypeFeatures.visit(stems) { kind, index in
            let stem = stems[index]
            // Each feature counts once, as in training; most words carry no weight, so the list stays short.
            let weight = kind == .word ? byWord[stem] : kind == .negated ? byNegated[stem] : nil
            guard let weight, !counted.contains(where: { $0 == (kind, stem) }) else { return }
            counted.append((kind, stem))
            total += weight
        }
        return total
    }

    /// The clause that tells most of risk today, when the whole description reads as risk today.
    /// - Parameter stems: the whole description's, as the type is read from.
    func mostTelling(_ text: String, stems: [String], lexicon: Classifier) -> Clause? {
        guard odds(stems) >= threshold else { return nil }
        let clauses = Clause.split(text)
        let weighed = clauses.map { odds(lexicon.expanded(Words.tokens(String($0.typed)))) }
        return zip(clauses, weighed).max { $0.1 < $1.1 }?.0
    }

    /// Bernoulli naive Bayes on feature presence, add-one smoothed; features seen fewer than three
    /// times are left out, as their odds are noise.
    static func trained(on examples: [LabelledDescription], lexicon: Classifier, threshold: Double) -> RiskModel {
        var immediate: [String: Int] = [:], other: [String: Int] = [:]
        var immediateCount = 0
        for example in examples {
            let names = Set(TypeFeatures.names(of: lexicon.expanded(Words.tokens(example.text)), pairs: false))
            if example.urgency == .immediate {
                immediateCount += 1
                for name in names { immediate[name, default: 0] += 1 }
            } else {
                for name in names { other[name, default: 0] += 1 }
            }
        }
        let otherCount = examples.count - immediateCount
        var weights: [String: Double] = [:]
        for name in Set(immediate.keys).union(other.keys) {
            let a = immediate[name] ?? 0, b = other[name] ?? 0
            guard a + b >= 3 else { continue }
            let ratio = log(Double(a + 1) / Double(immediateCount + 2)) - log(Double(b + 1) / Double(otherCount + 2))
            if abs(ratio) >= 0.05 { weights[name] = (ratio * 1000).rounded() / 1000 }
        }
        let bias = log(Double(immediateCount + 1) / Double(otherCount + 1))
        return RiskModel(trainedOn: TypeModel.Provenance(descriptions: examples.count, digest: TypeModel.digest(of: examples.map(\.text))),
                         bias: (bias * 1000).rounded() / 1000, weights: weights, threshold: threshold)
    }
}
