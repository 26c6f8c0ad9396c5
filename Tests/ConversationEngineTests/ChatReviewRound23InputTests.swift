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
    var routed: Turn { play(["no", "no", "torbay", "child", "1", "yes", "CSC closed the case", "yes", "1", "last week"]) }

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

/// F13 (robustness): after a route "2" saved a calendar file from a list with no numbers; "yes" at the list of kinds was refused
/// again and again; "what if my manager is off sick?" met "You have your route above"; "today at 9", "2 days" and "ystrday" were
/// refused where a day was asked for.
@Suite("Chat review, round 23: small answers read as meant")
struct ChatReviewRound23SmallAnswerTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-09T10:00")! }
    var routed: Turn { play(["no", "no", "torbay", "child", "1", "yes", "CSC closed the case", "yes", "1", "last week"]) }

    @Test("a number after a route says what it would choose, and does nothing", arguments: [(1, "record"), (2, "calendar"), (3, "why")])
    func numberAfterRoute(_ number: Int, _ key: String) throws {
        let turn = play(["\(number)"], from: routed)
        #expect(turn.effects.isEmpty, "\(turn.effects)")
        #expect(said(turn).contains("has no numbers") && said(turn).contains("'\(key)'"), "\(said(turn))")
        #expect(turn.session.step == .routed)
    }

    @Test("yes at the full list of kinds takes the one proposed first, saying so") func yesAtTheList() throws {
        let listed = play(["no", "no", "shropshire", "child", "1", "yes", "CSC closed the case", "other"])
        try #require(listed.session.step == .pickType && !listed.session.intake.typeShortlist.isEmpty, "\(said(listed))")
        let turn = play(["yes"], from: listed)
        #expect(turn.session.intake.type == listed.session.intake.typeShortlist.first, "\(said(turn))")
        #expect(said(turn).contains("Taken as the kind proposed first"))
    }

    @Test("a situation the policies single out, named after a route, is asked about and then answered", arguments: [
        "what if my manager is off sick?", "on leave", "my manager is away",
    ])
    func awayAfterRoute(_ line: String) throws {
        let asked = play([line], from: routed)
        #expect(asked.session.step == .confirmSpecialCase, "\(said(asked))")
        #expect(said(asked).contains("Is the person you need to raise this with away?"))
        let routedAgain = play(["yes"], from: asked)
        #expect(routedAgain.session.step == .routed && routedAgain.session.intake.specialCases == [.personAway], "\(said(routedAgain))")
        #expect(said(routedAgain).contains("The Torbay policy does not say what to do when the person you need to"))
    }

    @Test("a day with a time, and a mistyped day, are read", arguments: [
        ("today at 9", "2026-12-09"), ("yesterday at 3pm", "2026-12-08"), ("ystrday", "2026-12-08"), ("yesterdy", "2026-12-08"),
        ("this morning at 9:30", "2026-12-09"), ("nov 12", "2026-11-12"),
    ])
    func datesRead(_ text: String, _ iso: String) {
        #expect(DateAnswer.read(text, today: Day(iso: "2026-12-09")!) == .day(Day(iso: iso)!))
    }

    @Test("a count with no 'ago' is asked about, and a yes keeps that day") func countWithoutAgo() throws {
        let asked = play(["no", "no", "torbay", "child", "1", "yes", "CSC closed the case", "yes", "1", "2 days"])
        #expect(asked.session.step == .raised, "\(said(asked))")
        #expect(said(asked).contains("Do you mean 2 days ago, Monday 7 December 2026?"), "\(said(asked))")
        let kept = play(["yes"], from: asked)
        #expect(kept.session.intake.raised == Day(iso: "2026-12-07"), "\(said(kept))")
        // Another day typed instead is read as itself.
        #expect(play(["yesterday"], from: asked).session.intake.raised == Day(iso: "2026-12-08"))
    }
}

/// F12 (clarity): "manager" at "Who is the disagreement with?" was read as the practitioner's own manager, and under Shropshire the
/// answer was that the policy does not say how to handle this, where the manager may have been the other agency's.
@Suite("Chat review, round 23: whose manager")
struct ChatReviewRound23ManagerTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-07T10:00")! }

    @Test("a manager named with no owner is asked about first", arguments: ["manager", "the manager", "team manager", "senior manager"])
    func asked(_ line: String) {
        let turn = play(["no", "no", "shropshire", "child", line])
        #expect(turn.session.step == .counterpart && turn.session.intake.counterpart == nil, "\(said(turn))")
        #expect(said(turn).contains("Your own manager, or a manager in the other agency?"))
    }

    @Test("the answer to it, in words or numbers", arguments: [
        ("mine", Counterpart.ownManager), ("my own", .ownManager), ("2", .ownManager), ("theirs", .otherAgency), ("their manager", .otherAgency),
        ("1", .otherAgency), ("my manager", .ownManager),
    ])
    func answered(_ line: String, _ counterpart: Counterpart) {
        let turn = play(["no", "no", "shropshire", "child", "manager", line])
        #expect(turn.session.intake.counterpart == counterpart, "\(said(turn))")
    }
}
