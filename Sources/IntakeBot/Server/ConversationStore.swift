import ConversationEngine

/// The conversations a server carries, by key ("jsonl:<bridge id>" or "line:<resume code>"), with
/// when each was last active, and their durability through the journal when there is one.
final class ConversationStore {
    struct Entry {
        var session: Session
        var lastActive: Double
        /// When the practitioner ended it; it is removed after the retention time.
        var endedAt: Double?
        /// Where its record is saved, chosen once so later saves replace the first.
        var recordName: String

        /// A conversation new to the store, or loaded into it.
        init(_ session: Session, at now: Double) {
            self.session = session
            lastActive = now
            endedAt = session.step == .ended ? now : nil
            recordName = RecordStore.conversationName(started: session.started)
        }
    }

    private(set) var entries: [String: Entry] = [:]
    let journal: Journal?

    init(journal: Journal?, now: Double) {
        self.journal = journal
        for (key, session) in journal?.load() ?? [:] { entries[key] = Entry(session, at: now) }
    }

    var count: Int { entries.count }

    subscript(key: String) -> Entry? { entries[key] }

    /// Stores a conversation's new state; it becomes durable at the next `commit`.
    func put(_ key: String, _ session: Session, at now: Double) {
        // One look-up, and the entry changed where it lies: every turn comes through here.
        guard let index = entries.index(forKey: key) else {
            entries[key] = Entry(session, at: now)
            journal?.record(key, session, previous: nil)
            return
        }
        journal?.record(key, session, previous: entries.values[index].session)
        entries.values[index].session = session
        entries.values[index].lastActive = now
        entries.values[index].endedAt = session.step == .ended ? (entries.values[index].endedAt ?? now) : nil
    }

    /// Marks a conversation as active without changing it: nothing new to make durable.
    func touch(_ key: String, at now: Double) {
        entries[key]?.lastActive = now
    }

    func remove(_ key: String) {
        guard entries.removeValue(forKey: key) != nil else { return }
        journal?.record(key, nil, previous: nil)
    }

    /// One write for every change since the last commit; returns the position at which they will
    /// be durable (see `durable`).
    func commit() throws(SystemError) -> Int {
        guard let journal else { return 0 }
        let position = try journal.commit()
        if journal.compactionDue { journal.compact(sessions) }
        return position
    }

    /// At shutdown, once every state is durable: one snapshot of them all, and nothing left running.
    func close() {
        journal?.compact(sessions, wait: true)
        journal?.finish()
    }

    private var sessions: [String: Session] { entries.mapValues(\.session) }

    /// How far the journal is on disk; without one, nothing waits.
    var durable: Int { journal?.durable ?? .max }

    /// Removes conversations idle past `idle`, and ended ones past `retention`; returns their keys.
    func expire(now: Double, idle: Double, retention: Double) -> [String] {
        let expired = entries.filter { _, entry in
            now - entry.lastActive > idle || entry.endedAt.map { now - $0 > retention } == true
        }.map(\.key)
        expired.forEach(remove)
        return expired
    }
}
