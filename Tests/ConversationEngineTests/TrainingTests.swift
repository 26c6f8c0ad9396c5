import Testing
@testable import ConversationEngine
import EscalationRules

/// A bundled practice case, by its id, for test names.
struct PracticeCase: CustomStringConvertible, Sendable {
    var policy: String
    var id: String
    var description: String { id }

    static let all: [PracticeCase] = PolicyLibrary.bundledIDs.flatMap { policy in
        PolicyLibrary.bundled.scenarios(for: policy).map { PracticeCase(policy: policy, id: $0.id) }
    }

    /// The case as a round plays it, at `now` (a round's clock, which a case with its own ignores).
    func practice(at now: Moment = Moment(iso: "2026-11-30T15:33")!) -> Practice {
        let library = PolicyLibrary.bundled
        let policy = library.policy(self.policy)!
        let scenario = library.scenarios(for: self.policy).first { $0.id == id }!
        return Practice(router: Router(policy: policy, calendar: library.calendar(for: policy)), scenario: scenario, number: 0, now: now)
    }

    static func named(_ id: String) -> PracticeCase {
        all.first { $0.id == id }!
    }
}

extension PracticeQuestion {
    var acceptedChoices: [String] { accepted.map { choices[$0] } }
}

/// What a practice round marks right, and why: every answer the policy's words allow, explained with the words that
/// decide it (an outside trainer's review, round 9).
@Suite("Practice rounds")
struct TrainingTests {
    @Test("no question lists one answer twice, in any case, and each right answer is listed", arguments: PracticeCase.all)
    func eachAnswerListedOnce(_ practiceCase: PracticeCase) {
        let practice = practiceCase.practice()
        for kind in practice.questions {
            let question = practice.question(kind)
            let keys = question.choices.map { $0.lowercased() }
            #expect(Set(keys).count == keys.count, "\(kind): \(question.choices)")
            #expect(!question.accepted.isEmpty && question.accepted.allSatisfy(question.choices.indices.contains))
            #expect(question.accepted.contains(question.answer))
        }
    }

    @Test("an answer the same as the right one but for case is the right one, listed once") func caseInsensitive() {
        let question = PracticeCase.named("isle-of-man-7").practice().contactQuestion
        #expect(question.choices.filter { $0.lowercased() == "the complaint or grievance process" }.count == 1)
        #expect(question.acceptedChoices == ["The complaint or grievance process"])
        // A trainer's file may word an answer in any case: compared without it, whatever the bundled policies hold.
        #expect(Practice.unique(["the complaint process", "The Complaint  process.", "another"]) == ["the complaint process", "another"])
        let conference = PracticeCase.named("isle-of-man-8").practice().contactQuestion
        #expect(conference.acceptedChoices == ["The complaint process in the Child Protection Conference Procedure"])
    }

    @Test("the Isle of Man's manager-first route for poor practice is right beside the Whistle-blowing policy") func managerFirstAccepted() throws {
        // The bundled case is about poor practice in your own team, the words' own case (an outside trainer's review, round 23,
        // F19); a disagreement with your own manager, which the policy comes nearest to there, is a trainer's case.
        let story = #"{"format": 1, "policy": "isle-of-man", "scenarios": [{"id": "m", "title": "M", "story": "Your manager will not listen.", "facts": {"with": "own-manager", "now": "2026-11-23T10:00", "subject": "child"}, "expected": {"outcome": "out-of-scope"}}]}"#
        let set = try #require(PolicyLibrary.bundled.readScenarios(Array(story.utf8), file: "m.json").set)
        let policy = PolicyLibrary.bundled.policy("isle-of-man")!
        let question = Practice(router: Router(policy: policy, calendar: PolicyLibrary.bundled.calendar(for: policy)), scenario: set.scenarios[0],
                                number: 0, now: Moment(iso: "2026-11-23T10:00")!).contactQuestion
        #expect(Set(question.acceptedChoices) == ["The Whistle-blowing policy", "Your manager first, then the Whistle-blowing policy"])
        #expect(question.quotes.contains { $0.contains("initially dealt with by them making their complaint known to their manager") })
        let own = PracticeCase.named("isle-of-man-6").practice()
        #expect(own.contactQuestion.acceptedChoices == ["Your manager first, then the Whistle-blowing policy"])
        #expect(own.stageQuestion.explanation.first?.hasPrefix("The Isle of Man policy says: make concerns about poor practice within your own organisation known to your manager first") == true)
    }

    // MARK: Dates

    @Test("every bundled case has a clock of its own, so its dates are the story's", arguments: PracticeCase.all)
    func ownClock(_ practiceCase: PracticeCase) {
        let scenario = practiceCase.practice().scenario
        #expect(scenario.fixedNow)
        #expect(practiceCase.practice(at: Moment(iso: "2026-12-24T16:45")!).facts.now == scenario.facts.now)
    }

    @Test("every date a marked deadline is counted from is in the story", arguments: PracticeCase.all)
    func datesInStory(_ practiceCase: PracticeCase) {
        let practice = practiceCase.practice()
        let counted = [practice.route.deadlineBasis, practice.route.otherReading?.basis].compactMap { $0 }.joined(separator: " ")
        for day in [practice.facts.raised, practice.facts.stageStarted].compactMap({ $0 }) where counted.contains(day.spoken) {
            let said = practice.scenario.story.contains(day.spoken.replacingOccurrences(of: " \(day.year)", with: ""))
            let today = day == practice.facts.now.day && ["this morning", "today", "this afternoon"].contains { practice.scenario.story.contains($0) }
            #expect(said || today, "\(day.spoken) is not in the story")
        }
    }

    @Test("a marked date already passed is said to have passed, with what to do") func passedDateSaid() throws {
        let story = #"{"format": 1, "policy": "torbay", "scenarios": [{"id": "late", "title": "Late", "story": "You raised it on Monday 2 November.", "facts": {"tried": 0, "raised": "2026-11-02", "now": "2026-11-23T10:00", "subject": "child"}, "expected": {"outcome": "stage", "position": 1}}]}"#
        let set = try #require(PolicyLibrary.bundled.readScenarios(Array(story.utf8), file: "late.json").set)
        let library = PolicyLibrary.bundled
        let policy = library.policy("torbay")!
        let practice = Practice(router: Router(policy: policy, calendar: library.calendar(for: policy)), scenario: set.scenarios[0], number: 0,
                                now: Moment(iso: "2026-11-23T10:00")!)
        let question = practice.deadlineQuestion
        #expect(question.choices[question.answer] == "By Monday 9 November 2026")
        #expect(question.choices.count == 5, "the dates around it, to tell it from: \(question.choices)")
        #expect(question.explanation.contains { $0.contains("ran out on Monday 9 November 2026: if it is still unresolved, escalate without waiting (not from the policy)") })
    }

    @Test("where the live route gives a date to work to, training accepts it and gives it as the answer", arguments: [
        // Torbay's two weeks as 14 days end on New Year's Day: that date is worked to, a day off said as one, not the working
        // day before it, which no reading gives (an outside routing review, round 17, 2026-12-01).
        ("torbay-4", "By Friday 1 January 2027", "By Wednesday 6 January 2027"),
        ("pan-cheshire-2", "By Tuesday 24 November 2026", "By Friday 27 November 2026"),
        // Step 2's "Day 8-13" counted as calendar days is a reading the words argue against, never worked to: the working-day
        // count and the length from Step 1's end are right on their readings.
        ("pan-cheshire-3", "By Monday 30 November 2026", "By Wednesday 2 December 2026"),
        ("isle-of-man-2", "By Monday 8 June 2026", "By Tuesday 9 June 2026"),
    ])
    func workToAccepted(_ id: String, _ workTo: String, _ other: String) {
        let question = PracticeCase.named(id).practice().deadlineQuestion
        #expect(question.choices[question.answer] == workTo)
        #expect(Set(question.acceptedChoices) == Set([workTo, other]))
        #expect(question.explanation.first?.hasPrefix("Work to: ") == true)
        #expect(question.verdict(for: question.choices.firstIndex(of: other)!) .first == "Correct, on one reading.")
    }

    @Test("a second reading already passed is said, and the date still ahead is the one to work to") func passedReadingSaid() {
        let question = PracticeCase.named("shropshire-2").practice().deadlineQuestion
        #expect(question.choices[question.answer] == "By Wednesday 25 November 2026")
        #expect(question.explanation.contains { $0.contains("by Friday 20 November 2026") && $0.contains("That date has already passed") })
        // A chat review (round 12): the passed date picked was told "the earlier is the safer" of the later date; round 16: it
        // was marked right at all.
        let passed = question.choices.firstIndex(of: "By Friday 20 November 2026")
        // A chat review (round 18, C2): "That is" after the answer read as describing the answer.
        #expect(passed.map(question.verdict) == ["Not quite. The answer is: By Wednesday 25 November 2026.",
                                                 "Your answer, Friday 20 November 2026, is the earlier reading's date, and it has already passed: it is not one to work to."])
    }

    /// A chat review, round 16, 2026-12-01: Shropshire's Case 3, on Monday 23 November, scored "By Monday 16 November 2026",
    /// the earlier reading's date, as right; Cases 2, 4 and 5 likewise.
    @Test("no date already passed at the case's time is marked right, but the date to work to", arguments: PracticeCase.all)
    func passedDateNotRight(_ practiceCase: PracticeCase) {
        let practice = practiceCase.practice()
        let question = practice.deadlineQuestion
        let today = practice.facts.now.day
        for index in question.accepted where index != question.answer {
            // A choice's day, found by its words among the days around the case's.
            let day = (-120...120).map { today.adding(days: $0) }.first { "By \($0.spoken)" == question.choices[index] }
            #expect(day.map { $0 >= today } ?? true, "\(question.choices[index]) is marked right on \(today.spoken)")
        }
        if let workTo = practice.route.workTo?.day ?? practice.route.deadline {
            #expect(question.choices[question.answer] == "By \(workTo.spoken)")
        }
    }

    @Test("Shropshire's round, played as the review played it, puts an earlier reading's passed date under 'To revisit'") func shropshireAsReviewed() {
        let conversation = Conversation(library: .bundled)
        let now = Moment(iso: "2026-12-18T10:00")!
        let turn = ["2", "1", "1", "1", "3", "1", "1", "1", "4", "2", "1", "1"]
            .reduce(conversation.startTraining(policyID: "shropshire", at: now)) { conversation.reply(to: $1, in: $0.session, at: now) }
        let lines = turn.replies.first?.lines ?? []
        #expect(Array(lines.prefix(3)) == [Conversation.trainingBanner, "Not quite. The answer is: By Friday 27 November 2026.",
                                           "Your answer, Monday 16 November 2026, is the earlier reading's date, and it has already passed: it is not one to work to."])
        #expect(lines.contains { $0.contains("by Monday 16 November 2026") && $0.contains("That date has already passed") })
        let state = turn.session.training
        #expect(state?.correct == 9 && state?.answered == 12)
        #expect(state?.missed.contains { $0.hasPrefix("Case 3 ") && $0.hasSuffix(": the deadline") } == true, "\(state?.missed ?? [])")
    }

    /// A chat review (round 12): `train` with no partnership opened with the live case's greeting.
    @Test("a practice round asked for before a partnership does not open with the live greeting") func trainingOpening() {
        let opening = Conversation(library: .bundled).startTraining(policyID: nil, at: Moment(iso: "2026-11-30T15:33")!)
        let lines = opening.replies.flatMap(\.lines)
        #expect(lines.first == Conversation.trainingBanner && !lines.contains { $0.hasPrefix("Hello, I'm IntakeBot") }, "\(lines)")
        #expect(opening.session.step == .choosePolicy)
    }

    /// A chat review (round 12): the Isle of Man's exhausted chain at Stage Three, which has no time, was asked "By when, for a
    /// conversation between peers?", Stage Two's time.
    @Test("a stage with no time is asked by when with no purpose borrowed from another stage") func noBorrowedPurpose() {
        let library = PolicyLibrary.bundled
        let policy = library.policy("isle-of-man")!
        let route = Router(policy: policy, calendar: library.calendar(for: policy))
            .route(Facts(tried: 2, raised: Day(iso: "2026-11-02"), stageStarted: Day(iso: "2026-11-20"), now: Moment(iso: "2026-11-23T10:00")!,
                         subject: .child, specialCases: [.chainExhausted]))
        #expect(route.stage?.position == 3 && route.deadline == nil)
        #expect(route.deadlinePurpose == nil)
    }

    /// A chat review, round 14, 2026-11-30: the Isle of Man's Stage Two time was quoted with its `**`, then again in "It also
    /// says" as the last clause of the sentence just quoted.
    @Test("a quote is shown without markup, and not again where the quote before holds its words") func quotesShownOnce() {
        let stageTwo = "If unresolved speak with your line manager or safeguarding lead as appropriate and request a conversation between peers within 2 working days."
        #expect(PracticeCase.named("isle-of-man-2").practice().deadlineQuestion.shownQuotes == [stageTwo])
        let conversation = Conversation(library: .bundled)
        let now = Moment(iso: "2026-11-30T15:33")!
        let turn = Array(repeating: "1", count: 6)
            .reduce(conversation.startTraining(policyID: "isle-of-man", at: now)) { conversation.reply(to: $1, in: $0.session, at: now) }
        let lines = turn.replies.first?.lines ?? []
        #expect(lines.filter { $0.hasPrefix("The policy says") || $0.hasPrefix("It also says") } == ["The policy says: \"\(stageTwo)\""], "\(lines)")
        #expect(turn.session.why == ["\"\(stageTwo)\" (003_311d82fbfd31959e.txt)"])
    }

    // MARK: Urgent cases

    @Test("where the policy leaves the stage to discretion, any stage's contact from the one reached is right, and whom to notify depends on it")
    func discretion() {
        let practice = PracticeCase.named("torbay-6").practice()
        let contact = practice.contactQuestion
        // The duty social worker was rung and did not change their view: Stage One is behind the story (a chat review, round 14).
        #expect(Set(contact.acceptedChoices) == Set([Practice.notSaid] + practice.policy.stages.dropFirst().compactMap { $0.contact.role.value?.text }))
        #expect(contact.choices[contact.answer] == Practice.notSaid)
        #expect(contact.quotes == ["if a child is thought to be at risk of immediate harm discretion should be used as to which stage is initiated"])
        let notify = practice.notifyQuestion
        #expect(Set(notify.acceptedChoices) == [Practice.nobody, "TSCP Business Manager"])
        #expect(notify.explanation.first?.hasPrefix("It depends on the stage you start at: the TSCP Business Manager at Stage Three and Stage Four") == true)
    }

    @Test("escalating to an appropriate level accepts each level the text names from the one reached") func levels() {
        let contact = PracticeCase.named("bcssp-5").practice().contactQuestion
        // Not the Chair via the Business Manager, which comes only after Stage 4 (an outside training review, round 24, F2).
        #expect(Set(contact.acceptedChoices) == [Practice.notSaid, "The relevant manager"])
        #expect(contact.quotes.first?.contains("escalate to an appropriate level") == true)
    }

    @Test("expediting from the stage reached accepts that stage's contact beside the route's own", arguments: [
        ("isle-of-man-5", "Your line manager and/or Designated Safeguarding Lead within your own agency"),
        ("shropshire-6", "Your Line Manager"),
    ])
    func expedite(_ id: String, _ contact: String) {
        let practice = PracticeCase.named(id).practice()
        let question = practice.contactQuestion
        #expect(question.acceptedChoices == [contact, Practice.notSaid])
        #expect(question.choices[question.answer] == Practice.notSaid)
        #expect(practice.route.stageToPursue?.position == 2 && practice.route.stageToPursue?.contact.role == contact)
        #expect(question.explanation.last?.hasPrefix("It says to expedite the escalation: the stage you have reached, ") == true, "\(question.explanation)")
        #expect(question.verdict(for: question.choices.firstIndex(of: contact)!) == ["Correct, for the escalation."])
    }

    /// A chat review, round 14: training marked "The policy does not say" wrong where a live case's record says "Contact: not
    /// named in the policy" (the Isle of Man, Shropshire and Torbay disclosures).
    @Test("at urgent risk, the contact a live case is given is training's answer", arguments: PracticeCase.all.filter { $0.practice().route.outcome == .urgent })
    func urgentContactAsLive(_ practiceCase: PracticeCase) throws {
        let practice = practiceCase.practice()
        var player = Player(facts: practice.facts, policy: practice.policy)
        let live = try #require(player.play(Conversation(library: .bundled)).first)
        #expect(live.outcome == .urgent)
        let question = practice.contactQuestion
        #expect(question.choices[question.answer] == live.contact.role ?? Practice.notSaid)
        #expect(question.verdict(for: question.answer) == ["Correct."])
        // Whatever else is right is a contact the live route gives for the escalation once the stages tried are known.
        let escalation = practice.route.stageToPursue.flatMap(\.contact.role).map { [$0] }
            ?? practice.route.actions.compactMap { action in practice.policy.stages.compactMap { $0.contact.role.value?.text }.first { action.lowercased().contains($0.lowercased()) } }
        for other in question.acceptedChoices where other != question.choices[question.answer] {
            #expect(escalation.contains(other) || practice.policy.urgentRoute(for: practice.facts.risk)?.contacts.contains { $0.role.value?.text == other } == true, "\(other)")
        }
    }

    @Test("the Isle of Man's disclosure, played as the review played it, marks the live case's contact right") func reviewersRound() {
        let conversation = Conversation(library: .bundled)
        let now = Moment(iso: "2026-11-30T15:33")!
        let turn = ["2", "1", "1", "3", "1", "2", "4", "1", "1", "5", "2", "2", "1", "5"]
            .reduce(conversation.startTraining(policyID: "isle-of-man", at: now)) { conversation.reply(to: $1, in: $0.session, at: now) }
        let lines = turn.replies.flatMap(\.lines)
        #expect(lines.dropFirst().first == "Correct.", "\(lines)")
        #expect(lines.contains("The Isle of Man policy names no one to call about the risk itself: a live case's record says \"Contact: not named in the policy\"."))
    }

    @Test("an urgent answer is explained by the words that decide it, not a heading") func urgentWords() {
        let stage = PracticeCase.named("pan-cheshire-5").practice().stageQuestion
        #expect(stage.quotes == ["should they be considered at significant risk the local authority children's social care front door should be contacted"])
        let contact = PracticeCase.named("pan-cheshire-5").practice().contactQuestion
        // At 18:30 on a Friday the day line is shut: the team alone is right (an outside trainer's review, round 24, F1).
        #expect(Set(contact.acceptedChoices) == ["Emergency Duty Team (Halton)"])
        #expect(contact.choices.contains("Your area's key contact in Appendix B"))
    }

    @Test("significant risk is taught as strong as the words: alongside the escalation, and expedited where the policy says so") func significantRisk() {
        // B&NES says only that "safeguarding procedures should be followed": the stage, with those words (review round 12).
        let bcssp = PracticeCase.named("bcssp-6").practice().stageQuestion
        #expect(bcssp.choices[bcssp.answer] != Practice.urgentChoice && !Practice.urgentChoice.contains("before any stage"))
        // After the 999 line, which is not the policy's (an outside trainer's review, round 23, F1).
        #expect(bcssp.explanation.dropFirst().first?.hasPrefix("At this risk: Follow safeguarding procedures") == true, "\(bcssp.explanation)")
        let shropshire = PracticeCase.named("shropshire-7").practice().stageQuestion
        #expect(shropshire.explanation.dropFirst().first?.contains("Expedite this stage") == true)
        #expect(shropshire.quotes.contains("Please note that this process should be expedited if someone is at risk of harm."))
    }

    /// Torbay: "Resolution should be sought within the shortest timescale possible to ensure the child is protected". A child
    /// going home tonight to the man who hit her was taught a week (a chat review, round 18, S5): the answer is now, as the
    /// other policies' urgent cases and the live chat say it.
    @Test("Torbay's immediate-risk case is answered 'as soon as possible', not the stage's week") func torbayUrgentNow() {
        let question = PracticeCase.named("torbay-6").practice().deadlineQuestion
        #expect(question.choices[question.answer] == "No date: as soon as possible", "\(question.choices)")
        #expect(question.acceptedChoices == ["No date: as soon as possible"])
    }

    @Test("where the policy names no other procedure, the answer says so") func noOtherProcedure() {
        let practice = PracticeCase.named("torbay-7").practice()
        #expect(practice.stageQuestion.explanation.contains("The Torbay policy does not say where a disagreement with your own manager goes."))
        #expect(practice.contactQuestion.explanation == ["The Torbay policy does not say where a disagreement with your own manager goes."])
    }

    @Test("a DSL who is the line manager is taught the contact for their setting") func settingContact() {
        let question = PracticeCase.named("pan-cheshire-3").practice().contactQuestion
        // "the Line Manager / Designated Safeguarding Lead should seek support from": the setting's contact replaces no one (chat review 10, item 10j).
        #expect(question.choices[question.answer] == "Your Line Manager / Designated Safeguarding Lead, who should seek support from Safeguarding Children in Education Team (SCiE) (for school)")
    }

    // MARK: Realistic cases

    @Test("each case is set on a working day, a school's in term time and school hours, with a disagreement between agencies",
          arguments: PracticeCase.all)
    func realistic(_ practiceCase: PracticeCase) {
        let practice = practiceCase.practice()
        let now = practice.facts.now
        #expect(practice.calendar.isWorkingDay(now.day))
        if practice.facts.setting == .school {
            #expect(!(now.day.month == 12 && now.day.components.day >= 21) && now.minute >= 8 * 60 && now.minute <= 17 * 60)
        }
        if practice.route.outcome == .urgent, practice.facts.counterpart == .otherAgency {
            #expect(practice.scenario.story.contains("disagree"), "a disclosure with no disagreement is a referral, not an escalation")
        }
        // Stages do not fail faster than about two working days each.
        if let raised = practice.facts.raised, let started = practice.facts.stageStarted, let tried = practice.facts.tried, tried > 0 {
            let days = (1...max(1, raised.days(until: started))).filter { practice.calendar.isWorkingDay(raised.adding(days: $0)) }.count
            #expect(days >= 2 * tried - 1, "\(tried) stages in \(days) working days")
        }
    }

    @Test("a Friday evening case is played on its own Friday evening clock, not the round's") func ownEvening() {
        let practice = PracticeCase.named("pan-cheshire-5").practice(at: Moment(iso: "2026-11-30T15:33")!)
        #expect(practice.facts.now.spoken == "Friday 27 November 2026, 18:30")
        #expect(practice.route.contact.role == "Emergency Duty Team (Halton)")
    }

    @Test("the case before TT Day counts across it") func acrossTT() {
        let route = PracticeCase.named("isle-of-man-2").practice().route
        #expect(route.deadlineBasis?.contains("TT Bank Holiday on Friday 5 June 2026") == true)
    }
}

/// `train` typed during a live intake keeps the case (an outside review, round 9: `train` then `quit` lost it).
@Suite("Practice during a live case")
struct TrainingMidCaseTests {
    let conversation = Conversation(library: .bundled)
    let now = Moment(iso: "2026-11-23T10:00")!

    func play(_ lines: [String], from turn: Turn) -> Turn {
        lines.reduce(turn) { conversation.reply(to: $1, in: $0.session, at: now) }
    }

    @Test("quitting a practice round begun mid-intake goes back to the case where it was left") func backToCase() {
        let live = play(["3", "torbay", "1", "1"], from: conversation.start(at: now))
        let step = live.session.step
        let training = play(["train"], from: live)
        #expect(training.session.training?.caseWaiting == true)
        #expect(training.replies.first?.lines.contains { $0.contains("Your case is kept") } == true)
        let back = play(["2", "quit"], from: training)
        #expect(back.session.training == nil && back.session.step == step && back.session.intake == live.session.intake)
        #expect(!back.effects.contains(.end))
        #expect(back.replies.first?.lines.contains("Back to your case, where you left it (a live case, not practice).") == true)
        // Not marked as practice: the reply is the live case's (a chat review, round 12).
        #expect(back.replies.allSatisfy { !$0.lines.contains(Conversation.trainingBanner) })
        #expect(back.session.why == live.session.why)
        #expect(play(["quit"], from: back).effects.contains(.end))
    }

    @Test("coming back to a conversation in a practice round asks the round's question, not the kept case's") func resumeInRound() {
        let training = play(["3", "torbay", "1", "1", "train"], from: conversation.start(at: now))
        let back = conversation.resume(training.session, at: now)
        #expect(back.replies.first?.lines == ["[TRAINING - not a live case]", "Welcome back: the practice round goes on."])
        #expect(back.replies.last?.lines.first == "Which comes next?")
    }

    @Test("a practice round asked for before any answer ends the conversation as before") func noCaseToKeep() {
        let training = play(["train", "1"], from: conversation.start(policyID: "torbay", at: now))
        #expect(training.session.training?.caseWaiting == false)
        #expect(play(["quit"], from: training).effects.contains(.end))
    }
}
