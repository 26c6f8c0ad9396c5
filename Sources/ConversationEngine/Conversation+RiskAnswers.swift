import EscalationRules

/// The answers to the questions about risk: the first question, and the question asked again about words the practitioner
/// typed or after the urgent advice.
extension Conversation {
    /// An answer to the risk question asked again: about words the practitioner typed, or, after the urgent advice and a
    /// lower answer, whether anyone is still at immediate risk.
    func riskAgainAnswer(_ text: String, in session: Session) -> Answer {
        // Doubt is the hesitation the question is for, so it is read before yes or no ("no idea" and "no?" are not
        // a no) and gets the first question's advice (chat reviews, 2026-11-30).
        // "Not today" answers "at risk of harm today?": a no here, where at the first question it says too little.
        let unclear = Self.unclearRisk(text)
        if unclear == .unsure {
            return .rejected(session.intake.askingAboutSignificant ? Prompts.significantAgainUnsure : Prompts.riskAgainUnsure)
        }
        // "Not now, but tonight" answers "at risk of harm today?" yes; a time later today with only a no is asked about.
        let later = Self.laterToday(text)
        let aboutSignificant = session.intake.askingAboutSignificant
        if let later, !later.affirmed, !aboutSignificant { return .rejected(Prompts.laterTodayAskedAgain(later.words)) }
        if Self.twoMeansEither(text, in: session) { return .rejected(Prompts.significantTwo) }
        // "yes, tonight" to "at significant risk, though not today?" says the harm comes today: the yes is to risk today
        // (a chat review, round 19: it was taken as significant risk only).
        // A bare "1" there: yes to significant risk by this question's choices, but risk today by the first question's, so the
        // higher is taken, and said (a chat review, round 21, F6: it had been taken as significant risk unasked).
        let oneAsToday = Self.oneMeansEither(text, in: session)
        let todayAfterAll = aboutSignificant && (later?.affirmed == true || oneAsToday)
        guard let yes = (later != nil && !aboutSignificant) || todayAfterAll || Self.namesSomeoneElseAtRisk(text)
                ? true : yesNo(text, in: session) ?? (unclear == nil ? nil : false) else {
            return .rejected(Prompts.yesOrNo)
        }
        var next = session
        // The question asked once a lower answer follows the urgent advice is answered as the immediate one is.
        let confirmingLower = session.intake.askingAfterUrgent
        next.intake.askingAfterUrgent = false
        let asked: Risk = aboutSignificant && !todayAfterAll ? .significant : .immediate
        next.intake.risk = yes ? asked : (session.intake.risk ?? .none)
        if yes { next.intake.carriedOnAfterUrgent = false }
        next.intake.askingAboutSignificant = false
        if !confirmingLower { next.intake.answeredAgain(yes ? asked : .none) }
        if yes, asked == .immediate, !confirmingLower { next.urgentYes(about: personAsked(session.intake), quote: session.intake.pendingCues.first) }
        if !yes, confirmingLower {
            next.loweringChecked = true
            next.urgentLowered = true
        }
        // Lowered after the urgent advice: whether anyone is still at immediate risk is asked once, not at every later no.
        if !yes, asked == .immediate, session.urgentGiven != nil, !confirmingLower, !session.loweringChecked {
            next.intake.askingAfterUrgent = true
            return .accepted(next, [])
        }
        // Not at risk today, but the harm named may still be significant: asked next, about the same words.
        let twoAsNotToday = Self.twoMeansNotToday(text, in: session)
        if !yes, asked == .immediate, session.intake.significantAfterNo || twoAsNotToday, next.intake.risk == Risk.none {
            next.intake.askingAboutSignificant = true
            next.intake.significantAfterNo = false
            return .accepted(next, twoAsNotToday ? [Reply(Prompts.twoAsNotToday)] : [])
        }
        next.intake.pendingCues = []
        next.intake.significantAfterNo = false
        // As after a yes to the first question: before any partnership is chosen, 999 first.
        let said = (oneAsToday ? [Reply(Prompts.significantOneTaken)] : []) + (yes && asked == .immediate && session.policyID == nil ? [Reply(Prompts.call999)] : [])
        return .accepted(next, said)
    }

    /// The first question's three answers: immediate risk now, significant risk but not immediate, or none.
    /// A yes before any partnership is chosen is told to call 999 at once.
    func riskAnswer(_ text: String, in session: Session) -> Answer {
        let unclear = Self.unclearRisk(text)
        if unclear == .unsure { return .rejected(RiskDoubt.unsure.prompt) }
        // Asked next about significant risk (after a plain no), a yes is to that question.
        let yesMeans: Risk = session.intake.askingAboutSignificant ? .significant : .immediate
        let read = { (text: String) in Self.risk(text) ?? self.yesNo(text, in: session).map({ $0 ? yesMeans : Risk.none }) }
        // "3, dad hits her" is a 3 with words after it, read for risk apart (`riskAnswerSplit`); "3, ongoing neglect" is a 3 too,
        // however few the words after it (a chat review, round 15: it was refused).
        let typed = read(text) ?? Self.leadingAnswer(text).flatMap({ read($0.answer) })
        // Harm later today is risk today, read before "not right now" is taken for not immediate, or a no for no risk (a
        // chat review, round 19, S2).
        // A no with a time later today is taken, and asked about again in its own words (`laterTodayAsked`); a time with
        // nothing else clear is asked about here.
        if typed != .immediate || unclear != nil, let later = Self.laterToday(text) {
            if later.affirmed { return riskAnswered(.immediate, in: session, saying: [Reply(Prompts.laterTodayTaken(later.words))]) }
            if typed == nil || unclear != nil { return .rejected(Prompts.laterTodayAsked(later.words)) }
        }
        // "Not immediate but sig risk" answers the question it would be asked next: significant risk (chat review 22, F2).
        if unclear == .notImmediate, typed == .significant { return riskAnswered(.significant, in: session, saying: []) }
        // A plain no, or "not immediate", answers only the question asked, about immediate risk: whether anyone is at
        // significant risk is asked next, as the list's 3 would say no risk at all unasked (a chat review, round 23, F1: a
        // bare "no" was kept as no risk, and Pan-Cheshire's front door at significant risk was never given).
        // Only a no with nothing after it: words after one are read for risk apart, and asked about in their own words.
        // "No, but it's serious" is a no with a doubt after it: asked about significant risk as a plain no is (a chat review,
        // round 24, F4: it was kept as no risk).
        let plainNo = Self.risk(text) == nil && (Answers.noWords.contains(Answers.normalized(text)) || Self.noButUnsaid(text))
        // Words of risk in a bridge's opening message are asked about next, today and then significant risk, in their own words.
        if unclear == .notImmediate || plainNo, !session.intake.askingAboutSignificant, session.intake.pendingCues.isEmpty {
            var next = session
            next.intake.askingAboutSignificant = true
            return .accepted(next, [])
        }
        if let unclear { return .rejected(unclear.prompt) }
        // "no, significant policy issues" had been taken as significant risk: a no with "significant" said of something
        // else is asked about, as a false alarm costs one question (a chat review, round 18, Po3).
        if Self.noWithSignificantElsewhere(text) { return .rejected(Prompts.riskNotImmediate) }
        guard let risk = typed else { return .rejected(Prompts.riskChoices) }
        // "no, 2" had been taken as no and "2 no" as significant risk: a yes or no and a number of the list that disagree
        // are taken at the higher risk, and said, never the lower (a chat review, round 21, F1).
        if let (number, listed, said) = Self.listNumberBesideWord(text), listed != said {
            let higher = [listed, said, risk].max { Self.rank($0) < Self.rank($1) } ?? risk
            return riskAnswered(higher, in: session, saying: [Reply(Prompts.riskWordAndNumber(number, higher))])
        }
        return riskAnswered(risk, in: session)
    }

    /// The one number of the first question's list (1 to 3) in a short answer that also holds a yes or a no: the number,
    /// its risk on the list, and the risk the word says (yes: immediate; no: none).
    static func listNumberBesideWord(_ text: String) -> (number: Int, listed: Risk, said: Risk)? {
        let words = Answers.words(text)
        let numbers = words.compactMap { Int($0) }.filter { (1...3).contains($0) }
        guard numbers.count == 1, let number = numbers.first, words.count <= 4 else { return nil }
        let yes = words.contains(where: Answers.yesWords.contains), no = words.contains(where: Answers.noWords.contains)
        guard yes != no else { return nil }
        guard let listed = listedRisk(number) else { return nil }
        return (number, listed, yes ? .immediate : Risk.none)
    }

    /// The first question answered with `risk`.
    func riskAnswered(_ risk: Risk, in session: Session, saying said: [Reply] = []) -> Answer {
        var next = session
        next.intake.risk = risk
        next.intake.askingAboutSignificant = false
        next.intake.carriedOnAfterUrgent = false
        if next.firstRisk == nil { next.firstRisk = risk }
        if risk == .immediate { next.urgentYes(about: nil, quote: nil) }
        // Lowered after the urgent advice was given in this case: asked about once before it is taken.
        next.intake.askingAfterUrgent = risk != .immediate && session.urgentGiven != nil && !session.loweringChecked
        // A sign in a bridge's opening message is not asked about once someone is said to be at immediate risk, nor kept as
        // asked: the record had said "'a 5yo is home alone': answered no" after a yes (a chat review, round 15, 2026-11-30).
        if risk == .immediate {
            let unasked = session.intake.pendingCues
            next.intake.riskQuoted.removeAll { unasked.contains($0) }
            next.intake.cuesAsked.removeAll { unasked.contains($0) }
            next.intake.riskAnswers = Array(next.intake.riskAnswers.prefix(next.intake.riskQuoted.count))
            next.intake.pendingCues = []
        }
        return .accepted(next, said + (risk == .immediate && session.policyID == nil ? [Reply(Prompts.call999)] : []))
    }
}
