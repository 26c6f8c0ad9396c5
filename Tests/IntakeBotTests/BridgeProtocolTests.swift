import Foundation
import Testing
import EscalationRules

/// docs/bridge-protocol.md, rule by rule, against a real server. Every reply these tests read is
/// also checked against docs/bridge-protocol.schema.json (see `SocketClient.reply`).
@Suite("The bridge protocol", .serialized)
struct BridgeProtocolTests {
    /// A jsonl server and a client connected to it, for `body`; both stopped after.
    static func withServer(_ arguments: [String] = [], _ body: (ServerProcess, SocketClient) throws -> Void) throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet"] + arguments)
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        try body(server, client)
    }

    static func error(_ reply: [String: Any]?) -> String? { (reply?["error"] as? [String: Any])?["code"] as? String }
    static func json(_ line: String?) -> [String: Any]? {
        line.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test("every route, urgent ones with their stage to pursue, matches the schema's route", arguments: PolicyLibrary.bundledIDs)
    func routesMatchSchema(_ id: String) throws {
        let library = PolicyLibrary.bundled
        let policy = try #require(library.policy(id))
        let router = Router(policy: policy, calendar: library.calendar(for: policy))
        for tried in 0...policy.stages.count {
            for risk in Risk.allCases {
                let facts = Facts(risk: risk, tried: tried, raised: Day(iso: "2026-11-16"), stageStarted: tried > 0 ? Day(iso: "2026-11-20") : nil,
                                  now: Moment(iso: "2026-11-23T10:00")!, area: policy.areas.count > 1 ? "halton" : nil)
                let route = router.route(facts)
                #expect(SchemaChecker.bridge.problems(route.json, as: "route").isEmpty, "\(id) stage \(tried + 1) \(risk)")
            }
        }
    }

    @Test("the schema uses only keywords the checker knows, and the checker catches wrong shapes") func schemaChecker() throws {
        let checker = SchemaChecker.bridge
        var unknown: [String] = []
        func walk(_ value: JSONValue, _ path: String) {
            guard case .object(let members) = value else { return }
            for (name, member) in members {
                if path.hasSuffix("properties") || path.hasSuffix("$defs") { walk(member, path + "." + name); continue }
                if !SchemaChecker.known.contains(name) { unknown.append(path + "." + name) }
                if case .array(let items) = member { items.forEach { walk($0, path + "." + name) } } else { walk(member, path + "." + name) }
            }
        }
        walk(checker.root, "$")
        #expect(unknown.isEmpty, "\(unknown)")
        let option: JSONValue = ["key": "1", "label": "A child", "short": "A child"]
        #expect(checker.problems(option, as: "option").isEmpty)
        #expect(!checker.problems(["key": "1", "label": "A child"], as: "option").isEmpty)
        #expect(!checker.problems(["key": 1, "label": "A child", "short": "A child"], as: "option").isEmpty)
        #expect(!checker.problems(["key": "1", "label": "A child", "short": "A child", "extra": true], as: "option").isEmpty)
        #expect(!checker.problems(["key": "1", "label": "x", "short": .string(String(repeating: "x", count: 25))], as: "option").isEmpty)
        #expect(!checker.problems(["status": ["connections": 1.5]], as: "reply").isEmpty)
        #expect(checker.problems(["command": "health"], as: "request").isEmpty)
        #expect(checker.problems(["conversation": "c", "text": "hi", "policy": "torbay", "turn": 0], as: "request").isEmpty)
    }

    @Test("a reply says where the conversation is, what the question expects and its turn; the options come apart from the text")
    func statesAndExpectations() throws {
        try Self.withServer { _, client in
            var reply = try #require(client.request(["conversation": "s", "text": "hello", "policy": "torbay"]))
            // The risk question comes first and has three answers: immediate, significant, no.
            var seen: [(Int, String, String)] = [(0, "asking", "choice")]
            #expect(reply["turn"] as? Int == 0 && reply["state"] as? String == "asking" && reply["expects"] as? String == "choice")
            for answer in Scripted.answers(tried: 2) {
                reply = try #require(client.request(["conversation": "s", "text": answer]))
                seen.append((reply["turn"] as? Int ?? -1, reply["state"] as? String ?? "", reply["expects"] as? String ?? "null"))
                if reply["state"] as? String == "asking", let options = reply["options"] as? [[String: String]], let first = options.first {
                    // A bridge draws the options itself: the text does not list them as well.
                    #expect((reply["replies"] as? [String])?.last?.contains("1. \(first["label"] ?? "")") == false)
                }
            }
            // A plain no is asked about significant risk next: a choice like the first.
            #expect(seen.map(\.0) == Array(0...10))
            #expect(seen.map(\.1) == ["asking", "asking", "asking", "asking", "asking", "asking", "asking", "asking", "asking", "asking", "routed"])
            #expect(seen.map(\.2) == ["choice", "choice", "choice", "choice", "yes-no", "text", "choice", "choice", "date", "date", "choice"])
            // Torbay's Stage Three: one additional week (5 working days) from when Stage Two ended, today.
            #expect((reply["route"] as? [String: Any])?["deadline"] as? String == "2026-11-30")
            let triedOptions = try #require(client.request(["conversation": "s", "command": "restart"]))
            #expect(triedOptions["turn"] as? Int == 11 && triedOptions["state"] as? String == "asking")
            let ended = try #require(client.request(["conversation": "s", "command": "end"]))
            #expect(ended["state"] as? String == "ended" && ended["expects"] is NSNull && ended["done"] as? Bool == true && ended["turn"] as? Int == 12)
            let urgent = try #require(client.request(["conversation": "u", "text": "hi", "policy": "torbay"]))
            #expect(urgent["state"] as? String == "asking")
            let shown = try #require(client.request(["conversation": "u", "text": "yes"]))
            #expect(shown["state"] as? String == "routed" && (shown["route"] as? [String: Any])?["outcome"] as? String == "urgent")
            let risk = try #require(client.request(["conversation": "p", "text": "hi"]))
            #expect((risk["options"] as? [[String: String]] ?? []).map { $0["short"] ?? "" } == ["Yes", "Significant risk", "No"])
            let chooser = try #require(client.request(["conversation": "p", "text": "3"]))
            let shorts = (chooser["options"] as? [[String: String]] ?? []).map { $0["short"] ?? "" }
            #expect(shorts == ["B&NES", "Torbay", "Pan-Cheshire", "Isle of Man", "Shropshire"])
        }
    }

    @Test("a resent request gets the reply it was sent, byte for byte, across kill -9; another request at that turn is an error")
    func replays() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let arguments = ["--protocol", "jsonl", "--quiet", "--state-dir", folder.path + "/state"]
        var server: ServerProcess? = try ServerProcess(arguments, folder: folder)
        var client = try SocketClient(server!.socket)
        let first = try #require(client.exchange(["conversation": "r", "text": "hi", "policy": "torbay", "turn": 0]))
        #expect(client.exchange(["conversation": "r", "text": "hi", "policy": "torbay", "turn": 0]) == first)
        let second = try #require(client.exchange(["conversation": "r", "text": "3", "turn": 1]))
        #expect(client.exchange(["conversation": "r", "text": "3", "turn": 1]) == second)
        let conflict = Self.json(client.exchange(["conversation": "r", "text": "yes", "turn": 1]))
        #expect(Self.error(conflict) == "turn-conflict" && conflict?["turn"] as? Int == 1)
        #expect(Self.error(Self.json(client.exchange(["conversation": "r", "text": "hi", "policy": "torbay", "turn": 0]))) == "turn-conflict")
        #expect(Self.error(Self.json(client.exchange(["conversation": "r", "text": "1", "turn": 5]))) == "turn-gap")
        let third = try #require(client.exchange(["conversation": "r", "text": "1", "turn": 2]))
        client.close()
        server!.stop(signal: SIGKILL)
        server = nil
        let restarted = try ServerProcess(arguments, folder: folder)
        defer { restarted.stop() }
        client = try SocketClient(restarted.socket)
        defer { client.close() }
        #expect(client.exchange(["conversation": "r", "text": "1", "turn": 2]) == third)
        let fourth = Self.json(client.exchange(["conversation": "r", "text": "1", "turn": 3]))
        #expect(fourth?["turn"] as? Int == 3 && (fourth?["replies"] as? [String])?.last?.hasPrefix("Before you escalate") == true)
    }

    @Test("an unknown policy is an error that lists the policies, and starts nothing") func unknownPolicy() throws {
        try Self.withServer { _, client in
            let refused = try #require(client.request(["conversation": "x", "text": "hi", "policy": "atlantis"]))
            let error = try #require(refused["error"] as? [String: Any])
            #expect(error["code"] as? String == "unknown-policy")
            #expect(error["policies"] as? [String] == ["bcssp", "torbay", "pan-cheshire", "isle-of-man", "shropshire"])
            // Not repeated: a bridge logs the message (an outside attack test, round 3, 2026-12-01).
            #expect((error["message"] as? String)?.contains("atlantis") == false)
            #expect((client.request(["command": "status"])?["status"] as? [String: Any])?["conversations"] as? Int == 0)
        }
    }

    /// An outside review (round 9, 2026-11-30): "TORBAY" was an unknown policy.
    @Test("a policy id in capitals is the same policy") func policyIdAnyCase() throws {
        try Self.withServer { _, client in
            let reply = try #require(client.request(["conversation": "c", "text": "hi", "policy": "TORBAY"]))
            #expect(Self.error(reply) == nil)
            // The partnership is not asked for: the next question after the risk one is whom it is about.
            let next = try #require(client.request(["conversation": "c", "text": "3"])?["replies"] as? [String])
            #expect(next == ["Is the disagreement about a child or an adult?"], "\(next)")
        }
    }

    @Test("record and calendar come back as files to attach: content, name and media type") func files() throws {
        try Self.withServer { _, client in
            _ = client.request(["conversation": "f", "text": "hi", "policy": "torbay"])
            #expect(Self.error(client.request(["conversation": "f", "command": "record"])) == "no-record")
            #expect(Self.error(client.request(["conversation": "f", "command": "calendar"])) == "no-record")
            for answer in Scripted.answers(tried: 2) { _ = client.request(["conversation": "f", "text": answer]) }
            let record = try #require(client.request(["conversation": "f", "command": "record"]))
            let markdown = try #require(record["file"] as? [String: String])
            #expect(markdown["name"] == "escalation-record-2026-11-23.md" && markdown["mediaType"] == "text/markdown; charset=utf-8")
            #expect(markdown["content"]?.contains("Stage Three") == true)
            #expect(((record["record"] as? [String: Any])?["route"] as? [String: Any])?["deadline"] as? String == "2026-11-30")
            let json = try #require(client.request(["conversation": "f", "command": "record", "format": "json"])?["file"] as? [String: String])
            #expect(json["mediaType"] == "application/json" && json["name"] == "escalation-record-2026-11-23.json")
            #expect((try? JSONSerialization.jsonObject(with: Data((json["content"] ?? "").utf8))) != nil)
            let text = try #require(client.request(["conversation": "f", "command": "record", "format": "text"])?["file"] as? [String: String])
            #expect(text["mediaType"] == "text/plain; charset=utf-8")
            #expect(Self.error(client.request(["conversation": "f", "command": "record", "format": "pdf"])) == "invalid-request")
            let entry = try #require(client.request(["conversation": "f", "command": "calendar"]))
            #expect(entry["passed"] as? Bool == false)
            #expect(entry["message"] as? String == "Calendar entry for Monday 30 November 2026: escalation-deadline-2026-11-30.ics.")
            let calendar = try #require(entry["file"] as? [String: String])
            #expect(calendar["name"] == "escalation-deadline-2026-11-30.ics" && calendar["mediaType"] == "text/calendar")
            #expect(calendar["content"]?.contains("DTSTART;VALUE=DATE:20261130") == true)
            // Typed as an answer, calendar is a turn, and its reply carries the same file.
            let typed = try #require(client.request(["conversation": "f", "text": "calendar"]))
            #expect((typed["files"] as? [[String: String]])?.first == calendar)
            #expect(Self.error(client.request(["conversation": "nobody", "command": "calendar"])) == "unknown-conversation")
            _ = client.request(["conversation": "b", "text": "hi", "policy": "bcssp"])
            for answer in Scripted.answers(tried: 1) { _ = client.request(["conversation": "b", "text": answer]) }
            #expect(Self.error(client.request(["conversation": "b", "command": "calendar"])) == "no-deadline")
        }
    }

    /// A chat review, round 16, 2026-12-01: a deadline three weeks gone came back as a file alone, dated that day.
    @Test("calendar after the date to work to has passed says so, with the entry on today, as a command and typed") func calendarAfterDeadline() throws {
        try Self.withServer(["--now", "2026-12-18T16:59"]) { _, client in
            _ = client.request(["conversation": "p", "text": "hi", "policy": "torbay"])
            for answer in ["no", "no", "1", "1", "yes", "Police decided not to hold a strategy discussion; school strongly disagrees", "yes", "3", "1 Nov", "10 Nov"] {
                _ = client.request(["conversation": "p", "text": answer])
            }
            let entry = try #require(client.request(["conversation": "p", "command": "calendar"]))
            #expect(entry["passed"] as? Bool == true)
            let message = try #require(entry["message"] as? String)
            #expect(message.hasPrefix("The date to work to, Tuesday 24 November 2026, has already passed, so the calendar entry is for today, Friday 18 December 2026, as a reminder: escalation-reminder-2026-12-18.ics.\n"))
            #expect(message.hasSuffix("ran out on Tuesday 24 November 2026: if it is still unresolved, escalate without waiting (not from the policy)."), "\(message)")
            let file = try #require(entry["file"] as? [String: String])
            #expect(file["content"]?.contains("DTSTART;VALUE=DATE:20261218") == true)
            #expect(file["name"] == "escalation-reminder-2026-12-18.ics", "named for the day its event is on")
            let typed = try #require(client.request(["conversation": "p", "text": "calendar"]))
            #expect((typed["replies"] as? [String])?.first == message)
            #expect((typed["files"] as? [[String: String]])?.first == file)
        }
    }

    /// A chat review (round 14, 2026-11-30): after going back from a route, `no-record` said no route had been given yet.
    @Test("record after going back from a route is no-record, saying the route given no longer stands") func recordAfterBack() throws {
        try Self.withServer { _, client in
            _ = client.request(["conversation": "w", "text": "hi", "policy": "torbay"])
            for answer in Scripted.answers(tried: 0) { _ = client.request(["conversation": "w", "text": answer]) }
            #expect(Self.error(client.request(["conversation": "w", "command": "record"])) == nil)
            _ = client.request(["conversation": "w", "text": "back"])
            let reply = client.request(["conversation": "w", "command": "record"])
            #expect(Self.error(reply) == "no-record")
            let message = (reply?["error"] as? [String: Any])?["message"] as? String
            #expect(message == "The practitioner went back to change an answer, so the route given before no longer stands until the questions are finished again.")
            _ = client.request(["conversation": "w", "text": "today"])
            #expect(Self.error(client.request(["conversation": "w", "command": "record"])) == nil, "a new route is recorded again")
        }
    }

    @Test("health answers with the version, uptime and counts; status with the counts") func health() throws {
        try Self.withServer { _, client in
            _ = client.request(["conversation": "h", "text": "hi", "policy": "torbay"])
            let health = try #require(client.request(["command": "health"])?["health"] as? [String: Any])
            #expect(health["ready"] as? Bool == true && health["version"] as? String == "0.18.0")
            #expect(health["conversations"] as? Int == 1 && health["connections"] as? Int == 1 && health["turns"] as? Int == 1)
            #expect((health["uptimeSeconds"] as? Int).map { $0 >= 0 } == true)
            let status = try #require(client.request(["conversation": "h", "command": "status"])?["status"] as? [String: Any])
            #expect(status["conversations"] as? Int == 1)
        }
    }

    /// An outside review (round 9, 2026-11-30): with a state dir, `health` carried `storage` and `recovery`, which the
    /// schema did not allow, so a bridge validating strictly failed its readiness check on the recommended setup.
    @Test("with a state dir, health says how storage is and what the start restored, as the schema allows") func healthWithState() throws {
        let state = try TemporaryFolder()
        defer { state.remove() }
        try Self.withServer(["--state-dir", state.path + "/state"]) { _, client in
            let health = try #require(client.request(["command": "health"])?["health"] as? [String: Any])
            #expect(health["storage"] as? String == "ok")
            #expect(health["recovery"] is [String: Any])
        }
    }

    @Test("the socket file appears only once the server accepts connections, and nothing else is left beside it")
    func socketOnlyWhenReady() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let socket = folder.path + "/s.sock"
        let process = Process()
        process.executableURL = Executable.url
        process.arguments = ["serve", "--protocol", "jsonl", "--quiet", "--socket", socket]
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: socket), Date() < deadline { usleep(200) }
        // The first moment the file exists, a connection is accepted.
        let client = try SocketClient(socket)
        defer { client.close() }
        #expect(client.request(["command": "health"])?["health"] != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["s.sock"])
    }

    @Test("every error code the document and the schema list comes when the document says")
    func everyErrorCode() throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--max-line", "1000", "--max-conversations", "2", "--max-connections", "1"])
        defer { server.stop(); server.folder.remove() }
        // The start-up check's connection must be gone before this one takes the only place.
        usleep(300_000)
        let client = try SocketClient(server.socket)
        defer { client.close() }
        var codes: [String] = []
        func code(_ bytes: [UInt8]) { client.send(bytes); codes.append(Self.error(client.reply()) ?? "none") }
        code(Array("{\"conversation\": ".utf8) + [0x0A])
        code(Array("[1, 2]\n".utf8))
        codes.append(Self.error(client.request(["conversation": String(repeating: "x", count: 101), "text": "hi"])) ?? "none")
        codes.append(Self.error(client.request(["conversation": "a", "text": "hi", "turn": -1])) ?? "none")
        codes.append(Self.error(client.request(["conversation": "a", "command": "dance"])) ?? "none")
        code(Array(repeating: UInt8(ascii: "x"), count: 2000) + [0x0A])
        codes.append(Self.error(client.request(["conversation": "a", "command": "end"])) ?? "none")
        codes.append(Self.error(client.request(["conversation": "a", "text": "hi", "policy": "nowhere"])) ?? "none")
        codes.append(Self.error(client.request(["conversation": "a", "text": "hi", "turn": 3])) ?? "none")
        _ = client.request(["conversation": "a", "text": "hi", "policy": "bcssp", "turn": 0])
        codes.append(Self.error(client.request(["conversation": "a", "text": "yes", "turn": 0])) ?? "none")
        codes.append(Self.error(client.request(["conversation": "a", "command": "record"])) ?? "none")
        for answer in Scripted.answers(tried: 1) { _ = client.request(["conversation": "a", "text": answer]) }
        codes.append(Self.error(client.request(["conversation": "a", "command": "calendar"])) ?? "none")
        _ = client.request(["conversation": "b", "text": "hi"])
        codes.append(Self.error(client.request(["conversation": "c", "text": "hi"])) ?? "none")
        let second = try SocketClient(server.socket)
        second.send(Array("{\"command\": \"health\"}\n".utf8))
        codes.append(Self.error(Self.json(second.checkedLine())) ?? "none")
        #expect(second.line(seconds: 5) == nil, "the connection over the limit is closed")
        second.close()
        #expect(codes == ["invalid-json", "invalid-request", "invalid-request", "invalid-request", "unknown-command", "line-too-long",
                          "unknown-conversation", "unknown-policy", "turn-gap", "turn-conflict", "no-record", "no-deadline",
                          "conversation-limit", "connection-limit"])
        guard case .array(let listed)? = SchemaChecker.bridge.root["$defs"]?["errorCode"]?["enum"] else { Issue.record("no errorCode enum"); return }
        // storage-unavailable needs a failing disk: DurabilityTests and AttackTests make it come.
        #expect(Set(listed.compactMap(\.stringValue)) == Set(codes + ["storage-unavailable"]))
        #expect(Set(try Self.documentedErrorCodes()) == Set(codes + ["storage-unavailable"]))
    }

    /// The codes in the document's table of errors: lines that begin "| `code` |".
    static func documentedErrorCodes() throws -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/bridge-protocol.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let section = text.components(separatedBy: "## Errors").dropFirst().first?.components(separatedBy: "\n## ").first ?? ""
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        }
    }

    @Test("pipelined requests are answered in order")
    func pipelining() throws {
        try Self.withServer(["--max-output", "65536"]) { server, client in
            var batch: [UInt8] = []
            for n in 0..<40 {
                let request: [String: Any] = n < 4 ? ["conversation": "p\(n)", "text": "hi", "policy": "torbay", "turn": 0]
                    : ["conversation": "p\(n % 4)", "text": "status", "turn": n / 4]
                batch += try JSONSerialization.data(withJSONObject: request) + [0x0A]
            }
            client.send(batch)
            let answered = (0..<40).compactMap { _ in client.reply() }.map { "\($0["conversation"] ?? "")/\($0["turn"] ?? "")" }
            #expect(answered == (0..<40).map { "p\($0 % 4)/\($0 / 4)" })
            #expect(client.request(["command": "health"]) != nil, "others are still served")
        }
    }

    /// An outside attack test, round 2 (2026-12-01): a bridge that wrote 2,000 requests in one go while reading was cut off
    /// before its first reply, since replies not yet sent counted as unread. Far more than `--max-output` of replies now
    /// reach it, in order: the server stops reading its requests until it has read its replies (back-pressure), with a
    /// state dir too, where replies wait for the disk.
    @Test("a bridge that writes thousands of requests at once while it reads gets every reply, in order", arguments: [false, true])
    func backPressure(stateDir: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.withServer(["--max-output", "65536"] + (stateDir ? ["--state-dir", folder.path + "/state"] : [])) { server, client in
            let bridge = try SocketClient(server.socket)
            defer { bridge.close() }
            let requests = (0..<3_000).flatMap { n in
                Array("{\"conversation\": \"h\(n % 7)\", \"text\": \"help\", \"policy\": \"torbay\", \"turn\": \(n / 7)}\n".utf8)
            }
            // The writer only sends and the test only reads: the socket is safe to share between the two.
            nonisolated(unsafe) let sender = bridge
            let writer = Thread { sender.send(requests) }
            writer.start()
            var bytes = 0, order: [String] = []
            while order.count < 3_000, let line = bridge.line(seconds: 10) {
                bytes += line.utf8.count + 1
                let reply = Self.json(line)
                order.append("\(reply?["conversation"] ?? "")/\(reply?["turn"] ?? "")")
            }
            #expect(order == (0..<3_000).map { "h\($0 % 7)/\($0 / 7)" })
            #expect(bytes > 4 * 65_536, "replies of \(bytes) bytes are more than the limit, so it held the bridge back")
            #expect(client.request(["command": "health"]) != nil, "others are still served")
        }
    }

    /// An outside attack test, round 3 (2026-12-01): with a thousand clients pipelining, an ordinary turn waited 7 to 19 s
    /// while each client's whole read was answered in turn. A connection now has a share of lines a pass.
    @Test("a client's thousands of pipelined lines do not hold up another client's one") func fairShare() throws {
        try Self.withServer(["--max-output", "67108864"]) { server, client in
            let busy = try SocketClient(server.socket)
            defer { busy.close() }
            let requests = [#"{"conversation": "a", "text": "hi", "policy": "torbay", "turn": 0}"#]
                + (1..<2_000).map { #"{"conversation": "a", "text": "status", "turn": \#($0)}"# }
            let lines = Array((requests.joined(separator: "\n") + "\n").utf8)
            busy.send(lines)
            let status = try #require(client.request(["command": "status"])?["status"] as? [String: Any])
            let turns = try #require(status["turns"] as? Int)
            #expect(turns < 1_000, "answered after \(turns) of the busy client's 2,000 turns")
            var read = 0
            while read < 2_000, busy.line(seconds: 10) != nil { read += 1 }
            #expect(read == 2_000)
        }
    }

    /// An outside attack test, round 4 (2026-12-01): the share was counted per 64 KiB read, so a client writing lines of
    /// 4,096 bytes (16 to a read) had every read come back full and none over its share, and was read on alone.
    @Test("a client writing 64 KiB of at most 16 lines at a time still has only its share of a pass") func shareAcrossReads() throws {
        try Self.withServer(["--max-output", "67108864"]) { server, client in
            let busy = try SocketClient(server.socket)
            defer { busy.close() }
            let pad = { (line: String) in line + String(repeating: " ", count: 4_095 - line.utf8.count) + "\n" }
            let requests = [pad(#"{"conversation": "a", "text": "hi", "policy": "torbay", "turn": 0}"#)]
                + (1..<2_000).map { pad(#"{"conversation": "a", "text": "status", "turn": \#($0)}"#) }
            // The writer only sends and the test only reads: the socket is safe to share between the two.
            nonisolated(unsafe) let sender = busy
            let bytes = Array(requests.joined().utf8)
            let writer = Thread { sender.send(bytes) }
            writer.start()
            usleep(50_000)
            let status = try #require(client.request(["command": "status"])?["status"] as? [String: Any])
            let turns = try #require(status["turns"] as? Int)
            #expect(turns < 1_000, "answered after \(turns) of the busy client's 2,000 turns")
            var read = 0
            while read < 2_000, busy.line(seconds: 10) != nil { read += 1 }
            #expect(read == 2_000)
        }
    }

    /// An outside attack test, round 4 (2026-12-01): a pass answered 16 lines of every connection however long they took,
    /// so with a thousand connections pipelining `calendar` a status waited 4 to 5 s. Busy connections now have a time a pass.
    @Test("many connections pipelining costly requests leave an ordinary status answered within a few hundred ms") func passTime() throws {
        try Self.withServer(["--max-output", "67108864"]) { server, client in
            _ = client.request(["conversation": "f", "text": "hi", "policy": "torbay"])
            for answer in Scripted.answers(tried: 2) { _ = client.request(["conversation": "f", "text": answer]) }
            let line = Array(#"{"conversation": "f", "command": "calendar"}"#.utf8) + [0x0A]
            let busy = try (0..<100).map { _ in try SocketClient(server.socket) }
            defer { busy.forEach { $0.close() } }
            let requests = Array(Array(repeating: line, count: 200).joined())
            for connection in busy { connection.sendWithoutWaiting(requests) }
            // A newcomer is first read as one that sends little; once it has had its share, it is known to be busy.
            for connection in busy { #expect(connection.line() != nil) }
            var waits: [Double] = []
            for _ in 0..<9 {
                let asked = Date()
                #expect(client.request(["command": "status"])?["status"] != nil)
                waits.append(Date().timeIntervalSince(asked))
            }
            #expect(waits.sorted()[4] < 0.4, "statuses took \(waits) s behind 100 connections pipelining calendar")
        }
    }

    /// An outside attack test, round 4 (2026-12-01): the lines of a burst past the 16-line share were answered at the top of
    /// the next pass, but their replies waited for the loop's quarter-second wait to end.
    @Test("a burst of more than 16 requests has its last replies at once, not a quarter second later") func burstTail() throws {
        try Self.withServer { _, client in
            let burst = Array(String(repeating: #"{"command": "status"}"# + "\n", count: 17).utf8)
            var quickest = Double.infinity
            for _ in 0..<3 {
                let started = Date()
                client.send(burst)
                for _ in 0..<17 { #expect(client.line() != nil) }
                quickest = min(quickest, Date().timeIntervalSince(started))
            }
            #expect(quickest < 0.15, "the 17th reply came after \(quickest) s")
        }
    }
}
