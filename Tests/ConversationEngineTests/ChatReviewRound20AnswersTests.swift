import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 20 (2026-12-04): answers the bot took the wrong way, each replayed in the engine.
@Suite("Chat review, round 20: answers")
struct ChatReviewRound20AnswersTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2026-12-04T16:55")!
    var now: Moment { friday }

    // MARK: F4: a date of birth at "When was it first raised?"

    static let shropshireToRaised = ["3", "shropshire", "child", "1", "yes", "CSC lack of action", "skip", "0"]

    @Test("a date years back is asked about, said as how long ago, and not kept", arguments: [
        ("12/03/2015", "11 years"), ("3/4/19", "7 years"), ("12 March 2015", "11 years"), ("02/03", "9 months"), ("1/1/2026", "11 months"),
    ])
    func dateFarBackAsked(_ typed: String, _ ago: String) {
        let turn = play(Self.shropshireToRaised + [typed])
        #expect(turn.session.step == .raised, "\(said(turn))")
        #expect(turn.session.intake.raised == nil)
        #expect(said(turn).hasPrefix("That is \(ago) ago. If it is a date of birth, I never need one, and I have not kept it."), "\(said(turn))")
        // Nothing sent back or kept names the day itself.
        #expect(!said(turn).contains("2015") && !said(turn).contains("2019") && !said(turn).contains("March"), "\(said(turn))")
        #expect(conversation.record(for: turn.session, at: now) == nil)
    }

    @Test("the date typed again after the question is kept, and said") func dateFarBackConfirmed() throws {
        let turn = play(Self.shropshireToRaised + ["12/03/2015", "12/03/2015"])
        #expect(turn.session.intake.raised == Day(iso: "2015-03-12"), "\(said(turn))")
        #expect(said(turn).hasPrefix("Taken as Thursday 12 March 2015"), "\(said(turn))")
        let record = try #require(conversation.record(for: turn.session, at: now))
        #expect(record.textLines.contains("First raised: Thursday 12 March 2015"))
    }

    @Test("another day typed after the question is kept as any day is; a yes is asked for the date") func dateFarBackThenAnother() {
        let corrected = play(Self.shropshireToRaised + ["12/03/2015", "yesterday"])
        #expect(corrected.session.intake.raised == Day(iso: "2026-12-03"), "\(said(corrected))")
        let yes = play(Self.shropshireToRaised + ["12/03/2015", "yes"])
        #expect(yes.session.intake.raised == nil)
        #expect(said(yes).hasPrefix(Prompts.dateAgainToKeep), "\(said(yes))")
    }

    @Test("the question is asked at each date question, the stage's end too") func dateFarBackAtStageStarted() {
        let toStage = ["3", "shropshire", "child", "1", "yes", "CSC lack of action", "skip", "1", "12/03/2015", "12/03/2015"]
        let asked = play(toStage + ["3/4/2019"])
        #expect(asked.session.step == .stageStarted, "\(said(asked))")
        #expect(asked.session.intake.stageStarted == nil)
        #expect(said(asked).hasPrefix("That is 7 years ago. If it is a date of birth, I never need one, and I have not kept it. If the stage really ended then"), "\(said(asked))")
        let kept = play(toStage + ["3/4/2019", "3/4/2019"])
        #expect(kept.session.intake.stageStarted == Day(iso: "2019-04-03"), "\(said(kept))")
    }

    @Test("a date within half a year is taken as before", arguments: ["12/11", "1/7/2026", "3 weeks ago", "today"])
    func recentDateTaken(_ typed: String) {
        let turn = play(Self.shropshireToRaised + [typed])
        #expect(turn.session.intake.raised != nil, "\(said(turn))")
    }

    @Test("the question asked survives a saved session") func dateAskedAgainSaved() throws {
        let turn = play(Self.shropshireToRaised + ["12/03/2015"])
        let decoded = try JSONDecoder().decode(Session.self, from: Data(turn.session.jsonBytes))
        #expect(decoded.intake.dateAskedAgain)
        #expect(!String(decoding: turn.session.jsonBytes, as: UTF8.self).contains("2015"))
    }
}
