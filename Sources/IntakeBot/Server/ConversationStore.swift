import ConversationEngine

/// The conversations a server carries, by key (see `ConversationKeys`: a keyed hash of the bridge's id
/// or the resume code), with when each was last active, and their durability through the journal
/// when there is one.
final class ConversationStore {
    struct Entry {
        var session: Session
        var lastActive: Double
        /// When the practitioner ended it; it is removed after the retention time.
        var endedAt: Double?
        /// False for a line-protocol conversation no one has answered yet: it is not on disk, and goes
        /// with its connection or after the unanswered timeout.
        var answered = true
        /// The peer user who started it, in memory only: for the limits per user.
        var owner: UInt32?

        /// A conversation new to the store, or loaded into it.
        init(_ session: Session, at now: Double) {
            self.session = session
            lastActive = now
            endedAt = session.step == .ended ? now : nil
        }
    }

    private(set) var entries: [String: Entry] = [:]
    /// How many conversations each peer user holds.
    private var owned: [UInt32: Int] = [:]
    let journal: Journal?
    /// Each key's entry before the changes not yet durable, in the order they were made, by the
    /// position that makes them durable: what `rollBack` restores.
    private var undo: [(through: Int, changes: [(String, Entry?)])] = []
    private var uncommitted: [(String, Entry?)] = []

    /// The store, with every conversation the journal recovered. A state dir from before keyed hashes
    /// named conversations by the ids and codes themselves: they are renamed with `keys`, and every
    /// file that held them is replaced by one snapshot, so no id is left on disk.
    /// - Parameter wallNow: the wall clock, in seconds, where the time the server was down should count: a conversation
    ///   read back is taken as last active, and an ended one as ended, when the state dir was last written, never later.
    ///   A restart had set every clock to the moment it started, so an ended conversation outlived `--retention` by the
    ///   downtime and one more period, and a server restarted daily never expired anything (an outside attack test,
    ///   2026-11-30). Earlier than that is not known, so a conversation may be kept longer than due, never shorter.
    init(journal: Journal?, now: Double, keys: ConversationKeys? = nil, wallNow: Double? = nil) {
        self.journal = journal
        var renamed = false
        let downtime = wallNow.flatMap { wall in journal?.recovery.lastWritten.map { max(0, wall - $0) } } ?? 0
        for (key, session) in journal?.takeRecovered() ?? [:] {
            let migrated = keys?.migrated(key)
            renamed = renamed || migrated != nil
            entries[migrated ?? key] = Entry(session, at: now - downtime)
        }
        if renamed { journal?.compact(sessions, wait: true, keepPrevious: false) }
    }

    var count: Int { entries.count }

    subscript(key: String) -> Entry? { entries[key] }

    /// How many conversations `uid` started that are still here.
    func count(ownedBy uid: UInt32) -> Int { owned[uid] ?? 0 }

    func count(ownedByOthersThan uid: UInt32) -> Int { owned.reduce(0) { $0 + ($1.key == uid ? 0 : $1.value) } }

    /// Stores a conversation's new state; it becomes durable at the next `commit`. One that is not
    /// `answered` (a line conversation's greeting) is kept in memory only, until it is.
    func put(_ key: String, _ session: Session, at now: Double, owner: UInt32? = nil, answered: Bool = true) {
        // One look-up, and the entry changed where it lies: every turn comes through here.
        guard let index = entries.index(forKey: key) else {
            var entry = Entry(session, at: now)
            entry.answered = answered
            entry.owner = owner
            entries[key] = entry
            if let owner { owned[owner, default: 0] += 1 }
            if answered, let journal {
                journal.record(key, session)
                uncommitted.append((key, nil))
            }
            return
        }
        if let journal {
            journal.record(key, session)
            uncommitted.append((key, entries.values[index]))
        }
        entries.values[index].session = session
        entries.values[index].lastActive = now
        entries.values[index].answered = true
        entries.values[index].endedAt = session.step == .ended ? (entries.values[index].endedAt ?? now) : nil
    }

    /// Marks a conversation as active without changing it: nothing new to make durable.
    func touch(_ key: String, at now: Double) {
        entries[key]?.lastActive = now
    }

    func remove(_ key: String) {
        guard let old = entries.removeValue(forKey: key) else { return }
        disown(old)
        guard old.answered, let journal else { return }
        journal.record(key, nil)
        uncommitted.append((key, old))
    }

    private func disown(_ entry: Entry?) {
        guard let owner = entry?.owner else { return }
        owned[owner] = (owned[owner] ?? 1) > 1 ? owned[owner]! - 1 : nil
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

    /// What a roll-back undid: replies for states after `durable` must not be sent; the conversations started and the
    /// turns taken since are no longer there (an outside attack test, 2026-11-30, found refused turns counted in `health`).
    struct Withdrawal {
        var durable: Int
        var conversations = 0
        var turns = 0
    }

    /// After a write or flush failed: every conversation goes back to its last durable state, as
    /// after a restart, and the journal is cut back to match.
    func rollBack() -> Withdrawal {
        guard let journal else { return Withdrawal(durable: .max) }
        var withdrawal = Withdrawal(durable: journal.rollBack())
        let lost = undo.filter { $0.through > withdrawal.durable }.flatMap(\.changes) + uncommitted
        // Each key goes back to its oldest change's entry; a turn adds one to `turns`, so the difference counts them.
        var restored: [String: Entry?] = [:]
        for (key, entry) in lost where restored[key] == nil { restored[key] = .some(entry) }
        for (key, entry) in restored {
            guard let current = entries[key] else { continue }
            withdrawal.turns += max(0, current.session.turns - (entry?.session.turns ?? 0))
            if entry == nil { withdrawal.conversations += 1 }
        }
        for (key, entry) in lost.reversed() {
            let current = entries[key]
            if current?.owner != entry?.owner {
                disown(current)
                if let owner = entry?.owner { owned[owner, default: 0] += 1 }
            }
            entries[key] = entry
        }
        undo = []
        uncommitted = []
        return withdrawal
    }

    /// At shutdown, once every state is durable: one snapshot of them all, and nothing left running.
    func close() {
        journal?.compact(sessions, wait: true)
        journal?.finish()
    }

    /// Every conversation on disk: not the ones no one has answered.
    private var sessions: [String: Session] { entries.filter(\.value.answered).mapValues(\.session) }

    /// How far the journal is on disk; without one, nothing waits.
    var durable: Int { journal?.durable ?? .max }

    /// Removes conversations idle past `idle` (`unanswered`, for one no one has answered), and ended
    /// ones past `retention` alone, longer or shorter than `idle`: a `--retention` longer than `--idle-timeout` had been
    /// cut to it, so a late `record` failed (an outside attack test, round 2, 2026-12-01). Returns their keys.
    func expire(now: Double, idle: Double, unanswered: Double, retention: Double) -> [String] {
        let expired = entries.filter { _, entry in
            entry.endedAt.map { now - $0 > retention } ?? (now - entry.lastActive > (entry.answered ? idle : unanswered))
        }.map(\.key)
        expired.forEach(remove)
        return expired
    }
}
