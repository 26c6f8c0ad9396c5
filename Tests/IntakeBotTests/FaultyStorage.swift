import Foundation
@testable import IntakeBot

/// The disk as a test wants it, over the real one: it counts flushes, fails the next write or
/// flush, fills up, holds flushes back, and cuts the power, dropping every byte written since a
/// file's last flush, as a machine that loses power does.
final class FaultyStorage: Storage, @unchecked Sendable {  // every field is read and written under `condition`
    private let disk = FileStorage()
    private let condition = NSCondition()
    private var paths: [Int32: String] = [:]
    /// Per file, what each write since its last flush replaced: enough to undo it.
    private var unsynced: [String: [(offset: Int, old: [UInt8], length: Int)]] = [:]
    private var flushes = 0
    private var writeFailure: Int32?
    private var syncFailure: Int32?
    private var isFull = false
    private var holding = false
    private var failingPaths: String?
    private var dead = false

    /// Successful flushes so far.
    var syncs: Int { locked { flushes } }

    /// The next write fails with `error`.
    func failNextWrite(_ error: Int32 = EIO) { locked { writeFailure = error } }

    /// The next flush fails with `error`.
    func failNextSync(_ error: Int32 = EIO) { locked { syncFailure = error } }

    /// While full, a write that would make a file longer fails with ENOSPC, as on a full disk.
    var full: Bool {
        get { locked { isFull } }
        set { locked { isFull = newValue } }
    }

    /// While holding, every flush waits: no write becomes durable.
    var holdingSyncs: Bool {
        get { locked { holding } }
        set { locked { holding = newValue; condition.broadcast() } }
    }

    /// Opening a file whose path contains `text` fails with ENOSPC (nil: none does).
    func failOpening(_ text: String?) { locked { failingPaths = text } }

    /// The power goes: every byte written since its file's last flush is gone, and the storage
    /// fails everything from now on, as a machine without power would.
    func cutPower() {
        locked {
            dead = true
            for (path, writes) in unsynced {
                let fd = Glibc.open(path, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { continue }
                for write in writes.reversed() {
                    _ = write.old.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(write.offset)) }
                    _ = ftruncate(fd, off_t(write.length))
                }
                Glibc.close(fd)
            }
            unsynced = [:]
            holding = false
            condition.broadcast()
        }
    }

    // MARK: Storage

    func openForWriting(_ path: String, creating: Bool) throws(SystemError) -> Int32 {
        condition.lock()
        defer { condition.unlock() }
        try alive()
        if let failingPaths, path.contains(failingPaths) { throw SystemError(call: "open", errno: ENOSPC, detail: path) }
        let fd = try disk.openForWriting(path, creating: creating)
        paths[fd] = path
        return fd
    }

    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(SystemError) {
        condition.lock()
        defer { condition.unlock() }
        try alive()
        if let error = writeFailure {
            writeFailure = nil
            throw SystemError(call: "write", errno: error)
        }
        let length = Self.length(fd)
        if isFull, offset + bytes.count > length { throw SystemError(call: "write", errno: ENOSPC) }
        remember(fd, replacing: offset..<min(offset + bytes.count, length), length: length)
        try disk.write(fd, bytes, at: offset)
    }

    func sync(_ fd: Int32) throws(SystemError) {
        condition.lock()
        defer { condition.unlock() }
        while holding, !dead { condition.wait() }
        try alive()
        if let error = syncFailure {
            syncFailure = nil
            throw SystemError(call: "fdatasync", errno: error)
        }
        try disk.sync(fd)
        flushes += 1
        if let path = paths[fd] { unsynced[path] = nil }
    }

    func truncate(_ fd: Int32, to length: Int) throws(SystemError) {
        condition.lock()
        defer { condition.unlock() }
        try alive()
        let old = Self.length(fd)
        if length < old { remember(fd, replacing: length..<old, length: old) }
        try disk.truncate(fd, to: length)
    }

    func close(_ fd: Int32) {
        locked { _ = paths.removeValue(forKey: fd) }
        disk.close(fd)
    }

    func contents(of path: String) throws(SystemError) -> [UInt8] {
        try locked { () throws(SystemError) in try alive() }
        return try disk.contents(of: path)
    }

    func rename(_ path: String, to destination: String) throws(SystemError) {
        condition.lock()
        defer { condition.unlock() }
        try alive()
        try disk.rename(path, to: destination)
        unsynced[destination] = unsynced.removeValue(forKey: path)
        for (fd, open) in paths where open == path { paths[fd] = destination }
    }

    func remove(_ path: String) {
        guard locked({ !dead }) else { return }
        disk.remove(path)
    }

    func syncDirectory(_ path: String) { disk.syncDirectory(path) }

    // MARK: Helpers

    private func alive() throws(SystemError) {
        if dead { throw SystemError(call: "power", errno: EIO, detail: "the power is off") }
    }

    private func remember(_ fd: Int32, replacing range: Range<Int>, length: Int) {
        guard let path = paths[fd] else { return }
        var old = [UInt8](repeating: 0, count: max(0, range.count))
        // The journal's descriptor is write-only: the old bytes are read through one of our own.
        let reader = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if reader >= 0, !old.isEmpty { _ = old.withUnsafeMutableBytes { pread(reader, $0.baseAddress, $0.count, off_t(range.lowerBound)) } }
        if reader >= 0 { Glibc.close(reader) }
        unsynced[path, default: []].append((range.lowerBound, old, length))
    }

    private static func length(_ fd: Int32) -> Int {
        var status = stat()
        return fstat(fd, &status) == 0 ? Int(status.st_size) : 0
    }

    private func locked<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        condition.lock()
        defer { condition.unlock() }
        return try body()
    }
}
