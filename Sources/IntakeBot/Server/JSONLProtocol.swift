import ConversationEngine
import EscalationRules

/// One JSON object per line each way; many conversations per connection, keyed by ids the bridge
/// chooses. A bad request gets an error object and the connection stays open.
struct JSONLProtocol {
    static let maximumIDLength = 100
    /// The largest `turn` a request may carry: every whole number up to it is exact in a JSON number.
    static let maximumTurn = 9_007_199_254_740_991
    let service: ConversationService
    let status: () -> [(String, JSONValue)]

    struct Failure: Error {
        var conversation: String?
        var code: String
        var message: String
    }

    /// The reply to one request line, and the conversation it answers (nil for status and for a
    /// request with no usable id).
    func handle(_ line: [UInt8]?, at now: Double) -> (reply: [UInt8], conversation: String?) {
        var writer = JSONWriter(capacity: 2048)
        var conversation: String?
        do throws(Failure) {
            guard let line else { throw Failure(code: "line-too-long", message: "The request was longer than the server's --max-line and was ignored.") }
            try answer(line, at: now, to: &writer, conversation: &conversation)
        } catch {
            writer = JSONWriter(capacity: 256)
            Self.error(error, to: &writer)
        }
        writer.buffer.append(0x0A)
        return (writer.finish(), conversation)
    }

    private static func error(_ error: Failure, to writer: inout JSONWriter) {
        JSONValue.object([("conversation", .optional(error.conversation)),
                          ("error", ["code": .string(error.code), "message": .string(error.message)])]).write(to: &writer)
    }

    /// The error sent in place of a reply whose state could not be made durable: the request was not applied.
    static func storageUnavailable(_ conversation: String?) -> [UInt8] {
        var writer = JSONWriter(capacity: 256)
        error(Failure(conversation: conversation, code: "storage-unavailable",
                      message: "The server could not save this turn (its disk is full or failing), so it was not applied. Send it again shortly."),
              to: &writer)
        writer.buffer.append(0x0A)
        return writer.finish()
    }

    /// Writes the answer to a request: most often a turn, written straight out as it is, rather
    /// than built as a tree of values or passed on inside another value first.
    func answer(_ line: [UInt8], at now: Double, to writer: inout JSONWriter, conversation: inout String?) throws(Failure) {
        let request: JSONValue
        do { request = try JSONValue.parse(line) } catch {
            throw Failure(code: "invalid-json", message: "The request is not valid JSON: \(error.description).")
        }
        guard case .object = request else { throw Failure(code: "invalid-request", message: "A request must be a JSON object.") }
        let command = request["command"]?.stringValue
        if command == "status", request["conversation"] == nil { return JSONValue.object([("status", .object(status()))]).write(to: &writer) }
        let id = try conversationID(request)
        conversation = id
        let key = service.key(forBridgeID: id)
        if let again = try replayed(request, key: key, id: id, at: now) { return Self.write(id, again, replayed: true, to: &writer) }
        let turn: Turn
        switch (command, request["text"]) {
        case (nil, .string(let text)?): turn = try self.turn(key, id: id, text: text, policy: request["policy"]?.stringValue, at: now)
        case ("restart", _): turn = try self.turn(key, id: id, text: "restart", policy: request["policy"]?.stringValue, at: now)
        case ("end", _):
            guard service.store[key] != nil else {
                throw Failure(conversation: id, code: "unknown-conversation", message: "There is no conversation \"\(String(id.prefix(40)))\" to end.")
            }
            turn = try self.turn(key, id: id, text: "quit", policy: nil, at: now)
        case ("record", _): return record(key, id: id).write(to: &writer)
        case (let other?, _):
            throw Failure(conversation: id, code: "unknown-command", message: "Unknown command \"\(String(other.prefix(40)))\": use restart, record, end or status.")
        case (nil, _):
            throw Failure(conversation: id, code: "invalid-request", message: "A request needs \"text\" (a string) or \"command\".")
        }
        Self.write(id, turn, replayed: false, to: &writer)
    }

    /// With `"turn": n` (the request's place in its conversation, from 0), a request the server has
    /// already applied is answered again, not applied twice: a bridge can resend after a crash.
    func replayed(_ request: JSONValue, key: String, id: String, at now: Double) throws(Failure) -> Turn? {
        guard let turnValue = request["turn"] else { return nil }
        // Int(exactly:) rather than Int(_:): 1e19 or 2^64 would trap the whole server, not fail one request.
        guard case .number(let number) = turnValue, number >= 0, let turn = Int(exactly: number), turn <= Self.maximumTurn else {
            throw Failure(conversation: id, code: "invalid-request", message: "\"turn\" must be a whole number from 0 to \(Self.maximumTurn).")
        }
        let applied = service.store[key]?.session.turns ?? 0
        if turn > applied {
            throw Failure(conversation: id, code: "turn-gap", message: "This is turn \(turn), but the conversation has had \(applied).")
        }
        guard turn < applied else { return nil }
        return service.resume(key, at: now)
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

    /// The first message of a new conversation starts it: the reply is the greeting and first question.
    func turn(_ key: String, id: String, text: String, policy: String?, at now: Double) throws(Failure) -> Turn {
        if let existing = service.reply(key, to: text, at: now) { return existing }
        do { return try service.start(key, policy: policy, at: now) } catch {
            throw Failure(conversation: id, code: "conversation-limit", message: "The server is carrying as many conversations as it can; try again shortly.")
        }
    }

    /// `{"conversation", "replies", "options", "route", "done"}`, and `"replayed": true` for a resent turn.
    static func write(_ id: String, _ turn: Turn, replayed: Bool, to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("conversation", id)
        writer.key("replies")
        writer.open(.array)
        for reply in turn.replies { reply.writeText(to: &writer) }
        writer.close(.array)
        writer.key("options")
        if let last = turn.replies.last { last.writeOptions(to: &writer) } else { writer.open(.array); writer.close(.array) }
        writer.key("route")
        if let route = turn.route { route.write(to: &writer) } else { writer.null() }
        writer.member("done", turn.session.step == .ended)
        if replayed { writer.member("replayed", true) }
        writer.close(.object)
    }

    func record(_ key: String, id: String) -> JSONValue {
        guard let record = service.record(key) else {
            return ["conversation": .string(id), "error": ["code": "no-record", "message": "There is no route to record yet."]]
        }
        return ["conversation": .string(id), "record": record.json]
    }
}
