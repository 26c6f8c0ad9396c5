import Foundation
import Testing
@testable import EscalationRules

@Suite("Typing disagreements on descriptions nobody on the team wrote")
struct TypeTuningTests {
    static func type(_ text: String) -> DisagreementType { Classifier.standard.classify(text).type }

    @Test("tuning part: type accuracy") func tuning() {
        let figures = TypeFigures(Corpus.tuning, read: Self.type)
        print("type, tuning part (\(Corpus.tuning.count)): \(figures)")
        if ProcessInfo.processInfo.environment["TUNING_REPORT"] != nil {
            for item in Corpus.tuning where Self.type(item.text) != item.type {
                print("  [\(item.type.rawValue) read \(Self.type(item.text).rawValue)] \(item.text)")
            }
        }
        #expect(figures.accuracy >= 0.9)
    }
}

extension TypeTuningTests {
    /// Five-fold cross-validation on the tuning part (and the team's own set): how the method is
    /// chosen without looking at the evaluation third. Run with CROSS_VALIDATE=1.
    @Test("cross-validation on the tuning part", .enabled(if: ProcessInfo.processInfo.environment["CROSS_VALIDATE"] != nil))
    func crossValidate() {
        let env = ProcessInfo.processInfo.environment
        let prune = Double(env["PRUNE"] ?? "") ?? 0.05, epochs = Int(env["EPOCHS"] ?? "") ?? 300, l2 = Double(env["L2"] ?? "") ?? 0.002, rate = Double(env["RATE"] ?? "") ?? 0.5
        let all = Corpus.tuning + Corpus.team
        let lexicon = Classifier()
        var right = 0, total = 0
        for fold in 0..<5 {
            let test = all.enumerated().filter { $0.offset % 5 == fold }.map(\.element)
            let train = all.enumerated().filter { $0.offset % 5 != fold }.map(\.element)
            let classifier = Classifier(model: TypeModel.trained(on: train, lexicon: lexicon, epochs: epochs, l2: l2, rate: rate, prune: prune))
            right += test.filter { classifier.typed($0.text).type == $0.type }.count
            if env["TUNING_REPORT"] != nil {
                for item in test where classifier.typed(item.text).type != item.type {
                    print("  [\(item.type.rawValue) read \(classifier.typed(item.text).type.rawValue)] \(item.text)")
                }
            }
            total += test.count
        }
        print("cross-validated type accuracy (prune \(prune), epochs \(epochs), l2 \(l2), rate \(rate)): \(right)/\(total) = \(String(format: "%.1f", Double(right) / Double(total) * 100))%")
    }
}

extension TypeTuningTests {
    @Test("the shipped model was trained on exactly the tuning part: no evaluation description was read") func provenance() throws {
        let model = try #require(TypeModel.bundled, "Resources/Classifier/type-model.json is missing or unreadable")
        let tuning = Corpus.tuning + Corpus.team
        #expect(model.trainedOn.descriptions == tuning.count, "retrain with Scripts/train-classifier")
        #expect(model.trainedOn.digest == TypeModel.digest(of: tuning.map(\.text)), "retrain with Scripts/train-classifier")
        #expect(Set(Corpus.evaluation.map(\.text)).isDisjoint(with: tuning.map(\.text)))
    }

    /// Figures only: the evaluation third's misses are never printed, so nobody tunes on them. The
    /// issue's target is 90%; this guards the figure reached (see docs/classification.md).
    @Test("evaluation third: type accuracy does not fall below the figure reached") func evaluation() {
        let figures = TypeFigures(Corpus.evaluation, read: Self.type)
        print("type, evaluation third (\(Corpus.evaluation.count)): \(figures) (target 90%)")
        #expect(figures.accuracy >= 0.80)
    }
}
