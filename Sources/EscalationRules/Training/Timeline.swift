/// Every stage's deadline from a raised date, with the days between: weekends and the policy's
/// public holidays marked, so a room can see why a date falls where it does.
///
/// A stage whose time runs from its own start is drawn as if it began the day the stage before
/// ran out of time, and says so: the latest it could end if every stage took its full time. A live
/// route never counts like this; it asks when the stage began. Where the words allow a second reading
/// (not a weaker one), its date is drawn too, and the earlier is the one to work to, as the live route says.
public struct Timeline: Sendable {
    public struct Row: Sendable {
        public var position: Int
        public var label: String
        public var start: Day
        /// Nil where the policy sets no time, or an earlier stage has none.
        public var end: Day?
        public var time: String
        /// For a stage timed from its own start: the stage whose time running out it is drawn from.
        public var drawnAfter: String?
        /// The stage whose time is unknown, so that when this one begins cannot be counted: nothing is drawn.
        public var startUnknownAfter: String? = nil
        /// The second reading's day, where there is one: with `otherStart`, drawn beside the first.
        public var otherStart: Day? = nil
        public var otherEnd: Day? = nil
        /// The second reading: its time, and what it is.
        public var otherTime: String? = nil
    }

    public var policyName: String
    public var calendar: HolidayCalendar
    public var raised: Day
    public var rows: [Row]
    public var days: [Day]

    public init(policy: Policy, calendar: HolidayCalendar, raised: Day) {
        policyName = policy.shortName
        self.calendar = calendar
        self.raised = raised
        var previousEnd: Day? = raised
        var previousLabel: String?
        rows = policy.stages.map { stage in
            let fromItsStart = stage.timescale.anchor == .stageStarted && stage.position > 1
            let start = fromItsStart ? previousEnd : raised
            let end = start.flatMap { stage.timescale.timescale.lastDay(from: $0, in: calendar) }
            defer {
                previousEnd = end
                previousLabel = stage.name
            }
            var row = Row(position: stage.position, label: stage.label, start: start ?? raised, end: end, time: Pathway.time(stage.timescale),
                          drawnAfter: fromItsStart && start != nil ? previousLabel : nil)
            if fromItsStart, start == nil { row.startUnknownAfter = previousLabel }
            // A second date the same as the first is no second answer, as the live route says.
            if let other = stage.otherReading, !other.weaker {
                let otherFromItsStart = other.timescale.anchor == .stageStarted && stage.position > 1
                let otherStart = otherFromItsStart ? previousEnd : raised
                let otherEnd = otherStart.flatMap { other.timescale.timescale.lastDay(from: $0, in: calendar) }
                // Said only where earlier, where the policy file says so (`OtherReading.earlierOnly`), as the live route does.
                let shown = other.earlierOnly ? otherEnd.flatMap { day in end.map { day < $0 } } ?? false : otherEnd != end
                if shown {
                    row.otherStart = otherStart
                    row.otherEnd = otherEnd
                    row.otherTime = "\(Pathway.time(other.timescale)), another reading: \(other.reading)"
                        + (otherFromItsStart && !fromItsStart && otherStart != nil ? "; drawn as if it began when the time for \(previousLabel ?? "the stage before") ran out" : "")
                }
            }
            return row
        }
        let last = rows.flatMap { [$0.end, $0.otherEnd] }.compactMap { $0 }.max() ?? raised
        days = (0...max(raised.days(until: last) + 2, 9)).map { raised.adding(days: $0) }
    }

    /// Said where the days drawn run past the holiday calendar, as a live route says beside its date (a chat review,
    /// round 12, 2026-11-30: the timeline counted 2031's New Year's Day as a working day, and said nothing).
    /// The end of the calendar the days drawn run past, named as the route names it: before its first day for a case from
    /// years gone (an outside training review, round 23, F15: from Christmas 2021 the timeline said none were known "after
    /// Monday 31 December 2035", and counted 2021's bank holidays as working days), after its last for one years ahead.
    public var beyondCalendar: String? {
        guard let first = days.first, let last = days.last else { return nil }
        let covers = calendar.covers
        let edges = [first < covers.lowerBound ? "before \(covers.lowerBound.spoken)" : nil,
                     last > covers.upperBound ? "after \(covers.upperBound.spoken)" : nil].compactMap { $0 }
        guard !edges.isEmpty else { return nil }
        let outside = edges.count == 2 ? "outside those years" : first < covers.lowerBound ? "before it" : "after it"
        return "No bank holidays are known here \(edges.joined(separator: " or ")): any \(outside) were counted as working days, so check those dates against that year's bank holidays."
    }

    public func kind(of day: Day) -> String? {
        if let holiday = calendar.holiday(on: day) { return holiday.name }
        return day.isWeekend ? "weekend" : nil
    }

    static func short(_ day: Day) -> String {
        "\(day.weekday.shortName) \(day.components.day) \(String(Day.monthNames[day.month - 1].prefix(3)))"
    }

    /// The timeline as text: each stage's last day, then the days with what they are.
    public var text: String {
        var lines = ["\(policyName): working-day timeline from \(raised.spoken) (\(calendar.name))"] + (beyondCalendar.map { [$0] } ?? []) + [""]
        for row in rows {
            lines.append("\(row.position). \(row.label)")
            let drawn = row.drawnAfter.map { "; drawn as if it began when the time for \($0) ran out" }
                ?? row.startUnknownAfter.map { "; not drawn: \($0) has no time, so when this stage begins cannot be counted" } ?? ""
            lines.append("   by \(row.end?.spoken ?? "unknown: no deadline can be counted") (\(row.time)\(drawn))")
            if let otherTime = row.otherTime { lines.append("   or by \(row.otherEnd?.spoken ?? "unknown") (\(otherTime))\(workToNote(row))") }
        }
        lines.append("")
        for day in days {
            let ends = rows.filter { $0.end == day }.map { "stage \($0.position) ends" }
                + rows.filter { $0.otherEnd == day }.map { "stage \($0.position) ends, read another way\($0.otherEnd! < ($0.end ?? $0.otherEnd!) ? " (work to this)" : "")" }
            let what = [kind(of: day).map { "[\($0)]" }, ends.isEmpty ? nil : "<- " + ends.joined(separator: ", ")].compactMap { $0 }
            lines.append((Self.short(day).padded(12) + what.joined(separator: " ")).trimmingTrailingSpaces)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Which of a row's two dates to work to: the earlier, a day off or not, as the live route says (an outside routing
    /// review, round 17: the working day before a day off was a date no reading gave).
    func workToNote(_ row: Row) -> String {
        guard let other = row.otherEnd, let end = row.end, other != end else { return "" }
        guard other < end else { return "; later: work to the date above \(WorkTo.rule)" }
        let off = calendar.dayOff(other).map {
            " (\($0), not a working day: \(WorkTo.dayOffSilence); \(WorkTo.lastWorkingDaySaid(before: other, in: calendar, notBefore: raised).lowercasedFirstWord))"
        } ?? ""
        return "; earlier: work to this date\(off) \(WorkTo.rule)"
    }

    /// The timeline as a Mermaid gantt chart, weekends and holidays excluded.
    public var mermaid: String {
        var lines = ["gantt", "  title \(policyName): working-day timeline from \(raised)", "  dateFormat YYYY-MM-DD", "  excludes weekends"]
            + (beyondCalendar.map { ["  %% \($0)"] } ?? [])
        let holidays = days.filter { calendar.isHoliday($0) && !$0.isWeekend }
        if !holidays.isEmpty { lines.append("  excludes " + holidays.map(\.description).joined(separator: ", ")) }
        lines.append("  section Stages")
        for row in rows {
            let name = row.label.replacingOccurrences(of: ":", with: " -").replacingOccurrences(of: "#", with: "")
            if let end = row.end {
                lines.append("  \(name) :s\(row.position), \(row.start), \(end.adding(days: 1))")
            } else {
                lines.append("  \(name) (time unknown) :milestone, u\(row.position), \(row.start), 0d")
            }
            if let start = row.otherStart, let end = row.otherEnd {
                lines.append("  \(name) (read another way) :o\(row.position), \(start), \(end.adding(days: 1))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The timeline as an SVG picture: a column a day, weekends and holidays shaded, a bar a stage.
    public var svg: String {
        let labelWidth = 520, column = max(28, min(60, 1040 / max(days.count, 1)))
        var canvas = SVGCanvas(width: labelWidth + column * days.count + 200)
        let top = canvas.text("\(policyName): working-day timeline from \(raised.spoken)", x: 20, y: 16, size: 28, maxWidth: canvas.width - 40, bold: true) + 10
        let rowsTop = top + 70
        let rowHeight = rows.contains { $0.otherEnd != nil } ? 96 : 64
        let bottom = rowsTop + rows.count * rowHeight
        for (index, day) in days.enumerated() {
            let x = labelWidth + index * column
            let off = kind(of: day)
            canvas.rect(x: x, y: top, width: column, height: bottom - top, fill: off == nil ? "#ffffff" : "#d9d9d9", stroke: "#ccc", strokeWidth: 1, radius: 0)
            canvas.text(String(day.weekday.shortName.prefix(2)), x: x + column / 2, y: top + 4, size: 16, maxWidth: column, anchor: "middle")
            canvas.text("\(day.components.day)", x: x + column / 2, y: top + 28, size: 18, maxWidth: column, bold: true, anchor: "middle")
            if let off, off != "weekend" { canvas.raw("<title>\(SVGCanvas.escaped(off))</title>") }
        }
        for (index, row) in rows.enumerated() {
            let y = rowsTop + index * rowHeight
            canvas.text("\(row.position). \(row.label)", x: 20, y: y + 6, size: 20, maxWidth: labelWidth - 30)
            let startX = labelWidth + raised.days(until: row.start) * column
            if let end = row.end {
                let width = max(column / 2, (row.start.days(until: end) + 1) * column)
                canvas.rect(x: startX, y: y + 10, width: width, height: 36, fill: "#4a7fc1", stroke: "#1f4e89", radius: 6)
                canvas.text("by " + Self.short(end), x: startX + width + 6, y: y + 14, size: 18, maxWidth: 200, colour: "#1f4e89")
            } else {
                canvas.rect(x: startX, y: y + 10, width: labelWidth + column * days.count - startX, height: 36, fill: "#f4f4f4", stroke: "#888", dashed: true, radius: 6)
                canvas.text(row.startUnknownAfter.map { "unknown: \($0) has no time, so when this begins cannot be counted" } ?? "unknown: the policy sets no time",
                            x: startX + 10, y: y + 16, size: 18, maxWidth: 600, colour: "#555")
            }
            if let start = row.otherStart, let end = row.otherEnd {
                let x = labelWidth + raised.days(until: start) * column
                let width = max(column / 2, (start.days(until: end) + 1) * column)
                canvas.rect(x: x, y: y + 52, width: width, height: 26, fill: "#f2b35c", stroke: "#a05a00", radius: 6)
                let which = row.end.map { end < $0 ? ", earlier: work to it" : end > $0 ? ", later" : "" } ?? ""
                canvas.text("or by " + Self.short(end) + " (read another way\(which))", x: x + width + 6, y: y + 54, size: 18, maxWidth: 420, colour: "#a05a00")
            }
        }
        canvas.text("Shaded: weekends, and \(calendar.name) (hover a day for its name)", x: 20, y: bottom + 12, size: 18, maxWidth: canvas.width - 40, colour: "#555")
        return canvas.document(title: "\(policyName) timeline")
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
