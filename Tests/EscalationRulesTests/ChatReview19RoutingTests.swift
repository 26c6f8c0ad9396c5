import Foundation
import Testing
@testable import EscalationRules

/// A chat review, round 19 (2026-12-02): the route's findings, each checked against the policy's own words.
@Suite("Chat review, round 19: routes")
struct ChatReview19RoutingTests {
    static func torbayStageOne(gaps: [String]?) -> Route {
        var facts = Facts.make(tried: 0, raised: "2026-12-04", now: "2026-12-04T16:50", subject: .child)
        facts.checklistGaps = gaps
        return Bundled.route("torbay", facts)
    }

    // MARK: Po1. Only what is still to do before escalating

    /// Torbay's pre-escalation: "should initially consult a supervisor/manager within their own organisation to clarify
    /// their thinking ...". Answered yes at the checklist, it is done, and the route said it again.
    @Test("Torbay's checklist all done: no pre-escalation step, and the route still says to talk to the worker") func checklistDoneNoPreEscalation() {
        let route = Self.torbayStageOne(gaps: [])
        #expect(!route.actions.contains { $0.hasPrefix("Pre-escalation") }, "\(route.actions)")
        #expect(route.actions.contains { $0.hasPrefix("Talk to the worker directly") }, "\(route.actions)")
    }

    @Test("Torbay's checklist with gaps: the pre-escalation step says only those, with the checklist's quotes") func checklistGapsOnly() throws {
        let route = Self.torbayStageOne(gaps: ["consulted-supervisor", "actions-to-date"])
        let step = try #require(route.actions.first { $0.hasPrefix("Pre-escalation") })
        #expect(step == "Pre-escalation: first consult a supervisor or manager within your own organisation to clarify your thinking and outline any actions to date that bear on the decision.")
        let quotes = route.citations.map(\.quote)
        #expect(quotes.contains("should initially consult a supervisor/manager within their own organisation to clarify their thinking"), "\(quotes)")
        #expect(quotes.contains("outline any actions to date that may already or potentially impact on this decision"), "\(quotes)")
    }

    @Test("Torbay's checklist not asked, or nothing done: the pre-escalation step whole", arguments: [
        nil, ["consulted-supervisor", "specific", "actions-to-date", "aim", "evidence", "keeping-record"],
    ])
    func checklistWhole(_ gaps: [String]?) {
        let route = Self.torbayStageOne(gaps: gaps)
        #expect(route.actions.contains { $0.hasPrefix("Pre-escalation: first consult a supervisor or manager within your own organisation to clarify your thinking: identify the problem") }, "\(route.actions)")
    }

    @Test("every part of a checklist step names an item of the policy's checklist", arguments: PolicyLibrary.bundled.policies.map(\.id))
    func partsNameItems(_ id: String) {
        let policy = Bundled.policy(id)
        for stage in policy.stages {
            for part in stage.escalatorMust.compactMap(\.checklist).flatMap(\.parts) {
                #expect(policy.checklist.contains { $0.id == part.id }, "\(id) \(stage.label): \(part.id)")
            }
        }
    }

    /// "It should be recognised that differences in status and/or experience may affect the confidence of some workers to
    /// pursue this unsupported": an observation, said with the step it qualifies, never as an action of its own.
    @Test("the observation on status and experience is not an action of its own", arguments: ["torbay", "bcssp"])
    func observationNotAnAction(_ id: String) {
        let route = Bundled.route(id, Facts.make(tried: 0, now: "2026-11-23T10:00", subject: .child))
        #expect(!route.actions.contains { $0.hasPrefix("The policy recognises") }, "\(route.actions)")
        #expect(route.actions.contains { $0.contains("at the lowest possible level") && $0.contains(". The policy recognises that differences in status") }, "\(route.actions)")
    }
}
