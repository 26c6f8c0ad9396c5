import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 19 (2026-12-02): the findings left by the first fixes, each replayed in the engine.
@Suite("Chat review, round 19: the rest")
struct ChatReviewRound19RestTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2026-12-04T16:50")!
    var now: Moment { friday }

    // MARK: Po1: only what is still to do

    static let torbayStageOne = ["3", "2", "1", "1"]
    static let described = ["MASH decided no further action after the referral, we think it meets threshold", "yes", "0", "today"]

    @Test("Torbay's checklist answered yes: the route does not say to consult a supervisor first") func checklistYes() {
        let turn = play(Self.torbayStageOne + ["yes"] + Self.described)
        #expect(turn.session.step == .routed, "\(said(turn))")
        #expect(!said(turn).contains("Pre-escalation"), "\(said(turn))")
        #expect(!said(turn).contains("first consult a supervisor"), "\(said(turn))")
    }

    @Test("Torbay's checklist with the supervisor not yet consulted: the route says that alone") func checklistGap() {
        let turn = play(Self.torbayStageOne + ["no", "no", "1"] + Self.described)
        #expect(turn.session.step == .routed, "\(said(turn))")
        #expect(said(turn).contains("- Pre-escalation: first consult a supervisor or manager within your own organisation to clarify your thinking.\n"), "\(said(turn))")
    }

    // MARK: Po3: a weekday in a short answer; the record's stage line one way

    static let friday11 = Day(iso: "2026-12-11")!

    @Test("a weekday named in a short answer is read as it would be alone", arguments: [
        ("when [removed] told me, on Monday", "2026-12-07"), ("when she told me on monday", "2026-12-07"),
        ("on weds after the meeting", "2026-12-09"), ("she raised it on Tuesday with them", "2026-12-08"), ("on monday", "2026-12-07"),
    ])
    func weekdayInAnswer(_ typed: String, _ day: String) {
        #expect(DateAnswer.answer(typed, today: Self.friday11) == .day(Day(iso: day)!))
    }

    @Test("a weekday to come, in another week, beside a number or one of two is not read", arguments: [
        "we meet next monday", "it was raised last week on monday", "monday or tuesday I think", "monday 3 weeks ago", "till monday",
        "she sat with me at the meeting",
    ])
    func weekdayNotRead(_ typed: String) {
        #expect(DateAnswer.answer(typed, today: Self.friday11) == .unreadable)
    }

    @Test("a short description with a weekday is still a description, read for risk") func weekdayInDescription() {
        #expect(!Conversation.isDateAlone("dad hit her on monday", today: Self.friday11))
        let turn = play(["3", "shropshire", "1", "1", "yes", "dad hit her on monday"])
        #expect(turn.session.intake.description != nil, "\(said(turn))")
    }

    @Test("', on Monday' at the date prompt is taken, and said back") func weekdayAtPrompt() {
        let at = Moment(iso: "2026-12-11T11:00")!
        let turn = play(["3", "shropshire", "1", "1", "yes", "health and CSC disagree about roles and responsibilities", "yes", "0",
                         "when Jayden Smith told me, on Monday"], at: at)
        #expect(turn.session.intake.raised == Day(iso: "2026-12-07"), "\(said(turn))")
        #expect(said(turn).contains("Taken as Monday 7 December 2026"), "\(said(turn))")
    }

    @Test("the record names the stage one way, whatever the policy calls it", arguments: [
        ("shropshire", "Stage: Stage 1: you raise it with the professional directly (stage 1 of 5)"),
        ("torbay", "Stage: Stage One – Professional to Professional (stage 1 of 5)"),
    ])
    func recordStageLine(_ policy: String, _ line: String) throws {
        let partnership = policy == "torbay" ? "2" : "shropshire"
        var answers = ["3", partnership, "1", "1", "yes", "health and CSC disagree about roles and responsibilities", "yes", "0", "today"]
        if policy == "torbay" { answers.insert("yes", at: 5) }
        let routed = play(answers)
        #expect(routed.session.step == .routed, "\(said(routed))")
        let record = conversation.reply(to: "record", in: routed.session, at: now)
        #expect(said(record).contains(line), "\(said(record))")
        #expect(!said(record).contains("Stage: 1: "), "\(said(record))")
    }
}

