import Foundation
import Testing
@testable import EscalationRules

/// An outside routing review, round 18 (2026-12-01): forty cases over the five texts (`routing-cases-reviewed-16.jsonl`).
/// Each fix is checked against the policy's own words.
@Suite("Routing review, round 18")
struct RoutingReviewRound18Tests {
    static func text(_ route: Route, _ id: String) -> String { route.lines(policy: Bundled.policy(id)).joined(separator: "\n") }

    // MARK: Significant risk where the policy names no one to call (c08, c39, the Isle of Man probe)

    /// B&NES: "should they be considered to be at significant risk, safeguarding procedures should be followed", and no
    /// service or number anywhere in the text; Shropshire: "this process should be expedited if someone is at risk of
    /// harm", no number; the Isle of Man: none either. Out of hours (Christmas Day 20:00, a Saturday 23:00) the route said
    /// only to raise it with the person they disagree with.
    @Test("significant risk out of hours says the policy names no one to call, in or out of hours", arguments: [
        ("bcssp", Facts.make(risk: .significant, tried: 0, raised: "2026-12-25", now: "2026-12-25T20:00", subject: .adult, setting: .health, special: [.personAway])),
        ("shropshire", Facts.make(risk: .significant, tried: 0, raised: "2027-01-02", now: "2027-01-02T23:00", subject: .adult, setting: .other)),
        ("isle-of-man", Facts.make(risk: .significant, tried: 0, raised: "2027-01-02", now: "2027-01-02T23:00", subject: .child)),
        ("torbay", Facts.make(risk: .significant, tried: 0, raised: "2027-01-04", now: "2027-01-05T10:00")),
    ])
    func significantRiskNamesNoOne(_ id: String, _ facts: Facts) {
        let route = Bundled.route(id, facts)
        let lines = route.lines(policy: Bundled.policy(id))
        let name = Bundled.policy(id).shortName
        #expect(route.outcome == .stage)
        // Said near the top, after the emergency line: before whom to contact.
        let said = lines.firstIndex { $0.contains("the \(name) policy names no one to call, in hours or out of hours") || $0.contains("The \(name) policy names no one to call, in hours or out of hours") }
        let contact = lines.firstIndex { $0.hasPrefix("Contact: ") }
        #expect(said != nil && contact != nil && said! < contact!, "\(lines.joined(separator: "\n"))")
        // Never a number the text does not give.
        #expect(route.otherContacts.allSatisfy { $0.phone == nil }, "\(route.otherContacts)")
        if id == "bcssp" {
            // Beside the policy's own words, not our line: B&NES does say to follow safeguarding procedures.
            #expect(route.actions.contains { $0.hasPrefix("Follow safeguarding procedures: at significant risk the policy says") && $0.hasSuffix("The B&NES policy names no one to call, in hours or out of hours.") }, "\(route.actions)")
            #expect(!route.actions.contains { $0.hasPrefix(RouteDraft.agencyProceduresStart) })
        } else {
            #expect(route.actions.contains("Follow your agency's safeguarding procedures to protect the \(facts.subject == .adult ? "adult" : "child") (not from the policy: the \(name) policy names no one to call, in hours or out of hours)."), "\(route.actions)")
        }
    }

    /// Pan-Cheshire names its front doors and out-of-hours teams at significant risk: nothing is said of no one.
    @Test("a policy that names whom to call at significant risk is not said to name no one") func panCheshireNamesSomeone() {
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, tried: 0, raised: "2026-12-03", now: "2026-12-04T16:29", subject: .child, setting: .school, area: "cheshire-west"))
        #expect(!Self.text(route, "pan-cheshire").contains("names no one to call"))
    }

    // MARK: Torbay's immediate risk keeps the stage's own time (c16)

    /// 001: "In all cases, the matter should be resolved within specified timescales"; "Stages 1/2 One week of the issues
    /// being raised (5 working days)"; at immediate harm only "discretion should be used as to which stage is initiated".
    @Test("Torbay at immediate risk keeps the time of the stage reached as an outer limit, beside its haste", arguments: [
        (Facts.make(risk: .immediate, tried: 0, raised: "2027-01-02", now: "2027-01-02T14:00", setting: .earlyYears, special: [.unsureWhomToContact]),
         "2027-01-08", "5 working days from Saturday 2 January 2027, when it was first raised"),
        (Facts.make(risk: .immediate, tried: 1, raised: "2027-01-04", now: "2027-01-05T10:00"),
         "2027-01-11", "5 working days from Monday 4 January 2027, when it was first raised"),
    ])
    func torbayImmediateKeepsStageTime(_ facts: Facts, _ due: String, _ basis: String) throws {
        let route = Bundled.route("torbay", facts)
        #expect(route.outcome == .urgent)
        // Round 19: the time is now; the stage's date is its outer limit, said on a line of its own.
        #expect(route.deadline == nil)
        let wording = try #require(route.actions.first { $0.hasPrefix("Outer limit, the time of the stage you have reached") })
        #expect(wording.contains("(not a reason to wait): by \(Day.on(due).spoken)") && wording.hasSuffix(basis + "."), "\(wording)")
        #expect(route.citations.contains { $0.quote == "In all cases, the matter should be resolved within specified timescales" })
        #expect(route.citations.contains { $0.quote.contains("One week of the issues being raised") }, "\(route.citations.map(\.quote))")
        // The haste stays: the policy's own words.
        #expect(route.actions.contains("Seek resolution within the shortest timescale possible, to ensure the child is protected."))
    }

    /// Before the stages tried are asked, no stage is reached: there is no stage time to keep.
    @Test("Torbay at immediate risk with no stage reached gives no date") func torbayImmediateNoStage() {
        var facts = Facts.make(risk: .immediate, raised: "2027-01-02", now: "2027-01-02T14:00")
        facts.tried = nil
        let route = Bundled.route("torbay", facts)
        #expect(route.deadline == nil)
    }

    // MARK: Pan-Cheshire's urgency covers every step (c20 and the probes)

    /// 002: "Escalation and resolution should be achieved at the earliest opportunity and with urgency when there is any
    /// indication that the child could be at risk of suffering significant harm."
    @Test("Pan-Cheshire at significant risk expedites every step, in the JSON as in the text", arguments: [
        (2, "warrington", "2026-12-14", "2027-01-01", "2027-01-01T10:00"),
        (2, "halton", "2027-01-04", "2027-01-12", "2027-01-13T10:00"),
        (3, "halton", "2027-01-04", "2027-01-20", "2027-01-21T10:00"),
    ])
    func panCheshireExpeditesEveryStep(_ tried: Int, _ area: String, _ raised: String, _ started: String, _ now: String) throws {
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, tried: tried, raised: raised, stageStarted: started, now: now, subject: .child, area: area))
        let stage = try #require(route.stageToPursue)
        #expect(stage.expedite)
        #expect(route.json["stageToPursue"]?["expedite"] == .bool(true))
        #expect(Self.text(route, "pan-cheshire").contains("Stage to expedite now: \(stage.label)"))
        #expect(route.actions.contains("Pursue the escalation at the earliest opportunity and with urgency."))
    }

    // MARK: An assumed holiday said only where a date shown depends on it (c12, c25, c36; c26 and c35 keep it)

    @Test("an assumed holiday no date crosses is not said; one a date counts over is", arguments: [
        ("isle-of-man", Facts.make(tried: 0, raised: "2027-12-24", now: "2027-12-24T15:00", subject: .child, setting: .school), false),
        ("shropshire", Facts.make(tried: 3, raised: "2027-12-13", stageStarted: "2027-12-20", now: "2027-12-24T16:00", subject: .adult, setting: .hospital), false),
        ("torbay", Facts.make(tried: 3, raised: "2027-11-22", stageStarted: "2027-12-13", now: "2027-12-20T09:00", setting: .hospital), false),
        ("isle-of-man", Facts.make(tried: 1, raised: "2027-12-29", stageStarted: "2027-12-31", now: "2028-01-04T10:00", subject: .adult, setting: .adultSocialCare, special: [.personAway]), true),
        ("shropshire", Facts.make(tried: 2, raised: "2027-12-20", stageStarted: "2027-12-25", now: "2027-12-29T09:00", subject: .child, setting: .police), true),
    ])
    func assumedHolidayOnlyWhereADateDependsOnIt(_ id: String, _ facts: Facts, _ said: Bool) {
        let route = Bundled.route(id, facts)
        let notes = route.warnings.filter { $0.contains("is an assumed date") }
        #expect(notes.isEmpty != said, "\(route.warnings)")
        if said { #expect(notes.allSatisfy { $0.hasPrefix("The New Year's Day (observed) on Monday 3 January 2028 is an assumed date") }) }
    }
}
