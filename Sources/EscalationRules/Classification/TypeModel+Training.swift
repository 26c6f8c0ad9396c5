import Foundation

extension TypeModel {
    /// Trains on `examples` by full-batch gradient descent with AdaGrad steps and an L2 penalty:
    /// deterministic, so the same descriptions always give the same weights.
    static func trained(on examples: [LabelledDescription], lexicon: Classifier, _ training: TypeTraining = TypeTraining()) -> TypeModel {
        let (epochs, l2, rate, prune, lexiconScale) = (training.epochs, training.l2, training.rate, training.prune, training.lexiconScale)
        let types = DisagreementType.allCases
        let inputs = examples.map { example in
            let stems = lexicon.read(Words.tokens(example.text))
            return (names: TypeFeatures.names(of: stems.map(\.text), pairs: true), lexicon: lexicon.score(stems).map { $0 * lexiconScale })
        }
        let names = Array(Set(inputs.flatMap(\.names))).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let rows = inputs.map { $0.names.compactMap { index[$0] } }
        let labels = examples.map { types.firstIndex(of: $0.type)! }
        let k = types.count, lexiconRows = types.count
        var weights = [[Double]](repeating: [Double](repeating: 0, count: k), count: names.count)
        var lexiconWeights = [[Double]](repeating: [Double](repeating: 0, count: k), count: lexiconRows)
        var bias = [Double](repeating: 0, count: k)
        var history = [[Double]](repeating: [Double](repeating: 1e-8, count: k), count: names.count)
        var lexiconHistory = [[Double]](repeating: [Double](repeating: 1e-8, count: k), count: lexiconRows)
        var biasHistory = [Double](repeating: 1e-8, count: k)
        let n = Double(examples.count)
        for _ in 0..<epochs {
            var gradient = [[Double]](repeating: [Double](repeating: 0, count: k), count: names.count)
            var lexiconGradient = [[Double]](repeating: [Double](repeating: 0, count: k), count: lexiconRows)
            var biasGradient = [Double](repeating: 0, count: k)
            for (example, row) in rows.enumerated() {
                var scores = bias
                for feature in row { for c in 0..<k { scores[c] += weights[feature][c] } }
                for (r, value) in inputs[example].lexicon.enumerated() where value != 0 {
                    for c in 0..<k { scores[c] += lexiconWeights[r][c] * value }
                }
                let p = softmax(scores)
                for c in 0..<k {
                    let error = (p[c] - (c == labels[example] ? 1 : 0)) / n
                    biasGradient[c] += error
                    for feature in row { gradient[feature][c] += error }
                    for (r, value) in inputs[example].lexicon.enumerated() where value != 0 { lexiconGradient[r][c] += error * value }
                }
            }
            for f in 0..<names.count {
                for c in 0..<k {
                    let g = gradient[f][c] + l2 * weights[f][c]
                    history[f][c] += g * g
                    weights[f][c] -= rate * g / history[f][c].squareRoot()
                }
            }
            for r in 0..<lexiconRows {
                for c in 0..<k {
                    let g = lexiconGradient[r][c] + l2 * lexiconWeights[r][c]
                    lexiconHistory[r][c] += g * g
                    lexiconWeights[r][c] -= rate * g / lexiconHistory[r][c].squareRoot()
                }
            }
            for c in 0..<k {
                biasHistory[c] += biasGradient[c] * biasGradient[c]
                bias[c] -= rate * biasGradient[c] / biasHistory[c].squareRoot()
            }
        }
        func rounded(_ row: [Double]) -> [Double] { row.map { ($0 * 10_000).rounded() / 10_000 } }
        var features: [String: [Double]] = [:]
        for (f, name) in names.enumerated() where weights[f].contains(where: { abs($0) >= prune }) {
            features[name] = rounded(weights[f])
        }
        return TypeModel(trainedOn: Provenance(descriptions: examples.count, digest: digest(of: examples.map(\.text))),
                         types: types, bias: rounded(bias), lexicon: lexiconWeights.map { rounded($0.map { $0 * lexiconScale }) }, features: features)
    }
}

extension TypeModel {
    /// The model as JSON with one feature a line, sorted, so a retrained model reads as a diff.
    var json: String {
        func numbers(_ row: [Double]) -> String { "[" + row.map { String($0) }.joined(separator: ", ") + "]" }
        func quoted(_ text: String) -> String {
            let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
            return String(decoding: data, as: UTF8.self)
        }
        var lines = ["{"]
        lines.append("  \"trainedOn\": {\"descriptions\": \(trainedOn.descriptions), \"digest\": \(quoted(trainedOn.digest))},")
        lines.append("  \"types\": [" + types.map { quoted($0.rawValue) }.joined(separator: ", ") + "],")
        lines.append("  \"bias\": \(numbers(bias)),")
        lines.append("  \"lexicon\": [" + lexicon.map(numbers).joined(separator: ", ") + "],")
        lines.append("  \"features\": {")
        lines.append(features.keys.sorted().map { "    \(quoted($0)): \(numbers(features[$0]!))" }.joined(separator: ",\n"))
        lines.append("  }")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// How a type model is trained: the settings cross-validation on the tuning part chose.
public struct TypeTraining: Sendable {
    public var epochs = 600
    public var l2 = 0.0005
    public var rate = 0.5
    /// Features whose every weight is smaller than this are left out of the shipped model.
    public var prune = 0.05
    /// The lexicon's scores are scaled by this in training, so the penalty on its weights weighs
    /// against the words' as cross-validation found best (0.2: 89.0% against 87.2% at 1).
    public var lexiconScale = 0.2

    public init() {}
}

extension Classifier {
    /// Five-fold cross-validation of the type model on `examples` (the tuning part only): the share
    /// typed right when each fifth is read by a model trained on the other four, and the misses.
    public static func crossValidatedTypeAccuracy(on examples: [LabelledDescription], _ training: TypeTraining = TypeTraining())
        -> (accuracy: Double, misses: [(LabelledDescription, DisagreementType)], readings: [(confidence: Double, right: Bool)]) {
        let lexicon = Classifier()
        var misses: [(LabelledDescription, DisagreementType)] = []
        var readings: [(confidence: Double, right: Bool)] = []
        for fold in 0..<5 {
            let test = examples.enumerated().filter { $0.offset % 5 == fold }.map(\.element)
            let train = examples.enumerated().filter { $0.offset % 5 != fold }.map(\.element)
            let classifier = Classifier(model: TypeModel.trained(on: train, lexicon: lexicon, training))
            for item in test {
                let read = classifier.typed(item.text)
                if read.type != item.type { misses.append((item, read.type)) }
                let stems = classifier.read(Words.tokens(item.text))
                let top = classifier.typeScores(stems, lexicon: classifier.score(stems)).map { TypeModel.softmax($0).max() ?? 0 } ?? 0
                readings.append((top, read.type == item.type))
            }
        }
        return (Double(examples.count - misses.count) / Double(max(examples.count, 1)), misses, readings)
    }

    /// Trains a type model on `examples` and returns it as the JSON `Resources/Classifier` ships.
    public static func trainModel(on examples: [LabelledDescription]) -> String {
        TypeModel.trained(on: examples, lexicon: Classifier()).json
    }

    /// Trains the risk model on `examples` (the tuning part and the routine tuning sets) and returns
    /// its JSON, with what cross-validation said of it. The threshold is set where the model alone,
    /// in five-fold cross-validation, catches `training.recall` (99.7%) of the immediate descriptions,
    /// or as near as keeps it above the model's bias: below it, text with no telling word would be
    /// asked about (at 2,866 tuning descriptions 99% was).
    /// The routine sets, 500 everyday escalations, teach what ordinary practice sounds like.
    public static func trainRiskModel(on examples: [LabelledDescription], _ training: RiskTraining = RiskTraining()) -> (json: String, figures: String) {
        let lexicon = Classifier()
        let odds = RiskModel.crossValidatedOdds(on: examples, lexicon: lexicon, training)
        var model = RiskModel.trained(on: examples, lexicon: lexicon, training, threshold: 0)
        // The most recall whose threshold stays above the bias: below it, text with no telling word is asked about.
        let recalls = stride(from: training.recall, through: 0.95, by: -0.001)
        let threshold = recalls.lazy.map { RiskModel.threshold(odds: odds, examples: examples, recall: $0) }.first { $0 > model.bias } ?? model.bias + 0.01
        model.threshold = threshold
        let flagged = zip(odds, examples).filter { $0.0 >= threshold }
        let right = flagged.filter { $0.1.urgency == .immediate }.count
        let immediate = examples.filter { $0.urgency == .immediate }.count
        let figures = "risk model: threshold \(threshold); in cross-validation alone it catches \(right)/\(immediate) immediate, "
            + "flags \(flagged.count - right) others (precision \(String(format: "%.1f%%", Double(right) / Double(max(flagged.count, 1)) * 100)))"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return (String(decoding: (try? encoder.encode(model)) ?? Data(), as: UTF8.self) + "\n", figures)
    }
}
