import ConversationEngine
import EscalationRules

/// The conversations behind both protocols: starting, answering, resuming and ending them, with
/// records saved and events logged. All on the event loop's thread.
final class ConversationService {
    let engine: Conversation
    let store: ConversationStore
    let records: RecordStore?
    let defaultPolicy: String?
    let maximumConversations: Int
    let clock: () -> Moment
    let log: ServerLog
    private(set) var turns = 0

    init(engine: Conversation, store: ConversationStore, records: RecordStore?, defaultPolicy: String?,
         maximumConversations: Int, clock: @escaping () -> Moment, log: ServerLog) {
        self.engine = engine
        self.store = store
        self.records = records
        self.defaultPolicy = defaultPolicy
        self.maximumConversations = maximumConversations
        self.clock = clock
        self.log = log
    }

    enum Refusal: Error { case conversationLimit }

    /// How a protocol answers a turn, worked out before the turn's state is kept, so the state
    /// holds what was sent and a resend of the request can be answered with the same bytes.
    typealias Answering = (Turn) -> SentReply?

    func start(_ key: String, policy: String?, at now: Double, answering: Answering = { _ in nil }) throws(Refusal) -> Turn {
        guard store.count < maximumConversations else {
            log.event("limit", [("limit", "conversations"), ("maximum", .number(Double(maximumConversations)))])
            throw .conversationLimit
        }
        var turn = engine.start(policyID: policy ?? defaultPolicy, at: clock())
        // The message that starts a conversation is its first turn.
        turn.session.turns = 1
        turn = keep(turn, as: key, at: now, answering: answering)
        log.event("conversation-start", [("conversations", .number(Double(store.count)))])
        return turn
    }

    /// One line typed in an existing conversation; nil when there is no such conversation.
    func reply(_ key: String, to text: String, at now: Double, answering: Answering = { _ in nil }) -> Turn? {
        guard let entry = store[key] else { return nil }
        let turn = keep(engine.reply(to: text, in: entry.session, at: clock()), as: key, at: now, answering: answering)
        if turn.effects.contains(.end) { log.event("conversation-end", [("conversations", .number(Double(store.count)))]) }
        return turn
    }

    func resume(_ key: String, at now: Double) -> Turn? {
        guard let entry = store[key] else { return nil }
        store.touch(key, at: now)
        return engine.resume(entry.session, at: clock())
    }

    func record(_ key: String) -> CaseRecord? {
        store[key].flatMap { engine.record(for: $0.session, at: clock()) }
    }

    private func keep(_ turn: Turn, as key: String, at now: Double, answering: Answering) -> Turn {
        var turn = turn
        turn.session.sent = answering(turn)
        turns += 1
        store.put(key, turn.session, at: now)
        saveRecords(of: turn, as: key)
        return turn
    }

    private func saveRecords(of turn: Turn, as key: String) {
        guard let records, let name = store[key]?.recordName else { return }
        for effect in turn.effects {
            guard case .saveRecord(let record) = effect else { continue }
            do { try records.save(record, conversation: name) } catch {
                log.event("error", [("what", "record-save"), ("message", .string(error.message))])
            }
        }
    }
}
