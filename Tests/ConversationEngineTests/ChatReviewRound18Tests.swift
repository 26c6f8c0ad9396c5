import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 18 (2026-12-01): safety findings, each replayed in the engine as a whole conversation.
@Suite("Chat review, round 18")
struct ChatReviewRound18Tests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2025-03-14T10:00")!
    var now: Moment { friday }

    // MARK: S3: the risk question names the subject when the harm is to someone else

    @Test("harm to a sibling in a child's case is asked about for anyone", arguments: [
        "Police NFA; his baby sister has bruises on her face",
        "School say nothing to do but her older brother came in with a black eye",
    ])
    func siblingAskedAboutAnyone(_ description: String) {
        let asked = play(["3", "shropshire", "1", "1", "yes", description])
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        #expect(said(asked).contains("Is anyone at risk of harm today?"), "\(said(asked))")
        #expect(!said(asked).contains("the child"))
    }

    @Test("harm to a wife in an adult's case is asked about for anyone") func wifeAskedAboutAnyone() {
        let asked = play(["3", "shropshire", "2", "1", "yes", "ASC refused assessment; his wife is his carer and he hit her last night"])
        #expect(said(asked).contains("Is anyone at risk of harm today?"), "\(said(asked))")
    }

    @Test("a no that names someone else at risk is a yes", arguments: ["no, his wife is", "no - but his wife is at risk", "no, the baby is"])
    func noNamingSomeoneElseIsYes(_ answer: String) {
        let asked = play(["3", "shropshire", "2", "1", "yes", "ASC refused assessment; his wife is his carer and he hit her last night"])
        let answered = play([answer], from: asked)
        #expect(answered.session.intake.risk == .immediate, "\(said(answered))")
        #expect(answered.session.step == .urgentShown, "\(said(answered))")
    }

    @Test("a no that says the other person is safe stays a no", arguments: ["no, his wife is safe now", "no, his wife isn't"])
    func noSayingOtherSafe(_ answer: String) {
        let asked = play(["3", "shropshire", "2", "1", "yes", "ASC refused assessment; his wife is his carer and he hit her last night"])
        let answered = play([answer], from: asked)
        #expect(answered.session.intake.risk != .immediate, "\(said(answered))")
    }

    // MARK: S1: harm placed in the past got no question at all

    @Test("harm the description places in the past is asked about as significant risk after a no", arguments: [
        "Young person took an overdose last week, CAMHS discharged",
        "she was raped last year and CSC say it is a police matter",
        "the 14yo ran away a few weeks ago and was picked up by older men, police NFA",
    ])
    func pastHarmAsked(_ description: String) {
        let turn = play(["3", "shropshire", "1", "1", "yes", description])
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        let significant = turn.session.intake.askingAboutSignificant
            || play(["no"], from: turn).session.intake.askingAboutSignificant
        #expect(significant, "\(said(turn))")
        let yes = play(["yes"], from: turn)
        #expect(yes.session.intake.risk != Risk.none)
    }

    @Test("missing days ago and not said to be found is asked about today") func missingDaysAgo() {
        let turn = play(["3", "shropshire", "1", "1", "yes", "the 15yo went missing 2 days ago and police have closed the log"])
        #expect(turn.session.step == .riskAgain && !turn.session.intake.askingAboutSignificant, "\(said(turn))")
        #expect(said(turn).contains("at risk of harm today?"), "\(said(turn))")
    }

    @Test("harm placed long ago is still not asked about as significant risk", arguments: [
        "mum was assaulted by her ex in 2017, he is in prison and we disagree about the CIN plan",
        "she was hit as a toddler and we disagree about who chairs the meeting",
    ])
    func longAgoNotAsked(_ description: String) {
        let turn = play(["3", "shropshire", "1", "1", "yes", description])
        #expect(!(turn.session.step == .riskAgain && turn.session.intake.askingAboutSignificant), "\(said(turn))")
    }

    // MARK: S4: risk typed at another question lost the question about significant risk

    @Test("risk typed at the checklist: a no to today is followed by the question about significant risk") func significantAfterChecklist() {
        let note = "Spoke to SW at MASH. Mum reports partner drunk and violent last night, child has bruise on arm. SW says NFA. I disagree."
        let asked = play(["3", "shropshire", "1", "1", note])
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        let no = play(["no"], from: asked)
        #expect(no.session.step == .riskAgain && no.session.intake.askingAboutSignificant, "\(said(no))")
        #expect(said(no).contains("significant risk of harm, though not today?"), "\(said(no))")
        let yes = play(["yes"], from: no)
        #expect(yes.session.intake.risk == .significant)
    }

    @Test("risk typed at whom it is about: 'no, not today' is followed by the question about significant risk") func significantAfterSubject() {
        let asked = play(["3", "shropshire", "the child, dad punched him last night and he has a black eye"])
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        let no = play(["no, not today"], from: asked)
        #expect(no.session.intake.askingAboutSignificant, "\(said(no))")
    }
}
