/// How long a policy gives for a stage or an urgent action, in the policy's own unit.
public enum Timescale: Equatable, Sendable {
    case workingDays(Int)
    case calendarDays(Int)
    case hours(Int)
    case sameDay
    /// "As soon as possible" or "urgently": today, and no later.
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
        case .hours(let n): return "\(n) hours"
        case .sameDay: return "the same day"
        case .asSoonAsPossible: return "as soon as possible"
        case .agreedLocally: return "a time agreed between you (the policy sets none)"
        case .unknown: return "not stated in the policy"
        }
    }

    /// The last day of this timescale when it starts on `start`; nil where the policy fixes no time.
    public func lastDay(from start: Day, in calendar: HolidayCalendar) -> Day? {
        switch self {
        case .workingDays(let n): return calendar.adding(workingDays: n, to: start)
        case .calendarDays(let n): return start.adding(days: n)
        case .hours(let n): return start.adding(days: (n + 23) / 24)
        case .sameDay, .asSoonAsPossible: return start
        case .agreedLocally, .unknown: return nil
        }
    }

    public var isFixed: Bool {
        switch self {
        case .agreedLocally, .unknown: return false
        default: return true
        }
    }

    /// The size in comparable units (working days count as days), for the validator's ordering check.
    var approximateDays: Double? {
        switch self {
        case .workingDays(let n): return Double(n) * 7 / 5
        case .calendarDays(let n): return Double(n)
        case .hours(let n): return Double(n) / 24
        case .sameDay, .asSoonAsPossible: return 0
        case .agreedLocally, .unknown: return nil
        }
    }
}

/// Where a stage's timescale starts counting.
public enum TimescaleAnchor: String, Equatable, Sendable {
    /// From the day the disagreement was first raised: the policy numbers its days from the start.
    case raised
    /// From the end of the stage before: the policy gives each stage its own time.
    case previousStage
}
