/// A route under construction: each step adds what it says together with the quote behind it.
struct RouteDraft {
    let router: Router
    let facts: Facts
    var route: Route
    /// The quotes behind the actions so far, so one sentence of a policy is said once. A list: a route
    /// has a handful, and comparing a quote with a few of other lengths is cheaper than hashing it.
    var actedQuotes: [String] = []
    /// The number of each citation's quote among the policy's quotes, where it is one of them, in the
    /// order of `route.citations`.
    var citedNumbers: [Int?] = []
    /// The route is a stage to pursue for an urgent route at risk, worded as at no risk: the stage's own words at risk
    /// (`Stage.atRisk`) still hold.
    var expediting = false

    init(router: Router, facts: Facts) {
        self.router = router
        self.facts = facts
        route = Route(policyID: router.policy.id, outcome: .stage, risk: facts.risk, headline: "", stage: nil, stageToPursue: nil,
                      contact: RoutedContact(role: nil), otherContacts: [], notify: [], form: nil, deadline: nil, timescale: nil,
                      deadlineBasis: nil, deadlinePurpose: nil, otherReading: nil, workTo: nil, actions: [], record: [], citations: [],
                      warnings: router.policy.carriesReviewNote(on: facts.now.day) ? [router.reviewNotice] : [])
        // Room for what a route usually holds, made once rather than grown a step at a time.
        route.actions.reserveCapacity(8)
        route.citations.reserveCapacity(8)
        actedQuotes.reserveCapacity(8)
        citedNumbers.reserveCapacity(8)
    }

    var policy: Policy { router.policy }
    var area: String? { facts.area ?? (policy.areas.count == 1 ? policy.areas[0].id : nil) }
    var clock: StageClock { StageClock(router: router, facts: facts) }

    /// Adds the quote unless one already cited holds it; it replaces those it holds.
    mutating func cite(_ quote: String) {
        guard !quote.isEmpty else { return }
        let quotes = router.quotes
        let number = quotes.number(of: quote)
        let cited = route.citations.indices
        guard !cited.contains(where: { quotes.holds(route.citations[$0].quote, numbered: citedNumbers[$0], quote, numbered: number) }) else { return }
        // Held, and not holding it, each of these is shorter than the quote.
        for index in cited.reversed() where quotes.holds(quote, numbered: number, route.citations[index].quote, numbered: citedNumbers[index]) {
            route.citations.remove(at: index)
            citedNumbers.remove(at: index)
        }
        route.citations.append(number.map { router.citations[$0] } ?? Citation(source: policy.source.file, quote: quote, parts: policy.quoteParts[quote]))
        citedNumbers.append(number)
    }

    /// Adds what to do, unless the same words were already given for the same quote in other words
    /// (the Isle of Man's threshold for urgent intervention, said for significant risk and at Stage One).
    mutating func act(_ fact: Cited) {
        if !route.actions.contains(fact.text), !actedQuotes.contains(fact.quote) { route.actions.append(fact.text) }
        if !fact.quote.isEmpty, !actedQuotes.contains(fact.quote) { actedQuotes.append(fact.quote) }
        cite(fact.quote)
    }

    /// Adds a step, or for a step that does the checklist, only its parts not done yet, in the words of the checklist's
    /// quotes; nothing once all are done. Unanswered, or with nothing done, the step is said whole.
    mutating func actOnWhatIsLeft(_ step: Cited) {
        guard let checklist = step.checklist, let gaps = facts.checklistGaps else { return act(step) }
        let left = checklist.parts.filter { gaps.contains($0.id) }
        guard left.count < checklist.parts.count else { return act(step) }
        guard !left.isEmpty else { return }
        let quotes = left.compactMap { part in policy.checklist.first { $0.id == part.id }?.quote }
        act(Cited(checklist.lead + left.map(\.text).listed + ".", quote: quotes.first ?? step.quote))
        quotes.dropFirst().forEach { cite($0) }
    }

    mutating func warn(_ text: String) {
        let sentence = text.sentence
        if !route.warnings.contains(sentence) { route.warnings.append(sentence) }
    }

    /// A note on the stage's time (a date passed, a reading earlier still, an assumed holiday): a warning, and one of
    /// the notes a practice round gives with the deadline it marks.
    mutating func warnAboutTime(_ text: String) {
        warn(text)
        let sentence = text.sentence
        if !route.timeNotes.contains(sentence) { route.timeNotes.append(sentence) }
    }

    /// Not from any policy: the national emergency number, said first whenever someone may be at risk.
    static let emergencyLine = "If anyone is in immediate danger, call 999 now (national emergency number; not part of this policy)."
    /// Starts the line for someone the policy does not cover, said before its numbers when nobody has said yet whether
    /// it is a child or an adult.
    static let otherSubjectLead = "If the person at risk is "

    /// Where to turn, not from the policy, for someone it does not cover.
    static func ownProcedures(for subject: Subject) -> String { "your agency's \(subject == .adult ? "adult" : "children's") safeguarding procedures" }

    /// The lines said before anything else a practitioner might read past.
    static func leads(_ action: String) -> Bool { action == emergencyLine || action.hasPrefix(otherSubjectLead) }

    /// Said first on an urgent route where the policy names no one to call, and says nothing of safeguarding procedures.
    var agencyProcedures: String {
        "\(Self.agencyProceduresStart) to protect the \(atRisk) (not from the policy: the \(policy.shortName) policy names no one to call)."
    }

    static let agencyProceduresStart = "Follow your agency's safeguarding procedures"

    /// At a risk the policy keeps on its stages, that its words for the risk name no one to call, in hours or out: an outside
    /// routing review (round 18, 2026-12-01) found B&NES at significant risk on Christmas Day at 20:00, and Shropshire on a
    /// Saturday at 23:00, told only to raise it with the person they disagree with, where the urgent routes of the same
    /// policies say they name no one. Beside a policy's own words on safeguarding procedures (B&NES), said with them;
    /// otherwise as the urgent route says it.
    mutating func noOneNamedToCall() {
        guard facts.risk != .none, let urgent = policy.urgentRoute(for: facts.risk), urgent.contacts.isEmpty else { return }
        let none = "the \(policy.shortName) policy names no one to call, in hours or out of hours"
        // The policy's own words on safeguarding procedures for this risk, where the stage's words at it left them out (B&NES
        // once the urgent steps are under way): said, rather than our line in their place.
        if !route.actions.contains(where: { $0.hasPrefix(Self.policyProceduresStart) }),
           let own = (urgent.safety + urgent.actions).first(where: { $0.text.hasPrefix(Self.policyProceduresStart) }) {
            route.actions.append(own.text)
            cite(own.quote)
        }
        if let own = route.actions.firstIndex(where: { $0.hasPrefix(Self.policyProceduresStart) }) {
            route.actions[own] += " " + none.capitalisedFirst + "."
        } else {
            route.actions.append("\(Self.agencyProceduresStart) to protect the \(atRisk) (not from the policy: \(none)).")
        }
    }

    /// How the line said first where no one is named to call begins: ours, or a policy's own words on safeguarding procedures.
    static let nowStarts = [agencyProceduresStart, policyProceduresStart]

    /// How a policy's own action on safeguarding procedures begins (B&NES: "safeguarding procedures should be followed").
    static let policyProceduresStart = "Follow safeguarding procedures"

    /// Who may be at risk, as far as the facts and the policy say: "child", "adult", "child or adult".
    var atRisk: String {
        switch facts.subject {
        case .child?: return "child"
        case .adult?: return "adult"
        case nil: return policy.covers.adults ? (policy.covers.children ? "child or adult" : "adult") : "child"
        }
    }

    /// The route, with the last touches every route gets. The draft is used up, so the route is handed
    /// over rather than copied.
    consuming func finished() -> Route {
        finish()
        return route
    }

    /// The last touches every route gets: the emergency line first whenever someone may be at risk,
    /// and the date checks.
    mutating func finish() {
        if facts.risk != .none, route.actions.first != Self.emergencyLine {
            route.actions.removeAll { $0 == Self.emergencyLine }
            route.actions.insert(Self.emergencyLine, at: 0)
        }
        // The contact is not named again beside the route (Torbay's Business Manager, when unsure whom to contact).
        let contact = route.contact
        if contact.isReachable {
            route.otherContacts.removeAll { $0.phone == contact.phone && $0.email == contact.email && $0.area == contact.area }
        }
        checkDates()
    }

    mutating func checkDates() {
        let today = facts.now.day
        if let raised = facts.raised, raised > today {
            warn("The day given for when it was first raised, \(raised.spoken), is after today: check it")
        }
        if let started = facts.stageStarted {
            if started > today { warn("The day given for when this stage began, \(started.spoken), is after today: check it") }
            // Where the day it was first raised is not given, there is nothing to check the stage's start against.
            if let raised = facts.raised, started < raised { warn("The day given for when this stage began, \(started.spoken), is before the disagreement was first raised: check both") }
        }
    }

    // MARK: Outcomes

    /// The stage at `index` of the policy's stages, with the headline the router worded for it.
    mutating func stage(at index: Int) {
        stage(router.policy.stages[index], headline: router.stageHeadlines[index])
    }

    mutating func stage(_ stage: Stage, headline: String) {
        route.outcome = .stage
        route.stage = StageSummary(position: stage.position, label: stage.label, title: stage.title, of: policy.stages.count)
        route.headline = headline
        cite(stage.quote)
        if case .known(let between)? = stage.between { cite(between.quote) }
        route.contact = resolve(stage.contact, what: "whom to contact at \(stage.label)")
        everyAreasContact(stage.contact)
        // Whom the referral goes to is known and who makes it is not (Torbay's Stage Five, "the matter should be referred to the
        // Chair"): said beside the contact, as the pathway says it, or the contact line reads as yours to write to (an outside
        // routing review, round 21).
        if case .unknown(let reason) = stage.raisedBy, route.contact.role != nil, route.contact.note == nil {
            route.contact.note = "who raises it with them is unknown" + (reason.isEmpty ? "" : ": " + reason.trimmingTrailingFullStop.lowercasedFirstWord)
        }
        route.notify = stage.notify.map { resolve($0, what: "whom to notify") }
        for point in stage.support {
            point.role.value.map { cite($0.quote) }
            point.ref.map { supportContacts($0, note: point.role.value?.text ?? "support at this stage") }
        }
        riskWords()
        riskStepKept()
        discretionOverTheStage(after: stage)
        noOneNamedToCall()
        let rule = expedited ? stage.atRisk : nil
        rule?.actions.forEach { act($0) }
        specialCases(at: stage.position)
        notifyOnceNamed()
        let replaced = (rule?.replaces ?? []) + specialCasesHere(at: stage.position).flatMap(\.replaces)
        for step in stage.escalatorMust + stage.receiverMust where !replaced.contains(step.quote) { actOnWhatIsLeft(step) }
        if let use = stage.form { attachForm(use) }
        keepRecords(of: stage)
        sayRecordSilence(at: [stage])
        if let rule { expeditedDeadline(rule, stage) } else if let haste = hasteAtImmediateRisk { hastenedDeadline(haste, stage) } else { stageDeadline(stage) }
        // At every risk given: at significant risk the policy's own words for it have said it already (the same quote, so
        // said once), and a stage pursued under an urgent route is under the urgent route's words, which say it.
        if !expediting, let note = policy.atAnyRiskOfHarm { act(note) }
        if facts.risk == .none, !expediting { sayRiskTriggers() }
        timeAtImmediateRisk()
    }

    /// At no risk, the policy's own words for when risk takes another route, as one line citing each: `--risk` defaults to
    /// none, and B&NES, Torbay, the Isle of Man and Pan-Cheshire said nothing of them (an outside routing review, round 23, F5).
    mutating func sayRiskTriggers() {
        guard !policy.riskTriggers.isEmpty else { return }
        route.actions.append(policy.riskTriggers.map(\.text).joined(separator: " "))
        policy.riskTriggers.forEach { cite($0.quote) }
    }

    /// Where the policy leaves the stage to start at to the practitioner at immediate risk (Torbay: "discretion should be used
    /// as to which stage is initiated", 001 l.105), the headline says the stage after those tried is not the only one: it had
    /// named Stage One alone, with its week, for a child at immediate risk (a chat review, round 20, F2).
    mutating func discretionOverTheStage(after stage: Stage) {
        guard facts.risk == .immediate, policy.urgentRoute(for: .immediate)?.stage == .choose, stage.position < policy.stages.count else { return }
        route.headline += ", or a later stage: at immediate risk the \(policy.shortName) policy leaves which stage to start at to your discretion"
    }

    /// The policy's words asking for haste at immediate risk, where a stage has no at-risk time of its own: the Isle of
    /// Man's "the process must be urgently expedited", Torbay's "within the shortest timescale possible". A chat review
    /// (round 14, 2026-11-30) carried on from the urgent route for a five-year-old alone on Christmas Eve and was given a
    /// date five days off to work to, the earlier reading set aside.
    var hasteAtImmediateRisk: Cited? {
        guard facts.risk == .immediate, let urgent = policy.urgentRoute(for: .immediate) else { return nil }
        return urgent.pursue.first { Self.asksHaste($0.quote) } ?? urgent.actions.first { Self.asksHaste($0.quote) }
    }

    static func asksHaste(_ quote: String) -> Bool {
        let words = quote.lowercased()
        return ["expedite", "shortest timescale", "earliest opportunity", "as soon as possible", "with urgency"].contains { words.contains($0) }
    }

    /// Whether the stage is expedited because someone is at risk of harm: the route's own risk, or that of the urgent
    /// route it is the stage to pursue for (`expediting`).
    var expedited: Bool { facts.risk != .none || expediting }

    /// The special cases the practitioner gave that the policy speaks of at `position`.
    func specialCasesHere(at position: Int) -> [SpecialCase] {
        policy.specialCases.filter { facts.specialCases.contains($0.kind) && $0.applies(at: position) }
    }

    /// What the policy says to record at `stage`, then at every stage.
    mutating func keepRecords(of stage: Stage) {
        for fact in stage.record + policy.recordKeeping where !route.record.contains(fact.text) {
            route.record.append(fact.text)
            cite(fact.quote)
        }
    }

    /// Where the policy asks for no record at `stages`, the stages a route gives, says so, and where it does ask, in its
    /// words: with no Record line, a practitioner read nothing to record and no sign the policy was silent (an outside
    /// routing review, round 17, 2026-12-01: the Isle of Man's Stages One to Three, whose text asks for a record only at
    /// Stage Four).
    mutating func sayRecordSilence(at stages: [Stage]) {
        let silent = stages.filter { $0.record.isEmpty }
        guard route.record.isEmpty, policy.recordKeeping.isEmpty, !silent.isEmpty else { return }
        let here = stages.count == 1 ? "at this stage" : "at \(silent.map(\.name).listed)"
        var note = "The \(policy.shortName) policy does not say what to record \(here)"
        let asking = policy.stages.filter { !$0.record.isEmpty }
        var quotes: [String] = []
        for fact in asking.flatMap(\.record) where !quotes.contains(fact.quote) { quotes.append(fact.quote) }
        if !quotes.isEmpty {
            note += ". It says what to record only at \(asking.map(\.name).listed): "
                + quotes.map { "\"\($0.withoutSourceMarkup.trimmingTrailingFullStop)\"" }.joined(separator: "; ")
            quotes.forEach { cite($0) }
        }
        route.recordNote = note.sentence
    }

    /// Whom to notify who is also the contact (Torbay's TSCP Business Manager, when unsure whom to
    /// contact at Stage Three) is named once, with their details on the contact line.
    mutating func notifyOnceNamed() {
        let contact = route.contact
        guard contact.isReachable else { return }
        for index in route.notify.indices where route.notify[index].email == contact.email && route.notify[index].phone == contact.phone {
            route.notify[index] = RoutedContact(role: (route.notify[index].role ?? "") + ", the contact above", how: route.notify[index].how)
        }
    }

    mutating func resolve(_ point: ContactPoint, what: @autoclosure () -> String) -> RoutedContact {
        var routed = RoutedContact(role: point.role.value?.text, how: point.how)
        if let role = point.role.value { cite(role.quote) }
        if let reason = point.role.unknownReason, !reason.isEmpty {
            // Lost from the source text is not the policy's silence (the policies' README: "show it as unknown").
            if point.missing {
                routed.note = reason.trimmingTrailingFullStop
                warn("\(what().capitalisedFirst) is unknown: \(reason)")
            } else {
                warn("The policy does not say \(what()): \(reason)")
            }
        }
        if point.role.value == nil { point.pointers.forEach { act($0) } }
        guard let ref = point.ref else { return routed }
        guard let contact = policy.contact(ref.id(in: area)) else {
            warn("\(Route.areaNeeded): give one of \(areaList).")
            return routed
        }
        fill(&routed, from: contact)
        return routed
    }

    var areaList: String { policy.areas.map { "\($0.id) (\($0.name))" }.joined(separator: ", ") }

    mutating func fill(_ routed: inout RoutedContact, from contact: Contact) {
        cite(contact.quote)
        // A team's own name ("Information Access and Referral Team") says more than the stage's role
        // for it, unless the role already names it.
        if let name = contact.name {
            routed.name = name
        } else if let role = routed.role, !role.containsText(contact.role), !contact.role.containsText(role) {
            routed.name = contact.role
        }
        routed.role = routed.role ?? contact.role
        routed.email = contact.email
        routed.phone = contact.phone
        routed.hours = contact.hours?.summary
        routed.openNow = contact.hours?.isOpen(at: facts.now, in: router.calendar)
        if policy.areas.count > 1 { routed.area = policy.area(contact.area)?.name }
    }

    mutating func attachForm(_ use: FormUse) {
        guard let form = policy.form(use.formID) else { return }
        cite(use.quote)
        let point: ContactPoint?
        if let own = use.submitTo {
            // The stage's own words say where it goes: the form's words on sending it are another stage's rule, not cited.
            point = own
        } else {
            cite(form.quote)
            point = form.submitTo.map { ContactPoint(role: .unknown(reason: ""), ref: $0) }
        }
        let routed = point.map { resolve($0, what: "where to send the form") }
        route.form = RoutedForm(name: form.name, fields: form.fields, submitTo: routed?.role == nil ? nil : routed, when: use.when)
    }
}

extension String {
    /// The text as a sentence: one full stop at the end, never two.
    public var sentence: String {
        guard let last = last else { return self }
        return ".!?".contains(last) ? self : self + "."
    }

    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// "Follow your ..." as "follow your ...", to go on after a word that starts the sentence.
    var lowercasedFirstWord: String { prefix(1).lowercased() + dropFirst() }

    /// "Your Supervisor/Manager" as "your Supervisor/Manager", for use inside a sentence; a name or
    /// acronym ("TSCP Business Manager") is left as it is.
    var lowercasedFirst: String {
        guard let first = first else { return self }
        let word = prefix { $0 != " " }
        return ["Your", "The", "A", "An", "Their"].contains(String(word)) ? first.lowercased() + dropFirst() : self
    }
}

extension Array where Element == String {
    /// "A", "A and B", "A, B and C".
    var listed: String {
        guard count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " and " + last!
    }
}

extension AlternativeDeadline {
    /// Said of a second reading whose date is before today.
    static let passed = "That date has already passed"
    /// Starts the reason a second reading counted from an assumed day comes out later than the first.
    static let laterBecause = "It comes out later than the date above only because"
    /// Starts the reason a second reading counted from the day it was first raised, not given, gives the date above.
    static let sameBecause = "It gives the same date as above only because the day it was first raised is not given and"
    /// Said of an earlier reading the words argue against, still ahead: which date to work to, and why this one is shown.
    static let weakerEarlier = "Work to the date above, which the words favour; this earlier date is shown because they can also be read this way (not from the policy)."
    /// Ends a weaker reading whose date has passed: the stage's main reading still gives time.
    static let stillStands = "read as the date above, the time has not run out"
    /// Ends a weaker reading whose date has passed where the stage's main date has passed too.
    /// "On both readings shown": a third reading, not shown as it is later, may give more time (an outside routing review,
    /// round 16: Pan-Cheshire's Step 3 counted from when Step 2 ended was due that day).
    static let bothPassed = "as has the date above: on both readings shown, the time has run out"

    /// What follows "That date has already passed" for a weaker reading: that the main date still gives time
    /// only where it does (an outside review, round 8: once both had passed, it still said the time had not run out).
    static func weakerPassed(beside main: Day?, today: Day) -> String {
        guard let main else { return "" }
        return main < today ? ", " + bothPassed : ": " + stillStands
    }
}
