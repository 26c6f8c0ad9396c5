import Foundation
import EscalationRules

/// `intake-bot classify`: how the bot reads a description, one per argument or per line of input.
enum ClassifyCommand {
    static let spec = CommandSpec(
        name: "classify",
        synopsis: "classify [--json] [TEXT]",
        summary: "Classifies a disagreement's type and urgency: TEXT, or one description per line on standard input.",
        options: [.init(name: "json", value: nil, help: "One JSON object per description.")],
        positional: "TEXT")

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let json = arguments.has("json")
        if !arguments.positionals.isEmpty {
            report(arguments.positionals.joined(separator: " "), json: json, output: output)
            return
        }
        while let line = readLine(strippingNewline: true) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            report(line, json: json, output: output)
        }
    }

    static func report(_ text: String, json: Bool, output: Console) {
        let read = Classifier.standard.classify(text)
        if json {
            output.line(read.json.compactText)
            return
        }
        var line = "\(read.type.rawValue) (\(Int((read.confidence * 100).rounded()))%), urgency \(read.urgency.rawValue)"
        if !read.cues.isEmpty { line += " (heard: \(read.cues.joined(separator: ", ")))" }
        output.line(line)
    }
}
