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

    @Test("a word and a number that agree are taken as they are, with nothing said", arguments: ["no, 3", "3 no", "yes 1"])
    func wordAndNumberAgree(_ answer: String) {
        let turn = play([answer])
        #expect(turn.session.intake.risk != nil, "\(said(turn))")
        #expect(!said(turn).contains("You typed both"), "\(said(turn))")
    }
}

/// A chat review, round 21, F3: after the route, "sorry I meant yes" named no question and was told how to use 'back'
/// (about ten of them to reach the risk answer). A yes typed as a correction after the route may be the risk answer: risk is
/// asked about again, once, unless it was already answered as immediate.
@Suite("Chat review, round 21: a yes corrected after the route")
struct ChatReviewRound21CorrectionTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T10:00")! }
    static let torbayRouted = ["3", "torbay", "child", "1", "yes", "threshold, CSC said early help", "yes", "0", "today"]

    @Test("'sorry I meant yes' after the route asks about risk again", arguments: ["sorry I meant yes", "oops, yes", "actually yes"])
    func yesCorrectedAsksAboutRisk(_ typed: String) {
        let routed = play(Self.torbayRouted)
        #expect(routed.session.step == .routed, "\(said(routed))")
        let turn = play([typed], from: routed)
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        let yes = play(["yes"], from: turn)
        #expect(yes.session.intake.risk == .immediate, "\(said(yes))")
    }

    @Test("a no corrected after the route is not taken as lowering anything") func noCorrectedIsNot() {
        let turn = play(["sorry I meant no"], from: play(Self.torbayRouted))
        #expect(turn.session.step == .routed, "\(said(turn))")
    }
}

/// A chat review, round 21, F7: at immediate risk the calendar entry for Torbay was dated a week ahead and titled "Escalation
/// deadline", while the chat said "as soon as possible": the entry now says the date is the latest, and to act before it.
@Suite("Chat review, round 21: the calendar at immediate risk")
struct ChatReviewRound21CalendarTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T16:45")! }

    @Test("an entry whose date is the latest at immediate risk says so, in its title and in the chat") func latestNotDeadline() throws {
        let turn = play(["1", "torbay", "continue", "child", "1", "yes", "CSC say no s47 but baby has a bruise", "2", "0", "today"])
        #expect(turn.session.step == .routed, "\(said(turn))")
        let record = try #require(conversation.record(for: turn.session, at: now))
        let entry = try #require(record.calendarEntry)
        #expect(entry.contains("SUMMARY:Escalation as soon as possible\\, at the latest by this date"), "\(entry)")
        #expect(record.calendarLines?.first?.contains("the latest date: act as soon as possible") == true, "\(record.calendarLines ?? [])")
    }

    @Test("without immediate risk the entry is the deadline, as before") func deadlineOtherwise() throws {
        let turn = play(["3", "torbay", "child", "1", "yes", "threshold, CSC said early help", "yes", "0", "today"])
        let record = try #require(conversation.record(for: turn.session, at: now))
        #expect(try #require(record.calendarEntry).contains("SUMMARY:Escalation deadline:"))
    }
}

/// A chat review, round 21, F6: a bare "1" at "at significant risk, though not today?" was taken as significant risk, where at
/// the first question 1 meant risk today: the higher is taken, and said, as a disagreeing word and number are (F1).
@Suite("Chat review, round 21: 1 at the significant-risk question")
struct ChatReviewRound21NumbersTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-04T10:00")! }

    @Test("'1' at the significant question is taken as risk today, and said") func oneIsToday() {
        let asked = play(["3", "torbay", "child", "1", "yes", "CSC closed the case though dad hit him last week"])
        #expect(asked.session.step == .riskAgain && asked.session.intake.askingAboutSignificant, "\(said(asked))")
        let turn = play(["1"], from: asked)
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
        #expect(said(turn).contains("so I have taken the higher: at risk of harm today"), "\(said(turn))")
    }

    @Test("'yes' there is significant risk, as before") func yesIsSignificant() {
        let asked = play(["3", "torbay", "child", "1", "yes", "CSC closed the case though dad hit him last week"])
        #expect(play(["yes"], from: asked).session.intake.risk == .significant)
    }
}

/// A chat review, round 21, F3 (the rest): after two noes about a risk the description reads as today's, the route's note quoted
/// the policy's words for someone at risk and gave no number, though the area was known. It now names the number the route at
/// risk today would give for that area, open now, and how to get that route; the record keeps the note without them.
@Suite("Chat review, round 21: whom to call beside a risk read in the description")
struct ChatReviewRound21RiskNoteTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-02T14:00")! }
    static let description = "health visitor saw a bruise on the 4 month old baby this morning and CSC say no further action, mum is taking him home to dad tonight"

    @Test("Pan-Cheshire in Halton, open: Halton's key contact, and 'yes, at risk today' gives the urgent route") func halton() {
        let routed = play(["3", "pan-cheshire", "child", "1", "yes", Self.description, "no", "no", "yes", "0", "today", "halton"])
        #expect(routed.session.step == .routed, "\(said(routed))")
        let note = said(routed).components(separatedBy: "\n").first { $0.hasPrefix("Your description reads as risk today") } ?? ""
        #expect(note.contains("If someone may be at risk today: call your area's key contact in Appendix B, Integrated Contact and Referral Team (Halton), 0151 907 8305 now"), "\(said(routed))")
        #expect(!note.contains("(closed now)"))
        let urgent = play(["yes, at risk today"], from: routed)
        #expect(urgent.session.intake.risk == .immediate, "\(said(urgent))")
        let record = play(["record"], from: routed)
        #expect(said(record).contains("Risk in the description: Your description reads as risk today"))
        #expect(!said(record).contains("0151 907 8305 now"), "the record is read later: \(said(record))")
    }

    @Test("a policy that names no one to call for risk today says how to get the urgent route, and 999") func torbay() {
        let routed = play(["3", "torbay", "child", "1", "yes", Self.description, "no", "no", "yes", "0", "today"])
        #expect(said(routed).contains("If someone may be at risk today, type 'yes, at risk today' for the urgent route; in an emergency call 999."), "\(said(routed))")
    }
}

/// A chat review, round 21, F6 (the rest): "2" at "at risk of harm today?" was taken as no without a word, where at the first
/// question 2 meant significant risk; and the checklist refused "1" and "2" as not caught, without saying why.
@Suite("Chat review, round 21: numbers at yes-or-no questions")
struct ChatReviewRound21NumberTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-02T14:00")! }
    static let described = ["3", "torbay", "1", "1", "yes", "the 4 month old baby had a bruise this morning and CSC say NFA, going home to dad tonight"]

    @Test("a bare 2 at 'risk today?' is no to today, said, and significant risk is asked next") func twoAtRiskToday() {
        let asked = play(Self.described)
        #expect(asked.session.step == .riskAgain && !asked.session.intake.askingAboutSignificant, "\(said(asked))")
        let two = play(["2"], from: asked)
        #expect(said(two).contains("At the first question 2 meant significant risk, not today: taken as no to risk today."), "\(said(two))")
        #expect(two.session.intake.askingAboutSignificant)
        let yes = play(["yes"], from: two)
        #expect(yes.session.intake.risk == .significant, "\(said(yes))")
    }

    @Test("a bare number at the checklist says why it is not taken", arguments: ["1", "2"])
    func numberAtChecklist(_ typed: String) {
        let turn = play(["3", "torbay", "1", "1", typed])
        #expect(turn.session.step == .checklist, "\(said(turn))")
        #expect(said(turn).contains("A number alone could be an item of the list or an answer."), "\(said(turn))")
        #expect(!said(turn).contains("Sorry, I didn't catch that"))
    }
}

/// A chat review, round 21, F10: "sorry I meant yes" typed at the question after a yes-or-no one (the checklist's "which are not
/// done yet?") met "Please type a number"; "actually it was yesterday" after the route was told to type 'back'.
@Suite("Chat review, round 21: corrections of yes, no and the day raised")
struct ChatReviewRound21CorrectionsTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-02T14:00")! }
    static let toChecklist = ["3", "torbay", "1", "1"]
    static let routed = toChecklist + ["yes", "CSC closed the case, we think it needs a CIN plan", "yes", "0", "today"]

    @Test("a no at the checklist corrected to yes: every item done, and the description asked") func checklistNoToYes() {
        let gaps = play(Self.toChecklist + ["no"])
        #expect(gaps.session.step == .checklistGaps, "\(said(gaps))")
        let corrected = play(["sorry I meant yes"], from: gaps)
        #expect(said(corrected).hasPrefix("Taking that as yes to the question before."), "\(said(corrected))")
        #expect(corrected.session.step == .description && corrected.session.intake.checklistAnswered)
    }

    @Test("a yes at the checklist corrected to no: which are not done is asked") func checklistYesToNo() {
        let corrected = play(Self.toChecklist + ["yes", "oops, no"])
        #expect(corrected.session.step == .checklistGaps, "\(said(corrected))")
    }

    @Test("the day raised corrected after the route: taken, said, and the route dated from it",
          arguments: [("actually it was yesterday", "2026-12-01"), ("sorry I meant last monday", "2026-11-30"), ("oops it was 3 days ago", "2026-11-29")])
    func raisedCorrected(_ typed: String, _ day: String) {
        let turn = play([typed], from: play(Self.routed))
        #expect(turn.session.intake.raised == Day(iso: day), "\(said(turn))")
        #expect(said(turn).contains("as the day it was first raised"))
        #expect(turn.session.step == .routed)
    }

    @Test("a correction naming no day is told how to change the answer, as before", arguments: ["sorry I meant stage 1", "actually it was 2"])
    func otherCorrection(_ typed: String) {
        let turn = play([typed], from: play(Self.routed))
        #expect(turn.session.intake.raised == Day(iso: "2026-12-02"), "\(said(turn))")
        #expect(said(turn).contains("type 'back'"))
    }
}
