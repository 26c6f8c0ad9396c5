import Foundation
import EscalationRules

/// What a practitioner pastes into their agency's system: facts, route, deadline, advice, citations
/// and time. It never holds the child's or adult's name, date of birth or address.
public struct CaseRecord: Equatable, Sendable {
    public var policyID: String
    public var policyName: String
    public var created: Moment
    /// The answer to the risk question; nil if it was never answered.
    public var risk: Risk?
    public var subject: Subject?
    /// Whom the disagreement is with; nil when the urgent route came before it was asked, so the record
    /// does not say "another agency" for an answer never given (a practitioner's review, 2026-11-30).
    public var counterpart: Counterpart?
    public var type: DisagreementType?
    public var urgency: Urgency?
    public var summary: String?
    /// How many stages were tried; nil when the urgent route came before it was asked.
    public var tried: Int?
    /// The last of them, as the policy names it ("Step 1"): its own numbering, beside the count.
    public var lastStageTried: String?
    public var raised: Day?
    public var stageStarted: Day?
    public var specialCases: [SpecialCase.Kind]
    public var setting: Setting?
    public var area: String?
    public var checklistGaps: [String]
    /// The practitioner's own words (identifying details removed) that the risk question was asked again
    /// about after they had said no one was at immediate risk: the record shows it was asked, and the answer.
    public var riskAskedAgain: [String] = []
    /// The answer each of `riskAskedAgain` came to, in its order; empty where it is not known (a record made from a session
    /// saved before answers were kept), when one answer is given for all.
    public var riskAnswersAgain: [Risk] = []
    /// Of `riskAskedAgain`, the words whose yes led to the urgent advice, where the answer was then lowered.
    public var urgentQuote: String?
    /// Of `riskAskedAgain`, the words read in the part of a long answer not kept, which the record holds nowhere else.
    public var riskAskedFromUnkept: [String] = []
    /// The first answer to the risk question: the record keeps it where asking again changed it.
    public var firstRisk: Risk?
    /// When the practitioner went back from this route to change an answer: the route may no longer apply, and the
    /// saved record says so until a new route replaces it (a chat review, round 10, 2026-11-30, found a record on disk
    /// describing answers changed since).
    public var superseded: Moment?
    /// When the urgent advice was given in this case, where the risk answer was lowered after it: the record keeps it.
    public var urgentGiven: Moment?
    /// Where the description reads as risk today and no was answered: that, and the policy's words for someone at risk (a
    /// chat review, round 19, S5: after two noes the record kept no trace of the danger described).
    public var riskInDescription: String? = nil

    /// The first answer, where asking again changed it; nil where it did not.
    var riskBeforeAskingAgain: Risk? { firstRisk.flatMap { $0 == risk ? nil : $0 } }
    public var route: Route

    public enum Format: String, CaseIterable, Sendable { case text, markdown, json }

    public func rendered(_ format: Format) -> String {
        switch format {
        case .text: return textLines.joined(separator: "\n")
        case .markdown: return markdownLines.joined(separator: "\n")
        case .json: return json.prettyText
        }
    }

    /// The record as a reply's lines: `rendered(format)` split at each line feed, but for text and
    /// markdown without joining the lines only to split them again.
    public func lines(_ format: Format) -> [String] {
        let lines: [String]
        switch format {
        case .text: lines = textLines
        case .markdown: lines = markdownLines
        case .json: return Self.splitAtLineFeeds(json.prettyText)
        }
        // A line holding a break of its own is split as the whole text would be; so is one ending in a
        // carriage return, which the join would make one Character with the next line feed.
        guard lines.contains(where: Self.holdsBreak) else { return lines }
        return Self.splitAtLineFeeds(lines.joined(separator: "\n"))
    }

    /// Whether `line` holds a line feed or a carriage return. Read in place where the bytes are
    /// contiguous, as a native string's are: byte by byte through the view, the record's few
    /// kilobytes cost more than the rest of rendering it.
    static func holdsBreak(_ line: String) -> Bool {
        // Nearly every byte is above both, so one comparison clears it.
        func isBreak(_ byte: UInt8) -> Bool { byte <= 0x0D && (byte == 0x0A || byte == 0x0D) }
        return line.utf8.withContiguousStorageIfAvailable { $0.contains(where: isBreak) } ?? line.utf8.contains(where: isBreak)
    }

    /// `text` split at each line feed as `split(separator: "\n", omittingEmptySubsequences: false)`
    /// splits it, but on the bytes: a line feed is a Character of its own unless a carriage return
    /// comes before it, when the two are one Character and no separator.
    static func splitAtLineFeeds(_ text: String) -> [String] {
        var lines: [String] = []
        var start = text.utf8.startIndex
        var previous: UInt8 = 0
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            if byte == 0x0A, previous != 0x0D {
                lines.append(String(Substring(text.utf8[start..<index])))
                start = text.utf8.index(after: index)
            }
            previous = byte
        }
        lines.append(String(Substring(text.utf8[start...])))
        return lines
    }

    var facts: [(String, String)] {
        // Asking again changes the risk only with a yes; the question asked is "at risk of harm today?" (or of
        // significant harm), so its yes is recorded as that, beside the first answer (an outside review,
        // 2026-11-30, found the first answer replaced).
        let changedFrom = riskBeforeAskingAgain
        let answered = risk.map(Self.answer) ?? "not answered"
        var rows: [(String, String)] = [
            ("Policy", policyName),
            ("Recorded", created.spoken),
        ] + (superseded.map { [("Superseded", "\($0.spoken): an answer was changed after this route was given, so it may no longer apply. Finish the conversation for a new record.")] } ?? []) + [
            ("Risk of harm (as answered)", changedFrom.map {
                "\(risk == .immediate ? "Yes: at risk of harm today" : answered), when asked again (first answered: \(Self.answer($0)))"
            } ?? answered),
        ]
        if let urgentGiven {
            // Kept when a yes came again after the lower answer: the advice was given, withdrawn, and given again (a chat
            // review, round 17, 2026-12-01, found the first advice missing from such a record).
            rows.append(("Urgent advice", risk == .immediate
                ? "first given \(urgentGiven.spoken), after a yes to immediate risk; the answer was lowered after it and no confirmed, then yes again when asked again"
                : "given \(urgentGiven.spoken), after a yes to immediate risk; the answer was changed after it, and no was confirmed when asked again"))
        }
        if !riskAskedAgain.isEmpty { rows.append(("Asked again about", askedAgain)) }
        if let riskInDescription { rows.append(("Risk in the description", riskInDescription)) }
        rows += [
            ("About", subject?.rawValue ?? "not given"),
            ("Disagreement with", counterpart?.phrase(about: subject) ?? "not asked yet"),
        ]
        if let type { rows.append(("Type", type.phrase)) }
        if let summary { rows.append(("In the practitioner's words", summary)) }
        rows.append(("Stages tried without resolution", tried.map { $0 == 0 ? "none" : "\($0), up to \(lastStageTried ?? "stage \($0)")" } ?? "not asked yet"))
        if let raised { rows.append(("First raised", raised.spoken)) }
        if let stageStarted { rows.append(("Last stage ended without agreement", stageStarted.spoken)) }
        if !specialCases.isEmpty { rows.append(("Also said to apply", specialCases.map(\.phrase).joined(separator: "; "))) }
        if let setting { rows.append(("Setting", setting.phrase)) }
        if let area { rows.append(("Area", area)) }
        if !checklistGaps.isEmpty { rows.append(("Checklist items not yet done", checklistGaps.joined(separator: ", "))) }
        return rows
    }

    var routeRows: [(String, String)] {
        var rows: [(String, String)] = [("Outcome", route.outcome.rawValue)]
        // One way for every policy, as the route's headline says it: "Stage 1" is not "1: Stage 1" (a chat review, 2026-11-30),
        // and "Stage One" is not "1: Stage One" either (round 19, Po3).
        if let stage = route.stage { rows.append(("Stage", stage.named)) }
        // Each row in the route's own words (a chat review, round 14, 2026-11-30: the route said a deadline had passed and a
        // contact was unknown, the record neither).
        if route.outcome == .stage || route.outcome == .urgent || route.outcome == .outOfScope {
            // An urgent route that names no one says what to do now instead, which the record's actions carry.
            rows.append(("Contact", route.outcome == .urgent && route.contact.role == nil ? route.contact.summary : route.contactWording))
        }
        // Everyone else the route names with a number or an address, as the screen showed them: the
        // out-of-hours team beside a front door about to close (an outside review, 2026-11-30).
        for other in route.otherContacts where other.isReachable {
            rows.append(("Also", other.summary + (other.note.map { " (\($0))" } ?? "")))
        }
        for person in route.notifyWording { rows.append(("Notify", person)) }
        if let work = route.workToWording(sayingToday: false) { rows.append(("Work to", work)) }
        // Beside a date to work to, the stage's own date is one reading, not "the" deadline (a chat review, round 8:
        // a manager reading the case file takes "Deadline" as the date).
        rows.append((route.workTo == nil ? "Deadline" : "One reading", deadline))
        if let other = route.otherReadingWording {
            rows.append(("Another reading", other.hasPrefix(", ") ? String(other.dropFirst(2)) : other.trimmingCharacters(in: .whitespaces)))
        }
        if let next = route.stageToPursue {
            rows.append((next.lead, next.named))
            rows.append(("Its contact", next.contactWording))
            if let time = next.deadlineWording(sayingToday: false) { rows.append((next.outerLimitOnly ? "Its own time, an outer limit only" : "Its own time", time)) }
        }
        return rows
    }

    /// The deadline with what it runs from and whether it has passed, as the route gives it, but never "today": a record is
    /// read later.
    var deadline: String {
        route.deadlineWording(sayingToday: false, hasteFirst: route.risk == .immediate && route.workTo == nil) ?? route.deadline?.spoken ?? "none set by the policy"
    }

    /// Each quote asked about again with its answer, said once for all where they share it.
    var askedAgain: String {
        let quoted = riskAskedAgain.map { riskAskedFromUnkept.contains($0) ? "'\($0)' (from the part of a long answer not kept)" : "'\($0)'" }
        guard riskAnswersAgain.count == riskAskedAgain.count else {
            // Answers not kept quote by quote: one for all, as records before them said.
            let changedFrom = riskBeforeAskingAgain
            let answer = urgentGiven != nil ? ": answered yes, then no after going back"
                : changedFrom == nil ? ": answered no" : risk == .immediate ? ": answered yes, at risk of harm today" : ": answered yes, at significant risk of harm"
            return quoted.joined(separator: "; ") + answer
        }
        let answers = zip(riskAskedAgain, riskAnswersAgain).map { quote, answer in
            // The words whose yes led to the urgent advice, lowered since: the yes is said, not only the no it became.
            quote == urgentQuote && urgentGiven != nil && answer != .immediate ? "answered yes, then no after going back" : Self.answeredAgain(answer)
        }
        if Set(answers).count == 1 { return quoted.joined(separator: "; ") + ": " + answers[0] }
        return zip(quoted, answers).map { "\($0): \($1)" }.joined(separator: "; ")
    }

    static func answeredAgain(_ risk: Risk) -> String {
        switch risk {
        case .immediate: return "answered yes, at risk of harm today"
        case .significant: return "answered yes, at significant risk of harm"
        case .none: return "answered no"
        }
    }

    /// The risk answer in the words of the question's choices.
    static func answer(_ risk: Risk) -> String {
        switch risk {
        case .immediate: return "Yes: immediate risk of significant harm now"
        case .significant: return "Not immediate, but at significant risk of harm"
        case .none: return "No"
        }
    }

    var formLines: [String] {
        guard let form = route.form else { return [] }
        let fields = form.fields.map { "  \($0.label): \($0.personal ? Form.personalPlaceholder : filled($0.fill))" }
        return [Route.formLine(form)] + (fields.isEmpty ? ["  (the policy text does not list this form's fields)"] : fields)
    }

    /// What the conversation told the bot that a form's field asks for, as the record above says it; empty where the bot does
    /// not know it (a chat review, round 14, 2026-11-30, found the form blank beside the answers in the record).
    func filled(_ fill: Form.Fill?) -> String {
        switch fill {
        case .description?: return summary ?? ""
        case .attemptDates?:
            var dates = raised.map { ["first raised on \($0.spoken)"] } ?? []
            if let stageStarted, let lastStageTried { dates.append("\(lastStageTried) ended without agreement on \(stageStarted.spoken)") }
            return dates.joined(separator: "; ")
        case .stageEnded(let position)?: return tried == position ? stageStarted?.spoken ?? "" : ""
        case nil: return ""
        }
    }

    var textLines: [String] {
        var lines = ["ESCALATION RECORD (IntakeBot). Keep with the case in your agency's secure system."]
        lines += facts.map { "\($0.0): \($0.1)" }
        lines += routeRows.map { "\($0.0): \($0.1)" }
        lines += formLines
        lines += route.actions.map { "Action: \($0)" }
        lines += route.record.isEmpty ? route.recordNote.map { ["Record: \($0)"] } ?? [] : route.record.map { "Record: \($0)" }
        lines += route.warnings.map { "Note: \($0)" }
        lines += route.citations.map(\.recordLine)
        return lines
    }

    var markdownLines: [String] {
        var lines = ["## Escalation record", "", "| | |", "| --- | --- |"]
        lines += (facts + routeRows).map { "| \($0.0) | \($0.1.utf8.contains(UInt8(ascii: "|")) ? $0.1.replacingOccurrences(of: "|", with: "/") : $0.1) |" }
        lines.append("")
        if !formLines.isEmpty { lines += formLines.map { $0.hasPrefix("  ") ? "- " + $0.dropFirst(2) : "**\($0)**" } + [""] }
        if !route.actions.isEmpty { lines += ["**Actions**"] + route.actions.map { "- \($0)" } + [""] }
        let recording = route.record.isEmpty ? route.recordNote.map { [$0] } ?? [] : route.record
        if !recording.isEmpty { lines += ["**Record**"] + recording.map { "- \($0)" } + [""] }
        if !route.warnings.isEmpty { lines += ["**Notes**"] + route.warnings.map { "- \($0)" } + [""] }
        lines += ["**Sources**"] + route.citations.map { "> \($0.shown) (\($0.source))" }
        return lines
    }

    public var json: JSONValue {
        .object([
            ("policy", .string(policyID)),
            ("recorded", .string(created.description)),
            ("risk", .optional(risk?.rawValue)),
            ("firstRisk", .optional(riskBeforeAskingAgain?.rawValue)),
            ("urgentGiven", .optional(urgentGiven?.description)),
            ("subject", .optional(subject?.rawValue)),
            ("with", .optional(counterpart?.rawValue)),
            ("type", .optional(type?.rawValue)),
            ("urgency", .optional(urgency?.rawValue)),
            ("summary", .optional(summary)),
            ("tried", tried.map { .number(Double($0)) } ?? .null),
            ("raised", .optional(raised?.description)),
            ("stageStarted", .optional(stageStarted?.description)),
            ("specialCases", .array(specialCases.map { .string($0.rawValue) })),
            ("setting", .optional(setting?.rawValue)),
            ("area", .optional(area)),
            ("checklistGaps", .array(checklistGaps.map(JSONValue.string))),
            ("riskAskedAgain", .array(riskAskedAgain.map(JSONValue.string))),
            ("superseded", .optional(superseded?.description)),
            ("route", route.json),
        ])
    }

    /// The day a calendar entry goes on: the date to work to, else the deadline.
    public var calendarDay: Day? {
        route.workTo?.day ?? route.deadline
    }

    /// Whether the date is only the latest, at immediate risk, where the route asks for haste first ("as soon as possible ...;
    /// at the latest"): an entry titled "Escalation deadline" a week ahead had said otherwise (a chat review, round 21, F7).
    var dateIsTheLatest: Bool { route.risk == .immediate && (route.deadlineBasis?.hasPrefix("as soon as possible") ?? false) }

    /// Whether the day to work to had already passed when the record was made.
    public var calendarDayPassed: Bool { calendarDay.map { $0 < created.day } ?? false }

    /// The day the entry goes on: the day to work to, or the record's own day where that has passed, as a reminder that the
    /// time is up; an entry in the past reminds no one (a chat review, round 16, 2026-12-01).
    var entryDay: Day? { calendarDayPassed ? created.day : calendarDay }

    /// What the chat says of the entry: its day and file, and where the date has passed, that it has, what the route says to
    /// do, and that the entry is for today instead (a chat review, round 16, 2026-12-01: a date three weeks gone was saved
    /// with no word). Nil where there is no deadline.
    public var calendarLines: [String]? {
        guard let day = calendarDay, let name = calendarFileName else { return nil }
        guard calendarDayPassed else {
            return ["Calendar entry for \(day.spoken)\(dateIsTheLatest ? ", the latest date: act as soon as possible, before it" : ""): \(name)."]
        }
        return ["The date to work to, \(day.spoken), has already passed, so the calendar entry is for today, \(created.day.spoken), as a reminder: \(name)."]
            + [route.deadlinePassedNote].compactMap { $0 }
    }

    /// A calendar entry on the day to work to, so the practitioner is reminded to check the outcome.
    public var calendarEntry: String? {
        guard let day = entryDay else { return nil }
        let date = day.description.replacingOccurrences(of: "-", with: "")
        let next = day.adding(days: 1).description.replacingOccurrences(of: "-", with: "")
        let utc = created.utcFromUKTime
        let stamp = utc.day.description.replacingOccurrences(of: "-", with: "") + "T" + Moment.clockText(utc.minute).replacingOccurrences(of: ":", with: "") + "00Z"
        let what = route.stage.map { "\($0.label)" } ?? route.outcome.rawValue
        let summary = calendarDayPassed ? "Escalation deadline passed on \(calendarDay!.spoken)"
            : dateIsTheLatest ? "Escalation as soon as possible, at the latest by this date" : "Escalation deadline"
        return [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//IntakeBot//Escalation deadline//EN", "BEGIN:VEVENT",
            "UID:intakebot-\(policyID)-\(date)-\(stamp)", "DTSTAMP:\(stamp)",
            "DTSTART;VALUE=DATE:\(date)", "DTEND;VALUE=DATE:\(next)",
            CaseRecord.icsFolded("SUMMARY:" + CaseRecord.icsEscaped("\(summary): \(what) (\(policyName))")),
            CaseRecord.icsFolded("DESCRIPTION:" + CaseRecord.icsEscaped(calendarDescription)),
            "END:VEVENT", "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
    }

    /// What the entry says, in the route's own words: the date to work to and each reading with what it counts from, so no
    /// reading is called "the policy's time" where the route gives two as equal (an outside routing review, round 18,
    /// 2026-12-01), never "today", as it is read later; where the date had passed when it was made, what the route said to do
    /// then; whom to contact, and whom to notify (a chat review, round 17, 2026-12-01, finding 9: the Notify line was dropped).
    var calendarDescription: String {
        var parts = ["Check the outcome of the escalation."] + timeWording
        if calendarDayPassed, let note = route.deadlinePassedNote { parts.append(note) }
        parts.append("Contact: \(route.contact.summary).")
        parts += route.notifyWording.map { "Notify: \($0)." }
        return parts.joined(separator: " ")
    }

    /// The route's time as its lines say it, without "today": "Work to" and the readings, or "By" and any other reading; where
    /// the date to work to comes from a note, that note.
    var timeWording: [String] {
        var lines: [String] = []
        if let workTo = route.workTo, let work = route.workToWording(sayingToday: false) {
            lines.append("Work to: \(work). The readings:")
            let by = route.deadlineWording(sayingToday: false).map { "One reading: by \($0)".sentence }
            lines += [by].compactMap { $0 } + [route.otherReadingWording.map { "Another reading" + $0 }].compactMap { $0 }
            if workTo.inNote { lines += route.timeNotes.filter { $0.hasPrefix("Read ") && $0.contains(workTo.spoken) } }
            return lines
        }
        lines.append("By: " + (route.deadlineWording(sayingToday: false) ?? route.deadline?.spoken ?? "").sentence)
        if let other = route.otherReadingWording { lines.append("Another reading" + other) }
        return lines
    }

    /// A content line folded at 75 octets, each further line starting with a space, as RFC 5545 requires;
    /// never inside a character's bytes.
    static func icsFolded(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > (lines.isEmpty ? 75 : 74) {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }

    /// The calendar entry's file name, as the bot gives it, named for the day the entry is on; nil when there is no deadline.
    /// Where the date to work to had passed, the entry is a reminder on the record's day, and named so: named after the day
    /// gone, it was a file for one date holding an event on another (a chat review, round 20, F14).
    public var calendarFileName: String? {
        guard let day = entryDay else { return nil }
        return calendarDayPassed ? "escalation-reminder-\(day).ics" : "escalation-deadline-\(day).ics"
    }

    static func icsEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }
}
