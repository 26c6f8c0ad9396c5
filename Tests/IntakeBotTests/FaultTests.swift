import Foundation
import Testing
import ConversationEngine
import EscalationRules

/// Faults the server must survive without losing or repeating anything. CI runs short versions;
/// `Scripts/faults` runs them at full strength (FAULTS_FULL=1) and prints what each checked.
@Suite("Faults", .serialized)
struct FaultTests {
    static let full = ProcessInfo.processInfo.environment["FAULTS_FULL"] == "1"
    static func count(_ short: Int, _ long: Int) -> Int { full ? long : short }

    static let answers = Scripted.answers(tried: 1) + ["restart"]

    /// What the bot's last line should be after each request of a conversation, from the engine
    /// itself: in the terminal and the line protocol, under the options listed; in jsonl, which
    /// gives the options apart, the question's own last line.
    static let expectedLastLines = lastLines(\.textLines)
    static let expectedLastJSONLines = lastLines(\.lines)

    static func lastLines(_ text: KeyPath<Reply, [String]>) -> [String] {
        let conversation = Conversation(library: .bundled)
        let now = Moment(iso: "2026-11-23T10:00")!
        var turn = conversation.start(policyID: "torbay", at: now)
        var lines = [turn.replies.last![keyPath: text].last!]
        for answer in answers {
            turn = conversation.reply(to: answer, in: turn.session, at: now)
            lines.append(turn.replies.last![keyPath: text].last!)
        }
        return lines
    }

    static func request(_ id: String, turn: Int) -> [String: Any] {
        turn == 0 ? ["conversation": id, "text": "hi", "policy": "torbay", "turn": 0]
            : ["conversation": id, "text": answers[(turn - 1) % answers.count], "turn": turn]
    }

    static func expected(_ turn: Int) -> String {
        turn == 0 ? expectedLastJSONLines[0] : expectedLastJSONLines[(turn - 1) % answers.count + 1]
    }

    static func rss(_ pid: Int32) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }

    @Test("random bytes and random lines in both protocols never crash the server or disturb others")
    func fuzz() throws {
        var random = SplitMix(seed: 20261122)
        let messages = Self.count(300, 20_000)
        for wire in ["jsonl", "line"] {
            let server = try ServerProcess(["--protocol", wire, "--quiet", "--policy", "torbay", "--max-line", "4096"])
            defer { server.stop(); server.folder.remove() }
            let fuzzer = try SocketClient(server.socket)
            let good = try SocketClient(server.socket)
            defer { fuzzer.close(); good.close() }
            if wire == "line" { _ = good.turn() } else { _ = good.request(Self.request("good", turn: 0)) }
            for n in 0..<messages {
                switch random.next() % 3 {
                case 0: fuzzer.send((0..<Int(random.next() % 300)).map { _ in UInt8(truncatingIfNeeded: random.next()) })
                case 1: fuzzer.send("{\"conversation\": \"f\(n % 7)\", \"text\": \(random.next() % 2 == 0 ? "\"x\"" : "[1,{")}, \"turn\": \(random.next() % 5)}")
                default: fuzzer.send(String(repeating: "y", count: Int(random.next() % 6000)))
                }
                if n % 50 == 0 {
                    let step = (n / 50) % Self.answers.count
                    if wire == "line" {
                        good.send(Self.answers[step])
                        #expect(good.turn()?.last == Self.expectedLastLines[step + 1], "line step \(step)")
                    } else {
                        let reply = good.request(["conversation": "good", "text": Self.answers[step]])
                        #expect((reply?["replies"] as? [String])?.last?.split(separator: "\n").last.map(String.init) == Self.expectedLastJSONLines[step + 1])
                    }
                }
            }
            #expect(server.process.isRunning)
            print("fuzz \(wire): \(messages) random messages; server alive; the other conversation kept its place")
        }
    }

    /// Valid requests of both protocols, mutated (hostile numbers and strings, missing and repeated
    /// members, flipped and cut bytes), each answered in lock-step: every jsonl reply is an object,
    /// every error carries a documented code, and a conversation beside them keeps its place.
    @Test("structured fuzzing: mutated valid requests get a well-formed answer and never crash the server", arguments: ["jsonl", "line"])
    func structuredFuzz(_ wire: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try ServerProcess(["--protocol", wire, "--quiet", "--policy", "torbay", "--state-dir", folder.path + "/state"], folder: folder)
        defer { server.stop() }
        var mutations = Mutations(random: SplitMix(seed: 20261130))
        let good = try SocketClient(server.socket)
        defer { good.close() }
        if wire == "line" { _ = good.turn() } else { _ = good.request(Self.request("good", turn: 0)) }
        var fuzzer = try SocketClient(server.socket)
        if wire == "line" { _ = fuzzer.turn() }
        let deadline = Date().addingTimeInterval(Self.full ? 60 : 3)
        var sent = 0, errors = 0, step = 0
        while Date() < deadline {
            if wire == "jsonl" {
                fuzzer.send(mutations.jsonlRequest() + [0x0A])
                let line = try #require(fuzzer.line(), "no reply to request \(sent)")
                let reply = try #require((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any], "not an object: \(line)")
                if let error = reply["error"] as? [String: Any] {
                    errors += 1
                    #expect(Mutations.documentedCodes.contains(error["code"] as? String ?? ""), "\(line)")
                } else {
                    // A turn, a status, a record, or a calendar command's `{"conversation", "file"}` (README, the bridge protocol).
                    #expect(reply["replies"] != nil || reply["status"] != nil || reply["record"] != nil || reply["file"] != nil, "\(line)")
                }
            } else {
                fuzzer.send(mutations.line() + [0x0A])
                if fuzzer.turn() == nil {
                    // The conversation ended (quit, or too many wrong resume codes): a new one.
                    fuzzer.close()
                    fuzzer = try SocketClient(server.socket)
                    _ = fuzzer.turn()
                }
            }
            sent += 1
            if sent % 40 == 0 {
                let answer = Self.answers[step % Self.answers.count]
                step += 1
                if wire == "line" {
                    good.send(answer)
                    #expect(good.turn()?.last == Self.expectedLastLines[(step - 1) % Self.answers.count + 1], "line step \(step)")
                } else {
                    let reply = good.request(["conversation": "good", "text": answer])
                    #expect((reply?["replies"] as? [String])?.last?.split(separator: "\n").last.map(String.init)
                            == Self.expectedLastJSONLines[(step - 1) % Self.answers.count + 1])
                }
            }
        }
        fuzzer.close()
        #expect(server.process.isRunning)
        print("fuzz structured \(wire): \(sent) mutated requests, \(errors) error replies, each with a documented code; server alive; the other conversation kept its place")
    }

    /// The default journal limit, then one so small that journals are compacted every few turns,
    /// so kills land mid-compaction and between a key's whole record and the changes after it.
    @Test("kill -9 at random turns: every conversation resumes at the turn after its last delivered reply",
          arguments: [[], ["--journal-limit", "4096"]])
    func killNine(_ journal: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let state = folder.path + "/state"
        let conversations = 12
        var turns = Array(repeating: 0, count: conversations)
        var random = SplitMix(seed: 9)
        var server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", state] + journal, folder: folder)
        var client = try SocketClient(server.socket)
        var kills = 0, resent = 0
        let target = Self.count(5, 50)
        while kills < target {
            let c = Int(random.next() % UInt64(conversations))
            let id = "k\(c)"
            let killNow = random.next() % 4 == 0
            guard let data = try? JSONSerialization.data(withJSONObject: Self.request(id, turn: turns[c])) else { continue }
            client.send(Array(data) + [0x0A])
            if killNow {
                // Killed with the request in flight: it may or may not have been applied.
                server.stop(signal: SIGKILL)
                client.close()
                kills += 1
                server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", state] + journal, folder: folder)
                client = try SocketClient(server.socket)
                resent += 1
                let again = try #require(client.request(Self.request(id, turn: turns[c])))
                // Applied before the kill or not, the answer is the same: a resend gets the reply it was sent.
                #expect(again["error"] == nil, "\(again)")
                #expect(again["turn"] as? Int == turns[c])
                #expect((again["replies"] as? [String])?.last?.split(separator: "\n").last.map(String.init) == Self.expected(turns[c]), "\(id) turn \(turns[c])")
            } else {
                let reply = try #require(client.reply())
                #expect(reply["error"] == nil, "\(reply)")
                #expect((reply["replies"] as? [String])?.last?.split(separator: "\n").last.map(String.init) == Self.expected(turns[c]), "\(id) turn \(turns[c])")
            }
            turns[c] += 1
        }
        client.close()
        server.stop()
        print("kill -9\(journal.isEmpty ? "" : " (journal-limit 4096)"): \(kills) kills with a request in flight; \(resent) resent, each answered once at its turn; none lost, none repeated")
    }

    @Test("abrupt disconnects leave no descriptors or memory behind") func abruptDisconnects() throws {
        let server = try ServerProcess(["--quiet", "--policy", "torbay"])
        defer { server.stop(); server.folder.remove() }
        let pid = server.process.processIdentifier
        for _ in 0..<100 { let warm = try SocketClient(server.socket); warm.close() }
        usleep(200_000)
        let fdsBefore = ServerTrapTests.openDescriptors(pid), rssBefore = Self.rss(pid)
        let count = Self.count(300, 1_000)
        for n in 0..<count {
            let client = try SocketClient(server.socket)
            if n % 3 == 0 { client.send("no") }
            client.reset()
        }
        let check = try SocketClient(server.socket)
        #expect(check.turn() != nil)
        check.close()
        usleep(300_000)
        let fdsAfter = ServerTrapTests.openDescriptors(pid), rssAfter = Self.rss(pid)
        #expect(fdsAfter <= fdsBefore)
        #expect(rssAfter - rssBefore < 4_096, "RSS grew \(rssAfter - rssBefore) KiB")
        print("disconnects: \(count) resets; descriptors \(fdsBefore) -> \(fdsAfter); RSS \(rssBefore) -> \(rssAfter) KiB")
    }

    @Test("a client that never reads cannot grow the server's memory") func neverReads() throws {
        let server = try ServerProcess(["--quiet", "--policy", "torbay", "--max-output", "262144"])
        defer { server.stop(); server.folder.remove() }
        let pid = server.process.processIdentifier
        let before = Self.rss(pid)
        var hogs: [SocketClient] = []
        for _ in 0..<Self.count(5, 50) {
            let hog = try SocketClient(server.socket)
            for _ in 0..<2_000 { hog.sendWithoutWaiting(Array("status\n".utf8)) }
            hogs.append(hog)
        }
        usleep(300_000)
        let after = Self.rss(pid)
        #expect(after - before < 32_768, "RSS grew \(after - before) KiB")
        let other = try SocketClient(server.socket)
        #expect(other.turn() != nil)
        other.close()
        hogs.forEach { $0.close() }
        print("never-reading clients: \(hogs.count); server RSS \(before) -> \(after) KiB; others still served")
    }

    @Test("SIGTERM under load: every delivered reply's state is on disk and the socket file is gone") func sigtermUnderLoad() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let state = folder.path + "/state"
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", state], folder: folder)
        let workers = 8
        let (delivered, group) = Self.carryConversations(workers, on: server.socket, named: "w")
        usleep(UInt32(Self.count(400_000, 2_000_000)))
        #expect(server.stop() == 0)
        group.wait()
        #expect(!FileManager.default.fileExists(atPath: server.socket))
        let total = try Self.checkDelivered(delivered, workers, named: "w", in: folder)
        print("SIGTERM under load: \(workers) clients, \(total) delivered replies, every one durable; socket file removed")
    }
}

extension FaultTests {
    /// Starts `count` clients, each carrying its own conversation ("\(prefix)N") on its own connection
    /// as fast as replies come, until a reply is an error or the connection goes. Returns how many
    /// replies each has had delivered, and the group that is done when all have stopped.
    static func carryConversations(_ count: Int, on path: String, named prefix: String) -> (Counts, DispatchGroup) {
        let delivered = Counts(count)
        let group = DispatchGroup()
        for w in 0..<count {
            DispatchQueue.global().async(group: group) {
                guard let client = try? SocketClient(path) else { return }
                defer { client.close() }
                var turn = 0
                while let data = try? JSONSerialization.data(withJSONObject: request("\(prefix)\(w)", turn: turn)) {
                    client.send(Array(data) + [0x0A])
                    guard let reply = client.reply(), reply["error"] == nil else { return }
                    turn += 1
                    delivered.set(w, turn)
                }
            }
        }
        return (delivered, group)
    }

    /// Restarts a server on `folder`'s state dir and asks each conversation `carryConversations`
    /// carried for its next turn: a gap would mean a delivered reply's state was lost. Returns how many were delivered.
    static func checkDelivered(_ delivered: Counts, _ count: Int, named prefix: String, in folder: TemporaryFolder,
                               sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let restarted = try ServerProcess(["--protocol", "jsonl", "--quiet", "--state-dir", folder.path + "/state"], folder: folder)
        defer { restarted.stop() }
        let check = try SocketClient(restarted.socket)
        defer { check.close() }
        var total = 0
        for w in 0..<count {
            let turn = delivered.get(w)
            total += turn
            let reply = try #require(check.request(request("\(prefix)\(w)", turn: turn)), sourceLocation: sourceLocation)
            #expect(DurabilityTests.errorCode(reply) != "turn-gap", "\(prefix)\(w) lost a delivered turn: \(reply)", sourceLocation: sourceLocation)
            #expect(DurabilityTests.lastLine(reply) == expected(turn), "\(prefix)\(w) turn \(turn)", sourceLocation: sourceLocation)
        }
        return total
    }
}

/// A small seeded generator, so a failing fuzz run can be replayed exactly.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Per-worker counts shared with the test thread.
final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int]
    init(_ count: Int) { values = Array(repeating: 0, count: count) }
    func set(_ index: Int, _ value: Int) { lock.lock(); values[index] = value; lock.unlock() }
    func get(_ index: Int) -> Int { lock.lock(); defer { lock.unlock() }; return values[index] }
}
