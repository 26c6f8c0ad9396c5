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
        let turn = play(["no", "1", "1", text], policy: "torbay")
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        #expect(said(turn).contains("You wrote '"))
    }

    @Test("a no at the type question with a disclosure after it is asked about") func typeQuestionDetail() {
        let asked = play(["no", "1", "1", "yes", "Health visitor disagrees with CSC about the level of need"], policy: "torbay")
        #expect([.confirmType, .pickType].contains(asked.session.step))
        let turn = conversation.reply(to: "no, actually she has now told me stepdad touched her and she goes home at 3.30", in: asked.session, at: friday)
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
    }

    /// "no, and the 4 year old was left home alone" recorded item 4 as not done; the risk was not asked about.
    @Test("an age in a no is not a checklist item, and the sign in it is asked about before which items are not done")
    func ageIsNotAnItem() {
        let turn = play(["no", "1", "1", "no, and the 4 year old was left home alone again last night"], policy: "torbay")
        #expect(turn.session.intake.checklistGaps.isEmpty)
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        let after = conversation.reply(to: "no", in: turn.session, at: friday)
        #expect(after.session.step == .checklistGaps, "\(said(after))")
        #expect(Answers.itemNumbers("no, 3 and 5") == [3, 5] && Answers.itemNumbers("yes but not 2") == [2])
        #expect(Answers.itemNumbers("the 4 year old and 3 kids at 5") == [])
    }

    /// "CSC team manager closed the case" at "Who is the disagreement with?" was taken as the practitioner's own manager.
    @Test("another agency's manager is not the practitioner's own", arguments: ["CSC team manager closed the case and won't reconsider",
                                                                             "my manager and I both think CSC are wrong to close it"])
    func otherAgencysManager(_ text: String) {
        for policy in ["bcssp", "isle-of-man"] {
            let turn = play(["no", "1", text], policy: policy)
            #expect(turn.session.intake.counterpart != .ownManager, "\(policy): \(said(turn))")
        }
        #expect(play(["no", "1", "my manager"], policy: "bcssp").session.intake.counterpart == .ownManager)
        #expect(play(["no", "1", "CSC"], policy: "bcssp").session.intake.counterpart == .otherAgency)
    }

    /// After `back`, "24/12" typed at the description question replaced the description in the record.
    @Test("a date alone is not a description", arguments: ["24/12", "1 March", "today", "yesterday"])
    func dateIsNotADescription(_ text: String) {
        let asked = play(["no", "1", "1", "yes"], policy: "torbay")
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
        #expect(torbay.contains("as soon as possible, as the policy says where a child is at immediate risk of significant harm; at the latest"), "\(torbay)")
    }
}
