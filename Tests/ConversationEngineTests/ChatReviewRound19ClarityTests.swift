import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 19 (2026-12-02): the confusing and polish findings, each replayed in the engine.
@Suite("Chat review, round 19: clarity")
struct ChatReviewRound19ClarityTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let tuesday = Moment(iso: "2026-12-08T11:00")!
    var now: Moment { tuesday }

    // MARK: C5: everyday wording

    @Test("everyday command wordings are understood", arguments: [
        ("go back", Command.back), ("bakc", .back), ("?", .help), ("??", .help), ("stop", .help), ("cancel", .help),
        ("reocrd", .record(.text)),
    ])
    func commandWordings(_ typed: String, _ command: Command) {
        #expect(Command(typed) == command)
    }

    @Test("'no?' is not a command") func questionMarkWithWords() {
        #expect(Command("no?") == nil)
    }

    @Test("'go back' at the subject question goes back to the partnership") func goBack() {
        let back = play(["3", "shropshire", "go back"])
        #expect(back.session.step == .choosePolicy, "\(said(back))")
    }

    @Test("hurried yes and no are read", arguments: [("yse", true), ("noo", false), ("N0", false), ("yess", true)])
    func hurriedYesNo(_ typed: String, _ yes: Bool) {
        #expect(Answers.yesNo(typed) == yes)
    }

    @Test("the child or adult question reads everyday words", arguments: [
        ("yp", Subject.child), ("pupil", .child), ("resident", .adult), ("17yo", .child), ("a 17 year old", .child),
        ("aged 17", .child), ("19 year old", .adult),
    ])
    func subjectWords(_ typed: String, _ subject: Subject) {
        let turn = play(["3", "shropshire", typed])
        #expect(turn.session.intake.subject == subject, "\(said(turn))")
    }

    @Test("a subject read from an age is said back") func ageSaidBack() {
        let turn = play(["3", "shropshire", "17yo"])
        #expect(said(turn).contains("I read that as: a child or young person (under 18). If that is wrong, type 'back'."), "\(said(turn))")
    }

    @Test("'my DSL' is asked about, not guessed") func ownDSL() {
        let turn = play(["3", "shropshire", "1", "my DSL"])
        #expect(turn.session.step == .counterpart, "\(said(turn))")
        #expect(turn.session.intake.counterpart == nil)
        #expect(said(turn).contains("Your safeguarding lead is in your own agency."), "\(said(turn))")
    }

    @Test("the who-with question reads everyday words", arguments: [
        ("our own team", Counterpart.ownOrganisation), ("the IRO", .otherAgency),
    ])
    func counterpartWords(_ typed: String, _ counterpart: Counterpart) {
        let turn = play(["3", "shropshire", "1", typed])
        #expect(turn.session.intake.counterpart == counterpart, "\(said(turn))")
        #expect(said(turn).contains("I read that as:"), "\(said(turn))")
    }
}

extension ChatReviewRound19ClarityTests {
    @Test("'?' at the risk question is still doubt, not the command list") func questionMarkAtRisk() {
        let turn = play(["?"])
        #expect(said(turn).contains("If you are not sure whether they are safe today, answer yes"), "\(said(turn))")
    }

    @Test("'?' at another question lists the commands") func questionMarkElsewhere() {
        let turn = play(["3", "shropshire", "?"])
        #expect(said(turn).contains("You can type these at any prompt:"), "\(said(turn))")
        #expect(turn.session.step == .subject)
    }
}

// MARK: C3: a correction of the risk answer at the next prompt

extension ChatReviewRound19ClarityTests {
    @Test("'sorry I meant yes' after a no raises the risk to immediate", arguments: ["sorry I meant yes", "actually yes", "oops, I meant yes"])
    func correctionToYes(_ typed: String) {
        let turn = play(["3", typed])
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
        #expect(said(turn).contains("Taking that as yes to the question about risk."), "\(said(turn))")
        #expect(turn.session.urgentGiven != nil || turn.session.step == .urgentShown || said(turn).contains("999"), "\(said(turn))")
    }

    @Test("a correction to no is never taken: the risk stays and 'back' is named") func correctionToNoNotTaken() {
        let turn = play(["1", "sorry I meant no"])
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
        #expect(said(turn).contains("type 'back'"), "\(said(turn))")
    }

    @Test("a correction after significant raises it to immediate, never lower") func correctionAfterSignificant() {
        let turn = play(["2", "actually yes"])
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
    }

    /// Since chat review 22 (F3), a yes two questions on is the risk answer's where no other yes-or-no question came between
    /// (ChatReviewRound22LateCorrectionTests); after the checklist's, it is not.
    @Test("a correction is not read as risk's where another yes-or-no question came after it") func correctionElsewhere() {
        let turn = play(["3", "shropshire", "child", "1", "yes", "sorry I meant no"])
        #expect(turn.session.intake.risk == Risk.none, "\(said(turn))")
        #expect(play(["3", "shropshire", "sorry I meant yes"]).session.intake.risk == .immediate)
    }
}

extension ChatReviewRound19ClarityTests {
    @Test("a correction at the significant-risk question after a no to today is taken for today") func correctionAtSignificant() {
        let asked = play(["3", "shropshire", "1", "1", "yes", "he turned up with a black eye again and CSC say it was football", "no"])
        #expect(asked.session.intake.askingAboutSignificant, "\(said(asked))")
        let turn = play(["sorry I meant yes"], from: asked)
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
    }
}

// MARK: C1: the risk question quotes the harm; a checklist answer is not taken for one

extension ChatReviewRound19ClarityTests {
    @Test("a checklist answer naming a colleague's part and sickness is not asked about as risk") func checklistNotRisk() {
        let turn = play(["3", "torbay", "1", "1", "yes apart from the supervisor bit, she's off sick"], at: Moment(iso: "2026-12-07T09:30")!)
        #expect(!said(turn).contains("at risk of harm today"), "\(said(turn))")
        #expect(turn.session.step == .checklistGaps, "\(said(turn))")
    }

    @Test("a checklist answer with harm in it is still asked about") func checklistWithHarm() {
        let turn = play(["3", "torbay", "1", "1", "yes but dad hit her again last night"])
        #expect(said(turn).contains("at risk of harm today"), "\(said(turn))")
    }

    @Test("a long account quotes the harm, not the diagnosis") func quotesHarm() {
        let description = "So basically I've been the manager at Oakfield House for 6 years and we've had this resident for about 2 years, lovely man, dementia, and his son comes in every Sunday and since October his bank cards have gone missing and he's been asking for money, then last week staff saw the son grab his arm hard enough to leave marks, we raised it with ASC and they said it was a family matter and closed it the same day, we think it should be a s42 enquiry, the son is due in again on Sunday"
        let turn = play(["3", "bath", "2", "1", "yes", description])
        #expect(said(turn).contains("grab his arm hard enough to leave marks"), "\(said(turn))")
        #expect(!said(turn).contains("You wrote 'dementia'"), "\(said(turn))")
    }

    @Test("'bit' as a part of something is not a bite", arguments: ["we've done our bit", "apart from the supervisor bit", "the bit about school"])
    func bitAsPart(_ text: String) {
        #expect(Classifier.standard.riskSigns(of: text).signs.allSatisfy { $0.words != "bit" })
    }

    @Test("'the dog bit the 2yo' is still an injury") func dogBit() {
        #expect(Classifier.standard.riskSigns(of: "the dog bit the 2yo this morning").signs.contains { $0.words == "bit" })
    }
}
