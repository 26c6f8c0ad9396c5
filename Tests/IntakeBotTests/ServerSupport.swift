import Foundation
import Testing
import EscalationRules

/// A real `intake-bot serve` on a temporary socket, stopped when the test is done.
final class ServerProcess {
    let folder: TemporaryFolder
    let socket: String
    let process = Process()
    let errors = Pipe()

    /// - Parameter user: run as this uid (and its gid) through setpriv, as another user would; needs root.
    init(_ arguments: [String] = [], folder: TemporaryFolder? = nil, socketName: String = "s.sock", user: uid_t? = nil) throws {
        self.folder = try folder ?? TemporaryFolder()
        socket = self.folder.path + "/" + socketName
        let serve = ["serve", "--socket", socket, "--now", "2026-11-23T10:00"] + arguments
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", Executable.url.path] + serve
        } else {
            process.executableURL = Executable.url
            process.arguments = serve
        }
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        try waitUntilListening()
    }

    func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let client = try? SocketClient(socket) { client.close(); return }
            guard process.isRunning else { throw ServerFailure(message: "server exited: \(log)") }
            usleep(20_000)
        }
        throw ServerFailure(message: "server did not listen within 10 s")
    }

    /// SIGTERM, then the exit status; SIGKILL if it has not stopped in 10 s.
    @discardableResult
    func stop(signal: Int32 = SIGTERM) -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    var log: String {
        String(decoding: (try? errors.fileHandleForReading.readToEnd()) ?? Data(), as: UTF8.self)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
    }
}

struct ServerFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// A blocking client for tests, reading with deadlines so a test can fail but never hang.
final class SocketClient {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(_ path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(path.utf8)
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard result == 0 else {
            let error = errno
            Glibc.close(fd)
            throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EIO)
        }
    }

    func close() { Glibc.close(fd) }

    /// Closes with a reset (SO_LINGER 0), as a crashed bridge would.
    func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close()
    }

    func send(_ text: String) { send(Array((text + "\n").utf8)) }

    /// Sends what the socket takes now, never waiting; returns the bytes sent.
    @discardableResult func sendWithoutWaiting(_ bytes: [UInt8]) -> Int {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
            if sent <= 0 { break }
            offset += sent
        }
        return offset
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return }
            offset += sent
        }
    }

    /// The next line, or nil at end of stream or after `seconds`.
    func line(seconds: Double = 10) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return String(decoding: line, as: UTF8.self)
            }
            let left = Int32(deadline.timeIntervalSinceNow * 1000)
            guard left > 0 else { return nil }
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, left) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = recv(fd, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            buffer += chunk[..<count]
        }
    }

    /// Every line of one line-protocol turn, up to its `>` marker.
    func turn(seconds: Double = 10) -> [String]? {
        var lines: [String] = []
        while let line = line(seconds: seconds) {
            if line == ">" { return lines }
            lines.append(line)
        }
        return nil
    }

    /// Sends a JSON request and returns the parsed reply object.
    func request(_ object: [String: Any]) -> [String: Any]? {
        guard let data = try? JSONSerialization.data(withJSONObject: object) else { return nil }
        send(Array(data) + [0x0A])
        return reply()
    }

    /// The next reply, checked against the protocol's schema: one that does not match is recorded
    /// as an issue and read as no reply, so no test can pass on a shape the document does not give.
    func reply() -> [String: Any]? {
        guard let line = checkedLine() else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }

    /// Sends a JSON request and returns the reply's line as it came, checked against the schema.
    func exchange(_ object: [String: Any]) -> String? {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return nil }
        send(Array(data) + [0x0A])
        return checkedLine()
    }

    func checkedLine() -> String? {
        guard let line = line() else { return nil }
        let problems = ((try? JSONValue.parse(Array(line.utf8))).map { SchemaChecker.bridge.problems($0, as: "reply") }) ?? ["not JSON"]
        guard problems.isEmpty else {
            Issue.record("a reply does not match docs/bridge-protocol.schema.json: \(problems.prefix(5)) in \(line.prefix(300))")
            return nil
        }
        return line
    }
}

/// The answers that take a conversation under each policy to a known stage.
enum Scripted {
    /// The risk question first, then the intake; "today" last answers when the last stage ended, where
    /// the route asks, and is otherwise a harmless answer after the route.
    static func answers(tried: Int, area: Bool = false) -> [String] {
        ["no", "no", "1", "1", "yes", "CSC decided to close the case", "yes", "\(tried)", "today"] + (area ? ["halton"] : []) + ["today"]
    }
}
