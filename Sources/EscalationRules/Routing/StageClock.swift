/// When a stage's time runs out, and what it runs from, in words a practitioner can check.
///
/// Every date is counted from a day the practitioner gave (or today, said as such): the day the
/// disagreement arose, or the day the current stage began. A date is never counted from another
/// computed date.
struct StageClock {
    /// The router, a reference: a clock is made for every stage routed, and a copy of the policy was a
    /// thousand instructions of it.
    let router: Router
    let facts: Facts

    init(router: Router, facts: Facts) {
        self.router = router
        self.facts = facts
    }

    var policy: Policy { router.policy }
    var calendar: HolidayCalendar { router.calendar }

    /// A date, or nil where the policy fixes none, and its basis in words.
    struct Reading: Equatable {
        var day: Day?
        var basis: String
        /// The clock time on `day` the reading ends, minutes since midnight, where it is known: clock hours counted from now.
        var time: Int? = nil
        /// The holidays whose dates were assumed, not published, that the date lands on or, fixed by their rule, a count of
        /// working days skipped: the route says so.
        var assumed: [HolidayCalendar.Holiday] = []
        /// The holidays whose assumed day may move that a count of working days took for working days, so that none makes the
        /// date later, and the later date the count gives were they holidays: the route says both.
        var countedAsWorking: [HolidayCalendar.Holiday] = []
        var laterIfHolidays: Day? = nil
    }

    /// The calendar a stage's time is counted over: without the holidays whose assumed day may move, so such a holiday never
    /// makes a date later (a chat review, round 23, F11: "within 1 working day" from Thursday 10 June 2027 ran to Monday 14
    /// June over the Isle of Man's TT Friday, assumed, not published). What it would give with them is said beside it.
    var counting: HolidayCalendar { router.settledCalendar }

    /// The reading of a stage's timescale at `position`.
    func reading(_ stageTimescale: StageTimescale, at position: Int) -> Reading {
        let timescale = stageTimescale.timescale
        let (start, from) = startingPoint(stageTimescale.anchor, position: position, startsWhen: stageTimescale.startsWhen)
        let day = timescale.lastDay(from: start, in: counting)
        let later = timescale.lastDay(from: start, in: calendar)
        switch timescale {
        case .workingDays:
            return skipping(Reading(day: day, basis: "\(timescale.phrase) from \(from)"), after: start, later: later)
        case .calendarDays, .weeks(_, nil):
            return landing(Reading(day: day, basis: "\(timescale.phrase) from \(from)" + dayOffNote(day, from: start)))
        case .weeks(let n, let each?):
            let basis = "\(n * each) working days from \(from): \(n == 1 ? "one week" : "\(n) weeks"), and the policy's week is \(each) working days"
            return skipping(Reading(day: day, basis: basis), after: start, later: later)
        case .hours(let n):
            // Arising today, the hours run to a time by the clock, which a change of the clocks can carry into another day.
            // Arising on an earlier day, only the day is known, not the hour it arose: no time.
            let end = start == facts.now.day ? facts.now.addingElapsed(hours: n) : nil
            let due = end?.day ?? day
            return landing(Reading(day: due, basis: "as soon as possible, and within \(n) hours of when it arose (\(from)): " + clockEnd(due, hours: n, from: start) + clockNote(due, hours: n, from: start), time: end?.minute))
        case .processDays(let first, let last):
            let dayOne = counting.firstWorkingDay(onOrAfter: start)
            let window = "Day \(last), the end of this stage's Days \(first) to \(last), counting working days with "
            return skipping(Reading(day: day, basis: window + dayOneBasis(dayOne, arose: start)), after: dayOne, countingFrom: dayOne, later: later)
        case .processCalendarDays(let first, let last):
            let window = "Day \(last), the end of this stage's Days \(first) to \(last), counting calendar days with "
            return landing(Reading(day: day, basis: window + dayOneBasis(start, arose: start) + dayOffNote(day, from: start)))
        case .sameDay: return landing(Reading(day: day, basis: "the same day as \(from)" + dayOffNote(day, from: start)))
        case .sameWorkingDay:
            guard let off = counting.dayOff(start), let day else {
                return countedAsWorking(Reading(day: day, basis: "the same working day as \(from)" + workingDayLate(day)), from: start, later: later)
            }
            return Reading(day: day, basis: "the next working day, \(day.spoken), because \(from), is \(off), not a working day")
        case .asSoonAsPossible: return Reading(day: nil, basis: "as soon as possible")
        case .agreedLocally: return Reading(day: nil, basis: "a time agreed for this stage and recorded: the policy sets none")
        case .unknown:
            return Reading(day: nil, basis: "not stated in the policy" + (stageTimescale.quote.isEmpty ? "" : ": \(stageTimescale.quote.withoutSourceMarkup.trimmingTrailingFullStop)"))
        }
    }

    /// Day 1 of a window of the whole process, and, where the day it arose was not given, that it was
    /// assumed, with the prompt every other count gives.
    func dayOneBasis(_ dayOne: Day, arose: Day) -> String {
        guard facts.raised == nil else {
            return "\(dayOne.spoken) as Day 1 (\(dayOne == arose ? "the day it arose" : "the first working day after it arose on \(arose.spoken)"))"
        }
        if facts.stageStartBoundsRaised != nil {
            let first = dayOne == arose ? "\(arose.spoken) as Day 1," : "\(dayOne.spoken) as Day 1, the first working day after \(arose.spoken),"
            return "\(first) \(raisedNoLaterThanStageStart)"
        }
        let today = dayOne == arose ? "today, \(arose.spoken), as Day 1," : "\(dayOne.spoken) as Day 1, the first working day after today, \(arose.spoken),"
        return "\(today) taken as the day it was first raised (give the day if it was earlier)"
    }

    /// The day counting starts and how to say it: "Monday 30 November 2026, when Stage Two ended without agreement".
    func startingPoint(_ anchor: TimescaleAnchor, position: Int, startsWhen: String? = nil) -> (Day, String) {
        // The first stage begins the day the disagreement arises, whichever anchor its time names.
        if anchor == .arose || position == 1 {
            let day = facts.raisedDay
            if facts.stageStartBoundsRaised != nil { return (day, "\(day.spoken), \(raisedNoLaterThanStageStart)") }
            return (day, facts.raised == nil ? "today, \(day.spoken), taken as the day it was first raised (give the day if it was earlier)"
                                             : "\(day.spoken), when it was first raised")
        }
        let day = facts.stageStartDay
        let previous = policy.stage(at: position - 1)?.nameAsEvent ?? "the stage before"
        return (day, facts.stageStarted == nil
                ? "today, \(day.spoken), taken as the day \(previous) ended without agreement (give the day if it was earlier)"
                : "\(day.spoken), when \(previous) ended without agreement" + (startsWhen.map { " and \($0)" } ?? ""))
    }

    /// Said of the day the current stage began, counted as the day it was first raised where that is not given: it was raised
    /// no later, so the date is the latest the policy's time can run to.
    var raisedNoLaterThanStageStart: String {
        let previous = facts.tried.flatMap { policy.stage(at: $0)?.nameAsEvent } ?? "the stage before"
        return "when \(previous) ended without agreement, taken as the day it was first raised, which is not given and was no later (give that day: counted from it, the date is earlier)"
    }

    /// The reading with the bank holidays its count of working days passed over named, those with
    /// assumed dates marked: "Bank holidays not counted: Christmas Day on Friday 25 December 2026".
    func skipping(_ reading: Reading, after start: Day, countingFrom first: Day? = nil, later: Day?) -> Reading {
        guard let end = reading.day else { return reading }
        let skipped = calendar.holidays(from: start.adding(days: 1), through: end).filter { !$0.day.isWeekend && !$0.mayMove }
        var result = reading
        // One assumed by its rule (Christmas Day in a year not yet published) is skipped and said, and the note says it is
        // assumed only where a count crosses it (an outside routing review, round 18; round 21, F15).
        result.assumed = skipped.filter { $0.assumed != nil }
        if !skipped.isEmpty {
            result.basis += ". Bank holidays not counted: " + skipped.map { "\($0.name) on \($0.day.spoken)\($0.assumed == nil ? "" : " (date assumed)")" }.listed
        }
        return countedAsWorking(result, from: first ?? start.adding(days: 1), later: later)
    }

    /// The reading with the holidays whose assumed day may move that its count, from `first` to its date, took for working days,
    /// and the date `later` it gives were they holidays: "Counted as a working day: Friday 11 June 2027, the TT Bank Holiday's
    /// assumed date; if the holiday is on that day, the time runs to Monday 14 June 2027". An assumed holiday the count does not
    /// cross is not said: "check it before relying on the date" cast doubt on a date it does not touch (an outside routing
    /// review, round 18: New Year's Day observed on 3 January 2028 beside counts ending in December 2027; round 21, F15: the TT
    /// Friday assumed on 11 June 2027 beside dates of 4 and 7 June). Nor is one whose day may move once published (the TT Friday
    /// follows the race week): moved into the count it would make the date later, never earlier, so the date given is in time.
    func countedAsWorking(_ reading: Reading, from first: Day, later: Day?) -> Reading {
        guard let day = reading.day, let later, later > day else { return reading }
        let counted = calendar.holidays(from: first, through: day).filter { !$0.day.isWeekend && $0.mayMove }
        guard !counted.isEmpty else { return reading }
        var result = reading
        result.countedAsWorking = counted
        result.laterIfHolidays = later
        let one = counted.count == 1
        let days = counted.map { "\($0.day.spoken), the \($0.name)'s assumed date" }.listed
        result.basis += ". Counted as \(one ? "a working day" : "working days"): \(days); if \(one ? "the holiday is on that day" : "the holidays are on those days"), the time runs to \(later.spoken)"
        return result
    }

    /// The reading with the assumed holiday its date lands on, which only a count of calendar days or hours can do: the route
    /// says the day is assumed, as it does of one a count of working days passed over.
    func landing(_ reading: Reading) -> Reading {
        guard let day = reading.day else { return reading }
        var result = reading
        result.assumed = calendar.holidays(from: day, through: day).filter { $0.assumed != nil && !$0.day.isWeekend }
        return result
    }

    /// Said when a date lands on a day off, which only a count of calendar days or hours can do.
    func dayOffNote(_ day: Day?, from start: Day) -> String {
        guard let day, let off = calendar.dayOff(day) else { return "" }
        return ". That is \(off), not a working day. " + lastWorkingDaySaid(before: day, from: start)
    }

    /// The last working day before `day`, or that none is left, counting neither days before `start` nor days already gone.
    func lastWorkingDaySaid(before day: Day, from start: Day) -> String {
        WorkTo.lastWorkingDaySaid(before: day, in: calendar, notBefore: max(start, facts.now.day))
    }

    /// When a clock time from a day runs out. A day carries no time of day, so the hour it ends is the
    /// unknown hour it arose. Arising today, it arose no later than now, so now's time of day, the hours
    /// on, is the latest; arising on an earlier day, the end of the day the hours reach is. Where that
    /// day is today it may have passed.
    func clockEnd(_ day: Day?, hours: Int, from start: Day) -> String {
        guard let day else { return "" }
        if start == facts.now.day {
            let now = Moment.clockText(facts.now.minute)
            let due = facts.now.addingElapsed(hours: hours)
            let change = clockChangeSaid(hours: hours, from: facts.now, to: due)
            return "by \(Moment.clockText(due.minute)) on \(due.day.spoken) at the latest: it arose today, no later than \(now), and the \(hours) hours end earlier if it arose earlier" + (change.isEmpty ? "" : ". " + change.capitalisedFirst)
        }
        // Only the day is known, so the change is the one between the two days' middays.
        let change = clockChange(from: Moment(day: start, minute: 720), to: Moment(day: day, minute: 720))
        let shifted = change.shift == 0 ? "" : ", an hour \(change.shift > 0 ? "earlier" : "later") by the clock as \(change.on)"
        let end = "by the time of day it arose\(shifted), on \(day.spoken) (only the day is known here); the end of \(day.spoken) at the very latest"
        guard day == facts.now.day, facts.raised != nil else { return end }
        let cutoff = facts.now.addingElapsed(hours: -hours)
        return end + ". If it arose before \(Moment.clockText(cutoff.minute)) on \(cutoff.day.spoken), the \(hours) hours have already run out"
    }

    /// Whether the clocks change between two UK times, the hours being real hours: +1 where they go back (the hours end an
    /// hour earlier by the clock), -1 where they go forward, 0 where they do not; and the Sunday they change.
    func clockChange(from start: Moment, to end: Moment) -> (shift: Int, on: String) {
        let shift = (end.utcFromUKTime.minutesSince(start.utcFromUKTime) - end.minutesSince(start)) / 60
        let sunday = shift == 0 ? nil : Moment.lastSunday(of: shift > 0 ? 10 : 3, in: end.day.year)
        return (shift, sunday.map { "the clocks go \(shift > 0 ? "back" : "forward") an hour on \($0.spoken)" } ?? "")
    }

    /// "the clocks go back an hour on Sunday 25 October 2026, so 48 hours from 14:00 end at 13:00 by the clock", said where
    /// they change within the hours; empty where they do not.
    func clockChangeSaid(hours: Int, from start: Moment, to end: Moment) -> String {
        let change = clockChange(from: start, to: end)
        guard change.shift != 0 else { return "" }
        return "\(change.on), so \(hours) hours from \(Moment.clockText(start.minute)) end at \(Moment.clockText(end.minute)) by the clock"
    }

    func clockNote(_ day: Day?, hours: Int, from start: Day) -> String {
        guard let day, let off = calendar.dayOff(day) else { return "" }
        return ". That is \(off), not a working day: the \(hours) hours are clock hours, and the policy makes no allowance for days off. "
            + lastWorkingDaySaid(before: day, from: start)
    }

    /// Late in the day, how little of it is left for a time that runs to the end of today: "today, the same day" at 23:30
    /// left 30 minutes unsaid (an outside routing review, round 20). Not from the policy: under three hours before midnight.
    func todayLeft(at now: Moment) -> String {
        let left = 1440 - now.minute
        guard left < 180 else { return "" }
        let said = left < 60 ? "\(left) minute\(left == 1 ? "" : "s")" : "\(left / 60) hour\(left >= 120 ? "s" : "")" + (left % 60 == 0 ? "" : " \(left % 60) minute\(left % 60 == 1 ? "" : "s")")
        return ": only \(said) of today remain, until midnight"
    }

    /// A time that ends with today's working day, read late on that day: the working day may have ended (the Isle of Man's
    /// "within the working day it arose" at 17:30 on Christmas Eve, an outside routing review, round 20). No policy gives
    /// working hours, so from 17:00 it is said as a doubt, not a fact.
    func workingDayLate(_ day: Day?) -> String {
        guard day == facts.now.day, facts.now.minute >= 17 * 60 else { return "" }
        return ". It is already \(Moment.clockText(facts.now.minute)): little or none of today's working day may be left (working hours are not from the policy)"
    }

    /// The urgent route's time, counted from now: "now", or the policy's time.
    func urgentReading(_ stageTimescale: StageTimescale) -> Reading {
        let now = facts.now
        switch stageTimescale.timescale {
        case .sameDay:
            let off = calendar.dayOff(now.day).map { " (\($0): the same day still means today)" } ?? ""
            return Reading(day: now.day, basis: "today, the same day\(off)" + todayLeft(at: now))
        case .hours(let n):
            let end = now.addingElapsed(hours: n)
            let change = clockChangeSaid(hours: n, from: now, to: end)
            let said = change.isEmpty ? "" : " (\(change))"
            // The hours run from when the risk was identified, which the practitioner is not asked: counted from now, the
            // latest they can end (review 7, 2026-11-30: "from now" alone was read as the policy's start).
            return Reading(day: end.day, basis: "\(n) hours from when the risk was identified: counted from now, until \(Moment.clockText(end.minute)) on \(end.day.spoken), and earlier if it was identified earlier" + said, time: end.minute)
        case .asSoonAsPossible: return Reading(day: nil, basis: "now, as soon as possible")
        case .unknown, .agreedLocally:
            return Reading(day: nil, basis: facts.risk == .significant
                           ? "the \(policy.shortName) policy sets no time of its own for this: as soon as you can (not from the policy)"
                           : "now (the \(policy.shortName) policy sets no time of its own for this)")
        default:
            let day = stageTimescale.timescale.lastDay(from: now.day, in: counting)
            return Reading(day: day, basis: "\(stageTimescale.timescale.phrase) from today")
        }
    }
}
