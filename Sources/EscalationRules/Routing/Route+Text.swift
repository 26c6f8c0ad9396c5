extension Route {
    /// The route as short lines for a terminal or chat, each fitting 80 columns once wrapped.
    public func lines(policy: Policy) -> [String] {
        var lines = [headline]
        // The national emergency line comes before anything else a practitioner might read past.
        lines += actions.filter(leads).map { "- \($0)" }
        // On an urgent route, the contacts of a stage the practitioner may choose to start at (Torbay's discretion)
        // come after what to do now: third in the route, a Business Manager's e-mail read as whom to call (an outside review, 2026-11-30).
        let forStages = outcome == .urgent ? otherContacts.filter(Self.isForAStage) : []
        var shown = self
        if !forStages.isEmpty { shown.otherContacts.removeAll(where: Self.isForAStage) }
        lines += shown.contactLines()
        lines += notifyAndFormLines
        lines += timeLines(missing: outcome == .stage ? "By: not stated in the policy." : nil, hasteFirst: risk == .immediate)
        let now = nowAction
        lines += actions.filter { !leads($0) && $0 != now }.map { "- \($0)" }
        lines += forStages.map { "For the stage you start at: \($0.summary)" + (Route.detail($0).map { " (\($0))" } ?? "") }
        if let stageToPursue { lines += stageToPursue.lines(of: policy) }
        if let recording = recordWording { lines.append("Record: " + recording) }
        lines += warnings.map { "Note: \($0)" }
        return lines
    }

    /// What the Record line says after its label: the policy's duties to record, or, where it gives none here, that it is silent.
    public var recordWording: String? {
        record.isEmpty ? recordNote : record.joined(separator: " ")
    }

    /// The lines said first, before whom to contact: the emergency line, and off an urgent route at risk the policy's own
    /// words on safeguarding procedures (B&NES at significant risk: three outside reviewers found them lost under an
    /// "URGENT" banner that the words do not give, and a stage answer must still say them first), or where the policy names
    /// no one to call, our line on them (`RouteDraft.noOneNamedToCall`).
    func leads(_ action: String) -> Bool {
        RouteDraft.leads(action) || (outcome != .urgent && risk != .none
            && (RouteDraft.nowStarts + [RouteDraft.riskStepStart]).contains { action.hasPrefix($0) })
    }

    /// A contact listed for a stage the route offers to start at ("to notify at Stage Three"), not for now.
    static func isForAStage(_ contact: RoutedContact) -> Bool {
        contact.note.map { $0.hasPrefix(atStage) || $0.hasPrefix(toNotifyAtStage) } == true
    }

    /// How the note of a contact for a stage the route offers starts: "at Stage Three", "to notify at Stage Three".
    static let atStage = "at ", toNotifyAtStage = "to notify at "

    /// The start of the warning given when contact details depend on an area not yet known.
    public static let areaNeeded = "Contact details depend on your area"

    /// On an urgent route where the policy names no one to call, what to do now, said first.
    var nowAction: String? {
        guard outcome == .urgent, contact.role == nil else { return nil }
        return actions.first { action in RouteDraft.nowStarts.contains { action.hasPrefix($0) } }
    }

    /// Whom to contact or call, then everyone else the route names with details.
    public func contactLines() -> [String] {
        guard outcome == .stage || outcome == .urgent else { return otherContactLines }
        guard outcome == .urgent else { return contactLines(label: "Contact: ") }
        // "Call now" is for immediate risk: at significant risk no policy says now (a chat review, round 20, F9).
        guard contact.role == nil else { return contactLines(label: risk == .immediate ? "Call now: " : "Contact: ") }
        let label = risk == .significant ? "Alongside the escalation: " : "Now: "
        return [label + (nowAction ?? RouteDraft.agencyProceduresStart)] + otherContactLines
    }

    /// How an urgent route's line for one area starts its note: at immediate risk, and at significant risk.
    static let callNowIn = "call now in ", contactIn = "contact in "
    static let byArea = [callNowIn, contactIn]

    /// How the note of a front door's out-of-hours team starts at significant risk while the front door is open. While it is
    /// shut the team comes first, and the conditional "do not wait for the front door to open if the child may be at
    /// significant risk before then" is gone: the practitioner has said the child is (an outside routing review, round 24, F1).
    static let onceClosed = "out of hours, once the front door has closed"

    /// How the note of an out-of-hours team starts when the daytime line above it is about to close:
    /// such a team is a "Call now" number too (not from the policy).
    static let ifNoAnswer = "if the line above does not answer"

    /// The caveats every area's line would otherwise repeat: said once, on the "Call now" line. "When to call it": the numbers
    /// are the policy's (Appendix B), and "not from the policy" alone had read as if they were the tool's own (a chat review,
    /// round 21, F9).
    static let sharedCaveats = [noHoursCaveat]
    static let noHoursCaveat = "; when to call it is not from the policy, which lists this team beside the daytime number and gives it no hours"

    /// A contact's note and hours in brackets: "closed now; open Mon-Thu 08:30-17:00, Fri 08:30-16:30".
    static func detail(_ contact: RoutedContact) -> String? {
        var parts: [String] = []
        if let note = contact.note {
            let said = byArea.contains(where: note.hasPrefix) ? note.split(separator: "; ", maxSplits: 1).dropFirst().first.map(String.init) : note
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

    /// "Form: Appendix A - when the resolution is reached, send to ...": the route's line, and the record's.
    public static func formLine(_ form: RoutedForm) -> String {
        var line = "Form: \(form.name)"
        if let when = form.when { line += " - \(when)" }
        if let to = form.submitTo {
            line += ", send to \(to.summary)" + (to.isReachable ? "" : " (the policy gives no address)")
        }
        return line
    }

    /// The route's time as the route words it, where it gives more than one date: the date to work to, then each
    /// reading with what it counts from and whether it has passed. A practice round explains a marked date with it.
    public var timeWording: [String] { timeLines(missing: nil) }

    /// The policy's own words behind the route, for the "why" a practitioner can ask for.
    public var why: [String] { citations.map(\.why) }
}

extension PursuedStage {
    /// How the stage's own time is introduced beside an urgent route: a limit, never a reason to wait.
    static let outerLimit = "Its own time, an outer limit only, not a reason to wait: "

    /// "Next stage to pursue: Step 1: ... (stage 2 of 4).", then the stage's own details, indented.
    func lines(of policy: Policy) -> [String] {
        let heading = policy.stage(at: position)?.heading ?? label
        var lines = contactLines() + notifyAndFormLines
        lines += outerLimitOnly
            ? timeLines(dated: Self.outerLimit + "by ", undated: "Its own time: ", missing: "Its own time: not stated in the policy.",
                        workingTo: Self.outerLimit + (hasteBeforeDate.isEmpty ? "work to " : ""))
            : timeLines(missing: "By: not stated in the policy.")
        lines += actions.map { "- \($0)" }
        return ["\(lead): \(heading) (stage \(position) of \(policy.stages.count))."]
            + lines.map { "  " + $0 }
    }
}
