import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

@Suite("The guided conversation")
struct ConversationTests {
    let conversation = Conversation(library: .bundled)
    let monday = Moment(iso: "2026-11-23T10:00")!

    /// Plays answers in order and returns the last turn and how many answers it took.
    func play(_ answers: [String], policy: String? = nil, at now: Moment? = nil, from start: Turn? = nil) -> Turn {
        var turn = start ?? conversation.start(policyID: policy, at: now ?? monday)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: now ?? monday) }
        return turn
    }

    @Test("a session saved and resumed after every turn carries on exactly", arguments: Transcript.all)
    func resumesAfterEveryTurn(_ transcript: Transcript) throws {
        var live = transcript.training ? conversation.startTraining(policyID: transcript.policy, at: transcript.now)
            : conversation.start(policyID: transcript.policy, at: transcript.now)
        var resumed = live
        for input in transcript.inputs {
            let saved = try JSONEncoder().encode(resumed.session)
            let restored = try JSONDecoder().decode(Session.self, from: saved)
            #expect(restored == resumed.session)
            // What the journal writes reads back to the same session.
            let journalled = try JSONDecoder().decode(Session.self, from: Data(resumed.session.jsonBytes))
            #expect(journalled == resumed.session)
            live = conversation.reply(to: Transcript.typed(input), in: live.session, at: transcript.now)
            resumed = conversation.reply(to: Transcript.typed(input), in: restored, at: transcript.now)
            #expect(resumed.replies == live.replies)
        }
    }

    @Test("a change from a journal written before issue 17 still rebuilds the session from the one before", arguments: Transcript.all)
    func oldChangesRebuildSessions(_ transcript: Transcript) throws {
        var turn = transcript.training ? conversation.startTraining(policyID: transcript.policy, at: transcript.now)
            : conversation.start(policyID: transcript.policy, at: transcript.now)
        for input in transcript.inputs {
            let before = turn.session
            turn = conversation.reply(to: Transcript.typed(input), in: before, at: transcript.now)
            // As the old journal wrote a change: the history it shares with the state before, then what it added.
            let new = turn.session
            let kept = zip(before.history, new.history).prefix { $0 == $1 }.count
            var added = Array(new.history.dropFirst(kept))
            let pushed = added.first == before.snapshot
            if pushed { added.removeFirst() }
            var written = new
            written.history = added
            let whyKept = before.why == new.why
            if whyKept { written.why = [] }
            let read = try JSONDecoder().decode(Session.self, from: Data(written.jsonBytes))
            let change = SessionChange(session: read, historyKept: kept, previousPushed: pushed, whyKept: whyKept)
            #expect(change.applied(to: before) == new, "after \(input)")
        }
    }

    @Test("an old change needs its base") func changeNeedsItsBase() {
        let start = play([], policy: "torbay")
        let later = play(["no", "no", "1", "1"], policy: "torbay")
        let change = SessionChange(session: later.session, historyKept: later.session.history.count, previousPushed: true, whyKept: true)
        #expect(change.applied(to: start.session) == nil)
    }

    @Test("each policy reaches its route in at most 12 answers on the common path", arguments: [
        ("1", ["no", "no", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today"]),
        ("2", ["no", "no", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today"]),
        ("3", ["no", "no", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today", "halton"]),
        ("4", ["no", "no", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today"]),
        ("5", ["no", "no", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today"]),
    ])
    func commonPath(_ policy: String, _ answers: [String]) {
        // The risk question comes first, before the partnership; a plain no is asked about significant risk next, so the
        // path is one answer longer than with the list's 3 (a chat review, round 23, F1).
        let all = Array(answers.prefix(2)) + [policy] + answers.dropFirst(2)
        let turn = play(all)
        #expect(all.count <= 13)
        #expect(turn.session.step == .routed)
        #expect(turn.route?.outcome == .stage)
        #expect(turn.route?.stage?.position == 1)
        #expect(turn.effects.contains { if case .saveRecord = $0 { return true } else { return false } })
    }

    @Test("yes to immediate risk gives the urgent route as the very next reply") func urgentFirst() {
        let turn = play(["yes"], policy: "torbay")
        #expect(turn.replies.first?.lines.first?.hasPrefix("URGENT") == true)
        #expect(turn.route?.outcome == .urgent)
        #expect(turn.session.step == .urgentShown)
    }

    @Test("the risk question comes first, with three answers", arguments: [
        ("yes", Risk.immediate), ("1", .immediate), ("right now", .immediate), ("significant", .significant), ("2", .significant),
        ("no, but significant risk", .significant), ("not immediate, but significant", .significant), ("3", Risk.none),
        ("not at risk", Risk.none),
    ])
    func threeRiskAnswers(_ text: String, _ risk: Risk) {
        let first = conversation.start(at: monday)
        #expect(first.session.step == .immediateRisk)
        #expect(first.replies.last?.options.map(\.key) == ["yes", "significant", "no"])
        let turn = conversation.reply(to: text, in: first.session, at: monday)
        #expect(turn.session.intake.risk == risk)
        #expect(turn.session.step == .choosePolicy)
        // A yes before any partnership hears 999 at once, then the partnership question for the local numbers.
        #expect((turn.replies.first?.lines.first?.hasPrefix("If anyone is in danger now, call 999")) == (risk == .immediate))
    }

    /// A chat review (round 8, 2026-11-30): "not right now" and "not immediate" were taken silently for significant risk,
    /// and under B&NES gave the urgent route; they say what the risk is not, so the bot asks which it is.
    @Test("an answer that says only what the risk is not is asked about", arguments: ["not immediate", "not right now", "not now", "not today", "no immediate risk"])
    func notImmediateAsked(_ text: String) {
        let first = conversation.start(at: monday)
        let turn = conversation.reply(to: text, in: first.session, at: monday)
        #expect(turn.session.intake.risk == nil)
        #expect(turn.session.step == .immediateRisk)
        #expect(turn.replies.first?.lines.first?.hasPrefix("Not at immediate risk, then. Is anyone at significant risk of harm") == true, "\(turn.replies)")
    }

    /// A chat review (round 8, 2026-11-30): a sign of risk today typed with the answer to the first question ("no - he's
    /// going home tonight to the dad who hit him") was taken as a plain no. It is asked about, quoting it, before the
    /// partnership; a yes then hears 999 first, as a yes to the first question does.
    @Test("a sign of risk today in the first answer is asked about before the partnership") func firstAnswerRead() {
        let first = conversation.start(at: monday)
        let asked = conversation.reply(to: "no - he's going home tonight to the dad who hit him last week", in: first.session, at: monday)
        #expect(asked.session.intake.risk == Risk.none)
        #expect(asked.session.step == .riskAgain)
        #expect(asked.replies.last?.lines.first?.hasPrefix("You wrote 'no - he's going home tonight to the dad who hit him last week'") == true, "\(asked.replies)")
        let yes = conversation.reply(to: "yes", in: asked.session, at: monday)
        #expect(yes.session.intake.risk == .immediate && yes.session.step == .choosePolicy)
        #expect(yes.replies.first?.lines.first?.hasPrefix("If anyone is in danger now, call 999") == true)
        // A plain answer with no sign is not asked about, and a yes with a sign is not asked again.
        #expect(conversation.reply(to: "no, it is about the minutes", in: first.session, at: monday).session.step == .choosePolicy)
        #expect(conversation.reply(to: "yes he is alone tonight", in: first.session, at: monday).session.intake.pendingCues.isEmpty)
    }

    /// A chat review (round 12, 2026-11-30): read with the answer, its "no" negated the words after it ("no - dad hits
    /// her"), a time alone was not asked about ("no, dad is back tonight"), and "3, dad hits her" only repeated the question.
    @Test("words after a short answer to the first question are read apart for risk", arguments: [
        ("no - dad hits her", "dad hits her"), ("no, dad is back tonight", "dad is back tonight"), ("no dad hits her", "dad hits her"),
        ("no - she goes home to him tonight", "she goes home to him tonight"), ("3, dad hits her", "dad hits her"),
        ("Nope: mum collects her drunk at 3", "mum collects her drunk at 3"),
    ])
    func firstAnswerDetail(_ text: String, _ quoted: String) {
        let asked = conversation.reply(to: text, in: conversation.start(at: monday).session, at: monday)
        #expect(asked.session.intake.risk == Risk.none && asked.session.step == .riskAgain, "\(asked.replies)")
        // Where the whole answer is heard too, its words are quoted whole.
        let question = asked.replies.last?.lines.first ?? ""
        #expect(question.hasPrefix("You wrote '") && question.contains("\(quoted)'. Is anyone at risk of harm today?"), "\(asked.replies)")
    }

    @Test("a short answer with ordinary words after it is taken as it is", arguments: ["no - just about the plan", "no, CSC closed it", "3 - it is about the minutes"])
    func firstAnswerOrdinary(_ text: String) {
        let turn = conversation.reply(to: text, in: conversation.start(at: monday).session, at: monday)
        #expect(turn.session.intake.risk == Risk.none && turn.session.step == .choosePolicy, "\(turn.replies)")
    }

    /// A chat review (round 12, 2026-11-30): "yes but not 3" at the checklist was a yes, and the record said "all done".
    @Test("items named as not done are the checklist's gaps, whatever word comes first", arguments: ["yes but not 3", "yes apart from 3", "no, 3", "all except 3"])
    func checklistExceptions(_ text: String) {
        let turn = play(["no", "no", "child", "1", text], policy: "shropshire")
        #expect(turn.session.intake.checklistAnswered && turn.session.intake.checklistGaps.count == 1, "\(turn.replies)")
        #expect(turn.session.step == .description)
        #expect(play(["no", "no", "child", "1", "yes, 1 2 and 3 done"], policy: "shropshire").session.intake.checklistGaps.isEmpty)
    }

    /// A chat review (round 13): "2 weeks ago" typed at the type question was taken as drift and kept in the record.
    @Test("a date typed at the type question is not a type", arguments: ["2 weeks ago", "yesterday", "12/11"])
    func dateIsNotAType(_ text: String) {
        let asked = play(["no", "no", "child", "1", "yes", "hello there"], policy: "torbay")
        #expect(asked.session.step == .pickType || asked.session.step == .confirmType)
        let turn = conversation.reply(to: text, in: asked.session, at: monday)
        #expect(turn.session.intake.type == nil && turn.session.step == asked.session.step, "\(turn.replies.flatMap(\.lines))")
    }

    /// A chat review (round 12): a sign of risk typed at "Which are not done yet?", answered no, brought back the yes-or-no
    /// checklist question already answered.
    @Test("after a risk question at the checklist's items, the items are asked again, not the yes or no") func checklistGapsAfterRisk() {
        let asked = play(["no", "no", "child", "1", "no", "CSC closed the case and dad hits her"], policy: "shropshire")
        #expect(asked.session.step == .riskAgain, "\(asked.replies.flatMap(\.lines))")
        // Harm named is asked about as significant risk after the "no", as at the description (a chat review, round 18).
        let significant = conversation.reply(to: "no", in: asked.session, at: monday)
        #expect(significant.session.step == .riskAgain && significant.session.intake.askingAboutSignificant)
        #expect(conversation.reply(to: "no", in: significant.session, at: monday).session.step == .checklistGaps)
    }

    /// A chat review (round 13): "yes but I haven't spoken to my supervisor yet" was a plain yes, and "all done" recorded.
    @Test("a yes that sets something apart in words is asked which items are not done", arguments: [
        "yes but I haven't spoken to my supervisor yet", "yes, except I haven't kept notes", "yeah apart from the notes",
    ])
    func checklistYesBut(_ text: String) {
        let turn = play(["no", "no", "child", "1", text], policy: "torbay")
        #expect(turn.session.step == .checklistGaps && !turn.session.intake.checklistAnswered, "\(turn.replies.flatMap(\.lines))")
        #expect(play(["no", "no", "child", "1", "yes"], policy: "torbay").session.intake.checklistAnswered)
    }

    /// A chat review (round 12): after a route with no date, an answer not understood met two hints, one offering 'calendar'.
    @Test("after a route with no date, what is not understood is answered once, without calendar") func undatedReprompt() {
        let routed = play(["no", "no", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today"], policy: "bcssp")
        #expect(routed.session.step == .routed && routed.session.routeUndated)
        let lines = conversation.reply(to: "hello", in: routed.session, at: monday).replies.flatMap(\.lines)
        #expect(lines.filter { $0 == Prompts.afterRouteRepromptNoDeadline }.count == 1 && !lines.contains(Prompts.afterRouteReprompt), "\(lines)")
    }

    /// A chat review (round 12): after carrying on from the urgent advice, `record` said there was no route to record.
    @Test("after carrying on from the urgent route, record keeps the urgent advice") func recordAfterContinue() throws {
        let carried = play(["yes", "continue", "1"], policy: "torbay")
        #expect(carried.session.step != .urgentShown && carried.session.step != .routed)
        let record = try #require(conversation.record(for: carried.session, at: monday))
        #expect(record.route.outcome == .urgent, "\(record.route.outcome)")
        #expect(conversation.record(for: play(["no", "no", "1"], policy: "torbay").session, at: monday) == nil)
    }

    /// A chat review (round 12): a description that was only details that identify someone was kept as "[removed]".
    @Test("a description that is only identifying details is asked for again in words", arguments: ["born 03/04/2019", "Jayne Smith, 14 Acacia Road"])
    func describedOnlyByDetails(_ text: String) {
        let turn = play(["no", "no", "child", "1", "yes", text], policy: "torbay")
        #expect(turn.session.step == .description && turn.session.intake.description == nil)
        #expect(turn.replies.flatMap(\.lines).contains(Prompts.describeWithoutDetails), "\(turn.replies)")
    }

    /// An outside review (2026-11-30): "we think the child is suffering significant harm" and "s47 threshold met" after a
    /// "no" to the risk question were left as no risk at all. They are asked about again, as significant risk.
    @Test("a description claiming significant harm after a no is asked about again as significant risk") func significantClaimAsked() {
        let asked = play(["no", "no", "child", "1", "yes", "we think the child is suffering significant harm from neglect but CSC closed it"], policy: "torbay")
        #expect(asked.session.step == .riskAgain)
        #expect(asked.replies.flatMap(\.lines).contains { $0.hasPrefix("You wrote '") && $0.hasSuffix("Is the child at significant risk of harm, though not today? (yes / no)") },
                "\(asked.replies.flatMap(\.lines))")
        let yes = conversation.reply(to: "yes", in: asked.session, at: monday)
        #expect(yes.session.intake.risk == .significant)
        #expect(yes.session.step != .riskAgain)
        let s47 = play(["no", "no", "child", "1", "yes", "MASH said NFA but our DSL thinks the s47 threshold is met"], policy: "torbay")
        #expect(s47.session.step == .riskAgain)
        let denied = play(["no", "no", "child", "1", "yes", "there is no risk of significant harm, we disagree about the minutes"], policy: "torbay")
        #expect(denied.session.step != .riskAgain)
        let significantFirst = play(["significant", "child", "1", "yes", "we think the child is suffering significant harm from neglect"], policy: "torbay")
        #expect(significantFirst.session.step != .riskAgain)
    }

    /// A chat review (round 10, 2026-11-30): harm named as going on ("controls all her money" and more) was read as
    /// significant, kept in the record, and never asked about. Harm named with nothing placing it in the past is asked
    /// about as significant risk; harm placed in the past, and words of process, are not.
    @Test("harm named as going on after a no is asked about as significant risk; past harm and process words are not", arguments: [
        ("the nephew is financially abusing her and adult services say it is a family matter", true),
        ("we think the children are being neglected and CSC will not assess", true),
        ("the financial abuse was in 2023 and has stopped, ASC closed it and we agree", false),
        ("he was assaulted by his brother two years ago and police took no action", false),
        ("the IRO said no to a review child protection conference", false),
        ("we disagree about who writes the minutes of the adult at risk meeting", false),
    ])
    func harmGoingOnAsked(_ description: String, asked: Bool) {
        let turn = play(["no", "no", "adult", "1", "yes", description], policy: "bcssp")
        // Not asked about as significant risk; the learnt opinion may still ask about today ("assaulted ... two years ago").
        #expect((turn.session.step == .riskAgain && turn.session.intake.askingAboutSignificant) == asked, "\(turn.replies.flatMap(\.lines))")
        if asked {
            #expect(conversation.reply(to: "yes", in: turn.session, at: monday).session.intake.risk == .significant)
        }
    }

    /// A chat review (round 13, 2026-11-30): an adult's money taken as a matter of course passed as routine in one wording
    /// and was asked about in another. It is asked about (today or as significant risk, as the words read), in our own words.
    @Test("an adult's money taken as a matter of course is asked about", arguments: [
        "adult services will not look at the man with a learning disability whose brother takes his benefits every week",
        "ASC refused to do anything about the adult with dementia whose son takes her pension",
        "the lady with dementia's nephew keeps her bank card and ASC say it is a family matter",
    ])
    func moneyTakenAsked(_ description: String) {
        let turn = play(["no", "no", "adult", "1", "yes", description], policy: "bcssp")
        #expect(turn.session.step == .riskAgain, "\(turn.replies.flatMap(\.lines))")
    }

    /// A chat review (round 10, 2026-11-30): an adult's case conference was shown the Isle of Man's words for a strategy
    /// discussion; the policy has words for an Adult Protection Case Conference, and a child's for a child.
    @Test("the type's policy words are those for the subject where the policy has them") func typeWordsForSubject() {
        func shown(_ subject: String, _ description: String) -> [String] {
            play(["no", "no", subject, "1", "yes", description], policy: "isle-of-man").replies.flatMap(\.lines)
        }
        let adult = shown("adult", "adult social care will not convene an adult protection case conference")
        #expect(adult.contains { $0.contains("need to convene an Adult Protection Case Conference") }, "\(adult)")
        #expect(!adult.contains { $0.contains("Child Protection Case Conference") })
        let child = shown("child", "CFD will not convene a child protection case conference")
        #expect(child.contains { $0.contains("need to convene a Child Protection Case Conference") }, "\(child)")
    }

    /// A chat review (round 11, 2026-11-30): belt beatings "most weekends" were asked about today, and the "no" left the
    /// child at no risk at all. Where the description names harm, the "no" is followed by the question about significant
    /// risk, about the same words; where only a time of today raised it, too, as any sign asked about is (a chat review,
    /// round 19, S1: a child's disclosure read only by the learnt opinion had no follow-up).
    @Test("a no to risk today about harm named is followed by the question about significant risk") func significantAfterNo() {
        let asked = play(["no", "no", "child", "1", "yes", "dad beats him with a belt most weekends and CSC say it is a parenting issue", "no"],
                         policy: "bcssp")
        #expect(asked.session.step == .riskAgain && asked.session.intake.askingAboutSignificant, "\(asked.replies.flatMap(\.lines))")
        #expect(asked.replies.flatMap(\.lines).contains { $0.contains("Is anyone at significant risk of harm, though not today?") })
        #expect(conversation.reply(to: "not sure", in: asked.session, at: monday).replies.first?.lines.first == Prompts.significantAgainUnsure)
        #expect(conversation.reply(to: "yes", in: asked.session, at: monday).session.intake.risk == .significant)
        let no = conversation.reply(to: "no", in: asked.session, at: monday)
        #expect(no.session.intake.risk == Risk.none && no.session.step != .riskAgain)
        let timeOnly = play(["no", "no", "child", "1", "yes", "the review is today and CSC have not sent the minutes", "no"], policy: "bcssp")
        #expect(timeOnly.session.step == .riskAgain && timeOnly.session.intake.askingAboutSignificant, "\(timeOnly.replies.flatMap(\.lines))")
    }

    /// A chat review (round 11, 2026-11-30): identifiers typed with their labels ("postcode ..., phone ...", "bed ..., cubicle
    /// ...") made the learnt opinion ask about risk today, quoting "CSC say out of area". A removed detail's label goes with it.
    @Test("a removed detail's label is not read for risk") func labelsOfRemovedDetails() {
        for description in ["postcode ch65 9bs, phone 07700 900123, email mum.jones@gmail.com, CSC say out of area",
                            "patient in bed 14, cubicle 3, side room 2b, discharge plan not agreed with social services"] {
            let turn = play(["no", "no", "child", "1", "yes", description], policy: "torbay")
            #expect(turn.session.step != .riskAgain, "\(turn.replies.flatMap(\.lines))")
        }
    }

    /// An outside review (2026-11-30): after a route, an answer not read gave the same line twice.
    @Test("a reprompt that is the question itself is said once") func repromptOnce() {
        let turn = play(["no", "no", "child", "1", "yes", "CSC closed the case", "yes", "0", "today", "what now"], policy: "torbay")
        let lines = turn.replies.flatMap(\.lines)
        #expect(lines.filter { $0.hasPrefix("You have your route above.") }.count == 1, "\(lines)")
    }

    /// An outside review (2026-11-30): "4/12" typed at the partnership question chose the fourth, and "shrops",
    /// "salop" and "I.O.M" were not read.
    @Test("partnership answers: a date is not a number, and short names are read", arguments: [
        ("4/12", nil), ("shrops", "shropshire"), ("salop", "shropshire"), ("I.O.M", "isle-of-man"), ("4", "isle-of-man"),
    ] as [(String, String?)])
    func partnershipAnswers(_ text: String, _ id: String?) {
        let turn = play(["no", "no", text])
        #expect(turn.session.policyID == id)
    }

    /// An outside review (2026-11-30): after "yes", "devon" and "don't know" met only "didn't catch that".
    @Test("someone at risk and a partnership not found here: what to do now is said") func unknownPartnershipAtRisk() {
        let turn = play(["yes", "don't know"])
        #expect(turn.session.step == .choosePolicy)
        #expect(turn.replies.flatMap(\.lines).contains { $0.hasPrefix("I have the escalation policies of 5 partnerships only.") && $0.contains("front door now") })
        // A place no policy covers is named as such since chat review 18 (C1), and the front door is still said at once.
        let devon = play(["yes", "devon"])
        #expect(devon.replies.flatMap(\.lines).contains { $0.hasPrefix("No policy I have covers Devon") && $0.contains("front door now") })
        let calm = play(["no", "no", "devon"])
        #expect(!calm.replies.flatMap(\.lines).contains { $0.hasPrefix("I have the escalation policies") })
    }

    /// An outside review (2026-11-30): the question asked again is "at risk of harm today?", and its yes replaced
    /// the first answer in the record.
    @Test("a yes to the question asked again is recorded as that, beside the first answer") func reaskRecorded() {
        let turn = play(["significant", "child", "1", "yes", "he is going home to him tonight", "yes", "record"], policy: "torbay")
        #expect(turn.replies.flatMap(\.lines).contains("Risk of harm (as answered): Yes: at risk of harm today, when asked again (first answered: Not immediate, but at significant risk of harm)"),
                "\(turn.replies.flatMap(\.lines))")
    }

    /// An outside review (2026-11-30): at 16:29 the screen gave Halton's front door, closing in a minute, and
    /// its out-of-hours team; the record kept only the first. It keeps every number the route gave, says the
    /// stages tried were not asked rather than "0", and names checklist items as the policy asks them.
    @Test("the record keeps every number the route gave, and says what was not asked") func recordKeepsNumbers() throws {
        let friday = Moment(iso: "2026-11-27T16:29")!
        let turn = play(["yes", "halton", "record"], at: friday)
        let text = turn.replies.flatMap(\.lines)
        #expect(text.contains { $0.hasPrefix("Also: ") && $0.contains("0345 0500148") }, "\(text)")
        #expect(text.contains("Stages tried without resolution: not asked yet"), "\(text)")
        let gaps = play(["no", "no", "child", "1", "no", "1", "CSC closed the case", "yes", "0", "today", "record"], policy: "torbay")
        let question = try #require(PolicyLibrary.bundled.policy("torbay")?.checklist.first?.question)
        #expect(gaps.replies.flatMap(\.lines).contains("Checklist items not yet done: \(question)"), "\(gaps.replies.flatMap(\.lines))")
    }

    /// An outside review (2026-11-30): the answer "today, the SW told me" to when it was first raised was
    /// asked about as risk for the word "today"; and "no risk today" in a description was too.
    @Test("a time of today alone in an answer, or risk denied for today, does not raise the risk question again") func todayAloneInAnswer() {
        let dated = play(["no", "no", "child", "1", "yes", "CSC closed the case", "yes", "0", "today, the SW told me"], policy: "torbay")
        #expect(dated.session.intake.cuesAsked.isEmpty && dated.session.step != .riskAgain, "\(dated.replies.flatMap(\.lines))")
        let denied = play(["no", "no", "child", "1", "yes", "no risk today, we just disagree about who chairs the core group"], policy: "torbay")
        #expect(denied.session.step != .riskAgain, "\(denied.replies.flatMap(\.lines))")
        // A sign in such an answer still asks.
        let signed = play(["no", "no", "child", "1", "yes", "CSC closed the case", "yes", "0", "today, and he is home alone now"], policy: "torbay")
        #expect(signed.session.step == .riskAgain, "\(signed.replies.flatMap(\.lines))")
    }

    /// An outside review (2026-11-30): "no immediate risk" was read as yes, for the word "immediate", and
    /// "not sure" was met with "didn't catch that". Unsure is told to answer yes; "no immediate risk" is asked
    /// whether there is significant risk; neither is taken as an answer.
    @Test("an unsure or half answer to the risk question is asked again, with what to do", arguments: [
        ("not sure", "If you are not sure whether they are safe today, answer yes"), ("dont know", "If you are not sure"),
        ("maybe", "If you are not sure"), ("I think so", "If you are not sure"),
        // Hedged either way (a chat review, round 5): still unsure.
        ("not really sure", "If you are not sure"), ("can't say", "If you are not sure"), ("probably not", "If you are not sure"),
        ("I don't think so", "If you are not sure"), ("dk", "If you are not sure"), ("prob not", "If you are not sure"),
        ("no immediate risk", "Not at immediate risk, then. Is anyone at significant risk"), ("nothing immediate", "Not at immediate risk"),
    ])
    func unclearRiskAnswers(_ text: String, _ said: String) {
        let first = conversation.start(at: monday)
        let turn = conversation.reply(to: text, in: first.session, at: monday)
        #expect(turn.session.intake.risk == nil)
        #expect(turn.session.step == .immediateRisk)
        #expect(turn.replies.flatMap(\.lines).contains { $0.hasPrefix(said) }, "\(turn.replies.flatMap(\.lines))")
    }

    @Test("a yes to the question asked again after a description means immediate risk, even after 'significant'") func reaskComposes() {
        let asked = play(["significant", "child", "1", "yes", "he is going home to him tonight"], policy: "torbay")
        #expect(asked.session.step == .riskAgain)
        let yes = conversation.reply(to: "yes", in: asked.session, at: monday)
        #expect(yes.session.intake.risk == .immediate)
        #expect(yes.route?.outcome == .urgent)
        let no = conversation.reply(to: "no", in: asked.session, at: monday)
        #expect(no.session.intake.risk == .significant)
    }

    /// A chat review (round 8, 2026-11-30): "not today", "dk", "prob not" and "yep def" to the question asked again were
    /// met with "didn't catch that". "Not today" answers "at risk of harm today?"; the unsure are told to answer yes.
    @Test("shorthand answers to the question asked again", arguments: [("not today", false as Bool?), ("not right now", false), ("yep def", true),
                                                                         ("nope, not at all", false), ("dk", nil), ("prob not", nil)])
    func reaskShorthand(_ text: String, _ yes: Bool?) {
        let asked = play(["no", "no", "child", "1", "yes", "he is going home to him tonight"], policy: "torbay")
        #expect(asked.session.step == .riskAgain)
        let turn = conversation.reply(to: text, in: asked.session, at: monday)
        switch yes {
        case true?: #expect(turn.session.intake.risk == .immediate)
        // Not today; the harm named ("going home to him") is then asked about as significant risk (chat review, round 11).
        case false?: #expect(turn.session.intake.risk == Risk.none && turn.session.intake.askingAboutSignificant)
        case nil:
            #expect(turn.session.step == .riskAgain)
            #expect(turn.replies.flatMap(\.lines).contains { $0.contains("answer yes") }, "\(turn.replies.flatMap(\.lines))")
        }
    }

    @Test("when the last stage ended is asked only where the date depends on it", arguments: [
        ("torbay", "1", false), ("torbay", "2", true), ("isle-of-man", "2", false), ("isle-of-man", "3", true), ("bcssp", "2", false), ("shropshire", "1", true),
    ])
    func stageStartedAskedWhenItMatters(_ policy: String, _ tried: String, _ asked: Bool) {
        let turn = play(["no", "no", "child", "1", "yes", "the decision to close the case", "yes", tried, "16/11"], policy: policy)
        #expect((turn.session.step == .stageStarted) == asked, "\(turn.session.step)")
    }

    @Test("stages are found by their own names", arguments: [("pan-cheshire", "step 1", 2), ("pan-cheshire", "Step 3", 4), ("torbay", "stage three", 3),
                                                              ("shropshire", "stage 2", 2), ("pan-cheshire", "2", 2)])
    func stagesByName(_ policy: String, _ text: String, _ tried: Int) {
        let turn = play(["no", "no", "child", "1", "yes", "the decision to close the case", "yes", text], policy: policy)
        #expect(turn.session.intake.tried == tried)
    }

    @Test("a situation the description mentions is confirmed with one yes or no, then routed") func spottedAndConfirmed() {
        let spotted = play(["no", "no", "child", "1", "yes", "the social worker is on annual leave and the referral was closed", "3", "0", "today"], policy: "pan-cheshire")
        #expect(spotted.session.step == .confirmSpecialCase)
        #expect(spotted.replies.last?.lines.first == "You wrote \"annual leave\". Is the person you need to raise this with away? (yes / no)")
        let routed = play(["yes", "halton"], policy: nil, from: spotted)
        #expect(routed.route?.contact.role == "The immediate line manager of the professional you need, who is away")
        #expect(routed.session.intake.specialCases == [.personAway])
    }

    @Test("the record states exactly what was answered to the risk question") func recordRisk() throws {
        let turn = play(["significant", "child", "1", "yes", "the decision to close the case", "yes", "0", "today", "record"], policy: "torbay")
        let text = turn.replies.flatMap(\.lines)
        #expect(text.contains("Risk of harm (as answered): Not immediate, but at significant risk of harm"))
        #expect(!text.contains { $0.hasPrefix("Immediate or significant risk") })
    }

    @Test("coming back to a given route shows it again, unchanged and unsaved: it may never have been read")
    func resumeShowsRoute() {
        let urgent = play(["yes"], policy: "torbay")
        let routed = play(["no", "no", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today"], policy: "torbay")
        #expect(routed.session.step == .routed)
        for given in [urgent, routed] {
            let back = conversation.resume(given.session, at: monday)
            #expect(back.replies.first?.lines == ["Welcome back."])
            #expect(Array(back.replies.dropFirst()) == given.replies)
            #expect(back.session == given.session)
            #expect(back.effects.isEmpty)
        }
        let asking = play(["no"], policy: "torbay")
        #expect(conversation.resume(asking.session, at: monday).replies.count == 2)
    }

    @Test("a sign of risk today in a later answer raises the risk question again, once, in the practitioner's words")
    func urgencyCues() {
        let turn = play(["no", "no", "child", "1", "yes", "threshold not met but he is going home to him tonight"], policy: "torbay")
        #expect(turn.session.step == .riskAgain)
        #expect(turn.replies.last?.lines.first == "You wrote 'threshold not met but he is going home to him tonight'. Is the child at risk of harm today? (yes / no)")
        // Not today, then not significant either (the harm named is asked about as significant risk: chat review, round 11).
        let significant = conversation.reply(to: "no", in: turn.session, at: monday)
        #expect(significant.session.step == .riskAgain && significant.session.intake.askingAboutSignificant)
        let after = conversation.reply(to: "no", in: significant.session, at: monday)
        #expect(after.session.step == .confirmType)
        let again = conversation.reply(to: "other", in: after.session, at: monday)
        #expect(again.session.step == .pickType, "the same words are not asked about twice")
    }

    /// A practitioner's review (2026-11-30): the record said only "Risk: No" beside "left home alone since
    /// this morning"; it now shows the question was asked again about those words, and the answer.
    @Test("the record shows the risk question asked again, the words it was asked about and the answer")
    func recordShowsReask() throws {
        let asked = play(["no", "no", "child", "1", "yes", "7 year old left home alone since this morning, CSC say they will visit tomorrow"], policy: "torbay")
        #expect(asked.session.step == .riskAgain)
        var turn = conversation.reply(to: "no", in: asked.session, at: monday)
        // Not today; then not at significant risk either (the question that follows a no about harm named).
        turn = play(["no", "skip", "0", "today"], from: turn)
        let record = try #require(conversation.record(for: turn.session, at: monday))
        #expect(record.riskAskedAgain == ["7 year old left home alone since this morning"])
        #expect(record.lines(.text).contains("Asked again about: '7 year old left home alone since this morning': answered no"))
    }

    @Test("a yes to the risk question asked again gives the urgent route at once") func urgencyCueYes() {
        let turn = play(["no", "no", "child", "1", "yes", "5yo been home by himself since mum went out this morning, duty say tmrw"], policy: "torbay")
        #expect(turn.session.step == .riskAgain)
        let after = conversation.reply(to: "yes", in: turn.session, at: monday)
        #expect(after.session.step == .urgentShown)
        #expect(after.session.intake.risk == .immediate)
    }

    /// A practitioner's review (2026-11-30): after "yes" and "continue", a description of the same danger
    /// was asked about again and the urgent route shown a second time.
    @Test("once immediate risk is said and the urgent route carried on from, the risk is not asked about again")
    func noReaskAfterUrgent() {
        let urgent = play(["yes"], policy: "torbay")
        #expect(urgent.session.step == .urgentShown)
        let turn = play(["continue", "child", "1", "yes", "baby has an unexplained bruise, CSC say the strategy discussion can wait till monday"],
                        from: urgent)
        #expect(turn.session.step == .confirmType)
        #expect(turn.session.intake.risk == .immediate)
        #expect(!turn.replies.contains { $0.lines.contains { $0.hasPrefix("URGENT") } })
    }

    /// A practitioner's review (2026-11-30): a sign past the first 2,000 characters of a pasted note was never read.
    @Test("a sign of risk past the length limit is still asked about, though the text there is not kept") func riskBeyondLimit() {
        let long = String(repeating: "CSC decided to close the case after one visit. ", count: 60)
            + "Last thing: the 4yo is on her own in the flat since lunchtime and mum is not answering."
        let turn = play(["no", "no", "child", "1", "yes", long], policy: "torbay")
        #expect(turn.session.step == .riskAgain)
        #expect(turn.session.intake.pendingCues.contains { $0.contains("on her own in the flat") })
        #expect(!(turn.session.intake.description ?? "").contains("on her own"))
    }

    /// An outside review (round 9, 2026-11-30): past ten times the limit (about 20,000 characters) a sign was not read, while
    /// the bot said the rest was read for risk. A chronology of 111,000 characters is read to the end; past 200,000 the
    /// practitioner is told the rest was not read.
    @Test("a sign at the end of a very long paste is asked about; past what is read, the bot says so") func riskAtTheEndOfAVeryLongPaste() throws {
        let note = String(repeating: "CSC closed the case and we disagree. ", count: 3_000) + "the 3yo is alone in the flat tonight"
        let turn = play(["no", "no", "child", "1", "yes", note], policy: "torbay")
        #expect(turn.session.step == .riskAgain)
        #expect(turn.session.intake.pendingCues.contains { $0.contains("alone in the flat tonight") })
        #expect(turn.replies.contains { $0.lines.contains { $0.hasPrefix("That was long, so I kept only the first 2,000 characters") } })
        let longer = String(repeating: "CSC closed the case and we disagree. ", count: 6_000) + "the 3yo is alone in the flat tonight"
        let past = play(["no", "no", "child", "1", "yes", longer], policy: "torbay")
        #expect(past.replies.contains { $0.lines.contains { $0.contains("the rest was not read. If anything in it puts someone at risk today, say so now.") } })
    }

    /// An outside review (round 9, 2026-11-30): beside an urgent route that lists every area's numbers, "halton" typed
    /// was not understood. An area named there gives that area's numbers alone; a bare number is not taken for one.
    @Test("an area named beside an urgent route gives its numbers alone") func areaBesideUrgent() {
        let urgent = play(["yes", "pan cheshire"])
        #expect(urgent.session.step == .urgentShown)
        #expect(urgent.replies.contains { $0.lines.contains { $0.hasPrefix("To see your area's numbers alone, type your area:") } })
        let halton = play(["halton"], from: urgent)
        #expect(halton.session.intake.area == "halton")
        #expect(halton.session.step == .urgentShown)
        let lines = halton.replies.flatMap(\.lines)
        #expect(lines.contains { $0.contains("(Halton)") } && !lines.contains { $0.contains("(Warrington)") }, "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("To see your area's numbers alone") })
        #expect(play(["2"], from: urgent).session.intake.area == nil)
    }

    /// The same review: at significant risk "When the child or adult is safe, type 'continue'" read oddly; no policy says
    /// the child or adult is unsafe now.
    /// B&NES keeps significant risk on its stages (review round 12), so Shropshire's and B&NES's immediate risk and
    /// Pan-Cheshire's significant risk, which goes to the front door first, are the urgent routes here.
    @Test("after an urgent route the next step is worded for the risk given", arguments: [
        ("yes", "bath", "When the child or adult is safe, type 'continue'"), ("significant", "cheshire", "Once you have done what it says, type 'continue'"),
    ]) func afterUrgentWording(_ risk: String, _ policy: String, _ prompt: String) {
        let turn = play([risk, policy])
        #expect(turn.session.step == .urgentShown)
        #expect(turn.replies.last?.lines.first?.hasPrefix(prompt) == true, "\(turn.replies.last?.lines ?? [])")
        #expect(play(["status"], from: turn).replies.contains { $0.lines.contains { $0.hasPrefix(prompt) } })
    }

    /// The same review: 'calendar' was offered beside a route with no date, and then said there was none to save.
    @Test("calendar is offered only beside a route with a date") func calendarOnlyWithADate() {
        let undated = play(["no", "no", "child", "2"], policy: "torbay")
        #expect(undated.session.step == .routed)
        #expect(undated.replies.last?.lines.first == "Next: 'record' for a record to paste into your agency's system, 'why' for the policy's words, 'back' to change an answer, 'restart', or 'quit'.")
        #expect(!(undated.replies.last?.options.contains { $0.key == "calendar" } ?? true))
        let dated = play(["no", "no", "child", "1", "yes", "CSC say the referral does not meet threshold for assessment", "yes", "0", "today"], policy: "torbay")
        #expect(dated.replies.contains { $0.options.contains { $0.key == "calendar" } })
    }

    @Test("a routine description is not asked about again") func noReaskOnRoutine() {
        let turn = play(["no", "no", "child", "1", "yes", "CSC say the referral does not meet threshold for assessment"], policy: "torbay")
        #expect(turn.session.step == .confirmType)
    }

    @Test("the type is confirmed with yes, chosen by number or name, or skipped", arguments: [
        (["yes"], DisagreementType?.some(.thresholdLevelOfNeed), false),
        (["skip"], nil, true),
        (["other", "4"], .lackOfActionOrDriftDelay, false),
        (["no", "no", "skip"], nil, true),
        (["information sharing"], .informationSharingCommunication, false),
    ])
    func typeConfirmation(_ answers: [String], _ type: DisagreementType?, _ skipped: Bool) {
        var turn = play(["no", "no", "child", "1", "yes", "CSC say the referral does not meet threshold for assessment"], policy: "torbay")
        #expect(turn.session.intake.typeShortlist == [.thresholdLevelOfNeed])
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: monday) }
        #expect(turn.session.intake.type == type)
        #expect(turn.session.intake.typeSkipped == skipped)
        #expect(turn.session.step == .tried)
    }

    @Test("an unsure reading offers two or three types, numbered in that short list") func shortlist() throws {
        // Vague descriptions: which of them lands between "unsure" and "sure" moves each time the model is
        // retrained, so the first that does is used; the mechanism is what is tested.
        let vague = ["not happy with CSC", "no one is doing anything", "they keep saying no", "CSC wont listen", "disagree with CSC",
                     "we disagree with them", "they wont do anything", "we think they are wrong",
                     "not happy with the decision", "CSC and school disagree", "the SW and I dont agree"]
        let turns = vague.map { play(["no", "no", "child", "1", "yes", $0], policy: "torbay") }
        var turn = try #require(turns.first { (2...3).contains($0.session.intake.typeShortlist.count) })
        let shortlist = turn.session.intake.typeShortlist
        #expect(turn.replies.last?.textLines.count == 1 + shortlist.count)
        turn = conversation.reply(to: "2", in: turn.session, at: monday)
        #expect(turn.session.intake.type == shortlist[1])
    }

    @Test("back undoes one answer at a time, back to the first question") func backUndoes() {
        var turn = play(["no", "no", "adult"], policy: "bcssp")
        #expect(turn.session.step == .counterpart)
        turn = conversation.reply(to: "back", in: turn.session, at: monday)
        #expect(turn.session.step == .subject)
        #expect(turn.session.intake.subject == nil)
        turn = conversation.reply(to: "back", in: turn.session, at: monday)
        #expect(turn.session.step == .immediateRisk && turn.session.intake.askingAboutSignificant)
        turn = conversation.reply(to: "back", in: turn.session, at: monday)
        #expect(turn.session.step == .immediateRisk && !turn.session.intake.askingAboutSignificant)
        turn = conversation.reply(to: "back", in: turn.session, at: monday)
        #expect(turn.replies.first?.lines == ["There is nothing to undo yet."])
    }

    /// A chat review (round 10, 2026-11-30) went back from a Stage Three route, changed the stages tried and quit: the
    /// record on disk still described Stage Three. Going back from a route saves it again, marked superseded; a new
    /// route saves a record that is not.
    @Test("back from a route saves its record marked superseded; the next route's record is not") func backSupersedesRecord() throws {
        let routed = play(["no", "no", "child", "1", "yes", "CSC closed the case and we disagree with the decision", "yes", "2", "last monday", "today"],
                          policy: "torbay")
        #expect(routed.session.step == .routed)
        let back = conversation.reply(to: "back", in: routed.session, at: monday)
        guard case .saveRecord(let record) = try #require(back.effects.first) else { Issue.record("no record saved"); return }
        #expect(record.superseded == monday)
        #expect(record.tried == 2)
        #expect(record.lines(.text).contains { $0.hasPrefix("Superseded: ") })
        let again = conversation.reply(to: "today", in: back.session, at: monday)
        guard case .saveRecord(let fresh) = try #require(again.effects.first) else { Issue.record("no record saved"); return }
        #expect(fresh.superseded == nil)
        #expect(conversation.reply(to: "back", in: play(["no", "no", "child"], policy: "torbay").session, at: monday).effects.isEmpty,
                "back before any route saves nothing")
    }

    /// A chat review (round 14, 2026-11-30): after going back from a route, `record` and `calendar` said to answer more questions
    /// first and the end of input that no route was given; a route was given, and its record saved marked superseded.
    @Test("after back from a route, record, calendar and the end of input say it no longer stands, until a new route") func backFromRouteSaid() {
        let routed = play(["no", "no", "child", "1", "yes", "CSC closed the case and we disagree with the decision", "yes", "0", "today"], policy: "torbay")
        let back = conversation.reply(to: "back", in: routed.session, at: monday)
        #expect(back.session.wentBackFromRoute == monday)
        for command in ["record", "calendar"] {
            let said = conversation.reply(to: command, in: back.session, at: monday)
            #expect(said.replies.first?.lines == [Prompts.routeWithdrawn], "\(command)")
            #expect(said.effects.isEmpty)
        }
        #expect(back.session.inputEndedNotice == [Session.inputEndedAfterBack])
        // Going back further keeps it said; a new route ends it.
        let further = conversation.reply(to: "back", in: back.session, at: monday)
        #expect(further.session.wentBackFromRoute == monday)
        let again = play(["0", "today"], from: further)
        #expect(again.session.step == .routed && again.session.wentBackFromRoute == nil)
        #expect(conversation.reply(to: "back", in: play(["no", "no", "child"], policy: "torbay").session, at: monday).session.wentBackFromRoute == nil)
        #expect(play(["no", "no", "child", "record"], policy: "torbay").replies.first?.lines == [Prompts.noRecordYet])
    }

    /// The same review typed "2" at the urgent prompt's numbered list and "3" at the list after a route, and was told to
    /// type a word. The list after a route has no numbers on screen until it is asked again three times, so a number there is
    /// said back with the word it would be, and nothing done (a chat review, round 23, F13: "2" had saved a calendar file).
    @Test("the menus after a route and after the urgent route take their numbers") func menuNumbers() {
        let urgent = play(["yes", "x", "y", "z"], policy: "bcssp")
        #expect(urgent.session.step == .urgentShown)
        #expect(conversation.reply(to: "2", in: urgent.session, at: monday).effects.contains { if case .saveRecord = $0 { true } else { false } })
        #expect(conversation.reply(to: "1", in: urgent.session, at: monday).session.intake.carriedOnAfterUrgent)
        #expect(conversation.reply(to: "3", in: urgent.session, at: monday).session.step == .ended)
        let routed = play(["no", "no", "child", "1", "yes", "CSC closed the case and we disagree with the decision", "yes", "0", "today"], policy: "torbay")
        #expect(routed.session.step == .routed)
        #expect(conversation.reply(to: "3", in: routed.session, at: monday).replies.first?.lines.first
                == "The list after the route has no numbers, so I have done nothing with 3. If you meant 'why' (the policy's words), type why.")
        let numbered = play(["x", "y", "z"], from: routed)
        #expect(numbered.replies.last?.numbered == true, "\(numbered.replies)")
        #expect(conversation.reply(to: "3", in: numbered.session, at: monday).replies.first?.lines.first == "The policy's own words:")
    }

    /// A chat review, round 14, 2026-11-30: the Isle of Man's Stage Four record carried `<u>safeguardingboard.co@gov.im</u>`
    /// into case systems.
    @Test("quotes in a record, in every format, and in why are shown without the source's markup") func quotesWithoutMarkup() {
        let now = Moment(iso: "2026-12-21T10:00")!
        let routed = play(["no", "no", "1", "1", "yes", "CFD won't convene a strategy discussion", "yes", "3", "1 Dec", "18 Dec"], policy: "isle-of-man", at: now)
        #expect(routed.session.step == .routed)
        for command in ["record", "record markdown", "record json", "why"] {
            let text = conversation.reply(to: command, in: routed.session, at: now).replies.flatMap(\.lines).joined(separator: "\n")
            #expect(text.contains("email address safeguardingboard.co@gov.im for the attention"), "\(command)")
            #expect(!text.contains("<u>") && !text.contains("</u>") && !text.contains("**within"), "\(command): \(text)")
        }
    }

    @Test("restart keeps a policy given on the command line") func restartKeepsFixedPolicy() {
        let turn = play(["no", "no", "child", "restart"], policy: "torbay")
        #expect(turn.session.policyID == "torbay")
        #expect(turn.session.policyFixed)
        #expect(turn.session.step == .immediateRisk)
    }

    @Test("quit ends the conversation with an end effect") func quit() {
        let turn = play(["quit"])
        #expect(turn.effects == [.end])
        #expect(turn.session.step == .ended)
    }

    @Test("the record never holds identifying details") func recordIsAnonymous() throws {
        let turn = play(["no", "no", "child", "1", "yes", "Alex Jones (dob 1/2/2016), 4 Mill Lane, CR0 1AB, 07700 900123: no feedback given", "yes", "0", "today", "record json"], policy: "pan-cheshire")
        let text = turn.replies.flatMap(\.lines).joined(separator: "\n")
        for detail in ["Alex", "Jones", "1/2/2016", "Mill Lane", "CR0 1AB", "07700 900123"] {
            #expect(!text.contains(detail), "record contains \(detail)")
            #expect(!(turn.session.intake.description ?? "").contains(detail))
        }
    }

    /// A chat review, round 14 (2026-11-30): children's names that are everyday words stayed in the record, the saved file and
    /// the risk question's quote of the description.
    @Test("names that are everyday words stay out of the record, the saved record and the risk question", arguments: [
        ("CSC closed the case; child is Autumn Brown, sisters Rose and Holly", ["Autumn", "Brown", "Rose", "Holly"], ["yes"]),
        ("Will and Max were left alone, CSC closed the case", ["Will", "Max"], ["no", "no", "yes"]),
        // A chat review, round 15 (2026-12-01): a full name whose first name is an everyday word, with an address.
        ("April Jones, 14 Rose Street, CSC closed the case", ["April", "Jones", "14 Rose", "Rose Street"], ["yes"]),
    ])
    func everydayNamesKeptOut(_ description: String, _ names: [String], _ toType: [String]) throws {
        let now = Moment(iso: "2026-12-07T10:05")!
        var turn = play(["no", "no", "1", "1", "yes", description], policy: "torbay", at: now)
        var asked = turn.replies.flatMap(\.lines)
        for answer in toType {
            turn = conversation.reply(to: answer, in: turn.session, at: now)
            asked += turn.replies.flatMap(\.lines)
        }
        turn = play(["0", "today"], at: now, from: turn)
        #expect(turn.session.step == .routed)
        turn = conversation.reply(to: "record", in: turn.session, at: now)
        let saved = turn.effects.compactMap { effect -> CaseRecord? in if case .saveRecord(let record) = effect { record } else { nil } }
        let record = try #require(saved.first)
        let shown = turn.replies.flatMap(\.lines).joined(separator: "\n")
        #expect(shown.contains("In the practitioner's words: "))
        if toType.count > 1 { #expect(asked.contains { $0.hasPrefix("You wrote '… and … were left alone'.") }, "\(asked)") }
        // Torbay's own date, in the route's note that it states no review date, is not the child's "April".
        func practitioners(_ text: String) -> String { text.replacingOccurrences(of: "(dated April 2021, in its heading)", with: "") }
        for name in names {
            #expect(!asked.joined(separator: "\n").contains(name), "\(name) asked about in: \(asked)")
            #expect(!practitioners(shown).contains(name), "\(name) shown in the record")
            for format in CaseRecord.Format.allCases {
                #expect(!practitioners(record.rendered(format)).contains(name), "\(name) saved in the \(format) record")
            }
        }
    }

    @Test("a form's personal fields read as a placeholder in the record") func formPlaceholders() throws {
        let turn = play(["no", "no", "child", "1", "yes", "the plan is inadequate", "yes", "3", "today", "today", "halton", "record"], policy: "pan-cheshire")
        let text = turn.replies.flatMap(\.lines)
        #expect(text.contains("  Name of Child/Young Person: [complete in your agency's secure record]"))
        #expect(text.contains("  Date of Birth: [complete in your agency's secure record]"))
    }

    /// A chat review, round 14 (2026-11-30): the record left blank the form's fields the bot knows, the date Step 2 was concluded
    /// and the details of the disagreement (Pan-Cheshire), and the date first raised (B&NES), though the record above said them.
    @Test("a form's fields the bot knows are filled in the record, without names") func formFieldsFilled() throws {
        let now = Moment(iso: "2027-03-25T16:55")!
        let cheshire = play(["2", "continue", "1", "1", "yes", "CSC stepped the family down to early help despite neglect concerns; child is Autumn Brown",
                             "1", "3", "1 March", "yesterday", "cheshire east", "record"], policy: "pan-cheshire", at: now)
        let lines = cheshire.replies.flatMap(\.lines)
        #expect(lines.contains("  Date that Step 2 was concluded: Wednesday 24 March 2027"), "\(lines)")
        #expect(lines.contains("  Brief details about the inter-agency disagreement: CSC stepped the family down to early help despite neglect concerns; child is [removed]"))
        #expect(!lines.joined().contains("Autumn"))
        // What the bot does not know stays blank for the practitioner to complete.
        #expect(lines.contains("  What was the methodology used to resolve the disagreement?: "))
        let banes = play(["no", "no", "1", "1", "yes", "CSC closed the case", "yes", "1", "2 Nov", "record"], policy: "bcssp", at: Moment(iso: "2026-12-04T16:40")!)
        #expect(banes.replies.flatMap(\.lines).contains("  Attempts to resolve issue: Dates: first raised on Monday 2 November 2026"))
        // The date Step 2 was concluded is the last stage's end only where Step 2 is the last stage tried.
        var record = try #require(conversation.record(for: cheshire.session, at: now))
        #expect(record.filled(.stageEnded(position: 3)) == "Wednesday 24 March 2027")
        record.tried = 2
        #expect(record.filled(.stageEnded(position: 3)) == "")
    }

    @Test("the calendar entry falls on the deadline") func calendarEntry() throws {
        let turn = play(["no", "no", "child", "1", "yes", "drift and delay", "yes", "0", "today", "calendar"], policy: "torbay")
        let saved = turn.effects.compactMap { effect -> (String, String)? in
            if case .saveCalendarEntry(let name, let text) = effect { return (name, text) } else { return nil }
        }
        let (name, text) = try #require(saved.first)
        #expect(name == "escalation-deadline-2026-11-30.ics")
        #expect(text.contains("DTSTART;VALUE=DATE:20261130\r\n"))
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        // RFC 5545 wants the stamp in UTC (a chat review, round 5): in November UK time is UTC.
        #expect(text.contains("DTSTAMP:20261123T100000Z\r\n"), "\(text)")
    }

    /// A chat review, round 16, 2026-12-01: Stage Four's date, Tuesday 24 November, was saved as a calendar entry on 18 December
    /// with "Calendar entry for Tuesday 24 November 2026" and no word that it had passed.
    @Test("a calendar entry asked for after its date says the date has passed, what the route says to do, and goes on today") func calendarAfterDeadline() throws {
        let turn = play(["no", "no", "torbay", "child", "1", "yes", "Police decided not to hold a strategy discussion; school strongly disagrees", "yes", "3",
                         "1 Nov", "10 Nov", "calendar"], at: Moment(iso: "2026-12-18T16:59")!)
        let stage = "Stage Four – Divisional/Assistant Director or equivalent to Divisional/Assistant Director or equivalent"
        #expect(turn.replies.first?.lines == [
            "The date to work to, Tuesday 24 November 2026, has already passed, so the calendar entry is for today, Friday 18 December 2026, as a reminder: escalation-reminder-2026-12-18.ics.",
            "The time the policy gives for \(stage) ran out on Tuesday 24 November 2026: if it is still unresolved, escalate without waiting (not from the policy).",
        ])
        let saved = turn.effects.compactMap { effect -> (String, String)? in
            if case .saveCalendarEntry(let name, let text) = effect { return (name, text) } else { return nil }
        }
        let (name, text) = try #require(saved.first)
        // Named for the day it is on, as its event is (a chat review, round 20, F14: named for the day gone).
        #expect(name == "escalation-reminder-2026-12-18.ics")
        #expect(text.contains("DTSTART;VALUE=DATE:20261218\r\n"))
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:Escalation deadline passed on Tuesday 24 November 2026: \(stage)"))
        #expect(unfolded.contains("ran out on Tuesday 24 November 2026: if it is still unresolved\\, escalate without waiting (not from the policy)."), "\(unfolded)")
    }

    /// A chat review (round 5, 2026-11-30): "3 5", typed for the checklist's gaps one question late, was kept as the description.
    @Test("numbers alone are not taken as the description", arguments: ["3 5", "1, 4", "2"])
    func numbersAreNotADescription(_ text: String) {
        let turn = play(["no", "no", "child", "1", "yes", text], policy: "torbay")
        #expect(turn.session.intake.description == nil, "\(turn.replies.flatMap(\.lines))")
        #expect(turn.replies.flatMap(\.lines).contains { $0.hasPrefix("That looks like an answer to the question before") })
    }

    /// A chat review (round 5, 2026-11-30): "last week" became exactly seven days back, and "12/11" typed in March
    /// last November, without a word; the practitioner is now told the day taken.
    @Test("a date read from a week, a weekday or last year's day and month is said back", arguments: [
        ("last week", "2026-11-23T10:00", "Last week was Monday 16 November 2026 to Sunday 22 November 2026. Taken as its first day"), ("last Monday", "2026-11-24T10:00", "Taken as Monday 23 November 2026"),
        ("2 weeks ago", "2026-11-23T10:00", "Taken as Monday 9 November 2026"), ("12/11", "2026-03-10T10:00", "Taken as Wednesday 12 November 2025"),
    ])
    func dateSaidBack(_ answer: String, _ now: String, _ said: String) {
        let turn = play(["no", "no", "child", "1", "yes", "drift and delay", "yes", "0", answer], policy: "torbay", at: Moment(iso: now))
        #expect(turn.replies.flatMap(\.lines).contains { $0.hasPrefix(said) }, "\(turn.replies.flatMap(\.lines))")
        let plain = play(["no", "no", "child", "1", "yes", "drift and delay", "yes", "0", "yesterday"], policy: "torbay", at: Moment(iso: now))
        #expect(!plain.replies.flatMap(\.lines).contains { $0.hasPrefix("Taken as") })
    }

    @Test("UK wall-clock time read as UTC, either side of both changes of the clocks", arguments: [
        ("2026-07-01T10:00", "2026-07-01T09:00"), ("2026-06-01T00:30", "2026-05-31T23:30"), ("2026-01-15T10:00", "2026-01-15T10:00"),
        ("2026-03-29T00:59", "2026-03-29T00:59"), ("2026-03-29T02:00", "2026-03-29T01:00"), ("2026-10-25T01:30", "2026-10-25T00:30"),
        ("2026-10-25T02:00", "2026-10-25T02:00"), ("2027-03-28T03:00", "2027-03-28T02:00"), ("2027-03-27T23:00", "2027-03-27T23:00"),
    ])
    func utcFromUKTime(_ local: String, _ utc: String) throws {
        #expect(try #require(Moment(iso: local)).utcFromUKTime == Moment(iso: utc))
    }

    /// An outside review (2026-11-30): a hurried reader takes the first date, so where a reading of the
    /// policy's words is earlier, the reminder goes on the earlier date too.
    @Test("where a reading gives an earlier date, the calendar entry falls on it") func calendarOnEarliest() throws {
        let turn = play(["no", "no", "child", "1", "yes", "drift and delay", "yes", "1", "last monday", "friday", "halton", "calendar"], policy: "pan-cheshire")
        let saved = turn.effects.compactMap { effect -> String? in
            if case .saveCalendarEntry(let name, _) = effect { return name } else { return nil }
        }
        // Step 1's "5 working days" from Friday 20 November runs to Friday 27; the heading's Day 3-7 from Monday 16 ends Tuesday 24.
        #expect(saved == ["escalation-deadline-2026-11-24.ics"], "\(turn.replies.flatMap(\.lines))")
        // The entry says the date is the one to work to, and keeps to RFC 5545's 75 octets a line.
        let text = try #require(turn.effects.compactMap { effect -> String? in
            if case .saveCalendarEntry(_, let text) = effect { return text } else { return nil }
        }.first)
        #expect(text.split(separator: "\r\n", omittingEmptySubsequences: false).allSatisfy { $0.utf8.count <= 75 })
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("Work to: Tuesday 24 November 2026\\, the earliest date the readings below give"), "\(unfolded)")
    }
}

@Suite("Reading answers")
struct AnswerTests {
    let today = Day(iso: "2026-11-23")!  // a Monday

    @Test("dates as practitioners type them, day first", arguments: [
        ("today", "2026-11-23"), ("yesterday", "2026-11-22"), ("last Monday", "2026-11-16"), ("friday", "2026-11-20"),
        ("3 days ago", "2026-11-20"), ("a week ago", "2026-11-16"), ("2 weeks ago", "2026-11-09"), ("12/11", "2026-11-12"),
        ("12 Nov", "2026-11-12"), ("Nov 12th", "2026-11-12"), ("November 12", "2026-11-12"), ("12th November", "2026-11-12"), ("2026-11-12", "2026-11-12"),
        ("5/11/26", "2026-11-05"), ("3/6", "2026-06-03"),
        ("yesterday afternoon", "2026-11-22"), ("last night", "2026-11-22"),
        // An outside review (round 9, 2026-11-30).
        ("a fortnight ago", "2026-11-09"), ("fortnight ago", "2026-11-09"), ("2 fortnights ago", "2026-10-26"),
        ("friday just gone", "2026-11-20"), ("the 12th", "2026-11-12"), ("on the 23rd", "2026-11-23"), ("the 30th", "2026-10-30"),
        // A chat review (round 13).
        ("a month ago", "2026-10-23"), ("2 months ago", "2026-09-23"), ("two months ago", "2026-09-23"), ("13 months ago", "2025-10-23"),
    ])
    func dates(_ text: String, _ iso: String) {
        #expect(DateAnswer.read(text, today: today) == .day(Day(iso: iso)!))
    }

    /// A day read from "the 12th" or "a fortnight ago" is said back, as the month or the count is the bot's reading.
    @Test("a day of the month, a fortnight or a bare 0 is said back", arguments: ["the 12th", "a fortnight ago", "friday just gone", "0"])
    func saidBack(_ text: String) throws {
        guard case .day(let day) = DateAnswer.read(text, today: today) else { Issue.record("not read: \(text)"); return }
        #expect(DateAnswer.needsSaying(text, day, today: today))
    }

    /// An outside review (2026-11-30): "tomorrow" was not read at all; it is read, and said to be in the future.
    @Test("tomorrow is read as a day in the future") func tomorrow() {
        #expect(DateAnswer.read("tomorrow", today: today) == .future(Day(iso: "2026-11-24")!))
    }

    /// A practitioner's review (2026-11-30): "11/12" typed on 1 December was taken as 11 December of the year
    /// before, and the deadline shown was a year past. With no year, a date that could only be last year's and
    /// more than half a year back is asked for again, with its year.
    @Test("a day and month with no year, most of a year back, is asked for with its year", arguments: [
        ("1/12", "2025-12-01"), ("24 dec", "2025-12-24"), ("30/11", "2025-11-30"),
    ])
    func longAgoDates(_ text: String, _ iso: String) {
        #expect(DateAnswer.read(text, today: today) == .longAgo(Day(iso: iso)!))
    }

    /// A chat review, round 20 (F4): a date of birth typed at the date question was kept as the day it was first raised. A
    /// date typed more than half a year back, with its year or this year's, is read as far back, to be asked about.
    @Test("a date typed more than half a year back is read as far back", arguments: [
        ("1/12/2025", "2025-12-01"), ("24 dec 2025", "2025-12-24"), ("12/03/2015", "2015-03-12"), ("3/4/19", "2019-04-03"), ("1/5", "2026-05-01"),
    ])
    func farBackDates(_ text: String, _ iso: String) {
        #expect(DateAnswer.read(text, today: today) == .farBack(Day(iso: iso)!))
    }

    @Test("future and unreadable dates are caught", arguments: ["2027-01-01", "31/02", "soon", "the 40th"])
    func badDates(_ text: String) {
        #expect(DateAnswer.read(text, today: today) != .day(today))
        if case .day = DateAnswer.read(text, today: today) { Issue.record("read \(text) as a day") }
    }

    @Test("loose policy names", arguments: [("torbay", "torbay"), ("Tourbay", "torbay"), ("cheshire east", "pan-cheshire"),
                                             ("IOM", "isle-of-man"), ("bath", "bcssp"), ("B&NES", "bcssp"), ("shropshire", "shropshire"), ("4", "isle-of-man")])
    func policyNames(_ text: String, _ id: String) {
        let conversation = Conversation(library: .bundled)
        let noOnce = conversation.reply(to: "no", in: conversation.start(at: Moment(day: today, minute: 600)).session, at: Moment(day: today, minute: 600))
        let asked = conversation.reply(to: "no", in: noOnce.session, at: Moment(day: today, minute: 600))
        let turn = conversation.reply(to: text, in: asked.session, at: Moment(day: today, minute: 600))
        #expect(turn.session.policyID == id)
    }

    @Test("yes and no in their many forms") func yesNo() {
        for yes in ["yes", "Y", "yeah", "Yes.", "yep", "correct"] { #expect(Answers.yesNo(yes) == true, "\(yes)") }
        for no in ["no", "no", "N", "nope", "not yet", "No."] { #expect(Answers.yesNo(no) == false, "\(no)") }
        #expect(Answers.yesNo("maybe") == nil)
    }

    @Test("the privacy guard removes identifying details and leaves the rest", arguments: [
        ("Sam Brown 03/04/2015 was not seen", "[removed] was not seen"),
        ("dob 3.4.15 and the plan", "[removed] and the plan"),
        ("lives at 22 Station Road with mum", "lives at [removed] with mum"),
        ("postcode SW1A 1AA", "postcode [removed]"),
        ("NHS number 485 777 3456", "NHS number [removed]"),
        ("call 07700 900123", "call [removed]"),
        ("her name is Chloe", "her name is [removed]"),
        ("the referral was rejected", "the referral was rejected"),
    ])
    func privacy(_ text: String, _ expected: String) {
        #expect(PrivacyGuard.redact(text).text == expected)
    }

    @Test("a terminal escape sequence typed is dropped whole, not left as its letters", arguments: [
        ("ASC closed it\u{1b}[31m red \u{07} bell", "ASC closed it red bell"),
        ("\u{07}\u{1b}[31m", ""), ("CSC\u{1b}[1;31mclosed\u{1b}[0m it", "CSCclosed it"), ("a\u{1b}]0;title\u{07}b", "ab"),
        ("a\u{1b}(Bb", "ab"), ("a\u{9b}2Jb", "ab"), ("trailing \u{1b}", "trailing"),
    ])
    func escapes(_ line: String, _ kept: String) {
        #expect(Input(line).text == kept)
    }

    @Test("skipping patterns by their cues removes exactly what running them all would", arguments: [
        "Sam Brown 03/04/2015 was not seen", "NAMED Jo Bloggs by the school", "she is Called Amy", "a child called Ben Jones",
        "the referral was rejected", "flat 3, 10 Downing Street", "SW1A 1AA", "call 07700 900123", "Zoë, dob 1/2/2019",
        "ring ٠٧٧٠٠ ٩٠٠١٢٣", "her name's Chloe and she was born on 3 March 2016", "no digits and no names here",
        "Grace said she was scared", "Mason's mum refused", "for K. and A.B.", "JS (aged 7)", "5 Bayr Ballacriy, Jurby", "at Ballakilley",
        "Dafydd ap Rhys and Juniper", "GRACE SAID SHE WAS SCARED",
        "summer told her teacher", "River is 7 and", "Faith (year 2) has lost weight", "will's dad", "NI number QQ 12 34 56 C",
        "born April 2015", "date of birth third of April twenty fifteen", "lives at The Willows", "the Chair said",
        "discharged to 5 The Maltings, Ludlow SY8 1AB", "3 ashdown close paignton tq4 5xx", "born the third of the fourth twenty fifteen",
        "dob the 3rd of the 4th 15", "Kai LCS 998877", "Bubba (the baby) is 6 months", "nan Betty and grandad Ron are caring", "MARS said",
        "Resident Bill Smith (Rm 14, Rose Lodge) ASC decided no s42", "mother: Catriona, partner: Dave", "the son (Stuart) and daughter (Ali)",
        "brown's wife says", "Ms O Sullivan said no", "the adult, hereafter AB, was", "resident known as Nanny Peg", "mrs o'brien in room 7",
        "In bed 4 on ward 21", "her dob is the 3rd of March", "service user Anne Marie Ward", "the adult (AB) lacks capacity",
        // Round 16: family names listed, by their shape and in lower case; a pair after a word that introduces a person; titles.
        "Bethan Jones was seen", "worried about Heledd Gwyn", "re: Nanw Tegid", "Saoirse O'Brien", "Mairi MacLeod", "Tam McKay",
        "Ana Robson", "bogdan lungu", "Yaroslava Ivanova", "the Jones twins", "PC 1234 Smith", "PC1234 said", "Sgt. Brown", "sgt. brown",
        "pc smith", "Nurse Hughes", "Det Sgt McAllister", "the PC said no", "Gethin Gruffydd-Bowen", "Storm Evans' school",
    ])
    func privacyCues(_ text: String) {
        var everyPattern = text
        for pattern in PrivacyGuard.patterns {
            everyPattern = pattern.expression.stringByReplacingMatches(in: everyPattern, range: NSRange(everyPattern.startIndex..., in: everyPattern),
                                                            withTemplate: pattern.template)
        }
        #expect(PrivacyGuard.redact(text).text == everyPattern)
    }
}

@Suite("Saved sessions")
struct SavedSessionTests {
    @Test("a session saved before later fields existed still loads, at the same step") func olderSessionLoads() throws {
        let older = #"{"policyID": "torbay", "policyFixed": true, "step": "counterpart", "started": {"day": "2026-11-23", "minute": 600}, "intake": {"risk": "none", "subject": "child"}}"#
        let session = try JSONDecoder().decode(Session.self, from: Data(older.utf8))
        #expect(session.step == .counterpart)
        #expect(session.intake.subject == .child)
        #expect(session.turns == 0 && session.history.isEmpty && session.training == nil)
        let turn = Conversation(library: .bundled).reply(to: "1", in: session, at: Moment(iso: "2026-11-23T10:05")!)
        #expect(turn.session.step == .checklist)
    }
}

@Suite("Reading answers and commands")
struct CommandTests {
    static let phrases = ["help", "commands", "back", "undo", "restart", "start again", "start over", "status", "train", "training",
                          "practice", "why", "calendar", "ics", "reminder", "quit", "exit", "bye", "end", "record",
                          "record markdown", "record md", "record json", "record text"]

    @Test("every command is read however it is typed, and long answers are never taken for one") func commandsRead() {
        for phrase in Self.phrases {
            #expect(Command(phrase) != nil, "\(phrase)")
            #expect(Command("  " + phrase.uppercased() + "!!!  ") == Command(phrase), "\(phrase)")
            #expect(Command(phrase + ", " + phrase) == nil, "\(phrase) twice")
        }
        #expect(Command("record    markdown ... please") == nil)
        #expect(Command("RECORD -- MARKDOWN") == .record(.markdown))
        #expect(Command("the decision to end the plan") == nil)
        #expect(Command("“help”") == .help)
        #expect(Command("“record markdown”") == .record(.markdown))
        #expect(Command("yes") == nil && Command("2") == nil && Command("today") == nil && Command("ended") == nil)
    }

    @Test("answers already in normal form are the same read in full", arguments: Transcript.all)
    func normalAnswersNeedNoReading(_ transcript: Transcript) {
        for text in transcript.inputs + ["yes", "2", "today", "3 days ago", "dont", "cant know", "it", "t", "yes ", " no", "a  b"] {
            #expect(Answers.normalized(text) == Answers.normalizedInFull(text), "\(text)")
        }
        #expect(Answers.isNormal("3 days ago") && !Answers.isNormal("dont") && !Answers.isNormal("Yes") && !Answers.isNormal(""))
    }

    @Test("the quick check never turns away what the full reading takes for a command", arguments: Transcript.all)
    func quickCheckAgreesWithFullReading(_ transcript: Transcript) {
        let decorated = (Self.phrases + Command.phrases.keys).flatMap { [$0, $0.uppercased() + "!", "“\($0)”", "'\($0)'", "\($0) please", "1 \($0)", "\($0)'s", $0 + "s", "re" + $0] }
        for text in transcript.inputs + decorated {
            // "?" alone is help, read before any words (a chat review, round 19).
            let full = Command.isQuestionMarkAlone(text) ? .help : Command.phrases[Answers.normalizedInFull(text)]
            #expect(Command(text) == full, "\(text)")
        }
    }

    @Test("a command word of any length is recognised") func longCommandWords() {
        #expect(Command("summarise") == .status && Command("Summarise.") == .status && Command("start again") == .restart)
    }
}

/// The prepared lists against the plain matching they replaced, on every answer the transcripts type.
@Suite("Prepared choice lists")
struct ChoiceListTests {
    /// The matching as it was: every name normalised and compared on every call.
    static func plainBest<Key: Equatable>(_ text: String, among candidates: [(key: Key, names: [String])]) -> Key? {
        let answer = Answers.normalized(text)
        guard !answer.isEmpty else { return nil }
        func match(_ name: String) -> Int {
            if answer == name { return 3 }
            let answerWords = answer.split(separator: " "), nameWords = name.split(separator: " ")
            guard !nameWords.isEmpty else { return 0 }
            if nameWords.allSatisfy({ answerWords.contains($0) }) { return 2 }
            return nameWords.allSatisfy { word in answerWords.contains { word.count >= 4 && Answers.editDistance(Array($0), Array(word)) <= 1 } } ? 1 : 0
        }
        let scored = candidates.compactMap { candidate -> (Key, Int)? in
            let score = candidate.names.map { match(Answers.normalized($0)) }.max() ?? 0
            return score > 0 ? (candidate.key, score) : nil
        }
        guard let top = scored.max(by: { $0.1 < $1.1 }) else { return nil }
        let tied = scored.filter { $0.1 == top.1 }
        return tied.count > 1 && !tied.allSatisfy({ $0.0 == top.0 }) ? nil : top.0
    }

    static let library = PolicyLibrary.bundled
    static let candidates: [(key: String, names: [String])] = library.policies.enumerated().map { offset, policy in
        (policy.id, ["\(offset + 1)", policy.id, policy.shortName, policy.name] + policy.aliases + policy.areas.map(\.name))
    }

    static var answers: [String] {
        let names = candidates.flatMap(\.names) + DisagreementType.allCases.flatMap(\.names)
        let typed = names.flatMap { name in
            [name, name.uppercased(), String(name.dropLast()), String(name.dropFirst()), name + "s", String(name.reversed()),
             name.replacingOccurrences(of: "e", with: "a"), "the \(name) one", "chshire east", "torbya", "isle of mann", "bnes", "cheshire", "shrophsire", "tobray", "ilse of man"]
        }
        return Transcript.all.flatMap(\.inputs) + typed + ["", "é", "cafe", "café", "naïve plan", "zzzz zzzz", "supercalifragilisticexpialidocious partnership", "a b c torbay"]
    }

    @Test("a prepared list picks what the plain matching picked, for every answer") func agreesWithPlainMatching() {
        let prepared = ChoiceList(Self.candidates)
        #expect(prepared.best("shrophsire") == "shropshire" && prepared.best("tobray") == "torbay")
        let types = DisagreementType.allCases.map { ($0, $0.names) }
        for answer in Self.answers {
            #expect(prepared.best(answer) == Self.plainBest(answer, among: Self.candidates), "\(answer)")
            #expect(Conversation.types.best(answer) == Self.plainBest(answer, among: types), "\(answer)")
        }
    }

    @Test("one edit apart, on bytes, is what the edit distance says", arguments: ["abcd", "torbay", "a", "", "shropshire"])
    func oneEdit(_ word: String) {
        // Two neighbouring letters swapped are one edit (a chat review, round 8: "shrophsire").
        let swapped = word.count >= 2 ? String(Array(word).enumerated().map { $0.offset == 1 ? Array(word)[0] : $0.offset == 0 ? Array(word)[1] : $0.element }) : word
        let variants = [word, "x" + word, word + "x", String(word.dropFirst()), String(word.dropLast()), "xy" + word, String(word.reversed()), swapped,
                        word.isEmpty ? "" : "z" + word.dropFirst(), word.isEmpty ? "" : word.dropLast() + "z"]
        for other in variants {
            #expect(ChoiceList<Int>.withinOneEdit(ArraySlice(other.utf8), Array(word.utf8)) == (Answers.editDistance(Array(other), Array(word)) <= 1), "\(other) / \(word)")
        }
    }
}

extension ConversationTests {
    @Test("a session saved before the type shortlist keeps its one suggestion as the shortlist") func legacySuggestion() throws {
        let intake = try JSONDecoder().decode(Intake.self, from: Data(#"{"suggestedType": "power-authority", "typeConfidence": 0.7}"#.utf8))
        #expect(intake.typeShortlist == [.powerAuthority])
        #expect(intake.suggestedType == .powerAuthority)
    }
}

/// What the engine does faster than it did, against the plain way, on every transcript.
@Suite("Readings made cheaper")
struct CheaperReadingTests {
    @Test("an answer read for risk alone is read as the full classification reads it", arguments: Transcript.all)
    func riskAlone(_ transcript: Transcript) {
        for input in transcript.inputs {
            let guarded = PrivacyGuard.redact(Transcript.typed(input)).text
            let full = Classifier.standard.classify(guarded)
            let risk = Classifier.standard.urgency(of: guarded)
            #expect(risk.urgency == full.urgency && risk.cues == full.cues, "\(input)")
        }
    }

    @Test("a record's reply lines are its rendering split at line feeds, in every format", arguments: Transcript.all)
    func recordLines(_ transcript: Transcript) {
        let conversation = Conversation(library: .bundled)
        var turn = transcript.training ? conversation.startTraining(policyID: transcript.policy, at: transcript.now)
            : conversation.start(policyID: transcript.policy, at: transcript.now)
        for input in transcript.inputs {
            turn = conversation.reply(to: Transcript.typed(input), in: turn.session, at: transcript.now)
            guard let record = conversation.record(for: turn.session, at: transcript.now) else { continue }
            for format in CaseRecord.Format.allCases {
                #expect(record.lines(format) == record.rendered(format).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            }
        }
    }

    @Test("splitting at line feeds on bytes splits where splitting on Characters does", arguments: [
        "", "a", "\n", "\n\n", "a\nb", "a\r\nb", "a\r\n\nb", "\r", "a\r", "\ra\n", "é\nà", "line\n", "\u{301}\nx", "a\n\r\nb",
    ])
    func lineFeeds(_ text: String) {
        #expect(CaseRecord.splitAtLineFeeds(text) == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    @Test("a record line holding a break is split as the whole record is", arguments: ["a\nb", "ends in a return\r", "plain", "\r\n", "\n"])
    func breaksInLines(_ summary: String) throws {
        let conversation = Conversation(library: .bundled)
        let now = Moment(iso: "2026-11-23T10:00")!
        var turn = conversation.start(policyID: "torbay", at: now)
        for answer in ["no", "no", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today"] { turn = conversation.reply(to: answer, in: turn.session, at: now) }
        var record = try #require(conversation.record(for: turn.session, at: now))
        record.summary = summary
        for format in CaseRecord.Format.allCases {
            #expect(record.lines(format) == record.rendered(format).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
    }
}
