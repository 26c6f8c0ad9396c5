import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A whole conversation kept as a readable file: a header with the policy and clock, then
/// `you:` lines typed and `bot:` lines expected, compared exactly.
///
/// In `you:` lines, `\xHH` stands for a raw byte (so invalid UTF-8 can be typed) and
/// `{repeat N C}` for N copies of C. `RECORD_TRANSCRIPTS=1 swift test` rewrites every file's bot
/// lines from the engine and fails the run, so the change is reviewed like code.
struct Transcript: CustomStringConvertible, Sendable {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")
    static let recording = ProcessInfo.processInfo.environment["RECORD_TRANSCRIPTS"] == "1"

    var name: String
    var header: String
    var policy: String?
    var now: Moment
    /// `mode: train` opens on a practice round, as `intake-bot train` does.
    var training = false
    var inputs: [String]
    var expected: String
    var description: String { name }

    static var all: [Transcript] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { try? Transcript(named: $0) }
    }

    init(named name: String) throws {
        self.name = name
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        header = lines.first ?? ""
        var policy: String?
        var now = Moment(iso: "2026-11-23T10:00")!
        var training = false
        let words = header.dropFirst().split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() where index + 1 < words.count {
            if word == "policy:", words[index + 1] != "ask" { policy = words[index + 1] }
            if word == "now:", let moment = Moment(iso: words[index + 1]) { now = moment }
            if word == "mode:", words[index + 1] == "train" { training = true }
        }
        self.policy = policy
        self.now = now
        self.training = training
        inputs = lines.filter { $0.hasPrefix("you:") }.map { String($0.dropFirst(4).drop { $0 == " " }) }
        expected = lines.dropFirst().joined(separator: "\n")
    }

    /// The conversation played through the engine, as the file should read.
    func replayed() -> String {
        let conversation = Conversation(library: .bundled)
        var turn = training ? conversation.startTraining(policyID: policy, at: now) : conversation.start(policyID: policy, at: now)
        var out = Self.botLines(turn)
        for input in inputs {
            out.append("you: \(input)")
            turn = conversation.reply(to: Self.typed(input), in: turn.session, at: now)
            out += Self.botLines(turn)
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func botLines(_ turn: Turn) -> [String] {
        turn.replies.flatMap(\.textLines).map { "bot: \($0)" }
    }

    /// What the practitioner's keyboard sent for a `you:` line, escapes undone, bytes decoded as the shell does.
    static func typed(_ line: String) -> String {
        var bytes: [UInt8] = []
        var rest = Substring(line)
        while !rest.isEmpty {
            if rest.hasPrefix("\\x"), rest.count >= 4, let byte = UInt8(rest.dropFirst(2).prefix(2), radix: 16) {
                bytes.append(byte)
                rest = rest.dropFirst(4)
            } else if rest.hasPrefix("{repeat "), let close = rest.firstIndex(of: "}") {
                let parts = rest[rest.index(rest.startIndex, offsetBy: 8)..<close].split(separator: " ")
                if parts.count == 2, let count = Int(parts[0]) { bytes += Array(String(repeating: String(parts[1]), count: count).utf8) }
                rest = rest[rest.index(after: close)...]
            } else {
                bytes += Array(String(rest.first!).utf8)
                rest = rest.dropFirst()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func record() throws {
        try (header + "\n" + replayed()).write(to: Self.folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}

@Suite("Golden transcripts")
struct TranscriptTests {
    @Test("there are transcripts to replay") func present() {
        #expect(Transcript.all.count >= 20)
    }

    @Test(arguments: Transcript.all) func replays(_ transcript: Transcript) throws {
        if Transcript.recording {
            try transcript.record()
            Issue.record("rewrote \(transcript.name): review the diff, then run without RECORD_TRANSCRIPTS")
            return
        }
        let actual = transcript.replayed()
        if actual != transcript.expected + (transcript.expected.hasSuffix("\n") ? "" : "\n") {
            Issue.record("\(transcript.name) differs:\n\(LineDiff.describe(expected: transcript.expected, actual: actual))")
        }
    }
}

/// The first lines where two texts part, with a little context.
enum LineDiff {
    static func describe(expected: String, actual: String) -> String {
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        guard let first = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset ?? (a.count != b.count ? min(a.count, b.count) : nil)
        else { return "(no difference)" }
        let lines = (max(0, first - 2)..<min(max(a.count, b.count), first + 4)).map { i in
            "  \(i + 2): - \(i < a.count ? a[i] : "<end>")\n  \(i + 2): + \(i < b.count ? b[i] : "<end>")"
        }
        return lines.joined(separator: "\n")
    }
}
