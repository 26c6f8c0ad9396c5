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
        let turn = play(["no", "no", "torbay", "child", "1", "yes", "social worker won't share the minutes with school", "yes", answer])
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
        #expect(turn.session.step == .urgentShown, "\(said(turn))")
        #expect(said(turn).contains("Taking that as: someone is at immediate risk now."))
        #expect(turn.session.intake.description != nil && turn.session.intake.subject == .child)
    }

    @Test("a negation is not a yes: it is asked again", arguments: ["not urgent", "non urgent", "its not urgent", "no emergency"])
    func negated(_ answer: String) {
        #expect(play([answer]).session.intake.risk != .immediate)
        let later = play(["no", "no", "torbay", "child", "1", "yes", "social worker won't share the minutes with school", "yes", answer])
        #expect(later.session.intake.risk != .immediate && later.session.step == .tried, "\(said(later))")
    }
}

/// F1 (safety): a plain "no" to "is a child or adult at immediate risk of significant harm right now?" was kept as no risk at
/// all: whether anyone was at significant risk was never asked, and Pan-Cheshire's front door at significant risk ("should
/// they be considered at significant risk the local authority children's social care front door should be contacted", 002
/// line 27) was left out of the route. A plain no answers only the question asked; the list's 3 still says no risk.
@Suite("Chat review, round 23: a plain no is asked about significant risk")
struct ChatReviewRound23PlainNoTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T16:55")! }

    @Test("a plain no asks next whether anyone is at significant risk", arguments: ["no", "No", "nope", "n", "nah", "not immediate"])
    func asked(_ answer: String) {
        let turn = play([answer])
        #expect(turn.session.intake.risk == nil && turn.session.step == .immediateRisk, "\(said(turn))")
        #expect(said(turn).hasPrefix("Not at immediate risk, then. Is anyone at significant risk of harm, though not immediately?"), "\(said(turn))")
    }

    @Test("its answer: yes or 2 is significant risk, no or 3 none, 1 immediate", arguments: [
        ("yes", Risk.significant), ("2", .significant), ("no", Risk.none), ("3", Risk.none), ("1", .immediate), ("significant", .significant),
    ])
    func answered(_ answer: String, _ risk: Risk) {
        let turn = play(["no", answer])
        #expect(turn.session.intake.risk == risk, "\(said(turn))")
        #expect(turn.session.step != .immediateRisk)
    }

    @Test("the list's 3, 'no risk' and 'none' still say no risk at once", arguments: ["3", "no risk", "none", "not at risk"])
    func noRiskAtOnce(_ answer: String) {
        #expect(play([answer]).session.intake.risk == Risk.none)
    }

    @Test("the reviewer's case: Pan-Cheshire on a Friday evening keeps the front door at significant risk") func reviewersCase() {
        let turn = play(["no", "yes", "pan-cheshire", "halton", "continue", "child", "1", "yes",
                         "mum's new partner has previous for child cruelty and has moved in, CSC say no role for them", "yes", "0", "today"])
        #expect(turn.session.intake.risk == .significant, "\(said(turn))")
        #expect(said(turn).lowercased().contains("front door"), "\(said(turn))")
    }
}

/// F7 (fidelity): every policy's checklist ended "The policy expects these before you escalate: do them first", even at
/// significant risk, where Shropshire says the process "should be expedited if someone is at risk of harm" (004 line 57).
/// Only Torbay's words put its items first ("should initially consult a supervisor/manager", 001 lines 28-29).
@Suite("Chat review, round 23: the checklist is first only where the policy says so")
struct ChatReviewRound23ChecklistTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-07T10:00")! }

    @Test("alongside the escalation, where the policy's words put nothing first", arguments: ["shropshire", "pan-cheshire", "isle-of-man", "bcssp"])
    func alongside(_ policy: String) {
        let area = policy == "pan-cheshire" ? ["halton"] : []
        let asked = play(["2", policy] + area + (policy == "pan-cheshire" ? ["continue"] : []) + ["child", "1"])
        #expect(said(asked).contains("When you escalate, the"), "\(said(asked))")
        let answered = play(["no", "1 2"], from: asked)
        #expect(said(answered).contains("The policy does not say these come before escalating: do them as you escalate."), "\(said(answered))")
        #expect(!said(answered).contains("holding it up"), "stronger than the words")
        #expect(!said(answered).contains("do them first"))
    }

    @Test("first under Torbay, whose words say 'initially'") func torbayFirst() {
        let asked = play(["no", "no", "torbay", "child", "1"])
        #expect(said(asked).contains("Before you escalate, the Torbay policy expects these:"), "\(said(asked))")
        #expect(said(play(["no", "1 2"], from: asked)).contains("do them first"))
    }
}
