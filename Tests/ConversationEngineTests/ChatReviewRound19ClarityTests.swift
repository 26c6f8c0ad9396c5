import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 19 (2026-12-02): the confusing and polish findings, each replayed in the engine.
@Suite("Chat review, round 19: clarity")
struct ChatReviewRound19ClarityTests {
    let conversation = Conversation(library: .bundled)
    let tuesday = Moment(iso: "2026-12-08T11:00")!

    func play(_ answers: [String], policy: String? = nil, from start: Turn? = nil, at now: Moment? = nil) -> Turn {
        let now = now ?? tuesday
        var turn = start ?? conversation.start(policyID: policy, at: now)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: now) }
        return turn
    }

    func said(_ turn: Turn) -> String { turn.replies.flatMap(\.lines).joined(separator: "\n") }

    // MARK: C5: everyday wording

    @Test("everyday command wordings are understood", arguments: [
        ("go back", Command.back), ("bakc", .back), ("?", .help), ("??", .help), ("stop", .help), ("cancel", .help),
        ("reocrd", .record(.text)),
    ])
    func commandWordings(_ typed: String, _ command: Command) {
        #expect(Command(typed) == command)
    }

    @Test("'no?' is not a command") func questionMarkWithWords() {
        #expect(Command("no?") == nil)
    }

    @Test("'go back' at the subject question goes back to the partnership") func goBack() {
        let back = play(["3", "shropshire", "go back"])
        #expect(back.session.step == .choosePolicy, "\(said(back))")
    }

    @Test("hurried yes and no are read", arguments: [("yse", true), ("noo", false), ("N0", false), ("yess", true)])
    func hurriedYesNo(_ typed: String, _ yes: Bool) {
        #expect(Answers.yesNo(typed) == yes)
    }

    @Test("the child or adult question reads everyday words", arguments: [
        ("yp", Subject.child), ("pupil", .child), ("resident", .adult), ("17yo", .child), ("a 17 year old", .child),
        ("aged 17", .child), ("19 year old", .adult),
    ])
    func subjectWords(_ typed: String, _ subject: Subject) {
        let turn = play(["3", "shropshire", typed])
        #expect(turn.session.intake.subject == subject, "\(said(turn))")
    }

    @Test("a subject read from an age is said back") func ageSaidBack() {
        let turn = play(["3", "shropshire", "17yo"])
        #expect(said(turn).contains("I read that as: a child or young person (under 18). If that is wrong, type 'back'."), "\(said(turn))")
    }

    @Test("'my DSL' is asked about, not guessed") func ownDSL() {
        let turn = play(["3", "shropshire", "1", "my DSL"])
        #expect(turn.session.step == .counterpart, "\(said(turn))")
        #expect(turn.session.intake.counterpart == nil)
        #expect(said(turn).contains("Your safeguarding lead is in your own agency."), "\(said(turn))")
    }

    @Test("the who-with question reads everyday words", arguments: [
        ("our own team", Counterpart.ownOrganisation), ("the IRO", .otherAgency),
    ])
    func counterpartWords(_ typed: String, _ counterpart: Counterpart) {
        let turn = play(["3", "shropshire", "1", typed])
        #expect(turn.session.intake.counterpart == counterpart, "\(said(turn))")
        #expect(said(turn).contains("I read that as:"), "\(said(turn))")
    }
}

extension ChatReviewRound19ClarityTests {
    @Test("'?' at the risk question is still doubt, not the command list") func questionMarkAtRisk() {
        let turn = play(["?"])
        #expect(said(turn).contains("If you are not sure whether they are safe today, answer yes"), "\(said(turn))")
    }

    @Test("'?' at another question lists the commands") func questionMarkElsewhere() {
        let turn = play(["3", "shropshire", "?"])
        #expect(said(turn).contains("You can type these at any prompt:"), "\(said(turn))")
        #expect(turn.session.step == .subject)
    }
}
