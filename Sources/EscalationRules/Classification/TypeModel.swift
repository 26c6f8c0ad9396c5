import Foundation

/// Weights that read a description's features into a disagreement type: a multinomial logistic
/// regression trained by `Scripts/train-classifier` on the tuning part of the labelled descriptions,
/// shipped as `Resources/Classifier/type-model.json`.
struct TypeModel: Codable, Sendable {
    /// What the model was trained on, so a test can show the evaluation third was never read.
    struct Provenance: Codable, Equatable, Sendable {
        var descriptions: Int
        /// FNV-1a of every training description's text, sorted and joined by newlines.
        var digest: String
    }

    var trainedOn: Provenance
    /// The type each weight column stands for.
    var types: [DisagreementType]
    var bias: [Double]
    /// Weights per lexicon score, one row per type column.
    var lexicon: [[Double]]
    var features: [String: [Double]]

    /// The model that ships with the module, or nil if its file is missing or unreadable: the
    /// classifier then falls back to the lexicon alone, and a test fails.
    static let bundled: TypeModel? = {
        guard let url = Bundle.module.url(forResource: "type-model", withExtension: "json", subdirectory: "Classifier"),
              let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(TypeModel.self, from: data)
    }()

    /// A probability for each type column.
    func probabilities(_ input: TypeFeatures) -> [Double] {
        var scores = bias
        for name in input.names {
            guard let weights = features[name] else { continue }
            for column in scores.indices { scores[column] += weights[column] }
        }
        for (row, value) in input.lexicon.enumerated() where value != 0 {
            for column in scores.indices { scores[column] += lexicon[row][column] * value }
        }
        return Self.softmax(scores)
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
