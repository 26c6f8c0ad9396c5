import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 24 (2026-12-02): about 230 conversations by a reviewer who saw only the tool and the policies.
@Suite("Chat review, round 24: risk answers and harm in everyday words")
struct ChatReviewRound24Tests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-07T10:00")! }

    /// F1 (safety): after a no, harm in everyday words with no word of a time went to the routine route with no question.
    @Test("a description of harm in everyday words is asked about after a no", arguments: [
        "dad dragged him by the hair, CSC said NFA", "nan says the boyfriend knocks the kids about", "he's scared of his stepdad",
        "she keeps talking about killing herself, no one will see her", "danger at home, nobody doing anything",
    ])
    func everydayHarmAsked(_ description: String) {
        let turn = play(["no", "no", "torbay", "child", "1", "yes", description])
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        #expect(said(turn).contains("You wrote '"), "\(said(turn))")
    }

    /// F3: the question after a no showed the first question's "1. Yes", which typed as a yes to significant risk was taken
    /// as immediate risk. Its choices now say what each number means here, with the first question's numbers.
    @Test("the follow-up's choices say what 1 means, and each number gives the risk it says") func followUpChoices() {
        let asked = play(["no"])
        let shown = asked.replies.flatMap(\.textLines).joined(separator: "\n")
        #expect(shown.contains("1. Someone is at immediate risk after all"), "\(shown)")
        #expect(shown.contains("2. Yes, at significant risk of harm, not immediate"))
        #expect(!shown.contains("1. Yes\n"))
        #expect(play(["1"], from: asked).session.intake.risk == .immediate)
        #expect(play(["2"], from: asked).session.intake.risk == .significant)
        #expect(play(["yes"], from: asked).session.intake.risk == .significant)
        #expect(play(["3"], from: asked).session.intake.risk == Risk.none)
    }

    /// F4 (safety): "no, but it's serious" was kept as no risk, and significant risk was never asked about.
    @Test("a no with a doubt after it asks about significant risk, as a plain no does", arguments: [
        "no, but it's serious", "no, but worried", "no but concerning", "nope but I'm not happy about it",
    ])
    func noButDoubt(_ answer: String) {
        let turn = play([answer])
        #expect(turn.session.intake.askingAboutSignificant, "\(said(turn))")
        #expect(said(turn).contains("Is anyone at significant risk of harm, though not immediately?"), "\(said(turn))")
    }

    @Test("a no with a sign after it is still asked about in its own words") func noButSign() {
        let turn = play(["no but she is being left alone tonight"])
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        #expect(said(turn).contains("You wrote 'no but she is being left alone tonight'"), "\(said(turn))")
    }

    /// F8: "-1" at the stages tried was read as 1 unsaid, "all of them" taken with nothing said, and "1" at the urgent advice
    /// taken as 'continue' with nothing said.
    @Test("a negative number of stages is refused, and 'all of them' and a number for 'continue' are said back") func guessesSaid() {
        let atTried = play(["no", "no", "torbay", "child", "1", "yes", "social worker won't share the minutes with school", "yes"])
        #expect(atTried.session.step == .tried, "\(said(atTried))")
        let negative = play(["-1"], from: atTried)
        #expect(negative.session.step == .tried && negative.session.intake.tried == nil, "\(said(negative))")
        let all = play(["all of them"], from: atTried)
        #expect(said(all).contains("Taken as: tried up to"), "\(said(all))")
        let urgent = play(["yes", "torbay"])
        #expect(urgent.session.step == .urgentShown, "\(said(urgent))")
        let one = play(["1"], from: urgent)
        #expect(said(one).contains("Taken 1 as 'continue'."), "\(said(one))")
    }
}
