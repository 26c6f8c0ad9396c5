import Foundation
import Testing
@testable import EscalationRules

/// A chat review, round 23, F3: for Pan-Cheshire at significant or immediate risk, the interim reply gave the front door and
/// the area's number (or its Emergency Duty Team, the door shut), and the route the chat ends with, carried on to the stages,
/// and the record kept from it, named only the professional disagreed with. The policy's own step (002 l.27) stays.
@Suite("Chat review, round 23: Pan-Cheshire's front door stays on the route after the urgent reply")
struct ChatReview23RoutingTests {
    static let step = "should they be considered at significant risk the local authority children's social care front door should be contacted"

    /// Friday 4 December 2026 at 17:10, Warrington's front door shut: its EDT, 01925 443322 option 2, the review's number.
    @Test("carried on to the stages, the route keeps the front-door step first, cited, and the area's numbers", arguments: [Risk.significant, .immediate])
    func frontDoorKept(_ risk: Risk) throws {
        let facts = Facts.make(risk: risk, raised: "2026-12-04", now: "2026-12-04T17:10", subject: .child, area: "warrington", urgentStepsTaken: true)
        let route = Bundled.route("pan-cheshire", facts)
        #expect(route.outcome == .stage)
        let step = try #require(route.actions.first { $0.hasPrefix("As the policy says at this risk, alongside the escalation: contact the local authority children's social care front door") }, "\(route.actions)")
        #expect(route.citations.contains { $0.quote == Self.step })
        #expect(route.otherContacts.contains { $0.phone?.contains("01925 443322") == true }, "\(route.otherContacts.map(\.summary))")
        // Said before the stage's contact, after the emergency line.
        let lines = route.lines(policy: Bundled.policy("pan-cheshire"))
        let said = try #require(lines.firstIndex { $0.contains(step) })
        let contact = try #require(lines.firstIndex { $0.hasPrefix("Contact: ") })
        #expect(said < contact, "\(lines)")
        // The stage's own contact is still the route's.
        #expect(route.contact.role != nil)
        #expect(route.contact.phone == nil, "\(route.contact.summary)")
    }

    @Test("at no risk, and for the policies that keep the risk on the stages, nothing changes", arguments: ["bcssp", "torbay", "isle-of-man", "shropshire"])
    func othersUnchanged(_ id: String) {
        let facts = Facts.make(risk: .significant, now: "2026-12-04T17:10", subject: .child, urgentStepsTaken: true)
        #expect(!Bundled.route(id, facts).actions.contains { $0.hasPrefix("As the policy says at this risk") })
    }
}
