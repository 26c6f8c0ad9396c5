import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 22 (2026-12-02): about 150 conversations by a practitioner and trainer who saw only the tool and the
/// policies.
@Suite("Chat review, round 22: a sign of harm after a first name")
struct ChatReviewRound22NameTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T10:00")! }

    /// F1 (safety): "Jayden misper tonite" was kept as "[removed] tonite": the privacy guard took "misper" for a surname, the
    /// risk went with it, and nothing was asked after a first answer of no.
    @Test("a first name before a sign in lower case: the name goes, the sign stays and is asked about", arguments: [
        ("Jayden misper tonite, CSC wont do s47", "misper tonite"),
        ("Kai burns on arm, CSC NFA", "burns on arm"),
        ("Freya self harming, CAMHS closed", "self harming"),
        ("Leo misper since sat, police NFA", "misper since sat"),
        ("CSC wont do s47, Oluwaseun misper tonite", "misper tonite"),
    ])
    func signAfterFirstName(_ description: String, _ kept: String) {
        let redacted = PrivacyGuard.redact(description).text
        #expect(redacted.contains(kept) && redacted.contains(PrivacyGuard.placeholder), "\(redacted)")
        let turn = play(["no", "shropshire", "child", "1", "yes", description])
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        #expect(said(turn).contains("Is the child at risk of harm today?"))
    }

    @Test("a surname in capitals that is also a sign's word is still a name", arguments: ["Kai Burns has a bruise, CSC NFA", "Mrs Mark said no"])
    func capitalisedSurnameStays(_ text: String) {
        let redacted = PrivacyGuard.redact(text).text
        #expect(!redacted.contains("Burns") && !redacted.contains("Mark"), "\(redacted)")
    }
}

/// F2 (safety): "no but sig risk", "no but at risk" and the like at the first question were kept as no risk, and with it the
/// policies' steps for significant risk (Pan-Cheshire's front door, B&NES's safeguarding procedures) were left out.
@Suite("Chat review, round 22: a no that names a risk")
struct ChatReviewRound22NoButRiskTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T10:00")! }

    @Test("a no with a risk named is significant risk", arguments: [
        "no but sig risk", "no but at risk", "no but risk of harm", "no but sig harm", "no, sig risk", "no but signif risk",
        "no but high risk", "no but serious risk", "not immediate but sig risk",
    ])
    func noButRisk(_ answer: String) {
        #expect(play([answer]).session.intake.risk == .significant, "\(said(play([answer])))")
    }

    @Test("a no that says no risk stays no, and a yes is never lowered", arguments: [
        ("no", Risk.none), ("no risk", .none), ("not at risk", .none), ("no, not at risk", .none), ("yes at risk", .immediate),
    ])
    func unchanged(_ answer: String, _ risk: Risk) {
        #expect(play([answer]).session.intake.risk == risk, "\(said(play([answer])))")
    }
}

/// F3 (safety): "sorry I meant yes" typed two questions after the risk question (at the child-or-adult or whom-with question)
/// met "Sorry, I didn't catch that", and the case went on as no risk.
@Suite("Chat review, round 22: a risk corrected two questions on")
struct ChatReviewRound22LateCorrectionTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T16:45")! }

    @Test("at the child-or-adult and the whom-with questions: taken as yes to risk, said, the answers since kept",
          arguments: [["no", "torbay", "sorry I meant yes"], ["no", "torbay", "child", "oops, yes"]])
    func lateYes(_ answers: [String]) {
        let turn = play(answers)
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
        #expect(said(turn).hasPrefix("Taking that as yes to the question about risk."), "\(said(turn))")
        #expect(turn.session.policyID == "torbay")
        #expect(turn.session.step == .urgentShown)
    }

    @Test("after the checklist's yes or no, a correction is that question's, not risk's") func afterChecklist() {
        let turn = play(["no", "torbay", "child", "1", "no", "sorry I meant yes"])
        #expect(turn.session.intake.risk == Risk.none, "\(said(turn))")
    }
}

/// F4 (safety): after the urgent route and 'continue', items of the checklist not yet done were followed by "do them first":
/// supervision and evidence before the escalation the Isle of Man says "must be urgently expedited".
@Suite("Chat review, round 22: the checklist at immediate risk")
struct ChatReviewRound22ChecklistTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T16:45")! }

    @Test("at immediate risk the items are done alongside the urgent steps, never before") func alongside() {
        let turn = play(["yes", "isle of man", "continue", "child", "1", "no", "1 3"])
        #expect(said(turn).contains("do them alongside the urgent steps, never before them"), "\(said(turn))")
        #expect(!said(turn).contains("do them first"))
    }

    @Test("with no one at risk today, they come first as the policy says") func first() {
        let turn = play(["no", "isle of man", "child", "1", "no", "1 3"])
        #expect(said(turn).contains("do them first"), "\(said(turn))")
    }
}
