import EscalationRules

/// The answers to the pre-escalation checklist: all done, the items not done named, or a yes that sets some apart.
extension Conversation {
    func checklist(_ text: String, in session: Session, policy: Policy?) -> Answer {
        // Items named as not done are the gaps, whatever word comes first: "yes but not 3", "yes apart from 2", "no, 3" (a chat
        // review, round 12, 2026-11-30: "yes but not 3" was a yes, and the record said "all done").
        if let policy, let numbers = Answers.checklistByItem(text, items: policy.checklist.count) {
            return checklistAnswered(gaps: numbers.compactMap(policy.checklist.numbered), in: session, policy: policy)
        }
        let answer = yesNo(text, in: session)
        // "all except 2" here is a yes to all but item 2: item 2 is the gap (at the question which are not done, the reverse).
        if !Answers.itemNumbers(text).isEmpty, answer == false || Self.namesExceptions(text) {
            return gapsNamed(text, in: session, policy: policy)
        }
        // A bare item number is an item, not an answer: said, rather than "didn't catch that" (a chat review, round 21, F6).
        guard let yes = answer else { return .rejected(Answers.number(text) != nil ? Prompts.checklistNumber : Prompts.yesOrNo) }
        var next = session
        // A yes that sets something apart with no number ("yes but I haven't spoken to my supervisor yet") is asked which
        // items are not done, rather than kept as "all done" (a chat review, round 13, 2026-11-30).
        if yes, !Self.namesExceptions(text) {
            next.intake.checklistAnswered = true
            return .accepted(next, [])
        }
        next.step = .checklistGaps
        next.intake.checklistNotAllDone = true
        return .followUp(next)
    }

    /// The words with a letter in them: "born [removed]" has one.
    static func words(in text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }.count
    }

    /// Words that set items apart from a yes: "but not", "except", "apart from".
    static func namesExceptions(_ text: String) -> Bool {
        let words = " \(Answers.normalized(text)) "
        return [" not ", " except ", " apart from ", " but ", " besides ", " other than ", " bar ", " excluding ", " without ", " missing ",
                " havent ", " haven t ", " have not ", " hasnt ", " hasn t ", " not yet "]
            .contains { words.utf8.contains($0.utf8) }
    }

    /// The answer to which items are not done yet. "all except 2" there is every item but 2: it had been read as 2 alone, the
    /// opposite (a chat review, round 20, F13); the same shape naming no item on the list is asked again.
    func checklistGaps(_ text: String, in session: Session, policy: Policy?) -> Answer {
        guard let policy else { return .rejected(Prompts.checklistGaps) }
        if let others = Answers.allExcept(text, items: policy.checklist.count) {
            guard !others.isEmpty else { return .rejected(Prompts.number(upTo: policy.checklist.count, orWords: false)) }
            return checklistAnswered(gaps: others.compactMap(policy.checklist.numbered), in: session, policy: policy)
        }
        return gapsNamed(text, in: session, policy: policy)
    }

    /// The items named by number (or "all") as not done yet.
    func gapsNamed(_ text: String, in session: Session, policy: Policy?) -> Answer {
        guard let policy else { return .rejected(Prompts.checklistGaps) }
        let items = policy.checklist
        var gaps = Answers.itemNumbers(text).compactMap(items.numbered)
        if ["all", "all of them", "none of them", "any"].contains(Answers.normalized(text)) { gaps = items }
        guard !gaps.isEmpty else { return .rejected(Prompts.number(upTo: items.count, orWords: false)) }
        return checklistAnswered(gaps: gaps, in: session, policy: policy)
    }

    /// The checklist answered, with the items not done yet (none: all done).
    func checklistAnswered(gaps: [ChecklistItem], in session: Session, policy: Policy) -> Answer {
        var next = session
        next.intake.checklistAnswered = true
        guard !gaps.isEmpty else { return .accepted(next, []) }
        next.intake.checklistGaps = gaps.map(\.id)
        next.why = gaps.map { "\"\($0.quote.withoutSourceMarkup)\" (\(policy.source.file))" }
        let steps = gaps.map { "- \($0.ifNot)" }
        // At immediate risk "do them first" would put supervision and evidence before the urgent steps (a chat review, round
        // 22, F4: after the Isle of Man's urgent route, whose process "must be urgently expedited").
        // Only where the policy's words put an item before escalating is it "first"; the rest go alongside (a chat review, round
        // 23, F7: Shropshire's, Pan-Cheshire's and the Isle of Man's were said to come first, even at significant risk).
        let said = session.intake.risk == .immediate ? Prompts.checklistAlongside
            : policy.checklist.contains(where: \.comesFirst) ? Prompts.checklistGoOn : Prompts.checklistWhileEscalating
        return .accepted(next, [Reply(steps + [said])])
    }
}
