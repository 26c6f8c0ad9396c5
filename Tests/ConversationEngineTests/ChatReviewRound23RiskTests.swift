import Testing
@testable import ConversationEngine
import EscalationRules

/// An outside chat review, round 23 (2026-12-04), F2 (safety): high-risk domestic abuse, a person with a record of harming
/// children moving in, and a baby due with no pre-birth assessment and earlier children removed were read as routine, so a
/// practitioner who had answered no risk was given a routine route with no further question.
@Suite("Chat review, round 23: standing risks after a no")
struct ChatReviewRound23RiskTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T16:55")! }

    @Test("the review's descriptions, after a no, are asked about as significant risk", arguments: [
        "MARAC referral rejected, high risk DASH score 18, CSC say no role for them",
        "mum's new partner has previous for child cruelty and has moved in, CSC say no role for them",
        "unborn baby due next wk, no pre-birth assessment done, mum's older kids removed",
    ])
    func reviewDescriptions(_ description: String) {
        let turn = play(["no", "no", "torbay", "child", "1", "yes", description])
        #expect(turn.session.step == .riskAgain && turn.session.intake.askingAboutSignificant, "\(said(turn))")
    }

    /// Words that place harm long ago keep a harm from being asked about again; a record of harm is a risk however old.
    @Test("a record of harm made long ago is still asked about, beside someone now living with the child") func oldRecord() {
        let turn = play(["no", "no", "torbay", "child", "1", "yes", "dad was convicted of child cruelty years ago and now lives with mum and the kids, CSC closed it"])
        #expect(turn.session.step == .riskAgain && turn.session.intake.askingAboutSignificant, "\(said(turn))")
    }
}
