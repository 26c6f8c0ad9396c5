import Foundation
import Testing
@testable import IntakeBot

/// The attacks of issue 16, each run again as it was written against the real binary: short in CI,
/// at full strength under `Scripts/faults` (FAULTS_FULL=1). Each prints what it checked.
@Suite("Attacks", .serialized)
struct AttackTests {
    static var isRoot: Bool { geteuid() == 0 }
    static var hasPrlimit: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit") }

    @Test("one line with a number no integer holds gets an error; every other conversation carries on") func hugeNumbers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", folder.path + "/state"], folder: folder)
        defer { server.stop() }
        let bystander = try SocketClient(server.socket), attacker = try SocketClient(server.socket)
        defer { bystander.close(); attacker.close() }
        _ = bystander.request(FaultTests.request("b", turn: 0))
        _ = attacker.request(FaultTests.request("a", turn: 0))
        for number in ["1e19", "18446744073709551616", "1e300", "-1e300", "9223372036854775808"] {
            attacker.send("{\"conversation\": \"a\", \"text\": \"no\", \"turn\": \(number)}")
            #expect(DurabilityTests.errorCode(attacker.reply()) == "invalid-request", "\(number)")
        }
        #expect(DurabilityTests.lastLine(bystander.request(FaultTests.request("b", turn: 1))) == FaultTests.expected(1))
        #expect(DurabilityTests.lastLine(attacker.request(FaultTests.request("a", turn: 1))) == FaultTests.expected(1))
        #expect(server.process.isRunning && FileManager.default.fileExists(atPath: server.socket))
        print("attack numbers: 1e19, 2^64, 1e300 and more each answered invalid-request; server up; both conversations carried on")
    }

    @Test("a state dir another user made world-writable, with a link named like the journal, is refused and the linked file untouched",
          .enabled(if: isRoot))
    func plantedStateDir() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        chmod(folder.path, 0o755)
        let state = folder.path + "/sd", victim = folder.path + "/root-owned"
        try Data("root's own file\n".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: false)
        chown(state, 65534, 65534)
        chmod(state, 0o777)
        try FileManager.default.createSymbolicLink(atPath: state + "/journal-00000000.log", withDestinationPath: victim)
        let result = try Executable.run(["serve", "--socket", folder.path + "/s.sock", "--state-dir", state], seconds: 10)
        #expect(result.status == 1)
        #expect(result.errors.contains("cannot be trusted as the state dir"), "\(result.errors)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "root's own file\n")
        print("attack planted state dir: refused (\(result.errors.split(separator: "\n").first ?? "")); the linked file untouched")
    }

    @Test("guessing resume codes as fast as a connection allows takes over no conversation") func guessing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try ServerProcess(["--policy", "torbay", "--quiet"], folder: folder)
        defer { server.stop() }
        let conversations = FaultTests.count(100, 5_000)
        for _ in 0..<conversations {
            let person = try SocketClient(server.socket)
            _ = person.turn()
            person.send("no")
            _ = person.turn()
            person.close()
        }
        var random = SplitMix(seed: 16)
        let alphabet = ResumeCode.alphabet
        let deadline = Date().addingTimeInterval(FaultTests.full ? 20 : 3)
        var sent = 0, answered = 0, takeovers = 0, connections = 0
        while Date() < deadline {
            let guesser = try SocketClient(server.socket)
            connections += 1
            _ = guesser.turn()
            let guesses = (0..<1_000).map { _ in "resume " + String((0..<28).map { _ in alphabet[Int(random.next() % 32)] }) }
            guesser.send(guesses.joined(separator: "\n"))
            sent += guesses.count
            while let turn = guesser.turn(seconds: max(0.1, deadline.timeIntervalSinceNow)) {
                answered += 1
                if !(turn.first ?? "").hasPrefix("There is no conversation") && !(turn.first ?? "").hasPrefix("Too many wrong resume codes") { takeovers += 1 }
            }
            guesser.close()
        }
        #expect(takeovers == 0)
        #expect(answered <= connections * ResumeAttempts.connectionLimit)
        print("attack guessing: \(conversations) conversations; \(sent) guesses sent on \(connections) connections, \(answered) answered, \(takeovers) taken over")
    }

    @Test("connecting without typing, thousands of times, locks no one out, now or after a restart") func silentFlood() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let state = folder.path + "/state"
        var server = try ServerProcess(["--policy", "torbay", "--quiet", "--state-dir", state], folder: folder)
        let connects = FaultTests.count(1_000, 10_001)
        let started = Date()
        for _ in 0..<connects { try SocketClient(server.socket).close() }
        // And some held open, silent, past the connection limit.
        var held: [SocketClient] = []
        for _ in 0..<FaultTests.count(100, 1_100) { if let client = try? SocketClient(server.socket) { held.append(client) } }
        let person = try SocketClient(server.socket)
        #expect(SlotTests.code(in: person.turn()) != nil, "a person is served during the flood")
        person.close()
        held.forEach { $0.close() }
        let seconds = Date().timeIntervalSince(started)
        server.stop()
        server = try ServerProcess(["--policy", "torbay", "--quiet", "--state-dir", state], folder: folder)
        defer { server.stop() }
        let after = try SocketClient(server.socket)
        defer { after.close() }
        #expect(SlotTests.code(in: after.turn()) != nil, "a person is served after a restart")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: state).filter { $0.hasPrefix("snapshot-") }.sorted().last
        let kept = try onDisk.map { try Journal.Frames([UInt8](Data(contentsOf: URL(fileURLWithPath: state + "/" + $0)))).payloads.count - 1 } ?? 0
        #expect(kept == 0, "no unanswered conversation was carried across the restart")
        print("attack silent connects: \(connects) connects and \(held.count) held open in \(Int(seconds)) s; new people served during and after a restart; \(kept) carried over")
    }

    @Test("a full disk is an error reply, not an exit: nothing unsaved acknowledged, and it recovers when space returns", .enabled(if: hasPrlimit))
    func fullDisk() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let state = folder.path + "/state"
        let server = try ServerProcess(["--protocol", "jsonl", "--state-dir", state, "--journal-limit", "4096"], folder: folder)
        let client = try SocketClient(server.socket)
        var turn = 0
        for _ in 0..<3 { if client.request(FaultTests.request("f", turn: turn))?["error"] == nil { turn += 1 } }
        let pid = server.process.processIdentifier
        // The disk fills: no file may grow past what the journal holds now.
        let journal = try #require(try FileManager.default.contentsOfDirectory(atPath: state).first { $0.hasPrefix("journal-") })
        let size = try #require(try FileManager.default.attributesOfItem(atPath: state + "/" + journal)[.size] as? Int)
        #expect(try Executable.run(["--pid", "\(pid)", "--fsize=\(size):unlimited"], executable: URL(fileURLWithPath: "/usr/bin/prlimit")).status == 0)
        var refused = 0
        for _ in 0..<40 {
            let reply = client.request(FaultTests.request("f", turn: turn))
            if DurabilityTests.errorCode(reply) == "storage-unavailable" { refused += 1 } else { turn += 1 }
        }
        #expect(refused > 0)
        #expect(server.process.isRunning, "a full disk does not stop the server")
        #expect(try Executable.run(["--pid", "\(pid)", "--fsize=unlimited:unlimited"], executable: URL(fileURLWithPath: "/usr/bin/prlimit")).status == 0)
        let recovered = try #require(client.request(FaultTests.request("f", turn: turn)))
        #expect(recovered["error"] == nil && recovered["turn"] as? Int == turn, "\(recovered)")
        turn += 1
        client.close()
        #expect(server.stop() == 0)
        #expect(server.log.contains("\"event\": \"storage-unavailable\""))
        let restarted = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", state], folder: folder)
        defer { restarted.stop() }
        let check = try SocketClient(restarted.socket)
        defer { check.close() }
        // A replay carries no flag (it is the reply sent, byte for byte), so what is on disk shows in
        // which turn the server takes next: the one after the last acknowledged, and no further.
        #expect(DurabilityTests.errorCode(check.request(FaultTests.request("f", turn: turn + 1))) == "turn-gap", "no refused turn is")
        #expect(check.request(FaultTests.request("f", turn: turn)).map { DurabilityTests.errorCode($0) == nil } == true, "every acknowledged turn is on disk")
        print("attack full disk: \(refused) turns refused storage-unavailable while full, server kept running, recovered, every acknowledged turn on disk")
    }

    /// Finding 11 of an outside attack test: the idle clock moved only on input, so a client reading a long answer a
    /// little at a time, its replies going out every tenth of a second, was closed as idle with most of them unread.
    @Test("a client reading its replies slowly but steadily is not closed as idle; one that neither reads nor writes still is")
    func slowSteadyReader() throws {
        let server = try ServerProcess(["--policy", "torbay", "--connection-idle-timeout", "2s", "--max-output", "4194304"])
        defer { server.stop(); server.folder.remove() }
        let reader = try SocketClient(server.socket), silent = try SocketClient(server.socket)
        defer { reader.close(); silent.close() }
        // 2,400 answers of help are about 1.3 MB, all unread within --max-output, so none waits for back-pressure. A Unix
        // socket holds about 200 KB and takes more only once three quarters are read: read 16 KiB a tenth of a second,
        // the server's sends go on about once a second.
        reader.send(Array(String(repeating: "help\n", count: 2_400).utf8))
        var received: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 16_384)
        let started = Date()
        while Date().timeIntervalSince(started) < 5 {
            let count = recv(reader.fd, &chunk, chunk.count, Int32(MSG_DONTWAIT))
            if count == 0 { break }
            if count > 0 { received += chunk[..<count] }
            usleep(100_000)
        }
        let slowly = received.count
        var ready = pollfd(fd: reader.fd, events: Int16(POLLIN), revents: 0)
        while poll(&ready, 1, 2_000) > 0 {
            let count = recv(reader.fd, &chunk, chunk.count, 0)
            if count <= 0 { break }
            received += chunk[..<count]
        }
        let prompts = received.split(separator: 0x0A, omittingEmptySubsequences: false).filter { $0.elementsEqual([0x3E]) }.count
        #expect(prompts == 2_401, "the opening turn and 2,400 answers; \(received.count) bytes, \(slowly) of them in 5 s of slow reading")
        reader.send("help")
        #expect(reader.turn() != nil, "still open after 5 s of slow reading, with a 2 s idle timeout")
        #expect(silent.turn() != nil, "the opening turn waited in its socket")
        #expect(silent.line(seconds: 2) == nil)
        server.stop()
        let idle = server.log.split(separator: "\n").filter { $0.contains("\"connection-idle\"") }
        #expect(idle.count == 1 && idle.first?.contains("\"connection\": 3") == true, "only the silent connection was closed as idle: \(idle)")
        print("attack slow steady reader: \(slowly) bytes read 16 KiB a tenth of a second for 5 s, then \(received.count) in all, \(prompts) turns; then a turn answered on it, and \(idle.count) closed as idle")
    }

    /// Findings 4 and 9 of an outside attack test: input a connection had sent but not had answered, the lines held back
    /// past its share of a pass and the line not yet ended, was outside every budget. 300 clients each pipelining 256 KiB
    /// of two-byte lines without reading grew the server by about 540 MiB, and 300 each sending a line one byte short of a
    /// `--max-line` of 1 MiB, unended, by about 320 MiB.
    @Test("many clients holding input not yet answered keep the server within its input budget, and others are served",
          arguments: ["pipelined lines", "unended long lines"])
    func heldInput(_ attack: String) throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--max-line", "1048576"])
        defer { server.stop(); server.folder.remove() }
        let pid = server.process.processIdentifier
        let before = try Self.residentMiB(pid)
        let payload = attack == "pipelined lines" ? [UInt8](repeating: 0, count: 128 << 10).flatMap { _ in [0x78, 0x0A] }
            : [UInt8](repeating: 0x78, count: (1 << 20) - 1)
        let clients = try (0..<300).map { _ in try SocketClient(server.socket) }
        defer { clients.forEach { $0.close() } }
        var sent = [Int](repeating: 0, count: clients.count), lastProgress = Date()
        while Date().timeIntervalSince(lastProgress) < 1, sent.contains(where: { $0 < payload.count }) {
            for (index, client) in clients.enumerated() where sent[index] < payload.count {
                let count = payload.withUnsafeBytes {
                    Glibc.send(client.fd, $0.baseAddress! + sent[index], min(65_536, payload.count - sent[index]), Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
                }
                if count > 0 { sent[index] += count; lastProgress = Date() }
            }
            usleep(10_000)
        }
        usleep(1_000_000)
        let grown = try Self.residentMiB(pid) - before
        let bystander = try SocketClient(server.socket)
        defer { bystander.close() }
        #expect(bystander.request(["command": "status"])?["status"] != nil, "others are still served")
        // The budget is 64 MiB; arrays grow by doubling, and each socket has its own buffers.
        #expect(grown < 100, "the server grew by \(grown) MiB")
        print("attack held input (\(attack)): 300 clients sent \(sent.reduce(0, +) >> 20) MiB, not reading; the server grew by \(grown) MiB; a status answered")
    }

    static func residentMiB(_ pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return try #require(Int(line.split(separator: " ").dropFirst().first ?? "")) >> 10
    }

    @Test("SIGHUP stops the server cleanly: exit 0, no socket file left, every acknowledged turn on disk") func hangUp() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", folder.path + "/state"], folder: folder)
        let client = try SocketClient(server.socket)
        _ = client.request(FaultTests.request("h", turn: 0))
        _ = client.request(FaultTests.request("h", turn: 1))
        #expect(server.stop(signal: SIGHUP) == 0)
        client.close()
        #expect(!FileManager.default.fileExists(atPath: server.socket))
        let again = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", folder.path + "/state"], folder: folder)
        defer { again.stop() }
        let check = try SocketClient(again.socket)
        defer { check.close() }
        // The server takes turn 2 next only if turn 1 is on disk.
        #expect(check.request(FaultTests.request("h", turn: 2)).map { DurabilityTests.errorCode($0) == nil } == true)
        print("attack SIGHUP: exit 0, socket file removed, the acknowledged turn on disk")
    }
}
