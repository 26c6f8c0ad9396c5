import Foundation
import EscalationRules

/// One structured line per event on stderr. Events and counts only: never what anyone typed.
struct ServerLog: Sendable {
    let quiet: Bool
    /// Where each line goes: standard error, or a test's own list.
    var write: @Sendable (String) -> Void = { Console.error($0) }

    /// Logs an event; one that is `always` told (damage found in the state dir) is logged even when quiet.
    func event(_ name: String, _ fields: [(String, JSONValue)] = [], always: Bool = false) {
        guard !quiet || always else { return }
        let stamp = ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withInternetDateTime, .withFractionalSeconds])
        write(JSONValue.object([("time", .string(stamp)), ("event", .string(name))] + fields).compactText)
    }
}
