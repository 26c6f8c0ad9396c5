import Foundation
import EscalationRules

/// `intake-bot train-classifier`: the tool behind `Scripts/train-classifier`, not a practitioner's
/// command, so `--help` does not list it. It trains the type model on the tuning part of labelled
/// descriptions and writes its weights; the evaluation third is set aside here and never read further.
enum TrainClassifierCommand {
    static let spec = CommandSpec(
        name: "train-classifier",
        synopsis: "train-classifier --out FILE TSV... [TXT...]",
        summary: "Trains the disagreement-type and risk models on the tuning part of labelled descriptions (a .txt file is a routine set: one description a line, nobody at risk today, read by the risk model only).",
        options: [.init(name: "out", value: "FILE", help: "Where to write the model (JSON)."),
                  .init(name: "evaluate", value: nil, help: "Print the shipped classifier's figures on the evaluation third (never which it misses); write nothing."),
                  .init(name: "cross-validate", value: nil, help: "Print the type model's five-fold cross-validated accuracy on the tuning part; write nothing."),
                  .init(name: "cross-validate-risk", value: nil, help: "Print the risk model's cross-validated figures on the tuning part; write nothing."),
                  .init(name: "recall", value: "X", help: "With --cross-validate-risk: the share of immediate descriptions the model alone must catch."),
                  .init(name: "l2", value: "X", help: "With --cross-validate or --cross-validate-risk: the L2 penalty to try."),
                  .init(name: "lexicon-scale", value: "X", help: "With --cross-validate: the lexicon scale to try."),
                  .init(name: "epochs", value: "N", help: "With --cross-validate: the training epochs to try."),
                  .init(name: "rate", value: "X", help: "With --cross-validate: the learning rate to try."),
                  .init(name: "prune", value: "X", help: "With --cross-validate: the smallest weight a kept feature may have.")],
        positional: "TSV")

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let crossValidate = arguments.has("cross-validate"), evaluate = arguments.has("evaluate"), crossValidateRisk = arguments.has("cross-validate-risk")
        guard let out = arguments.value("out") ?? (crossValidate || evaluate || crossValidateRisk ? "" : nil) else { throw CommandFailure(message: spec.usage("--out is required").message, status: 2) }
        var tuning: [LabelledDescription] = []
        var evaluation: [LabelledDescription] = []
        var setAside = 0
        var routine: [LabelledDescription] = []
        for path in arguments.positionals {
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw CommandFailure(message: "intake-bot: cannot read \(path): \(error.localizedDescription)", status: 1)
            }
            if path.hasSuffix(".txt") {
                routine += LabelledDescription.routine(lines: text)
                continue
            }
            let parsed = LabelledDescription.parse(tsv: text)
            guard parsed.problems.isEmpty else {
                throw CommandFailure(message: parsed.problems.map { "intake-bot: \(path): \($0)" }.joined(separator: "\n"), status: 1)
            }
            // The team's own set predates the split and is all tuning data; the new sets are split.
            let split = !path.hasSuffix("labelled-descriptions.tsv")
            setAside += split ? parsed.descriptions.filter(\.isEvaluation).count : 0
            if split, evaluate { evaluation += parsed.descriptions.filter(\.isEvaluation) }
            tuning += split ? parsed.descriptions.filter { !$0.isEvaluation } : parsed.descriptions
        }
        if evaluate {
            output.line(Self.figures(evaluation))
            return
        }
        if crossValidate {
            var training = TypeTraining()
            if let value = arguments.value("l2").flatMap(Double.init) { training.l2 = value }
            if let value = arguments.value("lexicon-scale").flatMap(Double.init) { training.lexiconScale = value }
            if let value = arguments.value("epochs").flatMap(Int.init) { training.epochs = value }
            if let value = arguments.value("rate").flatMap(Double.init) { training.rate = value }
            if let value = arguments.value("prune").flatMap(Double.init) { training.prune = value }
            let (accuracy, _, readings) = Classifier.crossValidatedTypeAccuracy(on: tuning, training)
            output.line("cross-validated type accuracy on \(tuning.count) tuning descriptions (\(training)): \(String(format: "%.1f", accuracy * 100))%")
            // How often the type is right at each confidence: where the bot's "sure" and "guess" lines belong.
            for low in stride(from: 0.0, to: 1.0, by: 0.1) {
                let bucket = readings.filter { $0.confidence >= low && $0.confidence < low + 0.1 }
                guard !bucket.isEmpty else { continue }
                output.line(String(format: "  confidence %.1f-%.1f: %d readings, %.0f%% right", low, low + 0.1, bucket.count,
                                   Double(bucket.filter(\.right).count) / Double(bucket.count) * 100))
            }
            return
        }
        var riskTraining = RiskTraining()
        if let value = arguments.value("l2").flatMap(Double.init), crossValidateRisk { riskTraining.l2 = value }
        if let value = arguments.value("epochs").flatMap(Int.init), crossValidateRisk { riskTraining.epochs = value }
        if let value = arguments.value("prune").flatMap(Double.init), crossValidateRisk { riskTraining.prune = value }
        if let value = arguments.value("recall").flatMap(Double.init), crossValidateRisk { riskTraining.recall = value }
        let risk = Classifier.trainRiskModel(on: tuning + routine, riskTraining)
        if crossValidateRisk {
            output.line("\(risk.figures) (\(tuning.count) tuning descriptions, \(routine.count) routine; \(riskTraining))")
            return
        }
        let riskOut = URL(fileURLWithPath: out).deletingLastPathComponent().appendingPathComponent("risk-model.json").path
        for (text, path) in [(Classifier.trainModel(on: tuning), out), (risk.json, riskOut)] {
            do { try PrivateFile.write(Array(text.utf8), to: path) } catch {
                throw CommandFailure(message: "intake-bot: cannot write \(path): \(error)", status: 1)
            }
        }
        output.line(risk.figures)
        output.line("trained on \(tuning.count) descriptions and \(routine.count) routine ones; \(setAside) evaluation descriptions set aside unread; wrote \(out) and \(riskOut)")
    }

    /// The issue's three figures on the evaluation third, and nothing that says which were missed.
    static func figures(_ items: [LabelledDescription]) -> String {
        let type = TypeFigures(items) { Classifier.standard.classify($0).type }
        let urgency = UrgencyFigures(items) { Classifier.standard.classify($0).urgency }
        return "evaluation third (\(items.count)): type \(String(format: "%.1f%%", type.accuracy * 100)) (target 90%); "
            + "immediate risk caught \(urgency.caught)/\(urgency.immediate) (target every one); "
            + "precision \(String(format: "%.1f%%", urgency.precision * 100)) (target 50%)"
    }
}
