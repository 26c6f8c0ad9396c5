import EscalationRules

extension Conversation {
    /// The question for a step, in the chosen policy's own terms, with the answers it offers.
    func question(_ step: Step, in session: Session, at now: Moment) -> Reply {
        if step == .description, session.intake.descriptionContinues { return Reply(Prompts.descriptionGoOn) }
        if step == .immediateRisk, session.intake.askingAboutSignificant {
            return Reply(Prompts.significantAfterNo, options: Self.significantRiskOptions, numbered: true)
        }
        return fixedQuestions[session.policyID ?? ""]?[step] ?? wordedQuestion(step, in: session)
    }

    func wordedQuestion(_ step: Step, in session: Session) -> Reply {
        var policy: Policy? { self.policy(of: session) }
        switch step {
        case .choosePolicy:
            return Reply(Prompts.choosePolicy, options: policyOptions, numbered: true)
        case .immediateRisk: return Reply(Prompts.immediateRisk, options: Self.riskOptions, numbered: true)
        case .riskAgain:
            let intake = session.intake
            if intake.askingAfterUrgent { return Reply(Prompts.riskAfterUrgent(about: session.urgentAbout), options: Option.yesNo) }
            let person = personAsked(intake)
            let unkept = intake.pendingCues.first.map(intake.quotedFromUnkept.contains) ?? false
            return Reply(intake.askingAboutSignificant ? Prompts.significantAgain(intake.pendingCues, about: person, fromUnkept: unkept)
                                                       : Prompts.riskAgain(intake.pendingCues, about: person, afterSignificant: intake.risk == .significant,
                                                                           fromUnkept: unkept),
                   options: Option.yesNo)
        case .subject: return Reply(Prompts.subject, options: [Option("1", "A child or young person"), Option("2", "An adult")], numbered: true)
        case .counterpart:
            return Reply(Prompts.counterpart, options: session.intake.subject == .adult ? Self.adultCounterpartOptions : Self.counterpartOptions, numbered: true)
        case .checklist: return checklistQuestion(policy)
        case .checklistGaps: return Reply(Prompts.checklistGaps)
        case .description: return Reply(Prompts.description)
        case .confirmType: return confirmTypeQuestion(session, policy: policy)
        case .pickType: return Self.pickTypeQuestion
        case .tried: return Reply(Prompts.tried, options: triedOptions(policy), numbered: true)
        case .raised: return Reply(Prompts.raised, expects: .date)
        case .stageStarted: return Reply(Prompts.stageStarted(previousStageName(session, policy: policy)), expects: .date)
        case .confirmSpecialCase:
            guard let spotted = session.intake.spotted.first else { return Reply(Prompts.afterRouteReprompt) }
            return Reply(Prompts.confirmSpecialCase(spotted.cue, spotted.kind.question), options: Option.yesNo)
        case .setting: return Reply(Prompts.setting, options: Self.settingOptions, numbered: true)
        case .area: return Reply(Prompts.area, options: areaOptions(policy), numbered: true)
        case .urgentShown: return session.intake.risk == .significant ? Self.afterSignificant : Self.afterUrgent
        case .routed:
            if let id = session.policyOffered, let offered = library.policy(id) {
                return Reply(Prompts.policyOffered(policy?.shortName ?? "chosen", offered.shortName), options: Option.yesNo)
            }
            let reprompt = Self.afterRouteReprompts[Self.offeredIndex(specialCasesOffered(session, at: session.started))]
            guard session.routeUndated else { return reprompt }
            return Reply(Prompts.afterRouteRepromptNoDeadline, options: reprompt.options.filter { $0.key != "calendar" })
        case .ended: return Reply(Prompts.ended, options: [Option("restart", "Restart")])
        }
    }

    /// Whom the risk question asked again is about: the subject, unless the words that raised it, or the description, speak
    /// of someone of the other kind, when it is about anyone (a chat review, round 17, 2026-12-01: "her 4 year old was found
    /// alone" in an adult's case was asked about "the adult", and two honest "no"s passed it as routine).
    func personAsked(_ intake: Intake) -> Subject? {
        guard let subject = intake.subject else { return nil }
        let words = (intake.pendingCues + [intake.description ?? ""]).joined(separator: " ")
        return PeopleMentioned(in: words).includesOtherThan(subject) ? nil : subject
    }

    var policyOptions: [Option] {
        library.policies.enumerated().map { Option("\($0.offset + 1)", $0.element.name, short: $0.element.shortName) }
    }

    static let riskOptions = [Option("yes", "Yes"), Option("significant", "Not immediate, but at significant risk of harm", short: "Significant risk"), Option("no", "No")]
    /// The first question's numbers, worded for the question asked after a no: its "1. Yes" had been typed as yes to
    /// significant risk and taken as immediate risk (a chat review, round 24, F3).
    static let significantRiskOptions = [
        Option("immediate", "Someone is at immediate risk after all", short: "Immediate risk"),
        Option("significant", "Yes, at significant risk of harm, not immediate", short: "Significant risk"), Option("no", "No"),
    ]
    static let counterpartOptions = Counterpart.allCases.enumerated().map { Option("\($0.offset + 1)", $0.element.phrase.capitalizedFirst) }
    static let adultCounterpartOptions = Counterpart.allCases.enumerated().map { Option("\($0.offset + 1)", $0.element.phrase(about: .adult).capitalizedFirst) }
    static let typeOptions = DisagreementType.allCases.enumerated().map { Option("\($0.offset + 1)", $0.element.phrase.capitalizedFirst) }
    static let settingOptions = Setting.allCases.enumerated().map { Option("\($0.offset + 1)", $0.element.phrase.capitalizedFirst) }
    /// Each situation as a choice after a route, worded once: shortening a label reads it as Characters.
    static let specialCaseOptions = Dictionary(uniqueKeysWithValues: SpecialCase.Kind.allCases.map { ($0, Option($0.key, $0.label)) })
    static let afterRouteOptions = ["record", "calendar", "why", "back", "restart", "quit"].map { Option($0, $0.capitalizedFirst) }
    /// What each word after a route does, as the list after a route says it: for a number typed there, which the list does not show.
    static let afterRouteChoices = ["record": "a record to paste into your agency's system", "calendar": "the deadline as a calendar file",
                                    "why": "the policy's words", "back": "to change an answer", "restart": "to start again", "quit": "to end"]
    static let afterUrgentOptions = [Option("continue", "Continue"), Option("record", "Record"), Option("quit", "Quit")]
    static let afterUrgent = Reply(Prompts.afterUrgent, options: afterUrgentOptions)
    static let afterSignificant = Reply(Prompts.afterSignificant, options: afterUrgentOptions)
    /// What can follow a route, said with every route.
    static let afterRoute = Reply(Prompts.afterRoute, options: afterRouteOptions)
    /// What can follow a route, asked again (after `record`, say), worded once for each set of situations
    /// it may offer, by `offeredIndex`: asked again, they are only offered.
    static let afterRouteReprompts = (0..<(1 << offerableKinds.count)).map { index in
        Reply(Prompts.afterRouteReprompt, options: afterRouteOptions + offerableKinds.indices.filter { index & 1 << $0 != 0 }.map {
            specialCaseOptions[offerableKinds[$0]]!
        })
    }
    static let offerableKinds = SpecialCase.Kind.allCases

    /// The situations offered, one bit each in the order of `SpecialCase.Kind.allCases`, which is the
    /// order they are offered in.
    static func offeredIndex(_ offered: [SpecialCase.Kind]) -> Int {
        offered.reduce(0) { index, kind in index | 1 << offerableKinds.firstIndex(of: kind)! }
    }
    /// Said when a conversation starts or restarts.
    static let greeting = Reply(Prompts.greeting)

    func checklistQuestion(_ policy: Policy?) -> Reply {
        guard let policy else { return Reply(Prompts.checklistQuestion, options: Option.yesNo) }
        let items = policy.checklist.enumerated().map { "  \($0.offset + 1). \($0.element.question)" }
        let intro = policy.checklist.contains(where: \.comesFirst) ? Prompts.checklistIntro : Prompts.checklistIntroAlongside
        return Reply([intro(policy.shortName)] + items + [Prompts.checklistQuestion], options: Option.yesNo)
    }

    /// One type proposed when the classifier is sure of it; otherwise the two or three likeliest.
    func confirmTypeQuestion(_ session: Session, policy: Policy?) -> Reply {
        let shortlist = session.intake.typeShortlist
        guard let type = shortlist.first else { return Self.pickTypeQuestion }
        guard shortlist.count == 1 else {
            let options = shortlist.enumerated().map { Option("\($0.offset + 1)", $0.element.phrase.capitalizedFirst) }
            return Reply(Prompts.shortlist, options: options + Self.otherOrSkip, numbered: true)
        }
        var lines = [Prompts.readAs(type.phrase)]
        // The policy's words for this subject first ("an Adult Protection Case Conference" for an adult: a chat review,
        // round 10), then words said of both; never words said of the other.
        let subject = session.intake.subject
        let examples = policy?.disagreementExamples.filter { $0.type == type && ($0.subject == nil || $0.subject == subject) } ?? []
        if let policy, let example = Self.closest(examples, to: session.intake.description) {
            lines.append(Prompts.policyLists(policy.shortName, example.quote.withoutSourceMarkup))
        }
        lines.append(Prompts.confirmType)
        return Reply(lines, options: [Option("yes", "Yes")] + Self.otherOrSkip)
    }

    /// The policy's line for the type that shares most words with the description, and of those its line for this subject
    /// first: a chat review (round 17, 2026-12-01, finding 10) was read "a Child Protection Case Conference" for "will not
    /// convene a strategy discussion", where the Isle of Man lists a strategy discussion in a line of its own.
    static func closest(_ examples: [DisagreementExample], to description: String?) -> DisagreementExample? {
        let said = Set(Words.tokens(description ?? "").filter { $0.count > 3 })
        // Each example's words are read once: counted again to pick the best, they were half of a `back` to this question.
        let shared = examples.map { Set(Words.tokens($0.quote)).intersection(said).count }
        let most = shared.max() ?? 0
        let best = zip(examples, shared).filter { $0.1 == most }.map(\.0)
        return best.first(where: { $0.subject != nil }) ?? best.first
    }

    static let otherOrSkip = [Option("other", "Another kind"), Option("skip", "Skip")]
    /// All nine types: worded once.
    static let pickTypeQuestion = Reply(Prompts.pickType, options: typeOptions + otherOrSkip.dropFirst(), numbered: true)

    /// Each stage by who raises it with whom, not "Stage 3" alone.
    func triedOptions(_ policy: Policy?) -> [Option] {
        [Option("0", "None yet")] + (policy?.stages ?? []).map { Option("\($0.position)", $0.title) }
    }

    /// "Stage Two", or the stage's whole label where it has no number of its own.
    func previousStageName(_ session: Session, policy: Policy?) -> String {
        guard let stage = policy?.stage(at: session.intake.tried ?? 0) else { return "the last stage you tried" }
        return stage.nameAsEvent
    }

    /// What can follow a route, said with it: the commands, and the situations the policy speaks of at
    /// this stage that the practitioner has not yet said apply, listed.
    func afterRoute(in session: Session, at now: Moment, dated: Bool = true) -> Reply {
        let offered = specialCasesOffered(session, at: now)
        let reply = offered.isEmpty ? Self.afterRoute : session.policyID.flatMap({ afterRouteReplies[$0] })?[Self.offeredIndex(offered)] ?? Self.afterRoute
        guard !dated else { return reply }
        return Reply(reply.lines.map { $0 == Prompts.afterRoute ? Prompts.afterRouteNoDeadline : $0 }, options: reply.options.filter { $0.key != "calendar" })
    }

    /// What follows a route under `policy`, for each set of situations it may offer, by `offeredIndex`:
    /// worded once for each set, as every route under the policy ends with one of them.
    static func wordedAfterRoute(_ policy: Policy) -> [Reply] {
        (0..<(1 << offerableKinds.count)).map { index in
            let offered = offerableKinds.indices.filter { index & 1 << $0 != 0 }.map { offerableKinds[$0] }
            guard !offered.isEmpty else { return afterRoute }
            let lines = [Prompts.afterRoute, Prompts.specialCasesOffered(policy.shortName)] + offered.map { "  \($0.key) - \($0.label)" }
            return Reply(lines, options: afterRouteReprompts[index].options)
        }
    }

    func specialCasesOffered(_ session: Session, at now: Moment) -> [SpecialCase.Kind] {
        guard let router = router(of: session) else { return [] }
        let intake = session.intake
        return router.specialCasesSpoken(facts(session, at: now)).filter { !intake.specialCases.contains($0) && !intake.specialCasesDeclined.contains($0) }
    }

    func areaOptions(_ policy: Policy?) -> [Option] {
        (policy?.areas ?? []).enumerated().map { Option("\($0.offset + 1)", $0.element.name) }
    }
}

extension Step {
    /// The steps whose question depends on the policy alone, not on what the practitioner has said.
    static let fixedQuestions: [Step] = [.choosePolicy, .immediateRisk, .subject, .counterpart, .checklist, .checklistGaps, .description,
                                         .pickType, .tried, .raised, .setting, .area, .ended]
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
