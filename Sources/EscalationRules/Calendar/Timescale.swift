/// How long a policy gives for a stage or an urgent action, in the policy's own unit.
public enum Timescale: Equatable, Sendable {
    case workingDays(Int)
    case calendarDays(Int)
    /// Weeks as the policy defines them: so many working days each where it says ("One week ...
    /// (5 working days)"), seven days each where it does not.
    case weeks(Int, workingDaysEach: Int?)
    /// A clock time ("within 48 hours"): it runs through nights, weekends and bank holidays.
    case hours(Int)
    /// A window of the whole process's days ("Day 3-7"), counted in working days with the day the
    /// disagreement arose as Day 1 (or the next working day, when it arose on a day off).
    case processDays(first: Int, last: Int)
    /// The same window counted in calendar days, with the day it arose as Day 1: a heading's "Day 8-13" that does not
    /// say working days, read as three outside readers read it (2026-11-30).
    case processCalendarDays(first: Int, last: Int)
    case sameDay
    /// The working day it arose: on a weekend or bank holiday, the next working day (the Isle of Man's
    /// "within 1 working day" read as within the working day it arose).
    case sameWorkingDay
    /// "As soon as possible" or "urgently": no date, only haste.
    case asSoonAsPossible
    /// No fixed time: the parties agree one and record it.
    case agreedLocally
    /// The text sets none, or the part that set it is missing.
    case unknown

    /// The words a practitioner reads.
    public var phrase: String {
        switch self {
        case .workingDays(let n): return n == 1 ? "1 working day" : "\(n) working days"
        case .calendarDays(let n): return n == 1 ? "1 day" : "\(n) days"
        case .weeks(let n, let each?): return "\(n == 1 ? "1 week" : "\(n) weeks") (\(n * each) working days: the policy's week is \(each) working days)"
        case .weeks(let n, nil): return n == 1 ? "1 week" : "\(n) weeks"
        case .hours(let n): return "\(n) hours"
        case .processDays(let first, let last), .processCalendarDays(let first, let last): return "Day \(first)-\(last)"
        case .sameDay: return "the same day"
        case .sameWorkingDay: return "the same working day"
        case .asSoonAsPossible: return "as soon as possible"
        case .agreedLocally: return "a time agreed for each stage (the policy sets none)"
        case .unknown: return "not stated in the policy"
        }
    }

    /// The last day of this timescale when it starts on `start`; nil where the policy fixes no date.
    ///
    /// A clock time ends on the day its hours run out, whatever kind of day that is.
    public func lastDay(from start: Day, in calendar: HolidayCalendar) -> Day? {
        switch self {
        case .workingDays(let n): return calendar.adding(workingDays: n, to: start)
        case .calendarDays(let n): return start.adding(days: n)
        case .weeks(let n, let each?): return calendar.adding(workingDays: n * each, to: start)
        case .weeks(let n, nil): return start.adding(days: 7 * n)
        case .hours(let n): return start.adding(days: (n + 23) / 24)
        case .processDays(_, let last): return calendar.adding(workingDays: last - 1, to: calendar.firstWorkingDay(onOrAfter: start))
        case .processCalendarDays(_, let last): return start.adding(days: last - 1)
        case .sameDay: return start
        case .sameWorkingDay: return calendar.firstWorkingDay(onOrAfter: start)
        case .asSoonAsPossible, .agreedLocally, .unknown: return nil
        }
    }

    /// Whether this is a window of the whole process's days, which always runs from the day it arose.
    public var isProcessWindow: Bool {
        switch self {
        case .processDays, .processCalendarDays: return true
        default: return false
        }
    }

    /// Whether the policy gives a length of time (so a date can be worked out), not just haste or nothing.
    public var isCounted: Bool {
        switch self {
        case .workingDays, .calendarDays, .weeks, .hours, .processDays, .processCalendarDays: return true
        case .sameDay, .sameWorkingDay, .asSoonAsPossible, .agreedLocally, .unknown: return false
        }
    }

    /// Whether its last day is found by counting working days, so a bank holiday the calendar does not know would move it.
    public var countsWorkingDays: Bool {
        switch self {
        case .workingDays, .processDays, .sameWorkingDay: return true
        case .weeks(_, let each): return each != nil
        case .calendarDays, .hours, .processCalendarDays, .sameDay, .asSoonAsPossible, .agreedLocally, .unknown: return false
        }
    }

    public var isFixed: Bool {
        switch self {
        case .agreedLocally, .unknown: return false
        default: return true
        }
    }

    /// The size in comparable units (working days count as 7/5 of a day), for the validator's ordering check.
    var approximateDays: Double? {
        switch self {
        case .workingDays(let n): return Double(n) * 7 / 5
        case .calendarDays(let n): return Double(n)
        case .weeks(let n, let each?): return Double(n * each) * 7 / 5
        case .weeks(let n, nil): return Double(7 * n)
        case .hours(let n): return Double(n) / 24
        case .processDays(_, let last): return Double(last) * 7 / 5
        case .processCalendarDays(_, let last): return Double(last)
        case .sameDay, .sameWorkingDay, .asSoonAsPossible: return 0
        case .agreedLocally, .unknown: return nil
        }
    }
}

/// What a stage's time runs from.
public enum TimescaleAnchor: String, Equatable, Sendable, CaseIterable {
    /// The day the disagreement arose (was first raised): the policy counts the whole process from it.
    case arose
    /// The day the current stage began, which is the day the stage before ended without agreement:
    /// the policy gives each stage its own time.
    case stageStarted

    /// Names older policy files used, read as the anchor they meant.
    static let formerNames: [String: TimescaleAnchor] = ["raised": .arose, "previousStage": .stageStarted]
}
