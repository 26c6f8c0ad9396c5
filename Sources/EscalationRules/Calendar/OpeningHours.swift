/// When a contact answers, as the policy lists it ("Mon – Thurs 08.30- 17.00 Fri 08.30 – 16.30").
public struct OpeningHours: Equatable, Sendable {
    public struct Session: Equatable, Sendable {
        public var days: Set<Weekday>
        public var opens: Int
        public var closes: Int
    }

    public var sessions: [Session]

    public init(sessions: [Session]) { self.sessions = sessions }

    /// Whether the contact is open at `moment`; nil on a public holiday, which no policy's hours mention.
    public func isOpen(at moment: Moment, in calendar: HolidayCalendar) -> Bool? {
        if calendar.isHoliday(moment.day) { return nil }
        let weekday = moment.day.weekday
        return sessions.contains { $0.days.contains(weekday) && $0.opens <= moment.minute && moment.minute < $0.closes }
    }

    /// When the contact next opens after `moment`, skipping public holidays (whose hours no policy gives), within two weeks;
    /// nil where it is open at `moment` or opens on none of those days.
    public func nextOpening(after moment: Moment, in calendar: HolidayCalendar) -> Moment? {
        guard isOpen(at: moment, in: calendar) != true else { return nil }
        for offset in 0..<14 {
            let day = moment.day.adding(days: offset)
            guard !calendar.isHoliday(day) else { continue }
            let opens = sessions.filter { $0.days.contains(day.weekday) && (offset > 0 || $0.opens > moment.minute) }.map(\.opens).min()
            if let opens { return Moment(day: day, minute: opens) }
        }
        return nil
    }

    /// The public holidays after `moment`'s day that `nextOpening` passed over on which the contact's weekday hours would have
    /// had it open: their hours are unknown, so the opening it gives is the weekday hours' reading (an outside routing review,
    /// round 22, F4). Today's own holiday is said apart, as today's.
    public func holidaysPassed(after moment: Moment, until next: Moment, in calendar: HolidayCalendar) -> [Day] {
        var days: [Day] = []
        var day = moment.day.adding(days: 1)
        while day < next.day {
            if calendar.isHoliday(day), sessions.contains(where: { $0.days.contains(day.weekday) }) { days.append(day) }
            day = day.adding(days: 1)
        }
        return days
    }

    /// "Mon-Thu 08:30-17:00, Fri 08:30-16:30".
    public var summary: String {
        sessions.map { "\(OpeningHours.dayRange($0.days)) \(Moment.clockText($0.opens))-\(Moment.clockText($0.closes))" }
            .joined(separator: ", ")
    }

    static func dayRange(_ days: Set<Weekday>) -> String {
        let sorted = days.sorted { $0.rawValue < $1.rawValue }
        guard let first = sorted.first, let last = sorted.last else { return "" }
        let contiguous = last.rawValue - first.rawValue + 1 == sorted.count
        if sorted.count > 2, contiguous { return "\(first.shortName)-\(last.shortName)" }
        return sorted.map(\.shortName).joined(separator: ", ")
    }

    /// Reads the policy-file form: `"Mon-Thu 08:30-17:00; Fri 08:30-16:30"`.
    public init?(text: String) {
        var sessions: [Session] = []
        for part in text.split(separator: ";") {
            let words = part.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 2, let days = OpeningHours.days(words[0]) else { return nil }
            let times = words[1].split(separator: "-")
            guard times.count == 2, let opens = Moment.minuteOfDay(times[0]), let closes = Moment.minuteOfDay(times[1]),
                  opens < closes else { return nil }
            sessions.append(Session(days: days, opens: opens, closes: closes))
        }
        guard !sessions.isEmpty else { return nil }
        self.init(sessions: sessions)
    }

    static func days(_ text: Substring) -> Set<Weekday>? {
        func weekday(_ name: Substring) -> Weekday? {
            Weekday.allCases.first { $0.shortName.lowercased() == name.lowercased() }
        }
        var result: Set<Weekday> = []
        for item in text.split(separator: ",") {
            let ends = item.split(separator: "-")
            if ends.count == 1, let day = weekday(ends[0]) { result.insert(day); continue }
            guard ends.count == 2, let from = weekday(ends[0]), let to = weekday(ends[1]), from.rawValue <= to.rawValue
            else { return nil }
            for raw in from.rawValue...to.rawValue { result.insert(Weekday(rawValue: raw)!) }
        }
        return result.isEmpty ? nil : result
    }
}
