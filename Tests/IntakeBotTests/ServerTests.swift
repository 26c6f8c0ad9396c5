import Foundation
import Testing
@testable import IntakeBot

/// The socket server, started for real on temporary sockets.
@Suite("The socket server", .serialized)
struct ServerTests {
    @Test("line protocol: a whole conversation, each turn closed by the marker") func lineConversation() throws {
        let server = try ServerProcess(["--policy", "torbay"])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        let greeting = try #require(client.turn())
        #expect(greeting.contains { $0.hasPrefix("Your resume code is ") })
        #expect(greeting.contains("First, safety: is a child or adult at immediate risk of significant harm right now?"))
        var last: [String] = []
        for answer in Scripted.answers(tried: 2) {
            client.send(answer)
            last = try #require(client.turn())
        }
        #expect(last.first == "Next: Stage Three – Senior Manager to Senior Manager (stage 3 of 5, Torbay)")
        #expect(last.contains("By: Monday 30 November 2026: 5 working days from Monday 23 November 2026, when Stage Two ended without agreement."))
        // An outside review (2026-11-30): a calendar file was promised here and none made; this protocol carries text only.
        client.send("calendar")
        let calendar = try #require(client.turn())
        #expect(calendar.contains { $0.hasPrefix("Calendar entry for Monday 30 November 2026") })
        #expect(calendar.contains("This connection carries text only, so no calendar file is saved: put the date in your calendar yourself."))
        #expect(!calendar.contains { $0.contains("saving it as") })
    }

    @Test("jsonl protocol: many conversations on one connection, each with its own route") func jsonlConversations() throws {
        let server = try ServerProcess(["--protocol", "jsonl"])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        let policies = ["torbay", "shropshire", "bcssp"]
        for (n, policy) in policies.enumerated() {
            let first = try #require(client.request(["conversation": "c\(n)", "text": "hello", "policy": policy]))
            #expect(first["conversation"] as? String == "c\(n)")
            #expect((first["options"] as? [[String: Any]])?.first?["key"] as? String == "yes")
        }
        var routes: [String: [String: Any]] = [:]
        for answer in Scripted.answers(tried: 1) {
            for n in policies.indices {
                let reply = try #require(client.request(["conversation": "c\(n)", "text": answer]))
                #expect(reply["conversation"] as? String == "c\(n)")
                if let route = reply["route"] as? [String: Any] { routes["c\(n)"] = route }
            }
        }
        #expect(routes["c0"]?["policy"] as? String == "torbay")
        #expect((routes["c0"]?["stage"] as? [String: Any])?["label"] as? String == "Stage Two – Manager to Manager")
        #expect((routes["c1"]?["stage"] as? [String: Any])?["label"] as? String == "Stage 2")
        // Shropshire's "Stage 2 within 4 working days", from the day Stage 1 ended (answered "today").
        #expect(routes["c1"]?["deadline"] as? String == "2026-11-27")
        #expect(routes["c2"]?["deadline"] is NSNull)
        let status = try #require(client.request(["command": "status"])?["status"] as? [String: Any])
        #expect(status["conversations"] as? Int == 3)
        let ended = try #require(client.request(["conversation": "c0", "command": "end"]))
        #expect(ended["done"] as? Bool == true)
    }

    @Test("200 concurrent conversations each reach their own correct route") func twoHundredConversations() throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet"])
        defer { server.stop(); server.folder.remove() }
        let policies = ["torbay", "shropshire", "isle-of-man", "bcssp"]
        let expected = ["torbay": ["Stage One – Professional to Professional", "Stage Two – Manager to Manager", "Stage Three – Senior Manager to Senior Manager"],
                        "shropshire": ["Stage 1", "Stage 2", "Stage 3"],
                        "isle-of-man": ["Stage One: Direct Professional to Professional Discussion", "Stage Two: Direct First Line Manager to First Line Manager Discussion", "Stage Three: Senior Manager to Senior Management Discussion"],
                        "bcssp": ["Stage 1", "Stage 2", "Stage 3"]]
        let failures = Failures()
        let socket = server.socket
        // 20 connections, each carrying 10 conversations interleaved, all at once.
        DispatchQueue.concurrentPerform(iterations: 20) { connection in
            guard let client = try? SocketClient(socket) else { failures.add("connect \(connection)"); return }
            defer { client.close() }
            let ids = (0..<10).map { "conn\(connection)-\($0)" }
            for (n, id) in ids.enumerated() {
                _ = client.request(["conversation": id, "text": "hi", "policy": policies[(connection + n) % policies.count]])
            }
            var labels: [String: String] = [:]
            for step in 0..<10 {
                for (n, id) in ids.enumerated() {
                    let answer = Scripted.answers(tried: n % 3)[step]
                    guard let reply = client.request(["conversation": id, "text": answer]), reply["conversation"] as? String == id else {
                        failures.add("\(id) step \(step)"); return
                    }
                    if let stage = (reply["route"] as? [String: Any])?["stage"] as? [String: Any] { labels[id] = stage["label"] as? String }
                }
            }
            for (n, id) in ids.enumerated() {
                let policy = policies[(connection + n) % policies.count]
                if labels[id] != expected[policy]?[n % 3] { failures.add("\(id): \(labels[id] ?? "no route")") }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all.prefix(5))")
    }

    @Test("bad input gets an error reply and the connection and other conversations carry on") func badInput() throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--max-line", "1000"])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        _ = client.request(["conversation": "keep", "text": "hi", "policy": "torbay"])
        client.send(Array(repeating: UInt8(ascii: "x"), count: 200_000) + [0x0A])
        #expect((client.reply()?["error"] as? [String: Any])?["code"] as? String == "line-too-long")
        // A line of exactly --max-line bytes is taken however it ends; one byte over is not (an outside attack test:
        // the "\r" of CRLF had counted). Padded with spaces, so each is valid JSON of its length.
        let request = Array(#"{"conversation": "keep", "command": "record"}"#.utf8)
        let atLimit = request + Array(repeating: UInt8(ascii: " "), count: 1000 - request.count)
        for ending in [[0x0A], [0x0D, 0x0A]] as [[UInt8]] {
            client.send(atLimit + ending)
            #expect((client.reply()?["error"] as? [String: Any])?["code"] as? String != "line-too-long", "ending \(ending)")
            client.send(atLimit + [UInt8(ascii: " ")] + ending)
            #expect((client.reply()?["error"] as? [String: Any])?["code"] as? String == "line-too-long", "ending \(ending)")
        }
        client.send([0x00, 0xFF, 0xFE, 0x01, 0x80, 0x0A])
        #expect((client.reply()?["error"] as? [String: Any])?["code"] as? String == "invalid-json")
        client.send("{\"conversation\": \"keep\", \"text\": ")
        #expect((client.reply()?["error"] as? [String: Any])?["code"] as? String == "invalid-json")
        #expect((client.request(["conversation": "keep", "command": "dance"])?["error"] as? [String: Any])?["code"] as? String == "unknown-command")
        // A misspelt server command, with no conversation, is an unknown command (an outside attack test, round 2).
        #expect((client.request(["command": "helth"])?["error"] as? [String: Any])?["code"] as? String == "unknown-command")
        #expect((client.request(["conversation": 7, "text": "x"])?["error"] as? [String: Any])?["code"] as? String == "invalid-request")
        // Numbers no integer holds: each once trapped the whole server.
        for turn in ["1e19", "18446744073709551616", "1e300", "-1", "2.5", "\"3\""] {
            client.send("{\"conversation\": \"keep\", \"text\": \"3\", \"turn\": \(turn)}")
            let error = client.reply()?["error"] as? [String: Any]
            #expect(error?["code"] as? String == "invalid-request", "turn \(turn)")
            #expect((error?["message"] as? String)?.contains("from 0 to 9007199254740991") == true, "turn \(turn)")
        }
        let still = try #require(client.request(["conversation": "keep", "text": "3"]))
        #expect((still["replies"] as? [String])?.first?.hasPrefix("Is the disagreement about a child or an adult?") == true)
    }

    @Test("a client that disconnects mid-turn does not disturb anyone else") func disconnectMidTurn() throws {
        let server = try ServerProcess(["--policy", "torbay"])
        defer { server.stop(); server.folder.remove() }
        for _ in 0..<20 {
            let quitter = try SocketClient(server.socket)
            quitter.send("3")
            quitter.close()
        }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        #expect(client.turn() != nil)
        client.send("3")
        #expect(client.turn()?.first == "Is the disagreement about a child or an adult?")
    }

    @Test("kill -9 and a restart with the state dir resume every conversation at the same question") func resumesAfterKill() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let state = folder.path + "/state"
        var server: ServerProcess? = try ServerProcess(["--protocol", "jsonl", "--state-dir", state], folder: folder)
        let client = try SocketClient(server!.socket)
        var lastQuestion: [String: String] = [:]
        for n in 0..<30 {
            _ = client.request(["conversation": "r\(n)", "text": "hi", "policy": "torbay"])
            for answer in Scripted.answers(tried: 0).prefix(n % 7) {
                let reply = client.request(["conversation": "r\(n)", "text": answer])
                lastQuestion["r\(n)"] = (reply?["replies"] as? [String])?.last
            }
        }
        client.close()
        server!.stop(signal: SIGKILL)
        server = nil
        // The socket file survives a kill -9; the new server must replace it as stale.
        let restarted = try ServerProcess(["--protocol", "jsonl", "--state-dir", state], folder: folder)
        defer { restarted.stop() }
        let again = try SocketClient(restarted.socket)
        defer { again.close() }
        for n in 1..<30 where n % 7 > 0 {
            // Asking for status of the conversation: a command word re-asks the current question.
            let reply = try #require(again.request(["conversation": "r\(n)", "text": "status"]))
            #expect((reply["replies"] as? [String])?.last == lastQuestion["r\(n)"], "r\(n)")
        }
    }

    @Test("the journal is written ahead in zeros, and turns after each restart follow the last good record") func journalWrittenAhead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let state = folder.path + "/state"
        let answers = Scripted.answers(tried: 0)
        var lastQuestion: String?
        for restart in 0..<3 {
            let server = try ServerProcess(["--protocol", "jsonl", "--state-dir", state], folder: folder)
            let client = try SocketClient(server.socket)
            if restart == 0 { _ = client.request(["conversation": "a", "text": "hi", "policy": "torbay"]) }
            let now = try #require(client.request(["conversation": "a", "text": "status"]))
            if let lastQuestion { #expect((now["replies"] as? [String])?.last == lastQuestion, "restart \(restart)") }
            for answer in answers[(restart * 2)..<(restart * 2 + 2)] {
                lastQuestion = (client.request(["conversation": "a", "text": answer])?["replies"] as? [String])?.last
            }
            client.close()
            server.stop(signal: SIGKILL)
            let journals = try FileManager.default.contentsOfDirectory(atPath: state).filter { $0.hasPrefix("journal-") }
            let size = try #require(FileManager.default.attributesOfItem(atPath: state + "/" + journals[0])[.size] as? Int)
            #expect(size == 1 << 20, "records are a few kilobytes; the rest is written ahead")
        }
    }

    /// A chat review (round 9, 2026-11-30) closed its side of a line connection mid-way and heard nothing, where the
    /// terminal says input ended and, with risk answered, what to do if someone is in danger.
    @Test("line protocol: input ended mid-way is said, with the 999 line after a risk answer; nothing after a route")
    func lineInputEnded() throws {
        let server = try ServerProcess(["--policy", "torbay"])
        defer { server.stop(); server.folder.remove() }
        func halfClosed(after answers: [String]) throws -> [String] {
            let client = try SocketClient(server.socket)
            defer { client.close() }
            _ = try #require(client.turn())
            for answer in answers {
                client.send(answer)
                _ = try #require(client.turn())
            }
            shutdown(client.fd, Int32(SHUT_WR))
            var lines: [String] = []
            while let line = client.line(seconds: 5) { lines.append(line) }
            return lines
        }
        let significant = try halfClosed(after: ["significant"])
        #expect(significant.first == "Input ended before a route was given.")
        #expect(significant.contains("If anyone is in danger now, call 999 (the national emergency number; not part of any policy)."))
        #expect(significant.contains("Your conversation is kept: connect again and type resume and your code to carry on."))
        let none = try halfClosed(after: ["3"])
        #expect(none.first == "Input ended before a route was given.")
        #expect(!none.contains { $0.contains("999") })
        let silent = try halfClosed(after: [])
        #expect(silent.isEmpty, "nothing answered, nothing to resume: nothing said: \(silent)")
        #expect(try halfClosed(after: Scripted.answers(tried: 2)).isEmpty, "a route was given: nothing more to say")
    }

    @Test("line protocol: a resume code carries a conversation across connections and restarts") func lineResume() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let state = folder.path + "/state"
        var server: ServerProcess? = try ServerProcess(["--policy", "torbay", "--state-dir", state], folder: folder)
        let first = try SocketClient(server!.socket)
        let greeting = try #require(first.turn())
        let code = try #require(greeting.first { $0.hasPrefix("Your resume code is ") }.map { String($0.dropFirst(20).prefix { $0 != "." }) })
        #expect(code.count == 34, "28 characters of base 32, 140 bits, in groups of four: \(code)")
        first.send("3")
        _ = first.turn()
        first.close()
        server!.stop(signal: SIGKILL)
        server = nil
        let restarted = try ServerProcess(["--policy", "torbay", "--state-dir", state], folder: folder)
        defer { restarted.stop() }
        let second = try SocketClient(restarted.socket)
        defer { second.close() }
        _ = second.turn()
        second.send("resume \(code)")
        #expect(second.turn()?.last == "  2. An adult")
    }

    /// A chat review (round 6, 2026-11-30): resumed on a second connection while the first was still open, both drove
    /// one conversation, and an answer typed on one landed on the question the other had been asked.
    @Test("line protocol: a conversation resumed elsewhere tells the old connection and closes it") func resumeTakesOver() throws {
        let server = try ServerProcess(["--policy", "torbay"])
        defer { server.stop(); server.folder.remove() }
        let first = try SocketClient(server.socket)
        defer { first.close() }
        let greeting = try #require(first.turn())
        let code = try #require(greeting.first { $0.hasPrefix("Your resume code is ") }.map { String($0.dropFirst(20).prefix { $0 != "." }) })
        first.send("3")
        _ = first.turn()
        let second = try SocketClient(server.socket)
        defer { second.close() }
        _ = second.turn()
        second.send("resume \(code)")
        #expect(second.turn()?.last == "  2. An adult")
        let told = first.turn() ?? []
        #expect(told.contains { $0.hasPrefix("This conversation was resumed on another connection") }, "\(told)")
        #expect(first.turn() == nil, "the old connection is closed")
        second.send("1")
        #expect(second.turn()?.contains { $0.hasPrefix("Who is the disagreement with?") } == true)
    }

    @Test("the socket is created 0600, or as --socket-mode widens it") func socketMode() throws {
        let server = try ServerProcess()
        #expect(try server.folder.mode(of: "s.sock") == 0o600)
        server.stop()
        server.folder.remove()
        let group = try ServerProcess(["--socket-mode", "660"])
        #expect(try group.folder.mode(of: "s.sock") == 0o660)
        group.stop()
        group.folder.remove()
    }

    @Test("a live socket makes a second server fail clearly; a stale one is replaced") func staleAndLiveSockets() throws {
        let server = try ServerProcess()
        defer { server.folder.remove() }
        let second = try Executable.run(["serve", "--socket", server.socket], seconds: 10)
        #expect(second.status == 1)
        #expect(second.errors.contains("another server is already answering on this socket"))
        server.stop(signal: SIGKILL)
        #expect(FileManager.default.fileExists(atPath: server.socket))
        let replacement = try ServerProcess([], folder: server.folder)
        replacement.stop()
        let regular = server.folder.path + "/plain"
        #expect(FileManager.default.createFile(atPath: regular, contents: Data("x".utf8)))
        let refused = try Executable.run(["serve", "--socket", regular], seconds: 10)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("exists and is not a socket"))
    }

    @Test("SIGTERM removes the socket file and leaves state durable") func gracefulShutdown() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try ServerProcess(["--protocol", "jsonl", "--state-dir", folder.path + "/state"], folder: folder)
        let client = try SocketClient(server.socket)
        _ = client.request(["conversation": "jane-quixote", "text": "hi", "policy": "torbay"])
        _ = client.request(["conversation": "jane-quixote", "text": "no"])
        #expect(server.stop() == 0)
        client.close()
        #expect(!FileManager.default.fileExists(atPath: server.socket))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/state").sorted()
        // The journal before the first snapshot is kept beside it, so a damaged snapshot can be rebuilt.
        #expect(files == ["journal-00000000.log", "journal-00000001.log", "key", "key-check", "lock", "snapshot-00000001.log"], "\(files)")
        #expect(try folder.mode(of: "state/key") == 0o600)
        let snapshot = try #require(files.last)
        #expect(try folder.mode(of: "state/" + snapshot) == 0o600)
        // The id a bridge chose is kept only as a keyed hash: a name in it is not on disk.
        let saved = try String(contentsOfFile: folder.path + "/state/" + snapshot, encoding: .isoLatin1)
        #expect(saved.contains("\"key\": \"j:") && !saved.lowercased().contains("quixote"))
        #expect(server.log.contains("\"event\": \"stopped\""))
    }

    @Test("every stopping signal, SIGHUP included, stops cleanly: exit 0, socket file gone, every acknowledged turn on disk",
          arguments: [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2])
    func stoppingSignals(_ signal: Int32) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let state = folder.path + "/state"
        let server = try ServerProcess(["--protocol", "jsonl", "--state-dir", state], folder: folder)
        let client = try SocketClient(server.socket)
        _ = client.request(["conversation": "s", "text": "hi", "policy": "torbay", "turn": 0])
        let acknowledged = try #require(client.request(["conversation": "s", "text": "no", "turn": 1]))
        #expect(server.stop(signal: signal) == 0)
        client.close()
        #expect(!FileManager.default.fileExists(atPath: server.socket))
        #expect(server.log.contains("\"signal\": \"\(Signals.name(signal))\""), "\(server.log)")
        let again = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", state], folder: folder)
        defer { again.stop() }
        let check = try SocketClient(again.socket)
        defer { check.close() }
        // A resend of an acknowledged turn gets the reply it was sent: the turn was on disk.
        let replayed = try #require(check.request(["conversation": "s", "text": "no", "turn": 1]))
        #expect(replayed["turn"] as? Int == 1)
        #expect(replayed["replies"] as? [String] == acknowledged["replies"] as? [String])
    }

    @Test("a state dir from before snapshots, one file per conversation, is carried on and then replaced") func legacyStateDir() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let sessions = folder.path + "/state/sessions"
        try FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
        let key = "jsonl:old"
        let name = key.utf8.map { String(format: "%02x", $0) }.joined() + ".json"
        let saved = #"{"key": "jsonl:old", "session": {"policyID": "torbay", "policyFixed": true, "step": "subject", "intake": {"risk": "none"}, "started": {"day": "2026-11-23", "minute": 600}, "turns": 2}}"#
        #expect(FileManager.default.createFile(atPath: sessions + "/" + name, contents: Data(saved.utf8)))
        let fresh = try ServerProcess(["--protocol", "jsonl"])
        defer { fresh.stop(); fresh.folder.remove() }
        let asNew = try SocketClient(fresh.socket)
        defer { asNew.close() }
        _ = asNew.request(["conversation": "new", "text": "hi", "policy": "torbay"])
        let expected = try #require(asNew.request(["conversation": "new", "text": "3"])?["replies"] as? [String])

        for restart in 0..<2 {
            let server = try ServerProcess(["--protocol", "jsonl", "--state-dir", folder.path + "/state"], folder: folder)
            let client = try SocketClient(server.socket)
            let resumed = try #require(client.request(["conversation": "old", "text": "status", "turn": 2 + restart]))
            #expect((resumed["replies"] as? [String])?.last == expected.last, "restart \(restart)")
            client.close()
            #expect(server.stop() == 0)
        }
        #expect(!FileManager.default.fileExists(atPath: sessions))
    }

    /// Whether the hard descriptor limit is above 1,024, so a soft limit of 1,024 can be raised.
    static var hardLimitAbove1024: Bool {
        var limit = rlimit()
        return getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 && limit.rlim_max > 1_100
    }

    @Test("under a soft descriptor limit of 1,024 the connection cap is worked out after raising it, so the default 1,024 holds",
          .enabled(if: hardLimitAbove1024)) func connectionCapAfterRaisingLimit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let socket = folder.path + "/s.sock"
        let process = Process()
        let errors = Pipe()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"ulimit -Sn 1024 && exec "$0" serve --socket "$1""#, Executable.url.path, socket]
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while (try? SocketClient(socket))?.close() == nil, Date() < deadline, process.isRunning { usleep(20_000) }
        process.terminate()
        process.waitUntilExit()
        let log = String(decoding: (try? errors.fileHandleForReading.readToEnd()) ?? Data(), as: UTF8.self)
        #expect(log.contains(#""maxConnections": 1024"#), "\(log)")
    }

    @Test("a peer whose uid is not allowed is refused before any reply") func refusedUID() throws {
        let server = try ServerProcess(["--allow-uid", "\(getuid() &+ 4242)"])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        #expect(client.line(seconds: 5) == nil)
        server.stop()
        #expect(server.log.contains("\"event\": \"refused\""))
    }

    @Test("no typed detail reaches the disk: not in the journal, the snapshot or the record, nor a name in the bridge's id", arguments: [SIGKILL, SIGTERM])
    func nothingTypedOnDisk(_ stop: Int32) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", folder.path + "/state", "--record-dir", folder.path + "/records"],
                                       folder: folder)
        let client = try SocketClient(server.socket)
        let id = "teams-jane-quixote"
        _ = client.request(["conversation": id, "text": "hi", "policy": "torbay"])
        var answers = Scripted.answers(tried: 0)
        answers[4] = "jane quixote aged 11 lives at acacia road, dob 3/4/15, phone 07700 900123: csc closed the case"
        for answer in answers { _ = client.request(["conversation": id, "text": answer]) }
        client.close()
        server.stop(signal: stop)
        var checked = 0
        for sub in ["state", "records"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path + "/" + sub) {
                let text = try String(decoding: Data(contentsOf: URL(fileURLWithPath: folder.path + "/\(sub)/\(name)")), as: UTF8.self).lowercased()
                for detail in ["jane", "quixote", "acacia", "3/4/15", "07700"] { #expect(!text.contains(detail), "\(detail) in \(sub)/\(name)") }
                checked += 1
            }
        }
        #expect(checked >= 3)
    }

    @Test("the log records events, never what was typed") func logHoldsNoText() throws {
        let server = try ServerProcess(["--protocol", "jsonl"])
        let client = try SocketClient(server.socket)
        _ = client.request(["conversation": "secret-id", "text": "hi", "policy": "torbay"])
        _ = client.request(["conversation": "secret-id", "text": "Zebediah Quince was hurt"])
        client.close()
        server.stop()
        server.folder.remove()
        let log = server.log
        #expect(log.contains("\"event\": \"conversation-start\""))
        #expect(!log.contains("Zebediah") && !log.contains("secret-id"))
    }
}

/// Failures gathered from many threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}

@Suite("Training over the socket", .serialized)
struct ServerTrainingTests {
    @Test("a practice round runs over jsonl, every reply carrying the training banner") func jsonlTraining() throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--policy", "isle-of-man"])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        _ = client.request(["conversation": "t", "text": "hi"])
        var reply = try #require(client.request(["conversation": "t", "text": "train"]))
        #expect((reply["replies"] as? [String])?.first?.hasPrefix("[TRAINING - not a live case]") == true)
        var answered = 0
        while answered < 60, let replies = reply["replies"] as? [String], !replies.contains(where: { $0.contains("Round complete") }) {
            reply = try #require(client.request(["conversation": "t", "text": "1"]))
            #expect((reply["replies"] as? [String])?.first?.hasPrefix("[TRAINING - not a live case]") == true)
            answered += 1
        }
        #expect((reply["replies"] as? [String])?.contains { $0.contains("Round complete") } == true)
        #expect(answered >= 8 * 3)
    }

    @Test("practice turns are marked for bridges, and quitting the round goes back to the live case") func jsonlTrainingMarked() throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--policy", "torbay"])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        _ = client.request(["conversation": "m", "text": "hi"])
        let live = try #require(client.request(["conversation": "m", "text": "3"]))
        #expect(live["training"] as? Bool == false)
        let practice = try #require(client.request(["conversation": "m", "text": "train"]))
        #expect(practice["training"] as? Bool == true && practice["state"] as? String == "asking")
        let back = try #require(client.request(["conversation": "m", "text": "quit"]))
        #expect(back["training"] as? Bool == false && back["state"] as? String == "asking" && back["done"] as? Bool == false)
        #expect((back["replies"] as? [String])?.last == (live["replies"] as? [String])?.last)
    }

    @Test("a practice round runs over the line protocol") func lineTraining() throws {
        let server = try ServerProcess(["--quiet", "--policy", "torbay"])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        _ = client.turn()
        client.send("train")
        let opening = try #require(client.turn())
        #expect(opening.first == "[TRAINING - not a live case]")
        #expect(opening.contains("Case 1 of 9: Referral closed with no further action"))
        client.send("2")
        #expect(client.turn()?.contains("Correct.") == true)
    }
}

@Suite("Server housekeeping", .serialized)
struct ServerHousekeepingTests {
    @Test("idle conversations expire, and finished ones go after the retention time") func expiry() throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--idle-timeout", "1s", "--retention", "1s"])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        _ = client.request(["conversation": "idle", "text": "hi", "policy": "torbay"])
        _ = client.request(["conversation": "ended", "text": "hi", "policy": "torbay"])
        _ = client.request(["conversation": "ended", "command": "end"])
        #expect((client.request(["command": "status"])?["status"] as? [String: Any])?["conversations"] as? Int == 2)
        usleep(2_600_000)
        #expect((client.request(["command": "status"])?["status"] as? [String: Any])?["conversations"] as? Int == 0)
        server.stop()
        #expect(server.log.contains("\"event\": \"conversations-expired\""))
    }

    @Test("with --record-dir, a conversation's record is saved 0600 when its route is given") func records() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let recorded = try ServerProcess(["--protocol", "jsonl", "--quiet", "--record-dir", folder.path + "/records"], folder: folder)
        defer { recorded.stop() }
        let client = try SocketClient(recorded.socket)
        defer { client.close() }
        _ = client.request(["conversation": "r", "text": "hi", "policy": "torbay"])
        for answer in Scripted.answers(tried: 0) { _ = client.request(["conversation": "r", "text": answer]) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/records")
        try #require(names.count == 1)
        #expect(try folder.mode(of: "records/" + names[0]) == 0o600)
        let record = try #require(client.request(["conversation": "r", "command": "record"])?["record"] as? [String: Any])
        #expect((record["route"] as? [String: Any])?["outcome"] as? String == "stage")
    }

    /// An outside review (2026-11-30): a second case after `restart` replaced the first case's record, and a
    /// conversation resumed after the server restarted was saved to a second file.
    @Test("each case keeps its own record, saved to the same file however often and across a server restart") func recordPerCase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let arguments = ["--protocol", "jsonl", "--quiet", "--state-dir", folder.path + "/state", "--record-dir", folder.path + "/records"]
        let first = try ServerProcess(arguments, folder: folder)
        let client = try SocketClient(first.socket)
        _ = client.request(["conversation": "r", "text": "hi", "policy": "torbay"])
        for answer in Scripted.answers(tried: 0) { _ = client.request(["conversation": "r", "text": answer]) }
        _ = client.request(["conversation": "r", "command": "record"])
        let afterFirst = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/records")
        #expect(afterFirst.count == 1)
        _ = client.request(["conversation": "r", "command": "restart"])
        for answer in Scripted.answers(tried: 1) { _ = client.request(["conversation": "r", "text": answer]) }
        let afterSecond = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/records")
        #expect(afterSecond.count == 2, "\(afterSecond)")
        client.close()
        _ = first.stop(signal: SIGTERM)
        let second = try ServerProcess(arguments, folder: folder)
        defer { second.stop() }
        let again = try SocketClient(second.socket)
        defer { again.close() }
        _ = again.request(["conversation": "r", "command": "record"])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/records")) == Set(afterSecond))
    }
}
