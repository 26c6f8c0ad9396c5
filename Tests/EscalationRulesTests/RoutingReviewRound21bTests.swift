import Foundation
import Testing
@testable import EscalationRules

/// An outside routing review, round 21 (findings F8 to F15, the polish): each fix checked against the policy's words or the calendar.
@Suite("Routing review, round 21: polish")
struct RoutingReviewRound21bTests {
    static func text(_ route: Route, _ id: String) -> String {
        route.lines(policy: Bundled.policy(id)).joined(separator: "\n").replacingOccurrences(of: "\n  ", with: " ")
    }

    // MARK: F9. The last working day before a day off is never before the day counted from, nor gone

    /// 48 hours from 10:00 on Good Friday 26 March 2027 end at 11:00 BST on Sunday 28 March: the route named Thursday 25 March as
    /// the last working day before it, a day before the disagreement arose. No working day is left between.
    @Test("48 hours from Good Friday name no working day before it arose") func goodFridayHours() throws {
        let route = Bundled.route("pan-cheshire", .make(raised: "2027-03-26", now: "2027-03-26T10:00", area: "cheshire-west"))
        #expect(route.deadline == .on("2027-03-28"))
        let basis = try #require(route.deadlineBasis)
        #expect(!basis.contains("Thursday 25 March 2027"), "\(basis)")
        #expect(basis.hasSuffix("the policy makes no allowance for days off. There is no working day left before it"), "\(basis)")
    }

    /// Arising on a working day, the day it arose is still named: Friday 8 January 2027 (C21b).
    @Test("a working day from the day it arose on is still named") func workingDayStillNamed() throws {
        let route = Bundled.route("pan-cheshire", .make(raised: "2027-01-08", now: "2027-01-08T16:00", area: "warrington"))
        let basis = try #require(route.deadlineBasis)
        #expect(basis.hasSuffix("The last working day before it is Friday 8 January 2027"), "\(basis)")
    }

    /// A date to work to on a day off, read on the day before it that is itself a day off: the working day before both is gone.
    @Test("a date to work to names no working day already gone") func workToNamesNoneGone() {
        var workTo = WorkTo(day: .on("2027-03-29"), dayOff: "Easter Monday, a bank holiday")
        workTo.lastWorkingDay = nil
        #expect(workTo.dayOffNote?.hasSuffix("There is no working day left before it") == true, "\(workTo.dayOffNote ?? "")")
        let calendar = Bundled.library.calendar(for: Bundled.policy("shropshire"))
        #expect(WorkTo.lastWorkingDaySaid(before: .on("2027-03-29"), in: calendar, notBefore: .on("2027-03-26")) == "There is no working day left before it")
        #expect(WorkTo.lastWorkingDaySaid(before: .on("2027-03-29"), in: calendar, notBefore: .on("2027-03-25")) == "The last working day before it is Thursday 25 March 2027")
    }

    // MARK: F10. Why a later reading is later: for want of the day, only where that is why

    /// Pan-Cheshire's first stage: 48 hours and the heading's "Day 1-2" both run from the day it arose, so giving an earlier day
    /// moves both; the Day 1-2 reading is later for reading the words another way, given the day or not (C21 and C21b).
    @Test("a first stage's later reading is later for its reading, whether or not the day it arose is given", arguments: [nil, "2027-01-08"])
    func firstStageLaterForItsReading(_ raised: String?) throws {
        let route = Bundled.route("pan-cheshire", .make(raised: raised, now: "2027-01-08T16:00", area: "warrington", special: [.personAway]))
        let other = try #require(route.otherReading)
        #expect(other.deadline == .on("2027-01-11"))
        #expect(route.deadline == .on("2027-01-10"))
        #expect(!other.basis.contains(AlternativeDeadline.laterBecause), "\(other.basis)")
        #expect(route.otherReadingGuidance == "This later date comes only from reading the policy's words another way: work to the earlier date above (not from the policy).")
    }

    /// Where the later reading runs from the day it arose and the date above from when this stage began, the day not given is why
    /// (Pan-Cheshire's Step 2, counted as Day 8-13 of the whole process): that is still said.
    @Test("a later reading from the day it arose, beside one from the stage's start, still asks for the day") func laterForWantOfTheDay() throws {
        let route = Bundled.route("pan-cheshire", .make(tried: 2, raised: nil, now: "2026-11-25T10:00", area: "halton"))
        let other = try #require(route.otherReading)
        #expect(other.basis.contains(AlternativeDeadline.laterBecause + " the day it was first raised is not given"), "\(other.basis)")
    }

    // MARK: F15. An assumed day is said only where a date shown counts across it or lands on it

    /// C28: Isle of Man Stage Two, dates of Friday 4 and Monday 7 June 2027; the TT Friday assumed on 11 June touches neither.
    @Test("dates before an assumed holiday say nothing of it") func ttNoteOnlyWhereReached() {
        let route = Bundled.route("isle-of-man", .make(tried: 1, raised: "2027-06-02", stageStarted: "2027-06-03", now: "2027-06-03T17:05", subject: .child, setting: .school))
        #expect(route.deadline == .on("2027-06-07"))
        #expect(route.workTo?.day == .on("2027-06-04"))
        #expect(!route.warnings.contains { $0.contains("assumed date") }, "\(route.warnings)")
        #expect(!Self.text(route, "isle-of-man").contains("TT Bank Holiday"))
    }

    @Test("a count across an assumed holiday says it is assumed") func ttNoteWhereCrossed() {
        let route = Bundled.route("isle-of-man", .make(tried: 1, raised: "2027-06-09", stageStarted: "2027-06-10", now: "2027-06-10T10:00"))
        #expect(route.warnings.contains { $0.hasPrefix("The TT Bank Holiday on Friday 11 June 2027 is an assumed date") }, "\(route.warnings)")
    }

    /// 48 clock hours from 10:00 on Saturday 1 January 2028 end on Monday 3 January, New Year's Day observed by the usual
    /// pattern, not yet published: the date lands on the assumed day, and that is said.
    @Test("clock hours that end on an assumed holiday say it is assumed") func landingOnAssumedDay() throws {
        let route = Bundled.route("pan-cheshire", .make(raised: "2028-01-01", now: "2028-01-01T10:00", area: "halton"))
        #expect(route.deadline == .on("2028-01-03"))
        #expect(route.warnings.contains { $0.hasPrefix("The New Year's Day (observed) on Monday 3 January 2028 is an assumed date") }, "\(route.warnings)")
    }

    // MARK: F14. compare gives the dates policies gives

    /// 003 l.5: "Isle of Man Safeguarding Board Approved April 2023 Review Date April 2025"; `policies` said "approved: April
    /// 2023" and `compare` "not stated".
    @Test("compare's Dated row gives each approval date the text states") func compareApproved() throws {
        let comparison = Comparison(policies: Bundled.library.policies)
        let dated = try #require(comparison.rows.first { $0.0 == "Dated" }?.1)
        #expect(dated == ["approved June 2018; last amended July 2020", "dated April 2021, in its heading", "not stated", "approved April 2023",
                          "completed February 2023 (its date of approval is left blank)"])
    }

    // MARK: F13. UK times the clock never shows, or shows twice

    @Test("the hour skipped in March and repeated in October are told from every other", arguments: [
        ("2027-03-28T01:00", Moment.ClockChange.skipped), ("2027-03-28T01:59", .skipped), ("2027-03-28T00:59", .ordinary), ("2027-03-28T02:00", .ordinary),
        ("2027-10-31T01:00", .repeated), ("2027-10-31T01:30", .repeated), ("2027-10-31T02:00", .ordinary), ("2027-10-24T01:30", .ordinary),
        ("2026-03-29T01:30", .skipped), ("2026-10-25T01:30", .repeated), ("2027-03-21T01:30", .ordinary),
    ])
    func clockChangeStanding(_ text: String, _ standing: Moment.ClockChange) {
        #expect(Moment.at(text).clockChange == standing)
    }

    // MARK: F12. The clock time of a 48 or 24 hour limit, beside its date in the JSON

    /// C20: 48 hours from 10:00 on Good Friday 2027 end at 11:00 BST on Sunday 28 March, said only in the prose.
    @Test("48 clock hours counted from now carry their time beside the date") func hoursCarryTime() {
        let json = Bundled.route("pan-cheshire", .make(raised: "2027-03-26", now: "2027-03-26T10:00", area: "cheshire-west")).json
        #expect(json["deadline"] == "2027-03-28")
        #expect(json["deadlineTime"] == "11:00")
        #expect(json["otherReading"]?["deadlineTime"] == .null)
        #expect(json["dateToWorkTo"] == "2027-03-28")
        #expect(json["timeToWorkTo"] == "11:00")
    }

    /// C17: B&NES at immediate risk, 23:30 on Saturday 30 October 2027: "within 24 hours" ends at 22:30 GMT on the Sunday, as the
    /// clocks go back; the same-day reading has no time.
    @Test("an urgent route's 24 hours carry their time; the same day has none") func urgentHoursCarryTime() {
        let json = Bundled.route("bcssp", .make(risk: .immediate, raised: nil, now: "2027-10-30T23:30", subject: .adult)).json
        #expect(json["deadline"] == "2027-10-30")
        #expect(json["deadlineTime"] == .null)
        #expect(json["otherReading"]?["deadline"] == "2027-10-31")
        #expect(json["otherReading"]?["deadlineTime"] == "22:30")
        #expect(json["timeToWorkTo"] == .null)
    }

    /// Where the earlier reading, the one to work to, is a day's, the date to work to has no time, though the later one has.
    @Test("the time to work to is the time of the reading worked to, not of the later one") func timeToWorkToFollowsTheDate() {
        let route = Bundled.route("pan-cheshire", .make(raised: nil, now: "2026-11-25T10:00", area: "halton"))
        #expect(route.workTo?.day == .on("2026-11-26"))
        #expect(route.json["deadlineTime"] == "10:00")
        #expect(route.json["dateToWorkTo"] == "2026-11-26")
        #expect(route.json["timeToWorkTo"] == .null)
    }

    /// Arising on an earlier day, the hour it arose is not known: the JSON gives no time, as the prose says the end of the day.
    @Test("hours from an earlier day carry no time") func hoursFromEarlierDay() {
        let json = Bundled.route("pan-cheshire", .make(raised: "2026-11-24", now: "2026-11-25T10:00", area: "halton")).json
        #expect(json["deadlineTime"] == .null)
        #expect(json["timeToWorkTo"] == .null)
    }

    // MARK: F11. Quotes are the source's words, markup aside, and never join separate lines into one sentence

    /// A source line as a quote may take words from it: markup out (`withoutSourceMarkup`, headings' `#`, list bullets, table
    /// rules), white space as single spaces.
    static func shownLines(_ source: String) -> [String] {
        source.split(separator: "\n").map { line in
            var shown = Substring(String(line).withoutSourceMarkup)
            shown = shown.drop { $0 == " " || $0 == "#" }
            if shown.hasPrefix("- ") { shown = shown.dropFirst(2) }
            return collapsed(String(shown).replacingOccurrences(of: "---", with: ""))
        }
    }

    static func collapsed(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// 004 l.61 and 63 are two headings, `#### Stage 1` and `#### within 2 working days`, quoted as "Stage 1 within 2 working
    /// days"; l.71-74 a heading and list items joined as "should: Inform their Director (or equivalent) Convene a meeting".
    @Test("every quote's parts between ' / ' each lie within one line of the source, markup aside", arguments: PolicySourceTests.files)
    func quotePartsWithinLines(_ file: String) throws {
        let bytes = try Paths.bytes(Paths.bundledPolicies.appendingPathComponent(file))
        let sourceFile = try #require(PolicyLibrary.sourceFile(in: bytes))
        let lines = Self.shownLines(try Paths.text(Paths.fixtures.appendingPathComponent("sources/\(sourceFile)")))
        for (path, quote) in PolicyLibrary.quotes(in: try JSONValue.parse(bytes), at: "") where !quote.isEmpty {
            for part in Self.collapsed(quote.withoutSourceMarkup).components(separatedBy: " / ") {
                #expect(lines.contains { $0.contains(part) }, "\(file) \(path): \"\(part)\" is not within one line of \(sourceFile)")
            }
        }
    }

    @Test("Shropshire's heading pairs are quoted with the break kept") func shropshireHeadingsKeepTheBreak() {
        let route = Bundled.route("shropshire", .make(raised: "2027-01-04", now: "2027-01-04T10:00", subject: .child))
        let quotes = route.json["citations"].flatMap { citations -> [String] in
            guard case .array(let items) = citations else { return [] }
            return items.compactMap { $0["quote"]?.stringValue }
        } ?? []
        #expect(quotes.contains("Stage 1 / within 2 working days"), "\(quotes)")
        #expect(!quotes.contains("Stage 1 within 2 working days"))
    }
}
