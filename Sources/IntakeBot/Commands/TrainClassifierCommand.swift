import Foundation
import EscalationRules

/// `intake-bot train-classifier`: the tool behind `Scripts/train-classifier`, not a practitioner's
/// command, so `--help` does not list it. It trains the type model on the tuning part of labelled
/// descriptions and writes its weights; the evaluation third is set aside here and never read further.
enum TrainClassifierCommand {
    static let spec = CommandSpec(
        name: "train-classifier",
        synopsis: "train-classifier --out FILE TSV...",
        summary: "Trains the disagreement-type model on the tuning part of labelled descriptions.",
        options: [.init(name: "out", value: "FILE", help: "Where to write the model (JSON).")],
        positional: "TSV")

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        guard let out = arguments.value("out") else { throw CommandFailure(message: spec.usage("--out is required").message, status: 2) }
        var tuning: [LabelledDescription] = []
        var setAside = 0
        for path in arguments.positionals {
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw CommandFailure(message: "intake-bot: cannot read \(path): \(error.localizedDescription)", status: 1)
            }
            let parsed = LabelledDescription.parse(tsv: text)
            guard parsed.problems.isEmpty else {
                throw CommandFailure(message: parsed.problems.map { "intake-bot: \(path): \($0)" }.joined(separator: "\n"), status: 1)
            }
            // The team's own set predates the split and is all tuning data; the new sets are split.
            let split = !path.hasSuffix("labelled-descriptions.tsv")
            setAside += split ? parsed.descriptions.filter(\.isEvaluation).count : 0
            tuning += split ? parsed.descriptions.filter { !$0.isEvaluation } : parsed.descriptions
        }
        let riskOut = URL(fileURLWithPath: out).deletingLastPathComponent().appendingPathComponent("risk-model.json").path
        for (text, path) in [(Classifier.trainModel(on: tuning), out), (Classifier.trainRiskModel(on: tuning), riskOut)] {
            do { try PrivateFile.write(Array(text.utf8), to: path) } catch {
                throw CommandFailure(message: "intake-bot: cannot write \(path): \(error)", status: 1)
            }
        }
        output.line("trained on \(tuning.count) descriptions; \(setAside) evaluation descriptions set aside unread; wrote \(out) and \(riskOut)")
    }
}
