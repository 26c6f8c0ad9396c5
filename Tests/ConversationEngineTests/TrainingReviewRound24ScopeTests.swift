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
}
