import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 23 (2026-12-09): over 200 conversations by an outside reviewer playing practitioners, who saw only
/// the tool and the policies. These are its findings on reading what is typed after a route and at three questions.

/// F6 (robustness): after a Torbay route, "ok - our office is on Bath Street" switched to B&NES, "will ring the Douglas team" to
/// the Isle of Man and "thanks - fyi family moved here from shropshire last year" to Shropshire, each withdrawing the route.
@Suite("Chat review, round 23: a partnership named in passing after a route")
struct ChatReviewRound23PolicySwitchTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-09T10:00")! }
    var routed: Turn { play(["no", "torbay", "child", "1", "yes", "CSC closed the case", "yes", "1", "last week"]) }

    @Test("a name in passing is asked about, and the route stands meanwhile", arguments: [
        ("ok - our office is on Bath Street", "B&NES"), ("will ring the Douglas team", "Isle of Man"),
        ("thanks - fyi family moved here from shropshire last year", "Shropshire"),
    ])
    func asked(_ line: String, _ offered: String) throws {
        let before = routed
        try #require(before.session.step == .routed, "\(said(before))")
        let turn = play([line], from: before)
        #expect(turn.session.policyID == "torbay", "\(said(turn))")
        #expect(turn.session.step == .routed)
        #expect(turn.effects.isEmpty, "no record is superseded")
        #expect(said(turn).contains("Switch from the Torbay policy to the \(offered) policy?"), "\(said(turn))")
        // No keeps the route; a yes to the question switches.
        let kept = play(["no"], from: turn)
        #expect(kept.session.policyID == "torbay" && kept.session.step == .routed && kept.effects.isEmpty, "\(said(kept))")
        #expect(said(kept).contains("Keeping the Torbay policy"))
        #expect(conversation.record(for: kept.session, at: now) != nil)
        let switched = play(["yes"], from: turn)
        #expect(switched.session.policyID != "torbay" && switched.session.step == .checklist, "\(said(switched))")
        #expect(switched.effects.contains { if case .saveRecord(let record) = $0 { record.superseded != nil } else { false } })
    }

    @Test("something else typed at the question lets it lapse") func lapses() {
        let turn = play(["will ring the Douglas team", "record", "thanks"], from: routed)
        #expect(turn.session.policyOffered == nil && turn.session.policyID == "torbay", "\(said(turn))")
        #expect(play(["yes"], from: turn).session.policyID == "torbay")
    }

    @Test("a partnership's name alone, or with words that only say so, still switches at once", arguments: [
        "shropshire", "actually it's shropshire", "sorry we're in shropshire", "shropshre", "douglas", "isle of man", "oops it should be B&NES",
    ])
    func named(_ line: String) {
        let turn = play([line], from: routed)
        #expect(turn.session.policyID != "torbay" && turn.session.step == .checklist, "\(said(turn))")
    }
}
