import Foundation
import Testing
@testable import EscalationRules

/// The readings recorded before the risk reading was made cheaper (issue 17), held line by line, so
/// the cheaper reading is shown to say exactly what the old one said.
///
/// It found that readings differed between processes (the typo table kept the first stem met in a
/// `Set`'s order); the tables are now built in a fixed order, and this test holds every process to
/// the same readings. `RECORD_RISK_READINGS=1 swift test` rewrites the file and fails the run.
@Suite("Risk readings against the recorded ones")
struct RiskReadingFixtureTests {
    static let file = Paths.fixtures.appendingPathComponent("risk-readings.txt")
    static let recording = ProcessInfo.processInfo.environment["RECORD_RISK_READINGS"] == "1"

    /// Every labelled description in corpus order, then the team's, then the short answers; only the
    /// line number names a description, so no text is copied here.
    static var texts: [String] { CorpusReadings.texts }

    /// One line for everything `classify` and `urgency(of:)` say of `text`; confidences to the last bit.
    static func reading(_ text: String) -> String {
        let (full, risk) = (CorpusReadings.reading(text).full, CorpusReadings.reading(text).risk)
        let signs = full.signs.map { "\($0.situation)|\($0.words)|\($0.quote)|\($0.urgency.rawValue)" }.joined(separator: " ; ")
        let alternatives = full.alternatives.map { "\($0.type.rawValue)=\($0.confidence.bitPattern)" }.joined(separator: ",")
        return [full.urgency.rawValue, full.type.rawValue, String(full.confidence.bitPattern), alternatives, full.cues.joined(separator: " | "),
                signs, risk.urgency.rawValue, risk.cues.joined(separator: " | ")].joined(separator: "\t")
    }

    @Test("classify and urgency(of:) say what they said when recorded, for every description and short answer")
    func matchesRecorded() throws {
        let lines = Self.texts.map(Self.reading)
        if Self.recording {
            try (lines.joined(separator: "\n") + "\n").write(to: Self.file, atomically: true, encoding: .utf8)
            Issue.record("rewrote risk-readings.txt: run again without RECORD_RISK_READINGS")
            return
        }
        let recorded = try Paths.text(Self.file).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        try #require(recorded.count == lines.count)
        for (number, (now, then)) in zip(lines, recorded).enumerated() where now != then {
            Issue.record("line \(number + 1) reads differently from the recorded reading")
        }
    }
}

@Suite("Reading a text's clauses and tokens in one pass")
struct ClauseReadingTests {
    @Test("gives the clauses of Clause.split and the tokens of Words.tokens, on every description and short answer")
    func agreesWithSplittingTwice() {
        let texts = RiskReadingFixtureTests.texts + ["it's 3pm: he's alone\nsince lunch (no food)", "..", "x", "naïve café: left alone, tonight"]
        for text in texts {
            let read = Clause.reading(text)
            let split = Clause.split(text)
            #expect(read.tokens == EscalationRules.Words.tokens(text))
            #expect(read.clauses.map(\.words) == split.map(\.words))
            #expect(read.clauses.map { String($0.typed) } == split.map { String($0.typed) })
        }
    }
}
