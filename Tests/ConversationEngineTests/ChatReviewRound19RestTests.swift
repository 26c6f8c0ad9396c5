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
        let turn = play(Self.torbayStageOne + ["no", "1"] + Self.described)
        #expect(turn.session.step == .routed, "\(said(turn))")
        #expect(said(turn).contains("- Pre-escalation: first consult a supervisor or manager within your own organisation to clarify your thinking.\n"), "\(said(turn))")
    }
}
