/// A local wall-clock time: the day and the minute of that day, in the partnership's own time zone.
///
/// The shell reads the clock and converts it; the core only ever sees a `Moment`, so tests pin time exactly.
public struct Moment: Hashable, Comparable, Schema, Sendable, CustomStringConvertible {
    public var day: Day
    /// Minutes since midnight, 0..<1440.
    public var minute: Int

    public init(day: Day, minute: Int) {
        self.day = day
        self.minute = minute
    }

    public init?(day: Day, hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.init(day: day, minute: hour * 60 + minute)
    }

    /// Reads `YYYY-MM-DDTHH:MM` (a space may stand for the T).
    public init?(iso text: String) {
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2, let day = Day(iso: parts[0]), let minute = Moment.minuteOfDay(parts[1]) else { return nil }
        self.init(day: day, minute: minute)
    }

    /// Reads `HH:MM` or `HH.MM` as minutes since midnight.
    public static func minuteOfDay(_ text: some StringProtocol) -> Int? {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }

    public static func clockText(_ minute: Int) -> String {
        "\(Day.twoDigits(minute / 60)):\(Day.twoDigits(minute % 60))"
    }

    public static func < (a: Moment, b: Moment) -> Bool { (a.day, a.minute) < (b.day, b.minute) }

    /// This moment read as UK (and Isle of Man) wall-clock time, in UTC: British Summer Time, an hour ahead,
    /// runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. For a
    /// calendar file's DTSTAMP, which RFC 5545 requires in UTC (a chat review, round 5, 2026-11-30). The hour
    /// that comes twice in October is read as its first, summer-time, occurrence.
    public var utcFromUKTime: Moment {
        guard let start = Moment.lastSunday(of: 3, in: day.year), let end = Moment.lastSunday(of: 10, in: day.year) else { return self }
        let summer = (day > start || (day == start && minute >= 120)) && (day < end || (day == end && minute < 120))
        return summer ? adding(minutes: -60) : self
    }

    /// Where this UK (and Isle of Man) wall-clock time stands at a change of the clocks.
    public enum ClockChange: Equatable, Sendable {
        case ordinary
        /// Never shown: 01:00 to 01:59 on the last Sunday of March, when the clocks go forward from 01:00 to 02:00.
        case skipped
        /// Shown twice: 01:00 to 01:59 on the last Sunday of October, when the clocks go back from 02:00 to 01:00. It is read
        /// as its first, summer-time, occurrence (`utcFromUKTime`).
        case repeated
    }

    /// Whether the clock shows this time once, never (the hour skipped in March) or twice (the hour repeated in October): a
    /// time typed for `--now` in either was taken silently (an outside routing review, round 21, F13).
    public var clockChange: ClockChange {
        guard (60..<120).contains(minute), day.weekday == .sunday else { return .ordinary }
        if day == Moment.lastSunday(of: 3, in: day.year) { return .skipped }
        return day == Moment.lastSunday(of: 10, in: day.year) ? .repeated : .ordinary
    }

    /// This moment, read as UTC, in UK (and Isle of Man) wall-clock time: the inverse of `utcFromUKTime`, by the same rule.
    public var ukTimeFromUTC: Moment {
        guard let start = Moment.lastSunday(of: 3, in: day.year), let end = Moment.lastSunday(of: 10, in: day.year) else { return self }
        let summer = self >= Moment(day: start, minute: 60) && self < Moment(day: end, minute: 60)
        return summer ? adding(minutes: 60) : self
    }

    /// The UK (and Isle of Man) wall-clock time `hours` real hours after this one (before it, when negative): across a change
    /// of the clocks, an hour less or more by the clock face (an outside routing review, round 20: "within 48 hours" from
    /// 14:00 on Friday 23 October 2026 was given as 14:00 on Sunday, 49 real hours, as the clocks go back that morning).
    ///
    /// Counted through UTC by the rule in law (the Summer Time Order 2002; the Isle of Man keeps the same) rather than by a
    /// time zone database: this module does not read the system's, the rule is two lines, and tests pin it exactly.
    public func addingElapsed(hours: Int) -> Moment {
        utcFromUKTime.adding(minutes: hours * 60).ukTimeFromUTC
    }

    /// The moment `minutes` on (or back, when negative), on the same clock, with no change of the clocks.
    func adding(minutes: Int) -> Moment {
        let total = minute + minutes
        let days = total >= 0 ? total / 1440 : -((-total + 1439) / 1440)
        return Moment(day: day.adding(days: days), minute: total - days * 1440)
    }

    /// Minutes from `earlier` to this moment on the same clock (negative when `earlier` is later).
    func minutesSince(_ earlier: Moment) -> Int { earlier.day.days(until: day) * 1440 + minute - earlier.minute }

    static func lastSunday(of month: Int, in year: Int) -> Day? {
        guard let last = Day(year: year, month: month, day: Day.length(ofMonth: month, in: year)) else { return nil }
        return last.adding(days: -((last.weekday.rawValue - Weekday.sunday.rawValue + 7) % 7))
    }

    /// `YYYY-MM-DDTHH:MM`.
    public var description: String { "\(day)T\(Moment.clockText(minute))" }

    /// "Friday 4 December 2026, 16:45".
    public var spoken: String { "\(day.spoken), \(Moment.clockText(minute))" }
}

extension Moment {
    public static var blank: Moment { Moment(day: Day(ordinal: 0), minute: 0) }

    @inlinable
    public static func members<Visitor: MemberVisitor & ~Copyable>(_ visitor: inout Visitor, _ value: inout Moment) throws(Visitor.Failure) {
        try visitor.member("day", &value.day)
        try visitor.member("minute", &value.minute)
    }
}
