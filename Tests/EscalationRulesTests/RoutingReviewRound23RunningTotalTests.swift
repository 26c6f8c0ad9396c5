import Testing
@testable import EscalationRules

/// An outside routing review, round 23 (/work/review-r23/REVIEW.md), F2: Shropshire's flowchart times rise stage by stage (2, 4, 5,
/// 7 and 9 working days, 004 l.61-110), which may be a running total from the day it was first raised. Given that day, the route
/// shows that reading; without it, counted from the day the stage began, it gave the stage's own date and was hidden as no second
/// answer, where Torbay's and Pan-Cheshire's routes say it and ask for the day.
@Suite("Routing review, round 23: Shropshire's running total without the day it was first raised")
struct RoutingReviewRound23RunningTotalTests {
    static func text(_ route: Route) -> String {
        route.lines(policy: Bundled.policy("shropshire")).joined(separator: "\n").replacingOccurrences(of: "\n  ", with: " ")
    }

    /// `route --policy shropshire --tried 4 --stage-started 2025-03-20 --now 2025-03-20T10:00`: "By: Wednesday 2 April 2025: 9
    /// working days from Thursday 20 March 2025, when Stage 4 ended without agreement", and nothing else about timing.
    @Test("the reviewer's route says the running total may have run out and asks for the day") func reviewersRoute() throws {
        let route = Bundled.route("shropshire", .make(tried: 4, raised: nil, stageStarted: "2025-03-20", now: "2025-03-20T10:00"))
        #expect(route.deadline == .on("2025-04-02"))
        let other = try #require(route.otherReading, "\(Self.text(route))")
        #expect(other.deadline == .on("2025-04-02"))
        #expect(other.reading.hasPrefix("counted from when it was first raised"))
        #expect(other.basis.contains("It gives the same date as above only because the day it was first raised is not given and today is taken for it: read as a running total from the real day, the time runs out earlier and may already have run out, so give that day; until then work to the date above"), "\(other.basis)")
        #expect(route.dateToWorkTo == .on("2025-04-02"))
        let text = Self.text(route)
        #expect(text.contains("Another reading (counted from when it was first raised"), "\(text)")
        #expect(route.json["otherReading"]?["deadline"] == "2025-04-02")
    }

    /// A stage begun days ago, the day it was first raised taken as no later than that day.
    @Test("a stage begun earlier says the same, of the day the stage began", arguments: [2, 3, 4, 5])
    func stageBegunEarlier(_ position: Int) throws {
        let route = Bundled.route("shropshire", .make(tried: position - 1, raised: nil, stageStarted: "2025-03-17", now: "2025-03-20T10:00"))
        let other = try #require(route.otherReading)
        #expect(other.deadline == route.deadline)
        #expect(other.basis.contains("It gives the same date as above only because the day it was first raised is not given and the day this stage began is taken for it"), "\(other.basis)")
    }

    /// Given the day, the reading gives its own, earlier date, as before; and the first stage, which counts from that day anyway,
    /// has no second reading.
    @Test("given the day, or at the first stage, nothing changes") func givenOrFirst() {
        let given = Bundled.route("shropshire", .make(tried: 4, raised: "2025-03-03", stageStarted: "2025-03-20", now: "2025-03-20T10:00"))
        #expect(given.otherReading?.deadline == .on("2025-03-14"))
        #expect(given.otherReading?.basis.contains(AlternativeDeadline.sameBecause) == false)
        let first = Bundled.route("shropshire", .make(tried: 0, raised: nil, now: "2025-03-20T10:00"))
        #expect(first.otherReading == nil)
    }
}
