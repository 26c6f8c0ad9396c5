/// Where a route leaves the stages: a kind of disagreement they take in, another route the policy names, the stages run
/// out, or the policy silent.
extension RouteDraft {
    /// A kind of disagreement the policy's words take through the stages: their quote, and the note on
    /// how they take it in where they do not name it. Where they name it, with no note, they are said as the basis, as a
    /// note is: the Isle of Man's "need to convene an Adult Protection Case Conference" (003 l.48) was cited only in the
    /// JSON, and the text route gave no reason (an outside routing review, round 24, F8).
    mutating func takenIn(_ included: ScopeInclusion) {
        cite(included.quote)
        let basis = included.note ?? "The \(policy.shortName) policy names this among the disagreements its stages are for: \"\(included.quote.withoutSourceMarkup)\""
        if !route.actions.contains(basis) { route.actions.append(basis) }
    }

    /// The part of a kind the policy is silent on that its words take in, said beside "does not say": its note, which
    /// says which part.
    mutating func partlyTakenIn(_ counterpart: Counterpart) {
        for part in policy.partlyInScope where part.counterpart == counterpart && (part.subject == nil || part.subject == facts.subject) {
            cite(part.quote)
            if let note = part.note, !route.actions.contains(note) { route.actions.append(note) }
        }
    }

    mutating func outOfScope(_ named: OutOfScopeRoute) {
        route.outcome = .outOfScope
        route.headline = named.headline ?? "This goes outside the \(policy.shortName) escalation policy, to \(named.procedure)."
        route.contact = RoutedContact(role: named.procedure.capitalisedFirst)
        cite(named.quote)
        safeguardingWords(leavesPolicy: true)
        named.actions.forEach { act($0) }
        // Once the urgent steps are under way, the stages reading's haste still holds (a chat review, round 21, F5).
        if let urgent = policy.urgentRoute(for: facts.risk) { stagesReading(urgent, scope: .elsewhere(named)) }
        if named.stagesReading != nil, route.stageToPursue == nil { stageOnReading() }
    }

    /// Read as a decision on this child's or adult's safety, one person's conduct goes through the stages (the Isle of Man,
    /// 003 l.49): the stage after those tried, with its contact, form and own time, as at immediate risk. An outside routing
    /// review, round 23, F3: `--tried 3` was sent back to "Stage One", with no stage, contact, form or deadline, and the JSON
    /// carried only the complaint process. No stage tried is asked off the stages: the first is shown, and said so.
    mutating func stageOnReading() {
        guard let next = router.nextStageIndex(facts), let draft = calmDraft(at: next) else { return }
        var stage = PursuedStage(policy.stages[next], expedite: false, route: draft.route)
        stage.of = policy.stages.count
        stage.reading = "Read as a decision on this \(atRisk)'s safety" + (facts.tried == nil ? ", with no stage tried yet" : "")
        stage.outerLimitOnly = false
        route.stageToPursue = stage
    }

    mutating func exhausted() {
        route.outcome = .exhausted
        route.headline = "Every stage of the \(policy.shortName) policy has been tried."
        safeguardingWords()
        afterTheLastStage()
        specialCasesAfterTheLastStage()
    }

    /// The situations the practitioner said apply, once every stage is tried: one the policy speaks of whatever the stage
    /// still gives its advice and contact (Torbay's Business Manager, for someone who cannot tell whom to contact); of any
    /// other the policy says nothing here, and the route says so (a routing review, round 15, 2026-11-30: each was dropped
    /// without a word, in every policy).
    mutating func specialCasesAfterTheLastStage() {
        // Past the last stage, only what the policy says whatever the stage (no positions) applies.
        for kind in actOnSpecialCases(at: policy.stages.count + 1) {
            let stages = Set(policy.specialCases.filter { $0.kind == kind }.flatMap(\.positions)).sorted().compactMap { policy.stage(at: $0)?.label }
            warn("The \(policy.shortName) policy does not say what to do when \(kind.phrase) once every stage has been tried"
                 + (stages.isEmpty ? "" : "; it speaks of it only at \(stages.listed)"))
        }
    }

    /// What the policy says after its last stage, with the last stage's words cited and its outcome kept on record.
    mutating func afterTheLastStage() {
        switch policy.exhausted {
        case .known(let actions): actions.forEach { act($0) }
        case .unknown(let reason):
            warn("The \(policy.shortName) policy does not say what happens after its last stage\(reason.isEmpty ? "" : ": \(reason)")")
        }
        if let last = policy.stages.last {
            cite(last.quote)
            // The outcome of the last stage is recorded and shared as at every stage before it (an outside review,
            // round 8: the Isle of Man's "outcome of agreed actions section", Pan-Cheshire's "A record of the outcome at Step 3").
            keepRecords(of: last)
        }
    }

    /// A child or adult the policy is not for.
    mutating func notCovered(_ subject: Subject) {
        route.outcome = .notCovered
        route.headline = "The \(policy.shortName) policy does not cover this: it is for \(policy.covers.phrase) only."
        cite(policy.covers.quote)
        // Someone at risk needs what to do now, not only where the disagreement goes (a chat review, 2026-11-30).
        if facts.risk != .none {
            route.actions.append("If they are at risk now: follow \(Self.ownProcedures(for: subject)), such as an urgent referral to \(subject == .adult ? "adult" : "children's") social care or its out-of-hours team (not from the policy).")
        }
        route.actions.append("It does not apply to a disagreement about \(subject == .adult ? "an adult" : "a child"). Where to turn (not from the policy): the escalation procedure of your local safeguarding \(subject == .adult ? "adults" : "children") partnership.")
    }

    /// A kind of disagreement the policy says nothing about: not covered, rather than sent to a
    /// procedure the policy never names.
    mutating func notCovered(_ counterpart: Counterpart) {
        route.outcome = .notCovered
        // Silence, said as silence: Torbay's aim is "resolving the difficulties within and between agencies", so
        // "a policy for disagreements between agencies" would say more than some texts do.
        route.headline = "The \(policy.shortName) policy does not say how to handle this."
        route.actions.append("The \(policy.shortName) policy does not say where \(counterpart.disagreement(about: facts.subject)) goes.")
        partlyTakenIn(counterpart)
        safeguardingWords(leavesPolicy: true)
        // The Isle of Man names a procedure for a child's conference only: said, so its silence on an adult's is plain.
        if let theirs = policy.outOfScope.first(where: { $0.counterpart == counterpart && $0.subject != nil && $0.subject != facts.subject }),
           let subject = theirs.subject {
            route.actions.append("It names a route for \(subject == .child ? "a child" : "an adult") protection conference only: \(theirs.procedure).")
            cite(theirs.quote)
        }
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
}
