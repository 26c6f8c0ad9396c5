import Foundation
import EscalationRules

extension Conversation {
    static let trainingBanner = "[TRAINING - not a live case]"

    /// A conversation that opens on a practice round: straight away with a policy, or once one is chosen.
    public func startTraining(policyID: String?, at now: Moment) -> Turn {
        if let policyID, library.policy(policyID) != nil { return startTraining(policyID: policyID, at: now, in: nil) }
        // Asked for before a partnership: the partnership is the only question, and the round starts once it is chosen.
        var session = Session(started: now)
        session.trainingRequested = true
        // Not the live greeting, which speaks of a real case (a chat review, round 12): practice only, then the partnership.
        return advance(session, at: now, saying: [Reply([Self.trainingBanner, Prompts.trainingAfterPolicy])])
    }

    /// A practice round of every scenario for the policy, in order.
    public func startTraining(policyID: String, at now: Moment, in session: Session? = nil) -> Turn {
        // Opened as a practice round, with the policy or before one was chosen, and no live case begun since.
        let onlyPractice = session.map { $0.trainingRequested && $0.intake.risk == nil } ?? true
        var session = session ?? Session(policyID: policyID, started: now)
        session.policyID = policyID
        // Asked for and now begun: a case carried on after the round must not start another.
        session.trainingRequested = false
        let scenarios = library.scenarios(for: policyID)
        guard let policy = library.policy(policyID), !scenarios.isEmpty else {
            // A conversation that was only ever a practice round ends: it went on as a live chat, whose next question a
            // trainee's answer filled in (an outside trainer's review, round 23, F2). A live case goes on where it was.
            guard onlyPractice else { return replying(session, Reply(Prompts.noPracticeScenarios), at: now) }
            session.step = .ended
            return Turn(session: session, replies: [Reply([Self.trainingBanner, Prompts.noPracticeScenarios, "No round was started. Goodbye."])], effects: [.end])
        }
        // A case begins with the risk answer; a new round from within a round keeps the case it was keeping.
        let caseWaiting = session.training?.caseWaiting ?? (session.intake.risk != nil && session.step != .ended)
        let caseWhy = session.training?.caseWhy ?? session.why
        var state = TrainingState(policyID: policyID, scenarioIDs: scenarios.map(\.id), index: 0, question: .stage,
                                  correct: 0, answered: 0, missed: [], finished: false, now: now)
        state.caseWaiting = caseWaiting
        state.caseWhy = caseWhy
        session.training = state
        let intro = Reply([Self.trainingBanner,
                           Prompts.practiceRound(scenarios.count, policy, asksNotify: !Practice.notifyPool(policy).isEmpty),
                           caseWaiting ? "Your case is kept as it was: type 'quit' to leave the practice round and go back to it, 'restart' for a new round."
                                       : "Type a number to answer; 'quit' to stop, 'restart' for a new round."])
        return Turn(session: session, replies: [intro] + caseOpening(session), effects: [])
    }

    /// Ends a practice round begun during a live case and goes back to the case where it was left: the question it was
    /// asking, or what follows its route.
    func backToCase(_ session: Session, after state: TrainingState, at now: Moment) -> Turn {
        var back = session
        back.training = nil
        back.why = state.caseWhy
        // A round asked for at the partnership question began once one was chosen: the case goes on from there.
        if back.step == .choosePolicy, back.policyID != nil { back.step = nextStep(back, at: now) }
        // No practice banner: this reply is the live case's again, as `training: false` beside it says (a chat review, round 12).
        let ended = Reply(["Practice round ended: \(state.correct) out of \(state.answered) correct.",
                           "Back to your case, where you left it (a live case, not practice)."])
        return Turn(session: back, replies: [ended, question(back.step, in: back, at: now)], effects: [])
    }

    /// A command during a practice round: a few work, the rest are explained.
    func training(_ command: Command, in session: Session, at now: Moment) -> Turn {
        guard let state = session.training else { return run(command, in: session, at: now) }
        switch command {
        case .end:
            if state.caseWaiting { return backToCase(session, after: state, at: now) }
            var ended = session
            ended.step = .ended
            ended.training = nil
            return Turn(session: ended, replies: [Reply([Self.trainingBanner, "Practice round ended: \(state.correct) out of \(state.answered) correct. Goodbye."])], effects: [.end])
        case .restart, .train: return startTraining(policyID: state.policyID, at: now, in: session)
        case .status:
            return trainingNote(session, "Case \(min(state.index + 1, state.scenarioIDs.count)) of \(state.scenarioIDs.count); \(state.correct) out of \(state.answered) correct so far.")
        case .why: return trainingNote(session, session.why.isEmpty ? Prompts.noWhyYet : "The policy's own words: " + session.why.joined(separator: " "))
        case .help: return trainingNote(session, "Type the number of your answer. Also: status (your score), why (the policy's words), restart (a new round), quit\(state.caseWaiting ? " (back to your case)" : "").")
        case .back, .record, .calendar: return trainingNote(session, "Practice rounds keep no records, and answers cannot be taken back.")
        }
    }

    func trainingNote(_ session: Session, _ note: String) -> Turn {
        var replies = [Reply([Self.trainingBanner, note])]
        if let state = session.training, !state.finished, let practice = practice(for: session) {
            replies.append(Self.ask(practice.question(state.question)))
        }
        return Turn(session: session, replies: replies, effects: [])
    }

    func trainingReply(to text: String, in session: Session, at now: Moment) -> Turn {
        guard var state = session.training else { return respond(to: .text(text), in: session, at: now) }
        // A finished round, or one whose scenarios have gone, stays a practice round: never a live case.
        guard !state.finished, let practice = practice(for: session) else {
            return Turn(session: session, replies: [Reply([Self.trainingBanner, "The round is over. \(Self.afterRound(state))"])], effects: [])
        }
        let question = practice.question(state.question)
        guard let choice = Self.choice(text, among: question.choices) else {
            var reply = Self.ask(question)
            reply.lines.insert(contentsOf: [Self.trainingBanner, "Please type a number from 1 to \(question.choices.count)."], at: 0)
            return Turn(session: session, replies: [reply], effects: [])
        }
        var session = session
        var feedback = [Self.trainingBanner]
        state.answered += 1
        if question.accepted.contains(choice) {
            state.correct += 1
        } else {
            state.missed.append("Case \(state.index + 1) (\(practice.scenario.title)): \(state.question.topic)")
        }
        feedback += question.verdict(for: choice)
        if state.question == .contact, practice.route.outcome == .urgent { feedback += practice.urgentContactLines }
        // A line the verdict has said already is not said again (the B&NES Chair, not a same-day route).
        feedback += question.explanation.filter { !feedback.contains($0) }
        let quotes = question.shownQuotes
        for (index, quote) in quotes.enumerated() {
            feedback.append("\(index == 0 ? "The policy says" : "It also says"): \"\(quote)\"")
        }
        if !quotes.isEmpty { session.why = quotes.map { "\"\($0)\" (\(practice.policy.source.file))" } }
        let questions = practice.questions
        if let next = questions.firstIndex(of: state.question).map({ $0 + 1 }), next < questions.count {
            state.question = questions[next]
            session.training = state
            return Turn(session: session, replies: [Reply(feedback), Self.ask(practice.question(state.question))], effects: [])
        }
        state.index += 1
        state.question = .stage
        if state.index >= state.scenarioIDs.count {
            state.finished = true
            session.training = state
            return Turn(session: session, replies: [Reply(feedback), Reply(summary(state))], effects: [])
        }
        session.training = state
        return Turn(session: session, replies: [Reply(feedback)] + caseOpening(session), effects: [])
    }

    func caseOpening(_ session: Session) -> [Reply] {
        guard let state = session.training, let practice = practice(for: session) else { return [] }
        let scenario = practice.scenario
        let opening = Reply(["Case \(state.index + 1) of \(state.scenarioIDs.count): \(scenario.title)", scenario.story,
                             "It is \(practice.facts.now.spoken)."])
        return [opening, Self.ask(practice.question(state.question))]
    }

    func practice(for session: Session) -> Practice? {
        guard let state = session.training, let router = routers[state.policyID], state.index < state.scenarioIDs.count,
              let scenario = library.scenarios(for: state.policyID).first(where: { $0.id == state.scenarioIDs[state.index] }) else { return nil }
        return Practice(router: router, scenario: scenario, number: state.index, now: state.now)
    }

    static func ask(_ question: PracticeQuestion) -> Reply {
        Reply(question.prompt, options: question.choices.enumerated().map { Option("\($0.offset + 1)", $0.element) }, numbered: true)
    }

    static func choice(_ text: String, among choices: [String]) -> Int? {
        // A number with a sign or a dash ("-2", "--2", "2-", "-02") is not a choice: it had been read as 2, and "-1" as the
        // first option (an outside training review, round 24, F16).
        let answer = text.trimmingCharacters(in: .whitespaces)
        if answer.contains(where: \.isNumber), answer.contains(where: { signsAndDashes.contains($0) }),
           answer.allSatisfy({ $0.isNumber || signsAndDashes.contains($0) }) { return nil }
        if let number = Answers.number(text) { return choices.indices.numbered(number) }
        return Answers.best(text, among: choices.enumerated().map { ($0.offset, [$0.element]) })
    }

    /// Plus and minus signs, hyphens and dashes, as typed before or after a number.
    static let signsAndDashes: Set<Character> = ["-", "+", "\u{2212}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}"]

    func summary(_ state: TrainingState) -> [String] {
        var lines = [Self.trainingBanner, "Round complete: \(state.correct) out of \(state.answered) correct."]
        if state.missed.isEmpty {
            lines.append("Nothing to revisit: every answer was right.")
        } else {
            lines.append("To revisit:")
            lines += state.missed.map { "  - \($0)" }
        }
        lines.append(Self.afterRound(state))
        return lines
    }

    /// What a finished round offers: another, or leaving, back to the case where one is waiting.
    static func afterRound(_ state: TrainingState) -> String {
        "Type 'restart' for another round, or 'quit'\(state.caseWaiting ? " to go back to your case" : "")."
    }
}
