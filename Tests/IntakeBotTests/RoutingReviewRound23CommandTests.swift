import Foundation
import Testing

/// An outside routing review, round 23, F6: `--area Halton`, `--risk Immediate`, `--setting School` and `--subject Child`
/// were refused with status 2, while `--policy Pan-Cheshire` was taken: in an emergency, a capital letter cost the
/// practitioner the 999 line and the front door's number.
@Suite("Routing review, round 23: route's option values in any case")
struct RoutingReviewRound23CommandTests {
    @Test("each option's value is taken in any case, as --policy is, and gives the same route as in lower case", arguments: [
        (["--risk", "Immediate"], ["--risk", "immediate"]),
        (["--risk", "immediate", "--area", "Halton"], ["--risk", "immediate", "--area", "halton"]),
        (["--risk", "IMMEDIATE", "--setting", "School"], ["--risk", "immediate", "--setting", "school"]),
        (["--risk", "immediate", "--subject", "Child"], ["--risk", "immediate", "--subject", "child"]),
        (["--with", "Own-Manager", "--area", "Cheshire-West"], ["--with", "own-manager", "--area", "cheshire-west"]),
        (["--risk", "Significant", "--setting", "Early-Years"], ["--risk", "significant", "--setting", "early-years"]),
    ])
    func anyCase(_ given: [String], _ lower: [String]) throws {
        let base = ["route", "--policy", "pan-cheshire", "--json", "--now", "2025-03-05T10:00"]
        let capitals = try Executable.run(base + given)
        let plain = try Executable.run(base + lower)
        #expect(capitals.status == 0, "\(capitals.errors)")
        #expect(plain.status == 0, "\(plain.errors)")
        #expect(capitals.output == plain.output)
    }

    @Test("a value that is not one of the option's, in any case, is still refused, naming the accepted values") func unknownRefused() throws {
        let result = try Executable.run(["route", "--policy", "pan-cheshire", "--risk", "Urgent", "--now", "2025-03-05T10:00"])
        #expect(result.status == 2)
        #expect(result.errors.contains("--risk must be one of none, significant, immediate, not 'Urgent'"), "\(result.errors)")
    }
}

/// An outside routing review, round 23: F6's second half (a mistyped option at immediate risk printed the error alone) and F9
/// (`--stage-started` with `--tried 0` was said as "when the stage before ended", of a first stage that has none).
@Suite("Routing review, round 23: option errors at immediate risk, and the first stage's start")
struct RoutingReviewRound23OptionErrorTests {
    @Test("a mistyped option at immediate risk is refused with the 999 line beside the error", arguments: [
        ["--policy", "pan-cheshire", "--risk", "immediate", "--area", "haltn"],
        ["--policy", "torbya", "--risk", "Immediate"],
        ["--policy", "shropshire", "--risk", "immediate", "--tried", "two"],
    ])
    func urgentBesideError(_ given: [String]) throws {
        let result = try Executable.run(["route", "--now", "2026-12-07T10:00"] + given)
        #expect(result.status == 2)
        #expect(result.errors.contains("call 999 now"), "\(result.errors)")
    }

    @Test("a mistyped option at no stated risk is refused without the 999 line") func plainError() throws {
        let result = try Executable.run(["route", "--now", "2026-12-07T10:00", "--policy", "pan-cheshire", "--area", "haltn"])
        #expect(result.status == 2)
        #expect(!result.errors.contains("999"), "\(result.errors)")
    }

    @Test("--stage-started with no stage tried is refused, pointing to --raised", arguments: [["--tried", "0"], []])
    func firstStageStart(_ tried: [String]) throws {
        let result = try Executable.run(["route", "--policy", "shropshire", "--now", "2026-12-07T10:00", "--stage-started", "2026-12-01"] + tried)
        #expect(result.status == 2)
        #expect(result.errors.contains("give --raised instead"), "\(result.errors)")
        let raised = try Executable.run(["route", "--policy", "shropshire", "--now", "2026-12-07T10:00", "--raised", "2026-12-01"])
        #expect(raised.status == 0)
        #expect(!raised.output.contains("the stage before ended"), "\(raised.output)")
    }
}
