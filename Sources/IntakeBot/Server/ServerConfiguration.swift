import Foundation

/// Everything `intake-bot serve` can be told, with the defaults a bridge on one host needs.
struct ServerConfiguration {
    enum WireProtocol: String { case line, jsonl }

    var socketPath: String
    var wireProtocol: WireProtocol = .line
    var socketMode: mode_t = 0o600
    var allowedUIDs: Set<UInt32> = []
    var allowedGIDs: Set<UInt32> = []
    var maximumLine = 16_384
    var maximumConnections = 1_024
    var maximumConversations = 10_000
    /// The most connections, and line-protocol conversations, one peer user other than the server's
    /// own may hold (nil: a quarter of the whole).
    var maximumConnectionsPerUser: Int?
    var maximumConversationsPerUser: Int?
    /// Seconds a conversation may sit untouched before it is removed.
    var conversationIdle: Double = 24 * 3600
    /// Seconds a line-protocol conversation no one has answered is kept.
    var unansweredIdle: Double = 300
    /// Seconds a connection waits after its first wrong resume code (doubling with each); no flag, a test's to shorten.
    var resumeWait = 0.5

    var connectionsPerUser: Int { maximumConnectionsPerUser ?? max(1, maximumConnections / 4) }
    var conversationsPerUser: Int { maximumConversationsPerUser ?? max(1, maximumConversations / 4) }
    /// Other users together leave a quarter of the conversations and of the connections to the server's own user.
    var conversationsOfOthers: Int { Self.othersShare(of: maximumConversations) }
    var connectionsOfOthers: Int { Self.othersShare(of: maximumConnections) }
    static func othersShare(of maximum: Int) -> Int { max(1, maximum - max(1, maximum / 4)) }
    /// Seconds a connection may send nothing before it is closed.
    var connectionIdle: Double = 3600
    /// Reply bytes a connection may leave unread before its requests wait until it reads (see `outputLimit`).
    var maximumOutput = 1 << 20
    /// The smallest `--max-output`: the largest reply (a record as JSON, `health` with damage told) fits well inside it.
    static let smallestOutputLimit = 65_536
    /// The largest `--max-output` and `--max-line`: past them one client could hold the server's memory or its one thread
    /// (an outside attack test, round 3, 2026-12-01: an unbounded `--max-output` switched back-pressure off).
    static let largestOutputLimit = 64 << 20
    static let largestLine = 1 << 20
    /// Reply bytes all clients together may leave unread before each is held to a smaller share: a thousand clients at
    /// 1 MiB each held 1.2 GB (an outside attack test, round 3, 2026-12-01).
    static let outputBudget = 64 << 20

    /// Input all clients together may hold sent but not answered (held back by the share of a pass or by back-pressure,
    /// or a line not yet ended): 500 clients pipelining without reading grew the server to 905 MiB, and 500 sending a
    /// line one byte short of a `--max-line` of 1 MiB to 535 MiB (findings 4 and 9 of an outside attack test). Half is
    /// split into each connection's share; the other half is for lines longer than a share (`longLineBudget`).
    static let inputBudget = 64 << 20
    static let longLineBudget = inputBudget / 2
    /// The smallest share, more than a line of the default `--max-line`: such a line never waits for the long lines' half.
    static let smallestInputShare = 32 << 10

    /// What one of `connections` may hold sent but not answered: its share of half the input budget, at least 32 KiB.
    func inputShare(connections: Int) -> Int {
        max(Self.smallestInputShare, Self.inputBudget / 2 / max(1, connections))
    }

    /// What one of `connections` may leave unread: `--max-output`, or its share of the budget when many connections
    /// share it, never less than a whole reply's room.
    func outputLimit(connections: Int) -> Int {
        min(maximumOutput, max(Self.smallestOutputLimit, max(Self.outputBudget, maximumOutput) / max(1, connections)))
    }
    /// Seconds an ended conversation is kept, so a late `record` still works.
    var retention: Double = 3600
    var stateDirectory: String?
    /// Journal bytes after which a new journal starts and every conversation is written to one
    /// snapshot (or the last snapshot's size, if larger).
    var journalLimit = 8 << 20
    var recordDirectory: String?
    var quiet = false

    /// `$XDG_RUNTIME_DIR/intake-bot.sock`, or, where that is not set, `intake-bot.sock` in a private
    /// directory `/tmp/intake-bot-UID`: never a name directly in `/tmp`, where another user could bind
    /// it first and hear what a bridge sends.
    /// - Throws: when the directory is not one only this user can use (see `PrivateFile.directory`).
    static func defaultSocketPath(environment: [String: String] = ProcessInfo.processInfo.environment) throws(CommandFailure) -> String {
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
            try PrivateFile.directory(runtime, purpose: "runtime directory ($XDG_RUNTIME_DIR) for the socket", creating: false, exclusive: true)
            return runtime + "/intake-bot.sock"
        }
        let directory = "/tmp/intake-bot-\(geteuid())"
        try PrivateFile.directory(directory, purpose: "socket directory", exclusive: true)
        return directory + "/intake-bot.sock"
    }

    /// The longest duration taken: ten years (3652 days and a quarter).
    static let longestDuration = 315_576_000.0

    /// Seconds from "30s", "10m", "2h", "1d" or a bare number of seconds (figures, an optional point, and a unit), from one
    /// second to `longestDuration`. An outside attack test (2026-11-30) found "inf", "1e400s" and "0x10s" taken, and
    /// "1e-9s", which then closed every connection at once.
    static func duration(_ text: String) -> Double? {
        seconds(text).flatMap { (1...longestDuration).contains($0) ? $0 : nil }
    }

    /// Seconds from a duration's text, however long or short.
    static func seconds(_ text: String) -> Double? {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        let unit = text.last.flatMap { units[$0] }
        let figures = unit == nil ? Substring(text) : text.dropLast()
        guard !figures.isEmpty, figures.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(figures) else { return nil }
        return value * (unit ?? 1)
    }

    /// Nil for a list that names no id: an empty `--allow-uid ""` let every user in (an outside attack test, 2026-11-30).
    static func ids(_ texts: [String]) -> Set<UInt32>? {
        var ids: Set<UInt32> = []
        // Every part must be an id: an empty one ("", "1,") is refused, not skipped.
        for part in texts.flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) }) {
            guard let id = UInt32(part.trimmingCharacters(in: .whitespaces)) else { return nil }
            ids.insert(id)
        }
        return ids
    }
}
