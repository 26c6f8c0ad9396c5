#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ConversationEngine
import EscalationRules

/// Durable conversation state: an append-only journal, written once per loop pass and made durable
/// by the `Syncer` while the loop goes on, and compacted in the background into one snapshot file
/// of every conversation: one write and one flush, however many conversations there are.
///
/// A journal record is `[length: UInt32][crc32: UInt32][payload]`, little-endian; the payload is
/// `{"key": ..., "session": ...}` or `{"key": ..., "removed": true}`. A session's kept reply, when it is
/// a JSON object, is not in its session but after it, its bytes as sent: `{"key": ..., "session": ...,
/// "sentTurn": t, "sentRequest": r, "sentLength": n, "sentReply": {...}}`; records written before keep
/// it inside the session, and are still read. Journals written before issue 17
/// also hold changes from the key's record before, `{"key": ..., "session": ..., "historyKept": n,
/// "previousPushed": b, "whyKept": b}` (see `SessionChange`), still read; a key's first record in
/// each journal is whole, so a journal replays over snapshots of any age.
///
/// `snapshot-N.log` holds a header frame, `{"snapshot": N, "conversations": count}`, then every
/// conversation as it was when journal N began; the state is the newest whole snapshot with journals
/// N and later replayed over it. The snapshot before the newest, and the journals since it, are
/// kept, so a damaged snapshot is rebuilt from them. Reading a state dir back, damage included, is
/// `StateReader`'s work; every byte goes through `storage`.
final class Journal: @unchecked Sendable {  // shared state is behind `lock`; the rest is the loop's
    let directory: String
    let storage: Storage
    private var generation: Int
    private var fd: Int32 = -1
    /// Where the next record goes: the end of the good records.
    private var size = 0
    /// How far the file is written, zeros past `size` included (see `preallocate`).
    private var allocated = 0
    /// Records written since the last commit, each framed; one JSON object after another at the top level.
    private var pending = JSONWriter(capacity: 64 << 10)
    /// Journal bytes written since the server started, across journals: positions for the `syncer`.
    private var written = 0
    /// The position at which the current file's records begin, and the offset in it where they do.
    private var fileStart = (position: 0, offset: 0)
    /// Set when cutting the file back after a failure failed: nothing is written until it is done.
    private var tailToCut = false
    let syncer: Syncer
    private var compacting = false
    /// The last snapshot's size: the journal grows at least this much before the next, so
    /// compacting never writes more than the journal took, however many conversations are idle.
    private var snapshotSize = 0
    private let compactor = DispatchQueue(label: "intake-bot.compactor")
    private let lock = NSLock()
    let compactionThreshold: Int
    /// What was found on opening: the conversations, and any damage (see `StateReader`).
    private(set) var recovery: StateRecovery

    /// Opens the state in `directory`, creating the directory, and reads back what it holds. Damaged
    /// files are moved into `damaged/` once what could be read is safe in a new snapshot.
    /// - Throws: when the directory cannot be trusted (see `PrivateFile.directory`), or damage cannot be set aside.
    init(directory: String, storage: Storage = FileStorage.shared, compactionThreshold: Int = 8 << 20) throws(CommandFailure) {
        self.directory = directory
        self.storage = storage
        self.compactionThreshold = compactionThreshold
        syncer = try Syncer(storage: storage)
        // Owner-only, as PostgreSQL's data directory: an outside attack test (2026-11-30) found a 0755 state dir, with a
        // 0644 key in it, used and left readable by every user.
        try PrivateFile.directory(directory, purpose: "state dir", exclusive: true, tightening: true)
        directoryLock = try Journal.lockDirectory(directory)
        recovery = try StateReader(directory: directory, storage: storage).read()
        snapshotSize = recovery.snapshotSize
        generation = recovery.generation
        if recovery.damage.isEmpty { try continueJournal() } else { try startAfterDamage() }
        Journal.removeUnfinishedSnapshots(in: directory, storage: storage)
    }

    /// Held while this journal is open: a second server on the same state dir wrote its own journal beside the first, and
    /// after a restart every turn it had acknowledged was gone, with none reported lost (an outside attack test, 2026-11-30).
    private var directoryLock: Int32

    deinit { releaseDirectory() }

    /// Lets another server open the state dir: at shutdown, once everything is durable.
    private func releaseDirectory() {
        if directoryLock >= 0 { Glibc.close(directoryLock) }
        directoryLock = -1
    }

    /// Takes `directory/lock` for this process (`flock`, released by the system when the process ends, however it ends).
    static func lockDirectory(_ directory: String) throws(CommandFailure) -> Int32 {
        let path = directory + "/lock"
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw PrivateFile.failure("open", path) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let failure = busy
                ? CommandFailure(message: "\(directory): another server is using this state dir. Stop it first, or give this one its own.", status: 1)
                : PrivateFile.failure("flock", path)
            Glibc.close(fd)
            throw failure
        }
        return fd
    }

    /// The conversations read on opening, handed over once.
    func takeRecovered() -> [String: Session] {
        defer { recovery.sessions = [:] }
        return recovery.sessions
    }

    /// Writes a new journal's header and flushes it (see `journalHeader`); returns its size.
    private func writeHeader(_ fd: Int32, _ generation: Int) throws(SystemError) -> Int {
        let header = Journal.journalHeader(generation: generation)
        try storage.write(fd, header, at: 0)
        try storage.sync(fd)
        return header.count
    }

    /// Writes on in the last journal, after its last good record: not after zeros written ahead.
    private func continueJournal() throws(CommandFailure) {
        let path = journalPath(generation)
        do {
            fd = try storage.openForWriting(path, creating: recovery.currentJournal == nil)
            size = recovery.currentJournal?.end ?? 0
            try storage.truncate(fd, to: size)
            // A journal with no record yet (one from before headers) gets its header too: from then on a first journal
            // found with no record at all is damage (see `StateReader.judgeFirst`).
            if size == 0 { size = try writeHeader(fd, generation) }
        } catch {
            throw CommandFailure(message: "\(path): cannot be opened to write: \(error)", status: 1)
        }
        if recovery.currentJournal == nil { storage.syncDirectory(directory) }
        recovery.currentJournal = nil
        allocated = size
        fileStart = (0, size)
    }

    /// Saves what was recovered as a new snapshot, with a new journal after it, and only then moves
    /// the damaged files into `damaged/`, so nothing recovered rests on them.
    private func startAfterDamage() throws(CommandFailure) {
        generation += 1
        let snapshot = snapshotPath(generation)
        do {
            fd = try storage.openForWriting(journalPath(generation), creating: true)
            size = try writeHeader(fd, generation)
            allocated = size
            fileStart = (0, size)
            let bytes = Journal.snapshotBytes(recovery.sessions, generation: generation)
            try storage.replace(snapshot, with: bytes)
            snapshotSize = bytes.count
        } catch {
            throw CommandFailure(message: "\(directory): the state was damaged, and what could be recovered cannot be saved (\(error)); "
                                 + "nothing was moved or changed. Free space or fix the state dir's disk, then start again.", status: 1)
        }
        storage.syncDirectory(directory)
        recovery.currentJournal = nil
        try setAside(recovery.setAside)
    }

    /// Moves damaged files into `damaged/`, named for when: never deleted, so they can be examined.
    private func setAside(_ names: [String]) throws(CommandFailure) {
        guard !names.isEmpty else { return }
        let folder = directory + "/damaged"
        try PrivateFile.directory(folder, purpose: "damaged-files folder")
        let stamp = ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withYear, .withMonth, .withDay, .withTime])
        for name in names {
            var kept = name + "." + stamp
            var number = 1
            var status = stat()
            while lstat(folder + "/" + kept, &status) == 0 { number += 1; kept = name + "." + stamp + "-\(number)" }
            do { try storage.rename(directory + "/" + name, to: folder + "/" + kept) } catch {
                let problem = recovery.damage.first { $0.file == name }?.problem ?? "is damaged"
                throw CommandFailure(message: "\(directory)/\(name) \(problem), and it cannot be moved into \(folder) (\(error)). "
                                     + "Move it out of the state dir by hand, then start again.", status: 1)
            }
            for index in recovery.damage.indices where recovery.damage[index].file == name { recovery.damage[index].keptAs = "damaged/" + kept }
        }
        storage.syncDirectory(folder)
        storage.syncDirectory(directory)
    }

    /// Queues a conversation's new state (nil: removed) for the next commit, whole.
    func record(_ key: String, _ session: Session?) {
        Journal.appendFrame(key, session, to: &pending)
    }

    /// Writes everything queued with one write and asks the syncer to make it durable; returns the
    /// position at which it will be. Once `durable` reaches it, those states survive kill -9.
    /// - Throws: when the write fails; nothing queued is kept then (see `rollBack`).
    func commit() throws(SystemError) -> Int {
        if tailToCut { try cutTail() }
        let count = pending.buffer.count
        guard count > 0 else { return written }
        if size + count > allocated { preallocate(through: size + count) }
        var failure: SystemError?
        pending.buffer.withUnsafeBytes { bytes in
            do throws(SystemError) { try storage.write(fd, bytes, at: size) } catch { failure = error }
        }
        if let failure { throw failure }
        size += count
        allocated = max(allocated, size)
        written += count
        pending.buffer.removeAll()
        syncer.request(through: written, fd: fd, path: journalPath(generation))
        return written
    }

    /// After a write or a flush failed: waits for the flush under way, cuts the journal back to its
    /// last durable record and forgets what was queued, so nothing unacknowledged can come back after
    /// a restart; returns the durable position. Every key's next record is whole again.
    func rollBack() -> Int {
        syncer.waitUntilIdle()
        let durable = syncer.durable
        pending.buffer.removeAll()
        written = durable
        size = fileStart.offset + (durable - fileStart.position)
        tailToCut = true
        try? cutTail()
        syncer.reset(to: durable)
        return durable
    }

    private func cutTail() throws(SystemError) {
        try storage.truncate(fd, to: size)
        allocated = size
        tailToCut = false
    }

    /// Whether the journal has grown enough to compact: past the limit, and past the last snapshot.
    var compactionDue: Bool {
        lock.lock()
        defer { lock.unlock() }
        return !compacting && size >= max(compactionThreshold, snapshotSize)
    }

    /// Writes zeros ahead of the records, a megabyte at a time (less for a small `--journal-limit`).
    /// A flush then only has to write the records' blocks: the file's size and blocks stay as they
    /// were, so fdatasync skips the inode, a third of its time on this machine. Replay stops at the
    /// first zero length, which no record has. On a nearly full disk this fails, and the records
    /// are written without it.
    private func preallocate(through needed: Int) {
        let chunk = min(1 << 20, max(4096, compactionThreshold))
        let target = (needed / chunk + 1) * chunk
        let zeros = [UInt8](repeating: 0, count: min(chunk, 64 << 10))
        while allocated < target {
            let piece = min(zeros.count, target - allocated)
            let done = zeros.withUnsafeBytes { bytes in
                (try? storage.write(fd, UnsafeRawBufferPointer(rebasing: bytes[..<piece]), at: allocated)) != nil
            }
            guard done else { return }
            allocated += piece
        }
    }

    /// The position up to which everything written is on disk.
    var durable: Int { syncer.durable }

    /// Blocks until everything written is durable, or a flush has failed.
    func waitUntilDurable() { syncer.wait(through: written) }

    /// Starts a new journal and writes `sessions`, every conversation as of its start, into one
    /// snapshot on another thread. Once it is durable, files older than the snapshot before it are
    /// deleted (all older files, unless `keepPrevious`).
    func compact(_ sessions: [String: Session], wait: Bool = false, keepPrevious: Bool = true) {
        lock.lock()
        guard !compacting else { lock.unlock(); return }
        compacting = true
        lock.unlock()
        // The syncer may still be flushing the journal about to be retired: let it finish first.
        waitUntilDurable()
        guard syncer.failure == nil, let next = try? storage.openForWriting(journalPath(generation + 1), creating: true) else {
            lock.lock(); compacting = false; lock.unlock()
            return
        }
        guard let headerSize = try? writeHeader(next, generation + 1) else {
            storage.close(next)
            storage.remove(journalPath(generation + 1))
            lock.lock(); compacting = false; lock.unlock()
            return
        }
        storage.syncDirectory(directory)
        generation += 1
        storage.close(fd)
        fd = next
        size = headerSize
        allocated = headerSize
        fileStart = (written, headerSize)
        let snapshot = generation
        let work: @Sendable () -> Void = { [directory, storage] in
            let bytes = Journal.snapshotBytes(sessions, generation: snapshot)
            let saved = (try? storage.replace(Journal.snapshotPath(directory, snapshot), with: bytes)) != nil
            // Nothing is deleted unless the snapshot is durable: the journals before it still hold the state.
            if saved {
                storage.syncDirectory(directory)
                Journal.prune(directory, storage: storage, before: snapshot, keepPrevious: keepPrevious)
            }
            self.lock.lock()
            self.compacting = false
            if saved { self.snapshotSize = bytes.count }
            self.lock.unlock()
        }
        if wait { compactor.sync(execute: work) } else { compactor.async(execute: work) }
    }

    /// A snapshot's bytes: its header, then every conversation as a whole record.
    static func snapshotBytes(_ sessions: [String: Session], generation: Int) -> [UInt8] {
        JSONWriter.bytes(capacity: 64 << 10) { writer in
            appendHeader(generation: generation, conversations: sessions.count, to: &writer)
            for (key, session) in sessions { appendFrame(key, session, to: &writer) }
        }
    }

    /// Deletes what snapshot `newest` makes unneeded: files older than the snapshot before it, so a
    /// damaged `newest` can be rebuilt (or, unless `keepPrevious`, every older file); snapshots a
    /// killed server left half written; a pre-snapshot state dir's files.
    static func prune(_ directory: String, storage: Storage, before newest: Int, keepPrevious: Bool) {
        let keep = keepPrevious ? snapshots(in: directory).last { $0 < newest } : newest
        if let keep {
            for old in generations(in: directory) where old < keep { storage.remove(directory + "/" + journalName(old)) }
            for old in snapshots(in: directory) where old < keep { storage.remove(snapshotPath(directory, old)) }
        }
        removeUnfinishedSnapshots(in: directory, storage: storage)
        removeLegacySessions(directory + "/sessions", storage: storage)
        storage.syncDirectory(directory)
    }

    /// Waits for a compaction under way, so shutdown leaves nothing half done.
    func finish() {
        waitUntilDurable()
        compactor.sync {}
        storage.close(fd)
        releaseDirectory()
    }

    // MARK: Files

    private func journalPath(_ generation: Int) -> String { directory + "/" + Journal.journalName(generation) }

    static func journalName(_ generation: Int) -> String { "journal-\(numbered(generation)).log" }

    static func snapshotName(_ generation: Int) -> String { "snapshot-\(numbered(generation)).log" }

    /// A generation in eight digits or more. Not through `%08d`, which takes a 32-bit number: 2^32 and above wrapped, and a
    /// start named a file that does not exist ("journal--0000001.log"; an outside attack test, round 2, 2026-12-01).
    static func numbered(_ generation: Int) -> String {
        let digits = String(generation)
        return String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }

    private func snapshotPath(_ generation: Int) -> String { Journal.snapshotPath(directory, generation) }

    static func snapshotPath(_ directory: String, _ generation: Int) -> String {
        directory + "/" + snapshotName(generation)
    }

    /// The journals in `directory`, oldest first.
    static func generations(in directory: String) -> [Int] { numbered("journal-", in: directory) }

    /// The snapshots in `directory`, oldest first; one still being written has another name.
    static func snapshots(in directory: String) -> [Int] { numbered("snapshot-", in: directory) }

    private static func numbered(_ prefix: String, in directory: String) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.compactMap { StateReader.generation(of: $0, prefix: prefix) }.sorted()
    }

    /// Deletes snapshots a killed server left half written (see `Storage.replace`).
    static func removeUnfinishedSnapshots(in directory: String, storage: Storage) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix("snapshot-") && name.contains(".log.tmp-") { storage.remove(directory + "/" + name) }
    }

    /// Deletes a pre-snapshot state dir's per-conversation files, once a snapshot holds them.
    static func removeLegacySessions(_ path: String, storage: Storage) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names { storage.remove(path + "/" + name) }
        rmdir(path)
    }
}
