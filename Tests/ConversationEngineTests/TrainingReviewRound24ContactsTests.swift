import Testing
@testable import ConversationEngine
import EscalationRules

/// An outside trainer's review of the training features, round 24, F1: "Friday evening in Halton" (immediate risk, 18:30 on a
/// Friday) marked "Your area's key contact in Appendix B" plain "Correct", though the live route said that line was closed.
@Suite("Practice rounds, trainer's review round 24: a daytime line shut at the case's hour")
struct TrainingReviewRound24ContactsTests {
    static let keyContact = "Your area's key contact in Appendix B"

    /// The Pan-Cheshire case with its facts changed, played as a round plays it.
    static func halton(risk: Risk, now: String) -> Practice {
        let library = PolicyLibrary.bundled
        let policy = library.policy("pan-cheshire")!
        var scenario = library.scenarios(for: "pan-cheshire").first { $0.id == "pan-cheshire-5" }!
        scenario.facts.risk = risk
        scenario.facts.now = Moment(iso: now)!
        return Practice(router: Router(policy: policy, calendar: library.calendar(for: policy)), scenario: scenario, number: 0, now: Moment(iso: now)!)
    }

    @Test("Friday 18:30 in Halton: the Emergency Duty Team is the answer, the shut day line is 'not at this hour'") func fridayEvening() throws {
        let question = PracticeCase.named("pan-cheshire-5").practice().contactQuestion
        #expect(question.acceptedChoices == ["Emergency Duty Team (Halton)"], "\(question.choices)")
        let line = try #require(question.choices.firstIndex(of: Self.keyContact), "\(question.choices)")
        let verdict = question.verdict(for: line)
        #expect(verdict.first?.hasPrefix("Not quite. The answer is: Emergency Duty Team (Halton)") == true, "\(verdict)")
        #expect(verdict.contains { $0.hasPrefix("Not at this hour: Integrated Contact and Referral Team (Halton), the daytime line, is closed now")
            && $0.contains("Call the Emergency Duty Team (Halton) now") && $0.contains("ring the daytime line too, when it opens") }, "\(verdict)")
        #expect(question.verdict(for: 0) == ["Correct."])
    }

    @Test("significant risk on a Saturday and at immediate risk on Christmas Day: the same", arguments: [
        (Risk.significant, "2026-12-05T11:00", "is closed now"), (Risk.immediate, "2026-12-25T11:00", "may be closed today, a bank holiday")])
    func otherHours(_ risk: Risk, _ now: String, _ said: String) throws {
        let question = Self.halton(risk: risk, now: now).contactQuestion
        #expect(question.acceptedChoices == ["Emergency Duty Team (Halton)"], "\(question.choices)")
        let line = try #require(question.choices.firstIndex(of: Self.keyContact), "\(question.choices)")
        #expect(question.verdict(for: line).contains { $0.contains(said) }, "\(question.verdict(for: line))")
    }

    @Test("while the day line is open it is the answer, plain Correct") func openHours() throws {
        let question = Self.halton(risk: .immediate, now: "2026-12-03T11:00").contactQuestion
        let line = try #require(question.choices.firstIndex(of: Self.keyContact), "\(question.choices)")
        #expect(question.answer == line && question.verdict(for: line) == ["Correct."], "\(question.choices)")
    }

    /// Every bundled case, at the hour it happens: no contact the live route says is shut is accepted.
    @Test("no practice case accepts a line the live route says is shut at the case's hour", arguments: PracticeCase.all)
    func noShutLineAccepted(_ practiceCase: PracticeCase) {
        let practice = practiceCase.practice()
        let route = practice.route
        let shut = ([route.contact] + route.otherContacts).filter { $0.hours != nil && $0.openNow != true }.compactMap(\.role)
        let question = practice.contactQuestion
        #expect(!question.acceptedChoices.contains { choice in shut.contains(choice) }, "\(question.acceptedChoices) \(shut)")
    }

    // MARK: F10. Pan-Cheshire Step 3: two readings of whom it goes to, and the address

    /// 002 l.93: "escalated to the Delegated Safeguarding Partners ... using the form at Appendix A"; l.109: "brought to the
    /// Safeguarding Partnership Manager who will draw it to the attention of Delegated Safeguarding Partners"; l.143: "Cheshire
    /// East SCP via CESCP@cheshireeast.gov.uk". The answer gave the first alone, with no address.
    @Test("Pan-Cheshire Step 3's contact answer gives the area's address and both readings") func stepThreeReadings() {
        let question = PracticeCase.named("pan-cheshire-4").practice().contactQuestion
        #expect(question.explanation.contains { $0.hasPrefix("As the live route gives it: ") && $0.contains("CESCP@cheshireeast.gov.uk") }, "\(question.explanation)")
        #expect(question.explanation.contains { $0.contains("brought to the Safeguarding Partnership Manager") && $0.contains("two readings") }, "\(question.explanation)")
        // A contact with no address and no second reading is explained as before.
        #expect(PracticeCase.named("pan-cheshire-2").practice().contactQuestion.explanation.isEmpty)
    }
}
