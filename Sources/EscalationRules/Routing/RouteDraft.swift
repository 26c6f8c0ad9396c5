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

    init(router: Router, facts: Facts) {
        self.router = router
        self.facts = facts
        route = Route(policyID: router.policy.id, outcome: .stage, risk: facts.risk, headline: "", stage: nil, stageToPursue: nil,
                      contact: RoutedContact(role: nil), otherContacts: [], notify: [], form: nil, deadline: nil, timescale: nil,
                      deadlineBasis: nil, deadlinePurpose: nil, otherReading: nil, workTo: nil, actions: [], record: [], citations: [],
                      warnings: router.policy.isPastReview(on: facts.now.day) ? router.reviewNotice.map { [$0] } ?? [] : [])
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
        route.citations.append(number.map { router.citations[$0] } ?? Citation(source: policy.source.file, quote: quote))
        citedNumbers.append(number)
    }

    /// Adds what to do, unless the same words were already given for the same quote in other words
    /// (the Isle of Man's threshold for urgent intervention, said for significant risk and at Stage One).
    mutating func act(_ fact: Cited) {
        if !route.actions.contains(fact.text), !actedQuotes.contains(fact.quote) { route.actions.append(fact.text) }
        if !fact.quote.isEmpty, !actedQuotes.contains(fact.quote) { actedQuotes.append(fact.quote) }
        cite(fact.quote)
    }

    mutating func warn(_ text: String) {
        let sentence = text.sentence
        if !route.warnings.contains(sentence) { route.warnings.append(sentence) }
    }

    /// Not from any policy: the national emergency number, said first whenever someone may be at risk.
    static let emergencyLine = "If anyone is in immediate danger, call 999 now (national emergency number; not part of this policy)."

    /// Said first on an urgent route where the policy names no one to call, and says nothing of safeguarding procedures.
    var agencyProcedures: String {
        "\(Self.agencyProceduresStart) to protect the \(atRisk) (not from the policy: the \(policy.shortName) policy names no one to call)."
    }

    static let agencyProceduresStart = "Follow your agency's safeguarding procedures"

    /// How the line said first where no one is named to call begins: ours, or a policy's own words on safeguarding procedures.
    static let nowStarts = [agencyProceduresStart, "Follow safeguarding procedures"]

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
            if started < facts.raisedDay { warn("The day given for when this stage began, \(started.spoken), is before the disagreement was first raised: check both") }
        }
        if let due = route.deadline, !router.calendar.knows(due) {
            warn("The holiday calendar runs only to \(router.calendar.covers.upperBound): check the deadline against that year's bank holidays")
        }
    }

    // MARK: Outcomes

    /// The stage at `index` of the policy's stages, with the headline the router worded for it.
    mutating func stage(at index: Int) {
        stage(router.policy.stages[index], headline: router.stageHeadlines[index])
    }

    mutating func stage(_ stage: Stage, headline: String) {
        route.outcome = .stage
        route.stage = StageSummary(position: stage.position, label: stage.label, title: stage.title)
        route.headline = headline
        cite(stage.quote)
        if case .known(let between)? = stage.between { cite(between.quote) }
        route.contact = resolve(stage.contact, what: "whom to contact at \(stage.label)")
        route.notify = stage.notify.map { resolve($0, what: "whom to notify") }
        for point in stage.support {
            point.role.value.map { cite($0.quote) }
            point.ref.map { supportContacts($0, note: point.role.value?.text ?? "support at this stage") }
        }
        riskWords()
        specialCases(at: stage.position)
        notifyOnceNamed()
        stage.escalatorMust.forEach { act($0) }
        stage.receiverMust.forEach { act($0) }
        if let use = stage.form { attachForm(use) }
        for facts in [stage.record, policy.recordKeeping] {
            for fact in facts {
                route.record.append(fact.text)
                cite(fact.quote)
            }
        }
        stageDeadline(stage)
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

    /// A kind of disagreement the policy's words take through the stages: their quote, and the note on
    /// how they take it in where they do not name it.
    mutating func takenIn(_ included: ScopeInclusion) {
        cite(included.quote)
        if let note = included.note, !route.actions.contains(note) { route.actions.append(note) }
    }

    mutating func outOfScope(_ named: OutOfScopeRoute) {
        route.outcome = .outOfScope
        route.headline = named.headline ?? "This goes outside the \(policy.shortName) escalation policy, to \(named.procedure)."
        route.contact = RoutedContact(role: named.procedure.capitalisedFirst)
        cite(named.quote)
        named.actions.forEach { act($0) }
    }

    mutating func exhausted() {
        route.outcome = .exhausted
        route.headline = "Every stage of the \(policy.shortName) policy has been tried."
        switch policy.exhausted {
        case .known(let actions): actions.forEach { act($0) }
        case .unknown(let reason):
            warn("The \(policy.shortName) policy does not say what happens after its last stage\(reason.isEmpty ? "" : ": \(reason)")")
        }
        if let last = policy.stages.last { cite(last.quote) }
    }

    /// A child or adult the policy is not for.
    mutating func notCovered(_ subject: Subject) {
        route.outcome = .notCovered
        route.headline = "The \(policy.shortName) policy does not cover this: it is for \(policy.covers.phrase) only."
        cite(policy.covers.quote)
        route.actions.append("It does not apply to a disagreement about \(subject == .adult ? "an adult" : "a child"). Where to turn (not from the policy): the escalation procedure of your local safeguarding \(subject == .adult ? "adults" : "children") partnership.")
    }

    /// A kind of disagreement the policy says nothing about: not covered, rather than sent to a
    /// procedure the policy never names.
    mutating func notCovered(_ counterpart: Counterpart) {
        route.outcome = .notCovered
        // Silence, said as silence: Torbay's aim is "resolving the difficulties within and between agencies", so
        // "a policy for disagreements between agencies" would say more than some texts do.
        route.headline = "The \(policy.shortName) policy does not say how to handle this."
        route.actions.append("The \(policy.shortName) policy does not say where \(counterpart.disagreement) goes.")
        route.actions.append("Where to turn (not from the policy): \(Self.whereToTurn(counterpart, about: facts.subject)).")
    }

    static func whereToTurn(_ counterpart: Counterpart, about subject: Subject? = nil) -> String {
        switch counterpart {
        case .conference where subject == .adult: return "the adult safeguarding procedures for your area, or your agency's safeguarding lead"
        case .ownManager: return "your agency's safeguarding lead, or your agency's own procedures for this, such as whistle-blowing or grievance"
        case .ownOrganisation: return "your agency's safeguarding lead, or your agency's whistle-blowing policy"
        case .individualConduct: return "the complaints procedure of the agency the person works for, or your agency's safeguarding lead"
        case .conference: return "the child protection conference procedure for your area, or your agency's safeguarding lead"
        case .otherAgency, .conferenceConvening: return "your agency's safeguarding lead"
        }
    }

    // MARK: Parts

    mutating func resolve(_ point: ContactPoint, what: @autoclosure () -> String) -> RoutedContact {
        var routed = RoutedContact(role: point.role.value?.text, how: point.how)
        if let role = point.role.value { cite(role.quote) }
        if let reason = point.role.unknownReason, !reason.isEmpty { warn("The policy does not say \(what()): \(reason)") }
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
        } else if let role = routed.role, !role.contains(contact.role), !contact.role.contains(role) {
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
        cite(form.quote)
        var submitTo: RoutedContact?
        if let ref = form.submitTo {
            let routed = resolve(ContactPoint(role: .unknown(reason: ""), ref: ref), what: "where to send the form")
            submitTo = routed.role == nil ? nil : routed
        }
        route.form = RoutedForm(name: form.name, fields: form.fields, submitTo: submitTo, when: use.when)
    }

    mutating func stageDeadline(_ stage: Stage) {
        let (main, second) = readings(of: stage)
        var reading = clock.reading(main, at: stage.position)
        if main != stage.timescale, let other = stage.otherReading {
            reading.basis += ". Read as \(other.reading), because the day it first arose is not given"
        }
        warnAssumed(reading)
        route.deadline = reading.day
        route.deadlineBasis = reading.basis
        route.deadlinePurpose = stage.timescale.purpose
        route.timescale = main.timescale == .unknown ? nil : main.timescale.phrase
        switch stage.timescale.timescale {
        case .unknown: warn("The policy sets no timescale for \(stage.label)")
        case .agreedLocally:
            cite(stage.timescale.quote)
            // "Appropriate timescales ... should be agreed for each stage", taking in "any potential risks": by whom, the text does not say.
            route.actions.append("Agree a timescale for this stage, taking into account any risks to the \(atRisk) and the need for services, and record it: the policy sets none.")
        default: cite(stage.timescale.quote)
        }
        // A second reading that gives the same date is no second answer, so it is not shown.
        if let other = second, case let alternative = clock.reading(other.timescale, at: stage.position),
           alternative.day == nil || alternative.day != reading.day {
            warnAssumed(alternative)
            var basis = alternative.basis
            if let second = alternative.day, let main = reading.day, second > main, facts.raised == nil,
               other.timescale.anchor == .arose || stage.position == 1 {
                // Counted from today as the day it arose: from the real, earlier day it comes out earlier.
                basis += ". " + AlternativeDeadline.laterBecause + " the day it was first raised is not given and today is taken for it: counted from the real day it is earlier, so give that day; until then work to the date above"
            }
            if let second = alternative.day, second < facts.now.day {
                // As for the main date below: at the last stage there is no stage to escalate to.
                basis += ". " + AlternativeDeadline.passed + (stage.position == policy.stages.count
                    ? ": it is the policy's last stage, so chase the decision now (not from the policy)"
                    : ": if it is still unresolved, escalate without waiting")
            }
            route.otherReading = AlternativeDeadline(reading: other.reading, deadline: alternative.day, basis: basis)
            cite(other.timescale.quote)
        }
        let noted = [calendarDaysNote(stage), alsoReadingNote(stage)].compactMap { $0 }.min()
        route.workTo = workTo(calendarDay: noted)
        if let note = policy.timescalesNote, stage.timescale.timescale.isFixed { act(note) }
        if let due = route.deadline, due < facts.now.day {
            if stage.position == policy.stages.count {
                // The last stage has no stage after it: "escalate" would send the practitioner looking for one.
                let whom = route.contact.role.map { " with \($0.lowercasedFirst)" } ?? ""
                warn("The time the policy gives for \(stage.label) ran out on \(due.spoken). It is the policy's last stage, so there is no further stage to escalate to: chase the decision\(whom) now, and keep the \(atRisk) safe meanwhile (not from the policy)")
            } else {
                warn("The time the policy gives for \(stage.label) ran out on \(due.spoken): if it is still unresolved, escalate without waiting")
            }
        }
    }
}

extension RouteDraft {
    /// The stage's time and its other reading, in the order the route gives them. Past the first stage,
    /// a time counted from the day it arose that the practitioner has not given (Pan-Cheshire's "Day
    /// 14-19") would count a later step from today as the day it arose, so a reading counted from when
    /// the stage began, which they are asked for, leads instead.
    func readings(of stage: Stage) -> (StageTimescale, OtherReading?) {
        guard facts.raised == nil, stage.position > 1, stage.timescale.anchor == .arose, stage.timescale.timescale.isCounted,
              let other = stage.otherReading, other.timescale.anchor == .stageStarted, other.timescale.timescale.isCounted
        else { return (stage.timescale, stage.otherReading) }
        let reading = "\(stage.timescale.timescale.phrase) of the whole process, counted from the day it first arose"
        return (other.timescale, OtherReading(timescale: stage.timescale, reading: reading))
    }

    /// Says where a date rests on a holiday whose date was assumed rather than published.
    mutating func warnAssumed(_ reading: StageClock.Reading) {
        for holiday in reading.assumed {
            warn("The \(holiday.name) on \(holiday.day.spoken) is an assumed date: \(holiday.assumed ?? ""). Check it before relying on the date")
        }
    }
}

extension RouteDraft {
    /// Where a reading gives a date earlier than the route's own and it is still ahead, that date, said first: a
    /// hurried reader takes the first date they see (an outside review, 2026-11-30). One already passed is not
    /// headlined, as the route's own date is the one still to act on; its reading says it has passed. A day off
    /// is worked to on the working day before it.
    func workTo(calendarDay: Day?) -> WorkTo? {
        let today = facts.now.day
        guard let due = route.deadline, let earliest = [route.otherReading?.deadline, calendarDay].compactMap({ $0 }).filter({ $0 >= today }).min(),
              earliest < due else { return nil }
        guard let what = router.calendar.dayOff(earliest) else { return WorkTo(day: earliest) }
        var before = earliest.adding(days: -1)
        while !router.calendar.isWorkingDay(before) { before = before.adding(days: -1) }
        return before < today ? nil : WorkTo(day: before, dayOff: (earliest, what))
    }

    /// A window of the process's days ("Day 8-13") whose text does not say working days is counted in working
    /// days, as the policy's "Day 3-7" beside its "5 working days" suggests; counted as calendar days from the
    /// day it arose, as three outside readers would (2026-11-30), it ends earlier. Where that day is earlier than
    /// every date the route gives, it is said too, so the earliest honest date is never left out.
    /// A stage's third reading, said where it is earlier than every date the route gives; returns its day then.
    mutating func alsoReadingNote(_ stage: Stage) -> Day? {
        guard let also = stage.alsoReading, facts.raised != nil else { return nil }
        let reading = clock.reading(also.timescale, at: stage.position)
        let shown = [route.deadline, route.otherReading?.deadline].compactMap { $0 }
        guard let day = reading.day, !shown.isEmpty, shown.allSatisfy({ day < $0 }) else { return nil }
        cite(also.timescale.quote)
        let passed = day < facts.now.day ? ". That date has already passed: if it is still unresolved, escalate without waiting" : ""
        warn("Read \(also.reading), the time runs out earlier still: by \(day.spoken): \(reading.basis)\(passed) (not from the policy)")
        return day
    }

    /// Returns that day where it is said.
    mutating func calendarDaysNote(_ stage: Stage) -> Day? {
        // Only where the window is the stage's own time (Steps 2 and 3): beside Step 1's "5 working days" and the
        // first discussion's "48 hours" a heading's days are a second reading already.
        let window = stage.timescale
        guard facts.raised != nil, case .processDays(_, let last) = window.timescale else { return nil }
        let arose = facts.raisedDay
        let day = arose.adding(days: last - 1)
        let shown = [route.deadline, route.otherReading?.deadline].compactMap { $0 }
        guard !shown.isEmpty, shown.allSatisfy({ day < $0 }) else { return nil }
        let off = router.calendar.dayOff(day).map { " (\($0), not a working day)" } ?? ""
        let passed = off + (day < facts.now.day ? ", which has already passed" : "")
        warn("The policy's \"\(window.timescale.phrase)\" does not say working days: counted as calendar days, with \(arose.spoken) as Day 1, Day \(last) is \(day.spoken)\(passed), earlier than the dates above (not from the policy)")
        return day
    }
}

extension String {
    /// The text as a sentence: one full stop at the end, never two.
    var sentence: String {
        guard let last = last else { return self }
        return ".!?".contains(last) ? self : self + "."
    }

    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

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
}
