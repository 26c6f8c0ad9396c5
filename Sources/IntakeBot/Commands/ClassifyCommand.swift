import Foundation
import EscalationRules

/// `intake-bot classify`: how the bot reads a description, one per argument or per line of input.
enum ClassifyCommand {
    static let spec = CommandSpec(
        name: "classify",
        synopsis: "classify [--json] [TEXT]",
        summary: "Classifies a disagreement's type and urgency: TEXT, or one description per line on standard input.",
        options: [.init(name: "json", value: nil, help: "One JSON object per description."),
                  .init(name: "explain", value: nil, help: "Show which words decided the type, and each sign of risk.")],
        positional: "TEXT")

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let json = arguments.has("json"), explain = arguments.has("explain")
        if !arguments.positionals.isEmpty {
            report(arguments.positionals.joined(separator: " "), json: json, explain: explain, output: output)
            return
        }
        while let line = readLine(strippingNewline: true) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            report(line, json: json, explain: explain, output: output)
        }
    }

    static func report(_ text: String, json: Bool, explain: Bool, output: Console) {
        let read = Classifier.standard.classify(text)
        if json {
            output.line(read.json.compactText)
            return
        }
        var line = "\(read.type.rawValue) (\(Int((read.confidence * 100).rounded()))%), urgency \(read.urgency.rawValue)"
        if !read.cues.isEmpty, !explain { line += " (heard: \(read.cues.map { "'\($0)'" }.joined(separator: ", ")))" }
        output.line(line)
        if explain { self.explain(read, text: text, output: output) }
    }

    static func explain(_ read: Classification, text: String, output: Console) {
        let evidence = Classifier.standard.evidence(for: read.type, in: text).prefix(6)
        output.line("  type decided by: " + (evidence.isEmpty ? "nothing recognised" : evidence.map { "\($0.words) (+\(rounded($0.weight)))" }.joined(separator: ", ")))
        for alternative in read.alternatives {
            output.line("  also possible: \(alternative.type.rawValue) (\(Int((alternative.confidence * 100).rounded()))%)")
        }
        if read.signs.isEmpty { output.line("  risk: " + unsigned(read, text: text)) }
        for sign in read.signs {
            guard sign.situation != RiskReader.Sign.writtenLikeRisk else {
                output.line("  risk: \(sign.urgency.rawValue), \(learnt(text)), most in '\(sign.quote)'")
                continue
            }
            let words = sign.words.isEmpty ? "" : " \"\(sign.words)\""
            output.line("  risk: \(sign.urgency.rawValue), \(sign.situation)\(words) in '\(sign.quote)'")
        }
    }

    /// What decided the urgency where the rules named no sign: nothing ("no sign heard", routine), or a word of concern that
    /// names no harm, which makes it significant (an outside routing review, round 21, F8: "urgency significant" beside "risk:
    /// no sign heard").
    static func unsigned(_ read: Classification, text: String) -> String {
        guard read.urgency != .routine else { return "no sign heard" }
        let heard = Classifier.standard.concernsHeard(in: text).map { "\"\($0.words)\" in '\($0.quote)'" }
        return "\(read.urgency.rawValue), no sign of harm named, but " + (heard.isEmpty ? "a concern heard" : "a word of concern: " + heard.joined(separator: "; "))
    }

    /// The learnt risk model's reading, said as the model's and with the words it weighs most: "written like risk today" was
    /// read as a risk word heard where there was none (an outside routing review, round 21, F8).
    static func learnt(_ text: String) -> String {
        let cues = Classifier.standard.riskEvidence(in: text).prefix(4).map { "\($0.words) (+\(rounded($0.weight)))" }
        return "no risk word heard: the learnt risk model reads the whole description as risk today" + (cues.isEmpty ? "" : ", weighing most " + cues.joined(separator: ", "))
    }

    static func rounded(_ value: Double) -> String { String(format: "%.2f", value) }
}
