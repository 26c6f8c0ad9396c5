/// The public holidays a partnership's working days skip, for the years the data covers.
public struct HolidayCalendar: Sendable, Identifiable {
    public struct Holiday: Sendable, Equatable {
        public var day: Day
        public var name: String
        /// Why the date is taken to be this one, where it was worked out from the holiday's pattern
        /// rather than published ("the Friday of TT race week ..."); nil for a published date.
        public var assumed: String?
        /// Whether the assumed day itself may fall elsewhere once published (the Isle of Man's TT Friday follows the race
        /// week), so a count ending near it, not over it, may still depend on it; a day fixed by its rule ("by the usual
        /// pattern") moves no count it is not inside.
        public var mayMove: Bool

        public init(day: Day, name: String, assumed: String? = nil, mayMove: Bool = false) {
            self.day = day
            self.name = name
            self.assumed = assumed
            self.mayMove = mayMove
        }
    }

    public var id: String
    public var name: String
    public var source: String
    public var covers: ClosedRange<Day>
    public var holidays: [Holiday]
    /// Whether each day from the first holiday's to the last's is a holiday, by its distance from the
    /// first: every deadline asks this of each day it counts, and a look-up by place costs less than
    /// hashing the day into a set.
    private let holidayFlags: [Bool]
    private let firstHoliday: Int

    public init(id: String, name: String, source: String, covers: ClosedRange<Day>, holidays: [Holiday]) {
        self.id = id
        self.name = name
        self.source = source
        self.covers = covers
        self.holidays = holidays
        let ordinals = holidays.map(\.day.ordinal)
        let first = ordinals.min() ?? 0
        var flags = [Bool](repeating: false, count: ordinals.max().map { $0 - first + 1 } ?? 0)
        for ordinal in ordinals { flags[ordinal - first] = true }
        firstHoliday = first
        holidayFlags = flags
    }

    public func isHoliday(_ day: Day) -> Bool {
        let offset = day.ordinal - firstHoliday
        return holidayFlags.indices.contains(offset) && holidayFlags[offset]
    }
    public func holiday(on day: Day) -> Holiday? { holidays.first { $0.day == day } }
    public func isWorkingDay(_ day: Day) -> Bool { !day.isWeekend && !isHoliday(day) }

    /// The day `workingDays` working days after `start`, skipping weekends and holidays.
    ///
    /// Zero gives `start` itself, or the next working day when `start` is not one, because nothing
    /// can be resolved on a day the offices are shut.
    public func adding(workingDays: Int, to start: Day) -> Day {
        var day = start
        var left = workingDays
        if left == 0 {
            while !isWorkingDay(day) { day = day.adding(days: 1) }
            return day
        }
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// The same calendar without the holidays whose assumed day may fall elsewhere once published (`Holiday.mayMove`): a
    /// count of working days over it is never made later by a holiday whose date was only assumed (a chat review, round 23,
    /// F11: the Isle of Man's TT Friday, assumed on 11 June 2027 where public calendars give 4 and 11 June, took "within 1
    /// working day" from Thursday 10 June to Monday 14 June). A holiday assumed only for want of a published list, its day
    /// fixed by its rule (Christmas Day, Easter Monday "by the usual pattern"), stays: its day is not in doubt, and counting
    /// it as a working day would give less time than the policy allows.
    public var settled: HolidayCalendar {
        HolidayCalendar(id: id, name: name, source: source, covers: covers, holidays: holidays.filter { !$0.mayMove })
    }

    /// Whether the data reaches `day`; beyond it a holiday would go unnoticed, so callers warn.
    public func knows(_ day: Day) -> Bool { covers.contains(day) }
}

extension HolidayCalendar {
    /// `day` itself when it is a working day, otherwise the next one.
    public func firstWorkingDay(onOrAfter day: Day) -> Day { adding(workingDays: 0, to: day) }

    /// The last working day before `day`: said beside a date that falls on a day off.
    public func lastWorkingDay(before day: Day) -> Day {
        var before = day.adding(days: -1)
        while !isWorkingDay(before) { before = before.adding(days: -1) }
        return before
    }

    /// The holidays from `first` through `last`, in date order.
    public func holidays(from first: Day, through last: Day) -> [Holiday] {
        guard first <= last else { return [] }
        // Most spans a deadline counts over hold none, which the flags say without a list made and sorted.
        let start = max(first.ordinal - firstHoliday, 0), end = min(last.ordinal - firstHoliday + 1, holidayFlags.count)
        guard start < end, holidayFlags[start..<end].contains(true) else { return [] }
        return holidays.filter { (first...last).contains($0.day) }.sorted { $0.day < $1.day }
    }

    /// What kind of day off `day` is, in words ("a Sunday", "Christmas Day, a bank holiday"); nil on a working day.
    public func dayOff(_ day: Day) -> String? {
        if let holiday = holiday(on: day) { return "\(holiday.name), a bank holiday" }
        return day.isWeekend ? "a \(day.weekday.name)" : nil
    }
}
