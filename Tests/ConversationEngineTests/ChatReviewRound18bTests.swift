import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 18 (2026-12-01), its open findings, each replayed in the engine as a whole conversation.
@Suite("Chat review, round 18, open findings")
struct ChatReviewRound18bTests {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2025-03-14T10:00")!

    func play(_ answers: [String], policy: String? = nil, from start: Turn? = nil) -> Turn {
        var turn = start ?? conversation.start(policyID: policy, at: friday)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: friday) }
        return turn
    }

    func said(_ turn: Turn) -> String { turn.replies.flatMap(\.lines).joined(separator: "\n") }

    // MARK: S6: B&NES's words on significant risk came only with the route

    static let bcsspProcedures = "should they be considered to be at significant risk, safeguarding procedures should be followed"

    @Test("significant risk under B&NES: the policy's words on safeguarding procedures come at once, and the questions go on",
          arguments: [["2"], ["significant"]])
    func proceduresAtOnce(_ answers: [String]) {
        let turn = play(answers, policy: "bcssp")
        #expect(said(turn).contains(Self.bcsspProcedures), "\(said(turn))")
        #expect(turn.session.step == .subject, "\(said(turn))")
    }

    @Test("significant risk answered before the partnership: the words come once B&NES is chosen") func proceduresAfterPartnership() {
        let turn = play(["2", "1"])
        #expect(said(turn).contains(Self.bcsspProcedures), "\(said(turn))")
        #expect(turn.session.step == .subject)
    }

    @Test("significant risk from the question asked again: the words come after the yes") func proceduresAfterYesAgain() {
        let asked = play(["3", "1", "1", "yes", "we think the child is suffering significant harm from neglect but CSC closed it after one visit"],
                         policy: "bcssp")
        #expect(asked.session.intake.askingAboutSignificant, "\(said(asked))")
        let yes = play(["yes"], from: asked)
        #expect(said(yes).contains(Self.bcsspProcedures), "\(said(yes))")
        #expect(yes.session.step != .routed)
    }

    @Test("the words are said once, and the route still gives them") func proceduresOnce() {
        let asked = play(["2"], policy: "bcssp")
        let next = play(["1"], from: asked)
        #expect(!said(next).contains(Self.bcsspProcedures))
        let routed = play(["1", "1", "yes", "CSC closed the case", "yes", "0", "today"], from: asked)
        #expect(routed.session.step == .routed, "\(said(routed))")
        #expect(said(routed).contains("safeguarding procedures should be followed"))
    }

    @Test("no risk, or a policy without such words, says nothing new", arguments: [("3", "bcssp"), ("2", "torbay"), ("2", "isle-of-man")])
    func noProceduresElsewhere(_ answer: String, _ policy: String) {
        let turn = play([answer], policy: policy)
        #expect(!said(turn).contains("safeguarding procedures should be followed"), "\(said(turn))")
    }
}
