import Foundation
import Testing

/// Runs the real `intake-bot` binary that `swift test` built, with bounded waits.
enum Executable {
    static let url: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [beside, beside.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("intake-bot") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs to completion with `input` on standard input (closed after), killed after `seconds`.
    /// - Parameter changes: environment variables to set, or with nil to unset.
    static func run(_ arguments: [String], input: [UInt8] = [], seconds: Double = 20, changes: [String: String?] = [:],
                    executable: URL = url, directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: timer)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    static func lines(_ answers: [String]) -> [UInt8] { Array(answers.map { $0 + "\n" }.joined().utf8) }
}

/// A temporary folder under /tmp, removed when the test is done.
struct TemporaryFolder {
    let path: String

    init() throws {
        var template = Array("/tmp/intake-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
        path = String(cString: made)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    func mode(of name: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: (path as NSString).appendingPathComponent(name))
        return (attributes[.posixPermissions] as? Int) ?? -1
    }
}

/// Reads a descriptor until some text appears, never waiting past a deadline.
final class PollingReader {
    let fd: Int32
    private(set) var seen = ""

    init(_ fd: Int32) { self.fd = fd }

    func waitFor(_ text: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !seen.contains(text) {
            let left = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            guard left > 0 else { return false }
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, left) > 0 else { continue }
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { return seen.contains(text) }
            seen += String(decoding: buffer[..<count], as: UTF8.self)
        }
        return true
    }
}
