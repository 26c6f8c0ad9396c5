extension Route {
    /// The route as short lines for a terminal or chat, each fitting 80 columns once wrapped.
    public func lines(policy: Policy) -> [String] {
        var lines = [headline(policy: policy)]
        // The national emergency line comes before anything else a practitioner might read past.
        let emergency = actions.filter { $0 == RouteDraft.emergencyLine }
        lines += emergency.map { "- \($0)" }
        lines += contactLines()
        for person in notify { lines.append("Notify: \(person.summary)\(person.how.map { " (by \($0))" } ?? "")") }
        if let form {
            lines.append("Form: \(form.name)\(form.submitTo.map { " - send to \($0.summary)" } ?? "")")
        }
        lines.append(deadlineLine)
        lines += actions.filter { $0 != RouteDraft.emergencyLine }.map { "- \($0)" }
        if !record.isEmpty { lines.append("Record: " + record.joined(separator: " ")) }
        lines += warnings.map { "Note: \($0)" }
        return lines
    }

    func headline(policy: Policy) -> String {
        switch outcome {
        case .stage: return "Next: \(stage?.label ?? "") (stage \(stage?.position ?? 0) of \(policy.stages.count), \(policy.shortName))"
        case .urgent: return "URGENT: someone may be at risk of harm. Act now; do not wait for the escalation stages."
        case .outOfScope: return "This is not a matter for the \(policy.shortName) escalation policy\(contact.role.map { ": use \($0)." } ?? ".")"
        case .notCovered: return "The \(policy.shortName) policy does not cover this case."
        case .exhausted: return "Every stage of the \(policy.shortName) policy has been tried."
        }
    }

    /// The start of the warning given when contact details depend on an area not yet known.
    public static let areaNeeded = "Contact details depend on your area"

    /// Whom to contact or call, with hours and the out-of-hours fallback; `labelled` starts the
    /// first line with "Call now:" or "Contact:".
    public func contactLines(labelled: Bool = true) -> [String] {
        guard outcome == .stage || outcome == .urgent else { return [] }
        let label = labelled ? (outcome == .urgent ? "Call now: " : "Contact: ") : ""
        var line = label + (contact.role == nil ? "not named in the policy (see the note below)" : contact.summary)
        if let hours = contact.hours { line += " (open \(hours); \(Route.openPhrase(contact.openNow)))" }
        return [line] + contact.fallback.map { "Out of hours: \($0.summary)" }
    }

    static func openPhrase(_ open: Bool?) -> String {
        switch open {
        case true: return "open now"
        case false: return "closed now"
        default: return "holiday hours not stated"
        }
    }

    var deadlineLine: String {
        switch (deadline, timescale) {
        case let (day?, words?): return "By: \(day.spoken) (\(words))"
        case let (nil, words?): return "Time: \(words)"
        case (nil, nil) where outcome == .stage || outcome == .urgent: return "By: unknown - the policy sets no timescale"
        default: return "By: no deadline applies"
        }
    }

    /// The policy's own words behind the route, for the "why" a practitioner can ask for.
    public var why: [String] { citations.map { "\"\($0.quote)\" (\($0.source))" } }
}
