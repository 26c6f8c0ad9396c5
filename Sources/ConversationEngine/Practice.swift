import Foundation
import EscalationRules

/// One practice question: its choices, the ones the policy's words make right, and those words.
struct PracticeQuestion {
    var prompt: String
    var choices: [String]
    /// Every choice the policy's words make right: one, or several where they allow more than one answer (any stage's
    /// contact where the stage is left to discretion; a date on each reading of a time).
    var accepted: [Int]
    /// The answer given when a learner misses: where several are right, the one to act on (the date to work to).
    var answer: Int
    /// The policy's words that decide the answer.
    var quotes: [String] = []
    /// How the answer is worked out, said after it is marked.
    var explanation: [String] = []
    /// Where several are right and `answer` is the one to act on, what it is ("the date to work to").
    var answerNote: String? = nil
    /// Said when a learner picks a right choice other than `answer`.
    var notTheAnswer: String? = nil
    /// The verdict on a right choice other than `answer` where it is not another reading of the words: at urgent risk, a
    /// contact of the escalation beside the route's own, whose explanation follows.
    var rightToo: String? = nil
    /// How the right choices other than `answer` are named when a learner misses.
    var othersAre = "also right on another reading"
    /// Why a choice is not right though a reading of the words gives it, by its index: a reading's date already passed.
    var noLonger: [Int: String] = [:]

    init(prompt: String, choices: [String], accepted: [Int], answer: Int? = nil) {
        self.prompt = prompt
        self.choices = choices
        self.accepted = accepted.isEmpty ? [0] : accepted
        self.answer = answer ?? self.accepted[0]
    }

    /// Right or not, and what the right answer is: every right choice is named where there are several.
    func verdict(for choice: Int) -> [String] {
        if accepted.contains(choice) {
            if choice != answer, let notTheAnswer { return ["Correct, on one reading.", notTheAnswer] }
            if choice != answer, let rightToo { return [rightToo] }
            return ["Correct."]
        }
        return [missed] + (noLonger[choice].map { [$0] } ?? [])
    }

    /// "Not quite", and every right choice, the one to act on first.
    private var missed: String {
        let others = accepted.filter { $0 != answer }.map { choices[$0] }
        if others.isEmpty { return "Not quite. The answer is: \(choices[answer])." }
        if let answerNote { return "Not quite. The answer is: \(choices[answer]) (\(answerNote)); \(othersAre): \(others.joined(separator: "; "))." }
        return "Not quite. Any of these is right: \(([choices[answer]] + others).joined(separator: "; "))."
    }

    /// The quotes as they are shown: the extraction's markup taken out, and none whose words another already holds (a
    /// chat review, round 14, 2026-11-30: the Isle of Man's Stage Two sentence, then "It also says" its own last clause).
    var shownQuotes: [String] {
        let shown = Practice.unique(quotes.map(\.withoutSourceMarkup))
        return shown.enumerated().filter { index, quote in
            !shown.enumerated().contains { other, holder in other != index && holder.utf8.count > quote.utf8.count && holder.utf8.contains(quote.utf8) }
        }.map(\.element)
    }
}

/// Builds a round's questions from a scenario and the route the router gives it.
struct Practice {
    let policy: Policy
    let calendar: HolidayCalendar
    let scenario: Scenario
    let number: Int
    let facts: Facts
    /// Worked out once: every question of the case is asked and marked against it.
    let route: Route

    init(router: Router, scenario: Scenario, number: Int, now: Moment) {
        policy = router.policy
        calendar = router.calendar
        self.scenario = scenario
        self.number = number
        facts = scenario.facts(at: now)
        route = router.route(facts)
    }

    /// The questions this scenario asks, in order; notification only where the policy names anyone to notify.
    var questions: [TrainingState.Question] {
        notifyPool.isEmpty ? [.stage, .contact, .deadline] : [.stage, .contact, .notify, .deadline]
    }

    func question(_ kind: TrainingState.Question) -> PracticeQuestion {
        switch kind {
        case .stage: return stageQuestion
        case .contact: return contactQuestion
        case .notify: return notifyQuestion
        case .deadline: return deadlineQuestion
        }
    }

    static let notSaid = "The policy does not say"
    static let nobody = "Nobody else: the policy names no one to notify here"
    /// Not "act now, before any stage": no policy says that of significant risk, and B&NES says only that safeguarding
    /// procedures should be followed (an outside review, round 9). What the policy says is given with the answer.
    static let urgentChoice = "Urgent: what the policy says for someone at risk"
    static let offPathway = "Not this pathway: another route or procedure"
    static let everyStageTried = "Every stage has been tried already"

    /// The policy is for this person but says nothing of this kind of disagreement (Torbay's own manager).
    var silent: Bool {
        guard route.outcome == .notCovered else { return false }
        if case .silent = policy.scope(of: facts.counterpart, about: facts.subject) { return facts.subject.map(policy.covers.includes) ?? true }
        return false
    }

    /// What the policy says at the case's risk, where there is one.
    var urgent: UrgentRoute? { policy.urgentRoute(for: facts.risk) }

    /// The route's 999 line, marked as not part of the policy, wherever someone may be at risk: said in each explanation
    /// of the urgent advice, as `route` says it.
    var emergencyLines: [String] { route.emergencyLine.map { [$0] } ?? [] }

    /// Whom to call, as the live route lists it, after the 999 line: said with the contact answer of an urgent case.
    var urgentContactLines: [String] { emergencyLines + route.contactLines() }

    // MARK: Which comes next

    var stageQuestion: PracticeQuestion {
        // "The policy does not say" is a choice here as at whom to contact: where the policy is silent on the kind of
        // disagreement, it is the answer, not "another route or procedure" the policy never names (an outside trainer's
        // review, round 23, F19: Torbay's own manager).
        let choices = [Self.urgentChoice] + policy.stages.map(\.label) + [Self.offPathway, Self.everyStageTried, Self.notSaid]
        let answer: Int
        switch route.outcome {
        case .urgent: answer = 0
        case .stage: answer = route.stage?.position ?? 1
        case .notCovered where silent: answer = policy.stages.count + 3
        case .outOfScope, .notCovered: answer = policy.stages.count + 1
        case .exhausted: answer = policy.stages.count + 2
        }
        var question = PracticeQuestion(prompt: "Which comes next?", choices: choices, accepted: [answer])
        switch route.outcome {
        case .urgent:
            // The words that decide it: Torbay's discretion, B&NES's "appropriate level", Pan-Cheshire's front door. The 999
            // line comes straight after the headline, as the live route gives it: training taught a weaker first step than
            // the tool (an outside trainer's review, round 23, F1: no round ever said 999).
            question.explanation = [route.headline] + emergencyLines
            // B&NES's headline quotes its words already: said once.
            question.quotes = urgent?.actions.first.map { [$0.quote] }?.filter { !route.headline.contains($0) } ?? []
            acceptStagesLeftOpen(in: &question)
        case .stage:
            question.quotes = route.stage.flatMap { policy.stage(at: $0.position) }.map { [$0.quote] } ?? []
            // A disagreement the policy takes in by name (Pan-Cheshire's "at a ... Child Protection Conference") is on
            // these stages because of those words: they come first, unless the note below quotes them whole. The note says
            // what they leave out, as the route says it (an outside training review, round 24, F19: Pan-Cheshire's
            // conference, silent on how one was run, was marked on l.42's words alone).
            var included: ScopeInclusion? = nil
            if case .stages(let words?) = policy.scope(of: facts.counterpart, about: facts.subject) { included = words }
            if let included, included.note?.contains(included.quote.withoutSourceMarkup) != true { question.quotes.insert(included.quote, at: 0) }
            // A risk the policy keeps on the stages still has its words: Shropshire's "should be expedited".
            if let urgent, let first = urgent.actions.first {
                question.explanation = emergencyLines + ["At this risk: " + urgent.actions.map(\.text).joined(separator: " ")]
                question.quotes.append(first.quote)
                if urgent.timescale.timescale == .unknown {
                    // A policy that quickens nothing at this risk (the Isle of Man: "no deviation ... unless ... immediate
                    // risk of significant harm", 003 l.73) has no urgent answer here: "Urgent" was marked right "on one
                    // reading" beside an explanation saying the opposite (an outside training review, round 24, F3).
                    question.noLonger[0] = "\"Urgent\" is not right at this risk. \(urgent.timescale.quote) The \(policy.shortName) policy keeps "
                        + "the case on its stages: \(choices[answer]) is next, with the child's or adult's safety kept paramount."
                    question.quotes += urgent.actions.dropFirst().map(\.quote)
                } else {
                    // "What the policy says for someone at risk" is, here, the stage with those words: Shropshire's "should be
                    // expedited", B&NES's "safeguarding procedures should be followed". Marked wrong, it taught that the
                    // policy's risk words were not the answer (an outside trainer's review, round 23, F8). Both readings are
                    // named (an outside training review, round 24, F3).
                    question.accepted.append(0)
                    question.answerNote = "the stage, with what the policy says at this risk"
                    question.othersAre = "also right, as what the policy says at this risk goes with that stage"
                    question.notTheAnswer = "Read as what the \(policy.shortName) policy says for someone at risk, \"Urgent\" is right: at this risk it "
                        + "says \"\(first.quote.withoutSourceMarkup.trimmingTrailingFullStop)\". Read as a step before the stages, it is not: "
                        + "those words keep the case on its stages, so \(choices[answer]) is the answer to act on, with its words for the risk below."
                }
            }
            if let note = included?.note { question.explanation.append(note) }
        case .outOfScope, .notCovered:
            // Where the policy names no other procedure, the route says so: that is the reason (Torbay's own manager).
            question.explanation = [route.headline] + (route.outcome == .notCovered ? route.actions : [])
            // A headline that gives its readings "below" (the Isle of Man's one person's practice) has them follow, as the
            // route does: "Both readings are below" with none below read as a slip (an outside trainer's review, round 23, F19).
            if route.outcome == .outOfScope, route.headline.contains(" below") { question.explanation += route.actions.filter { $0 != route.emergencyLine } }
            question.quotes = route.citations.first.map { [$0.quote] } ?? []
            if silent { acceptOffPathwayReading(in: &question) }
        case .exhausted:
            question.quotes = route.citations.first.map { [$0.quote] } ?? []
        }
        return question
    }

    /// Where the policy says nothing of the kind of disagreement, and none of its words take in part of it, "Not this
    /// pathway" is right too, on the reading that its stages are for a disagreement with another agency: Torbay is for "the
    /// decision made by a worker from another agency" (001 l.7), and marked wrong it taught that your own manager was
    /// its business (an outside training review, round 24, F7). "The policy does not say" stays the answer, as it names no
    /// other route.
    func acceptOffPathwayReading(in question: inout PracticeQuestion) {
        guard !policy.partlyInScope.contains(where: { $0.counterpart == facts.counterpart }),
              let off = question.choices.firstIndex(of: Self.offPathway) else { return }
        question.accepted.append(off)
        question.answerNote = "it says nothing of this"
        question.othersAre = "also right, on the reading that its stages are for a disagreement with another agency"
        question.notTheAnswer = "The \(policy.shortName) policy says nothing of \(facts.counterpart.disagreement); read as being for a "
            + "disagreement with another agency only, its stages are not this one's pathway. It names no other route or procedure for it, "
            + "so where to turn, below, is not from the policy."
    }

    /// Where the policy leaves the stage open at risk, a stage from the one reached is right too, on that reading: Torbay's
    /// "discretion should be used as to which stage is initiated" was the only instruction, yet Stage Three was marked wrong,
    /// and that stage's contact right next (an outside trainer's review, round 23, F7). The urgent advice stays the answer.
    func acceptStagesLeftOpen(in question: inout PracticeQuestion) {
        guard let open = urgent?.stage, open == .choose || open == .levels else { return }
        question.accepted += stagesLeftOpen.map(\.position)
        if let referral = referralAfterLevels { question.noLonger[referral.position] = notSameDay(referral) }
        question.answerNote = "what the policy says for the risk"
        if open == .choose {
            question.othersAre = "also right, at your discretion"
            question.notTheAnswer = "The \(policy.shortName) policy leaves which stage to start at to your discretion where someone is at risk of "
                + "immediate harm, so a stage from the one you have reached is right on that reading; what it says for the risk, below, goes with it."
        } else {
            question.othersAre = "also right, as a level to escalate to"
            question.notTheAnswer = "The \(policy.shortName) policy says to escalate to an appropriate level and does not say which, so a stage "
                + "from the one you have reached is right on that reading; what it says for the risk, below, goes with it."
        }
    }

    /// The stages a trainee may start at where the policy leaves it open at risk, from the one reached: at every stage for
    /// Torbay's discretion; for B&NES's "an appropriate level so that the required action is taken on the same day", not
    /// the referral after the last level, unless every level before it has been tried (an outside training review, round
    /// 24, F2: "The Chair of the BCSSP, via the BCSSP Business Manager" was marked right for an adult without food today,
    /// though the policy sends a Service Manager's report there only "at the end of stage 4", 000 l.47).
    var stagesLeftOpen: [Stage] {
        let open = policy.stages.dropFirst(max(0, facts.tried ?? 0))
        guard let referral = referralAfterLevels else { return Array(open) }
        return open.filter { $0.position != referral.position }
    }

    /// Under "an appropriate level" (B&NES), the last stage, which begins only when the stage before it has ended
    /// unresolved, where that stage has not yet been tried: it is not a level to escalate to for action the same day.
    var referralAfterLevels: Stage? {
        guard urgent?.stage == .levels, let last = policy.stages.last, (facts.tried ?? 0) < last.position - 1 else { return nil }
        return last
    }

    /// Why the referral after the last level is not right at risk of immediate harm, as said of a trainee's answer.
    func notSameDay(_ referral: Stage) -> String {
        let before = policy.stage(at: referral.position - 1)?.name ?? "the stage before"
        return "\(referral.contact.role.value?.text ?? referral.name), is not a same-day route: the \(policy.shortName) policy sends a case to "
            + "\(referral.name) only when \(before) has ended without a resolution, so it is not a way to get the required action taken on the same day."
    }

    // MARK: Whom to contact

    var contactPool: [String] {
        var pool: [String] = []
        for text in policy.stages.compactMap({ $0.contact.role.value?.text })
            + [policy.immediateRisk, policy.significantRisk].flatMap({ $0.contacts.compactMap { $0.role.value?.text } })
            + policy.outOfScope.map(\.procedure.capitalisedFirst) where !pool.contains(where: { Self.sameChoice($0, text) }) { pool.append(text) }
        return pool
    }

    var contactQuestion: PracticeQuestion {
        let answers = contactAnswers
        let right = answers.roles
        // A line shut at the case's hour is always offered, beside the others, so that ringing it is taught as not the answer now.
        let shut = shutNow
        let offered = right + shut.map(\.role)
        let others = contactPool.filter { text in !offered.contains { Self.sameChoice($0, text) } }
        let picked = (0..<min(3, others.count)).map { others[(number + $0 * 2) % others.count] }
        var choices = contactPool.filter { text in offered.contains { Self.sameChoice($0, text) } || picked.contains(text) }
        choices.append(Self.notSaid)
        for role in right.reversed() where !choices.contains(where: { Self.sameChoice($0, role) }) { choices.insert(role, at: 0) }
        choices = Self.unique(choices)
        let accepted = choices.indices.filter { index in right.contains { Self.sameChoice($0, choices[index]) } }
        var question = PracticeQuestion(prompt: "Whom do you contact?", choices: choices, accepted: accepted,
                                        answer: choices.firstIndex { Self.sameChoice($0, right[0]) })
        question.explanation = answers.explanation
        question.quotes = answers.quotes
        for line in shut {
            guard let index = choices.firstIndex(where: { Self.sameChoice($0, line.role) }) else { continue }
            question.noLonger[index] = line.why
        }
        if route.outcome == .urgent, route.contact.role == nil, right.count > 1 {
            // The live route's contact is the answer; the escalation's are right beside it, and said to be for the escalation.
            question.answerNote = "it names no one to call about the risk itself"
            question.othersAre = "also right, for the escalation"
            question.rightToo = "Correct, for the escalation."
        }
        if route.outcome == .urgent, let referral = referralAfterLevels, let role = referral.contact.role.value?.text,
           let index = choices.firstIndex(where: { Self.sameChoice($0, role) }) {
            question.noLonger[index] = notSameDay(referral)
        }
        return question
    }

    /// The contacts the policy makes right for this case, the first the one to give, with why and the policy's words.
    var contactAnswers: (roles: [String], explanation: [String], quotes: [String]) {
        let right = route.contact.role ?? Self.notSaid
        switch route.outcome {
        case .urgent: return urgentContacts
        case .outOfScope:
            // The same procedure in other words, as the policy gives it for a neighbouring kind of disagreement (the Isle
            // of Man's "your manager first, then the Whistle-blowing policy" beside "the Whistle-blowing policy").
            let also = policy.outOfScope.filter { named in
                !Self.sameChoice(named.procedure, right) && Self.key(named.procedure).contains(Self.key(right))
            }
            return ([right] + also.map(\.procedure.capitalisedFirst),
                    also.map { "Also right: \($0.procedure.capitalisedFirst), as the policy puts it for a disagreement with \($0.counterpart.phrase)." },
                    [bestQuote(for: right)].compactMap { $0 } + also.map(\.quote))
        case .notCovered:
            // No words decide "does not say": what the route says of it does (Torbay's own manager).
            return ([right], Array(route.actions.prefix(1)), [])
        default:
            // The stage's own words for whom, where the route's contact is the stage's; else the quote nearest the answer
            // (a special case's contact, such as the TSCP Business Manager for someone unsure whom to contact).
            let stage = route.stage.flatMap { policy.stage(at: $0.position) }?.contact.role.value
            let quote = stage.flatMap { Self.sameChoice($0.text, right) ? $0.quote : nil } ?? bestQuote(for: right)
            let (explanation, readings) = stageContactExplanation
            return ([right], explanation, Self.unique([quote].compactMap { $0 } + readings))
        }
    }

    /// At risk, whom to contact: the number the policy names, as the live route gives it; where it names none, what the
    /// live route gives as its contact, "not named in the policy", is the answer (a chat review, round 14, 2026-11-30: it
    /// was marked wrong, though the chat records it). The contacts of the escalation the route goes on to are right too:
    /// any stage's from the one reached where the policy leaves the stage open (Torbay's discretion, B&NES's levels), or
    /// the stage it says to expedite or pursue (an outside review, round 9).
    var urgentContacts: (roles: [String], explanation: [String], quotes: [String]) {
        let quotes = urgent?.actions.first.map { [$0.quote] } ?? []
        // Out of hours the route's first number is the out-of-hours team (not from the policy); the policy's own contact
        // is right too, and the route's lines say which is open.
        // A policy's contact whose line is shut at the case's hour is not right now: the live route puts it after the team that
        // answers (an outside trainer's review, round 24, F1: Friday 18:30 in Halton marked the closed day line plain "Correct").
        if let role = route.contact.role {
            let policyRoles = urgent?.contacts.compactMap { $0.role.value?.text } ?? []
            let shut = shutNow.map(\.role)
            return (Self.unique([role] + policyRoles.filter { policy in !shut.contains { Self.sameChoice($0, policy) } }), [], quotes)
        }
        let (escalation, why) = escalationContacts
        return (Self.unique([Self.notSaid] + escalation), why, quotes)
    }

    /// The stage's contact as the live route gives it, where it has an address or number (the area's), and any line of the
    /// route that reads whom it goes to two ways: Pan-Cheshire's Step 3 was taught as the Delegated Safeguarding Partners alone,
    /// with no address, though its summary brings it to the Safeguarding Partnership Manager first (an outside trainer's
    /// review, round 24, F10; 002 l.93, l.109, l.143).
    var stageContactExplanation: (lines: [String], quotes: [String]) {
        guard route.outcome == .stage, let role = route.contact.role else { return ([], []) }
        var lines: [String] = []
        if route.contact.isReachable { lines.append("As the live route gives it: " + route.contact.summary + ".") }
        let plain = Self.plain(role)
        let core = plain.hasPrefix("The ") ? String(plain.dropFirst(4)) : plain
        let stage = route.stage.flatMap { policy.stage(at: $0.position) }
        let readings = (stage.map { $0.escalatorMust + $0.receiverMust } ?? []).filter { $0.text.contains(Self.twoReadings) && $0.text.contains(core) }
        lines += route.actions.filter { action in readings.contains { $0.text == action } }
        return (lines, readings.map(\.quote))
    }

    /// How a line of a route that gives two readings says so.
    static let twoReadings = "two readings"

    /// At risk, the policy's own contacts whose line is shut at the case's hour, where the live route leads with another that
    /// answers (the out-of-hours team): each with why it is not the answer now, and when it opens.
    var shutNow: [(role: String, why: String)] {
        guard route.outcome == .urgent, let first = route.contact.role else { return [] }
        let policyRoles = urgent?.contacts.compactMap { $0.role.value?.text } ?? []
        return route.otherContacts.compactMap { line in
            guard line.openNow != true, line.hours != nil, let role = line.role, !Self.sameChoice(role, first),
                  policyRoles.contains(where: { Self.sameChoice($0, role) }) else { return nil }
            let name = line.name.map { "\($0), " } ?? ""
            let shut = line.openNow == false ? "is closed now" : "may be closed today, a bank holiday whose hours the policy does not give"
            let team = first.hasPrefix("The ") || first.hasPrefix("Your ") ? first.prefix(1).lowercased() + first.dropFirst() : "the " + first
            return (role, "Not at this hour: \(name)the daytime line, \(shut) (open \(line.hours ?? "")). Call \(team) now, or 999 if "
                    + "anyone is in immediate danger; ring the daytime line too, when it opens.")
        }
    }

    /// The contacts of the escalation an urgent route goes on to, as the route gives them, with why they are right.
    var escalationContacts: (roles: [String], explanation: [String]) {
        let none = "The \(policy.shortName) policy names no one to call about the risk itself: a live case's record says \"Contact: not named in the policy\"."
        switch urgent?.stage {
        case .choose?, .levels?:
            let roles = stagesLeftOpen.compactMap { $0.contact.role.value?.text }
            return (roles, [none, urgent?.stage == .choose
                ? "It leaves which stage of the escalation to start at to your discretion, so the contact of any stage from the one you have reached is right too, for the escalation."
                : "It says to escalate to an appropriate level so that the required action is taken on the same day, and does not say which, so the contact at any level from the one you have reached that can act today is right too, for the escalation, where the text names one."]
                + (referralAfterLevels.map { [notSameDay($0)] } ?? []))
        case .expedite?, .then?:
            guard let stage = route.stageToPursue, let role = stage.contact.role else { return ([], [none]) }
            // Pan-Cheshire's first stages are expedited at risk by their own words (`Stage.atRisk`), though its urgent route goes on after the front door.
            return ([role], [none, stage.expedite
                ? "It says to expedite the escalation: the stage you have reached, \(stage.label), is the one to expedite now, so its contact is right too, for the escalation."
                : "Alongside what it says for the risk, the escalation goes on from the stage you have reached, \(stage.label), so its contact is right too, for the escalation."])
        case .notNamed?, nil: return ([], [none])
        }
    }

    /// The route's quote that shares most of the answer's longer words: the words that decide it, not the first quoted.
    func bestQuote(for answer: String) -> String? {
        let words = Set(Self.key(answer).split(separator: " ").map { $0.filter { $0.isLetter } }.filter { $0.count > 4 })
        let scored = route.citations.map { citation in (citation.quote, words.filter { citation.quote.lowercased().contains($0) }.count) }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return route.citations.first?.quote }
        return scored.first { $0.1 == best.1 }?.0
    }

    // MARK: Whom to notify

    var notifyPool: [String] { Self.notifyPool(policy) }

    /// Everyone the policy's stages name to notify, each once: empty where it names no one, and the rounds never ask.
    static func notifyPool(_ policy: Policy) -> [String] {
        var pool: [String] = []
        for text in policy.stages.flatMap({ $0.notify.compactMap { $0.role.value.map { plain($0.text) } } }) where !pool.contains(text) { pool.append(text) }
        return pool
    }

    /// A role without its bracketed note: "TSCP Business Manager (the Senior Manager notifies them)" is the Business Manager.
    static func plain(_ role: String) -> String {
        role.firstIndex(of: "(").map { String(role[..<$0]).trimmingCharacters(in: .whitespaces) } ?? role
    }

    /// Whom a stage has notified, as the notify question's choices name them.
    func notified(at stage: Stage) -> String {
        stage.notify.first?.role.value.map { Self.plain($0.text) } ?? Self.nobody
    }

    var notifyQuestion: PracticeQuestion {
        let choices = Self.unique([Self.nobody] + notifyPool)
        var right: [String]
        var explanation: [String] = []
        let reached = max(0, facts.tried ?? 0)
        if route.outcome == .urgent, route.contact.role == nil, [.choose, .levels].contains(urgent?.stage) {
            // Whom to notify goes with the stage started at, which the policy leaves open: each is right at its stage.
            let stages = stagesLeftOpen
            right = Self.unique(stages.map(notified))
            explanation = ["It depends on the stage you start at: " + Self.byStage(stages.map { ($0.name, notified(at: $0)) }) + "."]
        } else if route.outcome == .urgent, let stage = route.stageToPursue {
            right = [stage.notify.first?.role.map(Self.plain) ?? Self.nobody]
        } else {
            right = [route.notify.first?.role.map(Self.plain) ?? Self.nobody]
        }
        let accepted = choices.indices.filter { right.contains(choices[$0]) }
        var question = PracticeQuestion(prompt: "Who must be notified?", choices: choices, accepted: accepted, answer: choices.firstIndex(of: right[0]))
        // The words that name whom to notify at the stage (or stages) the answer is for: not any quote with "email" in it.
        let current = route.stage.flatMap { policy.stage(at: $0.position) }.map { [$0] } ?? []
        let naming = (current + policy.stages.dropFirst(reached)).first { stage in right.contains(notified(at: stage)) && !stage.notify.isEmpty }
        if right.contains(where: { $0 != Self.nobody }), let quote = naming?.notify.first?.role.value?.quote {
            question.quotes = [quote]
        } else if route.outcome == .stage, let position = route.stage?.position, let stage = policy.stage(at: position) {
            // No words decide "nobody": what the policy names at its other stages says it, not an unrelated quote.
            let naming = policy.stages.filter { !$0.notify.isEmpty }
            explanation = ["The \(policy.shortName) policy names no one to notify at \(stage.name)"
                           + (naming.isEmpty ? "." : "; it names " + Self.byStage(naming.map { ($0.name, notified(at: $0)) }, leavingOutNobody: true) + ".")]
        }
        question.explanation = explanation
        return question
    }

    /// "the TSCP Business Manager at Stage Three and Stage Four; no one named at Stage One, Stage Two and Stage Five".
    static func byStage(_ stages: [(name: String, notified: String)], leavingOutNobody: Bool = false) -> String {
        var groups: [(String, [String])] = []
        for (name, notified) in stages {
            if let index = groups.firstIndex(where: { $0.0 == notified }) { groups[index].1.append(name) } else { groups.append((notified, [name])) }
        }
        // Those named first: what to do is read before where nothing is.
        let ordered = groups.filter { $0.0 != nobody } + groups.filter { $0.0 == nobody }
        return ordered.compactMap { notified, names in
            if notified == nobody { return leavingOutNobody ? nil : "no one named at \(listed(names))" }
            return "the \(notified) at \(listed(names))"
        }.joined(separator: "; ")
    }

    // MARK: By when

    var deadlineQuestion: PracticeQuestion {
        let undated = route.outcome == .outOfScope || route.outcome == .notCovered || route.outcome == .exhausted
            ? "No deadline: this is not a stage of the pathway"
            : route.timescale.map { "No date: \($0)" } ?? "No date: the policy sets no time"
        let prompt = route.outcome == .urgent ? "By when must action be taken?" : "By when\(route.deadlinePurpose.map { ", for \($0)" } ?? "")?"
        guard let due = route.deadline else {
            let start = facts.now.day
            let dates = [1, 2, 5].map { calendar.adding(workingDays: $0, to: start) }
            var question = PracticeQuestion(prompt: prompt, choices: [undated] + dates.map { "By \($0.spoken)" }, accepted: [0])
            question.quotes = timescaleQuotes
            return question
        }
        let workTo = route.workTo?.day ?? due
        // A reading's date already passed at the case's now is not the answer to "by when": the live route works to the date
        // still ahead (a chat review, round 16: Shropshire's Case 3 scored Monday 16 November as right on Monday 23 November).
        // It stays a choice, marked "not quite" with why; the date to work to is right even when it has passed itself.
        let everyReading = readingDates(due)
        let right = everyReading.filter { $0 >= facts.now.day || $0 == workTo }
        let passed = everyReading.filter { !right.contains($0) }
        // Another reading's date that is not right here (a weaker one) is never offered as a wrong answer.
        let readings = [route.otherReading?.deadline, route.workTo?.day].compactMap { $0 }
        // Beside a date still ahead, a wrong one already past teaches nothing (B&NES's "same day" beside last Friday);
        // beside one already passed, the dates around it are the ones to tell it from.
        let distractors = [previousWorkingDay(before: due), calendar.adding(workingDays: 1, to: due), due.adding(days: 7)]
            .filter { (!readings.contains($0) || right.contains($0)) && ($0 >= facts.now.day || due < facts.now.day) }
        let days = Array(Set(everyReading + distractors)).sorted()
        let choices = days.map { "By \($0.spoken)" } + ["No date: the policy sets no time"]
        var question = PracticeQuestion(prompt: prompt, choices: choices, accepted: days.indices.filter { right.contains(days[$0]) },
                                        answer: days.firstIndex(of: workTo))
        question.quotes = timescaleQuotes
        // One reading: how it is counted. More: the route's own words, the date to work to first, each reading after.
        question.explanation = right.count == 1 && route.otherReading == nil
            ? route.deadlineBasis.map { ["Counted: \($0)."] } ?? []
            : route.timeWording
        question.explanation += route.timeNotes
        for day in passed {
            if let index = days.firstIndex(of: day) {
                // Said of the trainee's answer by its date: after the right answer, "That is" read as describing it (a chat
                // review, round 18, C2).
                question.noLonger[index] = "Your answer, \(day.spoken), is the \(day < workTo ? "earlier" : "later") reading's date, and it has already passed: it is not one to work to."
            }
        }
        if right.count > 1 {
            question.answerNote = "the date to work to"
            question.notTheAnswer = "The date to work to is \(workTo.spoken) \(WorkTo.rule)."
        }
        return question
    }

    /// Every date the route's readings give: its own, another reading's that is not a weaker one, and the date to work to.
    /// Where the live route says which to work to, training accepts it, and the others still ahead are right on their
    /// reading (an outside review, round 9: only the later was marked right).
    func readingDates(_ due: Day) -> [Day] {
        var days = [due]
        if let workTo = route.workTo { days.append(workTo.day) }
        if let other = route.otherReading, !other.weaker, let day = other.deadline { days.append(day) }
        return Array(Set(days)).sorted()
    }

    /// The policy's words for the time that applies, and for its other reading; none where the policy sets no time.
    var timescaleQuotes: [String] {
        let timescale: StageTimescale?
        var other: String?
        switch route.outcome {
        case .stage:
            let stage = route.stage.flatMap { policy.stage(at: $0.position) }
            timescale = stage?.timescale
            if route.otherReading != nil { other = stage?.otherReading?.timescale.quote }
        case .urgent:
            timescale = urgent?.timescale
            if route.otherReading != nil { other = urgent?.otherReading?.timescale.quote }
        default: timescale = nil
        }
        guard let timescale, timescale.timescale != .unknown else { return [] }
        return Self.unique([timescale.quote] + [other].compactMap { $0 })
    }

    func previousWorkingDay(before day: Day) -> Day {
        var earlier = day.adding(days: -1)
        while !calendar.isWorkingDay(earlier) { earlier = earlier.adding(days: -1) }
        return earlier
    }

    // MARK: Choices

    /// A choice as compared with another: case, spacing and a closing full stop aside, so one answer is listed once
    /// (an outside review, round 9: "the complaint or grievance process" beside "The complaint or grievance process").
    static func key(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while words.last == "." { words.removeLast() }
        return words
    }

    static func sameChoice(_ a: String, _ b: String) -> Bool { key(a) == key(b) }

    static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert(key($0)).inserted }
    }

    /// "A", "A and B", "A, B and C".
    static func listed(_ items: [String]) -> String {
        items.count > 1 ? items.dropLast().joined(separator: ", ") + " and " + items.last! : items.first ?? ""
    }
}

extension String {
    /// "the complaint process" as "The complaint process", as a choice is listed.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
