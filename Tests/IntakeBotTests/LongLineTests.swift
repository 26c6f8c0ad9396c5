import Foundation
import Testing

/// A chat review, round 20 (F15): a line over `--max-line` was dropped whole ("That line was too long, so it was ignored"),
/// losing a pasted account and any sign of risk in it, where the terminal keeps 2,000 characters and reads the rest for
/// risk. Both socket protocols now answer it as the terminal does, from the part the server holds.
@Suite("Long lines on the socket")
struct LongLineTests {
    /// A DSL's chronology of 20,000 bytes, with a sign of risk after the first 2,000 characters and before 16,384 bytes.
    static let account: String = {
        let background = String(repeating: "We made a referral to CSC three weeks ago and it was discussed at the team meeting. ", count: 40)
        let disclosure = "This morning the child told the class teacher that mum's ex-partner is back living at the house and said he would hurt her if she told anyone. "
        let tail = String(repeating: "The school has kept notes of every call and email. ", count: 400)
        return String((background + disclosure + tail).prefix(20_000))
    }()

    static let toDescription = ["no", "no", "shropshire", "child", "1", "yes"]

    @Test("the line protocol keeps part of an over-long line, reads it for risk, says the rest was not read, and carries on")
    func lineProtocol() throws {
        let server = try ServerProcess(["--quiet"])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        _ = try #require(client.turn())
        for answer in Self.toDescription {
            client.send(answer)
            _ = try #require(client.turn(), "\(answer)")
        }
        client.send(Self.account)
        let reply = try #require(client.turn()).joined(separator: "\n")
        #expect(!reply.contains("ignored"), "\(reply)")
        #expect(reply.contains("so I kept only the first") && reply.contains("the rest was not read"), "\(reply)")
        #expect(reply.contains("ex-partner") && reply.contains("Is anyone at risk of harm today? (yes / no)"), "the sign is asked about: \(reply)")
        // The conversation goes on from the question asked.
        client.send("yes")
        #expect(try #require(client.turn()).joined(separator: "\n").contains("URGENT"))
    }

    @Test("jsonl answers an over-long text in its conversation and turn, replays it byte for byte, and asks about the risk in it")
    func jsonl() throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet"])
        defer { server.stop(); server.folder.remove() }
        let client = try SocketClient(server.socket)
        defer { client.close() }
        _ = try #require(client.request(["conversation": "long", "text": "hi", "turn": 0]))
        for (turn, answer) in Self.toDescription.enumerated() {
            _ = try #require(client.request(["conversation": "long", "text": answer, "turn": turn + 1]))
        }
        // The text first, so the cut falls in it and the conversation and turn come after it.
        let text = String(decoding: try JSONSerialization.data(withJSONObject: [Self.account], options: [.withoutEscapingSlashes]), as: UTF8.self).dropFirst().dropLast()
        let line = Array(("{\"text\": \(text), \"conversation\": \"long\", \"turn\": 7}\n").utf8)
        #expect(line.count > 16_384)
        client.send(line)
        let sent = try #require(client.checkedLine())
        let reply = try #require(try JSONSerialization.jsonObject(with: Data(sent.utf8)) as? [String: Any])
        #expect(reply["error"] == nil, "\(sent.prefix(300))")
        #expect(reply["conversation"] as? String == "long" && reply["turn"] as? Int == 7)
        let said = (reply["replies"] as? [String] ?? []).joined(separator: "\n")
        #expect(said.contains("so I kept only the first") && said.contains("the rest was not read"), "\(said)")
        #expect(said.contains("ex-partner") && reply["expects"] as? String == "yes-no", "\(said)")
        client.send(line)
        #expect(client.checkedLine() == sent, "a resend gets the same reply")
        // A line cut anywhere but in its text is still refused.
        client.send(Array("{\"conversation\": \"long\", \"text\": \"no\", \"pad\": [".utf8) + Array(repeating: UInt8(ascii: "1"), count: 20_000) + Array("]}\n".utf8))
        #expect((client.reply()?["error"] as? [String: Any])?["code"] as? String == "line-too-long")
    }
}
