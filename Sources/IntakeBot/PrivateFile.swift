import Foundation

/// Files the bot writes: owner-only (0600) from the moment they exist, and whole or not at all.
enum PrivateFile {
    /// Writes `bytes` to `path` through a temporary file and a rename, so a reader never sees half a file.
    static func write(_ bytes: [UInt8], to path: String) throws(CommandFailure) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("open", temporary) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let error = failure("write", temporary)
                close(fd)
                unlink(temporary)
                throw error
            }
            offset += written
        }
        // fchmod as well as the mode: a umask cannot widen it, but an existing file keeps its old mode.
        fchmod(fd, 0o600)
        guard fsync(fd) == 0 else {
            let error = failure("fsync", temporary)
            close(fd)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw failure("rename", path) }
    }

    /// Makes a directory for records (owner-only) if it is not there yet.
    static func directory(_ path: String) throws(CommandFailure) {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else { throw CommandFailure(message: "\(path): is not a directory.", status: 1) }
            return
        }
        guard mkdir(path, 0o700) == 0 else { throw failure("mkdir", path) }
    }

    static func failure(_ call: String, _ path: String) -> CommandFailure {
        CommandFailure(message: "\(path): \(call) failed: \(String(cString: strerror(errno))).", status: 1)
    }
}
