import EscalationRules

extension Conversation {
    /// The urgent route, given before any other question: whom to call now, whether they are open,
    /// the fallback, and how fast. Where contacts differ by area and the area is not known yet, the
    /// route gives every area's number: asking first would delay a call that may be needed now.
    func urgentTurn(_ session: Session, at now: Moment, before: [Reply]) -> Turn {
        var session = session
        if session.intake.risk == .immediate, session.urgentGiven == nil { session.urgentGiven = now }
        return routeTurn(session, at: now, before: before) { route, router, session in
            // Every area's numbers are given at once; naming the area gives its own alone (an outside review, round 9).
            let areas = router.policy.areas
            let byArea = session.intake.area == nil && areas.count > 1
                ? [Reply("To see your area's numbers alone, type your area: \(areas.map(\.name).joined(separator: ", ")).")] : []
            return [Reply(route.lines(policy: router.policy))] + byArea + [question(.urgentShown, in: session, at: now)]
        }
    }

    /// The route once every question it needs is answered.
    func routedTurn(_ session: Session, at now: Moment, before: [Reply]) -> Turn {
        routeTurn(session, at: now, before: before) { route, router, _ in
            let reminder = riskInDescription(session.intake, policy: router.policy).map { [Reply($0 + " " + whomToCallToday(session, router: router, at: now))] } ?? []
            return [Reply(route.lines(policy: router.policy))] + reminder + [afterRoute(in: session, at: now, dated: route.workTo != nil || route.deadline != nil)]
        }
    }

    /// Where the description reads as risk today but no was answered to each question about it: that, with the policy's
    /// own words for someone at significant risk ("this process should be expedited if someone is at risk of harm"), so the
    /// route and the record keep a trace of the danger described (a chat review, round 19, S5: a black eye and children
    /// "going home to him after school today" got the plain route after two noes).
    /// The record keeps it as it is; the chat says whom to call after it (`whomToCallToday`), as the record is read later, when
    /// "now" is past.
    func riskInDescription(_ intake: Intake, policy: Policy) -> String? {
        guard intake.risk == Risk.none, intake.urgency == .immediate, let words = policy.significantRisk.actions.first?.quote else { return nil }
        let quote = intake.riskQuoted.last.map { " ('\($0)')" } ?? ""
        return "Your description reads as risk today\(quote), though you answered no. If anyone is at risk of harm, the \(policy.shortName) policy says: \"\(words)\"\(words.hasSuffix(".") ? "" : ".")"
    }

    /// Said after the note in the chat: the first number the route at risk today gives for the area, one that answers now where
    /// there is one, or how to get that route (a chat review, round 21, F3: the note gave no number though the area was known).
    func whomToCallToday(_ session: Session, router: Router, at now: Moment) -> String {
        var today = facts(session, at: now)
        today.risk = .immediate
        today.urgentStepsTaken = false
        let route = router.route(today)
        // Where the area is not known, an area's own number is not the practitioner's.
        let area = router.policy.area(session.intake.area)?.name
        let callable = ([route.contact] + route.otherContacts).filter { $0.phone != nil && ($0.area == nil || $0.area == area) }
        guard let call = callable.first(where: { $0.openNow != false }) ?? callable.first else {
            return "If someone may be at risk today, type 'yes, at risk today' for the urgent route; in an emergency call 999."
        }
        // "Your area's key contact ..." inside the sentence.
        let whom = call.summary.hasPrefix("Your ") ? "your " + call.summary.dropFirst(5) : call.summary
        return "If someone may be at risk today: call \(whom)\(call.openNow == false ? " (closed now)" : "") now, or 999 in an emergency, and type 'yes, at risk today' for the urgent route."
    }

    /// A turn that gives a route: its quotes kept for `why`, and its record for the shell to keep.
    func routeTurn(_ session: Session, at now: Moment, before: [Reply], replies: (Route, Router, Session) -> [Reply]) -> Turn {
        guard let router = router(of: session) else { return advance(session, at: now, saying: before) }
        let route = router.route(facts(session, at: now))
        var session = session
        session.why = route.why
        session.routeUndated = route.workTo == nil && route.deadline == nil
        session.wentBackFromRoute = nil
        session.policyOffered = nil
        let record = caseRecord(session, route: route, policy: router.policy, at: now)
        return Turn(session: session, replies: before + replies(route, router, session), effects: [.saveRecord(record)], route: route)
    }

    func caseRecord(_ session: Session, route: Route, policy: Policy, at now: Moment) -> CaseRecord {
        let intake = session.intake
        return CaseRecord(policyID: policy.id, policyName: policy.name, created: now, risk: intake.risk,
                          subject: intake.subject, counterpart: intake.counterpart, type: intake.type,
                          urgency: intake.urgency, summary: intake.description, tried: intake.tried,
                          lastStageTried: intake.tried.flatMap { $0 > 0 ? policy.stage(at: $0)?.name : nil }, raised: intake.raised,
                          stageStarted: intake.stageStarted, specialCases: intake.specialCases,
                          setting: intake.setting, area: policy.area(intake.area)?.name,
                          // The items as the policy asks them, not their ids (an outside review, 2026-11-30).
                          checklistGaps: intake.checklistGaps.map { id in policy.checklist.first { $0.id == id }?.question ?? id },
                          riskAskedAgain: intake.riskQuoted.isEmpty ? intake.cuesAsked : intake.riskQuoted,
                          riskAnswersAgain: intake.riskQuoted.isEmpty ? [] : intake.riskAnswers, urgentQuote: session.urgentQuote,
                          riskAskedFromUnkept: intake.quotedFromUnkept,
                          // The first answer as given, not the first left after going back (a chat review, round 17).
                          firstRisk: session.firstRisk ?? session.history.lazy.compactMap(\.intake.risk).first,
                          urgentGiven: intake.risk != .immediate || session.urgentLowered ? session.urgentGiven : nil,
                          riskInDescription: riskInDescription(intake, policy: policy), route: route)
    }

    /// The route as it stands now, for `record` and `calendar`, with its router; nil until one has been given.
    func currentRoute(_ session: Session, at now: Moment) -> (Route, Router)? {
        guard let router = router(of: session) else { return nil }
        if session.step == .routed || session.step == .urgentShown || (session.step == .ended && session.routeStoodAtEnd) {
            return (router.route(facts(session, at: now)), router)
        }
        // Carried on from the urgent route to the questions: the urgent advice given is the record until a route is (a chat
        // review, round 12, 2026-11-30: `record` said there was no route, a moment after the urgent advice).
        guard session.intake.carriedOnAfterUrgent, session.intake.risk == .immediate else { return nil }
        var urgent = facts(session, at: now)
        urgent.urgentStepsTaken = false
        return (router.route(urgent), router)
    }
}

extension Conversation {
    /// Another partnership named at the route ("actually it's torbay"): the same case under its policy, the answers that do
    /// not depend on the policy kept, the rest asked again; the route given is kept as superseded (a chat review, round
    /// 16, 2026-12-01: the name was ignored, and changing the partnership took eight `back`s and the description again).
    /// Only where the answer is the name, with words that only say so around it: a name in passing ("ok - our office is on
    /// Bath Street", "will ring the Douglas team") had set the route aside for B&NES's or the Isle of Man's (a chat review,
    /// round 23, F6). Such a name is asked about (`offerPolicy`), and a yes to that question switches here too.
    func switchPolicy(_ text: String, in session: Session, at now: Moment) -> Turn? {
        if let offered = session.policyOffered, let yes = Answers.yesNo(text) {
            var kept = session
            kept.policyOffered = nil
            guard yes else {
                let policy = policy(of: session)?.shortName ?? "chosen"
                return Turn(session: kept, replies: [Reply(Prompts.policyKept(policy)), question(.routed, in: kept, at: now)], effects: [])
            }
            return switchPolicy(to: offered, naming: "", in: kept, at: now)
        }
        guard !session.policyFixed, Answers.number(text) == nil, Command(text) == nil, let id = Self.partnershipNamed(text, in: choices.policies),
              id != session.policyID else { return nil }
        return switchPolicy(to: id, naming: text, in: session, at: now)
    }

    /// The partnership an answer is the name of, with words around it that only say so ("actually it's torbay", "we're in
    /// shropshire, sorry"), or none.
    static func partnershipNamed(_ text: String, in policies: ChoiceList<String>) -> String? {
        if let id = policies.named(text) { return id }
        let words = Answers.words(text).filter { !switchWords.contains($0) }
        return words.isEmpty ? nil : policies.named(words.joined(separator: " "))
    }

    /// Words that say a partnership is meant, or was got wrong, and nothing more.
    static let switchWords: Set<String> = ["actually", "sorry", "sry", "oops", "oh", "no", "wait", "i", "meant", "mean", "it", "its", "s", "is",
                                           "should", "be", "we", "re", "are", "were", "am", "m", "im", "in", "on", "the", "use", "using",
                                           "switch", "change", "to", "policy", "partnership", "please", "ok", "okay", "wrong", "one", "not",
                                           "instead", "then", "my", "mistake", "based", "area", "apologies"]

    /// A partnership named in passing after a route: one yes-or-no question before its policy replaces the route.
    func offerPolicy(_ text: String, in session: Session) -> Session? {
        guard !session.policyFixed, Answers.number(text) == nil, let id = choices.policies.best(text), id != session.policyID else { return nil }
        var next = session
        next.policyOffered = id
        return next
    }

    /// The same case under `id`'s policy, the route given kept as superseded; an area named in `text` is taken.
    func switchPolicy(to id: String, naming text: String, in session: Session, at now: Moment) -> Turn? {
        guard let policy = library.policy(id) else { return nil }
        var superseded = record(for: session, at: now)
        superseded?.superseded = now
        var next = session
        next.history.append(session.snapshot)
        next.wentBackFromRoute = now
        next.policyID = id
        next.policyOffered = nil
        var intake = next.intake
        intake.checklistAnswered = false
        intake.checklistNotAllDone = false
        intake.checklistGaps = []
        intake.tried = nil
        intake.stageStarted = nil
        intake.specialCases = []
        intake.spotted = []
        intake.specialCasesDeclined = []
        intake.area = policy.areas.count > 1 ? choices.areasByName[policy.id]?.best(text) : nil
        next.intake = intake
        var turn = advance(next, at: now, saying: [Reply(Prompts.policySwitched(policy.shortName, policy.name))])
        if let superseded { turn.effects.insert(.saveRecord(superseded), at: 0) }
        return turn
    }
}
