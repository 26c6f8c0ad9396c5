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

    // MARK: F2

    static let testshireText = """
        Testshire Escalation Policy. This policy covers children.
        Stage 1: talk to the worker you disagree with within 2 working days.
        If a child is at immediate risk, contact children's social care at once.
        """

    static let testshire = #"{"format":1,"id":"testshire","name":"Testshire Safeguarding Partnership","shortName":"Testshire","areas":[{"id":"testshire","name":"Testshire"}],"covers":{"children":true,"adults":false,"quote":"This policy covers children."},"source":{"file":"test.txt","title":"Test policy"},"calendar":"england-and-wales","exhausted":{},"urgent":{"immediate":{"timescale":{"kind":"asSoonAsPossible","quote":"at once"},"actions":[{"text":"Contact children's social care at once","quote":"contact children's social care at once"}]},"significant":{"timescale":{"kind":"asSoonAsPossible","quote":"at once"},"actions":[{"text":"Contact children's social care","quote":"contact children's social care at once"}]}},"stages":[{"position":1,"label":"Stage 1","quote":"talk to the worker you disagree with","raisedBy":{"text":"you","quote":"talk to the worker"},"contact":{"role":{"text":"The worker you disagree with","quote":"the worker you disagree with"}},"timescale":{"kind":"workingDays","amount":2,"from":"arose","quote":"within 2 working days"}}]}"#

    static func libraryWithoutScenarios() throws -> PolicyLibrary {
        let outcome = PolicyLibrary.bundled.read(Array(testshire.utf8), file: "p.json", today: Day(iso: "2026-12-04")!)
        let policy = try #require(outcome.policy, "\(outcome.problems)")
        return PolicyLibrary.bundled.including(policy)
    }

    @Test("a practice round for a policy with no scenarios ends, never going on as a live chat") func noScenariosEnds() throws {
        let conversation = Conversation(library: try Self.libraryWithoutScenarios())
        let now = Moment(iso: "2026-12-04T10:00")!
        let opening = conversation.startTraining(policyID: "testshire", at: now)
        #expect(opening.effects.contains(.end))
        #expect(opening.session.step == .ended)
        #expect(opening.replies.first?.lines.first == Conversation.trainingBanner)
        // Not the live chat's first question, which the trainee's "1" answered, choosing B&NES.
        #expect(opening.replies.flatMap(\.lines) == [Conversation.trainingBanner, "There are no practice scenarios for this policy.", "No round was started. Goodbye."])
        // Chosen at the partnership question of a round asked for first: ended the same way.
        let asked = conversation.startTraining(policyID: nil, at: now)
        let choice = String(try #require(conversation.library.policies.firstIndex { $0.id == "testshire" }) + 1)
        #expect(conversation.reply(to: choice, in: asked.session, at: now).effects.contains(.end))
    }

    @Test("'train' typed during a live case for a policy with no scenarios keeps the case and asks its question again") func noScenariosKeepsCase() throws {
        let conversation = Conversation(library: try Self.libraryWithoutScenarios())
        let now = Moment(iso: "2026-12-04T10:00")!
        let live = ["3"].reduce(conversation.start(policyID: "testshire", at: now)) { conversation.reply(to: $1, in: $0.session, at: now) }
        let turn = conversation.reply(to: "train", in: live.session, at: now)
        #expect(!turn.effects.contains(.end) && turn.session.step == live.session.step)
        #expect(turn.replies.count == 2 && turn.replies.first?.lines == ["There are no practice scenarios for this policy."])
    }
    // MARK: F7, F8

    @Test("where the policy leaves the stage to discretion at immediate risk, a stage from the one reached is right on that reading") func discretionStage() {
        let question = PracticeCase.named("torbay-6").practice().stageQuestion
        #expect(question.choices[question.answer] == Practice.urgentChoice)
        // The duty social worker was rung: Stage One is behind the story; any later stage is at the practitioner's discretion.
        #expect(question.acceptedChoices == [Practice.urgentChoice, "Stage Two – Manager to Manager", "Stage Three – Senior Manager to Senior Manager",
                                             "Stage Four – Divisional/Assistant Director or equivalent to Divisional/Assistant Director or equivalent",
                                             "Stage Five – Refer via TSCP"])
        let verdict = question.verdict(for: 3)
        #expect(verdict.first == "Correct, on one reading.")
        #expect(verdict.last?.contains("leaves which stage to start at to your discretion") == true)
        #expect(!question.accepted.contains(1), "Stage One, already tried, is not where it goes next")
        // The urgent advice is still given with it, 999 first.
        #expect(question.explanation.contains(TrainingReviewRound23Tests.emergency))
        let missed = question.verdict(for: 1)
        #expect(missed.first?.hasPrefix("Not quite. The answer is: \(Practice.urgentChoice) (what the policy says for the risk); also right, at your discretion: Stage Two") == true, "\(missed)")
    }

    @Test("at significant risk kept on the stages, 'what the policy says for someone at risk' is right too, and says what that is", arguments: [
        ("shropshire-7", "Stage 1"), ("bcssp-6", "Stage 1"),
    ])
    func riskWordsAccepted(_ id: String, _ stage: String) {
        let question = PracticeCase.named(id).practice().stageQuestion
        #expect(question.choices[question.answer] == stage)
        #expect(question.acceptedChoices.contains(Practice.urgentChoice))
        let verdict = question.verdict(for: 0)
        #expect(verdict.first == "Correct, on one reading.", "\(verdict)")
        // Both readings named (an outside training review, round 24, F3).
        #expect(verdict.last?.contains("keep the case on its stages, so \(stage) is the answer to act on, with its words for the risk below") == true, "\(verdict)")
        // Where no one is at risk, it stays wrong.
        let none = PracticeCase.named(id.hasPrefix("shropshire") ? "shropshire-1" : "bcssp-1").practice().stageQuestion
        #expect(!none.accepted.contains(0))
    }

    // MARK: F19

    @Test("where the policy is silent on the kind of disagreement, the answer is that it does not say, not another route") func silenceIsTheAnswer() {
        let question = PracticeCase.named("torbay-7").practice().stageQuestion
        #expect(question.choices[question.answer] == Practice.notSaid)
        // Not this pathway is right too, on a reading (an outside training review, round 24, F7).
        #expect(question.acceptedChoices == [Practice.notSaid, Practice.offPathway])
        // A person the policy is not for is another route: Torbay's adult.
        let adult = PracticeCase.named("torbay-8").practice().stageQuestion
        #expect(adult.choices[adult.answer] == Practice.offPathway)
    }

    @Test("a headline that gives its readings below has them follow") func readingsFollow() {
        let explanation = PracticeCase.named("isle-of-man-7").practice().stageQuestion.explanation
        #expect(explanation.first?.hasSuffix("Both readings are below: which fits yours, the policy does not say.") == true)
        #expect(explanation.contains { $0.hasPrefix("If your concern is a general one about the person's professional practice") }, "\(explanation)")
        #expect(explanation.contains { $0.hasPrefix("If it is a disagreement about a decision on this child's") })
    }
}
