#if canImport(Glibc)
import Glibc
#endif

/// Readiness of many descriptors on one thread: no thread per connection.
///
/// Built on poll(2) because Swift's Glibc module does not expose epoll; the descriptor table is
/// kept between waits and edited in place, so a wait costs one system call.
final class EventLoop {
    struct Event {
        var fd: Int32
        var readable: Bool
        var writable: Bool
        /// The peer hung up or the descriptor failed: reported even when not reading.
        var hangup: Bool
    }

    private var table: [pollfd] = []
    private var slots: [Int32: Int] = [:]
    /// Set when poll itself fails (not for a signal): the loop cannot go on.
    private(set) var failure: SystemError?

    /// Watches `fd` for input, and for room to write when `writable`.
    func watch(_ fd: Int32, writable: Bool = false) {
        guard slots[fd] == nil else { return change(fd, writable: writable) }
        slots[fd] = table.count
        table.append(pollfd(fd: fd, events: Self.interest(writable), revents: 0))
    }

    func change(_ fd: Int32, writable: Bool) {
        guard let slot = slots[fd] else { return }
        table[slot].events = Self.interest(writable)
    }

    /// Stops (or starts again) reading `fd`, so what it sends waits in the kernel: a hang-up is still reported.
    func change(_ fd: Int32, reading: Bool, writable: Bool) {
        guard let slot = slots[fd] else { return }
        table[slot].events = reading ? Self.interest(writable) : (writable ? Int16(POLLOUT) : 0)
    }

    func forget(_ fd: Int32) {
        guard let slot = slots.removeValue(forKey: fd) else { return }
        let last = table.removeLast()
        if slot < table.count {
            table[slot] = last
            slots[last.fd] = slot
        }
    }

    /// Waits up to `milliseconds` for ready descriptors; a signal ends the wait early with none.
    func wait(milliseconds: Int32) -> [Event] {
        let ready = table.withUnsafeMutableBufferPointer { poll($0.baseAddress, nfds_t($0.count), milliseconds) }
        if ready < 0, errno != EINTR { failure = SystemError(call: "poll", errno: errno) }
        guard ready > 0 else { return [] }
        var events: [Event] = []
        events.reserveCapacity(Int(ready))
        for entry in table where entry.revents != 0 {
            let flags = Int32(entry.revents)
            events.append(Event(fd: entry.fd,
                                readable: flags & (Int32(POLLIN) | Int32(POLLHUP) | Int32(POLLERR) | Int32(POLLNVAL)) != 0,
                                writable: flags & Int32(POLLOUT) != 0,
                                hangup: flags & (Int32(POLLHUP) | Int32(POLLERR) | Int32(POLLNVAL)) != 0))
        }
        return events
    }

    private static func interest(_ writable: Bool) -> Int16 {
        Int16(POLLIN) | (writable ? Int16(POLLOUT) : 0)
    }
}
