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

extension TrainingReviewRound24Tests {
    // MARK: F3

    @Test("the Isle of Man marks 'Urgent' wrong at significant but not immediate risk, as its words allow no deviation (F3)")
    func isleOfManSignificantNotUrgent() throws {
        let scenario = try #require(PolicyLibrary.bundled.scenarios(for: "isle-of-man").first { $0.facts.risk == .significant })
        let question = PracticeCase(policy: "isle-of-man", id: scenario.id).practice().stageQuestion
        #expect(!question.accepted.contains(0))
        let verdict = question.verdict(for: 0)
        #expect(verdict.first?.hasPrefix("Not quite.") == true, "\(verdict)")
        #expect(question.quotes.contains { $0.contains("There should be no deviation") })
        #expect(verdict.contains { $0.hasPrefix("\"Urgent\" is not right at this risk.") && $0.contains("only for immediate risk of significant harm") && $0.contains("keeps the case on its stages") }, "\(verdict)")
    }

    @Test("B&NES and Shropshire name both readings where 'Urgent' is right on one at significant risk (F3)", arguments: ["bcssp", "shropshire"])
    func bothReadingsNamed(_ policyID: String) throws {
        let scenario = try #require(PolicyLibrary.bundled.scenarios(for: policyID).first { $0.facts.risk == .significant })
        let question = PracticeCase(policy: policyID, id: scenario.id).practice().stageQuestion
        #expect(question.accepted.contains(0))
        let verdict = question.verdict(for: 0).joined(separator: " ")
        #expect(verdict.contains("\"Urgent\" is right") && verdict.contains("Read as a step before the stages, it is not"), "\(verdict)")
        #expect(verdict.contains(policyID == "bcssp" ? "safeguarding procedures should be followed" : "should be expedited if someone is at risk of harm"), "\(verdict)")
    }
}

extension TrainingReviewRound24Tests {
    // MARK: F16

    @Test("a number with a sign or a dash is asked again, as 0 and 2.5 are (F16)", arguments: ["-2", "--2", "2-", "-02", "+2", "–2", "-1"])
    func signedNumbersAskedAgain(_ typed: String) {
        let conversation = Conversation(library: .bundled)
        let now = Moment(iso: "2026-11-23T10:00")!
        let opening = conversation.startTraining(policyID: "torbay", at: now)
        let turn = conversation.reply(to: typed, in: opening.session, at: now)
        #expect(turn.session.training?.answered == 0)
        #expect(turn.replies.first?.lines.contains { $0.hasPrefix("Please type a number from 1 to") } == true, "\(turn.replies)")
        // Plain numbers still answer.
        #expect(conversation.reply(to: "2", in: opening.session, at: now).session.training?.answered == 1)
    }
}
