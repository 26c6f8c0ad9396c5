import Foundation
import EscalationRules

/// `intake-bot stats --record-dir DIR`: anonymous counts of saved records for quality assurance.
enum StatsCommand {
    static let spec = CommandSpec(
        name: "stats",
        synopsis: "stats --record-dir DIR [--json]",
        summary: "Counts saved records by policy, risk as answered, disagreement type, urgency read from the description, stage reached and outcome.",
        options: [
            .init(name: "record-dir", value: "DIR", help: "The folder the chat or server saved records in."),
            .init(name: "json", value: nil, help: "Print the counts as JSON."),
        ])

    /// "risk" is what the practitioner answered (and answered again); "urgency" is what the classifier read in
    /// the description, which an outside review (2026-11-30) found counted alone, as if it were the risk.
    static let dimensions = ["policy", "risk", "type", "urgency", "stage", "outcome"]

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        guard let directory = arguments.value("record-dir") else {
            throw CommandFailure(message: spec.usage("--record-dir is required").message, status: 2)
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw CommandFailure(message: "\(directory): cannot be read.", status: 1)
        }
        var counts = Dictionary(uniqueKeysWithValues: dimensions.map { ($0, [String: Int]()) })
        var total = 0
        var unreadable: [String] = []
        for name in names.sorted() where name.hasPrefix("record-") && name.hasSuffix(".json") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let record = try? JSONValue.parse(FileBytes.read(path)) else { unreadable.append(name); continue }
            total += 1
            for (dimension, value) in values(of: record) { counts[dimension, default: [:]][value, default: 0] += 1 }
        }
        if arguments.has("json") {
            let table = dimensions.map { dimension in
                (dimension, JSONValue.object((counts[dimension] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, .number(Double($0.value))) }))
            }
            output.line(JSONValue.object([("records", .number(Double(total)))] + table).prettyText)
        } else {
            output.line("\(total) record\(total == 1 ? "" : "s") in \(directory)")
            for dimension in dimensions {
                output.line("By \(dimension == "urgency" ? "urgency read from the description" : dimension == "risk" ? "risk as answered" : dimension):")
                for (value, count) in (counts[dimension] ?? [:]).sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                    output.line(String(format: "  %5d  ", count) + value)
                }
            }
        }
        for name in unreadable { Console.error("\(name): not a readable record; skipped.") }
    }

    /// The record's anonymous facts worth counting; nothing a practitioner typed.
    static func values(of record: JSONValue) -> [(String, String)] {
        let route = record["route"]
        let stage = route?["stage"].flatMap { $0.isNull ? nil : $0["position"] }.map { "\($0.compactText)" } ?? "none"
        return [
            ("policy", record["policy"]?.stringValue ?? "unknown"),
            ("risk", record["risk"]?.stringValue ?? "not answered"),
            ("type", record["type"]?.stringValue ?? "not given"),
            ("urgency", record["urgency"]?.stringValue ?? "not given"),
            ("stage", stage),
            ("outcome", route?["outcome"]?.stringValue ?? "unknown"),
        ]
    }
}
