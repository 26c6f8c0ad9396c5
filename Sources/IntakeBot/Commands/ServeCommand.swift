import Foundation
import ConversationEngine
import EscalationRules

/// `intake-bot serve`: conversations over a Unix domain socket, for chat bridges.
enum ServeCommand {
    static let spec = CommandSpec(
        name: "serve",
        synopsis: "serve [--socket PATH] [--protocol line|jsonl] [options]",
        summary: "Serves conversations on a Unix domain socket until SIGTERM, SIGINT or SIGHUP.",
        options: [
            .init(name: "socket", value: "PATH", help: "The socket (default $XDG_RUNTIME_DIR/intake-bot.sock, else /tmp/intake-bot-UID/intake-bot.sock in a private 0700 directory)."),
            .init(name: "protocol", value: "line|jsonl", help: "line: one conversation per connection (default); jsonl: JSON objects, many conversations."),
            .init(name: "socket-mode", value: "MODE", help: "The socket file's mode in octal (default 600; 660 lets a group in)."),
            .init(name: "allow-uid", value: "UID[,UID]", help: "Accept only peers with these user ids (checked with SO_PEERCRED).", repeats: true),
            .init(name: "allow-gid", value: "GID[,GID]", help: "Accept only peers with these group ids.", repeats: true),
            .init(name: "state-dir", value: "DIR", help: "Keep every conversation on disk there, so a restart resumes it."),
            .init(name: "journal-limit", value: "BYTES", help: "Compact the state dir's journal into a snapshot at this size, or at the last snapshot's size if larger (default 8388608)."),
            .init(name: "record-dir", value: "DIR", help: "Save each conversation's record there (files are 0600)."),
            .init(name: "policy", value: "ID", help: "Start every conversation with this policy."),
            .init(name: "policy-file", value: "FILE", help: "Use a partnership's own policy file."),
            .init(name: "max-line", value: "BYTES", help: "Longest line held (default 16384, at most 1048576); of a longer one only that much is read, and the rest dropped."),
            .init(name: "max-connections", value: "N", help: "Connections at once (default 1024)."),
            .init(name: "max-conversations", value: "N", help: "Conversations kept at once (default 10000)."),
            .init(name: "max-connections-per-uid", value: "N", help: "Connections one peer user other than the server's own may hold (default a quarter of --max-connections)."),
            .init(name: "max-conversations-per-uid", value: "N", help: "Line-protocol conversations one other peer user may hold (default a quarter of --max-conversations)."),
            .init(name: "unanswered-timeout", value: "DURATION", help: "Remove a line-protocol conversation no one has answered after this (default 5m)."),
            .init(name: "idle-timeout", value: "DURATION", help: "Remove a conversation untouched this long (default 24h; 30s, 10m, 2h, 1d)."),
            .init(name: "connection-idle-timeout", value: "DURATION", help: "Close a connection that neither sends nor reads this long (default 1h)."),
            .init(name: "max-output", value: "BYTES", help: "Unread reply bytes past which a client's requests wait until it reads (default 1048576; 65536 to 67108864)."),
            .init(name: "retention", value: "DURATION", help: "Keep an ended conversation this long (default 1h)."),
            .init(name: "now", value: "YYYY-MM-DDTHH:MM", help: "Fix the clock, for demonstrations and training."),
            .init(name: "quiet", value: nil, help: "No event log on stderr."),
        ])

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let configuration = try self.configuration(arguments)
        let (clock, library, policy) = try PolicySource.setting(arguments)
        try server(configuration, library: library, policy: policy?.id, clock: clock, log: ServerLog(quiet: configuration.quiet)).run()
    }

    /// A server as `configuration` describes it, its state read back from the state dir.
    /// - Parameters:
    ///   - storage: where the state dir's and record dir's bytes go (a test's stand-in, or the disk).
    ///   - stopDescriptor: readable to stop the server, in place of signals (a server inside a test).
    static func server(_ configuration: ServerConfiguration, library: PolicyLibrary, policy: String?, clock: @escaping () -> Moment,
                       log: ServerLog, storage: Storage = FileStorage.shared, stopDescriptor: Int32? = nil) throws(CommandFailure) -> Server {
        let journal = try configuration.stateDirectory.map { path throws(CommandFailure) in
            try Journal(directory: path, storage: storage, compactionThreshold: configuration.journalLimit)
        }
        let records = try configuration.recordDirectory.map { path throws(CommandFailure) in try RecordStore(directory: path, storage: storage) }
        let keys = try journal.map { journal throws(CommandFailure) in try ConversationKeys.forState(of: journal) } ?? .random()
        let store = ConversationStore(journal: journal, now: Posix.monotonicSeconds(), keys: keys, wallNow: Date().timeIntervalSince1970)
        let service = ConversationService(engine: Conversation(library: library), store: store, records: records, defaultPolicy: policy,
                                          maximumConversations: configuration.maximumConversations, clock: clock, log: log, keys: keys)
        // A bridge carries everyone's conversations as one user; on the line protocol each connection is a person.
        if configuration.wireProtocol == .line {
            service.maximumConversationsPerUser = configuration.conversationsPerUser
            service.maximumConversationsOfOthers = configuration.conversationsOfOthers
        }
        return Server(configuration: configuration, service: service, log: log, stopDescriptor: stopDescriptor)
    }

    static func configuration(_ arguments: Arguments) throws(CommandFailure) -> ServerConfiguration {
        let socket: String
        if let chosen = arguments.value("socket") { socket = chosen } else { socket = try ServerConfiguration.defaultSocketPath() }
        var configuration = ServerConfiguration(socketPath: socket)
        if let text = arguments.value("protocol") {
            guard let wire = ServerConfiguration.WireProtocol(rawValue: text) else { throw usage("--protocol must be line or jsonl, not '\(text)'") }
            configuration.wireProtocol = wire
        }
        if let text = arguments.value("socket-mode") {
            guard let mode = mode_t(text, radix: 8), mode & ~mode_t(0o770) == 0, mode & 0o600 == 0o600 else {
                throw usage("--socket-mode must be octal, owner read-write, no wider than a group (600, 660), not '\(text)'")
            }
            configuration.socketMode = mode
        }
        guard let uids = ServerConfiguration.ids(arguments.all("allow-uid")), let gids = ServerConfiguration.ids(arguments.all("allow-gid")) else {
            throw usage("--allow-uid and --allow-gid take numeric ids")
        }
        configuration.allowedUIDs = uids
        configuration.allowedGIDs = gids
        configuration.maximumLine = try count(arguments, "max-line", configuration.maximumLine)
        configuration.maximumConnections = min(try count(arguments, "max-connections", configuration.maximumConnections), max(16, Posix.raiseDescriptorLimit() - 64))
        configuration.maximumConversations = try count(arguments, "max-conversations", configuration.maximumConversations)
        if arguments.value("max-connections-per-uid") != nil { configuration.maximumConnectionsPerUser = try count(arguments, "max-connections-per-uid", 0) }
        if arguments.value("max-conversations-per-uid") != nil { configuration.maximumConversationsPerUser = try count(arguments, "max-conversations-per-uid", 0) }
        configuration.unansweredIdle = try duration(arguments, "unanswered-timeout", configuration.unansweredIdle)
        configuration.maximumOutput = try count(arguments, "max-output", configuration.maximumOutput)
        // Below a whole reply's size no reply could ever be sent (an outside attack test, round 2, 2026-12-01: 100 was taken).
        guard configuration.maximumOutput >= ServerConfiguration.smallestOutputLimit else {
            throw usage("--max-output must be at least \(ServerConfiguration.smallestOutputLimit) bytes, so a whole reply fits, not '\(configuration.maximumOutput)'")
        }
        guard configuration.maximumOutput <= ServerConfiguration.largestOutputLimit else {
            throw usage("--max-output must be at most \(ServerConfiguration.largestOutputLimit) bytes, not '\(configuration.maximumOutput)'")
        }
        guard configuration.maximumLine <= ServerConfiguration.largestLine else {
            throw usage("--max-line must be at most \(ServerConfiguration.largestLine) bytes, not '\(configuration.maximumLine)'")
        }
        configuration.journalLimit = try count(arguments, "journal-limit", configuration.journalLimit)
        configuration.conversationIdle = try duration(arguments, "idle-timeout", configuration.conversationIdle)
        configuration.connectionIdle = try duration(arguments, "connection-idle-timeout", configuration.connectionIdle)
        configuration.retention = try duration(arguments, "retention", configuration.retention)
        configuration.stateDirectory = arguments.value("state-dir")
        configuration.recordDirectory = arguments.value("record-dir")
        for (name, folder) in [("state-dir", configuration.stateDirectory), ("record-dir", configuration.recordDirectory)] where folder?.isEmpty == true {
            throw usage("--\(name) needs a folder's path, not an empty one")
        }
        configuration.quiet = arguments.has("quiet")
        return configuration
    }

    static func count(_ arguments: Arguments, _ name: String, _ fallback: Int) throws(CommandFailure) -> Int {
        guard let text = arguments.value(name) else { return fallback }
        guard let value = Int(text), value > 0 else {
            // "99999999999999999999" is a whole number above 0: say what is wrong with it (an outside attack test, round 2).
            let tooLarge = !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber } && text.contains { $0 != "0" }
            throw usage(tooLarge ? "--\(name) is too large: at most \(Int.max), not '\(text)'" : "--\(name) needs a whole number above 0, not '\(text)'")
        }
        return value
    }

    static func duration(_ arguments: Arguments, _ name: String, _ fallback: Double) throws(CommandFailure) -> Double {
        guard let text = arguments.value(name) else { return fallback }
        guard let value = ServerConfiguration.duration(text) else {
            // "36500d" is a duration: say the range it is outside (an outside attack test, round 2, 2026-12-01).
            guard ServerConfiguration.seconds(text) != nil else { throw usage("--\(name) needs a duration like 30s, 10m, 2h or 1d, not '\(text)'") }
            throw usage("--\(name) must be from 1s to 3652d (ten years), not '\(text)'")
        }
        return value
    }

    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: spec.usage(message).message, status: 2) }
}
