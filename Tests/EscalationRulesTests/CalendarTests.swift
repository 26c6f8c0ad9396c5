import Testing
@testable import EscalationRules

@Suite("Working-day calendar")
struct CalendarTests {
    @Test("days know their weekday", arguments: [
        ("1970-01-01", Weekday.thursday), ("2026-11-22", .sunday), ("2026-12-25", .friday), ("2000-02-29", .tuesday), ("2030-12-31", .tuesday),
    ])
    func weekdays(_ iso: String, _ weekday: Weekday) {
        #expect(Day.on(iso).weekday == weekday)
    }

    @Test("a day survives the trip to its ordinal and back") func ordinalRoundTrip() {
        for ordinal in stride(from: -300_000, through: 300_000, by: 997) {
            let day = Day(ordinal: ordinal)
            #expect(Day(iso: day.description) == day)
        }
    }

    @Test("holidays looked up by their place in the calendar are the ones its list gives, inside its years and out",
          arguments: [Bundled.englandAndWales, Bundled.isleOfMan])
    func holidaysByPlace(_ calendar: HolidayCalendar) {
        let listed = Set(calendar.holidays.map(\.day))
        let first = calendar.covers.lowerBound.adding(days: -40), last = calendar.covers.upperBound.adding(days: 40)
        for ordinal in first.ordinal...last.ordinal {
            let day = Day(ordinal: ordinal)
            #expect(calendar.isHoliday(day) == listed.contains(day))
            for length in [0, 1, 6, 13, 30] {
                let end = day.adding(days: length)
                #expect(calendar.holidays(from: day, through: end) == calendar.holidays.filter { (day...end).contains($0.day) }.sorted { $0.day < $1.day })
            }
        }
        #expect(calendar.holidays(from: last, through: first).isEmpty)
    }

    @Test("impossible dates are refused", arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "26-01-01", "2026-04-31"])
    func impossibleDates(_ iso: String) {
        #expect(Day(iso: iso) == nil)
    }

    @Test("working days skip the weekend") func skipsWeekend() {
        #expect(Bundled.englandAndWales.adding(workingDays: 1, to: .on("2026-11-20")) == .on("2026-11-23"))
        #expect(Bundled.englandAndWales.adding(workingDays: 5, to: .on("2026-11-23")) == .on("2026-11-30"))
    }

    @Test("working days skip Christmas, the Boxing Day substitute and New Year across the year end") func skipsYearEnd() {
        // Fri 25 Dec 2026 and Mon 28 Dec (Boxing Day, Saturday, observed) and Fri 1 Jan 2027 are holidays.
        let calendar = Bundled.englandAndWales
        #expect(calendar.adding(workingDays: 1, to: .on("2026-12-24")) == .on("2026-12-29"))
        #expect(calendar.adding(workingDays: 5, to: .on("2026-12-23")) == .on("2027-01-04"))
    }

    @Test("Easter is skipped") func skipsEaster() {
        #expect(Bundled.englandAndWales.adding(workingDays: 1, to: .on("2027-03-25")) == .on("2027-03-30"))
    }

    @Test("the Isle of Man skips TT Senior Race Day and Tynwald Day, which England works") func isleOfManHolidays() {
        #expect(Bundled.isleOfMan.isHoliday(.on("2026-06-05")))
        #expect(Bundled.isleOfMan.isHoliday(.on("2026-07-06")))
        #expect(!Bundled.englandAndWales.isHoliday(.on("2026-06-05")))
        #expect(Bundled.isleOfMan.adding(workingDays: 1, to: .on("2026-06-04")) == .on("2026-06-08"))
    }

    @Test("the TT Bank Holiday is the Friday of TT race week, the second Friday after the Spring Bank Holiday") func ttBankHoliday() {
        // gov.im: Friday 7 June 2024, Friday 6 June 2025, Friday 5 June 2026; race week starts the week after the
        // late-May bank holiday's qualifying week, so in 2027 it is Friday 11 June, not Friday 4 June.
        let calendar = Bundled.isleOfMan
        for year in 2025...2035 {
            let spring = calendar.holidays.first { $0.day.year == year && $0.name == "Spring Bank Holiday" }
            let tt = calendar.holidays.filter { $0.day.year == year && $0.name == "TT Bank Holiday" }.map(\.day)
            #expect(tt == [spring?.day.adding(days: 11)].compactMap { $0 }, "\(year)")
        }
        #expect(calendar.isHoliday(.on("2027-06-11")))
        #expect(!calendar.isHoliday(.on("2027-06-04")))
        #expect(calendar.adding(workingDays: 1, to: .on("2027-06-10")) == .on("2027-06-14"))
    }

    /// A routing review (round 15, 2026-11-30): years not yet published were stated as fact. Every holiday from 2028 is
    /// marked assumed, and a route names those it counted over in one note.
    @Test("holidays of years not yet published are assumed, and said in one note") func unpublishedYears() {
        for calendar in [Bundled.englandAndWales, Bundled.isleOfMan] {
            #expect(calendar.holidays.filter { $0.day.year >= 2028 }.allSatisfy { $0.assumed != nil })
            #expect(calendar.holidays.filter { $0.day.year == 2026 }.allSatisfy { $0.assumed == nil })
        }
        let route = Bundled.route("shropshire", .make(tried: 1, raised: "2031-04-08", stageStarted: "2031-04-10", now: "2031-04-10T08:59", subject: .adult))
        let notes = route.warnings.filter { $0.contains("assumed") }
        #expect(notes.count == 1 && notes[0].hasPrefix("The Good Friday on Friday 11 April 2031 and the Easter Monday on Monday 14 April 2031 are assumed dates: by the usual pattern; GOV.UK had not published"), "\(notes)")
    }

    @Test("a holiday date not yet published is marked as assumed, and says from what") func assumedHoliday() {
        #expect(Bundled.isleOfMan.holiday(on: .on("2027-06-11"))?.assumed?.contains("the second Friday after the Spring Bank Holiday") == true)
        #expect(Bundled.isleOfMan.holiday(on: .on("2026-06-05"))?.assumed == nil)
    }

    @Test("zero working days from a weekend lands on the next working day") func zeroFromWeekend() {
        #expect(Bundled.englandAndWales.adding(workingDays: 0, to: .on("2026-11-21")) == .on("2026-11-23"))
    }

    // 2024 too: a case raised before Christmas 2024 is still live in January 2025 (a chat review, round 18, W2).
    @Test("both calendars cover 2024 to 2035 with eight or more holidays a year") func coverage() {
        for calendar in [Bundled.englandAndWales, Bundled.isleOfMan] {
            #expect(calendar.covers == Day.on("2024-01-01")...Day.on("2035-12-31"))
            for year in 2024...2035 {
                #expect(calendar.holidays.filter { $0.day.year == year }.count >= 8, "\(calendar.id) \(year)")
            }
        }
    }

    /// A routing review (round 14, 2026-11-30) found every 2031 count wrong where it crossed a bank holiday, as the
    /// calendars stopped at 2030. Each year's holidays are checked here against the usual pattern, worked out apart
    /// from the data: Easter by the Gregorian computus, the May and August Mondays, a weekend Christmas, Boxing Day or
    /// New Year's Day moved to the next weekday, and the Isle of Man's Tynwald Day (5 July, a weekend's moved to Monday).
    @Test("every year's bank holidays follow the usual pattern", arguments: 2025...2035)
    func usualPattern(year: Int) throws {
        func day(_ month: Int, _ date: Int) -> Day { Day.on(String(format: "%04d-%02d-%02d", year, month, date)) }
        func weekday(onOrAfter start: Day) -> Day { start.isWeekend ? weekday(onOrAfter: start.adding(days: 1)) : start }
        func monday(from start: Day, step: Int) -> Day { start.weekday == .monday ? start : monday(from: start.adding(days: step), step: step) }
        let easter = Self.easterSunday(year)
        let christmas = weekday(onOrAfter: day(12, 25))
        var england: [Day] = [weekday(onOrAfter: day(1, 1)), easter.adding(days: -2), easter.adding(days: 1),
                              monday(from: day(5, 1), step: 1), monday(from: day(5, 31), step: -1), monday(from: day(8, 31), step: -1),
                              christmas, weekday(onOrAfter: max(day(12, 26), christmas.adding(days: 1)))]
        #expect(Bundled.englandAndWales.holidays.filter { $0.day.year == year }.map(\.day).sorted() == england.sorted())
        england += [monday(from: day(5, 31), step: -1).adding(days: 11), weekday(onOrAfter: day(7, 5))]
        #expect(Bundled.isleOfMan.holidays.filter { $0.day.year == year }.map(\.day).sorted() == england.sorted())
    }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    static func easterSunday(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, date = (h + l - 7 * m + 114) % 31 + 1
        return Day.on(String(format: "%04d-%02d-%02d", year, month, date))
    }

    @Test("timescales end where their words say", arguments: [
        (Timescale.workingDays(5), "2026-11-30"), (.calendarDays(14), "2026-12-07"), (.hours(48), "2026-11-25"),
        (.hours(24), "2026-11-24"), (.sameDay, "2026-11-23"), (.weeks(2, workingDaysEach: 5), "2026-12-07"),
        (.weeks(2, workingDaysEach: nil), "2026-12-07"), (.processDays(first: 1, last: 2), "2026-11-24"), (.processDays(first: 3, last: 7), "2026-12-01"),
    ])
    func timescaleEnds(_ timescale: Timescale, _ expected: String) {
        #expect(timescale.lastDay(from: .on("2026-11-23"), in: Bundled.englandAndWales) == .on(expected))
    }

    @Test("agreed, unknown and as-soon-as-possible timescales have no last day") func openTimescales() {
        #expect(Timescale.asSoonAsPossible.lastDay(from: .on("2026-11-23"), in: Bundled.englandAndWales) == nil)
        #expect(Timescale.agreedLocally.lastDay(from: .on("2026-11-23"), in: Bundled.englandAndWales) == nil)
        #expect(Timescale.unknown.lastDay(from: .on("2026-11-23"), in: Bundled.englandAndWales) == nil)
    }
}

@Suite("Opening hours")
struct OpeningHoursTests {
    let hours = OpeningHours(text: "Mon-Thu 08:30-17:00; Fri 08:30-16:30")!

    @Test("open and closed at the edges", arguments: [
        ("2026-11-27T16:29", true), ("2026-11-27T16:30", false), ("2026-11-26T16:45", true), ("2026-11-26T17:00", false),
        ("2026-11-23T08:29", false), ("2026-11-23T08:30", true), ("2026-11-28T12:00", false),
    ])
    func edges(_ at: String, _ open: Bool) {
        #expect(hours.isOpen(at: .at(at), in: Bundled.englandAndWales) == open)
    }

    @Test("a bank holiday's hours are unknown, not guessed") func bankHoliday() {
        #expect(hours.isOpen(at: .at("2026-12-28T10:00"), in: Bundled.englandAndWales) == nil)
    }

    @Test("hours read back as they were written") func summary() {
        #expect(hours.summary == "Mon-Thu 08:30-17:00, Fri 08:30-16:30")
    }

    @Test("malformed hours are refused", arguments: ["Mon-Thu", "Mon-Thu 17:00-08:30", "Funday 09:00-10:00", "Mon 9-5", ""])
    func malformed(_ text: String) {
        #expect(OpeningHours(text: text) == nil)
    }
}
