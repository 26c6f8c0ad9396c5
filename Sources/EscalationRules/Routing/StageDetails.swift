/// What a stage asks of a practitioner: whom to contact and notify, the form, and the time. A route
/// to a stage has them, and so does the stage an urgent route says to pursue; both print and write
/// them the same way.
public protocol StageDetails {
    var contact: RoutedContact { get }
    /// Everyone else named with details: the out-of-hours team, each area's number, support contacts.
    var otherContacts: [RoutedContact] { get }
    var notify: [RoutedContact] { get }
    var form: RoutedForm? { get }
    var deadline: Day? { get }
    /// The UK clock time on `deadline` the time ends, minutes since midnight, where it is clock hours counted from now.
    var deadlineTime: Int? { get }
    /// What the time runs from, in words.
    var deadlineBasis: String? { get }
    /// What must be done by the deadline, where it is not simply the stage.
    var deadlinePurpose: String? { get }
    var otherReading: AlternativeDeadline? { get }
    /// The earliest date the policy's words give, where a reading other than `deadline`'s is earlier.
    var workTo: WorkTo? { get }
    /// Whether `deadline` has already passed.
    var deadlinePassed: Bool { get }
    /// Whether `deadline` is the day the route is for: the "By:" line says "today" (a review, 2026-11-30: a
    /// hurried reader did not see that "By: Thursday 3 June" was today).
    var deadlineIsToday: Bool { get }
}

extension StageDetails {
    /// Whom to contact as the "Contact:" line says it after its label, with its note and hours: a record says it in the same
    /// words (a chat review, round 14, 2026-11-30: the route said "unknown (the B&NES flowchart ... is missing from the source
    /// text)" and the record "not named in the policy").
    public var contactWording: String {
        // With no role, a note says what of the policy is missing: who is unknown, not unnamed.
        let who = contact.role != nil ? contact.summary : contact.note != nil ? "unknown" : "not named in the policy (see the note below)"
        return who + (Route.detail(contact).map { " (\($0))" } ?? "")
    }

    /// "Notify: ..." without its label: whom, and how where the policy says.
    public var notifyWording: [String] {
        notify.map { "\($0.summary)\($0.how.map { " (by \($0))" } ?? "")" }
    }

    /// The stage's date as the "By:" line says it after its label: "today" where `sayingToday` and it is, "(already passed)"
    /// where it has, what it is for and what it runs from; nil where the policy gives no time. A record says it so too, without
    /// "today", as it is read later (a chat review, round 14, 2026-11-30: the record's deadline did not say it had passed).
    /// Where `hasteFirst` (immediate risk) and the time is a haste with the stage's own time as its outer limit, the haste
    /// comes first and the date after "at the latest": a date as the first word of the line read as the time there was (a
    /// chat review, round 20, F2: "By: Friday 11 December" headed Torbay's route for a child at immediate risk).
    public func deadlineWording(sayingToday: Bool, hasteFirst: Bool = false) -> String? {
        switch (deadline, deadlineBasis) {
        case let (day?, basis?):
            let purpose = deadlinePurpose.map { ", for \($0)" } ?? ""
            let date = "\(sayingToday && deadlineIsToday ? "today, " : "")\(day.spoken)\(deadlinePassed ? " (already passed)" : "")\(purpose)"
            if hasteFirst, let latest = basis.range(of: RouteDraft.atTheLatest) {
                return "\(basis[..<latest.lowerBound]); at the latest \(date): \(basis[latest.upperBound...])"
            }
            return "\(date): \(basis)"
        case let (nil, basis?): return basis
        case (_, nil): return nil
        }
    }

    /// The second reading as its line says it after "Another reading": earlier or later, and less likely where it is, the reading,
    /// its date and what it runs from, and which date to work to; nil where there is none.
    public var otherReadingWording: String? {
        guard let other = otherReading else { return nil }
        let earlier = other.deadline.flatMap { early in deadline.map { early < $0 } } == true
        let later = other.deadline.flatMap { second in deadline.map { second > $0 } } == true
        return "\(Self.kind(of: other, earlier: earlier, later: later)) (\(other.reading)): " + (other.deadline.map { "by \($0.spoken): " } ?? "")
            + other.basis.sentence + (otherReadingGuidance.map { " " + $0 } ?? "")
    }

    /// Which date to work to, said after the second reading where no "Work to" line says it and the reading itself does not
    /// (it has passed, or is later only for a day not given): the JSON's `otherReading.guidance` too, which went without it
    /// (an outside routing review, round 17, 2026-12-01).
    public var otherReadingGuidance: String? {
        guard let other = otherReading, workTo == nil, let second = other.deadline, let main = deadline else { return nil }
        if second < main, !other.basis.contains(AlternativeDeadline.passed) {
            return other.weaker ? AlternativeDeadline.weakerEarlier : "Work to the earlier date (not from the policy)."
        }
        if second > main, !other.basis.contains(AlternativeDeadline.laterBecause) {
            return "This later date comes only from reading the policy's words another way: work to the earlier date above (not from the policy)."
        }
        return nil
    }

    /// The "Work to" line after its label: any haste first, the date ("today" where `sayingToday` and it is), and why that
    /// date, with what it is where a day off; nil where there is no date to work to.
    /// The date the text route says to work to: `workTo`'s where a reading gives an earlier date still ahead, else the
    /// deadline; nil where the route gives no date ("now", or a time the policy does not state).
    public var dateToWorkTo: Day? { workTo?.day ?? deadline }

    /// The clock time on `dateToWorkTo` the time ends, where the reading that gives it is clock hours counted from now; nil
    /// where it is a day's (an outside routing review, round 21, F12: 11:00 or 22:30 was only in the prose).
    public var timeToWorkTo: Int? {
        guard let workTo else { return deadlineTime }
        return !workTo.inNote && otherReading?.deadline == workTo.day ? otherReading?.time : nil
    }

    public func workToWording(sayingToday: Bool) -> String? {
        guard let workTo else { return nil }
        return "\(hasteBeforeDate)\(sayingToday && workTo.isToday ? "today, " : "")\(workTo.spoken), \(workTo.reason())"
    }

    /// The JSON's `workTo.basis`: what the "Work to" line says beside its date, so the JSON carries the reason and its "not
    /// from the policy" too (an outside routing review, round 17, 2026-12-01: a date with no explanation at all).
    var workToBasis: String? {
        guard let workTo else { return nil }
        return (hasteBeforeDate.isEmpty ? "" : hasteBeforeDate + "this date, ") + workTo.reason(listed: .json)
    }

    /// "Contact: ..." (or `label`), then everyone else named with details.
    func contactLines(label: String = "Contact: ") -> [String] {
        var line = label + contactWording
        // Each area's line below leaves out what they would all repeat: it is said here, once.
        let areaNotes = otherContacts.filter { other in Route.byArea.contains { other.note?.hasPrefix($0) == true } }.compactMap(\.note)
        let shared = Route.sharedCaveats.filter { caveat in areaNotes.contains { $0.contains(caveat) } }
        if !shared.isEmpty {
            line += ". Every area's Emergency Duty Team below: " + shared.map { $0.dropFirst(2).replacingOccurrences(of: "call it", with: "call them").replacingOccurrences(of: "lists this team", with: "lists each team").replacingOccurrences(of: "gives it", with: "gives them") }.joined(separator: "; ") + "."
        }
        return [line] + otherContactLines
    }

    var otherContactLines: [String] {
        otherContacts.map { other in
            if Route.byArea.contains(where: { other.note?.hasPrefix($0) == true }) {
                var shown = other
                // The role every area shares, with its caveat, is on the "Call now" line above.
                if shown.role == contact.role, shown.name != nil || shown.phone != nil { shown.role = nil }
                for caveat in Route.sharedCaveats { shown.note = shown.note?.replacingOccurrences(of: caveat, with: "") }
                let detail = Route.detail(shown).map { " (\($0))" } ?? ""
                let summary = [shown.role, shown.name, shown.email, shown.phone].compactMap { $0 }.joined(separator: ", ")
                return "  \(other.area ?? ""): \(summary)\(detail)"
            }
            let detail = Route.detail(other).map { " (\($0))" } ?? ""
            if other.note?.hasPrefix(Route.ifNoAnswer) == true { return "Call now: \(other.summary)\(detail)" }
            return "Also: \(other.summary)\(detail)"
        }
    }

    /// Whom to notify, and the form.
    var notifyAndFormLines: [String] {
        notifyWording.map { "Notify: " + $0 } + (form.map { [Route.formLine($0)] } ?? [])
    }

    /// Said before the date to work to where the stage is expedited at a risk: its time begins "as soon as possible"
    /// (`RouteDraft.expeditedDeadline`).
    public var hasteBeforeDate: String {
        guard let basis = deadlineBasis, let says = basis.range(of: RouteDraft.atRiskSays) ?? basis.range(of: RouteDraft.hasteAsked + " (") else { return "" }
        return "\(basis[..<says.lowerBound]); at the latest "
    }

    /// "By: Monday 7 December 2026: 5 working days from ...", and the other reading where there is one.
    /// `dated` leads a date, `undated` a time with none; `missing` is said where there is no time at all.
    /// Where a reading gives an earlier date than the first, that date comes first, as the one to work to,
    /// and the readings follow, `workingTo` leading it; an urgent route's stage gives its outer limits, the earliest first,
    /// and no later reading (`PursuedStage`).
    func timeLines(dated: String = "By: ", undated: String = "By: ", missing: String?, hasteFirst: Bool = false,
                   workingTo: String = "Work to: ") -> [String] {
        var lines: [String] = []
        // A stage expedited at a risk says its haste before any date, so a hurried reader does not take the date for
        // the time they have (an outside routing review, round 13, on Pan-Cheshire's Step 1 at significant risk).
        if let work = workToWording(sayingToday: true) { lines.append("\(workingTo)\(work). The readings:") }
        switch (deadline, deadlineWording(sayingToday: true, hasteFirst: hasteFirst && workTo == nil)) {
        case let (_?, wording?): lines.append("\(workTo == nil ? dated : "One reading: by ")\(wording)".sentence)
        case let (nil, wording?): lines.append("\(undated)\(wording)".sentence)
        case (_, nil): if let missing { lines.append(missing) }
        }
        if let other = otherReadingWording { lines.append("Another reading" + other) }
        return lines
    }

    /// How a second reading is introduced: earlier or later, and, where the words argue against it, that it is the less
    /// likely reading. "Earlier, a weaker one" confused a hurried reader, as an earlier date reads as the stricter, stronger
    /// one (a chat review, round 10, item 10a).
    static func kind(of other: AlternativeDeadline, earlier: Bool, later: Bool) -> String {
        guard other.weaker else { return earlier ? ", earlier" : later ? ", later" : "" }
        return earlier ? ", earlier but less likely" : later ? ", later and less likely" : ", less likely"
    }

    /// Writes contact, otherContacts, notify, form, deadline, deadlineBasis, deadlinePurpose,
    /// otherReading, workTo and dateToWorkTo, in that order, into the object `writer` has open.
    func writeDetails(to writer: inout JSONWriter) {
        writer.key("contact")
        contact.write(to: &writer)
        writer.key("otherContacts")
        writer.open(.array)
        for other in otherContacts { other.write(to: &writer) }
        writer.close(.array)
        writer.key("notify")
        writer.open(.array)
        for contact in notify { contact.write(to: &writer) }
        writer.close(.array)
        writer.key("form")
        if let form { form.write(to: &writer) } else { writer.null() }
        writeTime(to: &writer)
    }

    /// Writes deadline, deadlineTime, deadlineBasis, deadlinePurpose, otherReading, workTo, dateToWorkTo and timeToWorkTo.
    func writeTime(to writer: inout JSONWriter) {
        writer.member("deadline", orNull: deadline?.description)
        writer.member("deadlineTime", orNull: deadlineTime.map(Moment.clockText))
        writer.member("deadlineBasis", orNull: deadlineBasis)
        writer.member("deadlinePurpose", orNull: deadlinePurpose)
        writer.key("otherReading")
        if let otherReading {
            writer.open(.object)
            writer.member("reading", otherReading.reading)
            writer.member("deadline", orNull: otherReading.deadline?.description)
            writer.member("deadlineTime", orNull: otherReading.time.map(Moment.clockText))
            writer.member("basis", otherReading.basis)
            writer.key("lessLikely")
            writer.bool(otherReading.weaker)
            writer.key("passed")
            writer.bool(otherReading.passed)
            writer.member("guidance", orNull: otherReadingGuidance)
            writer.close(.object)
        } else {
            writer.null()
        }
        writer.key("workTo")
        if let workTo {
            writer.open(.object)
            writer.member("deadline", workTo.day.description)
            writer.member("dayOff", orNull: workTo.dayOff)
            writer.member("lastWorkingDayBefore", orNull: workTo.lastWorkingDay?.description)
            writer.member("basis", orNull: workToBasis)
            writer.close(.object)
        } else {
            writer.null()
        }
        // The one date the text route tells the reader to work to, so a consumer that reads one field gets it: "deadline" is
        // the main reading's date, later than workTo's where there is one (an outside routing review, round 20).
        writer.member("dateToWorkTo", orNull: dateToWorkTo?.description)
        writer.member("timeToWorkTo", orNull: timeToWorkTo.map(Moment.clockText))
    }
}
