import Foundation
import EscalationRules

/// The wall clock, read only here and handed to the core as a `Moment` in UK local time.
enum Clock {
    // Every bundled partnership keeps UK time (the Isle of Man included).
    static let zone = TimeZone(identifier: "Europe/London") ?? .current

    static func now() -> Moment { moment(of: Date()) }

    static func moment(of date: Date) -> Moment {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 0)
        return Moment(day: day, minute: (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}
