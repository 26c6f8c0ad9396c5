import Foundation
import Testing
@testable import IntakeBot
import EscalationRules

/// What a start and a refused turn report, and what a request may hold: findings an outside attack test (2026-11-30)
/// left open for a later session. Each test fails without its fix.
@Suite("What recovery and refusals report", .serialized)
struct RecoveryReportTests {
    static func state(_ folder: TemporaryFolder) -> String { folder.path + "/state" }

    /// A state dir holding `count` conversations, one turn each, after a clean stop.
    static func conversations(_ count: Int, in folder: TemporaryFolder) throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", state(folder)], folder: folder)
        let client = try SocketClient(server.socket)
        for c in 0..<count { _ = client.request(FaultTests.request("k\(c)", turn: 0)) }
        client.close()
        server.stop()
    }

    @Test("a key replaced on its own is refused at start, not reported as every conversation restored") func replacedKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.conversations(3, in: folder)
        let keyPath = Self.state(folder) + "/key"
        let original = try Data(contentsOf: URL(fileURLWithPath: keyPath))
        var check = stat()
        #expect(stat(Self.state(folder) + "/key-check", &check) == 0 && check.st_mode & 0o777 == 0o600)
        try Data((0..<32).map { _ in UInt8.random(in: 0...255) }).write(to: URL(fileURLWithPath: keyPath))
        let refused = try Executable.run(["serve", "--protocol", "jsonl", "--socket", folder.path + "/r.sock", "--state-dir", Self.state(folder)], seconds: 10)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("is not the one its 3 conversations were stored under"), "\(refused.errors)")
        // The right key back: every conversation carries on.
        try original.write(to: URL(fileURLWithPath: keyPath))
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", Self.state(folder)], folder: folder)
        defer { server.stop() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        for c in 0..<3 { #expect(DurabilityTests.errorCode(client.request(FaultTests.request("k\(c)", turn: 1))) == nil) }
    }

    @Test("a state dir from before the key check gets one, and starts") func keyCheckAdded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.conversations(2, in: folder)
        try FileManager.default.removeItem(atPath: Self.state(folder) + "/key-check")
        try Self.conversations(0, in: folder)
        #expect(FileManager.default.fileExists(atPath: Self.state(folder) + "/key-check"))
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", Self.state(folder)], folder: folder)
        defer { server.stop() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        #expect(DurabilityTests.errorCode(client.request(FaultTests.request("k1", turn: 1))) == nil)
    }

    @Test("a snapshot record that does not decode is one conversation lost, counted once") func undecodableCountedOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.conversations(3, in: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.state(folder)).sorted()
        let snapshot = try #require(names.last { $0.hasPrefix("snapshot-") })
        let path = Self.state(folder) + "/" + snapshot
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let frames = Journal.Frames(bytes)
        try #require(frames.payloads.count == 4)
        // The second conversation's record, its checksum whole, holding no conversation.
        var writer = JSONWriter(capacity: 4096)
        for (index, payload) in frames.payloads.enumerated() {
            Journal.appendFrame(to: &writer) { $0.raw(index == 2 ? Array("{\"key\": 7}".utf8) : Array(bytes[payload])) }
        }
        try Data(writer.finish()).write(to: URL(fileURLWithPath: path))
        let server = try ServerProcess(["--protocol", "jsonl", "--state-dir", Self.state(folder)], folder: folder)
        server.stop()
        let log = server.log
        #expect(DamageTests.status(log, "conversations") == 2, "\(log)")
        #expect(DamageTests.status(log, "conversationsLost") == 1, "\(log)")
    }

    @Test("turns refused for want of disk are not counted in health, and the starts they made are taken back in the log")
    func refusedTurnsNotCounted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let storage = FaultyStorage()
        let server = try InProcessServer(folder: folder, storage: storage)
        let client = try SocketClient(server.socket)
        defer { client.close() }
        _ = try #require(client.request(FaultTests.request("kept", turn: 0)))
        // The journal's zeros written ahead take some turns before the disk is found full.
        storage.full = true
        var accepted = 1, refused = 0
        for c in 0..<2000 where refused < 5 {
            if DurabilityTests.errorCode(client.request(FaultTests.request("new\(c)", turn: 0))) == "storage-unavailable" { refused += 1 } else { accepted += 1 }
        }
        try #require(refused == 5, "the disk filled within 2,000 starts")
        let health = try #require(client.request(["command": "health"])?["health"] as? [String: Any])
        #expect(health["turns"] as? Int == accepted, "\(health)")
        #expect(health["conversations"] as? Int == accepted)
        storage.full = false
        server.stop()
        let withdrawn = server.log.all.split(separator: "\n").filter { $0.contains("\"event\": \"storage-unavailable\"") }
            .compactMap { line in line.range(of: "\"conversationsWithdrawn\": ").map { Int(line[$0.upperBound...].prefix { $0.isNumber }) ?? 0 } }
        #expect(withdrawn.reduce(0, +) == 5, "\(server.log.all)")
    }

    @Test("a request's JSON: a huge number in a member nobody reads is ignored; a wrong type or a name given twice is invalid-request")
    func requestEdges() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet"], folder: folder)
        defer { server.stop() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        func code(_ line: String) -> String? {
            client.send(line)
            return client.reply().flatMap { ($0["error"] as? [String: Any])?["code"] as? String }
        }
        #expect(code(#"{"conversation":"n1","text":"hi","extra":1e400}"#) == nil)
        #expect(code(#"{"conversation":"n2","text":"hi","extra":"# + String(repeating: "1", count: 400) + "}") == nil)
        #expect(code(#"{"conversation":"n3","text":"hi","turn":1e400}"#) == "invalid-request")
        #expect(code(#"{"conversation":"p1","text":"hi","policy":1}"#) == "invalid-request")
        #expect(code(#"{"conversation":"p2","text":"hi","policy":["torbay"]}"#) == "invalid-request")
        #expect(code(#"{"conversation":"first","conversation":"last","text":"hi"}"#) == "invalid-request")
        #expect(code(#"{"conversation":"x\ud800","text":"hi"}"#) == "invalid-json")
        #expect(code(#"{"conversation":"x\ud83d\ude00","text":"hi"}"#) == nil, "a whole pair is a character")
    }

    /// An outside attack test, round 3 (2026-12-01): 40,000 members held every client for seconds while names were compared
    /// pair by pair; `{"text": "yes", "command": "end"}` ended the conversation; messages repeated the id, policy and
    /// command sent, which a bridge logs.
    @Test("a request with too many members, or both text and a command, is invalid; no error message repeats what was sent")
    func requestsRefusedWithoutEcho() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--max-line", "1048576"], folder: folder)
        defer { server.stop() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        func error(_ line: String) -> [String: Any]? {
            client.send(line)
            return client.reply()?["error"] as? [String: Any]
        }
        let many = (0..<40_000).map { "\"k\($0)\":1" }.joined(separator: ",")
        let started = Date()
        #expect(error(#"{"conversation":"m","text":"hi","# + many + "}")?["code"] as? String == "invalid-request")
        #expect(Date().timeIntervalSince(started) < 2, "refused at once")
        #expect(error(#"{"conversation":"m","text":"hi","k":1,"k":2}"#)?["message"] as? String == "A member is given twice in one request.")
        #expect(error(#"{"conversation":"b","text":"hi"}"#) == nil)
        #expect(error(#"{"conversation":"b","text":"yes","command":"end"}"#)?["code"] as? String == "invalid-request")
        #expect(error(#"{"conversation":"b","text":"no","turn":1}"#) == nil, "the conversation goes on")
        for line in [#"{"conversation":"Jane-Smith-9434765919","command":"record"}"#, #"{"conversation":"Jane-Smith-9434765919","command":"end"}"#,
                     #"{"conversation":"c","text":"hi","policy":"Jane Smith 12 Acacia Ave"}"#, #"{"conversation":"c","command":"Jane Smith DOB 1/2/2019"}"#] {
            let message = error(line)?["message"] as? String ?? ""
            #expect(!message.isEmpty && !message.contains("Jane") && !message.contains("943") && !message.contains("Acacia"), "\(message)")
        }
    }
}

@Suite("JSON numbers and escapes")
struct JSONEdgeTests {
    @Test("a number too large for a double is JSON, held as the largest finite one") func hugeNumber() throws {
        #expect(try JSONValue.parse("1e400") == .number(.greatestFiniteMagnitude))
        #expect(try JSONValue.parse("-" + String(repeating: "9", count: 400)) == .number(-.greatestFiniteMagnitude))
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse("1.2.3") }
    }

    @Test("half a surrogate pair is refused, a whole pair read", arguments: [#""\ud800""#, #""\udc00""#, #""\ud800x""#, #""\ud800\u0041""#])
    func halfPair(_ text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(text) }
    }

    @Test("a whole surrogate pair is one character") func wholePair() throws {
        #expect(try JSONValue.parse(#""\ud83d\ude00""#) == .string("\u{1F600}"))
    }
}

extension RecoveryReportTests {
    @Test("the newest journal emptied after a kill -9 is damage, told, not a quiet loss") func emptiedJournal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A clean stop leaves a snapshot and a new journal after it; the turns after the restart are in that journal only.
        try Self.conversations(3, in: folder)
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", Self.state(folder)], folder: folder)
        let client = try SocketClient(server.socket)
        for c in 0..<30 { for turn in 0..<3 { _ = client.request(FaultTests.request("e\(c)", turn: turn)) } }
        client.close()
        server.stop(signal: SIGKILL)
        let newest = try #require(DamageTests.names(folder).last { $0.hasPrefix("journal-") })
        let path = Self.state(folder) + "/" + newest
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count > 40, "the newest journal holds turns")
        #expect(truncate(path, 0) == 0)
        let restarted = try ServerProcess(["--protocol", "jsonl", "--state-dir", Self.state(folder)], folder: folder)
        restarted.stop()
        let log = restarted.log
        #expect(log.contains("\"file\": \"\(newest)\"") && log.contains("is empty, though it was made with a header"), "\(log)")
        #expect(DamageTests.names(folder, "state/damaged").contains { $0.hasPrefix(newest + ".") })
    }

    @Test("a journal with no turn yet, after a clean stop or a kill -9, is no damage") func emptyJournalIsNoDamage() throws {
        for signal in [SIGTERM, SIGKILL] {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            try Self.conversations(2, in: folder)
            let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", Self.state(folder)], folder: folder)
            server.stop(signal: signal)
            let restarted = try ServerProcess(["--protocol", "jsonl", "--state-dir", Self.state(folder)], folder: folder)
            restarted.stop()
            let log = restarted.log
            #expect(!log.contains("state-damaged") && !log.contains("state-recovered"), "\(log)")
            #expect(log.contains("\"event\": \"listening\"") && log.contains("\"conversations\": 2"), "\(log)")
        }
    }

    @Test("a state dir from before journal headers, its newest journal empty, opens with no damage") func headerlessJournal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let state = Self.state(folder)
        #expect(mkdir(state, 0o700) == 0)
        // A snapshot as written before journals had headers: no "journalHeaders" in its header.
        let snapshot = JSONWriter.bytes { writer in
            Journal.appendFrame(to: &writer) { $0.raw(Array(#"{"snapshot": 1, "conversations": 0}"#.utf8)) }
        }
        try Data(snapshot).write(to: URL(fileURLWithPath: state + "/snapshot-00000001.log"))
        try Data().write(to: URL(fileURLWithPath: state + "/journal-00000001.log"))
        let journal = try Journal(directory: state)
        #expect(journal.recovery.damage.isEmpty, "\(journal.recovery.damage)")
        journal.finish()
    }
}

/// Losses a start could not count are said to be uncounted, not reported as none (an outside attack test, round 3,
/// 2026-12-01: findings 2 and 6).
extension RecoveryReportTests {
    /// A state dir holding `count` conversations of three turns each, left by a kill -9 before any compaction: every turn is
    /// in `journal-00000000.log` only. Returns that journal's path.
    static func killedBeforeSnapshot(_ count: Int, in folder: TemporaryFolder) throws -> String {
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", state(folder)], folder: folder)
        let client = try SocketClient(server.socket)
        for c in 0..<count { for turn in 0..<3 { _ = client.request(FaultTests.request("f\(c)", turn: turn)) } }
        client.close()
        server.stop(signal: SIGKILL)
        #expect(DamageTests.names(folder) == ["journal-00000000.log", "key", "key-check", "lock"], "\(DamageTests.names(folder))")
        return state(folder) + "/journal-00000000.log"
    }

    /// The `recovery` a restarted server reports in `health`, and how many of `count` conversations carry on at turn 3.
    static func restart(_ folder: TemporaryFolder, count: Int) throws -> (recovery: [String: Any], kept: Int, log: String) {
        let server = try ServerProcess(["--protocol", "jsonl", "--state-dir", state(folder)], folder: folder)
        let client = try SocketClient(server.socket)
        let health = try #require(client.request(["command": "health"])?["health"] as? [String: Any])
        let kept = (0..<count).filter { DurabilityTests.errorCode(client.request(FaultTests.request("f\($0)", turn: 3))) == nil }.count
        client.close()
        server.stop()
        return (try #require(health["recovery"] as? [String: Any]), kept, server.log)
    }

    enum FirstJournalLoss: String, CaseIterable, CustomStringConvertible {
        case zeroFilled, emptied, deleted
        var description: String { rawValue }
    }

    @Test("the first journal zero-filled, emptied or deleted before any snapshot is damage, told, kept aside and not counted as nothing lost",
          arguments: FirstJournalLoss.allCases)
    func firstJournalLost(_ loss: FirstJournalLoss) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try Self.killedBeforeSnapshot(10, in: folder)
        let size = try Data(contentsOf: URL(fileURLWithPath: path)).count
        switch loss {
        case .zeroFilled: try Data(count: size).write(to: URL(fileURLWithPath: path))
        case .emptied: #expect(truncate(path, 0) == 0)
        case .deleted: try FileManager.default.removeItem(atPath: path)
        }
        let (recovery, kept, log) = try Self.restart(folder, count: 10)
        #expect(kept == 0)
        #expect(recovery["damagedFiles"] as? Int == 1, "\(recovery)")
        #expect(recovery["lostCounted"] as? Bool == false, "\(recovery)")
        let damage = try #require((recovery["damage"] as? [[String: Any]])?.first)
        #expect(damage["file"] as? String == "journal-00000000.log")
        let problem = damage["problem"] as? String ?? ""
        switch loss {
        case .zeroFilled: #expect(problem.hasPrefix("holds only zeros, though it was made with a header"), "\(problem)")
        case .emptied: #expect(problem.hasPrefix("is empty, though it was made with a header"), "\(problem)")
        case .deleted: #expect(problem.hasPrefix("is missing"), "\(problem)")
        }
        #expect(log.contains("\"event\": \"state-damaged\"") && log.contains("\"lostCounted\": false"), "\(log)")
        if loss != .deleted {
            let keptAs = try #require(DamageTests.names(folder, "state/damaged").first { $0.hasPrefix("journal-00000000.log.") })
            #expect(try Data(contentsOf: URL(fileURLWithPath: Self.state(folder) + "/damaged/" + keptAs)).count == (loss == .emptied ? 0 : size))
        }
        // Told once: the next start finds the state dir as the last one left it.
        let (again, _, _) = try Self.restart(folder, count: 0)
        #expect(again["damagedFiles"] as? Int == 0 && again["lostCounted"] as? Bool == true, "\(again)")
    }

    enum JournalDamage: String, CaseIterable, CustomStringConvertible {
        case cutInHalf, garbage
        var description: String { rawValue }
    }

    @Test("a journal cut in half or written over with garbage says its loss is uncounted, not that nothing was lost",
          arguments: JournalDamage.allCases)
    func uncountedLoss(_ damage: JournalDamage) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try Self.killedBeforeSnapshot(30, in: folder)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let used = Journal.Frames(bytes).end
        switch damage {
        case .cutInHalf: #expect(truncate(path, off_t(used / 2)) == 0)
        case .garbage:
            var random = SplitMix(seed: 11)
            try Data((0..<used).map { _ in UInt8(truncatingIfNeeded: random.next()) }).write(to: URL(fileURLWithPath: path))
        }
        let (recovery, kept, _) = try Self.restart(folder, count: 30)
        #expect(kept < 30)
        #expect(recovery["lostCounted"] as? Bool == false, "\(recovery)")
        #expect(recovery["damagedFiles"] as? Int == 1, "\(recovery)")
    }

    @Test("a state dir from before journal headers, its only journal empty, is given the header and opens with no damage, twice")
    func headerlessFirstJournal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(mkdir(Self.state(folder), 0o700) == 0)
        try Data().write(to: URL(fileURLWithPath: Self.state(folder) + "/journal-00000000.log"))
        for _ in 0..<2 {
            let server = try ServerProcess(["--protocol", "jsonl", "--state-dir", Self.state(folder)], folder: folder)
            server.stop(signal: SIGKILL)
            #expect(!server.log.contains("state-damaged"), "\(server.log)")
        }
    }

    @Test("a clean restart, and a kill -9 with the journal whole, count their loss: none") func countedLoss() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.killedBeforeSnapshot(5, in: folder)
        let (recovery, kept, _) = try Self.restart(folder, count: 5)
        #expect(kept == 5)
        #expect(recovery["lostCounted"] as? Bool == true && recovery["conversationsLost"] as? Int == 0, "\(recovery)")
        #expect(recovery["damagedFiles"] as? Int == 0)
    }
}
