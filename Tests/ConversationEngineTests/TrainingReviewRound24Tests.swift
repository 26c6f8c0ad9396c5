import Testing
@testable import ConversationEngine
import EscalationRules

/// An outside training review, round 24: `train`'s marking and explanations.
@Suite("Practice rounds, training review round 24")
struct TrainingReviewRound24Tests {
    // MARK: F2

    static let chair = "The Chair of the BCSSP, via the BCSSP Business Manager"

    @Test("a same-day B&NES case does not mark the Chair of the BCSSP, via the Business Manager, right for the escalation (F2)")
    func sameDayNotTheChair() throws {
        let practice = PracticeCase.named("bcssp-5").practice()
        let contact = practice.contactQuestion
        let index = try #require(contact.choices.firstIndex(of: Self.chair), "\(contact.choices)")
        #expect(!contact.accepted.contains(index))
        #expect(contact.choices[contact.answer] == Practice.notSaid)
        #expect(contact.acceptedChoices.contains("The relevant manager"))
        let verdict = contact.verdict(for: index)
        #expect(verdict.first?.hasPrefix("Not quite.") == true)
        #expect(verdict.contains { $0.contains("is not a same-day route") && $0.contains("only when Stage 4 has ended without a resolution") }, "\(verdict)")
        #expect(!contact.verdict(for: contact.answer).joined().contains(Self.chair))
        // Nor Stage 5 at the stage question.
        let stage = practice.stageQuestion
        #expect(!stage.accepted.contains(5))
        #expect(stage.verdict(for: 5).contains { $0.contains("is not a same-day route") })
    }
}

