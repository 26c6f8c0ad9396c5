import EscalationRules

extension Conversation {
    enum Answer {
        case accepted(Session, [Reply])
        case rejected(String)
        /// Not taken, and asked again with the words given, the session keeping that it was asked (a date far back).
        case askedAgain(Session, String)
        /// Accepted, but the next question is a follow-up rather than the usual next step.
        case followUp(Session)
    }

    /// Reads an answer to the current step's question; `heard` is the text already classified, if it was.
    func answer(_ text: String, in session: Session, at now: Moment, heard: Classification? = nil) -> Answer {
        var next = session
        // Looked up only by the steps that need it: a policy is a large value to copy.
        var policy: Policy? { self.policy(of: session) }
        switch session.step {
        case .choosePolicy: return choosePolicy(text, in: next)
        case .immediateRisk: return riskAnswer(text, in: next)
        case .riskAgain: return riskAgainAnswer(text, in: next)
        case .subject:
            // A child and an adult both: one conversation follows one person's case (a chat review, round 17, 2026-12-01:
            // "both" met "Sorry, I didn't catch that").
            if Self.namesBoth(text) { return .rejected(Prompts.subjectBoth) }
            guard let subject = Self.subject(text) else { return .rejected(Prompts.number(upTo: 2)) }
            next.intake.subject = subject
            let byAge = Answers.number(text) == nil && Self.subjects.best(text) == nil
            return .accepted(next, byAge ? [Reply(Prompts.subjectByAge(subject))] : [])
        case .counterpart:
            if Answers.number(text) == nil, Self.namesOwnSafeguardingLead(text) { return .rejected(Prompts.counterpartOwnSafeguardingLead) }
            // "manager" alone may be the practitioner's or the other agency's, and the two routes differ, one of them often out of
            // scope: asked, not guessed (a chat review, round 23, F12: read as their own manager, then "the policy does not say").
            if Answers.number(text) == nil, Self.managerNotPlaced(text) { return .rejected(Prompts.counterpartWhichManager) }
            guard let counterpart = Self.counterpart(text) else { return .rejected(Prompts.number(upTo: Counterpart.allCases.count)) }
            next.intake.counterpart = counterpart
            // Read from words, the choice is said back, so a wrong reading is seen and undone with one word (a chat review,
            // round 15, 2026-11-30: "my manager thinks ..." went to the own-manager route with no word; round 16: so did
            // "my supervisor", to whistle-blowing).
            guard Answers.number(text) == nil else { return .accepted(next, []) }
            return .accepted(next, [Reply(Prompts.readAsUndo(counterpart.phrase(about: session.intake.subject)))])
        case .checklist: return checklist(text, in: next, policy: policy)
        case .checklistGaps: return checklistGaps(text, in: next, policy: policy)
        case .description: return describe(text, in: next, heard: heard)
        case .confirmType, .pickType: return chooseType(text, in: next)
        case .tried: return triedAnswer(text, in: next, policy: policy)
        case .raised: return raised(text, in: next, today: now.day)
        case .stageStarted: return stageStarted(text, in: next, today: now.day)
        case .confirmSpecialCase: return confirmSpecialCase(text, in: next)
        case .setting:
            guard let setting = Self.setting(text) else { return .rejected(Prompts.number(upTo: Setting.allCases.count)) }
            next.intake.setting = setting
            return .accepted(next, [])
        case .area:
            guard let policy, let area = area(text, in: policy) else { return .rejected(Prompts.number(upTo: policy?.areas.count ?? 0)) }
            next.intake.area = area
            return .accepted(next, [])
        case .urgentShown:
            // An area named beside an urgent route that lists every area's numbers gives that area's alone, at once (an
            // outside review, round 9, 2026-11-30: "halton" typed there was not understood). A bare number is not an area here.
            if let policy, session.intake.area == nil, policy.areas.count > 1, Answers.number(text) == nil, let area = area(text, in: policy) {
                next.intake.area = area
                return .accepted(next, [])
            }
            guard ["continue", "carry on", "go on", "next"].contains(Answers.normalized(text)) else {
                let areas = policy.map { session.intake.area == nil && $0.areas.count > 1 } == true ? "your area for its numbers alone, " : ""
                let when = session.intake.risk == .significant ? "once you have done what it says" : "when the child or adult is safe"
                return .rejected("Type \(areas)'continue' \(when), 'record', or 'quit'.")
            }
            next.intake.carriedOnAfterUrgent = true
            return .accepted(next, [])
        case .routed:
            // A number alone, with the list after the route not numbered on screen: what it would choose is said, and nothing
            // done (a chat review, round 23, F13: "2" had saved a calendar file from a list with no numbers).
            if let number = Answers.number(text) {
                let options = question(.routed, in: session, at: now).options
                guard options.indices.contains(number - 1) else { return .rejected(session.routeUndated ? Prompts.afterRouteRepromptNoDeadline : Prompts.afterRouteReprompt) }
                let option = options[number - 1]
                let what = Self.afterRouteChoices[option.key] ?? SpecialCase.Kind.allCases.first { $0.key == option.key }?.label.lowercased() ?? option.label
                return .rejected(Prompts.numberAfterRoute(number, option.key, what))
            }
            if Self.specialCase(text) == nil, let corrected = routeCorrected(text, in: session, today: now.day) { return corrected }
            // A situation the policies single out, named in a sentence ("what if my manager is off sick?"), is asked about with one
            // yes or no, as in a description; the route then gives what the policy says of it, or that it says nothing (a chat
            // review, round 23, F13: "You have your route above").
            let named = SpecialCaseCues.spotted(in: text).filter { !session.intake.specialCases.contains($0.kind) }
            if Self.specialCase(text) == nil, !named.isEmpty {
                next.intake.spotted = named
                return .accepted(next, [])
            }
            guard let kind = Self.specialCase(text), let router = router(of: session), router.specialCasesSpoken(facts(session, at: now)).contains(kind)
            else {
                // A partnership named in passing is asked about, never switched to on the word (a chat review, round 23, F6).
                if let offered = offerPolicy(text, in: session) { return .followUp(offered) }
                // Without a date, 'calendar' is not offered, here as in the question said again (a chat review, round 12).
                return .rejected(session.routeUndated ? Prompts.afterRouteRepromptNoDeadline : Prompts.afterRouteReprompt)
            }
            if !next.intake.specialCases.contains(kind) { next.intake.specialCases.append(kind) }
            return .accepted(next, [])
        case .ended: return .rejected(Prompts.ended)
        }
    }

    func choosePolicy(_ text: String, in session: Session) -> Answer {
        var next = session
        guard let id = Answers.number(text).flatMap({ library.policies.numbered($0)?.id }) ?? choices.policies.best(text),
              let policy = library.policy(id) else {
            // Someone at risk, and a partnership not found here: what to do does not wait for it (an outside
            // review, 2026-11-30, found "don't know" and "devon" met only with "didn't catch that").
            // A place no policy here covers is said to be one, with what to do, rather than not understood (a chat review,
            // round 18, 2026-12-01: "Bristol" and "Wirral" met "Sorry, I didn't catch that").
            let atRisk = session.intake.risk.map { $0 != .none } ?? false
            if let place = PlacesNotCovered.named(in: text) {
                return .rejected(Prompts.placeNotCovered(place, partnerships: library.policies.map(\.shortName), atRisk: atRisk))
            }
            guard atRisk else { return .rejected(partnershipNotRecognised) }
            return .rejected(Prompts.partnershipUnknownAtRisk(policies: library.policies.count) + " " + partnershipNotRecognised)
        }
        next.policyID = policy.id
        // "cheshire east" names the area as well as the policy, and so does a town in it: "Crewe" had given Pan-Cheshire, and
        // its area was asked again (a chat review, round 18, 2026-12-01). An area read from a town is said, to be undone.
        var replies = [Reply("Using the \(policy.shortName) policy: \(policy.name).")]
        if policy.areas.count > 1, let id = choices.areasByName[policy.id]?.best(text), let area = policy.area(id) {
            next.intake.area = id
            if Answers.normalized(text) != Answers.normalized(area.name), !Answers.normalized(text).contains(Answers.normalized(area.name)) {
                replies.append(Reply(Prompts.areaFromPlace(area.name)))
            }
        }
        return .accepted(next, replies)
    }

    /// Yes or no; the numbers of the choices, 1 for yes and 2 for no, where the question offers only those two and nothing
    /// else numbered is on screen, from the first answer; elsewhere once the choices have been listed as 1 and 2. The first
    /// question teaches numbers, and "1" to "Is anyone at risk of harm today?" had been refused three times before it was taken
    /// (a chat review, round 20, F3). A number never reads as yes beyond these: "3", no at the first question, is not an answer.
    func yesNo(_ text: String, in session: Session) -> Bool? {
        if let answer = Answers.yesNo(text) { return answer }
        guard let number = Answers.number(text),
              Self.yesNoByNumber.contains(session.step) || session.misses >= Self.missesBeforeNumbers else { return nil }
        return number == 1 ? true : number == 2 ? false : nil
    }

    /// The questions whose only choices are yes and no, with no numbered list beside them: the checklist's items are
    /// numbered, so there a number names an item.
    static let yesNoByNumber: Set<Step> = [.riskAgain, .confirmSpecialCase]

    /// A bare "2" to the question about significant risk: no by the question's own choices, but significant risk by the first
    /// question's, so it is asked about rather than taken as either (a chat review, round 20, F3).
    static func twoMeansEither(_ text: String, in session: Session) -> Bool {
        session.step == .riskAgain && session.intake.askingAboutSignificant && session.misses < missesBeforeNumbers && Answers.number(text) == 2
    }

    /// A bare "2" to "at risk of harm today?": no by the question's own choices, significant risk by the first question's;
    /// both say not today, so it is a no, and significant risk is asked next whatever the words (a chat review, round 21, F6).
    static func twoMeansNotToday(_ text: String, in session: Session) -> Bool {
        session.step == .riskAgain && !session.intake.askingAboutSignificant && !session.intake.askingAfterUrgent
            && session.misses < missesBeforeNumbers && Answers.number(text) == 2
    }

    /// A bare "1" to the question about significant risk: yes by the question's own choices, but risk today by the first
    /// question's (a chat review, round 21, F6).
    static func oneMeansEither(_ text: String, in session: Session) -> Bool {
        session.step == .riskAgain && session.intake.askingAboutSignificant && session.misses < missesBeforeNumbers && Answers.number(text) == 1
    }

    func describe(_ text: String, in session: Session, heard: Classification?) -> Answer {
        if session.intake.descriptionContinues, let before = session.intake.description {
            var next = session
            next.intake.descriptionContinues = false
            if Self.endsDescription(text) {
                let check = Self.checkCounterpart(before, in: &next, policy: policy(of: session))
                return .accepted(next, check)
            }
            // The whole is read again: its type and signs may lie across the pieces.
            let whole = String((before + " " + text).prefix(Self.maximumInput))
            return describe(whole, in: next, heard: nil)
        }
        // "yep" or "0" is an answer to the question before, not a description to keep (review, 2026-11-30); so is a date
        // alone ("24/12", "1 March", "today"), which after `back` had replaced the description (a chat review, round 14).
        if Self.isBareAnswer(text) || Self.isDateAlone(text, today: session.started.day) { return .rejected(Prompts.describeInWords) }
        var next = session
        let guarded = PrivacyGuard.redact(text)
        if guarded.removed, Self.words(in: guarded.text.replacingOccurrences(of: PrivacyGuard.placeholder, with: " ")) < 2 {
            return .rejected(Prompts.describeWithoutDetails)
        }
        // Read as the record will keep it, with identifying details removed; `heard` was read so already.
        let read = heard ?? Classifier.standard.classify(guarded.reading)
        next.intake.description = guarded.text
        next.intake.redacted = guarded.removed
        // A type guessed from words the classifier cannot read would be a guess: the full list is shown instead.
        next.intake.typeShortlist = OtherLanguage.isWelsh(guarded.reading)
            ? [] : Self.shortlist(read.shortlist, readingRefusedReferralIn: guarded.text, policy: policy(of: session))
        next.intake.urgency = read.urgency
        // Asked about only where the answer can change the route (a chat review, round 20: Shropshire asked whether the line
        // manager is the DSL, then said its policy does not say what to do then).
        next.intake.spotted = SpecialCaseCues.spotted(in: guarded.text).filter { SpecialCaseCues.changesRoute($0.kind, under: policy(of: session)) }
        let notes = guarded.removed ? [Reply(Prompts.privacyNote)] : []
        guard Self.stopsMidSentence(text) else {
            let check = Self.checkCounterpart(guarded.text, in: &next, policy: policy(of: session))
            return .accepted(next, notes + check)
        }
        next.intake.descriptionContinues = true
        return .accepted(next, notes)
    }

    /// A description that says the disagreement is with someone other than the one chosen: the choice is undone, so it is
    /// asked again, and why is said.
    /// So too one person's conduct, where the policy takes it apart from its stages: whether it is is asked.
    static func checkCounterpart(_ description: String, in session: inout Session, policy: Policy?) -> [Reply] {
        guard let answered = session.intake.counterpart else { return [] }
        let subject = session.intake.subject
        if let (_, quote) = counterpartContradicted(by: description, answered: answered) {
            session.intake.counterpart = nil
            return [Reply(Prompts.counterpartContradicted(quote, answered: answered.phrase(about: subject)))]
        }
        guard let policy, let quote = conductDescribed(in: description, answered: answered, policy: policy, subject: subject) else { return [] }
        session.intake.counterpart = nil
        let number = (Counterpart.allCases.firstIndex(of: answered) ?? 0) + 1
        let conduct = (Counterpart.allCases.firstIndex(of: .individualConduct) ?? 0) + 1
        return [Reply(Prompts.conductAsked(quote, conduct: conduct, answered: answered.disagreement(about: subject), number: number, policy: policy.shortName))]
    }

    /// Words a description pasted in pieces stops on before its next piece: a joining word, or a comma.
    static func stopsMidSentence(_ text: String) -> Bool {
        let trimmed = text.reversed().drop { $0 == " " }
        guard let last = trimmed.first, !".!?)".contains(last) else { return false }
        if ",:;-–&+".contains(last) { return true }
        let word = String(trimmed.prefix { $0.isLetter }.reversed()).lowercased()
        return joiningWords.contains(word)
    }

    static let joiningWords: Set<String> = ["and", "but", "because", "cos", "coz", "cause", "so", "as", "or", "that", "which", "who",
                                            "when", "while", "whilst", "with", "the", "a", "to", "of", "for", "after", "before",
                                            "then", "also", "plus", "since", "if", "although", "though", "despite", "until"]

    /// "done", "that's all": nothing more to add to a description stopped mid-sentence.
    static func endsDescription(_ text: String) -> Bool {
        ["done", "that s all", "thats all", "that is all", "nothing else", "nothing more", "finished", "no", "no more", "that s it",
         "thats it", "that is it"].contains(Answers.normalized(text))
    }

    /// A type confirmed, chosen by number from the list shown, named, or skipped.
    func chooseType(_ text: String, in session: Session) -> Answer {
        var next = session
        let answer = Answers.normalized(text)
        let confirming = session.step == .confirmType && session.intake.typeShortlist.count == 1
        // One type proposed offers yes, another kind and skip: their numbers are theirs, from the first answer (round 20, F3).
        if confirming, let number = Answers.number(text), let key = [1: "yes", 2: "other", 3: "skip"][number] {
            return chooseType(key, in: session)
        }
        if ["skip", "skip it", "not sure", "dont know", "do not know", "pass"].contains(answer) {
            next.intake.typeSkipped = true
            return .accepted(next, [])
        }
        // "no, it's about drift really": the type named after the no is the answer (a chat review, round 16, 2026-12-01: the
        // full list was shown instead).
        if confirming, let (first, rest) = Self.leadingAnswer(text), Answers.yesNo(first) == false,
           DateAnswer.read(rest, today: session.started.day) == .unreadable, let named = Self.typeNamed(rest) {
            next.intake.type = named
            return .accepted(next, [Reply("Taken as: \(named.phrase).")])
        }
        if ["other", "others", "another", "something else", "none of these", "full list", "list"].contains(answer) || (confirming && Answers.yesNo(text) == false) {
            next.step = .pickType
            return .followUp(next)
        }
        if confirming, Answers.yesNo(text) == true, let suggested = session.intake.typeShortlist.first {
            next.intake.type = suggested
            return .accepted(next, [])
        }
        // "yes" to two or three likeliest: the first, the likeliest, said so it can be changed (a chat review, round 22, F8: it
        // was refused again and again, where one type proposed takes a yes).
        if session.step == .confirmType, !confirming, Answers.yesNo(text) == true, let likeliest = session.intake.typeShortlist.first {
            next.intake.type = likeliest
            return .accepted(next, [Reply(Prompts.readAsUndo(likeliest.phrase))])
        }
        // "yes" at the full list, reached by 'other' or a no from a type proposed: the one proposed first, said so (a chat review,
        // round 23, F13: it was refused again and again). With nothing proposed, what a yes cannot do is said.
        if session.step == .pickType, Answers.yesNo(text) == true {
            guard let likeliest = session.intake.typeShortlist.first else { return .rejected(Prompts.pickTypeNothingProposed) }
            next.intake.type = likeliest
            return .accepted(next, [Reply(Prompts.typeProposedTaken(likeliest.phrase))])
        }
        // Numbers count in the list on screen: the shortlist, or all nine. One type proposed shows no list, so a number there
        // is no choice: "2" had recorded roles and responsibilities from the list behind 'other' (a chat review, round 15).
        let listed = session.step != .confirmType ? DisagreementType.allCases : confirming ? [] : session.intake.typeShortlist
        if let chosen = Answers.number(text).flatMap(listed.numbered) {
            next.intake.type = chosen
            return .accepted(next, [])
        }
        // A date typed here answers a later question, not this one: "2 weeks ago" had been read as drift (a chat review, round 13).
        guard DateAnswer.read(text, today: session.started.day) == .unreadable, let named = Self.typeNamed(text) else { return .rejected(confirming ? Prompts.typeNotConfirmed : Prompts.typeNotRecognised) }
        next.intake.type = named
        return .accepted(next, [Reply("Taken as: \(named.phrase).")])
    }

    /// A type named in a few words of the practitioner's own ("it's more about info sharing").
    static func typeNamed(_ text: String) -> DisagreementType? {
        if let type = types.best(text) { return type }
        let read = Classifier.standard.classify(text)
        return read.confidence >= 0.5 ? read.type : nil
    }

    func raised(_ text: String, in session: Session, today: Day) -> Answer {
        dateAnswer(text, in: session, today: today) { next, day in next.intake.raised = day }
    }

    /// An answer to a question asking for a day: `keep` keeps the day read. A day far back, which may be a date of birth, is
    /// asked about once and kept only when typed again after it: the day itself is never kept meanwhile, nor said back, as the
    /// session and the reply sent may be saved (a chat review, round 20, F4).
    func dateAnswer(_ text: String, in session: Session, today: Day, keep: (inout Session, Day) -> Void) -> Answer {
        var next = session
        next.intake.dateAskedAgain = false
        next.intake.dateOffered = nil
        if let offered = session.intake.dateOffered, Answers.yesNo(text) == true {
            keep(&next, offered)
            return .accepted(next, [Reply(Prompts.dateTaken(offered))])
        }
        let reading = DateAnswer.answer(text, today: today)
        if reading == .unreadable, let day = DateAnswer.agoMeant(text, today: today) {
            next.intake.dateOffered = day
            return .askedAgain(next, Prompts.dateAgoMeant(Answers.normalized(text), day))
        }
        switch reading {
        case .day(let day):
            keep(&next, day)
            return .accepted(next, Self.dateSaid(text, day, today: today))
        case .farBack(let day) where session.intake.dateAskedAgain:
            keep(&next, day)
            return .accepted(next, [Reply(Prompts.dateTaken(day))])
        case .farBack(let day):
            next.intake.dateAskedAgain = true
            return .askedAgain(next, Prompts.dateFarBack(DateAnswer.timeAgo(day, today: today), step: session.step))
        case .longAgo(let day):
            next.intake.dateAskedAgain = true
            return .askedAgain(next, Prompts.dateLongAgo(day))
        case .future(let day): return .rejected(Prompts.dateInFuture(day.spoken))
        case .unreadable:
            let yes = session.intake.dateAskedAgain && Answers.yesNo(text) == true
            return .rejected(yes ? Prompts.dateAgainToKeep : Prompts.dateUnreadable)
        }
    }

    /// The day read, said back where the practitioner may not have meant it.
    static func dateSaid(_ text: String, _ day: Day, today: Day) -> [Reply] {
        if DateAnswer.isWeekOnly(text) { return [Reply(Prompts.weekTaken(day))] }
        return DateAnswer.needsSaying(text, day, today: today) ? [Reply(Prompts.dateTaken(day))] : []
    }

    func stageStarted(_ text: String, in session: Session, today: Day) -> Answer {
        if let raised = session.intake.raised, let day = DateAnswer.answer(text, today: today).pastDay, day < raised {
            return .rejected(Prompts.beforeRaised(raised.spoken))
        }
        return dateAnswer(text, in: session, today: today) { next, day in next.intake.stageStarted = day }
    }

    func confirmSpecialCase(_ text: String, in session: Session) -> Answer {
        guard let spotted = session.intake.spotted.first else { return .accepted(session, []) }
        guard let yes = yesNo(text, in: session) else { return .rejected(Prompts.yesOrNo) }
        var next = session
        next.intake.spotted.removeFirst()
        if yes {
            if !next.intake.specialCases.contains(spotted.kind) { next.intake.specialCases.append(spotted.kind) }
        } else {
            next.intake.specialCasesDeclined.append(spotted.kind)
        }
        return .accepted(next, [])
    }
}
