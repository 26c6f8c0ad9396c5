import Foundation

/// Files the bot writes: owner-only (0600) from the moment they exist, whole or not at all, and only
/// in directories no other user can change.
enum PrivateFile {
    /// Writes `bytes` to `path` through a new temporary file (`O_EXCL`, never through a link) and a
    /// rename, so a reader never sees half a file and a planted link is replaced, not followed.
    static func write(_ bytes: [UInt8], to path: String, storage: Storage = FileStorage.shared) throws(CommandFailure) {
        do { try storage.replace(path, with: bytes) } catch {
            throw CommandFailure(message: "\(path): \(error.call) failed: \(String(cString: strerror(error.errno))).", status: 1)
        }
    }

    /// Makes an owner-only directory at `path` if there is none, and refuses one that another user
    /// could change, as PostgreSQL refuses such a data directory: owned by another user, writable by
    /// group or others, or a symbolic link (which could be pointed anywhere).
    /// - Parameters:
    ///   - purpose: what the directory is for, to name it in the message ("state dir").
    ///   - creating: whether to make it when it is not there.
    ///   - exclusive: whether group and others must have no access at all (0700), not only no writing.
    ///   - tightening: whether a directory of this user's that others can only read is made 0700 rather than refused: for
    ///     the bot's own directories, where a refusal would only stop a server whose admin made the folder with `mkdir`.
    static func directory(_ path: String, purpose: String, creating: Bool = true, exclusive: Bool = false, tightening: Bool = false) throws(CommandFailure) {
        var status = stat()
        if lstat(path, &status) != 0 {
            guard errno == ENOENT, creating else { throw failure("lstat", path) }
            // EEXIST: someone made it between the look and the mkdir; it is examined like any other.
            guard mkdir(path, 0o700) == 0 || errno == EEXIST else { throw failure("mkdir", path) }
            guard lstat(path, &status) == 0 else { throw failure("lstat", path) }
        }
        if let problem = untrusted(status) {
            throw CommandFailure(message: "\(path): \(problem), so it cannot be trusted as the \(purpose). \(remedy(status, path))", status: 1)
        }
        if exclusive, tightening, status.st_mode & 0o077 != 0, chmod(path, 0o700) == 0 { return }
        if exclusive, status.st_mode & 0o077 != 0 {
            throw CommandFailure(message: "\(path): other users have access (mode \(String(status.st_mode & 0o777, radix: 8))), so it cannot be trusted "
                                 + "as the \(purpose). Run: chmod 700 \(path)", status: 1)
        }
    }

    /// What makes a directory another user could change, if anything.
    static func untrusted(_ status: stat) -> String? {
        switch status.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: return "is a symbolic link"
        default: return "is not a directory"
        }
        if status.st_uid != geteuid() { return "is owned by uid \(status.st_uid), not by this server's user (uid \(geteuid()))" }
        if status.st_mode & 0o022 != 0 { return "can be written by other users (mode \(String(status.st_mode & 0o777, radix: 8)))" }
        return nil
    }

    private static func remedy(_ status: stat, _ path: String) -> String {
        guard status.st_mode & S_IFMT == S_IFDIR, status.st_uid == geteuid() else { return "Choose a directory of your own, or remove this one." }
        return "Run: chmod go-w \(path)"
    }

    static func failure(_ call: String, _ path: String) -> CommandFailure {
        CommandFailure(message: "\(path): \(call) failed: \(String(cString: strerror(errno))).", status: 1)
    }
}
