import Foundation
import Testing
@testable import EscalationRules

/// An outside routing review, round 23 (/work/review-r23/REVIEW.md): the dates a route gives to act by.
@Suite("Routing review, round 23: dates to act by")
struct RoutingReviewRound23DatesTests {
    static func text(_ route: Route, _ id: String) -> String {
        route.lines(policy: Bundled.policy(id)).joined(separator: "\n").replacingOccurrences(of: "\n  ", with: " ").replacingOccurrences(of: "\n    ", with: " ")
    }

    // MARK: F1. A higher risk never shows a later date to act by

    /// `route --policy shropshire --risk none|immediate --tried 4 --raised 2025-03-03 --stage-started 2025-03-12 --now 2025-03-12T10:00`:
    /// at no risk, "Work to: Friday 14 March 2025"; at immediate risk the stage to expedite led with Tuesday 25 March, and its
    /// JSON `dateToWorkTo` was that later date, `workTo` null.
    @Test("Shropshire's stage to expedite works to the earliest reading, as the route at no risk does") func shropshireExpeditedWorksToEarliest() throws {
        let calm = Bundled.route("shropshire", .make(tried: 4, raised: "2025-03-03", stageStarted: "2025-03-12", now: "2025-03-12T10:00"))
        #expect(calm.dateToWorkTo == .on("2025-03-14"))
        // At significant risk Shropshire keeps the case on its stages, and the route works to the earliest already.
        let significant = Bundled.route("shropshire", .make(risk: .significant, tried: 4, raised: "2025-03-03", stageStarted: "2025-03-12", now: "2025-03-12T10:00"))
        #expect(significant.stageToPursue == nil && significant.dateToWorkTo == .on("2025-03-14"))
        let route = Bundled.route("shropshire", .make(risk: .immediate, tried: 4, raised: "2025-03-03", stageStarted: "2025-03-12", now: "2025-03-12T10:00"))
        let stage = try #require(route.stageToPursue)
        #expect(stage.workTo == calm.workTo)
        #expect(route.json["stageToPursue"]?["dateToWorkTo"] == "2025-03-14")
        #expect(route.json["stageToPursue"]?["workTo"]?["deadline"] == "2025-03-14")
        #expect(route.json["stageToPursue"]?["deadline"] == "2025-03-25", "the main reading's date keeps its meaning")
        let text = Self.text(route, "shropshire")
        #expect(text.contains("Its own time, an outer limit only, not a reason to wait: work to Friday 14 March 2025, the earliest date the readings below give"), "\(text)")
        let first = try #require(text.range(of: "14 March 2025")), later = try #require(text.range(of: "25 March 2025"))
        #expect(first.lowerBound < later.lowerBound, "the earliest date comes first: \(text)")
    }

    /// `route --policy pan-cheshire --risk significant --tried 3 --raised 2025-03-03 --stage-started 2025-03-12 --now 2025-03-12T10:00`:
    /// the text led with Day 19, Thursday 27 March, where the route at no risk says "Work to: Thursday 20 March 2025".
    @Test("Pan-Cheshire's Step 3 at significant risk works to Thursday 20 March, as at no risk") func panCheshireStepThree() throws {
        let facts = Facts.make(risk: .significant, tried: 3, raised: "2025-03-03", stageStarted: "2025-03-12", now: "2025-03-12T10:00")
        var calmFacts = facts
        calmFacts.risk = .none
        let calm = Bundled.route("pan-cheshire", calmFacts)
        #expect(calm.dateToWorkTo == .on("2025-03-20"))
        let route = Bundled.route("pan-cheshire", facts)
        #expect(route.stageToPursue?.dateToWorkTo == .on("2025-03-20"))
        #expect(route.json["stageToPursue"]?["dateToWorkTo"] == "2025-03-20")
        let text = Self.text(route, "pan-cheshire")
        #expect(text.contains("not a reason to wait: work to Thursday 20 March 2025"), "\(text)")
    }

    /// `route --policy pan-cheshire --risk significant --now 2025-03-05T10:00`: the stage's JSON gave Friday 7 March, 10:00
    /// (48 hours), not the heading's earlier Day 2, Thursday 6 March, which the route at no risk works to.
    @Test("Pan-Cheshire's first stage at significant risk works to the heading's Day 2") func panCheshireFirstStage() throws {
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, raised: nil, now: "2025-03-05T10:00"))
        let calm = Bundled.route("pan-cheshire", .make(raised: nil, now: "2025-03-05T10:00"))
        #expect(calm.dateToWorkTo == .on("2025-03-06"))
        #expect(route.json["stageToPursue"]?["dateToWorkTo"] == "2025-03-06")
        #expect(route.json["stageToPursue"]?["timeToWorkTo"] == .null, "Day 2 is a day's time, not 10:00")
    }

    /// `route --policy torbay --risk immediate --tried 3 --now 2025-04-17T10:00`: "Outer limit ... by Tuesday 6 May 2025", then
    /// the 14 calendar days' Thursday 1 May with no word of working to it, and no date in the JSON but in `actions` text.
    @Test("Torbay's outer limit at immediate risk works to Thursday 1 May, in the text and in structured JSON") func torbayOuterLimit() throws {
        let route = Bundled.route("torbay", .make(risk: .immediate, tried: 3, raised: nil, now: "2025-04-17T10:00"))
        let calm = Bundled.route("torbay", .make(tried: 3, raised: nil, now: "2025-04-17T10:00"))
        #expect(calm.dateToWorkTo == .on("2025-05-01"))
        #expect(route.stageToPursue == nil, "discretion: no one stage is the route's")
        let limit = try #require(route.json["outerLimit"])
        #expect(limit["position"] == 4)
        #expect(limit["deadline"] == "2025-05-06")
        #expect(limit["dateToWorkTo"] == "2025-05-01")
        #expect(limit["workTo"]?["deadline"] == "2025-05-01")
        let said = try #require(route.actions.first { $0.hasPrefix("Outer limit") })
        #expect(said.contains("(not a reason to wait): work to Thursday 1 May 2025"), "\(said)")
        #expect(said.contains("One reading: by Tuesday 6 May 2025"), "\(said)")
        #expect(Bundled.route("torbay", .make(tried: 3, raised: nil, now: "2025-04-17T10:00")).json["outerLimit"] == nil, "only where there is one")
    }
}
