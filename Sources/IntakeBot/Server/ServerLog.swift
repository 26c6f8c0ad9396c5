import Foundation
import EscalationRules

/// One structured line per event on stderr. Events and counts only: never what anyone typed.
struct ServerLog {
    let quiet: Bool

    func event(_ name: String, _ fields: [(String, JSONValue)] = []) {
        guard !quiet else { return }
        let stamp = ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withInternetDateTime, .withFractionalSeconds])
        Console.error(JSONValue.object([("time", .string(stamp)), ("event", .string(name))] + fields).compactText)
    }
}
