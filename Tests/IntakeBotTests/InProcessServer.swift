import Foundation
import EscalationRules
@testable import IntakeBot

/// `intake-bot serve` run inside the test process, on a thread of its own, over a disk the test
/// controls (`FaultyStorage`): the same server, journal and syncer as the binary, on a real socket.
final class InProcessServer: @unchecked Sendable {  // `failure` is written once, before `done` is signalled
    let folder: TemporaryFolder
    let socket: String
    let log = LogLines()
    private let stopEnds: (read: Int32, write: Int32)
    private let done = DispatchSemaphore(value: 0)
    private var stopped = false
    private(set) var failure: CommandFailure?

    /// Starts a jsonl server with a state dir at `folder`/state; `configure` changes anything else.
    init(folder: TemporaryFolder, storage: Storage, _ configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
        self.folder = folder
        socket = folder.path + "/p.sock"
        var configuration = ServerConfiguration(socketPath: socket)
        configuration.wireProtocol = .jsonl
        configuration.stateDirectory = folder.path + "/state"
        configure(&configuration)
        stopEnds = try Posix.wakePipe()
        let lines = log
        let server = try ServeCommand.server(configuration, library: .bundled, policy: "torbay", clock: { Moment(iso: "2026-11-23T10:00")! },
                                             log: ServerLog(quiet: false, write: { lines.append($0) }), storage: storage, stopDescriptor: stopEnds.read)
        let running = Running(server)
        Thread { [self] in
            do throws(CommandFailure) { try running.server.run() } catch { failure = error }
            done.signal()
        }.start()
        let deadline = Date().addingTimeInterval(10)
        while (try? SocketClient(socket))?.close() == nil {
            guard Date() < deadline else { throw ServerFailure(message: "in-process server did not listen: \(log.all)") }
            usleep(10_000)
        }
    }

    /// Asks the server to stop, as a signal would, and waits until it has.
    func stop() {
        guard !stopped else { return }
        stopped = true
        var byte: UInt8 = UInt8(SIGTERM)
        _ = write(stopEnds.write, &byte, 1)
        _ = done.wait(timeout: .now() + 20)
        close(stopEnds.write)
        close(stopEnds.read)
    }

    deinit { stop() }

    /// The server, handed to its thread.
    private final class Running: @unchecked Sendable {
        let server: Server
        init(_ server: Server) { self.server = server }
    }
}

/// Log lines gathered from another thread.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: String { lock.lock(); defer { lock.unlock() }; return lines.joined(separator: "\n") }
}
