/// Whether a file's values say what the quotes beside them say, as far as words can show it: a time's number and unit
/// against the lengths its quote gives, and a contact's role against the words of its quote (an outside training review,
/// round 23, F3: "amount": 3 beside "within 2 working days", and "The Director of Children's Services" beside "speak to
/// your line manager", were valid, and a round then marked trainees against them, quoting the words that contradict them).
extension PolicyCheck {
    /// Each stage's, each stage's at-risk and each urgent route's time against its quote: an error where the quote gives
    /// no length that is the time, in its unit or one it converts to (a policy's week in working days, seven days to a
    /// week, 24 hours to a day). A second or third reading is left alone: it is a reading of the words, said as one.
    mutating func timescalesAgreeWithQuotes() {
        for (index, stage) in policy.stages.enumerated() {
            timescale(stage.timescale, agreesAt: "stages[\(index)].timescale")
            if let atRisk = stage.atRisk { timescale(atRisk.timescale, agreesAt: "stages[\(index)].atRisk.timescale") }
        }
        timescale(policy.immediateRisk.timescale, agreesAt: "urgent.immediate.timescale")
        timescale(policy.significantRisk.timescale, agreesAt: "urgent.significant.timescale")
    }

    mutating func timescale(_ stated: StageTimescale, agreesAt path: String) {
        guard stated.timescale.isCounted else { return }
        let quoted = QuotedLengths(stated.quote)
        let week = policy.week?.workingDays
        switch stated.timescale {
        case .processDays(let first, let last), .processCalendarDays(let first, let last):
            guard !quoted.windows.contains(where: { $0.first == first && $0.last == last }) else { return }
            let says = quoted.windows.first.map { "says Day \($0.first)-\($0.last)" } ?? "gives no window of days (\"Day \(first)-\(last)\")"
            add(JSONReader.join(path, "first"), "is Day \(first)-\(last), but its quote \(says): \"\(stated.quote)\"")
        default:
            guard !quoted.lengths.contains(where: { $0.agrees(with: stated.timescale, week: week) }) else { return }
            guard let near = quoted.lengths.first(where: { $0.sameKind(as: stated.timescale) }) ?? quoted.lengths.first else {
                add(JSONReader.join(path, "quote"), "gives no length of time, but the time is \(stated.timescale.phrase): quote the policy's words that give it: \"\(stated.quote)\"")
                return
            }
            if near.sameKind(as: stated.timescale) {
                add(JSONReader.join(path, "amount"), "is \(stated.timescale.amount ?? 0), but its quote says \(near): \"\(stated.quote)\"")
            } else {
                add(JSONReader.join(path, "kind"), "is \(stated.timescale.kindName), but its quote says \(near): \"\(stated.quote)\"")
            }
        }
    }

    /// Each contact role (a stage's contact, whom it notifies and who supports it, where its form goes, an urgent route's
    /// contacts, a special case's role) against its quote: a warning where none of the role's words is in the quote, as the
    /// role may fairly be the policy's words put plainly, but more likely names someone the quote does not.
    mutating func rolesAgreeWithQuotes() {
        for (index, stage) in policy.stages.enumerated() {
            role(stage.contact.role, at: "stages[\(index)].contact.role")
            for (n, point) in stage.notify.enumerated() { role(point.role, at: "stages[\(index)].notify[\(n)].role") }
            for (n, point) in stage.support.enumerated() { role(point.role, at: "stages[\(index)].support[\(n)].role") }
            if let submitTo = stage.form?.submitTo { role(submitTo.role, at: "stages[\(index)].form.submitTo.role") }
        }
        for (key, route) in [("immediate", policy.immediateRisk), ("significant", policy.significantRisk)] {
            for (n, point) in route.contacts.enumerated() { role(point.role, at: "urgent.\(key).contacts[\(n)].role") }
        }
        for (index, special) in policy.specialCases.enumerated() {
            if let contactRole = special.contactRole { role(.known(contactRole), at: "specialCases[\(index)].contactRole") }
        }
    }

    mutating func role(_ role: Known<Cited>, at path: String) {
        guard let cited = role.value else { return }
        let keys = SourceText.words(cited.text).filter { $0.count > 2 && !Self.commonWords.contains(String($0)) }
        let quoted = Set(SourceText.words(cited.quote).map { $0.prefix(5) })
        guard !keys.isEmpty, !keys.contains(where: { quoted.contains($0.prefix(5)) }) else { return }
        add(path, "\"\(cited.text)\" has none of its words in its quote, so it may name someone the policy does not: \"\(cited.quote)\"", .warning)
    }

    /// Words that say nothing of whom a role names.
    static let commonWords: Set<String> = ["the", "your", "you", "and", "for", "with", "who", "their", "they", "them", "from", "any", "this",
                                           "that", "its", "his", "her", "other", "another", "own"]
}

/// The lengths of time a quote gives in words: "within 2 working days", "One additional week", "48 hours", "(Day 8-13)".
struct QuotedLengths {
    struct Length: CustomStringConvertible {
        enum Unit { case workingDays, calendarDays, days, weeks, hours }
        var amount: Int
        var unit: Unit

        var description: String {
            let one = amount == 1
            switch unit {
            case .workingDays: return "\(amount) working \(one ? "day" : "days")"
            case .calendarDays: return "\(amount) calendar \(one ? "day" : "days")"
            case .days: return "\(amount) \(one ? "day" : "days")"
            case .weeks: return "\(amount) \(one ? "week" : "weeks")"
            case .hours: return "\(amount) \(one ? "hour" : "hours")"
            }
        }

        /// Whether this length is the time, in its own unit or one it converts to; plain "days" may be either kind.
        func agrees(with timescale: Timescale, week: Int?) -> Bool {
            switch (timescale, unit) {
            case (.workingDays(let n), .workingDays), (.workingDays(let n), .days): return n == amount
            case (.workingDays(let n), .weeks): return n == amount * (week ?? 5)
            case (.calendarDays(let n), .calendarDays), (.calendarDays(let n), .days): return n == amount
            case (.calendarDays(let n), .weeks): return n == amount * 7
            case (.weeks(let n, _), .weeks): return n == amount
            case (.hours(let n), .hours): return n == amount
            case (.hours(let n), .days), (.hours(let n), .calendarDays): return n == amount * 24
            default: return false
            }
        }

        func sameKind(as timescale: Timescale) -> Bool {
            switch (timescale, unit) {
            case (.workingDays, .workingDays), (.workingDays, .days), (.calendarDays, .calendarDays), (.calendarDays, .days),
                 (.weeks, .weeks), (.hours, .hours): return true
            default: return false
            }
        }
    }

    private(set) var lengths: [Length] = []
    private(set) var windows: [(first: Int, last: Int)] = []

    init(_ quote: String) {
        let words = SourceText.words(quote).map(String.init)
        for (index, word) in words.enumerated() {
            if ["day", "days"].contains(word), index + 2 < words.count, let first = Self.number(words[index + 1]) {
                let lastAt = words[index + 2] == "to" ? index + 3 : index + 2
                if lastAt < words.count, let last = Self.number(words[lastAt]) { windows.append((first, last)) }
            }
            guard let amount = Self.number(word) ?? (["a", "an"].contains(word) ? 1 : nil) else { continue }
            var next = index + 1
            while next < words.count, next - index <= 2, Self.fillers.contains(words[next]) { next += 1 }
            var qualifier: Length.Unit?
            if next < words.count, let named = ["working": Length.Unit.workingDays, "business": .workingDays, "calendar": .calendarDays, "clear": .calendarDays][words[next]] {
                qualifier = named
                next += 1
            }
            // "a" counts as one only where a unit follows it ("within a week", "a further week").
            guard next < words.count, let unit = Self.units[words[next]] else { continue }
            lengths.append(Length(amount: amount, unit: unit == .days ? qualifier ?? .days : unit))
        }
    }

    static let fillers: Set<String> = ["additional", "further", "more", "extra", "full", "whole", "consecutive"]
    static let units: [String: Length.Unit] = ["day": .days, "days": .days, "week": .weeks, "weeks": .weeks, "hour": .hours, "hours": .hours, "hrs": .hours]
    static let numberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                              "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

    static func number(_ word: String) -> Int? {
        if word.count <= 6, word.allSatisfy(\.isASCII), let n = Int(word) { return n }
        return numberWords.firstIndex(of: word).map { $0 + 1 }
    }
}

extension Timescale {
    /// The `amount` a file gives for a counted time.
    var amount: Int? {
        switch self {
        case .workingDays(let n), .calendarDays(let n), .hours(let n), .weeks(let n, _): return n
        default: return nil
        }
    }

    /// The `kind` a file writes for this time.
    var kindName: String {
        switch self {
        case .workingDays: return "workingDays"
        case .calendarDays: return "calendarDays"
        case .weeks: return "weeks"
        case .hours: return "hours"
        case .processDays: return "processDays"
        case .processCalendarDays: return "processCalendarDays"
        case .sameDay: return "sameDay"
        case .sameWorkingDay: return "sameWorkingDay"
        case .asSoonAsPossible: return "asSoonAsPossible"
        case .agreedLocally: return "agreedLocally"
        case .unknown: return "unknown"
        }
    }
}
