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
        let turn = play(["no", "no", "shropshire", "child", "1", "yes", description])
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
        ("no risk", Risk.none), ("not at risk", .none), ("no, not at risk", .none), ("yes at risk", .immediate),
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
          arguments: [["no", "no", "torbay", "sorry I meant yes"], ["no", "no", "torbay", "child", "oops, yes"]])
    func lateYes(_ answers: [String]) {
        let turn = play(answers)
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
        #expect(said(turn).hasPrefix("Taking that as yes to the question about risk."), "\(said(turn))")
        #expect(turn.session.policyID == "torbay")
        #expect(turn.session.step == .urgentShown)
    }

    @Test("after the checklist's yes or no, a correction is that question's, not risk's") func afterChecklist() {
        let turn = play(["no", "no", "torbay", "child", "1", "no", "sorry I meant yes"])
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

    /// The Isle of Man's words encourage advice and clarifying; they do not put them before escalating: alongside it (a chat
    /// review, round 23, F7, which had this suite's "do them first" as stronger than the words).
    @Test("with no one at risk today, they go alongside the escalation, as the policy's words put nothing first") func first() {
        let turn = play(["no", "no", "isle of man", "child", "1", "no", "1 3"])
        #expect(said(turn).contains("do them as you escalate"), "\(said(turn))")
        #expect(!said(turn).contains("do them first"))
    }
}

/// F6: "stage 1 and 2", "done stage 1 and stage 2", "stages 1 to 3" were read as the first stage named, unsaid: a practitioner
/// past Stage 2 was sent back to Stage 2 with its deadline.
@Suite("Chat review, round 22: several stages named")
struct ChatReviewRound22StagesTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T10:00")! }

    @Test("the highest stage named is the last tried, and it is said back", arguments: [
        ("shropshire", "stage 1 and 2", 2), ("shropshire", "done stage 1 and stage 2", 2), ("shropshire", "stage 1, stage 2", 2),
        ("shropshire", "stage 1 then 2", 2), ("shropshire", "stage 1 to 3", 3), ("shropshire", "stage 2 and 3", 3),
        ("torbay", "stages 1 and 2", 2),
    ])
    func highestStage(_ policy: String, _ answer: String, _ tried: Int) {
        let turn = play(["no", "no", policy, "child", "1", "yes", "CSC closed referral NFA we disagree", "1", answer])
        #expect(turn.session.intake.tried == tried, "\(said(turn))")
        #expect(said(turn).contains("Taken as: tried up to"), "\(said(turn))")
    }

    @Test("one stage named is taken as before, unsaid") func oneStage() {
        let turn = play(["no", "no", "shropshire", "child", "1", "yes", "CSC closed referral NFA we disagree", "1", "stage 2"])
        #expect(turn.session.intake.tried == 2)
        #expect(!said(turn).contains("Taken as"))
    }
}

/// F8: dates and commands as hurried practitioners type them were asked for again.
@Suite("Chat review, round 22: shorthand dates and misspelt commands")
struct ChatReviewRound22ShorthandTests {
    @Test("shorthand dates and the winter holidays are read", arguments: [
        ("last nite", "2026-12-03"), ("yest", "2026-12-03"), ("2 wks ago", "2026-11-20"), ("about a week ago", "2026-11-27"),
        ("wk ago", "2026-11-27"), ("boxing day", "2025-12-26"), ("christmas eve", "2025-12-24"), ("new years day", "2026-01-01"),
    ])
    func dates(_ typed: String, _ day: String) {
        #expect(DateAnswer.read(typed, today: Day(iso: "2026-12-04")!).pastDay == Day(iso: day), "\(typed)")
    }

    @Test("misspelt commands are commands", arguments: [("calender", Command.calendar), ("hlep", .help), ("stauts", .status), ("restrat", .restart)])
    func commands(_ typed: String, _ command: Command) {
        #expect(Command(typed) == command)
    }
}

/// F8: "yes" to the two or three likeliest types was refused again and again.
@Suite("Chat review, round 22: yes to a shortlist of types")
struct ChatReviewRound22TypeYesTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T10:00")! }

    @Test("yes takes the likeliest, and says so") func yesTakesTheFirst() {
        let shown = play(["no", "no", "shropshire", "child", "1", "yes", "the meeting went badly and nobody listens"])
        #expect(shown.session.step == .confirmType && shown.session.intake.typeShortlist.count > 1, "\(said(shown))")
        let yes = play(["yes"], from: shown)
        #expect(yes.session.intake.type == shown.session.intake.typeShortlist.first)
        #expect(said(yes).hasPrefix("I read that as: "), "\(said(yes))")
    }
}
