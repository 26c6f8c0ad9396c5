import Foundation
import Testing

/// The risk question asked again on a sign of risk today, through every way in: the terminal, the
/// line protocol and the jsonl protocol each play the same golden transcripts.
@Suite("The risk question asked again, in every way in")
struct RiskReaskTests {
    static let transcripts = ["risk-reask-child-alone-yes.txt", "risk-reask-baby-bruise-no.txt", "risk-reask-adult-overdose.txt",
                              "risk-no-reask-negated.txt", "risk-reask-first-answer.txt", "risk-reask-first-answer-no.txt", "risk-first-not-right-now.txt"]

    struct Golden {
        var policy: String
        var now: String
        var answers: [String]
        var botLines: [String]

        init(_ name: String) throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("ConversationEngineTests/Transcripts/\(name)")
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            let header = lines[0].split(separator: " ").map(String.init)
            policy = header[header.firstIndex(of: "policy:")! + 1]
            now = header[header.firstIndex(of: "now:")! + 1]
            answers = lines.filter { $0.hasPrefix("you: ") }.map { String($0.dropFirst(5)) }
            botLines = lines.filter { $0.hasPrefix("bot: ") }.map { String($0.dropFirst(5)) }
        }

        /// The lines a jsonl reply carries: its options travel as data, not as numbered lines.
        var botLinesWithoutOptions: [String] { botLines.filter { !$0.starts(with: "  ") } }
    }

    /// Words one space apart: the terminal wraps long lines at its width.
    static func spaced(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test("the terminal says every line of the transcript, in order", arguments: transcripts)
    func terminal(_ name: String) throws {
        let golden = try Golden(name)
        let result = try Executable.run(["--policy", golden.policy, "--now", golden.now], input: Executable.lines(golden.answers))
        #expect(result.status == 0)
        var rest = Substring(Self.spaced(result.output))
        for line in golden.botLines.map(Self.spaced) {
            guard let found = rest.range(of: line) else { Issue.record("missing or out of order: \(line)"); return }
            rest = rest[found.upperBound...]
        }
    }

    @Test("the jsonl protocol sends the transcript's messages, its options as data", arguments: transcripts)
    func jsonl(_ name: String) throws {
        let golden = try Golden(name)
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--now", golden.now])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        var said: [String] = []
        func play(_ request: [String: Any]) {
            let reply = client.request(request)
            said += ((reply?["replies"] as? [String]) ?? ["<no reply>"]).flatMap { $0.split(separator: "\n").map(String.init) }
        }
        play(["conversation": "c", "text": "hello", "policy": golden.policy])
        for answer in golden.answers { play(["conversation": "c", "text": answer]) }
        #expect(said.filter { !$0.starts(with: "  ") } == golden.botLinesWithoutOptions)
    }
}

extension RiskReaskTests {
    /// A bridge's first message starts the conversation and is not an answer; a sign of risk in it ("hi, a 5yo is home
    /// alone") had never been read. It is asked about, quoting it, after the first question, unless that answer is yes.
    @Test("a sign of risk in a bridge's opening message is asked about after the first question") func openingMessageRead() throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet", "--now", "2026-11-30T09:15"])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        func replies(_ request: [String: Any]) -> [String] { (client.request(request)?["replies"] as? [String]) ?? [] }
        let opening = "hi, a 5yo has been home alone since this morning and duty say tomorrow"
        _ = replies(["conversation": "a", "text": opening, "policy": "torbay"])
        let afterNo = replies(["conversation": "a", "text": "no"])
        #expect(afterNo.contains { $0.hasPrefix("You wrote '") && $0.contains("home alone") && $0.hasSuffix("at risk of harm today? (yes / no)") }, "\(afterNo)")
        // A yes to the first question is not asked again.
        _ = replies(["conversation": "b", "text": opening, "policy": "torbay"])
        let afterYes = replies(["conversation": "b", "text": "yes"])
        #expect(!afterYes.contains { $0.hasPrefix("You wrote '") }, "\(afterYes)")
        // An ordinary greeting is not asked about.
        _ = replies(["conversation": "c", "text": "hello, I need some advice about a referral", "policy": "torbay"])
        #expect(!replies(["conversation": "c", "text": "no"]).contains { $0.hasPrefix("You wrote '") })
    }
}
