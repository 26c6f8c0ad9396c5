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
        if read.signs.isEmpty { output.line("  risk: no sign heard") }
        for sign in read.signs {
            let words = sign.words.isEmpty ? "" : " \"\(sign.words)\""
            output.line("  risk: \(sign.urgency.rawValue), \(sign.situation)\(words) in '\(sign.quote)'")
        }
    }

    static func rounded(_ value: Double) -> String { String(format: "%.2f", value) }
}
