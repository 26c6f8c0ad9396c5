import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 21 (2026-12-02, on the day's changes): at the first question, "no, 2" was taken as No, while "2 no"
/// was taken as significant risk: a word and a number of the list that disagree had the lower risk win when the word came first.
@Suite("Chat review, round 21")
struct ChatReviewRound21Tests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T10:00")! }

    @Test("a word and a number of the first question's list that disagree: the higher risk is taken, and said",
          arguments: [("no, 2", Risk.significant), ("no 2", .significant), ("No (2)", .significant), ("no - 2", .significant),
                      ("2 no", .significant), ("yes, 3", .immediate), ("3 yes", .immediate), ("no, 1", .immediate)])
    func wordAndNumberDisagree(_ answer: String, _ risk: Risk) {
        let turn = play([answer])
        #expect(turn.session.intake.risk == risk, "\(said(turn))")
        #expect(said(turn).contains("You typed both"), "\(said(turn))")
    }

    @Test("a word and a number that agree are taken as they are, with nothing said", arguments: ["no, 3", "3 no", "yes 1", "no"])
    func wordAndNumberAgree(_ answer: String) {
        let turn = play([answer])
        #expect(turn.session.intake.risk != nil, "\(said(turn))")
        #expect(!said(turn).contains("You typed both"), "\(said(turn))")
    }
}
