import Foundation
import Testing
@testable import EscalationRules

/// An outside routing review, round 24: whom Pan-Cheshire's routes put first out of hours at significant risk (F1), and
/// Step 3's addresses with no area given (F6).
@Suite("Routing review, round 24: Pan-Cheshire's contacts")
struct RoutingReviewRound24ContactsTests {
    static func text(_ route: Route) -> String {
        route.lines(policy: Bundled.policy("pan-cheshire")).joined(separator: "\n").replacingOccurrences(of: "\n  ", with: " ")
    }

    static let conditional = "if the child may be at significant risk before then"

    // MARK: F1. Significant risk out of hours: the Emergency Duty Team first, as at immediate risk

    /// 002 l.27: "should they be considered at significant risk the local authority children's social care front door should
    /// be contacted". On Christmas Day and a Friday evening the main contact was a day line closed for days, and the EDT came
    /// second, "if the child may be at significant risk before then".
    @Test("Pan-Cheshire at significant risk with the day line shut: the EDT is the contact, the day line after it with when it opens",
          arguments: [("warrington", "2025-12-25T10:00", "Emergency Duty Team (Warrington)", "Multi Agency Referral Service (Warrington)", "opens Monday 29 December 2025 at 08:30"),
                      ("halton", "2025-03-07T18:00", "Emergency Duty Team (Halton)", "Integrated Contact and Referral Team (Halton)", "opens Monday 10 March 2025 at 09:00"),
                      ("cheshire-east", "2026-12-05T11:00", "Emergency Duty Team (Cheshire East)", "Cheshire East Children Consultation Service", "opens Monday 7 December 2026 at 08:30")])
    func teamFirstWhileShut(_ area: String, _ now: String, _ team: String, _ door: String, _ opens: String) throws {
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, raised: nil, now: now, subject: .child, area: area))
        #expect(route.contact.role == team, "\(route.contact)")
        // When to call the EDT stays not from the policy.
        #expect(route.contact.note?.contains("when to call it is not from the policy") == true, "\(route.contact)")
        let day = try #require(route.otherContacts.first, "\(route.otherContacts)")
        #expect(day.name == door || day.role == door, "\(day)")
        #expect(day.openNow != true && day.note?.contains(opens) == true, "\(day)")
        let text = Self.text(route)
        #expect(text.contains("Contact: \(team)"), "\(text)")
        #expect(text.contains("Also: Your area's key contact in Appendix B, \(door)"), "\(text)")
        #expect(!text.contains(Self.conditional) && !text.contains("do not wait"), "\(text)")
        // "Call now" and "URGENT" stay for immediate risk (a chat review, round 20, F9).
        #expect(!text.contains("URGENT") && !text.contains("Call now"), "\(text)")
    }

    @Test("with no area, each area's EDT comes before its shut day line, with no conditional") func everyAreaWhileShut() {
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, raised: nil, now: "2025-03-07T18:00", subject: .child))
        let text = route.lines(policy: Bundled.policy("pan-cheshire")).joined(separator: "\n")
        for area in ["Cheshire West", "Cheshire East", "Halton", "Warrington"] {
            let lines = text.components(separatedBy: "\n").filter { $0.hasPrefix("  \(area): ") }
            #expect(lines.count == 2 && lines[0].contains("Emergency Duty Team") && lines[1].contains("opens Monday 10 March 2025"), "\(text)")
        }
        #expect(!text.replacingOccurrences(of: "\n  ", with: " ").contains(Self.conditional), "\(text)")
    }

    @Test("while the day line is open it stays the contact, its EDT after it for once it has closed") func doorWhileOpen() throws {
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, raised: nil, now: "2026-12-03T11:00", subject: .child, area: "halton"))
        #expect(route.contact.name == "Integrated Contact and Referral Team (Halton)" && route.contact.openNow == true, "\(route.contact)")
        let team = try #require(route.otherContacts.first, "\(route.otherContacts)")
        #expect(team.note?.hasPrefix(Route.onceClosed) == true, "\(team)")
    }

    // MARK: F6. Step 3 with no area: every area's address

    /// 002 l.143: "Please submit this referral to: Cheshire West SCP via SCP@cheshirewestandchester.gov.uk Cheshire East SCP via
    /// CESCP@cheshireeast.gov.uk Halton SCP via CYPsafeguardingPartnership@halton.gov.uk Warrington SCP via
    /// safeguardingpartnerships@warrington.gov.uk". With no --area, Step 3 gave no address at all.
    @Test("Pan-Cheshire Step 3 with no area lists the four addresses by area, and still asks for the area") func stepThreeEveryArea() {
        let route = Bundled.route("pan-cheshire", .make(tried: 3, raised: "2025-12-19", stageStarted: "2026-01-08", now: "2026-01-08T10:00"))
        let lines = route.lines(policy: Bundled.policy("pan-cheshire")).joined(separator: "\n").replacingOccurrences(of: "\n    ", with: " ")
        for (area, email) in [("Cheshire West", "SCP@cheshirewestandchester.gov.uk"), ("Cheshire East", "CESCP@cheshireeast.gov.uk"),
                              ("Halton", "CYPsafeguardingPartnership@halton.gov.uk"), ("Warrington", "safeguardingpartnerships@warrington.gov.uk")] {
            #expect(lines.contains("\n  \(area): \(area) Safeguarding Children Partnership, \(email)"), "\(lines)")
            #expect(route.otherContacts.contains { $0.area == area && $0.email == email }, "\(route.otherContacts)")
        }
        #expect(route.warnings.contains { $0.hasPrefix(Route.areaNeeded) }, "\(route.warnings)")
        // With an area, that area's address alone, as before.
        let halton = Bundled.route("pan-cheshire", .make(tried: 3, raised: "2025-12-19", stageStarted: "2026-01-08", now: "2026-01-08T10:00", area: "halton"))
        #expect(halton.contact.email == "CYPsafeguardingPartnership@halton.gov.uk" && !halton.otherContacts.contains { $0.email?.hasSuffix("cheshireeast.gov.uk") == true })
    }
}
