import Foundation
import Testing
@testable import EscalationRules

/// A chat review, round 19 (2026-12-02): the route's findings, each checked against the policy's own words.
@Suite("Chat review, round 19: routes")
struct ChatReview19RoutingTests {
    static func torbayStageOne(gaps: [String]?) -> Route {
        var facts = Facts.make(tried: 0, raised: "2026-12-04", now: "2026-12-04T16:50", subject: .child)
        facts.checklistGaps = gaps
        return Bundled.route("torbay", facts)
    }

    // MARK: Po1. Only what is still to do before escalating

    /// Torbay's pre-escalation: "should initially consult a supervisor/manager within their own organisation to clarify
    /// their thinking ...". Answered yes at the checklist, it is done, and the route said it again.
    @Test("Torbay's checklist all done: no pre-escalation step, and the route still says to talk to the worker") func checklistDoneNoPreEscalation() {
        let route = Self.torbayStageOne(gaps: [])
        #expect(!route.actions.contains { $0.hasPrefix("Pre-escalation") }, "\(route.actions)")
        #expect(route.actions.contains { $0.hasPrefix("Talk to the worker directly") }, "\(route.actions)")
    }

    @Test("Torbay's checklist with gaps: the pre-escalation step says only those, with the checklist's quotes") func checklistGapsOnly() throws {
        let route = Self.torbayStageOne(gaps: ["consulted-supervisor", "actions-to-date"])
        let step = try #require(route.actions.first { $0.hasPrefix("Pre-escalation") })
        #expect(step == "Pre-escalation: first consult a supervisor or manager within your own organisation to clarify your thinking and outline any actions to date that bear on the decision.")
        let quotes = route.citations.map(\.quote)
        #expect(quotes.contains("should initially consult a supervisor/manager within their own organisation to clarify their thinking"), "\(quotes)")
        #expect(quotes.contains("outline any actions to date that may already or potentially impact on this decision"), "\(quotes)")
    }

    @Test("Torbay's checklist not asked, or nothing done: the pre-escalation step whole", arguments: [
        nil, ["consulted-supervisor", "specific", "actions-to-date", "aim", "evidence", "keeping-record"],
    ])
    func checklistWhole(_ gaps: [String]?) {
        let route = Self.torbayStageOne(gaps: gaps)
        #expect(route.actions.contains { $0.hasPrefix("Pre-escalation: first consult a supervisor or manager within your own organisation to clarify your thinking: identify the problem") }, "\(route.actions)")
    }

    @Test("every part of a checklist step names an item of the policy's checklist", arguments: PolicyLibrary.bundled.policies.map(\.id))
    func partsNameItems(_ id: String) {
        let policy = Bundled.policy(id)
        for stage in policy.stages {
            for part in stage.escalatorMust.compactMap(\.checklist).flatMap(\.parts) {
                #expect(policy.checklist.contains { $0.id == part.id }, "\(id) \(stage.label): \(part.id)")
            }
        }
    }

    @Test("a checklist part naming no checklist item is a problem in the file") func partNamingNoItem() throws {
        let text = try Paths.text(Paths.bundledPolicies.appendingPathComponent("torbay.json"))
        try #require(text.contains(#"{"item": "aim","#))
        let broken = Array(text.replacingOccurrences(of: #"{"item": "aim","#, with: #"{"item": "aims","#).utf8)
        let outcome = Bundled.library.read(broken, file: "torbay.json", today: .on("2026-11-22"))
        #expect(outcome.problems.contains { $0.path == "stages[0].escalatorMust[0].checklist.parts[3].item" && $0.message.contains("\"aims\" is not one of the policy's checklist items") },
                "\(outcome.problems.map(\.description))")
    }

    /// "It should be recognised that differences in status and/or experience may affect the confidence of some workers to
    /// pursue this unsupported": an observation, said with the step it qualifies, never as an action of its own.
    @Test("the observation on status and experience is not an action of its own", arguments: ["torbay", "bcssp"])
    func observationNotAnAction(_ id: String) {
        let route = Bundled.route(id, Facts.make(tried: 0, now: "2026-11-23T10:00", subject: .child))
        #expect(!route.actions.contains { $0.hasPrefix("The policy recognises") }, "\(route.actions)")
        #expect(route.actions.contains { $0.contains("at the lowest possible level") && $0.contains(". The policy recognises that differences in status") }, "\(route.actions)")
    }
}

/// C4. A date that falls on a day off: the date the reading gives is kept, and the last working day before it is named.
@Suite("Chat review, round 19: a date on a day off")
struct ChatReview19DayOffTests {
    /// Torbay's Stage Four, "Two additional weeks of the issues not being reached at Stage 3", read as 14 calendar days
    /// from Friday 18 December 2026: Friday 1 January 2027, New Year's Day.
    static var torbayStageFour: Route {
        var facts = Facts.make(tried: 3, raised: "2026-12-01", now: "2026-12-18T15:00", subject: .child)
        facts.stageStarted = .on("2026-12-18")
        return Bundled.route("torbay", facts)
    }

    @Test("Torbay's Stage Four on New Year's Day: the date kept, said a bank holiday, and the working day before it named") func torbayNewYear() throws {
        let route = Self.torbayStageFour
        let workTo = try #require(route.workTo)
        #expect(workTo.day == .on("2027-01-01"))
        #expect(workTo.lastWorkingDay == .on("2026-12-31"))
        let text = route.lines(policy: Bundled.policy("torbay")).joined(separator: "\n")
        #expect(text.contains("Work to: Friday 1 January 2027"), "\(text)")
        #expect(text.contains("It is New Year's Day, a bank holiday, not a working day: the policy does not say what happens when its time ends on a day off. The last working day before it is Thursday 31 December 2026."), "\(text)")
        let reading = try #require(route.otherReading)
        #expect(reading.basis.hasSuffix("That is New Year's Day, a bank holiday, not a working day. The last working day before it is Thursday 31 December 2026"), "\(reading.basis)")
    }

    @Test("a date to work to that is a working day names no other") func workingDayNamesNone() {
        var workTo = WorkTo(day: .on("2026-12-31"))
        workTo.lastWorkingDay = nil
        #expect(!workTo.reason().contains("last working day"))
    }

    @Test("the last working day before a day off skips weekends and bank holidays", arguments: [
        ("2027-01-01", "2026-12-31"), ("2026-12-28", "2026-12-24"), ("2026-11-29", "2026-11-27"),
    ])
    func lastWorkingDay(_ day: String, _ before: String) throws {
        let calendar = try #require(Bundled.library.calendars["england-and-wales"])
        #expect(calendar.lastWorkingDay(before: .on(day)) == .on(before))
    }
}
