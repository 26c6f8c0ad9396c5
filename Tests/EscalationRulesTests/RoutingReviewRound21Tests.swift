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

// MARK: F2. The Isle of Man's individual conduct: a general concern, or a decision on this child's safety

/// "There are situations, sometimes unrelated to a particular child, vulnerable adult or family, where more general concerns
/// emerge about an individual's professional practice ..." (003 l.63, under "Areas falling outside of this Procedure"). The
/// areas for the stages include "Where there is an interagency role and there is dispute and strong disagreement about
/// decision making" (l.49) and "Issues of managing power and authority between staff" (l.44). Any complaint about one
/// worker's practice was sent wholly out of escalation, even with a named child at significant risk.
@Suite("Routing review, round 21: the Isle of Man's individual conduct")
struct IsleOfManIndividualConductTests {
    @Test("both readings: a general concern to the complaint or grievance process, a decision on this child's safety through the stages",
          arguments: [Risk.none, .significant])
    func bothReadings(_ risk: Risk) {
        let route = Bundled.route("isle-of-man", .make(risk: risk, with: .individualConduct, now: "2027-06-10T15:00", subject: .child, setting: .school))
        #expect(route.headline.contains("general concerns"), "\(route.headline)")
        #expect(route.headline.contains("Read another way") && route.headline.contains("still goes through its stages"))
        #expect(route.actions.contains { $0.hasPrefix("If your concern is a general one") && $0.contains("complaint or grievance process") }, "\(route.actions)")
        let stages = route.actions.first { $0.contains("take it through the stages, from the stage after those you have tried") }
        #expect(stages?.contains("(a reading: the policy does not say") == true, "\(route.actions)")
        let quotes = route.citations.map(\.quote)
        #expect(quotes.contains { $0.contains("sometimes unrelated to a particular child, vulnerable adult or family") })
        #expect(quotes.contains("Where there is an interagency role and there is dispute and strong disagreement about decision making"))
        #expect(quotes.contains { $0.hasPrefix("Issues of managing power and authority between staff") })
    }

    @Test("the pathway shows the stages reading beside the complaint or grievance process") func pathway() {
        let branch = Pathway(policy: Bundled.policy("isle-of-man")).outOfScope.first { $0.title.contains("conduct") }
        #expect(branch?.detail.hasPrefix("the complaint or grievance process; but a disagreement about a decision on a child's or vulnerable adult's safety") == true, "\(String(describing: branch))")
    }
}

// MARK: F3. Pan-Cheshire's Step 1 with a manager away: whose manager

/// "If the manager with whom the challenge should be raised is away, then the concern must be brought to the attention of their
/// equivalent, or their immediate line manager" (002 l.71). At Step 1 the practitioner notifies their own line manager (l.61),
/// so the words can mean the practitioner's own line manager as well as the other agency's; the route assumed the latter.
@Test("Pan-Cheshire Step 1 with --away: the other agency's manager, or your own line manager, both said")
func panCheshireStepOneAway() {
    let route = Bundled.route("pan-cheshire", .make(tried: 1, raised: "2027-08-26", stageStarted: "2027-08-27", now: "2027-08-27T16:20",
                                                     setting: .college, area: "cheshire-west", special: [.personAway]))
    let advice = route.actions.first { $0.contains("the manager with whom the challenge should be raised") }
    #expect(advice?.contains("the opposite manager your line manager raises it with") == true, "\(route.actions)")
    #expect(advice?.contains("may mean your own line manager") == true)
    #expect(advice?.contains("If in doubt, tell both") == true)
    #expect(route.citations.contains { $0.quote.hasPrefix("If the manager with whom the challenge should be raised is away") })
}

// MARK: F4. B&NES Stage 2: whose manager is "the relevant manager"

/// "If unresolved, the problem should be referred to the relevant manager." (000 l.45): whose manager, the text does not say,
/// and the flowchart that might is missing (the policies' README). The contact was given as settled.
@Test("B&NES Stage 2 says whose manager 'the relevant manager' is, is not said")
func bcsspRelevantManager() {
    let route = Bundled.route("bcssp", .make(tried: 1, raised: "2027-01-04", now: "2027-01-08T16:55", subject: .child, setting: .school))
    #expect(route.contact.role == "The relevant manager")
    let note = route.actions.first { $0.contains("\"the relevant manager\"") } ?? ""
    #expect(note.contains("the policy does not say"), "\(route.actions)")
    #expect(note.contains("your own manager") && note.contains("the manager of the worker you disagree with"))
    #expect(note.hasSuffix("If in doubt, tell both (not from the policy)."))
}

// MARK: F6. The tool's own readings are marked as such

/// Torbay's "In all cases, the matter should be resolved within specified timescales" (001 l.50) does not say which stage's
/// time holds when you start at a later stage by discretion (l.24); B&NES's "escalate to an appropriate level ... same day"
/// (000 l.54) does not say "go above your manager". Both were printed as if they were the policy's words.
@Suite("Routing review, round 21: the tool's readings marked")
struct ReadingsMarkedTests {
    @Test("Torbay at immediate risk: the outer limit is marked as a reading") func torbayOuterLimit() {
        let route = Bundled.route("torbay", .make(risk: .immediate, now: "2026-12-25T22:00", setting: .hospital))
        let line = route.actions.first { $0.contains("still holds, as an outer limit") }
        #expect(line?.contains("(a reading, not stated in the policy") == true, "\(route.actions)")
    }

    @Test("B&NES, your own manager, immediate risk: 'go above your manager' is marked not from the policy") func bcsspAboveYourManager() {
        let route = Bundled.route("bcssp", .make(risk: .immediate, with: .ownManager, now: "2027-01-08T16:45", subject: .adult, setting: .hospital))
        let line = route.actions.first { $0.contains("go above your manager") }
        #expect(line?.contains("(not from the policy") == true, "\(route.actions)")
    }

    /// The same kind of sentence found elsewhere: a conclusion drawn from the words, said as theirs.
    @Test("the other readings found: each marked", arguments: [
        ("isle-of-man", 1, SpecialCase.Kind.managerIsDesignatedLead, "one person holding both roles is enough (a reading"),
        ("isle-of-man", 1, .chainExhausted, "it is your most senior staff member who acts (a reading"),
        ("pan-cheshire", 2, .managerIsDesignatedLead, "the support is given at both steps (not from the policy)"),
    ])
    func otherReadings(_ id: String, _ tried: Int, _ kind: SpecialCase.Kind, _ says: String) {
        let route = Bundled.route(id, .make(tried: tried, stageStarted: "2026-11-20", setting: .school, area: "halton", special: [kind]))
        #expect(route.actions.contains { $0.contains(says) }, "\(route.actions)")
    }
}

// MARK: F7. Torbay's Stage Five: who refers it to the Chair is unknown

/// "the matter should be referred to the Chair of the TSCP Executive Group" (001 l.43) is passive: it does not say by whom. The
/// pathway said so; the route gave the Chair as the contact with no word of it.
@Test("Torbay Stage Five carries the pathway's unknown: who refers it to the Chair")
func torbayStageFiveWhoRefers() {
    let route = Bundled.route("torbay", .make(tried: 4, raised: "2026-11-02", stageStarted: "2026-12-31", now: "2027-01-01T10:00"))
    #expect(route.contact.role == "The Chair of the TSCP Executive Group")
    #expect(route.contact.note == "who raises it with them is unknown: the policy does not say who makes the referral to the Chair", "\(String(describing: route.contact.note))")
    let text = RoutingReviewRound21Tests.text(route, "torbay")
    #expect(text.contains("Contact: The Chair of the TSCP Executive Group (who raises it with them is unknown"), "\(text)")
}
