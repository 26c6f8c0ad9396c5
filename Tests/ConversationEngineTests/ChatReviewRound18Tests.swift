import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 18 (2026-12-01): safety findings, each replayed in the engine as a whole conversation.
@Suite("Chat review, round 18")
struct ChatReviewRound18Tests {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2025-03-14T10:00")!

    func play(_ answers: [String], policy: String? = nil, from start: Turn? = nil) -> Turn {
        var turn = start ?? conversation.start(policyID: policy, at: friday)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: friday) }
        return turn
    }

    func said(_ turn: Turn) -> String { turn.replies.flatMap(\.lines).joined(separator: "\n") }

    // MARK: S3: the risk question names the subject when the harm is to someone else

    @Test("harm to a sibling in a child's case is asked about for anyone", arguments: [
        "Police NFA; his baby sister has bruises on her face",
        "School say nothing to do but her older brother came in with a black eye",
    ])
    func siblingAskedAboutAnyone(_ description: String) {
        let asked = play(["3", "shropshire", "1", "1", "yes", description])
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        #expect(said(asked).contains("Is anyone at risk of harm today?"), "\(said(asked))")
        #expect(!said(asked).contains("the child"))
    }

    @Test("harm to a wife in an adult's case is asked about for anyone") func wifeAskedAboutAnyone() {
        let asked = play(["3", "shropshire", "2", "1", "yes", "ASC refused assessment; his wife is his carer and he hit her last night"])
        #expect(said(asked).contains("Is anyone at risk of harm today?"), "\(said(asked))")
    }

    @Test("a no that names someone else at risk is a yes", arguments: ["no, his wife is", "no - but his wife is at risk", "no, the baby is"])
    func noNamingSomeoneElseIsYes(_ answer: String) {
        let asked = play(["3", "shropshire", "2", "1", "yes", "ASC refused assessment; his wife is his carer and he hit her last night"])
        let answered = play([answer], from: asked)
        #expect(answered.session.intake.risk == .immediate, "\(said(answered))")
        #expect(answered.session.step == .urgentShown, "\(said(answered))")
    }

    @Test("a no that says the other person is safe stays a no", arguments: ["no, his wife is safe now", "no, his wife isn't"])
    func noSayingOtherSafe(_ answer: String) {
        let asked = play(["3", "shropshire", "2", "1", "yes", "ASC refused assessment; his wife is his carer and he hit her last night"])
        let answered = play([answer], from: asked)
        #expect(answered.session.intake.risk != .immediate, "\(said(answered))")
    }
}
