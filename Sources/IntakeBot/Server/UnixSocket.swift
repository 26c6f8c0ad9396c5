#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Listening and connecting on Unix domain sockets, refusing what would silently go wrong.
enum UnixSocket {
    /// The most a sockaddr_un path can hold before the NUL; longer paths are refused, never truncated.
    static let maximumPathLength = 107

    enum Failure: Error, CustomStringConvertible {
        case pathTooLong(String)
        case inUse(String)
        case notASocket(String)
        case system(SystemError)

        var description: String {
            switch self {
            case .pathTooLong(let path): return "\(path): a socket path may be at most \(UnixSocket.maximumPathLength) bytes; choose a shorter one."
            case .inUse(let path): return "\(path): another server is already answering on this socket; stop it or choose another --socket."
            case .notASocket(let path): return "\(path): exists and is not a socket; refusing to replace it."
            case .system(let error): return "\(error)"
            }
        }
    }

    /// Listens at `path` with the file's mode set to `permissions`, replacing a stale socket file only.
    /// The socket is bound and listening under another name first, then renamed into place, so
    /// the file exists only once a client can connect: a bridge may wait for it to appear.
    static func listen(at path: String, permissions: mode_t, backlog: Int32) throws(Failure) -> Int32 {
        guard path.utf8.count <= maximumPathLength else { throw .pathTooLong(path) }
        try removeIfStale(path)
        let staging = stagingPath(for: path)
        if staging != path { unlink(staging) }
        let fd = try listen(at: staging, permissions: permissions, backlog: backlog, finalPath: path)
        guard staging == path || rename(staging, path) == 0 else {
            let error = SystemError(call: "rename", errno: errno, detail: path)
            close(fd)
            unlink(staging)
            throw .system(error)
        }
        return fd
    }

    /// A name beside `path` to bind before renaming, or `path` itself where none fits.
    static func stagingPath(for path: String) -> String {
        let staging = (path as NSString).deletingLastPathComponent + "/.intake-bot-\(getpid()).new"
        return staging.utf8.count <= maximumPathLength ? staging : path
    }

    private static func listen(at path: String, permissions: mode_t, backlog: Int32, finalPath: String) throws(Failure) -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { throw .system(SystemError(call: "socket", errno: errno)) }
        var address = self.address(path)
        // Bind under a tight umask: fchmod on the socket descriptor leaves the file's mode alone.
        let old = umask(0o177)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        let bindErrno = errno
        umask(old)
        guard bound == 0 else {
            close(fd)
            throw bindErrno == EADDRINUSE ? .inUse(finalPath) : .system(SystemError(call: "bind", errno: bindErrno, detail: finalPath))
        }
        guard chmod(path, permissions) == 0, Glibc.listen(fd, backlog) == 0 else {
            let error = SystemError(call: "listen", errno: errno, detail: finalPath)
            close(fd)
            unlink(path)
            throw .system(error)
        }
        return fd
    }

    /// Removes an old socket file only if it is a socket and nothing answers on it.
    static func removeIfStale(_ path: String) throws(Failure) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFSOCK else { throw .notASocket(path) }
        if let fd = try? connect(to: path) {
            close(fd)
            throw .inUse(path)
        }
        unlink(path)
    }

    /// A blocking connection to `path`, for the client side and the stale-socket check.
    static func connect(to path: String) throws(Failure) -> Int32 {
        guard path.utf8.count <= maximumPathLength else { throw .pathTooLong(path) }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .system(SystemError(call: "socket", errno: errno)) }
        var address = self.address(path)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            let error = SystemError(call: "connect", errno: errno, detail: path)
            close(fd)
            throw .system(error)
        }
        return fd
    }

    static func address(_ path: String) -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(path.utf8)
            raw.copyBytes(from: bytes.prefix(raw.count - 1))
            raw[min(bytes.count, raw.count - 1)] = 0
        }
        return address
    }
}
