#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An operating-system call that failed, with its errno.
struct SystemError: Error, CustomStringConvertible {
    var call: String
    var errno: Int32
    var detail: String = ""

    var description: String {
        "\(call) failed\(detail.isEmpty ? "" : " (\(detail))"): \(String(cString: strerror(errno)))"
    }
}

/// Thin wrappers over the C library where the Linux lessons live: EINTR retried (though not around
/// close), EAGAIN turned into a result, MSG_NOSIGNAL on every send.
enum Posix {
    enum Transfer: Equatable {
        case done(Int)
        case wouldBlock
        /// The peer hung up: a zero-byte read, EPIPE or ECONNRESET.
        case closed
    }

    static func setNonBlocking(_ fd: Int32) {
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
    }

    static func setCloseOnExec(_ fd: Int32) {
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }

    /// A pipe whose ends never block and never leak into a child: for waking the event loop.
    static func wakePipe() throws(SystemError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw SystemError(call: "pipe", errno: errno) }
        for end in ends {
            setNonBlocking(end)
            setCloseOnExec(end)
        }
        return (ends[0], ends[1])
    }

    static func receive(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Transfer {
        while true {
            let count = recv(fd, buffer.baseAddress, buffer.count, 0)
            if count > 0 { return .done(count) }
            if count == 0 { return .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: return .closed
            }
        }
    }

    // Linux has no SO_NOSIGPIPE, so without MSG_NOSIGNAL a client that vanishes would kill the server.
    static func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Transfer {
        while true {
            let count = Glibc.send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
            if count >= 0 { return .done(count) }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: return .closed
            }
        }
    }

    /// Who is at the other end of a Unix socket.
    struct Credentials: Equatable {
        var pid: Int32
        var uid: UInt32
        var gid: UInt32
    }

    // `struct ucred` is not visible from Swift; this is its layout on Linux: pid, uid, gid.
    private struct PeerCredentials {
        var pid: Int32 = 0
        var uid: UInt32 = 0
        var gid: UInt32 = 0
    }

    static func peerCredentials(_ fd: Int32) -> Credentials? {
        var credentials = PeerCredentials()
        var length = socklen_t(MemoryLayout<PeerCredentials>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0,
              length == socklen_t(MemoryLayout<PeerCredentials>.size) else { return nil }
        return Credentials(pid: credentials.pid, uid: credentials.uid, gid: credentials.gid)
    }

    /// Raises the soft descriptor limit towards the hard one, so a thousand connections fit, and
    /// returns how many descriptors this process may now open: connections are capped below it.
    static func raiseDescriptorLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        if limit.rlim_cur < limit.rlim_max {
            let raised = min(limit.rlim_max, 65_536)
            var wanted = limit
            wanted.rlim_cur = max(limit.rlim_cur, raised)
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &wanted) == 0 { return Int(wanted.rlim_cur) }
        }
        return Int(limit.rlim_cur)
    }

    /// Monotonic seconds, for timeouts that a clock change cannot upset.
    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
