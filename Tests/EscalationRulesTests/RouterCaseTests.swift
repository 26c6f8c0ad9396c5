import Testing
@testable import EscalationRules

/// The routes that branch off the stages: urgent, out of scope, not covered, exhausted.
@Suite("Routing around the stages")
struct RouterCaseTests {
    @Test("immediate risk comes before everything, in every policy, and never says there is no time", arguments: PolicyLibrary.bundledIDs)
    func immediateRiskFirst(_ id: String) {
        let route = Bundled.route(id, .make(risk: .immediate, with: .ownManager, tried: 2))
        #expect(route.outcome == .urgent)
        #expect(route.stage == nil)
        #expect(route.actions.first?.contains("999") == true)
        #expect(route.deadlineBasis.map { $0.hasPrefix("now") || $0.hasPrefix("today") } == true, "\(route.deadlineBasis ?? "nil")")
        let text = route.lines(policy: Bundled.policy(id)).joined(separator: "\n")
        #expect(!text.contains("no timescale") && !text.contains("not named in the policy"), "\(text)")
    }

    @Test("an urgent route's first line after the emergency number is whom to call, or what to do now", arguments: PolicyLibrary.bundledIDs)
    func urgentLeadsWithAction(_ id: String) {
        let lines = Bundled.route(id, .make(risk: .immediate, area: "halton")).lines(policy: Bundled.policy(id))
        #expect(lines[1].contains("999"))
        if id == "pan-cheshire" {
            #expect(lines[2] == "Call now: Children's social care front door, Integrated Contact and Referral Team (Halton), 0151 907 8305 (open now, until 17:00)")
        } else {
            // "Where the policy names no one to call, the first line is what to do now."
            #expect(lines[2].hasPrefix("Now: Follow your agency's safeguarding procedures to protect the child or adult"), "\(lines[2])")
        }
    }

    @Test("B&NES: immediate harm is acted on the same day, even on a Saturday") func bathSameDay() {
        // "so that the required action is taken on the same day"
        let route = Bundled.route("bcssp", .make(risk: .immediate, now: "2026-11-28T21:00"))
        #expect(route.deadline == .on("2026-11-28"))
        #expect(route.deadlineBasis == "today, the same day (a Saturday: the same day still means today)")
        #expect(route.citations.contains { $0.quote.contains("on the same day") })
    }

    // MARK: Significant risk, policy by policy

    @Test("B&NES: significant risk follows safeguarding procedures now, then the next stage with urgency") func bathSignificant() {
        // "should they be considered to be at significant risk, safeguarding procedures should be followed"
        let route = Bundled.route("bcssp", .make(risk: .significant, tried: 1))
        #expect(route.outcome == .urgent)
        #expect(route.deadline == nil)
        #expect(route.deadlineBasis == "now (the B&NES policy sets no time of its own for this)")
        #expect(route.actions.contains { $0.hasPrefix("Follow safeguarding procedures") })
        #expect(route.stageToPursue?.position == 2)
        #expect(route.actions.contains { $0.contains("shortest timescales possible") })
    }

    @Test("Pan-Cheshire: significant risk goes to the front door, then the next step with urgency") func cheshireSignificant() {
        // "should they be considered at significant risk the local authority children's social care front door should be contacted"
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, tried: 1, area: "warrington"))
        #expect(route.outcome == .urgent)
        #expect(route.contact.phone == "01925 443322 (opt 1)")
        #expect(route.stageToPursue == StageSummary(position: 2, label: "Step 1: Line Manager to Line Manager (Day 3-7)", title: "Step 1: Line Manager to Line Manager (Day 3-7)"))
        #expect(route.actions.contains { $0.contains("with urgency") })
        #expect(route.json["stageToPursue"]?["position"] == 2)
    }

    @Test("Torbay says nothing of significant risk: the next stage, with its words on the child's safety") func torbaySignificant() {
        let route = Bundled.route("torbay", .make(risk: .significant, tried: 1))
        #expect(route.outcome == .stage)
        #expect(route.stage?.position == 2)
        #expect(route.actions.first?.contains("999") == true)
        #expect(route.actions.contains { $0.contains("due consideration to the risks that might exist for the child") })
        #expect(route.deadline == .on("2026-11-30"))
    }

    @Test("Isle of Man: no departure from the stages unless the risk is immediate, so significant risk keeps to them") func isleOfManSignificant() {
        // "There should be no deviation ... unless information indicates that a child or vulnerable adult is at immediate risk of significant harm"
        let route = Bundled.route("isle-of-man", .make(risk: .significant, tried: 1))
        #expect(route.outcome == .stage)
        #expect(route.stage?.position == 2)
        #expect(route.actions.contains { $0.contains("no departure from the resolution process unless the risk of significant harm is immediate") })
        #expect(!route.actions.contains { $0.lowercased().contains("expedite") })
    }

    @Test("Shropshire: significant risk expedites the stage") func shropshireSignificant() {
        // "this process should be expedited if someone is at risk of harm"
        let route = Bundled.route("shropshire", .make(risk: .significant, tried: 2))
        #expect(route.outcome == .stage)
        #expect(route.stage?.position == 3)
        #expect(route.actions.contains { $0.hasPrefix("Expedite this stage") })
    }

    @Test("once the urgent steps are under way, the stage comes with the policy's words on pursuing it") func afterUrgentSteps() {
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, tried: 1, area: "halton", urgentStepsTaken: true))
        #expect(route.outcome == .stage)
        #expect(route.stage?.position == 2)
        #expect(route.actions.first?.contains("999") == true)
        #expect(route.actions.contains { $0.hasPrefix("Pursue the escalation at the earliest opportunity and with urgency") })
    }

    @Test("Torbay's immediate risk is discretion over which stage to start, not a rule against working through them") func torbayImmediateWords() {
        let route = Bundled.route("torbay", .make(risk: .immediate))
        #expect(route.actions.contains("Use discretion as to which stage of this policy to start at."))
        #expect(!route.actions.joined().contains("do not work through the stages"))
        #expect(route.deadlineBasis == "now (the Torbay policy sets no time of its own for this)")
    }

    // MARK: Urgent numbers at open, closed and bank-holiday times

    @Test("Pan-Cheshire urgent in office hours: the area's front door, open, and its out-of-hours team beside it") func frontDoorOpen() {
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, now: "2026-11-27T16:29", area: "cheshire-west"))
        #expect(route.contact.phone == "0300 123 7047")
        #expect(route.contact.openNow == true)
        #expect(route.contact.note == "open now, until 16:30")
        #expect(route.otherContacts.map(\.phone) == ["01244 977 277"])
    }

    @Test("Pan-Cheshire urgent at Friday 16:30: closed, so the Emergency Duty Team first") func frontDoorClosed() {
        let route = Bundled.route("pan-cheshire", .make(risk: .immediate, now: "2026-11-27T16:30", area: "cheshire-west"))
        #expect(route.contact.role == "Emergency Duty Team (Cheshire West)")
        #expect(route.contact.phone == "01244 977 277")
        #expect(route.otherContacts.first?.openNow == false)
        #expect(route.otherContacts.first?.phone == "0300 123 7047")
    }

    @Test("Halton opens at 09:00, the others at 08:30: at 08:45 each area gets the number that answers", arguments: [
        ("halton", "0345 0500148"), ("cheshire-west", "0300 123 7047"), ("warrington", "01925 443322 (opt 1)"), ("cheshire-east", "0300 123 5012 (opt 3 opt 2)"),
    ])
    func justBeforeOpening(_ area: String, _ phone: String) {
        let route = Bundled.route("pan-cheshire", .make(risk: .immediate, now: "2026-11-23T08:45", area: area))
        #expect(route.contact.phone == phone)
    }

    @Test("Pan-Cheshire urgent on a bank holiday: out of hours, the Emergency Duty Team first") func frontDoorBankHoliday() {
        let route = Bundled.route("pan-cheshire", .make(risk: .immediate, now: "2026-12-28T10:00", area: "halton"))
        #expect(route.contact.phone == "0345 0500148")
        #expect(route.contact.note?.contains("Boxing Day (observed), a bank holiday") == true)
        #expect(route.otherContacts.first?.openNow == nil)
    }

    @Test("no area given: one line per area, each with the number that answers now", arguments: [
        ("2026-11-28T22:00", ["01244 977 277", "0300 123 5022", "0345 0500148", "01925 443322 (opt 2)"]),
        ("2026-11-23T10:00", ["0300 123 7047", "0300 123 5012 (opt 3 opt 2)", "0151 907 8305", "01925 443322 (opt 1)"]),
        ("2026-12-25T10:00", ["01244 977 277", "0300 123 5022", "0345 0500148", "01925 443322 (opt 2)"]),
    ])
    func everyAreaNumber(_ now: String, _ phones: [String]) {
        let route = Bundled.route("pan-cheshire", .make(risk: .immediate, now: now))
        #expect(route.otherContacts.map(\.phone) == phones)
        #expect(route.otherContacts.map(\.area) == ["Cheshire West", "Cheshire East", "Halton", "Warrington"])
        #expect(!route.warnings.contains { $0.contains(Route.areaNeeded) })
        let lines = route.lines(policy: Bundled.policy("pan-cheshire"))
        #expect(lines.filter { $0.hasPrefix("  ") }.count == 4)
    }

    // MARK: Scope

    @Test("out-of-scope only where the policy names another route, with its words", arguments: [
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
        #expect(route.headline.hasPrefix("This goes outside the \(Bundled.policy(id).shortName) escalation policy, to "))
        #expect(!route.headline.contains("to Your") && !route.headline.contains("to The"))
        #expect(!route.citations.isEmpty)
    }

    @Test("where a policy is silent about a kind of disagreement, it is not covered: never out of scope", arguments: [
        ("torbay", Counterpart.ownManager), ("shropshire", .individualConduct), ("bcssp", .conference), ("pan-cheshire", .ownOrganisation),
        ("torbay", .conference), ("shropshire", .ownManager),
    ])
    func silentIsNotCovered(_ id: String, _ counterpart: Counterpart) {
        let route = Bundled.route(id, .make(with: counterpart))
        #expect(route.outcome == .notCovered)
        #expect(route.headline == "The \(Bundled.policy(id).shortName) policy does not cover this.")
        #expect(route.actions.contains { $0.contains("it does not say where \(counterpart.disagreement) goes") })
        #expect(route.actions.contains { $0.hasPrefix("Where to turn (not from the policy)") })
    }

    @Test("Isle of Man: the need to convene a conference is in the pathway; its functioning or outcome is not") func isleOfManConference() {
        // "There is disagreement between agencies about the need to convene a Child Protection Case Conference"
        let convening = Bundled.route("isle-of-man", .make(with: .conferenceConvening, tried: 1))
        #expect(convening.outcome == .stage)
        #expect(convening.stage?.position == 2)
        #expect(convening.citations.contains { $0.quote.contains("need to convene a Child Protection Case Conference") })
        // "Whenever there is a disagreement between agencies about the functioning and/or outcome of a child protection case conference"
        let outcome = Bundled.route("isle-of-man", .make(with: .conference, tried: 1))
        #expect(outcome.outcome == .outOfScope)
    }

    @Test("Pan-Cheshire takes conference disagreements through its own steps") func cheshireConferenceInScope() {
        for counterpart in [Counterpart.conference, .conferenceConvening] {
            let route = Bundled.route("pan-cheshire", .make(with: counterpart, tried: 1))
            #expect(route.outcome == .stage)
            #expect(route.stage?.position == 2)
        }
    }

    @Test("an adult under a children-only policy is not covered", arguments: ["torbay", "pan-cheshire"])
    func adultsNotCovered(_ id: String) {
        let route = Bundled.route(id, .make(subject: .adult))
        #expect(route.outcome == .notCovered)
        #expect(route.headline.contains("is for children only"))
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

    @Test("the router asks for the setting only where the route depends on it") func neededFacts() {
        let cheshire = Bundled.policy("pan-cheshire")
        let router = Router(policy: cheshire, calendar: Bundled.library.calendar(for: cheshire))
        #expect(router.neededFacts(.make(tried: 2, stageStarted: "2026-11-20", area: "halton", special: [.managerIsDesignatedLead])) == [.setting])
        #expect(router.neededFacts(.make(tried: 2, stageStarted: "2026-11-20", area: "halton")) == [])
        #expect(router.neededFacts(.make(tried: 0, area: "halton")) == [])
        #expect(router.neededFacts(.make(tried: 0)) == [.area])
        #expect(router.neededFacts(.make(tried: 1, stageStarted: nil, area: "halton")) == [.stageStarted])
        // Step 2's own date runs from the day it arose, but its other reading (Days 8-13 as a length) from the day it began.
        #expect(router.neededFacts(.make(tried: 2, stageStarted: nil, area: "halton")) == [.stageStarted])
    }

    @Test("the JSON route has exactly the documented keys, in order") func jsonShape() throws {
        let json = Bundled.route("torbay", .make(tried: 2, stageStarted: "2026-11-23")).json
        guard case .object(let members) = json else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["policy", "outcome", "risk", "headline", "stage", "stageToPursue", "contact", "otherContacts", "notify", "form",
                                     "deadline", "deadlineBasis", "deadlinePurpose", "otherReading", "actions", "record", "citations", "warnings"])
        guard case .object(let contact)? = json["contact"] else { Issue.record("no contact"); return }
        #expect(contact.map(\.0) == ["role", "name", "email", "phone", "how", "area", "hours", "openNow", "note"])
        #expect(json["deadline"] == "2026-11-30")
        #expect(json["deadlineBasis"] == "5 working days from Monday 23 November 2026, when Stage Two ended without agreement")
        #expect(json["stage"]?["position"] == 3)
        guard case .array(let notify)? = json["notify"] else { Issue.record("no notify"); return }
        #expect(notify.first?["email"] == "neil.cotton@torbay.gov.uk")
    }
}
