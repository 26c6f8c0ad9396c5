import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 19 (2026-12-02): safety findings, each replayed in the engine as a whole conversation.
@Suite("Chat review, round 19")
struct ChatReviewRound19Tests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let tuesday = Moment(iso: "2026-12-08T11:00")!
    var now: Moment { tuesday }

    // MARK: S1: after a no to risk today, significant risk is always asked

    @Test("a no to risk today is followed by the significant-risk question, whatever sign raised it", arguments: [
        "the child told me daddy puts his willy in my mouth",
        "newborn goes home tomorrow to parents whose previous four children were removed, no pre-birth assessment done",
        "the unborn baby's dad has killed a previous partner",
        "the adult with LD is being made to have sex for money by her flatmate",
    ])
    func significantAskedAfterNo(_ description: String) {
        let asked = play(["3", "shropshire", "1", "1", "yes", description])
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        let answered = play(["no"], from: asked)
        #expect(answered.session.step == .riskAgain, "\(said(answered))")
        #expect(said(answered).contains("at significant risk of harm, though not today?"), "\(said(answered))")
        let significant = play(["yes"], from: answered)
        #expect(significant.session.intake.risk == .significant, "\(said(significant))")
    }

    @Test("a yes with a time later today to the significant-risk question is risk today", arguments: ["yes, tonight", "yes he's back later", "not now but after school"])
    func laterTodayAtSignificant(_ answer: String) {
        let asked = play(["3", "shropshire", "1", "1", "yes", "the child told me daddy puts his willy in my mouth", "no"])
        #expect(said(asked).contains("though not today?"), "\(said(asked))")
        let answered = play([answer], from: asked)
        #expect(answered.session.intake.risk == .immediate, "\(said(answered))")
        #expect(said(answered).contains("URGENT") || said(answered).contains("999"), "\(said(answered))")
    }

    @Test("the significant-risk question is asked once: a second no goes on") func significantAskedOnce() {
        let answered = play(["3", "shropshire", "1", "1", "yes", "the child told me daddy puts his willy in my mouth", "no", "no"])
        #expect(answered.session.step != .riskAgain, "\(said(answered))")
        #expect(answered.session.intake.risk == Risk.none)
    }

    @Test("a sign raised before the first answer, then no to both, still asks about significant risk") func signBeforeFirstAnswer() {
        let started = conversation.start(at: tuesday, opening: "hi, the child told me daddy puts his willy in my mouth")
        let asked = play(["3"], from: started)
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        let answered = play(["no"], from: asked)
        #expect(said(answered).contains("though not today?"), "\(said(answered))")
    }
}

extension ChatReviewRound19Tests {
    // MARK: S2: harm later today is risk today

    static let friday = Moment(iso: "2026-12-04T16:20")!

    @Test("a time later today with a yes, or after 'not now, but', is read as immediate risk at the first question", arguments: [
        "not right now but tonight yes",
        "not now but when she goes home at 3:15",
        "no not now. later today yes",
        "not at this second, he is in school, but he goes home to him later",
    ])
    func laterTodayIsImmediate(_ answer: String) {
        let turn = play([answer], at: Self.friday)
        #expect(turn.session.intake.risk == .immediate, "\(said(turn))")
        #expect(said(turn).contains("harm later today is risk today, so I have taken that as yes"), "\(said(turn))")
        #expect(!said(turn).contains("Not at immediate risk"))
    }

    @Test("a time later today with only a no is asked about today, never taken as no risk", arguments: [
        "no (she's in school till 3)",
        "no, but there's a meeting this afternoon",
        "3 - he goes home tonight",
    ])
    func laterTodayWithNoIsAsked(_ answer: String) {
        let turn = play([answer], at: Self.friday)
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        #expect(said(turn).contains("'. Is anyone at risk of harm today? (yes / no)"), "\(said(turn))")
        #expect(play(["yes"], from: turn, at: Self.friday).session.intake.risk == .immediate)
        let no = play(["no"], from: turn, at: Self.friday)
        #expect(said(no).contains("at significant risk of harm, though not today?"), "\(said(no))")
    }

    @Test("a time later today with nothing else clear is asked about at the first question", arguments: [
        "he's in school till 3", "not immediate, he's in school till 3",
    ])
    func laterTodayUnclearIsAsked(_ answer: String) {
        let turn = play([answer], at: Self.friday)
        #expect(turn.session.intake.risk == nil, "\(said(turn))")
        #expect(said(turn).contains("You said 'till 3': harm later today is risk today. Is anyone at risk of harm today, later today included?"), "\(said(turn))")
        #expect(!said(turn).contains("Not at immediate risk"))
        #expect(play(["3"], from: turn, at: Self.friday).session.intake.risk == Risk.none)
    }

    @Test("a time negated or said safe is not read as risk later today", arguments: ["no, not tonight either", "not now, she's safe tonight"])
    func laterTodayNegated(_ answer: String) {
        let turn = play([answer], at: Self.friday)
        #expect(!said(turn).contains("so I have taken that as yes"), "\(said(turn))")
        #expect(turn.session.intake.risk != .immediate)
    }

    @Test("at the risk question asked again, 'not now but tonight' is a yes") func laterTodayAgain() {
        let asked = play(["3", "torbay", "1", "1", "yes", "CSC closed the case but mum's partner came back last night and she's got a black eye"],
                         at: Self.friday)
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        let answered = play(["not now but tonight"], from: asked, at: Self.friday)
        #expect(answered.session.intake.risk == .immediate, "\(said(answered))")
        let noOnly = play(["no, she's in school till 3"], from: asked, at: Self.friday)
        #expect(noOnly.session.step == .riskAgain, "\(said(noOnly))")
        #expect(said(noOnly).contains("You said 'till 3': harm later today is risk today."), "\(said(noOnly))")
    }
}

extension ChatReviewRound19Tests {
    // MARK: S3: ages written as bare numbers

    @Test("a child's and an adult's bare ages beside a relationship are asked about, today then significant risk") func bareAgesAsked() {
        let asked = play(["3", "torbay", "1", "1", "yes", "she's 15 and her boyfriend is 31"])
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        #expect(said(asked).contains("You wrote 'she's 15 and her boyfriend is 31'. Is anyone at risk of harm today?"), "\(said(asked))")
        let answered = play(["no"], from: asked)
        #expect(said(answered).contains("at significant risk of harm, though not today?"), "\(said(answered))")
        #expect(answered.session.intake.urgency == .immediate)
    }
}

extension ChatReviewRound19Tests {
    // MARK: S5: a description read as risk today, answered no twice

    static let lateFriday = Moment(iso: "2026-12-04T16:50")!

    @Test("after two noes to a description read as risk today, the route and the record keep the policy's words") func riskKeptAfterTwoNoes() throws {
        let routed = play(["no", "no", "shropshire", "child", "another agency", "yes",
                           "CSC closed the case but mum's partner came back last night and she's got a black eye, kids are going home to him after school today",
                           "no", "no", "yes", "0", "today"], at: Self.lateFriday)
        #expect(routed.session.step == .routed, "\(said(routed))")
        #expect(routed.session.intake.risk == Risk.none)
        let words = "the Shropshire policy says: \"Please note that this process should be expedited if someone is at risk of harm.\""
        #expect(said(routed).contains("Your description reads as risk today ('"), "\(said(routed))")
        #expect(said(routed).contains(words), "\(said(routed))")
        let record = try #require(conversation.record(for: routed.session, at: Self.lateFriday))
        #expect(record.rendered(.text).contains("Risk in the description: Your description reads as risk today"), "\(record.rendered(.text))")
        #expect(record.rendered(.text).contains(words))
    }

    @Test("a routine description answered no has no such line") func noLineForRoutine() {
        let routed = play(["no", "no", "shropshire", "child", "another agency", "yes", "CSC and health disagree about who writes the plan", "yes", "0", "today"])
        #expect(routed.session.step == .routed, "\(said(routed))")
        #expect(!said(routed).contains("reads as risk today"))
    }
}
