/// The urgent route: what to do now at the risk given, when, and the stage to pursue once the child
/// or adult is safe.
extension RouteDraft {
    /// What the policy says of pursuing the stages at the risk given: its words on urgency where it
    /// keeps the case on the stages, or on the escalation once the urgent steps are under way.
    mutating func riskWords() {
        guard let urgent = policy.urgentRoute(for: facts.risk) else { return }
        let words = facts.urgentStepsTaken || urgent.leads == .urgent ? urgent.pursue : urgent.actions
        words.forEach { act($0) }
    }

    /// Once the urgent steps are under way (the chat carries on from the urgent reply to the stages), a policy that sends the
    /// risk somewhere first keeps that step on the stage's route, and so in the record, with whom to contact: the area's front
    /// door, or its out-of-hours team while the door is shut, or each area's. Pan-Cheshire's "should they be considered at
    /// significant risk the local authority children's social care front door should be contacted" (002 l.27) was said in the
    /// interim reply only, and the route and record left with the practitioner named only the person they disagree with
    /// (a chat review, round 23, F3), where the other policies' keep "Follow your agency's safeguarding procedures".
    mutating func riskStepKept() {
        guard facts.urgentStepsTaken, let urgent = policy.urgentRoute(for: facts.risk),
              facts.risk == .immediate || urgent.leads == .urgent, let point = urgent.contacts.first else { return }
        let stageContact = route.contact, stageOthers = route.otherContacts
        route.otherContacts = []
        if facts.risk == .immediate { callNow(point) } else { frontDoor(point) }
        let door = ([route.contact] + route.otherContacts).filter(\.isReachable)
        route.contact = stageContact
        route.otherContacts = door + stageOthers
        for action in urgent.actions {
            act(Cited(Self.riskStepStart + action.text.lowercasedFirstWord, quote: action.quote))
        }
    }

    /// How a policy's own step at the risk begins on a stage's route once the urgent steps are under way: said first, as the
    /// policy's words on safeguarding procedures are (`Route.leads`).
    static let riskStepStart = "As the policy says at this risk, alongside the escalation: "

    /// Off the stages, or past the last, at risk: the policy's words on the child's or adult's safety still hold, as they
    /// are about the child or adult, not the escalation (B&NES: "should they be considered to be at significant risk,
    /// safeguarding procedures should be followed"; the Isle of Man: "Their welfare and safety must remain paramount
    /// throughout"). Where the case leaves the policy (`leavesPolicy`) and none of those words says what to do, our own
    /// line does, marked as not from the policy (an outside routing review, round 13: a conference complaint at
    /// significant risk was given only the emergency line).
    mutating func safeguardingWords(leavesPolicy: Bool = false) {
        guard let urgent = policy.urgentRoute(for: facts.risk) else { return }
        let words = urgent.safety + (urgent.leads == .stage ? urgent.actions.filter { $0.text.hasPrefix(Self.policyProceduresStart) } : [])
        words.forEach { act($0) }
        guard leavesPolicy, !words.contains(where: { $0.text.hasPrefix(Self.policyProceduresStart) }) else { return }
        route.actions.append(meanwhileProcedures)
    }

    /// Said where the disagreement leaves the policy while someone is at risk, and the policy's words do not say it.
    var meanwhileProcedures: String {
        "Meanwhile, \(Self.agencyProceduresStart.lowercasedFirstWord) to protect the \(atRisk): where the disagreement goes does not hold up action to keep them safe (not from the policy)."
    }

    mutating func urgent(_ urgent: UrgentRoute) {
        let scope = router.scope(of: facts.counterpart, about: facts.subject)
        let onStages: Bool
        if case .stages = scope { onStages = true } else { onStages = false }
        // Every stage tried: the risk's own steps stand, and the escalation has nowhere further to go. Said so, not
        // "pursue the escalation" (an outside routing review, round 11, 2026-11-30: sent looking for a stage after the last).
        let everyStageTried = onStages && facts.tried != nil && router.nextStageIndex(facts) == nil
        route.outcome = .urgent
        route.headline = facts.risk == .immediate
            ? "URGENT: \(atRisk == "adult" ? "an" : "a") \(atRisk) may be \(urgent.trigger.map { "\($0.text) (the \(policy.shortName) policy's words)" } ?? "at immediate risk of significant harm"). Act now to protect them."
            // No policy puts a time on its words for significant risk, nor says they come before the stages (an outside
            // review, 2026-11-30): alongside, not "now, then". Nor does any say "urgent" of it: the label is for immediate risk
            // (a chat review, round 20, F9).
            : "Significant risk of harm: do what the \(policy.shortName) policy says for it\(onStages && !everyStageTried ? ", and pursue the escalation alongside it" : "")."
        if facts.risk == .immediate, let trigger = urgent.trigger { cite(trigger.quote) }
        // Off the stages, the policy's words on the escalation itself ("the process must be urgently expedited", "discretion
        // ... as to which stage is initiated") would send the practitioner up a route the case does not take.
        // Words that bind everyone (B&NES's "everyone must take action to escalate") hold off the stages too.
        let keepsWords = (onStages && !everyStageTried) || (!onStages && urgent.forEveryone)
        let actions = keepsWords ? urgent.actions : urgent.actions.filter { action in
            !urgent.pursue.contains { action.quote.containsText($0.quote) || $0.quote.containsText(action.quote) }
        }
        // "Escalate to an appropriate level" (B&NES): the policy's own words are the headline.
        if urgent.stage == .levels, facts.risk == .immediate, keepsWords, let lead = actions.first {
            route.headline = route.headline.replacingOccurrences(of: " Act now to protect them.", with: "")
                + " The \(policy.shortName) policy says: \"\(lead.quote.withoutSourceMarkup)\"."
            cite(lead.quote)
        }
        // Asked before whether it is a child or an adult, so the numbers come at once; a children's policy's numbers are
        // not for an adult (review, 2026-11-30: an adult at risk was given every children's front door).
        if facts.subject == nil, policy.covers.children != policy.covers.adults {
            let other: Subject = policy.covers.children ? .adult : .child
            // "The numbers below" only where the route gives some: Torbay's urgent route names no one to call (a chat review, round 5).
            let numbers = urgent.contacts.isEmpty ? "" : ", and the numbers below are not for them"
            route.actions.append(Self.otherSubjectLead + "\(other == .adult ? "an adult" : "a child"): the \(policy.shortName) policy is for \(policy.covers.phrase) only\(numbers): follow \(Self.ownProcedures(for: other)) (not from the policy).")
        }
        if let first = urgent.contacts.first {
            if facts.risk == .immediate { callNow(first) } else { frontDoor(first) }
        } else if !actions.contains(where: { action in Self.nowStarts.contains { action.text.hasPrefix($0) } }) {
            route.actions.append(agencyProcedures)
        }
        actions.forEach { act($0) }
        if onStages, !everyStageTried { urgent.onStages.forEach { act($0) } }
        if !onStages, urgent.forEveryone, facts.counterpart == .ownManager { route.actions.append(Self.aboveYourManager) }
        // Off the stages or past the last, the policy's words on the child's or adult's safety are kept, as its words on
        // the escalation are not (round 13).
        if !onStages || everyStageTried { urgent.safety.forEach { act($0) } }
        route.notify = urgent.contacts.dropFirst().map { resolve($0, what: "whom to tell") }
        urgentDeadline(urgent, onStages: onStages || urgent.forEveryone)
        if let other = urgent.otherReading {
            let alternative = clock.urgentReading(other.timescale)
            route.otherReading = AlternativeDeadline(reading: other.reading, deadline: alternative.day, basis: alternative.basis, time: alternative.time)
            cite(other.timescale.quote)
        }
        if everyStageTried {
            route.actions.append("Every stage of the \(policy.shortName) policy has been tried: there is no further stage to escalate to.")
            afterTheLastStage()
        } else {
            pursueStage(urgent.stage, words: urgent.pursue)
        }
        if onStages { keepRecords(urgent.stage) }
        caseOwnRoute(scope)
        stagesReading(urgent, scope: scope)
    }

    /// One person's conduct where the policy's words allow both readings (the Isle of Man: "more general concerns" about a
    /// person go to the complaint or grievance process, 003 l.63; "dispute and strong disagreement about decision making"
    /// goes through the stages, l.33): read as a decision on this child's or adult's safety, the policy's words on the
    /// process at this risk hold for it ("only then must the process be urgently expedited", l.73), with the stage's own
    /// time (a chat review, round 21, F5: that reading was given with neither, under "By: now").
    mutating func stagesReading(_ urgent: UrgentRoute, scope: Policy.Scope) {
        // Only where the policy's words speed up the process itself: at significant risk the Isle of Man keeps to its stages,
        // which the reading's own line already says to take.
        guard case .elsewhere(let named) = scope, named.stagesReading != nil, urgent.stage == .expedite else { return }
        let reading = "Read as a decision on this \(atRisk)'s safety"
        for word in urgent.pursue {
            route.actions.append("\(reading), which goes through the stages: \(word.text.lowercasedFirstWord)")
            cite(word.quote)
        }
        // No stage tried is asked off the stages: the first stage is shown as where that reading starts, and said so.
        let tried = facts.tried != nil ? reading : "\(reading), with no stage tried yet"
        pursueStage(urgent.stage, words: [], reading: tried)
    }

    /// Where the policy's words at this risk bind everyone and the disagreement is with your own manager, the level to
    /// escalate to is above them: B&NES's whistle-blowing (000 l.24) is for the disagreement itself, and the slow route for a
    /// manager who blocks action on immediate harm (an outside routing review, round 20).
    static let aboveYourManager = "Your own manager is the one you disagree with, so go above your manager, today (not from the policy: it says to escalate \"to an appropriate level\" on the same day, and does not say which level is the appropriate one)."

    /// The policy's duty to record holds when the risk is urgent too: none of the texts lifts it. What the
    /// stage to pursue asks to be recorded (or every stage offered, where the practitioner chooses), then
    /// what the policy asks at every stage.
    mutating func keepRecords(_ use: UrgentRoute.StageUse) {
        let reached = max(0, facts.tried ?? 0)
        let chosen = use == .choose || use == .levels || facts.tried == nil
        let stages = chosen ? Array(policy.stages.dropFirst(reached)) : router.nextStageIndex(facts).map { [policy.stages[$0]] } ?? []
        let everyStage = stages.first?.record.filter { fact in stages.allSatisfy { $0.record.contains { $0.text == fact.text } } } ?? []
        for fact in everyStage + policy.recordKeeping where !route.record.contains(fact.text) {
            route.record.append(fact.text)
            cite(fact.quote)
        }
        sayRecordSilence(at: stages)
    }

    /// The urgent route's time. Off the stages, a time whose words are about the escalation process itself
    /// (the Isle of Man's "only then must the process be urgently expedited") is not the case's: it is now,
    /// said as not from the policy, and those words are not cited.
    mutating func urgentDeadline(_ urgent: UrgentRoute, onStages: Bool) {
        let quote = urgent.timescale.quote
        let aboutProcess = !quote.isEmpty && urgent.pursue.contains { $0.quote.utf8.contains(quote.utf8) || quote.utf8.contains($0.quote.utf8) }
        guard onStages || !aboutProcess else {
            route.deadline = nil
            route.deadlineTime = nil
            // Torbay's words at immediate risk choose a stage and set no time (001 l.24): not "its only time ... is for
            // expediting" (an outside routing review, round 20).
            if case .elsewhere(let named) = router.scope(of: facts.counterpart, about: facts.subject), named.stagesReading != nil {
                route.deadlineBasis = "now (not from the policy: read as a general concern about the person, this disagreement does not go through the \(policy.shortName) policy's escalation process, whose only time for \(facts.risk == .immediate ? "immediate risk" : "this risk") is for expediting it; read as a decision on this \(atRisk)'s safety, it does: see the stage below)"
                route.timescale = nil
                return
            }
            route.deadlineBasis = urgent.stage == .choose && facts.risk == .immediate
                ? "now (not from the policy: the \(policy.shortName) policy sets no time for immediate risk; its words for it are about which of its stages to start at, and this disagreement does not go through them)"
                : "now (not from the policy: the \(policy.shortName) policy's only time for \(facts.risk == .immediate ? "immediate risk" : "this risk") is for expediting its escalation process, which this disagreement does not go through)"
            route.timescale = nil
            return
        }
        let reading = clock.urgentReading(urgent.timescale)
        route.deadline = reading.day
        route.deadlineTime = reading.time
        route.deadlineBasis = reading.basis + beyondCalendar(reading.day, counting: urgent.timescale.timescale)
        // At significant risk a haste is said in the policy's words, not as "now" (a chat review, round 20, F9).
        if facts.risk == .significant, reading.day == nil, urgent.timescale.timescale == .asSoonAsPossible, !quote.isEmpty {
            route.deadlineBasis = "as soon as possible: the \(policy.shortName) policy's words are \"\(quote.withoutSourceMarkup.trimmingTrailingFullStop)\"; it sets no time of its own for this"
        }
        route.timescale = urgent.timescale.timescale == .unknown ? nil : urgent.timescale.timescale.phrase
        if urgent.timescale.timescale != .unknown { cite(quote) }
    }

    /// Where the disagreement itself goes once the child or adult is safe, as the route at no risk says:
    /// the policy's words that take it in, the procedure it names, or that it does not cover it.
    mutating func caseOwnRoute(_ scope: Policy.Scope) {
        switch scope {
        case .stages(let included): included.map { takenIn($0) }
        case .elsewhere(let named):
            route.actions.append(named.headline.map { "This disagreement itself: \($0.lowercasedFirst)" }
                                 ?? "This disagreement itself goes outside the \(policy.shortName) escalation policy, to \(named.procedure).")
            cite(named.quote)
            named.actions.forEach { act($0) }
        case .silent:
            route.actions.append("The \(policy.shortName) policy does not cover this kind of disagreement: it does not say where \(facts.counterpart.disagreement(about: facts.subject)) goes.")
            partlyTakenIn(facts.counterpart)
            route.actions.append("Where to turn (not from the policy): \(Self.whereToTurn(facts.counterpart, about: facts.subject)).")
        }
    }

    /// Before the stages tried are asked, no stage has been reached: the policy's own words on the escalation, where the
    /// route has said them, are all there is to say (a chat review, round 10, item 10d: Shropshire's "Expedite the
    /// escalation process" was followed by "Expedite the escalation from the stage you have reached").
    mutating func escalationWithNoStage(_ use: UrgentRoute.StageUse, words: [Cited]) {
        let said = words.contains { word in actedQuotes.contains { $0.containsText(word.quote) || word.quote.containsText($0) } }
        guard !said else { return }
        route.actions.append(use == .expedite ? "Expedite the escalation process: which stage that is depends on the stages already tried."
                                              : "Then pursue the escalation: which stage comes next depends on the stages already tried.")
    }

    /// The stage reached, to pursue after the urgent step or to expedite now, with what it asks; the
    /// policy's words on pursuing it where the escalation follows the urgent step.
    mutating func pursueStage(_ use: UrgentRoute.StageUse, words: [Cited], reading: String? = nil) {
        guard use != .notNamed else { return }
        if reading == nil { guard case .stages = router.scope(of: facts.counterpart, about: facts.subject) else { return } }
        if use == .choose || use == .levels {
            stagesToChoose(asLevels: use == .levels)
            if use == .choose { reachedStageLimit() }
            return
        }
        if use == .then { words.forEach { act($0) } }
        guard facts.tried != nil || reading != nil else { return escalationWithNoStage(use, words: words) }
        guard let next = router.nextStageIndex(facts), let draft = calmDraft(at: next) else { return }
        let stage = router.policy.stages[next]
        // Words on pursuing the escalation that ask for haste at every step expedite this one too (an outside routing
        // review, round 18, 2026-12-01: Pan-Cheshire's "at the earliest opportunity and with urgency" covers every step, and
        // Step 2 was "Next stage to pursue", `"expedite": false`, under text that said to pursue it with urgency).
        let hasty = words.contains { Self.asksHaste($0.quote) }
        route.stageToPursue = PursuedStage(stage, expedite: use == .expedite || stage.atRisk != nil || hasty, route: draft.route)
        route.stageToPursue?.of = router.policy.stages.count
        route.stageToPursue?.reading = reading
    }

    /// The stage at `index` as it is at no risk, the urgency being in this route's own words, with its citations and
    /// notes taken into the route.
    mutating func calmDraft(at index: Int) -> RouteDraft? {
        var calm = facts
        calm.risk = .none
        var draft = RouteDraft(router: router, facts: calm)
        // Its own words at risk still hold: Pan-Cheshire's managers are to try "as soon as possible" (review round 12).
        draft.expediting = true
        draft.stage(at: index)
        draft.checkDates()
        draft.route.citations.forEach { cite($0.quote) }
        draft.route.warnings.forEach { warn($0) }
        return draft
    }

    /// Where the policy leaves the stage to start at to the practitioner (Torbay's discretion at immediate risk), the time of
    /// the stage they have reached, which the policy keeps "In all cases", as the outer limit beside its haste: an outside
    /// routing review (round 18, 2026-12-01) found "By: now" with Stages 1/2's week dropped. The time itself stays "now, as
    /// soon as possible", as the other policies' urgent routes say it, in the JSON as in the text; the stage's date is a line
    /// of its own, before the stages to choose from (an outside routing review, round 19, 2026-12-01: "By: Friday 10 July"
    /// headed an immediate-risk route, and a practice round marked that week as the answer).
    mutating func reachedStageLimit() {
        guard facts.tried != nil, let next = router.nextStageIndex(facts), let draft = calmDraft(at: next),
              let wording = draft.route.deadlineWording(sayingToday: true), draft.route.deadline != nil else { return }
        let stage = policy.stages[next]
        // The earliest reading first, as the route at no risk and a stage to expedite give it (an outside routing review, round
        // 23, F1: the later date led here, with no word of working to the earlier), and in the JSON as well as the text.
        var reached = PursuedStage(stage, expedite: false, route: draft.route)
        reached.of = policy.stages.count
        route.outerLimit = reached
        let lead = "Outer limit, the time of the stage you have reached, \(stage.label) (not a reason to wait): "
        var limit = reached.workToWording(sayingToday: true).map { "\(lead)work to \($0). One reading: by \(wording)".sentence }
            ?? "\(lead)by \(wording)".sentence
        // An earlier reading of the stage's time is kept, as beside a stage to pursue; a later one adds only a reason to wait.
        if let second = reached.otherReading?.deadline, let due = reached.deadline, second < due, let said = reached.otherReadingWording {
            limit += " Another reading" + said
        }
        let firstChoice = route.actions.firstIndex { $0.hasPrefix(Self.choiceStart) } ?? route.actions.endIndex
        route.actions.insert(limit, at: firstChoice)
    }
}
