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
/// `{"key": ..., "session": ...}`, `{"key": ..., "removed": true}`, or a change from the key's record
/// before it, `{"key": ..., "session": ..., "historyKept": n, "previousPushed": b, "whyKept": b}` (see
/// `SessionChange`).
/// A key's first record in each journal is whole, so a journal replays over snapshots of any age.
/// Replay stops at the first record whose length or checksum does not hold, so a torn write is
/// never read back as a state.
///
/// `snapshot-N.log` holds every conversation, framed as whole records, as they were when journal N
/// began; the state is the newest snapshot with journals N and later replayed over it. State dirs
/// from before snapshots kept one `sessions/<key>.json` per conversation: those are read while no
/// snapshot exists, and removed once one does.
final class Journal: @unchecked Sendable {  // shared state is behind `lock`; the rest is the loop's
    let directory: String
    private var sessionsDirectory: String { directory + "/sessions" }
    private var generation: Int
    private var fd: Int32
    /// Where the next record goes: the end of the good records.
    private var size = 0
    /// How far the file is written, zeros past `size` included (see `preallocate`).
    private var allocated = 0
    /// Records written since the last commit, each framed; one JSON object after another at the top level.
    private var pending = JSONWriter(capacity: 64 << 10)
    /// Journal bytes written since the server started, across journals: positions for the `syncer`.
    private var written = 0
    let syncer: Syncer
    /// Keys with a whole record in the current journal: their next records may be changes.
    private var wholeInJournal: Set<String> = []
    private var compacting = false
    /// The last snapshot's size: the journal grows at least this much before the next, so
    /// compacting never writes more than the journal took, however many conversations are idle.
    private var snapshotSize = 0
    private let compactor = DispatchQueue(label: "intake-bot.compactor")
    private let lock = NSLock()
    let compactionThreshold: Int
    /// The current journal as read on opening, kept for `load` to decode rather than read again.
    private var opened: Frames?

    /// Opens the journal in `directory`, creating it, and returns every conversation it holds.
    init(directory: String, compactionThreshold: Int = 8 << 20) throws(CommandFailure) {
        self.directory = directory
        self.compactionThreshold = compactionThreshold
        syncer = try Syncer()
        try PrivateFile.directory(directory)
        generation = max(Journal.generations(in: directory).last ?? 0, Journal.snapshots(in: directory).last ?? 0)
        fd = -1
        fd = try open(generation: generation)
        // Records go after the last good one: not after a torn one, nor after zeros written ahead.
        let current = Journal.frames(of: journalPath(generation))
        size = current.end
        _ = ftruncate(fd, off_t(size))
        allocated = size
        opened = current
    }

    /// Every conversation on disk: the newest snapshot, then each journal from it on, in order, over it.
    func load() -> [String: Session] {
        let base = Journal.snapshots(in: directory).last
        let snapshot = base.map { Journal.frames(of: snapshotPath($0)) }
        var sessions = snapshot.map { snapshot in Journal.wholeSessions(snapshot.payloads.map { snapshot.bytes[$0] }) } ?? legacySessions()
        snapshotSize = snapshot?.bytes.count ?? 0
        // Journals older than the snapshot are already in it: a compaction stopped before deleting them.
        for generation in Journal.generations(in: directory) where generation >= base ?? 0 {
            let frames = (generation == self.generation ? opened : nil) ?? Journal.frames(of: journalPath(generation))
            let (records, goodLength, total) = Journal.replay(frames)
            for (key, entry) in records {
                let session: Session?
                switch entry {
                case .whole(let whole): session = whole
                // A change always follows its key's whole record in the same journal; one without its
                // base cannot be rebuilt, and the state before it is the best left.
                case .change(let change): session = sessions[key].flatMap(change.applied(to:)) ?? sessions[key]
                }
                sessions[key] = session
            }
            // Cut a torn tail off the journal still being written, so new records follow good ones.
            if generation == self.generation, goodLength < total {
                _ = ftruncate(fd, off_t(goodLength))
                size = goodLength
                allocated = goodLength
            }
        }
        opened = nil
        return sessions
    }

    /// A state dir from before snapshots: one file per conversation, each a whole record's payload.
    private func legacySessions() -> [String: Session] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sessionsDirectory)) ?? []
        return Journal.wholeSessions(names.filter { $0.hasSuffix(".json") }.compactMap { name in
            FileManager.default.contents(atPath: sessionsDirectory + "/" + name)
        })
    }

    /// Queues a conversation's new state (nil: removed) for the next commit, as a change from
    /// `previous` when this journal already holds the key whole.
    func record(_ key: String, _ session: Session?, previous: Session?) {
        let entry: Entry
        if let session, let previous, wholeInJournal.contains(key) {
            entry = .change(SessionChange(from: previous, to: session))
        } else {
            entry = .whole(session)
            if session == nil { wholeInJournal.remove(key) } else { wholeInJournal.insert(key) }
        }
        Journal.appendFrame(key, entry, to: &pending)
    }

    /// Writes everything queued with one write and asks the syncer to make it durable; returns the
    /// position at which it will be. Once `durable` reaches it, those states survive kill -9.
    func commit() throws(SystemError) -> Int {
        let count = pending.buffer.count
        guard count > 0 else { return written }
        if size + count > allocated { try preallocate(through: size + count) }
        if let failure = pending.buffer.withUnsafeBytes({ writeAll($0, at: size) }) { throw failure }
        size += count
        written += count
        pending.buffer.removeAll()
        syncer.request(through: written, fd: fd, path: journalPath(generation))
        return written
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
    /// first zero length, which no record has.
    private func preallocate(through needed: Int) throws(SystemError) {
        let chunk = min(1 << 20, max(4096, compactionThreshold))
        let target = (needed / chunk + 1) * chunk
        let zeros = [UInt8](repeating: 0, count: min(chunk, 64 << 10))
        while allocated < target {
            let piece = min(zeros.count, target - allocated)
            if let failure = zeros.withUnsafeBytes({ writeAll(UnsafeRawBufferPointer(rebasing: $0[..<piece]), at: allocated) }) { throw failure }
            allocated += piece
        }
    }

    /// Writes all of `bytes` at `position`; the failure, if it fails.
    private func writeAll(_ bytes: UnsafeRawBufferPointer, at position: Int) -> SystemError? {
        var offset = 0
        while offset < bytes.count {
            let written = pwrite(fd, bytes.baseAddress! + offset, bytes.count - offset, off_t(position + offset))
            if written < 0 {
                if errno == EINTR { continue }
                return SystemError(call: "write", errno: errno, detail: journalPath(generation))
            }
            offset += written
        }
        return nil
    }

    /// The position up to which everything written is on disk.
    var durable: Int { syncer.durable }

    /// Blocks until everything written is durable, or a flush has failed.
    func waitUntilDurable() { syncer.wait(through: written) }

    /// Starts a new journal and writes `sessions`, every conversation as of its start, into one
    /// snapshot on another thread; older journals and snapshots are deleted only once it is durable.
    func compact(_ sessions: [String: Session], wait: Bool = false) {
        lock.lock()
        guard !compacting else { lock.unlock(); return }
        compacting = true
        lock.unlock()
        // The syncer may still be flushing the journal about to be retired: let it finish first.
        waitUntilDurable()
        let retired = generation
        generation += 1
        guard let next = try? open(generation: generation) else {
            generation -= 1
            lock.lock(); compacting = false; lock.unlock()
            return
        }
        close(fd)
        fd = next
        size = 0
        allocated = 0
        wholeInJournal.removeAll()
        let snapshot = generation
        let work: @Sendable () -> Void = { [directory, sessionsDirectory] in
            let bytes = JSONWriter.bytes(capacity: 64 << 10) { writer in
                for (key, session) in sessions { Journal.appendFrame(key, .whole(session), to: &writer) }
            }
            let saved = (try? PrivateFile.write(bytes, to: Journal.snapshotPath(directory, snapshot))) != nil
            // Nothing is deleted unless the snapshot is durable: the journals before it still hold the state.
            if saved {
                Journal.syncDirectory(directory)
                for old in Journal.generations(in: directory) where old <= retired { unlink(directory + "/" + Journal.journalName(old)) }
                for old in Journal.snapshots(in: directory) where old < snapshot { unlink(Journal.snapshotPath(directory, old)) }
                Journal.removeUnfinishedSnapshots(in: directory)
                Journal.removeLegacySessions(sessionsDirectory)
                Journal.syncDirectory(directory)
            }
            self.lock.lock()
            self.compacting = false
            if saved { self.snapshotSize = bytes.count }
            self.lock.unlock()
        }
        if wait { compactor.sync(execute: work) } else { compactor.async(execute: work) }
    }

    /// Waits for a compaction under way, so shutdown leaves nothing half done.
    func finish() {
        waitUntilDurable()
        compactor.sync {}
        close(fd)
    }

    // MARK: Files

    private func journalPath(_ generation: Int) -> String { directory + "/" + Journal.journalName(generation) }

    static func journalName(_ generation: Int) -> String { String(format: "journal-%08d.log", generation) }

    private func snapshotPath(_ generation: Int) -> String { Journal.snapshotPath(directory, generation) }

    static func snapshotPath(_ directory: String, _ generation: Int) -> String {
        directory + "/" + String(format: "snapshot-%08d.log", generation)
    }

    private func open(generation: Int) throws(CommandFailure) -> Int32 {
        let path = journalPath(generation)
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw PrivateFile.failure("open", path) }
        Journal.syncDirectory(directory)
        return fd
    }

    /// The journals in `directory`, oldest first.
    static func generations(in directory: String) -> [Int] { numbered("journal-", in: directory) }

    /// The snapshots in `directory`, oldest first; one still being written has another name.
    static func snapshots(in directory: String) -> [Int] { numbered("snapshot-", in: directory) }

    private static func numbered(_ prefix: String, in directory: String) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.compactMap { name -> Int? in
            guard name.hasPrefix(prefix), name.hasSuffix(".log") else { return nil }
            return Int(name.dropFirst(prefix.count).dropLast(4))
        }.sorted()
    }

    /// Deletes snapshots a killed server left half written (see `PrivateFile.write`).
    static func removeUnfinishedSnapshots(in directory: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix("snapshot-") && name.contains(".log.tmp-") { unlink(directory + "/" + name) }
    }

    /// Deletes a pre-snapshot state dir's per-conversation files, once a snapshot holds them.
    static func removeLegacySessions(_ path: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names { unlink(path + "/" + name) }
        rmdir(path)
    }

    static func syncDirectory(_ path: String) {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
