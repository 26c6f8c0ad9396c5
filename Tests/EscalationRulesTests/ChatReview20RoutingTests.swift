import Testing
@testable import EscalationRules

/// A chat review, round 20 (2026-12-04): the findings on what a route says at risk, checked against the policies' words.
@Suite("Chat review, round 20: routes at risk")
struct ChatReview20RoutingTests {
    static func text(_ route: Route, _ id: String) -> String {
        route.lines(policy: Bundled.policy(id)).joined(separator: "\n")
    }

    /// Each policy, and each stage but the first already tried, at immediate risk after `continue` (the urgent steps taken).
    static let stagesAtImmediateRisk: [(String, Int)] = ["bcssp", "torbay", "pan-cheshire", "isle-of-man", "shropshire"].flatMap { id in
        (0..<Bundled.policy(id).stages.count).map { (id, $0) }
    }

    static func afterContinue(_ id: String, tried: Int) -> Route {
        Bundled.route(id, .make(risk: .immediate, tried: tried, raised: "2026-11-30", stageStarted: tried > 0 ? "2026-12-03" : nil,
                                now: "2026-12-04T16:45", subject: .child, area: "halton", urgentStepsTaken: true))
    }

    // MARK: F2: at immediate risk, the time the route heads with is the policy's urgent one, never the stage's routine date

    /// B&NES 000 l.54: "so that the required action is taken on the same day"; Torbay 001 l.105, Shropshire, the Isle of Man and
    /// Pan-Cheshire ask for haste and set no time. The route had headed "By: a time agreed for this stage ... the policy sets
    /// none" (B&NES) and "By: Friday 11 December 2026" (Torbay) for a child at immediate risk.
    @Test("after continue at immediate risk, the time heads with the policy's urgency, not the stage's date", arguments: stagesAtImmediateRisk)
    func urgencyHeadsTheTime(_ id: String, tried: Int) throws {
        let route = Self.afterContinue(id, tried: tried)
        #expect(route.outcome == .stage)
        let lines = route.lines(policy: Bundled.policy(id))
        let time = try #require(lines.first { $0.hasPrefix("By: ") || $0.hasPrefix("Work to: ") }, "\(lines)")
        let urgent = ["By: as soon as possible", "Work to: as soon as possible", "By: today, Friday 4 December 2026: the same day"]
        #expect(urgent.contains { time.hasPrefix($0) }, "\(time)")
        if time.hasPrefix("By: as soon as possible") {
            #expect(time.contains("policy sets no time for immediate risk; its words: \""), "\(time)")
        }
    }

    @Test("B&NES after continue: by today, the same day, as its words say; the 24 hours kept as the other reading") func bcsspSameDay() throws {
        let route = Self.afterContinue("bcssp", tried: 0)
        #expect(route.deadline == .on("2026-12-04") && route.deadlineIsToday)
        let basis = try #require(route.deadlineBasis)
        #expect(basis.contains("\"so that the required action is taken on the same day\""), "\(basis)")
        #expect(route.otherReading?.deadline == .on("2026-12-05"))
        #expect(route.citations.contains { $0.quote.contains("taken on the same day") })
    }

    @Test("Torbay after continue: the stage's week is the outer limit, and the stage to start at is left to discretion") func torbayDiscretion() throws {
        let route = Self.afterContinue("torbay", tried: 0)
        #expect(route.headline.contains("or a later stage: at immediate risk the Torbay policy leaves which stage to start at to your discretion"))
        let text = Self.text(route, "torbay").replacingOccurrences(of: "\n  ", with: " ")
        #expect(text.contains("; at the latest Monday 7 December 2026, for Stages One and Two together"), "\(text)")
        // At the last stage there is no later one to offer.
        #expect(!Self.afterContinue("torbay", tried: 4).headline.contains("or a later stage"))
    }

    @Test("at no risk and at significant risk the stage's date still heads the time") func calmUnchanged() throws {
        let calm = Bundled.route("torbay", .make(tried: 0, raised: "2026-12-04", now: "2026-12-04T16:45", subject: .child))
        #expect(Self.text(calm, "torbay").contains("By: Friday 11 December 2026"))
    }

    // MARK: F9: significant risk is exactly as strong as the words: the front door, its hours, the EDT only if it cannot wait

    /// Pan-Cheshire 002 l.27: "should they be considered at significant risk the local authority children's social care front
    /// door should be contacted". A Saturday morning had "URGENT ... Call now" and the Emergency Duty Teams first. Since an
    /// outside routing review (round 24, F1) the team comes first again while the front door is shut, with no "URGENT" or
    /// "Call now", and the front door after it with when it opens.
    @Test("Pan-Cheshire at significant risk on a Saturday: no URGENT or Call now; the EDT, then the front door with when it next opens")
    func cheshireSignificantSaturday() throws {
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, raised: nil, now: "2026-12-05T11:00", subject: .child, area: "halton"))
        #expect(route.outcome == .urgent)
        let text = Self.text(route, "pan-cheshire").replacingOccurrences(of: "\n  ", with: " ")
        #expect(!text.contains("URGENT") && !text.contains("Call now"), "\(text)")
        #expect(route.contact.role == "Emergency Duty Team (Halton)", "\(route.contact)")
        #expect(route.contact.note?.hasPrefix("Integrated Contact and Referral Team (Halton) is closed now; when to call it is not from the policy") == true, "\(route.contact)")
        let door = try #require(route.otherContacts.first { $0.name == "Integrated Contact and Referral Team (Halton)" }, "\(route.otherContacts)")
        #expect(door.note?.contains("opens Monday 7 December 2026 at 09:00") == true, "\(door)")
        #expect(text.contains("Also: Your area's key contact in Appendix B, Integrated Contact and Referral Team (Halton)"), "\(text)")
        #expect(!text.contains("By: now"), "\(text)")
        // With no area given, each area's team comes before its shut front door.
        let every = Self.text(Bundled.route("pan-cheshire", .make(risk: .significant, raised: nil, now: "2026-12-05T11:00", subject: .child)), "pan-cheshire")
        #expect(!every.contains("URGENT") && !every.contains("Call now"), "\(every)")
        let halton = every.components(separatedBy: "\n").filter { $0.hasPrefix("  Halton: ") }
        #expect(halton.count == 2 && halton[0].contains("Emergency Duty Team") && halton[1].contains("Integrated Contact"), "\(every)")
    }

    @Test("immediate risk keeps URGENT and Call now, with the team that answers now") func cheshireImmediateUnchanged() {
        let route = Bundled.route("pan-cheshire", .make(risk: .immediate, raised: nil, now: "2026-12-05T11:00", subject: .child, area: "halton"))
        let text = Self.text(route, "pan-cheshire")
        #expect(text.hasPrefix("URGENT") && text.contains("Call now: Emergency Duty Team (Halton)"), "\(text)")
    }

    @Test("no policy's significant-risk answer says URGENT or Call now", arguments: ["bcssp", "torbay", "pan-cheshire", "isle-of-man", "shropshire"])
    func noUrgencyAtSignificant(_ id: String) {
        for now in ["2026-12-05T11:00", "2026-12-07T11:00", "2026-12-25T20:00"] {
            let route = Bundled.route(id, .make(risk: .significant, raised: nil, now: now, subject: .child))
            let text = Self.text(route, id)
            #expect(!text.contains("URGENT") && !text.contains("Call now"), "\(id) at \(now): \(text)")
        }
    }
}
