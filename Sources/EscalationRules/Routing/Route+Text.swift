extension Route {
    /// The route as short lines for a terminal or chat, each fitting 80 columns once wrapped.
    public func lines(policy: Policy) -> [String] {
        var lines = [headline]
        // The national emergency line comes before anything else a practitioner might read past.
        let emergency = actions.filter { $0 == RouteDraft.emergencyLine }
        lines += emergency.map { "- \($0)" }
        lines += contactLines()
        for person in notify { lines.append("Notify: \(person.summary)\(person.how.map { " (by \($0))" } ?? "")") }
        if let form { lines.append(Route.formLine(form)) }
        lines += deadlineLines
        lines += actions.filter { $0 != RouteDraft.emergencyLine && !(outcome == .urgent && contact.role == nil && $0.hasPrefix(RouteDraft.agencyProceduresStart)) }
            .map { "- \($0)" }
        if let stageToPursue {
            lines.append("Then, with urgency: \(policy.stage(at: stageToPursue.position)?.heading ?? stageToPursue.label) (stage \(stageToPursue.position) of \(policy.stages.count)).")
        }
        if !record.isEmpty { lines.append("Record: " + record.joined(separator: " ")) }
        lines += warnings.map { "Note: \($0)" }
        return lines
    }

    /// The start of the warning given when contact details depend on an area not yet known.
    public static let areaNeeded = "Contact details depend on your area"

    /// Whom to contact or call, then everyone else the route names with details.
    public func contactLines() -> [String] {
        guard outcome == .stage || outcome == .urgent else { return otherContactLines }
        let label = outcome == .urgent ? "Call now: " : "Contact: "
        var line: String
        if outcome == .urgent, contact.role == nil {
            line = "Now: " + (actions.first { $0.hasPrefix(RouteDraft.agencyProceduresStart) } ?? RouteDraft.agencyProceduresStart)
        } else {
            line = label + (contact.role == nil ? "not named in the policy (see the note below)" : contact.summary)
            if let detail = Route.detail(contact) { line += " (\(detail))" }
        }
        return [line] + otherContactLines
    }

    var otherContactLines: [String] {
        otherContacts.map { other in
            let detail = Route.detail(other).map { " (\($0))" } ?? ""
            if other.note?.hasPrefix(Route.callNowIn) == true { return "  \(other.area ?? ""): \(other.summary)\(detail)" }
            return "Also: \(other.summary)\(detail)"
        }
    }

    /// How an urgent route's line for one area starts its note.
    static let callNowIn = "call now in "

    /// A contact's note and hours in brackets: "closed now; open Mon-Thu 08:30-17:00, Fri 08:30-16:30".
    static func detail(_ contact: RoutedContact) -> String? {
        var parts: [String] = []
        if let note = contact.note {
            let said = note.hasPrefix(callNowIn) ? note.split(separator: "; ", maxSplits: 1).dropFirst().first.map(String.init) : note
            if let said { parts.append(said) }
        }
        if let hours = contact.hours, !["until", "closed", "bank holiday"].contains(where: { contact.note?.contains($0) == true }) {
            switch contact.openNow {
            case true?: parts.append("open now; hours \(hours)")
            case false?: parts.append("closed now; open \(hours)")
            case nil: parts.append("today is a bank holiday, whose hours the policy does not give; weekday hours \(hours)")
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    static func formLine(_ form: RoutedForm) -> String {
        var line = "Form: \(form.name)"
        if let when = form.when { line += " - \(when)" }
        if let to = form.submitTo {
            line += ", send to \(to.summary)" + (to.isReachable ? "" : " (the policy gives no address)")
        }
        return line
    }

    /// "By: Monday 7 December 2026: 5 working days from ...", and the other reading where there is one.
    var deadlineLines: [String] {
        var lines: [String] = []
        let purpose = deadlinePurpose.map { ", for \($0)" } ?? ""
        switch (deadline, deadlineBasis) {
        case let (day?, basis?): lines.append("By: \(day.spoken)\(purpose): \(basis)".sentence)
        case let (nil, basis?): lines.append("By: \(basis)".sentence)
        case (_, nil) where outcome == .stage: lines.append("By: not stated in the policy.")
        default: break
        }
        if let other = otherReading {
            lines.append("Another reading (\(other.reading)): " + (other.deadline.map { "by \($0.spoken): " } ?? "") + other.basis.sentence)
        }
        return lines
    }

    /// The policy's own words behind the route, for the "why" a practitioner can ask for.
    public var why: [String] { citations.map { "\"\($0.quote)\" (\($0.source))" } }
}
