import Testing
@testable import ConversationEngine
import EscalationRules

/// An outside training review, round 24: what the practice rounds say of the policies' scope.
@Suite("Practice rounds, trainer's review round 24: scope")
struct TrainingReviewRound24ScopeTests {
    /// F19: Pan-Cheshire's conference case marked the stage with the words of 002 l.42 and no more; the note that the policy
    /// says nothing of how a conference was run is said, as the route says it.
    @Test("Pan-Cheshire's conference case explains its basis and what the policy leaves out") func panCheshireConference() {
        let question = PracticeCase.named("pan-cheshire-6").practice().stageQuestion
        #expect(question.explanation.contains { $0.contains("It says nothing of how a conference was run.") }, "\(question.explanation)")
    }

    /// F7: Torbay is for "the decision made by a worker from another agency" (001 l.7) and says nothing of your own manager,
    /// so "Not this pathway" is right on that reading, beside "The policy does not say"; it was marked wrong.
    @Test("Torbay's own-manager case takes both answers, each said as the reading it is") func torbayOwnManager() throws {
        let question = PracticeCase.named("torbay-7").practice().stageQuestion
        #expect(question.choices[question.answer] == Practice.notSaid)
        #expect(question.acceptedChoices == [Practice.notSaid, Practice.offPathway])
        let off = try #require(question.choices.firstIndex(of: Practice.offPathway))
        let verdict = question.verdict(for: off)
        #expect(verdict.first == "Correct, on one reading.", "\(verdict)")
        #expect(verdict.last == "The Torbay policy says nothing of a disagreement with your own manager; read as being for a disagreement "
            + "with another agency only, its stages are not this one's pathway. It names no other route or procedure for it, so where to "
            + "turn, below, is not from the policy.", "\(verdict)")
        #expect(question.verdict(for: 0).first == "Not quite. The answer is: The policy does not say (it says nothing of this); also right, "
            + "on the reading that its stages are for a disagreement with another agency: Not this pathway: another route or procedure.")
        // A person the policy is not for is another route, and only that: Torbay's adult.
        let adult = PracticeCase.named("torbay-8").practice().stageQuestion
        #expect(adult.acceptedChoices == [Practice.offPathway])
    }
}
