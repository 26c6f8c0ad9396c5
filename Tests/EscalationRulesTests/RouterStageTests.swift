import Testing
@testable import EscalationRules

/// For every stage of every policy: the stage, contact, notify list, form and deadline.
@Suite("Routing to each stage")
struct RouterStageTests {
    struct Expected: CustomStringConvertible, Sendable {
        var policy: String
        var position: Int
        var label: String
        var contact: String?
        var notify: [String] = []
        var form: String? = nil
        var deadline: String?
        var area: String? = nil
        var description: String { "\(policy) stage \(position)" }
    }

    // First raised Monday 16 November 2026; every later stage began Monday 23 November, the day
    // the stage before it ended without agreement; routed that day at 10:00. A date counted from the
    // day it arose and one counted from the day the stage began can then never be confused.
    static let table: [Expected] = [
        // "Stages 1/2: One week of the issues being raised (5 working days)"
        .init(policy: "torbay", position: 1, label: "Stage One – Professional to Professional", contact: "The worker in the other agency", deadline: "2026-11-23"),
        .init(policy: "torbay", position: 2, label: "Stage Two – Manager to Manager", contact: "Your Supervisor/Manager", deadline: "2026-11-23"),
        // "Stage 3: One additional week of the issues not being resolved at Stage 2 (5 working days)"
        .init(policy: "torbay", position: 3, label: "Stage Three – Senior Manager to Senior Manager", contact: "Your Head of Service", notify: ["neil.cotton@torbay.gov.uk"], deadline: "2026-11-30"),
        // "Stage 4: Two additional weeks of the issues not being reached at Stage 3", a week being 5 working days
        .init(policy: "torbay", position: 4, label: "Stage Four – Divisional/Assistant Director or equivalent to Divisional/Assistant Director or equivalent", contact: "Your Divisional/Assistant Director", notify: ["neil.cotton@torbay.gov.uk"], deadline: "2026-12-07"),
        .init(policy: "torbay", position: 5, label: "Stage Five – Refer via TSCP", contact: "The Chair of the TSCP Executive Group", deadline: nil),
        // "within 48 hours of the concern arising"
        .init(policy: "pan-cheshire", position: 1, label: "Professionals resolving disagreements (Day 1-2)", contact: "The professional you disagree with", deadline: "2026-11-18"),
        // "Line Manager's should seek resolution within 5 working days of being notified of the escalation."
        .init(policy: "pan-cheshire", position: 2, label: "Step 1: Line Manager to Line Manager (Day 3-7)", contact: "Your line manager", deadline: "2026-11-30"),
        // "Step 2: Designated Safeguarding Leads (Day 8-13)": Day 13, Monday 16 November being Day 1
        .init(policy: "pan-cheshire", position: 3, label: "Step 2: Designated Safeguarding Leads (Day 8-13)", contact: "Your agency's Designated Safeguarding Lead", deadline: "2026-12-02"),
        .init(policy: "pan-cheshire", position: 4, label: "Step 3: Delegated Safeguarding Partners (Day 14-19)", contact: "The Delegated Safeguarding Partners", form: "Appendix A", deadline: "2026-12-10", area: "halton"),
        // "within 1 working day"; "within 2 working days"; Stage Three has none; "within 5 working days"
        .init(policy: "isle-of-man", position: 1, label: "Stage One: Direct Professional to Professional Discussion", contact: "The practitioner you disagree with", deadline: "2026-11-17"),
        .init(policy: "isle-of-man", position: 2, label: "Stage Two: Direct First Line Manager to First Line Manager Discussion", contact: "Your line manager and/or Designated Safeguarding Lead", deadline: "2026-11-25"),
        .init(policy: "isle-of-man", position: 3, label: "Stage Three: Senior Manager to Senior Management Discussion", contact: "A more senior manager", deadline: nil),
        .init(policy: "isle-of-man", position: 4, label: "Stage Four: Isle of Man Safeguarding Board", contact: "The Director of Multi-agency Safeguarding", form: "Resolving Professional Differences Escalation Referral Form", deadline: "2026-11-30"),
        // "Stage 1 within 2 working days" ... "Stage 5 within 9 working days", each from when the stage began
        .init(policy: "shropshire", position: 1, label: "Stage 1", contact: "The professional you disagree with", deadline: "2026-11-18"),
        .init(policy: "shropshire", position: 2, label: "Stage 2", contact: "Your Line Manager", deadline: "2026-11-27"),
        .init(policy: "shropshire", position: 3, label: "Stage 3", contact: "Your Senior Management", deadline: "2026-11-30"),
        .init(policy: "shropshire", position: 4, label: "Stage 4", contact: "Your Senior Manager", notify: ["SSCPBusinessUnit@shropshire.gov.uk"], deadline: "2026-12-02"),
        .init(policy: "shropshire", position: 5, label: "Stage 5", contact: "Your Assistant Director", notify: ["SSCPBusinessUnit@shropshire.gov.uk"], deadline: "2026-12-04"),
        // "Appropriate timescales for raising, and responding to, concerns, should be agreed for each stage."
        .init(policy: "bcssp", position: 1, label: "Stage 1", contact: "The worker you disagree with", deadline: nil),
        .init(policy: "bcssp", position: 2, label: "Stage 2", contact: "The relevant manager", form: "Appendix A", deadline: nil),
        .init(policy: "bcssp", position: 3, label: "Stage 3", contact: nil, form: "Appendix A", deadline: nil),
        .init(policy: "bcssp", position: 4, label: "Stage 4", contact: nil, form: "Appendix A", deadline: nil),
        .init(policy: "bcssp", position: 5, label: "Stage 5 – Unresolved Dispute and Referral to BCSSP Chair", contact: "The Chair of the BCSSP", form: "Appendix A", deadline: nil),
    ]

    @Test("every stage of every policy is in the table") func tableIsComplete() {
        for policy in Bundled.library.policies {
            #expect(Self.table.filter { $0.policy == policy.id }.map(\.position) == Array(1...policy.stages.count), "\(policy.id)")
        }
    }

    @Test(arguments: table) func routesToStage(_ expected: Expected) throws {
        let route = Bundled.route(expected.policy, .make(tried: expected.position - 1, raised: "2026-11-16",
                                                          stageStarted: expected.position > 1 ? "2026-11-23" : nil, area: expected.area))
        #expect(route.outcome == .stage)
        #expect(route.stage?.position == expected.position)
        #expect(route.stage?.label == expected.label)
        if let contact = expected.contact {
            #expect(route.contact.role?.hasPrefix(contact) == true, "\(route.contact.role ?? "nil")")
        } else {
            #expect(route.contact.role == nil)
            #expect(route.warnings.contains { $0.contains("flowchart") })
        }
        for person in expected.notify {
            #expect(route.notify.contains { $0.summary.contains(person) }, "notify \(person) in \(route.notify.map(\.summary))")
        }
        if expected.notify.isEmpty { #expect(route.notify.isEmpty) }
        #expect(route.form?.name.hasPrefix(expected.form ?? "-") ?? (expected.form == nil))
        #expect(route.deadline == expected.deadline.map(Day.on))
        // Every date says what it runs from.
        if route.deadline != nil { #expect(route.deadlineBasis?.contains(" from ") == true || route.deadlineBasis?.hasPrefix("Day ") == true
            || route.deadlineBasis?.contains(" of when it arose (") == true) }
        #expect(route.deadlineBasis != nil)
        #expect(!route.citations.isEmpty)
        #expect(route.citations.allSatisfy { $0.source == Bundled.policy(expected.policy).source.file })
    }

    @Test("a stage with no timescale says so rather than giving a date") func unknownTimescaleWarns() {
        let route = Bundled.route("torbay", .make(tried: 4))
        #expect(route.deadline == nil)
        #expect(route.deadlineBasis?.contains("not stated in the policy: The timescales table stops at Stage 4") == true)
        // Said once, on the By line: a note said it again (an outside review, round 8, 2026-11-30).
        #expect(!route.warnings.contains { $0.contains("sets no timescale") })
    }

    @Test("a stage after one with no timescale is still dated, from the day it began: deadlines are never chained")
    func noChain() {
        // Isle of Man Stage Three has no time; Stage Four's "within 5 working days" runs from when Stage Three ended.
        let route = Bundled.route("isle-of-man", .make(tried: 3, raised: "2026-10-01", stageStarted: "2026-11-20", now: "2026-11-23T10:00"))
        #expect(route.deadline == .on("2026-11-27"))
        #expect(route.deadlineBasis == "5 working days from Friday 20 November 2026, when Stage Three ended without agreement")
    }

    @Test("Torbay's first stage starts with its pre-escalation step: consult within your own organisation first", arguments: [Risk.none, .significant])
    func torbayPreEscalation(_ risk: Risk) {
        // "Pre-escalation – Any worker who feels that a decision is not safe or is inappropriate should initially consult a
        // supervisor/manager within their own organisation to clarify their thinking in order to identify the problem; to be
        // specific as to what the disagreement is about; ... They should also be able to evidence the nature and source of
        // their concerns and should to keep a record of all discussions."
        let route = Bundled.route("torbay", .make(risk: risk, tried: 0))
        #expect(route.stage?.position == 1)
        let pre = route.actions.first { $0.hasPrefix("Pre-escalation: first consult a supervisor or manager within your own organisation") }
        #expect(pre?.contains("be specific about what the disagreement is about") == true, "\(route.actions)")
        #expect(pre?.contains("evidence the nature and source of your concerns") == true)
        #expect(route.citations.contains { $0.quote.contains("should initially consult a supervisor/manager within their own organisation") })
        // It is before Stage One, so a later stage does not repeat it.
        #expect(!Bundled.route("torbay", .make(risk: risk, tried: 1)).actions.contains { $0.hasPrefix("Pre-escalation") })
    }

    /// A chat review, round 14 (2026-11-30): Stage Four's record dropped what Stage Three's says. The policy's Stage Three and Stage
    /// Four paragraphs each end "should also notify the TSCP Business Manager ... who will keep a record of all on-going
    /// disagreements"; Stages One, Two and Five do not say it.
    @Test("Torbay's Business Manager keeps a record of on-going disagreements at Stages Three and Four, where the policy says so",
          arguments: [(2, true), (3, true), (0, false), (1, false), (4, false)])
    func torbayBusinessManagerRecord(_ tried: Int, _ said: Bool) {
        let route = Bundled.route("torbay", .make(tried: tried, raised: "2026-11-16", stageStarted: tried > 0 ? "2026-11-23" : nil))
        #expect(route.record.contains("The TSCP Business Manager keeps a record of all on-going disagreements.") == said, "\(route.record)")
        if said { #expect(route.citations.contains { $0.quote.hasSuffix("who will keep a record of all on-going disagreements") || $0.quote.hasSuffix("who will keep a record of all on-going disagreements.") }) }
    }

    @Test("agreed-locally timescales ask the parties to agree one") func agreedLocally() {
        let route = Bundled.route("bcssp", .make(tried: 0))
        #expect(route.actions.contains { $0.hasPrefix("Agree a timescale") })
    }

    @Test("a stage whose time has run out says to escalate") func overdue() {
        let route = Bundled.route("torbay", .make(tried: 0, raised: "2026-11-02", now: "2026-11-23T10:00"))
        #expect(route.warnings.contains { $0.contains("ran out on Monday 9 November 2026") })
        #expect(route.warnings.allSatisfy { !$0.hasSuffix("..") })
    }

    @Test("Pan-Cheshire's Step 3 form goes to the area's partnership, and its personal fields are marked") func formByArea() throws {
        let route = Bundled.route("pan-cheshire", .make(tried: 3, area: "warrington"))
        let form = try #require(route.form)
        #expect(form.submitTo?.email == "safeguardingpartnerships@warrington.gov.uk")
        #expect(route.contact.email == "safeguardingpartnerships@warrington.gov.uk")
        #expect(form.fields.filter(\.personal).map(\.label) == ["Name of Child/Young Person", "Date of Birth", "Address"])
    }

    @Test("without an area, Pan-Cheshire asks for one instead of picking") func areaNeeded() {
        let route = Bundled.route("pan-cheshire", .make(tried: 3))
        #expect(route.contact.email == nil)
        #expect(route.warnings.contains { $0.contains("depend on your area") })
        // The form is named, with no "send to Unknown".
        #expect(route.form?.submitTo == nil)
        #expect(!route.lines(policy: Bundled.policy("pan-cheshire")).joined().contains("Unknown"))
    }
}
