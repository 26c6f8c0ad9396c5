import Testing
@testable import EscalationRules

/// The routes that branch off the stages: urgent, out of scope, not covered, exhausted, special cases.
@Suite("Routing around the stages")
struct RouterCaseTests {
    @Test("immediate risk comes before everything, in every policy", arguments: PolicyLibrary.bundledIDs)
    func immediateRiskFirst(_ id: String) {
        let route = Bundled.route(id, .make(risk: .immediate, with: .ownManager, tried: 2))
        #expect(route.outcome == .urgent)
        #expect(route.stage == nil)
        #expect(route.actions.first?.contains("999") == true)
    }

    @Test("B&NES: immediate harm is acted on the same day") func bathSameDay() {
        let route = Bundled.route("bcssp", .make(risk: .immediate, now: "2026-11-27T16:45"))
        #expect(route.deadline == .on("2026-11-27"))
        #expect(route.citations.contains { $0.quote.contains("on the same day") })
    }

    @Test("B&NES: significant risk follows safeguarding procedures, with no invented time") func bathSignificant() {
        let route = Bundled.route("bcssp", .make(risk: .significant))
        #expect(route.outcome == .urgent)
        #expect(route.deadline == nil)
        #expect(route.actions.contains { $0.contains("safeguarding procedures") })
    }

    @Test("Pan-Cheshire urgent: the area's front door, open in office hours") func frontDoorOpen() {
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, now: "2026-11-27T16:29", area: "cheshire-west"))
        #expect(route.contact.phone == "0300 123 7047")
        #expect(route.contact.openNow == true)
        #expect(route.contact.fallback.isEmpty)
        #expect(route.deadline == .on("2026-11-27"))
    }

    @Test("Pan-Cheshire urgent at Friday 16:30: closed, so the Emergency Duty Team") func frontDoorClosed() {
        let route = Bundled.route("pan-cheshire", .make(risk: .immediate, now: "2026-11-27T16:30", area: "cheshire-west"))
        #expect(route.contact.openNow == false)
        #expect(route.contact.fallback.first?.phone == "01244 977 277")
        #expect(route.actions.contains { $0.contains("closed now") && $0.contains("01244 977 277") })
    }

    @Test("Pan-Cheshire urgent on a bank holiday: hours unknown, Emergency Duty Team given") func frontDoorBankHoliday() {
        let route = Bundled.route("pan-cheshire", .make(risk: .immediate, now: "2026-12-28T10:00", area: "halton"))
        #expect(route.contact.openNow == nil)
        #expect(route.contact.fallback.first?.phone == "0345 0500148")
        #expect(route.actions.contains { $0.contains("public holiday") })
    }

    @Test("Torbay sets no time for the urgent route, and says so") func torbayUrgentUnknownTime() {
        let route = Bundled.route("torbay", .make(risk: .immediate))
        #expect(route.deadline == nil)
        #expect(route.warnings.contains { $0.contains("no timescale for urgent action") })
        #expect(route.warnings.contains { $0.contains("names no one to call") })
    }

    @Test("out-of-scope routes go where the text says", arguments: [
        ("bcssp", Counterpart.ownManager, "whistle-blowing"),
        ("isle-of-man", .ownManager, "Whistle-blowing"),
        ("isle-of-man", .ownOrganisation, "Whistle-blowing"),
        ("isle-of-man", .individualConduct, "complaint or grievance"),
        ("isle-of-man", .conference, "Child Protection Conference Procedure"),
    ])
    func outOfScope(_ id: String, _ counterpart: Counterpart, _ procedure: String) {
        let route = Bundled.route(id, .make(with: counterpart))
        #expect(route.outcome == .outOfScope)
        #expect(route.contact.role?.contains(procedure) == true, "\(route.contact.role ?? "nil")")
        #expect(!route.citations.isEmpty)
    }

    @Test("where a policy is silent on a route, the bot says so instead of inventing one", arguments: [
        ("torbay", Counterpart.ownManager), ("shropshire", .individualConduct), ("bcssp", .conference), ("pan-cheshire", .ownOrganisation),
    ])
    func silentOutOfScope(_ id: String, _ counterpart: Counterpart) {
        let route = Bundled.route(id, .make(with: counterpart))
        #expect(route.outcome == .outOfScope)
        #expect(route.contact.role == nil)
        #expect(route.warnings.contains { $0.contains("does not say where a disagreement with") })
    }

    @Test("Pan-Cheshire takes conference disagreements through its own steps") func cheshireConferenceInScope() {
        let route = Bundled.route("pan-cheshire", .make(with: .conference, tried: 1))
        #expect(route.outcome == .stage)
        #expect(route.stage?.position == 2)
    }

    @Test("an adult under a children-only policy is not covered", arguments: ["torbay", "pan-cheshire"])
    func adultsNotCovered(_ id: String) {
        let route = Bundled.route(id, .make(subject: .adult))
        #expect(route.outcome == .notCovered)
        #expect(route.actions.contains { $0.contains("covers children only") })
    }

    @Test("an adult at risk under a children-only policy still hears the emergency line first") func notCoveredAtRisk() {
        let route = Bundled.route("torbay", .make(risk: .immediate, subject: .adult))
        #expect(route.outcome == .notCovered)
        #expect(route.actions.first?.contains("999") == true)
    }

    @Test("past the last stage the route is exhausted, with what the policy says then", arguments: [
        ("bcssp", 5, true), ("torbay", 5, false), ("pan-cheshire", 4, true), ("isle-of-man", 4, true), ("shropshire", 5, true),
    ])
    func exhausted(_ id: String, _ stages: Int, _ saysWhatNext: Bool) {
        let route = Bundled.route(id, .make(tried: stages))
        #expect(route.outcome == .exhausted)
        #expect(route.stage == nil)
        #expect(!route.actions.isEmpty == saysWhatNext)
        #expect(route.warnings.contains { $0.contains("does not say what happens after its last stage") } == !saysWhatNext)
    }

    @Test("the person is away: Pan-Cheshire's line-manager rule") func personAway() {
        let route = Bundled.route("pan-cheshire", .make(tried: 0))
        #expect(route.actions.contains { $0.contains("is away") && $0.contains("immediate line manager") })
    }

    @Test("the line manager is also the DSL: support by setting", arguments: [
        (Setting.school, "Safeguarding Children in Education Team (SCiE)"), (.gp, "Named Doctor"),
        (.hospital, "Designated Doctor or Designated Nurse"), (.earlyYears, "Local Authority Early Years team"),
    ])
    func managerIsDesignatedLead(_ setting: Setting, _ support: String) {
        let route = Bundled.route("pan-cheshire", .make(tried: 2, setting: setting))
        #expect(route.actions.contains { $0.contains("also your Designated Safeguarding Lead") && $0.contains(support) })
    }

    @Test("the management chain is exhausted: the Isle of Man's next-tier rule") func chainExhausted() {
        let route = Bundled.route("isle-of-man", .make(tried: 1))
        #expect(route.actions.contains { $0.contains("management chain is already exhausted") })
    }

    @Test("cannot tell whom to contact: Torbay's Business Manager") func unsureWhomToContact() {
        let route = Bundled.route("torbay", .make(tried: 0))
        #expect(route.actions.contains { $0.contains("neil.cotton@torbay.gov.uk") })
    }

    @Test("the router asks for the setting only where the route depends on it") func neededFacts() {
        let cheshire = Bundled.policy("pan-cheshire")
        let router = Router(policy: cheshire, calendar: Bundled.library.calendar(for: cheshire))
        #expect(router.neededFacts(.make(tried: 2, area: "halton")) == [.setting])
        #expect(router.neededFacts(.make(tried: 0, area: "halton")) == [])
        #expect(router.neededFacts(.make(tried: 0)) == [.area])
    }

    @Test("the JSON route has exactly the documented keys, in order") func jsonShape() throws {
        let json = Bundled.route("torbay", .make(tried: 2)).json
        guard case .object(let members) = json else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["policy", "outcome", "stage", "contact", "notify", "form", "deadline", "actions", "record", "citations", "warnings"])
        guard case .object(let contact)? = json["contact"] else { Issue.record("no contact"); return }
        #expect(contact.map(\.0) == ["role", "name", "email", "phone", "openNow"])
        #expect(json["deadline"] == "2026-12-07")
        #expect(json["stage"]?["position"] == 3)
    }
}
