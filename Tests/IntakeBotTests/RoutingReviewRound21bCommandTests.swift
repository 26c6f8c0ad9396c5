import Foundation
import Testing

/// An outside routing review, round 21, F13: `--now 2027-03-28T01:30` (a UK time the clock never shows) and
/// `--now 2027-10-31T01:30` (one it shows twice) were taken silently, the first as GMT.
@Suite("Routing review, round 21: --now at a change of the clocks")
struct RoutingReviewRound21bCommandTests {
    @Test("a --now the clock never shows is refused, with the hour the clocks skip, as other bad input is", arguments: [
        ["route", "--policy", "pan-cheshire", "--area", "halton", "--now", "2027-03-28T01:30"],
        ["route", "--policy", "pan-cheshire", "--area", "halton", "--json", "--now", "2027-03-28T01:00"],
        ["chat", "--policy", "torbay", "--now", "2027-03-28T01:59"],
        ["train", "--policy", "torbay", "--now", "2027-03-28T01:30"],
    ])
    func skippedRefused(_ arguments: [String]) throws {
        let result = try Executable.run(arguments, input: Executable.lines(["quit"]))
        #expect(result.status == 2)
        #expect(result.output.isEmpty, "\(result.output)")
        #expect(result.errors.contains("is not a UK time: the clocks go forward from 01:00 to 02:00 on Sunday 28 March 2027"), "\(result.errors)")
    }

    @Test("a --now the clock shows twice is taken as the first, and that is said on stderr") func repeatedSaid() throws {
        let result = try Executable.run(["route", "--policy", "bcssp", "--subject", "child", "--risk", "immediate", "--json", "--now", "2027-10-31T01:30"])
        #expect(result.status == 0)
        #expect(result.errors.contains("01:30 on Sunday 31 October 2027 happens twice, as the clocks go back from 02:00 to 01:00 that morning: it is taken as the first, in British Summer Time (00:30 GMT)"), "\(result.errors)")
        // The JSON on stdout is the route alone.
        #expect(result.output.hasPrefix("{"), "\(result.output.prefix(80))")
    }

    @Test("times either side of the changes are taken as they are, with nothing said", arguments: ["2027-03-28T00:59", "2027-03-28T02:00", "2027-10-31T02:00", "2027-10-31T00:59"])
    func ordinaryTimesSilent(_ now: String) throws {
        let result = try Executable.run(["route", "--policy", "pan-cheshire", "--area", "halton", "--now", now])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty, "\(result.errors)")
    }
}

/// An outside routing review, round 21, F8 (the explanation only): `classify --explain` said "risk: no sign heard" beside "urgency
/// significant", and "written like risk today" with no risk word in "Police won't convene a strategy discussion for this child".
/// The classifications stay as they were; the explanation says what decided them.
@Suite("Routing review, round 21: classify --explain says what decided the urgency")
struct ClassifyExplainTests {
    static let lines = ["Police won't convene a strategy discussion for this child",
                        "The child protection plan is drifting, agreed actions are not being followed through",
                        "The health visitor won't share information with the school about the family"]

    @Test("the same classifications, each urgency explained by what decided it") func explained() throws {
        let result = try Executable.run(["classify", "--explain"], input: Executable.lines(Self.lines))
        #expect(result.status == 0)
        let out = result.output.split(separator: "\n").map(String.init)
        // Type and urgency, not the confidence, which moves a point whenever the model is retrained on new sets.
        let readings = out.filter { !$0.hasPrefix(" ") }.map { $0.replacingOccurrences(of: #" \(\d+%\)"#, with: "", options: .regularExpression) }
        #expect(readings == ["convening-strategy-or-conference, urgency immediate", "lack-of-action-or-drift-delay, urgency significant",
                             "information-sharing-communication, urgency routine"])
        let risk = out.filter { $0.hasPrefix("  risk: ") }
        #expect(risk.count == 3, "\(risk)")
        #expect(risk[0].hasPrefix("  risk: immediate, no risk word heard: the learnt risk model reads the whole description as risk today, weighing most "), "\(risk[0])")
        #expect(risk[0].hasSuffix("most in 'Police won't convene a strategy discussion for this child'"), "\(risk[0])")
        #expect(!risk[0].contains("written like risk today"))
        #expect(risk[1] == "  risk: significant, no sign of harm named, but a word of concern: \"child protection\" in 'The child protection plan is drifting'", "\(risk[1])")
        #expect(risk[2] == "  risk: no sign heard")
    }
}
