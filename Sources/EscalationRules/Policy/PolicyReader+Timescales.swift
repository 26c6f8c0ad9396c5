/// Timescales as a policy file gives them: their kind, what they count from, the other reading a
/// text allows, and a policy's own definition of a week.
extension PolicyReader {
    static let timescaleKinds = ["workingDays", "calendarDays", "weeks", "hours", "processDays", "processCalendarDays", "sameDay", "sameWorkingDay", "asSoonAsPossible", "agreedLocally"]

    /// A timescale; `counted` when it belongs to a stage, so a length of time must say what it runs from.
    mutating func stageTimescale(_ value: JSONValue, at path: String, counted: Bool = false, reading: Bool = false) -> StageTimescale? {
        guard json.object(value, at: path) != nil else { return nil }
        if let reason = unknownReason(value, at: path) { return StageTimescale(.unknown, quote: reason) }
        if reading {
            onlyMembers(value, at: path, of: "a reading", Members.timescale + Members.reading)
        } else {
            onlyMembers(value, at: path, of: "a timescale", Members.timescale)
        }
        let kind = json.text(value, "kind", at: path)
        let quote = self.quote(value, at: path)
        let purpose = json.text(value, "for", at: path, required: false)
        let startsWhen = json.text(value, "startsWhen", at: path, required: false)
        guard let kind, let quote, let timescale = timescale(kind: kind, value, at: path) else { return nil }
        let oneStep = json.flag(value, "oneStep", at: path)
        guard counted, timescale.isCounted else { return StageTimescale(timescale, quote: quote, purpose: purpose, oneStep: oneStep) }
        guard let anchor = anchor(value, for: timescale, at: path) else { return nil }
        return StageTimescale(timescale, anchor: anchor, quote: quote, purpose: purpose, startsWhen: startsWhen, oneStep: oneStep)
    }

    /// What a stage's length of time runs from; a window of the process's days runs from the day it arose.
    mutating func anchor(_ value: JSONValue, for timescale: Timescale, at path: String) -> TimescaleAnchor? {
        let here = JSONReader.join(path, "from")
        let names = TimescaleAnchor.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
        guard let from = json.text(value, "from", at: path, required: false) else {
            if timescale.isProcessWindow { return .arose }
            json.problem(here, "is missing: say what the time runs from, \(names) (the day the disagreement arose, or the day this stage began)")
            return nil
        }
        if let former = TimescaleAnchor.formerNames[from] {
            json.warning(here, "\"\(from)\" is read as \"\(former.rawValue)\": write that instead")
            return former
        }
        guard let anchor = TimescaleAnchor(rawValue: from) else {
            json.problem(here, "should be \(names), but is \"\(from)\"")
            return nil
        }
        if timescale.isProcessWindow, anchor != .arose {
            json.problem(here, "should be \"arose\": a window of the process's days (\"Day 3-7\") counts from the day the disagreement arose")
            return nil
        }
        return anchor
    }

    mutating func timescale(kind: String, _ value: JSONValue, at path: String) -> Timescale? {
        let counted: [String: (Int) -> Timescale] = [
            "workingDays": Timescale.workingDays, "calendarDays": Timescale.calendarDays, "hours": Timescale.hours,
            "weeks": { [week] in .weeks($0, workingDaysEach: week?.workingDays) },
        ]
        if let make = counted[kind] {
            guard let amount = positive(value, "amount", at: path) else { return nil }
            return make(amount)
        }
        switch kind {
        case "processDays", "processCalendarDays":
            guard let first = positive(value, "first", at: path), let last = positive(value, "last", at: path) else { return nil }
            guard first <= last else {
                json.problem(JSONReader.join(path, "last"), "should be day \(first) or later, but is \(last)")
                return nil
            }
            return kind == "processDays" ? .processDays(first: first, last: last) : .processCalendarDays(first: first, last: last)
        case "sameDay": return .sameDay
        case "sameWorkingDay": return .sameWorkingDay
        case "asSoonAsPossible": return .asSoonAsPossible
        case "agreedLocally": return .agreedLocally
        default:
            json.problem(JSONReader.join(path, "kind"), "should be one of \(Self.timescaleKinds.joined(separator: ", ")), but is \"\(kind)\"")
            return nil
        }
    }

    mutating func positive(_ value: JSONValue, _ key: String, at path: String) -> Int? {
        guard let amount = json.integer(value, key, at: path) else { return nil }
        guard amount > 0 else {
            json.problem(JSONReader.join(path, key), "should be more than 0, but is \(amount)")
            return nil
        }
        return amount
    }

    /// A second reading of a time; `counted` for a stage's, which must say what it runs from (an urgent route's runs from now).
    mutating func otherReading(_ value: JSONValue, at path: String, counted: Bool = true) -> OtherReading? {
        guard json.object(value, at: path) != nil else { return nil }
        let reading = json.text(value, "reading", at: path)
        let timescale = stageTimescale(value, at: path, counted: counted, reading: true)
        let weaker = json.flag(value, "weaker", at: path)
        let earlierOnly = json.flag(value, "earlierOnly", at: path)
        guard let reading, let timescale else { return nil }
        return OtherReading(timescale: timescale, reading: reading, weaker: weaker, earlierOnly: earlierOnly)
    }

    mutating func weekDefinition(_ root: JSONValue) -> WeekDefinition? {
        guard let value = json.member(root, "week", at: "", required: false), json.object(value, at: "week") != nil else { return nil }
        onlyMembers(value, at: "week", of: "week", Members.week)
        let days = positive(value, "workingDays", at: "week")
        let quote = self.quote(value, at: "week")
        guard let days, let quote else { return nil }
        return WeekDefinition(workingDays: days, quote: quote)
    }
}
