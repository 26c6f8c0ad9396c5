import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 14 (2026-11-30): findings about what the chat reads and acts on, each replayed in the engine.
@Suite("Chat review, round 14")
struct ChatReviewRound14Tests {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2026-12-11T16:59")!

    func play(_ answers: [String], policy: String, at now: Moment? = nil) -> Turn {
        var turn = conversation.start(policyID: policy, at: now ?? friday)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: now ?? friday) }
        return turn
    }

    func said(_ turn: Turn) -> String { turn.replies.flatMap(\.lines).joined(separator: "\n") }

    /// "no - she told me her stepdad touched her" at the checklist passed as a plain no: the "no" negated the disclosure.
    @Test("words after a short answer are read apart for risk at every question", arguments: [
        "no - she told me her stepdad touched her", "no, not yet - and dad hit her with a belt last night, she is scared to go home",
        "no. the baby has a bruise on his face and mum's partner is there tonight", "No, sorry. Dad was arrested for DV last night and is back home today",
    ])
    func checklistDetail(_ text: String) {
        let turn = play(["no", "no", "1", "1", text], policy: "torbay")
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        #expect(said(turn).contains("You wrote '"))
    }

    @Test("a no at the type question with a disclosure after it is asked about") func typeQuestionDetail() {
        let asked = play(["no", "no", "1", "1", "yes", "Health visitor disagrees with CSC about the level of need"], policy: "torbay")
        #expect([.confirmType, .pickType].contains(asked.session.step))
        let turn = conversation.reply(to: "no, actually she has now told me stepdad touched her and she goes home at 3.30", in: asked.session, at: friday)
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
    }

    /// "no, and the 4 year old was left home alone" recorded item 4 as not done; the risk was not asked about.
    @Test("an age in a no is not a checklist item, and the sign in it is asked about before which items are not done")
    func ageIsNotAnItem() {
        let turn = play(["no", "no", "1", "1", "no, and the 4 year old was left home alone again last night"], policy: "torbay")
        #expect(turn.session.intake.checklistGaps.isEmpty)
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        // Harm named is asked about as significant risk after the "no", as at the description (a chat review, round 18).
        let significant = conversation.reply(to: "no", in: turn.session, at: friday)
        #expect(significant.session.intake.askingAboutSignificant, "\(said(significant))")
        let after = conversation.reply(to: "no", in: significant.session, at: friday)
        #expect(after.session.step == .checklistGaps, "\(said(after))")
        #expect(Answers.itemNumbers("no, 3 and 5") == [3, 5] && Answers.itemNumbers("yes but not 2") == [2])
        #expect(Answers.itemNumbers("the 4 year old and 3 kids at 5") == [])
    }

    /// "CSC team manager closed the case" at "Who is the disagreement with?" was taken as the practitioner's own manager.
    @Test("another agency's manager is not the practitioner's own", arguments: ["CSC team manager closed the case and won't reconsider",
                                                                             "my manager and I both think CSC are wrong to close it"])
    func otherAgencysManager(_ text: String) {
        for policy in ["bcssp", "isle-of-man"] {
            let turn = play(["no", "no", "1", text], policy: policy)
            #expect(turn.session.intake.counterpart != .ownManager, "\(policy): \(said(turn))")
        }
        #expect(play(["no", "no", "1", "my manager"], policy: "bcssp").session.intake.counterpart == .ownManager)
        #expect(play(["no", "no", "1", "CSC"], policy: "bcssp").session.intake.counterpart == .otherAgency)
    }

    /// After `back`, "24/12" typed at the description question replaced the description in the record.
    @Test("a date alone is not a description", arguments: ["24/12", "1 March", "today", "yesterday"])
    func dateIsNotADescription(_ text: String) {
        let asked = play(["no", "no", "1", "1", "yes"], policy: "torbay")
        #expect(asked.session.step == .description)
        let turn = conversation.reply(to: text, in: asked.session, at: friday)
        #expect(turn.session.step == .description && turn.session.intake.description == nil, "\(said(turn))")
    }

    /// "3" at the urgent prompt, which shows words only, quit the conversation.
    @Test("a number no one was shown never quits or restarts") func hiddenNumbers() {
        let urgent = play(["yes"], policy: "isle-of-man", at: Moment(iso: "2027-01-01T20:15")!)
        #expect(urgent.session.step == .urgentShown)
        let three = conversation.reply(to: "3", in: urgent.session, at: Moment(iso: "2027-01-01T20:15")!)
        #expect(!three.effects.contains(.end) && three.session.step == .urgentShown, "\(said(three))")
    }

    /// An outside routing review (round 16): after "significant, not immediate", "at risk of harm today?" was a question
    /// someone at significant risk answers yes to, and the yes gave the urgent route for immediate risk.
    @Test("after significant risk, a sign is asked about as immediate risk, in those words") func significantThenSign() {
        let turn = play(["2", "1", "1", "yes", "CSC will not visit and the 5 year old is home alone tonight"], policy: "torbay")
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        #expect(said(turn).contains("You said significant risk, not immediate: is the child at immediate risk of harm today?"), "\(said(turn))")
    }

    /// After the urgent route, carrying on: the Isle of Man's "urgently expedited" and Torbay's "shortest timescale
    /// possible" put haste first, and the Isle of Man's earlier reading is worked to.
    @Test("carrying on from immediate risk, the stage's time says haste first and works to the earlier reading") func hasteAfterUrgent() {
        let eve = Moment(iso: "2026-12-24T17:05")!
        let iom = said(play(["yes", "continue", "1", "1", "yes", "Police wont do a welfare check on a 5 year old left home alone tonight", "1", "0", "today"],
                            policy: "isle-of-man", at: eve))
        #expect(iom.contains("Work to: as soon as possible; at the latest today, Thursday 24 December 2026"), "\(iom)")
        #expect(!iom.contains("which the words favour"))
        let torbay = said(play(["yes", "continue", "1", "1", "yes", "Police wont do a welfare check on a 5 year old left home alone", "1", "0", "today"],
                               policy: "torbay", at: eve))
        // Since round 20 (F2), with the policy's silence on a time said in its own words, and the haste before the date.
        // Since round 21 (F8), with no condition of risk put in the policy's mouth: Torbay asks the shortest timescale of every case.
        // Since round 23 (F10), Torbay's one week as a calendar week is another reading, earlier over Christmas: the haste leads
        // the "Work to" line, and the reading it qualifies says the policy's silence.
        #expect(torbay.contains("Work to: as soon as possible; at the latest Thursday 31 December 2026"), "\(torbay)")
        #expect(torbay.contains("as soon as possible, as the policy asks (the Torbay policy sets no time for immediate risk"), "\(torbay)")
        #expect(torbay.contains("; at the latest "), "\(torbay)")
    }
}

/// A chat review, round 15 (2026-11-30), on the round before's changes: a record that said a sign was answered no when
/// it was never asked, a careful "not today" asked about, a number taken from a list never shown, "3, ongoing neglect".
@Suite("Chat review, round 15")
struct ChatReviewRound15Tests {
    let conversation = Conversation(library: .bundled)
    let now = Moment(iso: "2026-12-04T10:00")!

    func play(_ answers: [String], policy: String?, opening: String? = nil) -> Turn {
        var turn = conversation.start(policyID: policy, at: now, opening: opening)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: now) }
        return turn
    }

    func said(_ turn: Turn) -> String { turn.replies.flatMap(\.lines).joined(separator: "\n") }

    @Test("a sign in the opening message, then a yes: the record says nothing was asked again") func openingThenYes() throws {
        let turn = play(["yes"], policy: "torbay", opening: "hi, a 5yo is home alone")
        let record = try #require(conversation.record(for: turn.session, at: now))
        #expect(!record.rendered(.text).contains("answered no"), "\(record.rendered(.text))")
        #expect(record.riskAskedAgain.isEmpty)
    }

    @Test("harm done last week, after a no, is asked about as significant risk; harm years ago is not") func recentHarm() {
        let recent = play(["no", "no", "1", "1", "yes", "CSC closed the case though dad hit him last week"], policy: "torbay")
        #expect(recent.session.step == .riskAgain && recent.session.intake.askingAboutSignificant, "\(said(recent))")
        let old = play(["no", "no", "1", "1", "yes", "mum was assaulted by her ex in 2017, he is in prison and we disagree about the CIN plan"], policy: "torbay")
        #expect(old.session.step != .riskAgain, "\(said(old))")
    }

    @Test("'not today' after a no belongs to the answer, and is not asked about") func notTodayIsAnAnswer() {
        let asked = play(["no", "no", "1", "1", "yes", "CSC closed the case", "yes"], policy: "torbay")
        let turn = conversation.reply(to: "no - not today, he is at nan's", in: asked.session, at: now)
        #expect(turn.session.step != .riskAgain, "\(said(turn))")
        #expect(Conversation.riskAnswerSplit("no - not today, dad is drunk and has the baby")?.detail == "dad is drunk and has the baby")
    }

    @Test("one type proposed shows no list: a number there is not a type") func numberAtOneType() {
        var turn = play(["no", "no", "1", "1", "yes", "CSC closed the case"], policy: "torbay")
        guard turn.session.step == .confirmType, turn.session.intake.typeShortlist.count == 1 else { return }
        turn = conversation.reply(to: "2", in: turn.session, at: now)
        #expect(turn.session.intake.type == nil, "\(said(turn))")
    }

    @Test("a number at the first question with a few words after it is that number", arguments: [("3, ongoing neglect", Risk.none), ("2, ongoing neglect", .significant)])
    func numberThenWords(_ text: String, _ risk: Risk) {
        let turn = play([text], policy: "torbay")
        #expect(turn.session.intake.risk == risk, "\(said(turn))")
    }

    @Test("who the disagreement is with, read from a sentence, is said back; an agency and a manager named is the agency",
          arguments: [("CSC team manager says no further action", Counterpart.otherAgency), ("my manager thinks it doesn't meet threshold", .ownManager),
                      ("ICPC outcome was no CP plan", .conference), ("my manager and I both think CSC are wrong to close it", .otherAgency),
                      ("I disagree with my manager about the referral to CSC", .ownManager)])
    func counterpartSaidBack(_ text: String, _ counterpart: Counterpart) {
        let turn = play(["no", "no", "1", text], policy: "torbay")
        #expect(turn.session.intake.counterpart == counterpart, "\(said(turn))")
        #expect(said(turn).contains("I read that as: ") && said(turn).contains("If that is wrong, type 'back'."), "\(said(turn))")
        #expect(!said(play(["no", "no", "1", "1"], policy: "torbay")).contains("I read that as"))
    }

    @Test("the haste is said with the right article, as strong as the weakest words") func hasteArticle() {
        let friday = Moment(iso: "2026-12-04T17:01")!
        var turn = conversation.start(policyID: nil, at: friday)
        for answer in ["yes", "shropshire", "continue", "2", "1", "yes", "housing refused emergency accommodation for a woman fleeing DV", "yes", "0", "today"] {
            turn = conversation.reply(to: answer, in: turn.session, at: friday)
        }
        let text = said(turn)
        #expect(!text.contains("a adult"))
        // Since round 21 (F8) the haste at immediate risk names no condition the policy does not state; the article test stands.
        #expect(text.contains("as the policy asks (the Shropshire policy sets no time for immediate risk"), "\(text)")
    }
}
