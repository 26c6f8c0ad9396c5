#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Makes journal writes durable on a thread of its own, so the event loop goes on reading and
/// answering while the disk flushes: whatever is written during one fdatasync is covered by the next,
/// so a busy server pays one flush for many turns without ever waiting for one.
///
/// Positions count journal bytes written since the server started; a reply may be sent once the
/// position after its state is `durable`. The loop watches `wakeDescriptor`, readable after each flush.
final class Syncer: @unchecked Sendable {  // every mutable field is read and written under `condition`
    private let condition = NSCondition()
    private var requested = 0
    private var synced = 0
    private var running = false
    private var fd: Int32 = -1
    private var path = ""
    private var failed: SystemError?
    private let queue = DispatchQueue(label: "intake-bot.syncer")
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let storage: Storage

    init(storage: Storage = FileStorage.shared) throws(CommandFailure) {
        self.storage = storage
        do { (wakeRead, wakeWrite) = try Posix.wakePipe() } catch { throw CommandFailure(message: "intake-bot: \(error)", status: 1) }
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    var wakeDescriptor: Int32 { wakeRead }

    /// Asks for everything written to `fd` up to `position` to be made durable.
    func request(through position: Int, fd: Int32, path: String) {
        condition.lock()
        defer { condition.unlock() }
        requested = max(requested, position)
        self.fd = fd
        self.path = path
        guard !running, requested > synced, failed == nil else { return }
        running = true
        queue.async { self.flushWhileRequested() }
    }

    var durable: Int { condition.lock(); defer { condition.unlock() }; return synced }

    var failure: SystemError? { condition.lock(); defer { condition.unlock() }; return failed }

    /// Blocks until `position` is durable or a flush has failed: before the journal changes files, and at shutdown.
    func wait(through position: Int) {
        condition.lock()
        while synced < position, failed == nil { condition.wait() }
        condition.unlock()
    }

    /// Blocks until no flush is under way: after a failure, so `durable` is final before the journal is cut back to it.
    func waitUntilIdle() {
        condition.lock()
        while running { condition.wait() }
        condition.unlock()
    }

    /// Forgets a failure once the journal is cut back to `position`, everything after it forgotten: flushing starts again from there.
    func reset(to position: Int) {
        condition.lock()
        synced = position
        requested = position
        failed = nil
        condition.unlock()
    }

    /// Empties the wake pipe; the loop then looks at `durable`.
    func drainWake() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &bytes, bytes.count) > 0 {}
    }

    private func flushWhileRequested() {
        while true {
            condition.lock()
            guard requested > synced, failed == nil else {
                running = false
                condition.broadcast()
                condition.unlock()
                return
            }
            let (target, fd, path) = (requested, self.fd, self.path)
            condition.unlock()
            var failure: SystemError?
            do { try storage.sync(fd) } catch { failure = SystemError(call: error.call, errno: error.errno, detail: path) }
            condition.lock()
            if let failure { failed = failure } else { synced = target }
            condition.broadcast()
            condition.unlock()
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        }
    }
}
