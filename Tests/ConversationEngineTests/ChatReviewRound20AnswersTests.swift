import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 20 (2026-12-04): answers the bot took the wrong way, each replayed in the engine.
@Suite("Chat review, round 20: answers")
struct ChatReviewRound20AnswersTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2026-12-04T16:55")!
    var now: Moment { friday }

    // MARK: F4: a date of birth at "When was it first raised?"

    static let shropshireToRaised = ["3", "shropshire", "child", "1", "yes", "CSC lack of action", "skip", "0"]

    @Test("a date years back is asked about, said as how long ago, and not kept", arguments: [
        ("12/03/2015", "11 years"), ("3/4/19", "7 years"), ("12 March 2015", "11 years"), ("02/03", "9 months"), ("1/1/2026", "11 months"),
    ])
    func dateFarBackAsked(_ typed: String, _ ago: String) {
        let turn = play(Self.shropshireToRaised + [typed])
        #expect(turn.session.step == .raised, "\(said(turn))")
        #expect(turn.session.intake.raised == nil)
        #expect(said(turn).hasPrefix("That is \(ago) ago. If it is a date of birth, I never need one, and I have not kept it."), "\(said(turn))")
        // Nothing sent back or kept names the day itself.
        #expect(!said(turn).contains("2015") && !said(turn).contains("2019") && !said(turn).contains("March"), "\(said(turn))")
        #expect(conversation.record(for: turn.session, at: now) == nil)
    }

    @Test("the date typed again after the question is kept, and said") func dateFarBackConfirmed() throws {
        let turn = play(Self.shropshireToRaised + ["12/03/2015", "12/03/2015"])
        #expect(turn.session.intake.raised == Day(iso: "2015-03-12"), "\(said(turn))")
        #expect(said(turn).hasPrefix("Taken as Thursday 12 March 2015"), "\(said(turn))")
        let record = try #require(conversation.record(for: turn.session, at: now))
        #expect(record.textLines.contains("First raised: Thursday 12 March 2015"))
    }

    @Test("another day typed after the question is kept as any day is; a yes is asked for the date") func dateFarBackThenAnother() {
        let corrected = play(Self.shropshireToRaised + ["12/03/2015", "yesterday"])
        #expect(corrected.session.intake.raised == Day(iso: "2026-12-03"), "\(said(corrected))")
        let yes = play(Self.shropshireToRaised + ["12/03/2015", "yes"])
        #expect(yes.session.intake.raised == nil)
        #expect(said(yes).hasPrefix(Prompts.dateAgainToKeep), "\(said(yes))")
    }

    @Test("the question is asked at each date question, the stage's end too") func dateFarBackAtStageStarted() {
        let toStage = ["3", "shropshire", "child", "1", "yes", "CSC lack of action", "skip", "1", "12/03/2015", "12/03/2015"]
        let asked = play(toStage + ["3/4/2019"])
        #expect(asked.session.step == .stageStarted, "\(said(asked))")
        #expect(asked.session.intake.stageStarted == nil)
        #expect(said(asked).hasPrefix("That is 7 years ago. If it is a date of birth, I never need one, and I have not kept it. If the stage really ended then"), "\(said(asked))")
        let kept = play(toStage + ["3/4/2019", "3/4/2019"])
        #expect(kept.session.intake.stageStarted == Day(iso: "2019-04-03"), "\(said(kept))")
    }

    @Test("a date within half a year is taken as before", arguments: ["12/11", "1/7/2026", "3 weeks ago", "today"])
    func recentDateTaken(_ typed: String) {
        let turn = play(Self.shropshireToRaised + [typed])
        #expect(turn.session.intake.raised != nil, "\(said(turn))")
    }

    @Test("the question asked survives a saved session") func dateAskedAgainSaved() throws {
        let turn = play(Self.shropshireToRaised + ["12/03/2015"])
        let decoded = try JSONDecoder().decode(Session.self, from: Data(turn.session.jsonBytes))
        #expect(decoded.intake.dateAskedAgain)
        #expect(!String(decoding: turn.session.jsonBytes, as: UTF8.self).contains("2015"))
    }

    // MARK: F5: a complaint about one worker's conduct, after choosing another agency

    static let complaint = "complaint about the SW's rude and poor practice, she is always late"

    @Test("the Isle of Man asks whether a complaint about one worker is about one person's conduct") func conductAskedIsleOfMan() {
        let turn = play(["3", "isle of man", "child", "1", "yes", Self.complaint])
        #expect(turn.session.step == .counterpart, "\(said(turn))")
        #expect(turn.session.intake.counterpart == nil)
        #expect(said(turn).hasPrefix("You wrote 'complaint about the SW's rude and poor practice'. Is this a complaint about one person's conduct or poor practice (4)?"), "\(said(turn))")
        // Kept: the description is not asked for again.
        #expect(turn.session.intake.description == Self.complaint)
    }

    @Test("answered 4, the complaint goes to the complaint or grievance process; answered 1 again, to the stages") func conductAnswered() {
        let conduct = play(["3", "isle of man", "child", "1", "yes", Self.complaint, "4"])
        #expect(conduct.session.step == .routed, "\(said(conduct))")
        #expect(said(conduct).contains("complaint or grievance process"), "\(said(conduct))")
        // Routing review 21 (F2): the Isle of Man's carve-out is for general concerns about a person's practice, so the
        // route for one person's conduct gives both readings, the stages as the other.
        #expect(said(conduct).contains("Read another way"), "\(said(conduct))")
        let agency = play(["3", "isle of man", "child", "1", "yes", Self.complaint, "1", "yes", "0", "today"])
        #expect(agency.session.step == .routed, "\(said(agency))")
        #expect(said(agency).contains("Next: Stage One"), "\(said(agency))")
    }

    @Test("other words of one worker's conduct are asked about too", arguments: [
        "I want to complain about the social worker, she was rude to me", "the SW was rude and dismissive on the phone",
        "the police officer's conduct at the visit was unprofessional", "poor practice by the health visitor, she never turns up",
    ])
    func conductWords(_ text: String) {
        let turn = play(["3", "isle of man", "child", "1", "yes", text])
        #expect(said(turn).contains("Is this a complaint about one person's conduct or poor practice (4)?"), "\(said(turn))")
    }

    /// Asked only where the answer changes the route: the Isle of Man takes such a complaint outside escalation, Torbay does
    /// not say; B&NES, Pan-Cheshire and Shropshire take a concern about one person's practice through their stages.
    @Test("the question is asked only where the policy treats conduct apart from its stages", arguments: [
        ("isle of man", true), ("torbay", true), ("bath", false), ("cheshire east", false), ("shropshire", false),
    ])
    func conductAskedWhereItMatters(_ policy: String, _ asked: Bool) {
        let turn = play(["3", policy, "child", "1", "yes", "yes", Self.complaint])
        let checklist = turn.session.step == .checklist || turn.session.step == .checklistGaps
        #expect(!checklist, "\(said(turn))")
        #expect(said(turn).contains("one person's conduct or poor practice (4)?") == asked, "\(said(turn))")
    }

    @Test("a disagreement about a decision, or someone else's complaint, is not asked about", arguments: [
        "CSC closed the case after the SW's visit, I disagree", "the complaint about the teacher was not upheld by the LADO",
        "dad was rude to the SW at the visit and CSC closed the case", "the SW's practice of visiting unannounced is fine, the threshold decision is not",
    ])
    func notConduct(_ text: String) {
        let turn = play(["3", "isle of man", "child", "1", "yes", text])
        #expect(!said(turn).contains("one person's conduct or poor practice (4)?"), "\(said(turn))")
    }

    // MARK: F13: "all except 2" at the checklist

    static let shropshireChecklist = ["3", "shropshire", "child", "1"]

    @Test("at which are not done, 'all except N' is every item but N", arguments: [
        ("all except 2", ["record", "respectful"]), ("all but 2", ["record", "respectful"]), ("everything except 2", ["record", "respectful"]),
        ("all apart from 1 and 3", ["systems"]), ("All except 1, 3", ["systems"]), ("all of them except for 3", ["record", "systems"]),
    ])
    func allExceptAtGaps(_ typed: String, _ gaps: [String]) {
        let turn = play(Self.shropshireChecklist + ["no", typed])
        #expect(turn.session.intake.checklistAnswered, "\(said(turn))")
        #expect(turn.session.intake.checklistGaps == gaps, "\(said(turn))")
    }

    @Test("at can you answer yes to all, 'all except 2' is a yes but for item 2") func allExceptAtYesNo() {
        let turn = play(Self.shropshireChecklist + ["all except 2"])
        #expect(turn.session.intake.checklistGaps == ["systems"], "\(said(turn))")
    }

    @Test("'all except' with nothing clear after it is asked again", arguments: ["all except", "all except 7", "all but the second one", "all except 1 2 3"])
    func allExceptUnclear(_ typed: String) {
        let turn = play(Self.shropshireChecklist + ["no", typed])
        #expect(turn.session.step == .checklistGaps, "\(said(turn))")
        #expect(!turn.session.intake.checklistAnswered)
    }

    // MARK: F8: corrections after the route

    static let torbayRouted = ["3", "torbay", "child", "1", "yes", "threshold, CSC said early help", "yes", "0", "today"]

    @Test("after the route, a correction that raises the risk is taken, and the urgent advice given", arguments: [
        "sorry I meant yes to the risk question", "wait, risk is yes", "change risk to yes", "risk should be 1", "oops the risk answer is yes",
    ])
    func riskRaisedAfterRoute(_ typed: String) {
        let routed = play(Self.torbayRouted)
        #expect(routed.session.step == .routed, "\(said(routed))")
        let turn = play([typed], from: routed)
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
        #expect(turn.session.step == .urgentShown, "\(said(turn))")
        #expect(said(turn).hasPrefix("Taking that as yes to the question about risk.\nURGENT"), "\(said(turn))")
    }

    @Test("after the route, significant risk named is taken as that") func significantAfterRoute() {
        let turn = play(Self.torbayRouted + ["sorry, risk should be significant"])
        #expect(turn.session.intake.risk == .significant, "\(said(turn))")
        #expect(said(turn).hasPrefix(Prompts.riskCorrectionSignificant), "\(said(turn))")
    }

    @Test("after the route, a correction never lowers the risk") func riskNotLoweredAfterRoute() {
        let significant = play(["2", "torbay", "child", "1", "yes", "threshold, CSC said early help", "yes", "0", "today"])
        #expect(significant.session.step == .routed, "\(said(significant))")
        let turn = play(["sorry, risk is no"], from: significant)
        #expect(turn.session.intake.risk == .significant, "\(said(turn))")
        #expect(turn.session.step == .routed)
        #expect(said(turn).hasPrefix(Prompts.riskNotLoweredAfterRoute), "\(said(turn))")
        let same = play(["change risk to significant"], from: significant)
        #expect(said(same).hasPrefix("Your answer about risk is already: significant risk of harm, but not immediate."), "\(said(same))")
    }

    @Test("after the route, a risk correction that says two things is asked about") func riskUnclearAfterRoute() {
        let turn = play(Self.torbayRouted + ["no wait yes, the risk one"])
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
    }

    // "actually no, it was yesterday" is taken as the day raised since round 21 (F10; ChatReviewRound21CorrectionsTests).
    @Test("after the route, other corrections are told how to change the answer", arguments: [
        "sorry I meant stage 1", "I meant 2 stages tried", "wrong date, should be last week",
    ])
    func otherCorrectionAfterRoute(_ typed: String) {
        let routed = play(Self.torbayRouted)
        let turn = play([typed], from: routed)
        #expect(turn.session.step == .routed, "\(said(turn))")
        #expect(turn.session.intake == routed.session.intake)
        #expect(said(turn).hasPrefix(Prompts.correctionAfterRoute), "\(said(turn))")
    }

    @Test("after the route, a line that corrects nothing gets the menu as before", arguments: ["thanks", "ok", "what now"])
    func noCorrectionAfterRoute(_ typed: String) {
        let turn = play(Self.torbayRouted + [typed])
        #expect(said(turn).hasPrefix("You have your route above."), "\(said(turn))")
    }

    @Test("back from the urgent advice a correction gave asks once whether anyone is still at immediate risk") func backAfterRaised() {
        let turn = play(Self.torbayRouted + ["wait, risk is yes", "back"])
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        #expect(turn.session.intake.askingAfterUrgent)
        let lowered = play(["no"], from: turn)
        #expect(lowered.session.step == .routed, "\(said(lowered))")
        #expect(lowered.session.urgentLowered)
    }
}
