import Foundation
import Testing

/// One test per trap measured on this platform (../shared/notes/linux-sockets.md).
@Suite("Socket traps on Linux", .serialized)
struct ServerTrapTests {
    static func openDescriptors(_ pid: Int32) -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []).count
    }

    @Test("a client that never reads is no longer read, then closed when idle; the server carries on") func slowReader() throws {
        let server = try ServerProcess(["--max-output", "65536", "--policy", "torbay", "--connection-idle-timeout", "2s"])
        defer { server.stop(); server.folder.remove() }
        let hog = try SocketClient(server.socket)
        defer { hog.close() }
        var small: Int32 = 4096
        setsockopt(hog.fd, SOL_SOCKET, SO_RCVBUF, &small, socklen_t(MemoryLayout<Int32>.size))
        // Ask for help over and over without reading a byte of the answers, until the server stops taking them.
        let help = Array("help\n".utf8)
        // The server answers a share of lines a pass, so the socket may take more for a while: send until it has taken
        // nothing for half a second.
        var sent = 0, refusedSince = Date()
        while sent < 100_000, Date().timeIntervalSince(refusedSince) < 0.5 {
            if hog.sendWithoutWaiting(help) == help.count { sent += 1; refusedSince = Date() } else { usleep(10_000) }
        }
        #expect(sent < 100_000, "the server stopped reading a client that does not read")
        let other = try SocketClient(server.socket)
        defer { other.close() }
        #expect(other.turn() != nil)
        usleep(3_500_000)
        server.stop()
        let log = server.log
        #expect(log.contains("\"limit\": \"output\""))
        #expect(log.contains("\"limit\": \"connection-idle\""), "closed when idle")
    }

    @Test("running out of descriptors pauses accepting instead of crashing") func descriptorExhaustion() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let socket = folder.path + "/s.sock"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -n 40 && exec \"$0\" serve --socket \"$1\" --quiet", Executable.url.path, socket]
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) }; process.waitUntilExit() }
        var clients: [SocketClient] = []
        for _ in 0..<200 { if let client = try? SocketClient(socket) { clients.append(client) }; if clients.isEmpty { usleep(20_000) } }
        #expect(clients.count > 40)
        #expect(process.isRunning)
        clients.forEach { $0.close() }
        usleep(300_000)
        let late = try SocketClient(socket)
        defer { late.close() }
        #expect(late.turn() != nil)
        #expect(process.isRunning)
    }

    @Test("a socket path too long for sockaddr_un is refused, not truncated") func longPath() throws {
        let result = try Executable.run(["serve", "--socket", "/tmp/" + String(repeating: "p", count: 120) + ".sock"])
        #expect(result.status == 1)
        #expect(result.errors.contains("a socket path may be at most 107 bytes"))
    }

    @Test("golden transcripts play the same through the socket as through the engine", arguments: [
        "torbay-routine-first-stage.txt", "pan-cheshire-urgent-friday-evening.txt", "commands-back-and-restart.txt", "privacy-guard-redacts.txt",
        "risk-reask-child-alone-yes.txt", "risk-reask-baby-bruise-no.txt", "risk-reask-adult-overdose.txt", "risk-no-reask-negated.txt",
        "privacy-unlisted-first-names-and-officers.txt",
    ])
    func transcriptsOverSocket(_ name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ConversationEngineTests/Transcripts/\(name)")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: " ").map(String.init)
        let policy = header.firstIndex(of: "policy:").map { header[$0 + 1] }.flatMap { $0 == "ask" ? nil : $0 }
        let now = header.firstIndex(of: "now:").map { header[$0 + 1] } ?? "2026-11-23T10:00"
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let socket = folder.path + "/s.sock"
        let process = Process()
        process.executableURL = Executable.url
        process.arguments = ["serve", "--socket", socket, "--now", now, "--quiet"] + (policy.map { ["--policy", $0] } ?? [])
        try process.run()
        defer { kill(process.processIdentifier, SIGTERM); process.waitUntilExit() }
        var client: SocketClient?
        for _ in 0..<200 where client == nil { client = try? SocketClient(socket); usleep(10_000) }
        let connection = try #require(client)
        defer { connection.close() }
        var played = (connection.turn() ?? []).filter { !$0.hasPrefix("Your resume code is ") }.map { "bot: " + $0 }
        for line in lines.dropFirst() where line.hasPrefix("you: ") {
            played.append(line)
            connection.send(String(line.dropFirst(5)))
            played += (connection.turn() ?? ["<no reply>"]).map { "bot: " + $0 }
        }
        let expected = lines.dropFirst().filter { !$0.isEmpty }
        #expect(played == Array(expected))
    }
}
