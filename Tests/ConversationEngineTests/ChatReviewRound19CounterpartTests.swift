import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 19 (2026-12-08), finding W1: "my manager won't let me make a referral to CSC" was read as a disagreement
/// with another agency because CSC is named, and B&NES routed it to Stage 1 with "the worker you disagree with" rather than to
/// its whistle-blowing line (000 l.24: "If the disagreement is between you and your manager, and cannot be resolved, then you
/// should consider using your agency's whistle-blowing process").
@Suite("Chat review, round 19: a manager who won't let the practitioner refer")
struct ChatReviewRound19CounterpartTests {
    let conversation = Conversation(library: .bundled)
    let tuesday = Moment(iso: "2026-12-08T10:00")!

    func play(_ answers: [String]) -> Turn {
        var turn = conversation.start(policyID: nil, at: tuesday)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: tuesday) }
        return turn
    }

    func said(_ turn: Turn) -> String { turn.replies.flatMap(\.lines).joined(separator: "\n") }

    @Test("a manager who won't let the practitioner refer or escalate is their own manager, an agency named or not", arguments: [
        "my manager won't let me make a referral to CSC", "my line manager won't let me refer to children's services",
        "my manager is not letting me escalate the police decision", "my supervisor doesn't want me to ring the MASH",
        "my manager says the neglect concerns don't need a referral to CSC",
    ])
    func ownManagerAtWhoWith(_ text: String) {
        let turn = play(["3", "bath", "1", text])
        #expect(turn.session.intake.counterpart == .ownManager, "\(said(turn))")
        #expect(said(turn).contains("I read that as: your own manager"), "\(said(turn))")
    }

    @Test("the reviewer's replay gets B&NES's whistle-blowing line, not Stage 1 with another worker") func bathWhistleBlowing() {
        let turn = play(["3", "bath", "1", "my manager won't let me make a referral to CSC"])
        #expect(said(turn).contains("whistle-blowing"), "\(said(turn))")
        #expect(!said(turn).contains("The worker you disagree with"), "\(said(turn))")
    }

    @Test("a manager and an agency named with the agency the one disagreed with stays another agency", arguments: [
        "CSC team manager says no further action", "my manager and I both think CSC are wrong to close it",
        "my manager agrees CSC should have assessed but they closed it",
    ])
    func agencyStays(_ text: String) {
        #expect(play(["3", "bath", "1", text]).session.intake.counterpart == .otherAgency)
    }

    @Test("the same words in the description after choosing another agency ask again whom it is with") func descriptionAsksAgain() {
        let described = play(["3", "shropshire", "1", "1", "yes", "my manager says the neglect concerns don't need a referral to CSC"])
        #expect(said(described).contains("but chose before"), "\(said(described))")
        // The risk the description raises is asked about first, then whom it is with.
        let turn = conversation.reply(to: "no", in: described.session, at: tuesday)
        #expect(turn.session.step == .counterpart, "\(said(turn))")
    }
}
