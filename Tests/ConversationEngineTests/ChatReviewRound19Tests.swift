import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 19 (2026-12-02): safety findings, each replayed in the engine as a whole conversation.
@Suite("Chat review, round 19")
struct ChatReviewRound19Tests {
    let conversation = Conversation(library: .bundled)
    let tuesday = Moment(iso: "2026-12-08T11:00")!

    func play(_ answers: [String], policy: String? = nil, from start: Turn? = nil, at now: Moment? = nil) -> Turn {
        var turn = start ?? conversation.start(policyID: policy, at: now ?? tuesday)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: now ?? tuesday) }
        return turn
    }

    func said(_ turn: Turn) -> String { turn.replies.flatMap(\.lines).joined(separator: "\n") }

    // MARK: S1: after a no to risk today, significant risk is always asked

    @Test("a no to risk today is followed by the significant-risk question, whatever sign raised it", arguments: [
        "the child told me daddy puts his willy in my mouth",
        "newborn goes home tomorrow to parents whose previous four children were removed, no pre-birth assessment done",
        "the unborn baby's dad has killed a previous partner",
        "the adult with LD is being made to have sex for money by her flatmate",
    ])
    func significantAskedAfterNo(_ description: String) {
        let asked = play(["3", "shropshire", "1", "1", "yes", description])
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        let answered = play(["no"], from: asked)
        #expect(answered.session.step == .riskAgain, "\(said(answered))")
        #expect(said(answered).contains("at significant risk of harm, though not today?"), "\(said(answered))")
        let significant = play(["yes"], from: answered)
        #expect(significant.session.intake.risk == .significant, "\(said(significant))")
    }

    @Test("the significant-risk question is asked once: a second no goes on") func significantAskedOnce() {
        let answered = play(["3", "shropshire", "1", "1", "yes", "the child told me daddy puts his willy in my mouth", "no", "no"])
        #expect(answered.session.step != .riskAgain, "\(said(answered))")
        #expect(answered.session.intake.risk == Risk.none)
    }

    @Test("a sign raised before the first answer, then no to both, still asks about significant risk") func signBeforeFirstAnswer() {
        let started = conversation.start(at: tuesday, opening: "hi, the child told me daddy puts his willy in my mouth")
        let asked = play(["3"], from: started)
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        let answered = play(["no"], from: asked)
        #expect(said(answered).contains("though not today?"), "\(said(answered))")
    }
}
