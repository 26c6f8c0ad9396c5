import EscalationRules

/// A correction of the risk answer typed at the question after it: "sorry I meant yes" at the partnership question had met
/// "Please type a number from 1 to 5" (a chat review, round 19, 2026-12-02), and a hurried practitioner may not know 'back'.
extension Conversation {
    /// The turn for a correction of the answer just given to a question about risk, if `text` is one and that is where the
    /// conversation just was. A yes is taken as a yes to that question, which can only raise the risk; a no is never taken,
    /// as a risk is not lowered on words read as a correction: the practitioner is told to type 'back' and answer it again.
    func correctedRisk(_ text: String, in session: Session, at now: Moment) -> Turn? {
        guard let said = Self.riskCorrection(text), let previous = session.history.last,
              [.immediateRisk, .riskAgain].contains(previous.step), Self.movedOn(from: previous, to: session) else { return nil }
        guard said else { return replying(session, Reply(Prompts.riskCorrectionNo), at: now) }
        var restored = session
        restored.history.removeLast()
        restored.policyID = previous.policyID
        restored.intake = previous.intake
        restored.step = previous.step
        restored.misses = 0
        var turn = respond(to: .text("yes"), in: restored, at: now)
        turn.replies.insert(Reply(Prompts.riskCorrectionYes), at: 0)
        return turn
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
}
