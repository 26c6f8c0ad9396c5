import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 19 (2026-12-08), finding W2: "CSC refused my referral" was offered as provision of services or power and
/// authority; the policies list a response to a referral as its own kind (Shropshire 004 l.29 under decision making, the Isle of
/// Man 003 l.43 as threshold, Torbay 001 l.9 "Levels of need").
@Suite("Chat review, round 19: a referral refused by social care")
struct ChatReviewRound19TypeTests {
    let conversation = Conversation(library: .bundled)
    let tuesday = Moment(iso: "2026-12-08T11:00")!

    func described(_ description: String, policy: String) -> Turn {
        var turn = conversation.start(policyID: nil, at: tuesday)
        for answer in ["3", policy, "1", "1", "yes", description] { turn = conversation.reply(to: answer, in: turn.session, at: tuesday) }
        // Any risk question is answered no, to reach the type.
        while turn.session.step == .riskAgain { turn = conversation.reply(to: "no", in: turn.session, at: tuesday) }
        return turn
    }

    @Test("a referral refused by social care is offered first as the kind the policy lists it under", arguments: [
        ("CSC refused my referral", "shropshire", DisagreementType.decisionOrNeedForAction),
        ("children's services rejected the referral", "shropshire", .decisionOrNeedForAction),
        ("CSC refused my referral", "isle of man", .thresholdLevelOfNeed),
        ("CSC refused my referral", "torbay", .thresholdLevelOfNeed),
        ("children's services rejected the referral", "torbay", .thresholdLevelOfNeed),
        ("my referral to MASH was declined", "pan-cheshire", .thresholdLevelOfNeed),
    ])
    func refusedReferralFirst(_ description: String, _ policy: String, _ type: DisagreementType) {
        let turn = described(description, policy: policy)
        #expect(turn.session.step == .confirmType)
        #expect(turn.session.intake.typeShortlist.first == type, "\(turn.session.intake.typeShortlist)")
        #expect(turn.session.intake.typeShortlist.count > 1, "the practitioner still chooses")
    }

    @Test("a referral refused by a service that provides one, or social care refusing something else, is read as before", arguments: [
        "CAMHS refused the referral", "CSC refused to hold a strategy meeting",
    ])
    func othersUnchanged(_ description: String) {
        let shortlist = described(description, policy: "torbay").session.intake.typeShortlist
        let read = Classifier.standard.classify(description).shortlist
        #expect(shortlist == read)
    }
}
