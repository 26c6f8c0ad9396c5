import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 23 (2026-12-02): over 200 conversations by a reviewer who saw only the tool and the policies.
/// F4 (safety): a practitioner changing the risk answer in short words, "urgent", "its urgent now", "immediate risk", "999",
/// "change risk to yes", met "Sorry, I didn't catch that" at the first question and at every later one, and the question was
/// asked again.
@Suite("Chat review, round 23: 'urgent' in short words")
struct ChatReviewRound23UrgentTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-05T11:00")! }

    @Test("at the first question, 'urgent', '999' and 'emergency' are a yes", arguments: ["urgent", "999", "its urgent", "emergency", "Urgent!"])
    func firstQuestion(_ answer: String) {
        let turn = play([answer])
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
    }

    @Test("at a later question, before the route, they give the urgent route with the answers kept", arguments: [
        "urgent", "its urgent", "actually it is urgent now", "immediate risk", "change risk to yes", "999", "it's urgent",
    ])
    func laterQuestion(_ answer: String) {
        let turn = play(["no", "torbay", "child", "1", "yes", "social worker won't share the minutes with school", "yes", answer])
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
        #expect(turn.session.step == .urgentShown, "\(said(turn))")
        #expect(said(turn).contains("Taking that as: someone is at immediate risk now."))
        #expect(turn.session.intake.description != nil && turn.session.intake.subject == .child)
    }

    @Test("a negation is not a yes: it is asked again", arguments: ["not urgent", "non urgent", "its not urgent", "no emergency"])
    func negated(_ answer: String) {
        #expect(play([answer]).session.intake.risk != .immediate)
        let later = play(["no", "torbay", "child", "1", "yes", "social worker won't share the minutes with school", "yes", answer])
        #expect(later.session.intake.risk != .immediate && later.session.step == .tried, "\(said(later))")
    }
}
