import ConversationEngine
import EscalationRules

/// One JSON object per line each way; many conversations per connection, keyed by ids the bridge
/// chooses. A bad request gets an error object and the connection stays open. The contract, with
/// every shape and code, is docs/bridge-protocol.md; docs/bridge-protocol.schema.json is its schema.
struct JSONLProtocol {
    static let maximumIDLength = 100
    /// The largest `turn` a request may carry: every whole number up to it is exact in a JSON number.
    static let maximumTurn = 9_007_199_254_740_991
    let service: ConversationService
    let status: () -> [(String, JSONValue)]

    struct Failure: Error {
        var conversation: String?
        var turn: Int?
        var code: String
        var message: String
        /// More members of the error object, such as the policy ids for `unknown-policy`.
        var details: [(String, JSONValue)] = []

        init(conversation: String? = nil, turn: Int? = nil, code: String, message: String, details: [(String, JSONValue)] = []) {
            self.conversation = conversation
            self.turn = turn
            self.code = code
            self.message = message
            self.details = details
        }
    }

    /// The reply to one request line, and the conversation it answers (nil for status and for a
    /// request with no usable id).
    func handle(_ line: HeldLine, at now: Double) -> (reply: [UInt8], conversation: String?) {
        var writer = JSONWriter(capacity: 2048)
        var conversation: String?
        do throws(Failure) {
            switch line {
            case .whole(let bytes): try answer(bytes, at: now, to: &writer, conversation: &conversation)
            case .cut(let head, let after):
                guard let after, let request = Self.requestCut(head, after: after) else {
                    throw Failure(code: "line-too-long", message: "The request was longer than the server's --max-line, not in its text, and was ignored.")
                }
                try answer(request, cut: true, at: now, to: &writer, conversation: &conversation)
            }
        } catch {
            writer = JSONWriter(capacity: 256)
            Self.write(error, to: &writer)
        }
        writer.buffer.append(0x0A)
        return (writer.finish(), conversation)
    }

    /// The error sent in place of a reply whose state could not be made durable: the request was not applied.
    static func storageUnavailable(_ conversation: String?) -> [UInt8] {
        var writer = JSONWriter(capacity: 256)
        write(Failure(conversation: conversation, code: "storage-unavailable",
                      message: "The server could not save this turn (its disk is full or failing), so it was not applied. Send it again shortly."),
              to: &writer)
        writer.buffer.append(0x0A)
        return writer.finish()
    }

    /// Writes the answer to a request: most often a turn, kept with the conversation's state as it
    /// was sent, so that a resend of the request gets the same bytes.
    func answer(_ line: [UInt8], at now: Double, to writer: inout JSONWriter, conversation: inout String?) throws(Failure) {
        let request: JSONValue
        do { request = try JSONValue.parse(line) } catch {
            throw Failure(code: "invalid-json", message: "The request is not valid JSON: \(error.description).")
        }
        try answer(request, cut: false, at: now, to: &writer, conversation: &conversation)
    }

    /// The request a line over `--max-line` makes when the cut fell in its `text`: its first `--max-line` bytes, the text
    /// ended there, and the members after the text; nil where the cut fell anywhere else. A chat review, round 20: a
    /// practitioner's long paste was answered `line-too-long` and lost whole, with any sign of risk in it.
    static func requestCut(_ head: [UInt8], after: [UInt8]) -> JSONValue? {
        // A noncharacter, which no one types, marks the cut, to find which string it fell in. The cut may fall inside an
        // escape or a character: up to 12 bytes fewer (an escaped surrogate pair) end it cleanly.
        for trim in 0...min(12, head.count) {
            let line: [UInt8] = Array(head[..<(head.count - trim)]) + Array("\\uFDD0\"".utf8) + after
            guard case .object(let members)? = try? JSONValue.parse(line),
                  case .string(let text)? = members.first(where: { $0.0 == "text" })?.1, text.unicodeScalars.last?.value == 0xFDD0 else { continue }
            let kept = JSONValue.string(String(String.UnicodeScalarView(text.unicodeScalars.dropLast())))
            return .object(members.map { $0.0 == "text" ? ("text", kept) : $0 })
        }
        return nil
    }

    /// Writes the answer to a parsed request; `cut`, for a request whose text was cut at `--max-line`.
    func answer(_ request: JSONValue, cut: Bool, at now: Double, to writer: inout JSONWriter, conversation: inout String?) throws(Failure) {
        guard case .object(let members) = request else { throw Failure(code: "invalid-request", message: "A request must be a JSON object.") }
        try Self.refuseRepeatedNames(members)
        // Both is no one request: `{"text": "yes", "command": "end"}` ended the conversation (an outside attack test, round 3).
        if let text = request["text"], text != .null, let given = request["command"], given != .null {
            throw Failure(code: "invalid-request", message: "A request has either \"text\" or \"command\", not both.")
        }
        let command = request["command"]?.stringValue
        switch command {
        case "status": return JSONValue.object([("status", .object(status()))]).write(to: &writer)
        case "health": return JSONValue.object([("health", .object(health))]).write(to: &writer)
        // A misspelt command is said to be one before anything else is asked of the request: "helth" had been told it
        // needs a conversation (an outside attack test, round 2, 2026-12-01).
        case let other? where !Self.conversationCommands.contains(other): throw Self.unknownCommand(other, conversation: request["conversation"]?.stringValue, turn: nil)
        default: break
        }
        let id = try conversationID(request)
        let number = try turnNumber(request, id: id)
        let policy = try policyID(request, id: id, turn: number)
        conversation = id
        // Kept under a keyed hash of the bridge's id, never the id itself: a bridge may put a name in it.
        let key = service.key(forBridgeID: id)
        switch command {
        case "record": return try record(key, id: id, format: request["format"], to: &writer)
        case "calendar": return try calendar(key, id: id, to: &writer)
        default: break
        }
        let message = try self.message(of: request, command: command, key: key, id: id, turn: number, cut: cut)
        let fingerprint = Self.fingerprint(message, command: command, policy: policy)
        if let number, let sent = try sentBefore(key, id: id, turn: number, fingerprint: fingerprint) {
            service.touch(key, at: now)
            return Self.writeSent(sent, to: id, to: &writer)
        }
        let turn = try self.turn(key, id: id, message: message, policy: policy, at: now) { turn in
            let bytes = JSONWriter.bytes(capacity: 2048) { Self.write(nil, turn, to: &$0) }
            return SentReply(turn: turn.session.turns - 1, request: fingerprint, reply: String(decoding: bytes, as: UTF8.self))
        }
        Self.writeSent(turn.session.sent?.reply ?? "{}", to: id, to: &writer)
    }

    /// A reply as kept with the conversation's state, sent with the bridge's id put back in front. The
    /// state keeps it without the id, which is kept only as a keyed hash: a bridge may put a name in it.
    static func writeSent(_ kept: String, to id: String, to writer: inout JSONWriter) {
        // Copied from the kept string's own storage: iterating its UTF-8 view byte by byte (as
        // `Array(kept.utf8.dropFirst())` does) was 10% of a realistic mix's turn.
        var kept = kept
        kept.withUTF8 { bytes in
            let rest = bytes.dropFirst()
            var reply = Array("{\"conversation\": ".utf8) + JSONWriter.bytes(capacity: id.utf8.count + 8) { $0.string(id) }
            if rest.first != UInt8(ascii: "}") { reply += ", ".utf8 }
            reply.append(contentsOf: rest)
            writer.raw(reply)
        }
    }

    /// What a request gives the conversation: what was typed, or a command as itself.
    func message(of request: JSONValue, command: String?, key: String, id: String, turn: Int?, cut: Bool = false) throws(Failure) -> Conversation.Message {
        switch (command, request["text"]) {
        case (nil, .string(let text)?): return cut ? .cutText(text) : .text(text)
        case ("restart", _): return .command(.restart)
        case ("end", _):
            guard service.hasConversation(key) else {
                throw Failure(conversation: id, turn: turn, code: "unknown-conversation", message: "There is no such conversation to end.")
            }
            return .command(.end)
        case (let other?, _): throw Self.unknownCommand(other, conversation: id, turn: turn)
        case (nil, _):
            throw Failure(conversation: id, turn: turn, code: "invalid-request", message: "A request needs \"text\" (a string) or \"command\".")
        }
    }

    static let conversationCommands: Set<String> = ["restart", "end", "record", "calendar"]

    static func unknownCommand(_ command: String, conversation: String?, turn: Int?) -> Failure {
        Failure(conversation: conversation.map { String($0.prefix(100)) }, turn: turn, code: "unknown-command",
                message: "Unknown command: use restart, end, record, calendar, status or health.")
    }

    /// `"turn": n`, the request's place in its conversation from 0, if the request gives one.
    func turnNumber(_ request: JSONValue, id: String) throws(Failure) -> Int? {
        guard let value = request["turn"] else { return nil }
        // Int(exactly:) rather than Int(_:): 1e19 or 2^64 would trap the whole server, not fail one request.
        guard case .number(let number) = value, number >= 0, let turn = Int(exactly: number), turn <= Self.maximumTurn else {
            throw Failure(conversation: id, code: "invalid-request", message: "\"turn\" must be a whole number from 0 to \(Self.maximumTurn).")
        }
        return turn
    }

    /// A request at a turn already applied: the reply sent for it, if it is the same request as
    /// the last one applied; an error if it is another, or an earlier one. Nil for the next turn.
    func sentBefore(_ key: String, id: String, turn: Int, fingerprint: Int) throws(Failure) -> String? {
        let session = service.session(key)
        let applied = session?.turns ?? 0
        if turn > applied {
            throw Failure(conversation: id, turn: turn, code: "turn-gap", message: "This is turn \(turn), but the conversation has had \(applied).")
        }
        guard turn < applied else { return nil }
        guard let sent = session?.sent, sent.turn == turn, sent.request == fingerprint else {
            throw Failure(conversation: id, turn: turn, code: "turn-conflict",
                          message: "Turn \(turn) was already applied to another request, or is not the last one (\(applied - 1)); only the last request can be sent again.")
        }
        return sent.reply
    }

    /// A request has a handful of members; far more is no bridge's request, and each costs time on the one thread.
    static let mostMembers = 64

    /// A member named twice is refused: this parser kept the first, most libraries keep the last, so a proxy checking the
    /// id would check another one than the server answered (an outside attack test, 2026-11-30). Too many members are
    /// refused first: compared pair by pair, 40,000 of them held every client for seconds (an outside attack test,
    /// round 3, 2026-12-01).
    static func refuseRepeatedNames(_ members: [(String, JSONValue)]) throws(Failure) {
        guard members.count <= mostMembers else {
            throw Failure(code: "invalid-request", message: "A request has at most \(mostMembers) members.")
        }
        var seen: Set<String> = []
        for (name, _) in members where !seen.insert(name).inserted {
            throw Failure(code: "invalid-request", message: "A member is given twice in one request.")
        }
    }

    func conversationID(_ request: JSONValue) throws(Failure) -> String {
        guard case .string(let id)? = request["conversation"], !id.isEmpty else {
            throw Failure(code: "invalid-request", message: "A request needs \"conversation\": the id your bridge uses for this chat.")
        }
        guard id.utf8.count <= Self.maximumIDLength else {
            throw Failure(code: "invalid-request", message: "A conversation id may be at most \(Self.maximumIDLength) bytes.")
        }
        return id
    }

    /// The request's `policy`, which must be one the server knows.
    func policyID(_ request: JSONValue, id: String, turn: Int?) throws(Failure) -> String? {
        guard let value = request["policy"], value != .null else { return nil }
        let known = service.engine.library.policies.map(\.id)
        guard case .string = value else {
            throw Failure(conversation: id, turn: turn, code: "invalid-request", message: "\"policy\" must be a policy's id, as a string.")
        }
        // Ids are lower case; a bridge that sends "TORBAY" means torbay (an outside review, round 9, 2026-11-30).
        guard case .string(let typed) = value, let policy = known.first(where: { $0 == typed.lowercased() }) else {
            // Not repeated: a bridge logs the message, and what was sent may be anything (an outside attack test, round 3).
            throw Failure(conversation: id, turn: turn, code: "unknown-policy",
                          message: "There is no such policy: use one of \(known.joined(separator: ", ")).",
                          details: [("policies", .array(known.map { .string($0) }))])
        }
        return policy
    }

    /// The first message of a new conversation starts it: the reply is the greeting and first question.
    func turn(_ key: String, id: String, message: Conversation.Message, policy: String?, at now: Double,
              answering: ConversationService.Answering) throws(Failure) -> Turn {
        if let existing = service.reply(key, to: message, at: now, answering: answering) { return existing }
        let opening: String? = switch message { case .text(let text), .cutText(let text): text; case .command: nil }
        do { return try service.start(key, policy: policy, at: now, opening: opening, answering: answering) } catch {
            throw Failure(conversation: id, code: "conversation-limit", message: "The server is carrying as many conversations as it can; try again shortly.")
        }
    }

    var health: [(String, JSONValue)] {
        [("ready", true), ("version", .string(IntakeBotVersion.current))] + status()
    }

    // MARK: Replies

    /// `{"conversation", "turn", "state", "replies", "options", "expects", "route", "files", "done", "training"}`.
    /// - Parameter id: the bridge's id, or nil for the reply as kept with the state (see `writeSent`).
    static func write(_ id: String?, _ turn: Turn, to writer: inout JSONWriter) {
        let step = turn.session.step
        writer.open(.object)
        if let id { writer.member("conversation", id) }
        writer.member("turn", turn.session.turns - 1)
        writer.member("state", state(turn.session))
        writer.key("replies")
        writer.open(.array)
        for reply in turn.replies { reply.writeText(to: &writer) }
        writer.close(.array)
        writer.key("options")
        if let last = turn.replies.last { last.writeOptions(to: &writer) } else { writer.open(.array); writer.close(.array) }
        writer.member("expects", orNull: step == .ended ? nil : turn.replies.last?.expects.rawValue)
        writer.key("route")
        if let route = turn.route { route.write(to: &writer) } else { writer.null() }
        writer.key("files")
        writer.open(.array)
        for case .saveCalendarEntry(let name, let text) in turn.effects { writeFile(name, mediaType: calendarType, content: text, to: &writer) }
        writer.close(.array)
        writer.member("done", step == .ended)
        // A bridge marks practice turns from this, not from the banner in the text (an outside review, round 9).
        writer.member("training", turn.session.training != nil && step != .ended)
        writer.close(.object)
    }

    /// Where a conversation is: `asking` a question, `routed` once a route is given (until an
    /// answer is changed), or `ended`. A practice round asks questions, whatever the case it keeps has reached.
    static func state(_ session: Session) -> String {
        if session.training != nil, session.step != .ended { return "asking" }
        switch session.step {
        case .ended: return "ended"
        case .routed, .urgentShown: return "routed"
        default: return "asking"
        }
    }

    static let calendarType = "text/calendar"

    /// `no-record` after the practitioner went back from a route: one was given, and its record was kept marked superseded.
    static let routeWithdrawn = "The practitioner went back to change an answer, so the route given before no longer stands until the questions are finished again."

    static func writeFile(_ name: String, mediaType: String, content: String, to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("name", name)
        writer.member("mediaType", mediaType)
        writer.member("content", content)
        writer.close(.object)
    }

    static func write(_ failure: Failure, to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("conversation", orNull: failure.conversation)
        if let turn = failure.turn { writer.member("turn", turn) }
        writer.key("error")
        JSONValue.object([("code", .string(failure.code)), ("message", .string(failure.message))] + failure.details).write(to: &writer)
        writer.close(.object)
    }

    /// A request's fingerprint, as state dirs already hold it: the command's name and the words it
    /// was once sent as ("restart", "quit"), or "text" and what was typed.
    static func fingerprint(_ message: Conversation.Message, command: String?, policy: String?) -> Int {
        let text: String
        switch message {
        case .text(let typed), .cutText(let typed): text = typed
        case .command(let sent): text = sent == .end ? "quit" : "restart"
        }
        return fingerprint(command ?? "text", text, policy ?? "")
    }

    /// A request told apart from another at the same turn without keeping its text: 53 bits of
    /// FNV-1a, exact as a JSON number.
    static func fingerprint(_ parts: String...) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0xFF) &* 0x100_0000_01b3
        }
        return Int(hash & (1 << 53 - 1))
    }

    // MARK: Files

    /// `{"conversation", "record", "file"}`: the record as data, and as a file to attach.
    func record(_ key: String, id: String, format: JSONValue?, to writer: inout JSONWriter) throws(Failure) {
        let chosen = format == nil || format == .null ? .markdown : format?.stringValue.flatMap(CaseRecord.Format.init(rawValue:))
        guard let chosen else {
            throw Failure(conversation: id, code: "invalid-request", message: "\"format\" must be text, markdown or json.")
        }
        let record = try routed(key, id: id)
        let (suffix, type) = Self.recordFiles[chosen] ?? ("txt", "text/plain")
        writer.open(.object)
        writer.member("conversation", id)
        writer.key("record")
        record.json.write(to: &writer)
        writer.key("file")
        Self.writeFile("escalation-record-\(record.created.day).\(suffix)", mediaType: type, content: record.rendered(chosen), to: &writer)
        writer.close(.object)
    }

    static let recordFiles: [CaseRecord.Format: (String, String)] = [
        .text: ("txt", "text/plain; charset=utf-8"), .markdown: ("md", "text/markdown; charset=utf-8"), .json: ("json", "application/json"),
    ]

    /// `{"conversation", "file", "passed", "message"}`: the deadline as an iCalendar file to attach, whether it had already
    /// passed (the entry is then for today), and what the chat says with it, as typing `calendar` says it (a chat review,
    /// round 16, 2026-12-01: a date three weeks gone came back as a file alone).
    func calendar(_ key: String, id: String, to writer: inout JSONWriter) throws(Failure) {
        let record = try routed(key, id: id)
        guard let content = record.calendarEntry, let name = record.calendarFileName, let lines = record.calendarLines else {
            throw Failure(conversation: id, code: "no-deadline", message: "The policy sets no fixed time for this route, so there is no deadline to save.")
        }
        writer.open(.object)
        writer.member("conversation", id)
        writer.key("file")
        Self.writeFile(name, mediaType: Self.calendarType, content: content, to: &writer)
        writer.member("passed", record.calendarDayPassed)
        writer.member("message", lines.joined(separator: "\n"))
        writer.close(.object)
    }

    /// The record of a conversation that has a route.
    func routed(_ key: String, id: String) throws(Failure) -> CaseRecord {
        guard service.hasConversation(key) else {
            throw Failure(conversation: id, code: "unknown-conversation", message: "There is no such conversation.")
        }
        guard let record = service.record(key) else {
            // After going back from a route, "no route yet" read as if none had been given (a chat review, round 14, 2026-11-30).
            let message = service.session(key)?.wentBackFromRoute == nil ? "There is no route to record yet." : Self.routeWithdrawn
            throw Failure(conversation: id, code: "no-record", message: message)
        }
        return record
    }
}
