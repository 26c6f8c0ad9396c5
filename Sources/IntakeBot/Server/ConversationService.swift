#if canImport(Glibc)
import Glibc
#endif
import ConversationEngine
import EscalationRules

/// The conversations behind both protocols: starting, answering, resuming and ending them, with
/// records saved and events logged. All on the event loop's thread. The one way into the store:
/// the protocols and the server read and change conversations only through it.
final class ConversationService {
    let engine: Conversation
    private let store: ConversationStore
    let records: RecordStore?
    let defaultPolicy: String?
    let maximumConversations: Int
    /// The most conversations one peer user other than the server's own may start (line protocol).
    var maximumConversationsPerUser = Int.max
    /// What all peer users but the server's own may hold together: the rest is kept for the server's own user (its
    /// bridges), since users each within their share could otherwise fill the server for a day (an outside attack test,
    /// round 2, 2026-12-01).
    var maximumConversationsOfOthers = Int.max
    let clock: () -> Moment
    let log: ServerLog
    let keys: ConversationKeys
    private(set) var turns = 0
    /// Records `--record-dir` could not take since the server started: in `status`, as a failing disk is (an outside attack
    /// test, 2026-11-30, found the log the only other sign).
    private(set) var recordsNotSaved = 0
    /// Bridge ids to their keys, so a turn does not hash its id again: in memory only, never on disk. By the id's bytes,
    /// as its key is hashed from them: a `String` key matched "café" typed two ways (NFC, NFD) as one conversation in
    /// memory and as two on disk, so after a restart one spelling hid the other (an outside attack test, 2026-11-30).
    private var jsonlKeys: [[UInt8]: String] = [:]

    init(engine: Conversation, store: ConversationStore, records: RecordStore?, defaultPolicy: String?,
         maximumConversations: Int, clock: @escaping () -> Moment, log: ServerLog, keys: ConversationKeys = .random()) {
        self.engine = engine
        self.store = store
        self.records = records
        self.defaultPolicy = defaultPolicy
        self.maximumConversations = maximumConversations
        self.clock = clock
        self.log = log
        self.keys = keys
    }

    /// The store's key for a bridge's conversation id.
    func key(forBridgeID id: String) -> String {
        let bytes = Array(id.utf8)
        if let key = jsonlKeys[bytes] { return key }
        if jsonlKeys.count >= 2 * maximumConversations { jsonlKeys.removeAll(keepingCapacity: true) }
        let key = keys.jsonl(id)
        jsonlKeys[bytes] = key
        return key
    }

    /// Why a conversation could not start: the server is full, or the peer user holds as many as one user may.
    enum Refusal: Error { case conversationLimit, userLimit }

    /// How a protocol answers a turn, worked out before the turn's state is kept, so the state
    /// holds what was sent and a resend of the request can be answered with the same bytes.
    typealias Answering = (Turn) -> SentReply?

    /// Starts a conversation. One not yet `answered` (a line conversation's greeting) is not on disk
    /// until it is; `owner` is the peer user, whose conversations are limited unless it is the server's own.
    /// `opening` is what the message that starts it said: read for risk by the engine, never kept.
    func start(_ key: String, policy: String?, at now: Double, owner: UInt32? = nil, answered: Bool = true, opening: String? = nil,
               answering: Answering = { _ in nil }) throws(Refusal) -> Turn {
        guard store.count < maximumConversations else {
            log.event("limit", [("limit", "conversations"), ("maximum", .number(Double(maximumConversations)))])
            throw .conversationLimit
        }
        if let owner, owner != geteuid(), store.count(ownedBy: owner) >= maximumConversationsPerUser {
            log.event("limit", [("limit", "conversations-per-uid"), ("uid", .number(Double(owner))), ("maximum", .number(Double(maximumConversationsPerUser)))])
            throw .userLimit
        }
        if let owner, owner != geteuid(), store.count(ownedByOthersThan: geteuid()) >= maximumConversationsOfOthers {
            log.event("limit", [("limit", "conversations-other-users"), ("maximum", .number(Double(maximumConversationsOfOthers)))])
            throw .conversationLimit
        }
        var turn = engine.start(policyID: policy ?? defaultPolicy, at: clock(), opening: opening)
        // The message that starts a conversation is its first turn.
        turn.session.turns = 1
        turn = keep(turn, as: key, at: now, owner: owner, answered: answered, answering: answering)
        log.event("conversation-start", [("conversations", .number(Double(store.count)))])
        return turn
    }

    /// One line typed, or a command sent, in an existing conversation; nil when there is no such conversation.
    func reply(_ key: String, to message: Conversation.Message, at now: Double, answering: Answering = { _ in nil }) -> Turn? {
        guard let entry = store[key] else { return nil }
        let turn = keep(engine.reply(to: message, in: entry.session, at: clock()), as: key, at: now, answering: answering)
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

    /// Said when a record cannot be saved, so the practitioner keeps a copy another way.
    static let recordNotSaved = "Your record could not be saved on the server (its record folder is full or unavailable). "
        + "Ask for the record now and keep a copy yourself."

    /// Saves any record the turn makes, then stores the turn's state with the reply as it will be sent:
    /// a record that cannot be saved is said in that reply.
    private func keep(_ turn: Turn, as key: String, at now: Double, owner: UInt32? = nil, answered: Bool = true,
                      answering: Answering) -> Turn {
        var turn = saveRecords(of: turn, as: key)
        turn.session.sent = answering(turn)
        turns += 1
        store.put(key, turn.session, at: now, owner: owner, answered: answered)
        return turn
    }

    private func saveRecords(of turn: Turn, as key: String) -> Turn {
        guard let records else { return turn }
        // The key is a keyed hash ("j:" and hex): its first hex digits tell conversations apart, and say nothing of the id.
        let name = RecordStore.recordName(for: turn.session, conversation: String(key.filter { $0 != ":" }.prefix(13)))
        var turn = turn
        for effect in turn.effects {
            guard case .saveRecord(let record) = effect else { continue }
            do { try records.save(record, conversation: name) } catch {
                log.event("error", [("what", "record-save"), ("message", .string(error.message))])
                recordsNotSaved += 1
                // Before the last reply, which carries the options a bridge draws.
                turn.replies.insert(Reply(Self.recordNotSaved), at: max(0, turn.replies.count - 1))
            }
        }
        return turn
    }

    // MARK: The store, for the protocols and the server

    /// The conversation's state, if there is one.
    func session(_ key: String) -> Session? { store[key]?.session }

    func hasConversation(_ key: String) -> Bool { store[key] != nil }

    /// Whether the conversation exists and no one has answered it yet (a line greeting).
    func isUnanswered(_ key: String) -> Bool { store[key]?.answered == false }

    /// Forgets a conversation no one has answered: it was never on disk.
    func forgetUnanswered(_ key: String) {
        if isUnanswered(key) { store.remove(key) }
    }

    func touch(_ key: String, at now: Double) { store.touch(key, at: now) }

    var conversationCount: Int { store.count }

    var journal: Journal? { store.journal }

    /// How far the journal is on disk.
    var durable: Int { store.durable }

    /// See `ConversationStore.commit`.
    func commit() throws(SystemError) -> Int { try store.commit() }

    /// See `ConversationStore.rollBack`: the turns undone are no longer counted as taken.
    func rollBack() -> ConversationStore.Withdrawal {
        let withdrawal = store.rollBack()
        turns = max(0, turns - withdrawal.turns)
        return withdrawal
    }

    /// Closes conversations idle too long; returns their keys.
    func expire(now: Double, idle: Double, unanswered: Double, retention: Double) -> [String] {
        store.expire(now: now, idle: idle, unanswered: unanswered, retention: retention)
    }

    /// At shutdown, once every state is durable.
    func close() { store.close() }
}
