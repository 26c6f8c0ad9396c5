import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 18 (2026-12-01), its open findings, each replayed in the engine as a whole conversation.
@Suite("Chat review, round 18, open findings")
struct ChatReviewRound18bTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2025-03-14T10:00")!
    var now: Moment { friday }

    // MARK: Po3: "no, significant policy issues" was taken as significant risk

    @Test("a no with 'significant' said of something else is asked about, not taken as significant risk",
          arguments: ["no, significant policy issues", "nope but significant delays from CSC", "no - significant disagreement over the plan"])
    func noWithSignificantElsewhere(_ answer: String) {
        let turn = play([answer], policy: "bcssp")
        #expect(turn.session.intake.risk == nil, "\(said(turn))")
        #expect(said(turn).contains("are they at significant risk of harm"), "\(said(turn))")
        #expect(!said(turn).contains(Self.bcsspProcedures))
        #expect(play(["3"], from: turn).session.intake.risk == Risk.none)
        #expect(play(["2"], from: turn).session.intake.risk == .significant)
    }

    @Test("a no that names significant risk or harm is still significant", arguments: ["no, but significant risk", "not immediate, significant harm though", "no immediate danger but significant risk of harm", "no but significant", "no, significant though"])
    func noWithSignificantRisk(_ answer: String) {
        #expect(play([answer], policy: "bcssp").session.intake.risk == .significant)
    }

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

extension ChatReviewRound18bTests {
    // MARK: W1: a description that contradicts whom the disagreement is with was ignored

    @Test("a description that says the disagreement is with someone else asks again whom it is with", arguments: [
        ("1", "my own manager refuses to let me escalate the CSC decision", "your own manager"),
        ("1", "I have a disagreement with my line manager about whether to refer", "your own manager"),
        ("1", "the ICPC chair decided no plan was needed despite our concerns", "conference"),
        ("1", "a disagreement with our own team's practice on unannounced visits", "your own organisation"),
        ("6", "the RCPC chair ended the plan against the advice of the school", "conference"),
    ])
    func contradictionAsked(_ counterpart: String, _ description: String, _ meant: String) {
        let asked = play(["3", "shropshire", "1", counterpart, "yes", description])
        #expect(asked.session.step == .counterpart, "\(said(asked))")
        #expect(said(asked).contains("but chose before"), "\(said(asked))")
        #expect(asked.session.intake.description != nil)
    }

    @Test("the answer to the check is the one routed on") func contradictionAnswerRoutes() {
        let asked = play(["3", "1", "1", "yes", "my manager won't let me escalate the CSC decision"], policy: "bcssp")
        #expect(asked.session.step == .counterpart, "\(said(asked))")
        let own = play(["2"], from: asked)
        #expect(own.session.intake.counterpart == .ownManager)
        #expect(said(own).contains("whistle-blowing"), "\(said(own))")
        let kept = play(["1"], from: asked)
        #expect(kept.session.intake.counterpart == .otherAgency)
        #expect(kept.session.step != .counterpart && kept.session.step != .description, "\(said(kept))")
    }

    @Test("a manager or agency named without contradicting the answer asks nothing", arguments: [
        ("1", "my manager agrees CSC should have assessed but they closed it"),
        ("1", "discussed with my supervisor; police will not share the strategy notes"),
        ("1", "CSC refused to convene a child protection conference"),
        ("1", "police say the threshold for a strategy meeting is not met, and my manager agrees with me"),
    ])
    func noContradiction(_ counterpart: String, _ description: String) {
        let turn = play(["3", "shropshire", "1", counterpart, "yes", description])
        #expect(turn.session.step != .counterpart, "\(said(turn))")
        #expect(!said(turn).contains("but chose before"))
    }
}

extension ChatReviewRound18bTests {
    // MARK: L2: a town typed for the partnership lost its area

    @Test("a town typed for the partnership gives its area too, said so, and the area is not asked again", arguments: [
        ("Crewe", "cheshire-east"), ("macclesfield", "cheshire-east"), ("Widnes", "halton"), ("Chester", "cheshire-west"),
    ])
    func townGivesArea(_ town: String, _ area: String) {
        let chosen = play(["3", town])
        #expect(chosen.session.policyID == "pan-cheshire")
        #expect(chosen.session.intake.area == area, "\(said(chosen))")
        #expect(said(chosen).contains("from the place you named ('back' to change it)"))
        let routed = play(["1", "1", "yes", "CSC closed the case", "yes", "0", "today"], from: chosen)
        #expect(routed.session.step == .routed, "\(said(routed))")
    }

    @Test("an area named for the partnership is kept without a note; the partnership alone leaves the area to ask", arguments: [
        ("cheshire east", "cheshire-east"), ("warrington", "warrington"), ("cheshire", nil),
    ])
    func areaNamed(_ answer: String, _ area: String?) {
        let chosen = play(["3", answer])
        #expect(chosen.session.intake.area == area)
        #expect(!said(chosen).contains("from the place you named"))
    }

    @Test("at immediate risk, a town gives its own area's numbers alone") func townAtRisk() {
        let urgent = play(["1", "Crewe"])
        #expect(urgent.session.step == .urgentShown, "\(said(urgent))")
        #expect(said(urgent).contains("Cheshire East"))
        #expect(!said(urgent).contains("Halton:"), "\(said(urgent))")
    }

    @Test("a town is understood at the area question too") func townAtAreaQuestion() {
        let asked = play(["3", "1", "1", "yes", "CSC closed the case", "yes", "0", "today"], policy: "pan-cheshire")
        #expect(asked.session.step == .area, "\(said(asked))")
        #expect(play(["Nantwich"], from: asked).session.intake.area == "cheshire-east")
    }
}

extension ChatReviewRound18bTests {
    // MARK: C1: an area no policy covers met "Sorry, I didn't catch that"

    @Test("a place no loaded policy covers is said to be so, with the partnerships there are and what applies", arguments: [
        ("Bristol", "Bristol"), ("wirral", "Wirral"), ("Somerset", "Somerset"), ("north somerset", "North Somerset"),
        ("I work in Plymouth", "Plymouth"), ("isle of wight", "Isle of Wight"),
    ])
    func placeNotCovered(_ answer: String, _ place: String) {
        let turn = play(["3", answer])
        #expect(turn.session.step == .choosePolicy)
        #expect(said(turn).contains("No policy I have covers \(place): I have the escalation policies of B&NES, Torbay, Pan-Cheshire, Isle of Man and Shropshire only."), "\(said(turn))")
        #expect(said(turn).contains("your own partnership's policy applies"))
        #expect(!said(turn).contains("didn't catch"))
    }

    @Test("at risk, a place not covered also says not to wait for a policy") func placeNotCoveredAtRisk() {
        let turn = play(["1", "Wirral"])
        #expect(said(turn).contains("No policy I have covers Wirral"), "\(said(turn))")
        #expect(said(turn).contains("do not wait for a policy"))
    }

    @Test("no place in the list is one a loaded policy covers") func listHoldsNoCoveredPlace() {
        let covered = PlacesNotCovered.names.filter { conversation.choices.policies.best($0) != nil }
        #expect(covered.isEmpty, "\(covered)")
    }

    @Test("places the policies cover still choose them", arguments: [("Douglas", "isle-of-man"), ("north east somerset", "bcssp"),
                                                                    ("Torquay", "torbay"), ("Shrewsbury", "shropshire")])
    func coveredPlaces(_ answer: String, _ policy: String) {
        #expect(play(["3", answer]).session.policyID == policy)
    }
}

extension ChatReviewRound18bTests {
    // MARK: C3: back after a situation typed at the route said "route above" of a route no longer standing

    @Test("back after 'away' gives the route as it stands again, not 'route above'") func backAfterAway() throws {
        let routed = play(["3", "1", "1", "yes", "CSC closed the referral", "yes", "0", "today", "halton"], policy: "pan-cheshire")
        #expect(routed.session.step == .routed, "\(said(routed))")
        let away = play(["away"], from: routed)
        #expect(said(away).contains("who is away"), "\(said(away))")
        let back = play(["back"], from: away)
        #expect(back.session.step == .routed)
        #expect(!said(back).contains("route above"), "\(said(back))")
        #expect(said(back).contains("Going back. The route as it stands now:"))
        #expect(said(back).contains("Contact: The professional you disagree with"), "\(said(back))")
        #expect(!said(back).contains("who is away"))
        let record = try #require(back.effects.compactMap { if case .saveRecord(let record) = $0 { record } else { nil } }.last)
        #expect(record.superseded == nil && record.specialCases.isEmpty)
        #expect(back.session.wentBackFromRoute == nil)
    }

    @Test("back from a route to a question still says the route no longer stands") func backFromRouteToQuestion() {
        let routed = play(["3", "1", "1", "yes", "CSC closed the referral", "yes", "0", "today", "halton"], policy: "pan-cheshire")
        let back = play(["back"], from: routed)
        #expect(back.session.step == .area)
        #expect(back.session.wentBackFromRoute != nil)
    }
}

extension ChatReviewRound18bTests {
    // MARK: Po1: answers not understood

    func atTried(_ policy: String = "torbay") -> Turn {
        play(["3", "1", "1", "yes", "CSC closed the referral", "yes"], policy: policy)
    }

    @Test("'nothing yet' at the stages tried is none", arguments: ["nothing yet", "Nothing so far", "none tried", "haven't tried any"])
    func nothingYet(_ answer: String) {
        let asked = atTried()
        #expect(asked.session.step == .tried, "\(said(asked))")
        let turn = play([answer], from: asked)
        #expect(turn.session.intake.tried == 0, "\(said(turn))")
    }

    @Test("a stage named without a space is read", arguments: [("stage1", "torbay", 1), ("Stage3", "shropshire", 3), ("step1", "pan-cheshire", 2)])
    func stageWithoutSpace(_ answer: String, _ policy: String, _ position: Int) {
        let turn = play([answer], from: atTried(policy))
        #expect(turn.session.intake.tried == position, "\(said(turn))")
    }

    @Test("'weds' is Wednesday", arguments: ["weds", "last weds", "Weds"])
    func weds(_ answer: String) {
        let asked = play(["0"], from: atTried())
        #expect(asked.session.step == .raised)
        let turn = play([answer], from: asked)
        // Friday 14 March 2025: the Wednesday before is the 12th.
        #expect(turn.session.intake.raised == Day(year: 2025, month: 3, day: 12), "\(said(turn))")
    }

    @Test("'last week' is taken as its Monday, the earliest, with the week said") func lastWeek() {
        let turn = play(["0", "last week"], from: atTried())
        #expect(turn.session.intake.raised == Day(year: 2025, month: 3, day: 3), "\(said(turn))")
        #expect(said(turn).contains("Last week was Monday 3 March 2025 to Sunday 9 March 2025. Taken as its first day, Monday 3 March 2025"), "\(said(turn))")
        #expect(said(turn).contains("type 'back', then the day"))
    }

    @Test("'a week ago' is still seven days back") func aWeekAgo() {
        #expect(play(["0", "a week ago"], from: atTried()).session.intake.raised == Day(year: 2025, month: 3, day: 7))
    }
}
