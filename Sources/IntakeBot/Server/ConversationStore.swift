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
    /// Each key's entry before the changes not yet durable, in the order they were made, by the
    /// position that makes them durable (`.max`: not yet written): what `rollBack` restores.
    private var undo: [(through: Int, changes: [(String, Entry?)])] = []
    private var uncommitted: [(String, Entry?)] = []

    init(journal: Journal?, now: Double) {
        self.journal = journal
        for (key, session) in journal?.takeRecovered() ?? [:] { entries[key] = Entry(session, at: now) }
    }

    var count: Int { entries.count }

    subscript(key: String) -> Entry? { entries[key] }

    /// Stores a conversation's new state; it becomes durable at the next `commit`.
    func put(_ key: String, _ session: Session, at now: Double) {
        // One look-up, and the entry changed where it lies: every turn comes through here.
        guard let index = entries.index(forKey: key) else {
            entries[key] = Entry(session, at: now)
            if let journal {
                journal.record(key, session, previous: nil)
                uncommitted.append((key, nil))
            }
            return
        }
        if let journal {
            journal.record(key, session, previous: entries.values[index].session)
            uncommitted.append((key, entries.values[index]))
        }
        entries.values[index].session = session
        entries.values[index].lastActive = now
        entries.values[index].endedAt = session.step == .ended ? (entries.values[index].endedAt ?? now) : nil
    }

    /// Marks a conversation as active without changing it: nothing new to make durable.
    func touch(_ key: String, at now: Double) {
        entries[key]?.lastActive = now
    }

    func remove(_ key: String) {
        guard let old = entries.removeValue(forKey: key), let journal else { return }
        journal.record(key, nil, previous: nil)
        uncommitted.append((key, old))
    }

    /// One write for every change since the last commit; returns the position at which they will
    /// be durable (see `durable`).
    /// - Throws: when the write fails; `rollBack` then restores what is durable.
    func commit() throws(SystemError) -> Int {
        guard let journal else { return 0 }
        let position = try journal.commit()
        if !uncommitted.isEmpty {
            undo.append((position, uncommitted))
            uncommitted = []
        }
        let durable = journal.durable
        if let kept = undo.firstIndex(where: { $0.through > durable }) { undo.removeFirst(kept) } else { undo.removeAll() }
        if journal.compactionDue { journal.compact(sessions) }
        return position
    }

    /// After a write or flush failed: every conversation goes back to its last durable state, as
    /// after a restart, and the journal is cut back to match. Returns the durable position: replies
    /// for states after it must not be sent.
    func rollBack() -> Int {
        guard let journal else { return .max }
        let durable = journal.rollBack()
        let lost = undo.filter { $0.through > durable }.flatMap(\.changes) + uncommitted
        for (key, entry) in lost.reversed() { entries[key] = entry }
        undo = []
        uncommitted = []
        return durable
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
