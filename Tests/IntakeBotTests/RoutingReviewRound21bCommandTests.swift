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
