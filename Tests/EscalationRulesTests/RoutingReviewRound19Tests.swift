import Foundation
import Testing
@testable import EscalationRules

/// An outside routing review, round 19 (2026-12-01): forty cases over the five texts. Each fix is checked against the
/// policy's own words.
@Suite("Routing review, round 19")
struct RoutingReviewRound19Tests {
    static func text(_ route: Route, _ id: String) -> String { route.lines(policy: Bundled.policy(id)).joined(separator: "\n") }

    // MARK: D1. Torbay at immediate risk: now, with the stage's time as its outer limit only (T6)

    /// "Resolution should be sought within the shortest timescale possible to ensure the child is protected"; "In all cases,
    /// the matter should be resolved within specified timescales". The other four policies' urgent routes say "By: now, as
    /// soon as possible" (JSON deadline null) and keep the stage's time as an outer limit.
    @Test("Torbay at immediate risk is due now, in the text and the JSON; the stage's time is only its outer limit", arguments: [
        (Facts.make(risk: .immediate, tried: 0, raised: nil, now: "2026-07-04T02:30", subject: .child), "Friday 10 July 2026"),
        (Facts.make(risk: .immediate, tried: 2, raised: "2026-03-02", stageStarted: "2026-03-09", now: "2026-03-10T10:00"), "Monday 16 March 2026"),
    ])
    func torbayImmediateIsNow(_ facts: Facts, _ limit: String) throws {
        let route = Bundled.route("torbay", facts)
        #expect(route.outcome == .urgent)
        #expect(route.deadline == nil)
        #expect(route.json["deadline"] == .null)
        #expect(route.deadlineBasis == "now, as soon as possible")
        let text = Self.text(route, "torbay")
        #expect(text.contains("By: now, as soon as possible."), "\(text)")
        #expect(!text.contains("By: \(limit)"), "\(text)")
        let outer = try #require(route.actions.first { $0.hasPrefix("Outer limit, the time of the stage you have reached") })
        #expect(outer.contains("(not a reason to wait): by \(limit)"), "\(outer)")
        // Said before the stages to choose from, after the policy's words that keep it.
        let at = try #require(route.actions.firstIndex(of: outer))
        #expect(route.actions[..<at].contains { $0.hasPrefix("In all cases the matter should be resolved") })
        #expect(route.actions[at...].contains { $0.hasPrefix("You may start at ") })
        #expect(route.citations.contains { $0.quote == "In all cases, the matter should be resolved within specified timescales" })
        #expect(route.citations.contains { $0.quote.contains("One week of the issues being raised") || $0.quote.contains("working days") }, "\(route.citations.map(\.quote))")
    }

    // MARK: D2. A stage's start given without the day it was first raised

    /// Torbay: "Stages 1/2 One week of the issues being raised (5 working days)". Stage One ended on 2 March, so it was raised
    /// no later: the week ran out by Monday 9 March at the latest, not a week from today.
    @Test("Torbay's Stage Two, raised not given: counted from the stage's start, the latest it can be, and said so") func torbayRaisedBoundedByStageStart() throws {
        var facts = Facts.make(tried: 1, raised: nil, stageStarted: "2026-03-02", now: "2026-03-10T10:00")
        facts.subject = .child
        let route = Bundled.route("torbay", facts)
        #expect(route.stage?.position == 2)
        #expect(route.deadline == .on("2026-03-09"))
        #expect(route.deadlinePassed)
        let basis = try #require(route.deadlineBasis)
        #expect(basis.contains("5 working days from Monday 2 March 2026, when Stage One ended without agreement, taken as the day it was first raised, which is not given and was no later"), "\(basis)")
        #expect(!basis.contains("from today"), "\(basis)")
        #expect(!route.warnings.contains { $0.contains("before the disagreement was first raised") }, "\(route.warnings)")
    }

    /// B3, T5, I3, I4: only the stage's start was given, and the route said it was before the day it was first raised.
    @Test("no warning that the stage began before it was raised, where the day it was raised is not given", arguments: [
        ("isle-of-man", Facts(risk: .none, tried: 2, stageStarted: .on("2027-06-28"), now: .at("2027-07-05T10:00"), subject: .child, setting: .police, specialCases: [.chainExhausted])),
        ("torbay", Facts(risk: .none, tried: 4, stageStarted: .on("2026-11-02"), now: .at("2026-12-07T10:00"), subject: .child, specialCases: [.unsureWhomToContact])),
        ("bcssp", Facts(risk: .none, tried: 2, stageStarted: .on("2026-12-28"), now: .at("2027-01-02T23:40"), subject: .child)),
    ])
    func noFalseBeforeRaisedWarning(_ id: String, _ facts: Facts) {
        let route = Bundled.route(id, facts)
        #expect(!route.warnings.contains { $0.contains("before the disagreement was first raised") }, "\(route.warnings)")
    }

    /// Given both, a stage begun before it was raised is still said to need checking.
    @Test("a stage given as begun before the day given for when it was raised is still flagged") func realBeforeRaised() {
        let route = Bundled.route("torbay", .make(tried: 1, raised: "2026-03-05", stageStarted: "2026-03-02", now: "2026-03-10T10:00", subject: .child))
        #expect(route.warnings.contains { $0.contains("before the disagreement was first raised") })
    }

    // MARK: Chat review round 18, W2: counts that start in 2024

    /// The Isle of Man's Stage Four, "within 5 working days", from Tuesday 24 December 2024: 25 and 26 December and
    /// 1 January are not working days, so Friday 3 January 2025, not yet passed on 2 January.
    @Test("a count from December 2024 skips that Christmas, with no note about the calendar's years") func christmas2024() {
        let route = Bundled.route("isle-of-man", .make(tried: 3, raised: "2024-12-02", stageStarted: "2024-12-24", now: "2025-01-02T10:00", subject: .child))
        #expect(route.deadline == .on("2025-01-03"))
        #expect(!route.deadlinePassed)
        #expect(!Self.text(route, "isle-of-man").contains("No bank holidays are known"))
        let shropshire = Bundled.route("shropshire", .make(tried: 0, raised: "2024-12-24", now: "2024-12-24T10:00", subject: .child))
        let due = shropshire.deadline
        #expect(due != nil && due != .on("2024-12-25") && due != .on("2024-12-26"), "\(String(describing: due))")
    }

    /// Before the calendar's first year, the note says "before" it: it said no holidays were known "after 2035".
    @Test("a count before the calendar's years says none are known before its first day") func beforeTheCalendar() {
        let route = Bundled.route("shropshire", .make(tried: 0, raised: "2023-12-20", now: "2023-12-20T10:00", subject: .child))
        let text = Self.text(route, "shropshire")
        #expect(text.contains("No bank holidays are known here before Monday 1 January 2024"), "\(text)")
        #expect(!text.contains("after Monday 31 December 2035"))
    }

    // MARK: Chat review round 18, Po2: the area asked for nothing

    @Test("Pan-Cheshire past its last step at no risk needs no area; at significant risk it still does") func noAreaPastLastStep() {
        let router = Router(policy: Bundled.policy("pan-cheshire"), calendar: Bundled.englandAndWales)
        var facts = Facts.make(tried: 4, raised: "2025-01-20", now: "2025-03-20T10:00", subject: .child)
        #expect(!router.neededFacts(facts).contains(.area))
        facts.tried = 2
        #expect(router.neededFacts(facts).contains(.area))
        facts.tried = 4
        facts.risk = .significant
        #expect(router.neededFacts(facts).contains(.area))
    }
}
