import Foundation
import Testing
@testable import IntakeBot
import ConversationEngine
import EscalationRules

/// An outside attack test (2026-11-30): a second server on the same state dir, a state dir others could read, an
/// empty allow-list and durations no clock should take.
@Suite("State dir and option guards")
struct StateDirGuardTests {
    @Test("a state dir in use by another journal is refused, and free again once it is closed") func oneServerPerStateDir() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/state"
        var first: Journal? = try Journal(directory: path)
        #expect(first != nil)
        #expect(throws: CommandFailure.self) { try Journal(directory: path) }
        do { _ = try Journal(directory: path) } catch { #expect(error.message.contains("another server is using this state dir"), "\(error.message)") }
        first = nil
        #expect(throws: Never.self) { _ = try Journal(directory: path) }
    }

    @Test("a state dir of this user's that others can read is made owner-only before it is used") func ownerOnlyStateDir() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/state"
        #expect(mkdir(path, 0o755) == 0 && chmod(path, 0o755) == 0)
        _ = try Journal(directory: path)
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o700)
    }

    /// An outside attack test, round 3 (2026-12-01): a record dir found at 755 stayed so, and a journal chmod'ed to 644
    /// between runs stayed 644 while turns were written to it.
    @Test("a record dir others can read is made owner-only, and a state file found looser than 0600 is tightened before use")
    func recordDirAndLooseFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let records = folder.path + "/records"
        #expect(mkdir(records, 0o755) == 0 && chmod(records, 0o755) == 0)
        _ = try RecordStore(directory: records)
        var status = stat()
        #expect(stat(records, &status) == 0 && status.st_mode & 0o777 == 0o700)
        let file = folder.path + "/loose"
        #expect(FileManager.default.createFile(atPath: file, contents: Data()) && chmod(file, 0o644) == 0)
        let fd = try FileStorage.shared.openForWriting(file, creating: false)
        close(fd)
        #expect(stat(file, &status) == 0 && status.st_mode & 0o777 == 0o600)
    }

    /// An outside attack test, round 3 (2026-12-01): a thousand clients at 1 MiB each held 1.2 GB of unread replies.
    @Test("many connections share a budget of unread replies, each keeping room for a whole reply") func outputBudget() {
        var configuration = ServerConfiguration(socketPath: "/tmp/x.sock")
        #expect(configuration.outputLimit(connections: 1) == 1 << 20)
        #expect(configuration.outputLimit(connections: 64) == 1 << 20)
        #expect(configuration.outputLimit(connections: 128) == 1 << 19)
        #expect(configuration.outputLimit(connections: 1_000) == 67_108)
        #expect(configuration.outputLimit(connections: 5_000) == 65_536)
        configuration.maximumOutput = 64 << 20
        #expect(configuration.outputLimit(connections: 2) == 32 << 20)
    }

    @Test("durations are figures and a unit, from a second to ten years", arguments: [
        ("30s", 30.0), ("10m", 600), ("2h", 7200), ("1d", 86400), ("1.5m", 90), ("45", 45),
    ])
    func durations(_ text: String, _ seconds: Double) { #expect(ServerConfiguration.duration(text) == seconds) }

    @Test("a duration no clock should take is refused", arguments: ["inf", "infs", "1e400s", "0x10s", "1e-9s", "0s", "0.5s", "-5s", "nan", "", "s", "1e3s", "99999999999d"])
    func badDurations(_ text: String) { #expect(ServerConfiguration.duration(text) == nil) }

    @Test("an allow-list that names no id is refused", arguments: [[""], [" "], [","], ["1,"], ["abc"], ["1", ""]])
    func emptyAllowList(_ texts: [String]) { #expect(ServerConfiguration.ids(texts) == nil) }

    @Test("an allow-list of ids is read") func allowList() {
        #expect(ServerConfiguration.ids(["1000,1001", "0"]) == [1000, 1001, 0])
        #expect(ServerConfiguration.ids([]) == [])
    }
}

extension StateDirGuardTests {
    /// An outside attack test (2026-11-30): "café" typed two ways (NFC and NFD) was one conversation in memory, as the
    /// id-to-key cache compared strings by Unicode equivalence, and two on disk, where keys hash the bytes; after a
    /// restart one spelling hid the other.
    @Test("conversation ids are told apart by their bytes, in memory as on disk") func idsByBytes() {
        let library = PolicyLibrary.bundled
        let store = ConversationStore(journal: nil, now: 0)
        let service = ConversationService(engine: Conversation(library: library), store: store, records: nil, defaultPolicy: "torbay",
                                          maximumConversations: 10, clock: { Moment(iso: "2026-11-23T10:00")! }, log: ServerLog(quiet: true))
        let composed = service.key(forBridgeID: "caf\u{E9}"), decomposed = service.key(forBridgeID: "cafe\u{301}")
        #expect("caf\u{E9}" == "cafe\u{301}", "Swift calls them equal, which is the trap")
        #expect(composed != decomposed)
        #expect(service.key(forBridgeID: "cafe\u{301}") == decomposed && service.key(forBridgeID: "caf\u{E9}") == composed)
        #expect(service.key(forBridgeID: "\u{212A}") != service.key(forBridgeID: "K"))
    }
}

extension StateDirGuardTests {
    /// An outside attack test (2026-11-30): a restart set every conversation's clocks to the moment it started, so an ended
    /// conversation, and its record, outlived `--retention` by the whole downtime. The time since the state dir was last
    /// written counts now.
    @Test("a restart counts the time the server was down towards retention") func downtimeCounts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let state = folder.path + "/state"
        let arguments = ["--protocol", "jsonl", "--quiet", "--state-dir", state, "--retention", "1h"]
        func exists(_ id: String, on client: SocketClient) -> Bool {
            let reply = client.request(["conversation": id, "command": "record"])
            return (reply?["error"] as? [String: Any])?["code"] as? String != "unknown-conversation"
        }
        var server = try ServerProcess(arguments, folder: folder)
        var client = try SocketClient(server.socket)
        _ = client.request(FaultTests.request("done", turn: 0))
        _ = client.request(["conversation": "done", "command": "end", "turn": 1])
        _ = client.request(FaultTests.request("open", turn: 0))
        client.close()
        server.stop()
        // A restart soon after keeps both.
        server = try ServerProcess(arguments, folder: folder)
        client = try SocketClient(server.socket)
        usleep(1_500_000)
        #expect(exists("done", on: client) && exists("open", on: client))
        client.close()
        server.stop()
        // Down for two hours: the ended one is past its hour, the open one within its day.
        let then = Date().addingTimeInterval(-7200)
        for name in (try FileManager.default.contentsOfDirectory(atPath: state)) where name.hasPrefix("journal-") || name.hasPrefix("snapshot-") {
            try FileManager.default.setAttributes([.modificationDate: then], ofItemAtPath: state + "/" + name)
        }
        server = try ServerProcess(arguments, folder: folder)
        defer { server.stop() }
        client = try SocketClient(server.socket)
        defer { client.close() }
        usleep(1_500_000)
        #expect(!exists("done", on: client), "the ended conversation outlived its retention by the downtime")
        #expect(exists("open", on: client))
    }
}

extension StateDirGuardTests {
    /// An outside attack test, round 2 (2026-12-01): an ended conversation went at the idle timeout when `--retention` was
    /// longer, so a late `record` failed.
    @Test("an ended conversation is kept for its retention, longer or shorter than the idle timeout") func retentionAlone() {
        let store = ConversationStore(journal: nil, now: 0)
        var ended = Session(policyID: "torbay", started: Moment(iso: "2026-11-23T10:00")!)
        ended.step = .ended
        store.put("ended", ended, at: 0)
        store.put("open", Session(policyID: "torbay", started: Moment(iso: "2026-11-23T10:00")!), at: 0)
        #expect(store.expire(now: 100, idle: 50, unanswered: 50, retention: 200) == ["open"])
        #expect(store.expire(now: 201, idle: 50, unanswered: 50, retention: 200) == ["ended"])
        store.put("ended again", ended, at: 300)
        #expect(store.expire(now: 320, idle: 500, unanswered: 500, retention: 10) == ["ended again"])
    }
}

extension StateDirGuardTests {
    /// An outside attack test, round 2 (2026-12-01): `--max-output 100` was taken, after which no reply could be sent; an
    /// empty `--state-dir` said only ": mkdir failed".
    @Test("options no server could serve with are refused, saying why", arguments: [
        (["--max-output", "100"], "--max-output must be at least 65536 bytes"), (["--state-dir", ""], "--state-dir needs a folder's path"),
        (["--record-dir", ""], "--record-dir needs a folder's path"),
        (["--journal-limit", "99999999999999999999"], "--journal-limit is too large: at most 9223372036854775807"),
        (["--idle-timeout", "36500d"], "--idle-timeout must be from 1s to 3652d (ten years), not '36500d'"),
        (["--retention", "0.5s"], "--retention must be from 1s to 3652d"), (["--retention", "soon"], "needs a duration like 30s"),
        (["--max-line", "0"], "--max-line needs a whole number above 0, not '0'"),
        (["--max-output", "9223372036854775807"], "--max-output must be at most 67108864 bytes"),
        (["--max-line", "99999999999"], "--max-line must be at most 1048576 bytes"),
    ])
    func unservableOptions(_ options: [String], _ message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Executable.run(["serve", "--socket", folder.path + "/s.sock"] + options, seconds: 10)
        #expect(result.status == 2, "\(result.errors)")
        #expect(result.errors.contains(message), "\(result.errors)")
    }
}

extension StateDirGuardTests {
    /// An outside attack test, round 2 (2026-12-01): `--policy TORBAY` was refused, though requests name a policy in any case.
    @Test("a policy id on the command line is read in any case, and an unknown one lists the ids") func policyInAnyCase() throws {
        let known = try Executable.run(["route", "--policy", "TORBAY", "--now", "2026-12-03T10:00", "--raised", "2026-12-03"])
        #expect(known.status == 0 && known.output.contains("Stage One"), "\(known.errors)")
        let unknown = try Executable.run(["route", "--policy", "devon", "--now", "2026-12-03T10:00", "--raised", "2026-12-03"])
        #expect(unknown.status == 2 && unknown.errors.contains("no policy with id 'devon'. Known: bcssp, torbay"), "\(unknown.errors)")
    }
}
