import Foundation
import Testing
@testable import EscalationRules

/// An outside routing review, round 20: forty cases over the five texts. Each fix is checked against the policy's own words.
@Suite("Routing review, round 20")
struct RoutingReviewRound20Tests {
    static func text(_ route: Route, _ id: String) -> String { route.lines(policy: Bundled.policy(id)).joined(separator: "\n") }

    // MARK: F1. B&NES, your own manager, immediate risk: the same-day rule binds everyone

    /// "If you consider a Child or Young Person/Adult with care and support needs to be at risk of immediate harm, everyone must
    /// take action to escalate to an appropriate level so that the required action is taken on the same day" (000 l.54; "within
    /// 24 hours", l.22). It is not limited to disagreements between agencies. The route said the policy's time did not apply,
    /// showed its 24-hour reading anyway, and gave only whistle-blowing (l.24), the slow route, for a manager blocking action.
    @Test("B&NES at immediate risk with your own manager: escalate above them today, whistle-blowing for the disagreement itself")
    func bcsspOwnManagerImmediate() throws {
        let route = Bundled.route("bcssp", .make(risk: .immediate, with: .ownManager, raised: nil, now: "2026-10-05T10:00", subject: .adult, setting: .health))
        #expect(route.outcome == .urgent)
        #expect(route.deadline == .on("2026-10-05"))
        let basis = try #require(route.deadlineBasis)
        #expect(basis.hasPrefix("today, the same day"), "\(basis)")
        #expect(route.otherReading?.deadline == .on("2026-10-06"))
        let text = Self.text(route, "bcssp")
        #expect(!text.contains("only time for immediate risk"), "\(text)")
        #expect(text.contains("The B&NES policy says: \"everyone must take action to escalate to an appropriate level so that the required action is taken on the same day\"")
                || text.replacingOccurrences(of: "\n  ", with: " ").contains("The B&NES policy says: \"everyone must take action to escalate to an appropriate level so that the required action is taken on the same day\""), "\(text)")
        #expect(route.actions.contains { $0.contains("above your manager") && $0.contains("today") }, "\(route.actions)")
        #expect(route.actions.contains { $0.contains("whistle-blowing") }, "\(route.actions)")
        let quotes = route.citations.map(\.quote)
        #expect(quotes.contains { $0.contains("so that the required action is taken on the same day") })
        #expect(quotes.contains { $0.contains("so that the required action is taken within 24 hours") })
        #expect(quotes.contains { $0.contains("whistle-blowing process") })
        // The other reading is said as a reading of the same rule, later than the date to work to.
        #expect(route.json["deadline"] == .string("2026-10-05"))
    }

    /// The rule is about the child or adult, so it holds off the stages however the disagreement goes; on the stages it was
    /// already said (the route at no risk for your own manager is unchanged).
    @Test("B&NES with your own manager at no risk still gives only the policy's whistle-blowing line") func bcsspOwnManagerCalm() {
        let route = Bundled.route("bcssp", .make(with: .ownManager, raised: nil, now: "2026-10-05T10:00", subject: .adult, setting: .health))
        #expect(route.outcome != .urgent)
        #expect(!route.actions.contains { $0.contains("above your manager") })
    }
}
