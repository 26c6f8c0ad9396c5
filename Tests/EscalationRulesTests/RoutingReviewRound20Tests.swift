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

// MARK: F2. Clock hours across a change of the clocks

/// "within 48 hours of the concern arising" (002 l.59) is elapsed time: 48 hours from 14:00 BST on Friday 23 October 2026
/// end at 13:00 GMT on Sunday 25 October, as the clocks go back at 02:00 BST that morning; the route said 14:00, 49 real
/// hours. In spring it said 10:00 on Sunday 29 March 2026 for 48 hours from 10:00 GMT on Friday 27 March, 47 real hours.
@Suite("Routing review, round 20: clock hours across a change of the clocks")
struct ClockChangeHoursTests {
    @Test("UK time, elapsed hours: an hour less by the clock in October, an hour more in March, none otherwise", arguments: [
        ("2026-10-23T14:00", 48, "2026-10-25T13:00"),
        ("2026-03-27T10:00", 48, "2026-03-29T11:00"),
        ("2026-06-10T09:15", 48, "2026-06-12T09:15"),
        ("2026-12-24T16:00", 24, "2026-12-25T16:00"),
        ("2026-10-25T00:30", 2, "2026-10-25T01:30"),   // 00:30 BST, +2 h: 01:30 GMT, the second time the clock shows 01:30
        ("2026-03-29T00:30", 1, "2026-03-29T02:30"),   // 00:30 GMT, +1 h: 02:30 BST; 01:00 to 02:00 never shows
        ("2026-10-25T13:00", -48, "2026-10-23T14:00"),
    ])
    func elapsedHours(_ from: String, _ hours: Int, _ expected: String) throws {
        let start = try #require(Moment(iso: from))
        #expect(start.addingElapsed(hours: hours).description == expected)
    }

    @Test("utc and back is the same moment, every hour of both change days") func roundTrip() throws {
        for day in ["2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"] {
            for minute in stride(from: 0, to: 1440, by: 30) {
                let moment = Moment(day: try #require(Day(iso: day)), minute: minute)
                let back = moment.utcFromUKTime.ukTimeFromUTC
                // The hour the spring change skips is not a time the clock shows; every other one comes back as it went.
                let skipped = day.hasSuffix("-03-29") || day.hasSuffix("-03-28") ? (60..<120).contains(minute) : false
                if !skipped { #expect(back == moment, "\(moment) came back as \(back)") }
            }
        }
    }

    @Test("Pan-Cheshire's 48 hours end at 13:00 across the October change, at 11:00 across the March one", arguments: [
        ("2026-10-23", "2026-10-23T14:00", "2026-10-25", "by 13:00 on Sunday 25 October 2026 at the latest"),
        ("2026-03-27", "2026-03-27T10:00", "2026-03-29", "by 11:00 on Sunday 29 March 2026 at the latest"),
        ("2026-06-10", "2026-06-10T09:15", "2026-06-12", "by 09:15 on Friday 12 June 2026 at the latest"),
    ])
    func panCheshireAcrossTheChange(_ raised: String, _ now: String, _ due: String, _ said: String) throws {
        let route = Bundled.route("pan-cheshire", .make(raised: raised, now: now, subject: .child, setting: .school, area: "cheshire-east"))
        #expect(route.deadline == .on(due))
        let basis = try #require(route.deadlineBasis)
        #expect(basis.contains(said), "\(basis)")
    }

    /// Raised on Friday 23 October, seen at 10:00 GMT on Sunday 25 October: 48 elapsed hours back from now is 11:00 BST on Friday.
    @Test("the hours already run out are counted back in elapsed hours too") func alreadyRunOut() throws {
        let route = Bundled.route("pan-cheshire", .make(raised: "2026-10-23", now: "2026-10-25T10:00", subject: .child, setting: .school, area: "cheshire-east"))
        let basis = try #require(route.deadlineBasis)
        #expect(basis.contains("If it arose before 11:00 on Friday 23 October 2026, the 48 hours have already run out"), "\(basis)")
    }

    /// B&NES's "within 24 hours" at immediate risk, counted from 10:00 BST on Saturday 24 October 2026: 09:00 GMT on Sunday.
    @Test("B&NES's 24 hours from now end an hour earlier by the clock across the October change") func bcssp24Hours() throws {
        let route = Bundled.route("bcssp", .make(risk: .immediate, raised: nil, now: "2026-10-24T10:00", subject: .child, setting: .gp))
        let other = try #require(route.otherReading)
        #expect(other.deadline == .on("2026-10-25"))
        #expect(other.basis.contains("until 09:00 on Sunday 25 October 2026"), "\(other.basis)")
    }
}

// MARK: F3. Torbay, your own manager, immediate risk: no stage, so no stage's time

/// Torbay gives immediate risk no time, only "if a child is thought to be at risk of immediate harm discretion should be used
/// as to which stage is initiated" (001 l.24), and does not cover a disagreement with your own manager: the route said "the
/// time of the stage you start at still holds" with no stage to start at, and that the policy's "only time for immediate risk
/// is for expediting its escalation process".
@Suite("Routing review, round 20: Torbay's own-manager route at immediate risk")
struct TorbayOwnManagerImmediateTests {
    @Test("off the stages: no outer limit of a stage, and the time is now because the policy sets none for immediate risk") func offTheStages() throws {
        let route = Bundled.route("torbay", .make(risk: .immediate, with: .ownManager, raised: nil, now: "2026-04-02T15:00", subject: .child, setting: .hospital))
        #expect(route.outcome == .urgent)
        #expect(route.deadline == nil)
        #expect(!route.actions.contains { $0.contains("the stage you start at") }, "\(route.actions)")
        let basis = try #require(route.deadlineBasis)
        #expect(basis.contains("the Torbay policy sets no time for immediate risk"), "\(basis)")
        #expect(!basis.contains("expediting"), "\(basis)")
        #expect(route.actions.contains { $0.hasPrefix("The Torbay policy does not cover this kind of disagreement") })
    }

    @Test("on the stages the policy's 'In all cases' still keeps the stage's time as the outer limit") func onTheStages() {
        let route = Bundled.route("torbay", .make(risk: .immediate, tried: 0, raised: nil, now: "2026-04-02T15:00", subject: .child, setting: .hospital))
        #expect(route.actions.contains { $0.hasPrefix("In all cases the matter should be resolved within the policy's specified timescales") }, "\(route.actions)")
    }
}

// MARK: F4. Pan-Cheshire, the professional away: whose immediate line manager

/// "If the professional with who the challenge should be raised is away, then the concern must be raised with the immediate
/// line manager" (002 l.59): theirs (as l.71, "their immediate line manager") or your own (l.61, "notify their line
/// manager"). The route chose theirs without saying the words allow both.
@Test("Pan-Cheshire's first step with the professional away says 'the immediate line manager' may be yours, and to tell both if in doubt")
func panCheshireAwayBothReadings() {
    let route = Bundled.route("pan-cheshire", .make(raised: nil, now: "2026-07-14T10:00", subject: .child, setting: .police, area: "halton", special: [.personAway]))
    #expect(route.contact.role == "The immediate line manager of the professional you need, who is away")
    #expect(route.actions.contains { $0.contains("may mean your own line manager") && $0.contains("tell both") }, "\(route.actions)")
}

// MARK: F5. The date to work to, in the JSON

/// Pan-Cheshire's Step 2 over Christmas: "deadline" is the main reading's date (4 January 2027), the text route says to work
/// to 31 December 2026 (`workTo.deadline`). A consumer reading one field got the later date.
@Test("route JSON gives the date to work to in one top-level field, and deadline keeps its meaning") func dateToWorkTo() {
    let route = Bundled.route("pan-cheshire", .make(tried: 2, raised: "2026-12-14", stageStarted: "2026-12-21", now: "2026-12-21T10:00",
                                                     subject: .child, setting: .police, area: "warrington"))
    #expect(route.json["deadline"] == .string("2027-01-04"))
    #expect(route.json["workTo"]?["deadline"] == .string("2026-12-31"))
    #expect(route.json["dateToWorkTo"] == .string("2026-12-31"))
    let calm = Bundled.route("torbay", .make(tried: 1, raised: "2026-11-23", now: "2026-11-23T10:00", subject: .child))
    #expect(calm.json["dateToWorkTo"] == calm.json["deadline"])
    let urgent = Bundled.route("torbay", .make(risk: .immediate, now: "2026-11-23T10:00", subject: .child))
    #expect(urgent.json["dateToWorkTo"] == .null)
}

// MARK: F6. A same-day time late in the day

@Test("B&NES's same day at 23:30 says only 30 minutes of today remain; at 16:00 nothing is added") func sameDayLate() throws {
    let late = Bundled.route("bcssp", .make(risk: .immediate, raised: nil, now: "2026-12-31T23:30", subject: .adult, setting: .police))
    let basis = try #require(late.deadlineBasis)
    #expect(basis.contains("only 30 minutes of today remain, until midnight"), "\(basis)")
    #expect(late.otherReading?.basis.contains("until 23:30 on Friday 1 January 2027") == true)
    let evening = Bundled.route("bcssp", .make(risk: .immediate, raised: nil, now: "2026-12-31T21:45", subject: .adult, setting: .police))
    #expect(evening.deadlineBasis?.contains("only 2 hours 15 minutes of today remain") == true, "\(evening.deadlineBasis ?? "")")
    let afternoon = Bundled.route("bcssp", .make(risk: .immediate, raised: nil, now: "2026-12-24T16:00", subject: .child, setting: .gp))
    #expect(afternoon.deadlineBasis == "today, the same day")
}

@Test("the Isle of Man's 'within the working day it arose' at 17:30 says the working day may be over") func workingDayLate() throws {
    let route = Bundled.route("isle-of-man", .make(risk: .significant, with: .conferenceConvening, raised: nil, now: "2026-12-24T17:30", subject: .child, setting: .police))
    let other = try #require(route.otherReading)
    #expect(other.deadline == .on("2026-12-24"))
    #expect(other.basis.contains("It is already 17:30: little or none of today's working day may be left"), "\(other.basis)")
    let morning = Bundled.route("isle-of-man", .make(risk: .significant, with: .conferenceConvening, raised: nil, now: "2026-12-24T10:00", subject: .child, setting: .police))
    #expect(morning.otherReading?.basis.contains("It is already") == false)
}

// MARK: F7. Just before a front door opens

@Test("Cheshire East at 08:25 on Christmas Eve: the daytime line opens at 08:30, in 5 minutes") func opensSoon() {
    let route = Bundled.route("pan-cheshire", .make(risk: .significant, raised: nil, now: "2026-12-24T08:25", subject: .child, setting: .gp, area: "cheshire-east"))
    let text = RoutingReviewRound20Tests.text(route, "pan-cheshire").replacingOccurrences(of: "\n  ", with: " ")
    // Since an outside routing review (round 24, F1) the team comes first at significant risk while the front door is shut,
    // and the front door after it, with when it opens.
    #expect(text.contains("(closed now; opens at 08:30, in 5 minutes; open Mon-Thu 08:30-17:00"), "\(text)")
    #expect(text.contains("Contact: Emergency Duty Team (Cheshire East), 0300 123 5022 (Cheshire East Children Consultation Service is closed now"), "\(text)")
    let immediate = Bundled.route("pan-cheshire", .make(risk: .immediate, raised: nil, now: "2026-12-24T08:25", subject: .child, setting: .gp, area: "cheshire-east"))
    #expect(RoutingReviewRound20Tests.text(immediate, "pan-cheshire").replacingOccurrences(of: "\n  ", with: " ").contains("is closed now; opens at 08:30, in 5 minutes"))
    let early = Bundled.route("pan-cheshire", .make(risk: .significant, raised: nil, now: "2026-12-24T07:00", subject: .child, setting: .gp, area: "cheshire-east"))
    #expect(!RoutingReviewRound20Tests.text(early, "pan-cheshire").contains("opens at"))
    #expect(RoutingReviewRound20Tests.text(early, "pan-cheshire").contains("opens today at 08:30"))
}
