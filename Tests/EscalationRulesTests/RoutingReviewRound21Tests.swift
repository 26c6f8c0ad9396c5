import Foundation
import Testing
@testable import EscalationRules

/// An outside routing review, round 21: sixty-nine route cases over the five texts. Each fix is checked against the
/// policy's own words.
@Suite("Routing review, round 21")
struct RoutingReviewRound21Tests {
    static func text(_ route: Route, _ id: String) -> String {
        route.lines(policy: Bundled.policy(id)).joined(separator: "\n")
    }

    // MARK: F1. Shropshire's "expedited if someone is at risk of harm", at every risk

    /// "Please note that this process should be expedited if someone is at risk of harm." (004 l.57): any risk of harm,
    /// where the tool's levels start at significant harm. At "none", the default, the words were dropped.
    @Test("Shropshire says to expedite at any risk of harm on every stage, at every risk level, once", arguments: Risk.allCases)
    func shropshireExpediteAtEveryRisk(_ risk: Risk) {
        for tried in 0..<5 {
            let route = Bundled.route("shropshire", .make(risk: risk, tried: tried, raised: "2027-10-18", stageStarted: tried > 0 ? "2027-10-19" : nil,
                                                           now: "2027-10-19T10:00", subject: .child, setting: .school))
            // At immediate risk the urgent route says it ("Expedite the escalation process: someone is at risk of harm"), and
            // its stage to expedite does not say it again.
            let said = route.actions + (route.stageToPursue?.actions ?? [])
            let saying = said.filter { $0.localizedCaseInsensitiveContains("expedite") && $0.contains("at risk of harm") }
            #expect(saying.count == 1, "\(risk) stage \(tried + 1): \(said)")
            #expect(route.citations.contains { $0.quote.contains("this process should be expedited if someone is at risk of harm") })
        }
    }

    /// B&NES (000 l.22, l.54) and Torbay (001 l.24) act at "risk of immediate harm"; the headline said "immediate risk of
    /// significant harm", a narrower test than the policies' words.
    @Test("B&NES and Torbay state their urgent trigger in their own words", arguments: ["bcssp", "torbay"])
    func immediateTriggerInThePolicysWords(_ id: String) {
        let route = Bundled.route(id, .make(risk: .immediate, now: "2027-01-08T16:45", subject: .child, setting: .hospital))
        #expect(route.headline.hasPrefix("URGENT: a child may be at risk of immediate harm (the \(Bundled.policy(id).shortName) policy's words)."), "\(route.headline)")
        #expect(!route.headline.contains("significant"))
        #expect(route.citations.contains { $0.quote.contains("risk of immediate harm") })
        let pathway = Pathway(policy: Bundled.policy(id))
        #expect(pathway.urgent.first?.title == "Immediate risk of significant harm (the policy's words: at risk of immediate harm)")
    }

    @Test("the Isle of Man's trigger is the tool's words, so its headline is unchanged") func isleOfManTrigger() {
        let route = Bundled.route("isle-of-man", .make(risk: .immediate, now: "2027-01-08T16:45", subject: .child, setting: .school))
        #expect(route.headline.hasPrefix("URGENT: a child may be at immediate risk of significant harm."))
    }
}
