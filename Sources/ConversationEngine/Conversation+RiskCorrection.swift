import EscalationRules

/// A correction of the risk answer typed at the question after it: "sorry I meant yes" at the partnership question had met
/// "Please type a number from 1 to 5" (a chat review, round 19, 2026-12-02), and a hurried practitioner may not know 'back'.
extension Conversation {
    /// The turn for a correction typed in place of an answer, if `text` is one that applies where the conversation is. Read
    /// once for the three places it may apply, as every answer asks.
    func corrected(_ text: String, in session: Session, at now: Moment) -> Turn? {
        if Self.saysUrgent(text), let raised = raisedToImmediate(in: session, at: now) { return raised }
        guard let said = Self.riskCorrection(text) else { return nil }
        return correctedRisk(said, in: session, at: now) ?? correctedYesNo(said, in: session, at: now)
            ?? correctedRiskLater(said, in: session, at: now)
    }

    /// The turn for a correction of the answer just given to a question about risk, if `text` is one and that is where the
    /// conversation just was. A yes is taken as a yes to that question, which can only raise the risk; a no is never taken,
    /// as a risk is not lowered on words read as a correction: the practitioner is told to type 'back' and answer it again.
    func correctedRisk(_ said: Bool, in session: Session, at now: Moment) -> Turn? {
        guard let previous = session.history.last,
              [.immediateRisk, .riskAgain].contains(previous.step), Self.movedOn(from: previous, to: session) else { return nil }
        guard said else { return replying(session, Reply(Prompts.riskCorrectionNo), at: now) }
        return answeredAgain(previous, with: "yes", in: session, at: now, saying: Prompts.riskCorrectionYes)
    }

    /// The question of `previous`, the last snapshot, answered again with `answer`, and `note` said first.
    func answeredAgain(_ previous: Snapshot, with answer: String, in session: Session, at now: Moment, saying note: String) -> Turn {
        var restored = session
        restored.history.removeLast()
        restored.policyID = previous.policyID
        restored.intake = previous.intake
        restored.step = previous.step
        restored.misses = 0
        var turn = respond(to: .text(answer), in: restored, at: now)
        turn.replies.insert(Reply(note), at: 0)
        return turn
    }

    /// A yes typed as a correction at a later question with choices (the partnership, the child or adult, whom with), where no
    /// yes-or-no question has been asked since the one about risk: it can only be to that question, so it is taken there,
    /// the answers since kept (a chat review, round 22, F3: "sorry I meant yes" at the child-or-adult question met "Sorry, I
    /// didn't catch that", and the case went on as no risk). As at the next question, a no is never taken as lowering.
    func correctedRiskLater(_ said: Bool, in session: Session, at now: Moment) -> Turn? {
        guard said, [.choosePolicy, .subject, .counterpart].contains(session.step),
              session.intake.risk != .immediate,
              let asked = session.history.lastIndex(where: { [.immediateRisk, .riskAgain].contains($0.step) }),
              !session.history[(asked + 1)...].contains(where: { Self.correctableYesNo.contains($0.step) }),
              case .accepted(var next, let said) = riskAnswered(.immediate, in: session) else { return nil }
        next.history.append(session.snapshot)
        return advance(next, at: now, saying: [Reply(Prompts.riskCorrectionYes)] + said)
    }

    /// "urgent", "its urgent now", "immediate risk", "999", "change risk to yes" typed alone at a later question, before the
    /// route: someone is at immediate risk after all, so the urgent route is given now, the answers so far kept (a chat review,
    /// round 23, F4: each met "Sorry, I didn't catch that" and the question was asked again). Risk is only ever raised by it.
    func raisedToImmediate(in session: Session, at now: Moment) -> Turn? {
        guard ![.immediateRisk, .riskAgain, .urgentShown, .routed, .ended].contains(session.step), session.intake.risk != .immediate,
              case .accepted(var next, let said) = riskAnswered(.immediate, in: session) else { return nil }
        next.history.append(session.snapshot)
        return advance(next, at: now, saying: [Reply(Prompts.urgentTaken)] + said)
    }

    /// A short answer that says, and only says, that someone is at immediate risk: never with "not" or "non" before it.
    static func saysUrgent(_ text: String) -> Bool {
        // Every entry holds one of these: most answers hold none and are done here, as every answer asks (issue 17: reading
        // each answer character by character first was a fifth of a turn).
        guard text.utf8.count <= 60 else { return false }
        let normal = Answers.normalized(text)
        guard urgentKeys.contains(where: normal.containsText) else { return false }
        // Read on letters and digits alone, so "it's" is "its", as the short list spells it (the word reader drops "'s").
        let words = text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }.split(separator: " ").map(String.init)
        guard words.count <= 8, !words.contains(where: { ["not", "non", "no", "isnt", "wasnt"].contains($0) }) else { return false }
        return urgentAnswers.contains(words.joined(separator: " "))
    }

    static let urgentKeys = ["urgent", "immediate", "999", "emergency", "risk", "danger"]

    static let urgentAnswers: Set<String> = [
        "urgent", "its urgent", "it is urgent", "urgent now", "its urgent now", "it is urgent now", "actually its urgent",
        "actually it is urgent", "actually it is urgent now", "actually its urgent now", "this is urgent", "very urgent", "urgent risk",
        "immediate risk", "at immediate risk", "immediate risk now", "risk is immediate", "they are at immediate risk", "999",
        "emergency", "its an emergency", "it is an emergency", "change risk to yes", "risk is yes", "risk yes",
        "change risk to immediate", "change my risk answer to yes", "in danger", "in danger now", "she is in danger", "he is in danger",
        "they are in danger",
    ]

    /// The yes-or-no questions besides risk whose answer a correction typed at the next question changes, either way: nothing
    /// is lowered by it (a chat review, round 21, F10: "sorry I meant yes" after a no at the checklist met "Please type a
    /// number from 1 to 6" at the question which items are not done).
    static let correctableYesNo: Set<Step> = [.checklist, .confirmSpecialCase]

    /// The turn for a correction of the yes or no just given to one of `correctableYesNo`, if `text` is one: the question is
    /// answered again with it, and said. Not at a question about risk, where a yes is that question's (`correctedRisk`).
    func correctedYesNo(_ said: Bool, in session: Session, at now: Moment) -> Turn? {
        guard let previous = session.history.last, Self.correctableYesNo.contains(previous.step),
              session.step != previous.step, ![.immediateRisk, .riskAgain].contains(session.step) else { return nil }
        return answeredAgain(previous, with: said ? "yes" : "no", in: session, at: now, saying: Prompts.correctionTaken(said))
    }

    /// Past the risk question answered last: at another step, or at the significant-risk question that a no to "today" led to
    /// (a correction there is taken for the question about today, the higher risk).
    static func movedOn(from previous: Snapshot, to session: Session) -> Bool {
        session.step != previous.step || session.intake.askingAboutSignificant != previous.intake.askingAboutSignificant
    }

    /// "sorry I meant yes", "actually yes", "oops, no": true for a yes, false for a no, nil when the text is not a correction.
    static func riskCorrection(_ text: String) -> Bool? {
        guard text.utf8.count <= 48 else { return nil }
        let words = Answers.words(text)
        guard words.count >= 2, words.count <= 8, let last = words.last,
              words.dropLast().contains(where: correctionWords.contains) else { return nil }
        if Answers.yesWords.contains(last) { return true }
        if ["no", "not", "nope", "nah"].contains(last) { return false }
        return nil
    }

    static let correctionWords: Set<String> = ["meant", "mean", "actually", "sorry", "oops", "correction", "wait", "should", "typo", "mistake"]

    // MARK: After the route

    /// A correction typed after the route (a chat review, round 20, F8: "sorry I meant yes to the risk question", "wait, risk is
    /// yes", "change risk to yes", "actually it was yesterday" and "sorry I meant stage 1" all met "You have your route above").
    enum RouteCorrection: Equatable {
        /// The risk question answered again, plainly: `risk`.
        case risk(Risk)
        /// The risk question named with answers that disagree ("no wait yes, risk"): asked about, as any doubt about risk is.
        case riskUnclear
        /// Another answer corrected: the practitioner is told how to change it.
        case other
    }

    /// The answer to give a correction typed after the route, if `text` is one. A higher risk is taken, as at the question after
    /// the first ("Taking that as yes"), and its advice given; a risk is never lowered on words read as a correction; any other
    /// correction is told how to change the answer with 'back'.
    func routeCorrected(_ text: String, in session: Session, today: Day) -> Answer? {
        guard let correction = Self.routeCorrection(text) else { return nil }
        let current = session.intake.risk ?? .none
        switch correction {
        case .risk(let risk) where Self.rank(risk) > Self.rank(current):
            guard case .accepted(let next, let said) = riskAnswered(risk, in: session) else { return nil }
            return .accepted(next, [Reply(risk == .immediate ? Prompts.riskCorrectionYes : Prompts.riskCorrectionSignificant)] + said)
        case .risk(let risk) where risk == current: return .rejected(Prompts.riskAlready(risk.phrase))
        case .risk: return .rejected(Prompts.riskNotLoweredAfterRoute)
        case .riskUnclear where current == .immediate: return .rejected(Prompts.riskAlready(current.phrase))
        case .riskUnclear:
            var next = session
            next.intake.raiseRisk([PrivacyGuard.redact(text).reading])
            return .accepted(next, [])
        case .other:
            guard let day = Self.raisedCorrected(text, in: session, today: today) else { return .rejected(Prompts.correctionAfterRoute) }
            var next = session
            next.intake.raised = day
            return .accepted(next, [Reply(Prompts.raisedCorrected(day))])
        }
    }

    /// A correction that gives a day ("actually it was yesterday"), where the day it was first raised is the only date asked:
    /// that date, changed, as 'back' would have changed it, where "type 'back'" had been said (a chat review, round 21, F10).
    /// With the stage's start asked too, which date is meant is not known, and 'back' is said as before.
    static func raisedCorrected(_ text: String, in session: Session, today: Day) -> Day? {
        guard session.intake.raised != nil, session.intake.stageStarted == nil else { return nil }
        // The words of correction before the day ("actually it was", "sorry I meant") are dropped; the day is what is left.
        let words = Answers.words(text)
        guard let start = words.firstIndex(where: { !correctionLead.contains($0) }), start > 0,
              !words[start...].allSatisfy({ Int($0) != nil }),
              case .day(let day) = DateAnswer.read(words[start...].joined(separator: " "), today: today),
              day != session.intake.raised else { return nil }
        return day
    }

    static let correctionLead: Set<String> = ["actually", "sorry", "oops", "wait", "correction", "no", "i", "meant", "mean", "it", "was",
                                              "its", "it's", "raised", "first", "the", "date", "should", "be", "is", "typo"]

    static func rank(_ risk: Risk) -> Int { Risk.allCases.firstIndex(of: risk) ?? 0 }

    /// What a short line after the route corrects: the risk question, where it names risk and gives an answer to it; another
    /// answer, where it has a word of correction ("sorry", "meant", "actually", "change"); nil where it is neither.
    static func routeCorrection(_ text: String) -> RouteCorrection? {
        guard text.utf8.count <= 100 else { return nil }
        let words = Answers.words(text)
        guard words.count >= 2, words.count <= 14 else { return nil }
        if words.contains(where: { $0 == "risk" || $0 == "danger" }) {
            let readings = Set(words.compactMap { riskWords[$0] })
            if readings.count == 1, let risk = readings.first { return .risk(risk) }
            if readings.count > 1 { return .riskUnclear }
        }
        // "sorry I meant yes" names no question: after the route it may be the risk answer, so risk is asked about again, as
        // any doubt about risk is (a chat review, round 21, F3: it had been told how to use 'back', about ten times over).
        if riskCorrection(text) == true { return .riskUnclear }
        return words.contains(where: afterRouteCorrectionWords.contains) ? .other : nil
    }

    /// Words that answer the risk question, as a correction gives them: its yes, its numbers and its words.
    static let riskWords: [String: Risk] = [
        "yes": .immediate, "y": .immediate, "yeah": .immediate, "yep": .immediate, "yup": .immediate, "aye": .immediate, "1": .immediate,
        "immediate": .immediate, "2": .significant, "significant": .significant,
        "no": .none, "n": .none, "nope": .none, "nah": .none, "none": .none, "not": .none, "3": .none,
    ]

    /// Words that say an answer given is being corrected.
    static let afterRouteCorrectionWords: Set<String> = correctionWords.union(["change", "changed", "meant", "instead", "wrong", "misread",
                                                                               "misclicked", "mistyped", "actually", "sorry"])
}

