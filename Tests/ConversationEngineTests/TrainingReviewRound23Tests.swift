import Testing
@testable import ConversationEngine
import EscalationRules

/// An outside trainer's review of the training features, round 23: `train`'s safety and its marking.
@Suite("Practice rounds, trainer's review round 23")
struct TrainingReviewRound23Tests {
    static let emergency = "If anyone is in immediate danger, call 999 now (national emergency number; not part of this policy)."

    /// Every bundled case where someone may be at risk: the urgent cases, and those kept on the stages at significant risk.
    static let atRisk = PracticeCase.all.filter { $0.practice().facts.risk != Risk.none }

    @Test("every explanation of the urgent advice gives the 999 line the live route gives, marked as not the policy's", arguments: atRisk)
    func emergencyLineSaid(_ practiceCase: PracticeCase) {
        let practice = practiceCase.practice()
        #expect(practice.route.actions.first == Self.emergency, "the live route says it first")
        #expect(practice.stageQuestion.explanation.contains(Self.emergency), "\(practice.stageQuestion.explanation)")
        if practice.route.outcome == .urgent {
            #expect(practice.stageQuestion.explanation.dropFirst().first == Self.emergency, "straight after the headline")
            #expect(practice.urgentContactLines.first == Self.emergency)
        }
    }

    @Test("Shropshire's tonight case, played as the review played it, says 999 when marking the stage and the contact") func shropshireTonight() {
        let conversation = Conversation(library: .bundled)
        let now = Moment(iso: "2026-12-04T10:00")!
        var turn = conversation.startTraining(policyID: "shropshire", at: now)
        var said: [String] = []
        // Case 6, "Someone is at risk of harm now", answered 1 throughout as the review did: its stage and contact marked.
        while let index = turn.session.training?.index, index <= 5, turn.session.training?.finished == false {
            turn = conversation.reply(to: "1", in: turn.session, at: now)
            if index == 5 { said += turn.replies.first?.lines ?? [] }
        }
        #expect(said.filter { $0 == Self.emergency }.count >= 2, "\(said)")
    }
}
