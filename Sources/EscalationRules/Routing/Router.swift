/// Decides the route for a disagreement under one policy: a pure function of the facts.
///
/// A class, so each route under construction refers to the policy rather than copying it: a policy
/// is some two dozen arrays and strings, and copying them was a fifth of the time a route took.
public final class Router: Sendable {
    public let policy: Policy
    public let calendar: HolidayCalendar
    /// The policy's review warning, worded once rather than for every route.
    let reviewNotice: String?

    public init(policy: Policy, calendar: HolidayCalendar) {
        self.policy = policy
        self.calendar = calendar
        reviewNotice = policy.reviewNotice
    }

    /// Safety first: a case the policy does not cover, then risk, then scope, then the stages.
    public func route(_ facts: Facts) -> Route {
        var draft = RouteDraft(router: self, facts: facts)
        if let subject = facts.subject, !policy.covers.includes(subject) {
            draft.notCovered(subject)
        } else if facts.risk != .none {
            draft.urgent(facts.risk == .immediate ? policy.immediateRisk : policy.significantRisk)
        } else if facts.counterpart != .otherAgency, !policy.alsoInScope.contains(where: { $0.counterpart == facts.counterpart }) {
            draft.outOfScope(facts.counterpart)
        } else if facts.tried >= policy.stages.count {
            draft.exhausted()
        } else {
            draft.stage(policy.stages[max(0, facts.tried)])
        }
        return draft.route
    }

    /// The facts the route for `facts` would change with that are not yet known.
    public func neededFacts(_ facts: Facts) -> [NeededFact] {
        var needed: [NeededFact] = []
        if facts.subject == nil, !(policy.covers.children && !policy.covers.adults) { needed.append(.subject) }
        if facts.area == nil, policy.areas.count > 1 { needed.append(.area) }
        let position = facts.tried + 1
        let special = policy.specialCases.contains { !$0.bySetting.isEmpty && $0.applies(at: position) }
        if facts.setting == nil, facts.risk == .none, special { needed.append(.setting) }
        return needed
    }
}

/// A route under construction: each step adds what it says together with the quote behind it.
struct RouteDraft {
    let router: Router
    let facts: Facts
    var route: Route

    init(router: Router, facts: Facts) {
        self.router = router
        self.facts = facts
        route = Route(policyID: router.policy.id, outcome: .stage, stage: nil, contact: RoutedContact(role: nil), notify: [],
                      form: nil, deadline: nil, timescale: nil, actions: [], record: [], citations: [],
                      warnings: router.policy.isPastReview(on: facts.now.day) ? router.reviewNotice.map { [$0] } ?? [] : [])
    }

    var area: String? { facts.area ?? (router.policy.areas.count == 1 ? router.policy.areas[0].id : nil) }

    /// Adds the quote unless a longer one already holds it; a longer one replaces the shorter it holds.
    mutating func cite(_ quote: String) {
        // Only a longer quote can hold another: the length check spares most of the byte searches.
        let length = quote.utf8.count
        guard length > 0, !route.citations.contains(where: { $0.quote.utf8.count >= length && $0.quote.utf8.contains(quote.utf8) }) else { return }
        let held = { (citation: Citation) in citation.quote.utf8.count < length && quote.utf8.contains(citation.quote.utf8) }
        if route.citations.contains(where: held) { route.citations.removeAll(where: held) }
        route.citations.append(Citation(source: router.policy.source.file, quote: quote))
    }

    mutating func act(_ fact: Cited) {
        route.actions.append(fact.text)
        cite(fact.quote)
    }

    mutating func warn(_ text: String) {
        if !route.warnings.contains(text) { route.warnings.append(text) }
    }

    // MARK: Outcomes

    mutating func stage(_ stage: Stage) {
        route.outcome = .stage
        route.stage = StageSummary(position: stage.position, label: stage.label)
        cite(stage.quote)
        route.contact = resolve(stage.contact, what: "whom to contact at \(stage.label)")
        route.notify = stage.notify.map { resolve($0, what: "whom to notify") }
        stage.escalatorMust.forEach { act($0) }
        stage.receiverMust.forEach { act($0) }
        if let use = stage.form { attachForm(use) }
        specialCases(at: stage.position)
        for fact in stage.record + router.policy.recordKeeping {
            route.record.append(fact.text)
            cite(fact.quote)
        }
        stageDeadline(stage)
    }

    mutating func urgent(_ urgent: UrgentRoute) {
        route.outcome = .urgent
        if facts.risk == .immediate {
            route.actions.append(RouteDraft.emergencyLine)
        }
        urgent.actions.forEach { act($0) }
        if let first = urgent.contacts.first {
            route.contact = resolve(first, what: "whom to call")
        } else {
            warn("The policy names no one to call for an urgent case: follow your agency's safeguarding procedures now.")
        }
        route.notify = urgent.contacts.dropFirst().map { resolve($0, what: "whom to tell") }
        deadline(urgent.timescale, from: facts.now.day, what: "urgent action")
    }

    mutating func outOfScope(_ counterpart: Counterpart) {
        route.outcome = .outOfScope
        guard let known = router.policy.outOfScope.first(where: { $0.counterpart == counterpart }) else {
            warn("The \(router.policy.shortName) policy does not say where a disagreement with \(counterpart.phrase) goes: it is a procedure for disagreements between agencies.")
            return
        }
        route.contact = RoutedContact(role: known.procedure)
        cite(known.quote)
        known.actions.forEach { act($0) }
    }

    mutating func exhausted() {
        route.outcome = .exhausted
        switch router.policy.exhausted {
        case .known(let actions): actions.forEach { act($0) }
        case .unknown(let reason):
            warn("The \(router.policy.shortName) policy does not say what happens after its last stage\(reason.isEmpty ? "" : ": \(reason)").")
        }
        if let last = router.policy.stages.last { cite(last.quote) }
    }

    mutating func notCovered(_ subject: Subject) {
        route.outcome = .notCovered
        cite(router.policy.covers.quote)
        if facts.risk != .none { route.actions.append(RouteDraft.emergencyLine) }
        route.actions.append("The \(router.policy.shortName) policy covers \(router.policy.covers.phrase) only, so it does not apply to a disagreement about \(subject == .adult ? "an adult" : "a child"). Use the escalation procedure of your local safeguarding \(subject == .adult ? "adults" : "children") partnership; IntakeBot can load it with --policy-file.")
    }

    /// Not from any policy: the national emergency number, said whenever someone may be in danger now.
    static let emergencyLine = "If anyone is in immediate danger, call 999 now (national emergency number; not part of this policy)."

    // MARK: Parts

    mutating func resolve(_ point: ContactPoint, what: @autoclosure () -> String) -> RoutedContact {
        var routed = RoutedContact(role: point.role.value?.text, how: point.how)
        if let role = point.role.value { cite(role.quote) }
        if let reason = point.role.unknownReason, !reason.isEmpty { warn("The policy does not say \(what()): \(reason)") }
        guard let ref = point.ref else { return routed }
        guard let contact = router.policy.contact(ref.id(in: area)) else {
            let names = router.policy.areas.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
            warn("\(Route.areaNeeded): give one of \(names).")
            return routed
        }
        fill(&routed, from: contact)
        return routed
    }

    mutating func fill(_ routed: inout RoutedContact, from contact: Contact) {
        cite(contact.quote)
        // A team's own name ("Information Access and Referral Team") says more than the stage's role for it.
        routed.name = contact.name ?? (routed.role == nil || routed.role == contact.role ? nil : contact.role)
        routed.role = routed.role ?? contact.role
        routed.email = contact.email
        routed.phone = contact.phone
        routed.hours = contact.hours?.summary
        routed.openNow = contact.hours?.isOpen(at: facts.now, in: router.calendar)
        guard routed.openNow != true, let fallback = router.policy.contact(contact.outOfHours) else { return }
        var other = RoutedContact(role: fallback.role)
        fill(&other, from: fallback)
        routed.fallback = [other]
        let reach = [fallback.phone, fallback.email].compactMap { $0 }.joined(separator: ", ")
        if routed.openNow == false {
            route.actions.append("\(contact.role) is closed now (open \(routed.hours ?? "hours not stated")): call the \(fallback.role) on \(reach).")
        } else if routed.hours != nil {
            route.actions.append("Today is a public holiday and the policy does not give \(contact.role)'s holiday hours: if there is no answer, call the \(fallback.role) on \(reach).")
        }
    }

    mutating func attachForm(_ use: FormUse) {
        guard let form = router.policy.form(use.formID) else { return }
        cite(use.quote)
        cite(form.quote)
        var submitTo: RoutedContact?
        if let ref = form.submitTo {
            submitTo = resolve(ContactPoint(role: .unknown(reason: ""), ref: ref), what: "where to send the form")
        }
        route.form = RoutedForm(name: form.name, fields: form.fields, submitTo: submitTo)
    }

    mutating func specialCases(at position: Int) {
        for special in router.policy.specialCases where special.applies(at: position) {
            var advice = special.advice
            if let setting = facts.setting, let support = special.bySetting[setting] {
                advice.text += " For \(setting.phrase): \(support)."
            }
            if let contact = router.policy.contact(special.contact?.id(in: area)) {
                advice.text += " " + RoutedContact(role: contact.role, name: contact.name, email: contact.email, phone: contact.phone).summary + "."
                cite(contact.quote)
            }
            act(advice)
        }
    }

    mutating func stageDeadline(_ stage: Stage) {
        let index = stage.position - 1
        let deadlines = router.policy.stageDeadlines(raisedOn: facts.raisedDay, in: router.calendar, through: index)
        deadline(stage.timescale, from: nil, what: stage.label)
        route.deadline = deadlines[index]
        if route.deadline == nil, stage.timescale.timescale.isFixed {
            warn("No deadline can be counted for \(stage.label): an earlier stage has no timescale in the policy. The policy gives this stage \(stage.timescale.timescale.phrase).")
        }
        if let due = route.deadline, due < facts.now.day {
            warn("The time the policy gives for \(stage.label) ran out on \(due.spoken): if it is still unresolved, escalate without waiting.")
        }
        if let due = route.deadline, !router.calendar.knows(due) {
            warn("The holiday calendar runs only to \(router.calendar.covers.upperBound): check the deadline against that year's bank holidays.")
        }
    }

    /// Records a timescale's words and, when counting from a fixed day, its last day.
    mutating func deadline(_ stageTimescale: StageTimescale, from start: Day?, what: String) {
        let timescale = stageTimescale.timescale
        route.timescale = timescale.phrase
        switch timescale {
        case .unknown:
            warn("The policy sets no timescale for \(what)\(stageTimescale.quote.isEmpty ? "" : ": \(stageTimescale.quote)").")
            route.timescale = nil
        case .agreedLocally:
            cite(stageTimescale.quote)
            route.actions.append("Agree a timescale for this stage with the other party and record it: the policy sets none.")
        default:
            cite(stageTimescale.quote)
        }
        if let start { route.deadline = timescale.lastDay(from: start, in: router.calendar) }
    }
}
