/// A stage's time: the policy's reading and the other its words allow, the notes on readings earlier
/// still, and the date to work to.
extension RouteDraft {
    mutating func stageDeadline(_ stage: Stage) {
        let (main, second) = readings(of: stage)
        var reading = clock.reading(main, at: stage.position)
        if main != stage.timescale, let other = stage.otherReading {
            reading.basis += ". Read as \(other.reading), because the day it first arose is not given"
        }
        warnAssumed(reading)
        route.deadline = reading.day
        route.deadlineTime = reading.time
        let mainBeyondCalendar = beyondCalendar(reading.day, counting: main.timescale)
        route.deadlineBasis = reading.basis + mainBeyondCalendar
        // A special case that replaces whom the time's purpose names says what the time is for instead (the Isle of Man's
        // exhausted management chain: not "requested through your line manager").
        // A stage with no time has no purpose for one: the Isle of Man's exhausted chain at Stage Three was asked "By when, for
        // a conversation between peers?", Stage Two's time (a chat review, round 12, in training).
        route.deadlinePurpose = main.timescale == .unknown ? nil
            : specialCasesHere(at: stage.position).lazy.compactMap(\.timeFor).first ?? stage.timescale.purpose
        route.timescale = main.timescale == .unknown ? nil : main.timescale.phrase
        switch stage.timescale.timescale {
        // The By line says it ("not stated in the policy: ..."); a note said it again (an outside review, round 8).
        case .unknown: break
        case .agreedLocally:
            cite(stage.timescale.quote)
            // "Appropriate timescales ... should be agreed for each stage", taking in "any potential risks": by whom, the text does not say.
            route.actions.append("Agree a timescale for this stage, taking into account any risks to the \(atRisk) and the need for services, and record it.")
        default: cite(stage.timescale.quote)
        }
        // A second reading that gives the same date is no second answer, so it is not shown, unless only for want of the day it
        // was first raised (below).
        if let other = second, case let alternative = clock.reading(other.timescale, at: stage.position),
           alternative.day == nil || alternative.day != reading.day || sameOnlyForWantOfRaised(other, beside: main, stage),
           !other.earlierOnly || isEarlier(alternative.day, than: reading.day) {
            warnAssumed(alternative)
            // Said once, beside the first date past the calendar.
            var basis = alternative.basis + (mainBeyondCalendar.isEmpty ? beyondCalendar(alternative.day, counting: other.timescale.timescale) : "")
            // Counted from today as the day it arose, while the date above runs from when this stage began: from the real,
            // earlier day it comes out earlier. Where both run from the day it arose (any first stage), an earlier day moves
            // both, and it is later for its reading of the words, as its guidance says (an outside routing review, round 21,
            // F10: Pan-Cheshire's Day 1-2 beside its 48 hours was said to be later only for want of the day).
            if let second = alternative.day, let first = reading.day, second > first, facts.raised == nil, stage.position > 1,
               other.timescale.anchor == .arose, main.anchor != .arose {
                basis += ". " + AlternativeDeadline.laterBecause + " the day it was first raised is not given and \(facts.stageStartBoundsRaised == nil ? "today" : "the day this stage began") is taken for it: counted from the real day it is earlier, so give that day; until then work to the date above"
            }
            if let second = alternative.day, second == reading.day, sameOnlyForWantOfRaised(other, beside: main, stage) {
                basis += ". " + AlternativeDeadline.sameBecause + " \(facts.stageStartBoundsRaised == nil ? "today" : "the day this stage began") is taken for it: read as a running total from the real day, the time runs out earlier and may already have run out, so give that day; until then work to the date above"
            }
            if let second = alternative.day, second < facts.now.day {
                basis += ". " + AlternativeDeadline.passed + otherPassed(other, on: second, beside: reading.day, stage)
            }
            route.otherReading = AlternativeDeadline(reading: other.reading, deadline: alternative.day, basis: basis, time: alternative.time, weaker: other.weaker,
                                                     passed: alternative.day.map { $0 < facts.now.day } ?? false)
            cite(other.timescale.quote)
        }
        // A third reading (Pan-Cheshire's "Day 8-13" counted as calendar days, which the heading does not rule out) is said
        // only where it is the earliest, and is then the date to work to unless the words argue against it, as README
        // promises (a chat review, round 10, item 7: the note said an earlier date than the one headlined).
        let also = alsoReadingNote(stage)
        route.workTo = workTo(noted: also.flatMap { $0.weaker && !hastened ? nil : $0.day }, weakerNoted: also?.weaker == true && !hastened)
        if let note = policy.timescalesNote, stage.timescale.timescale.isFixed { act(note) }
        route.deadlineIsToday = route.deadline == facts.now.day
        if let due = route.deadline, due < facts.now.day {
            route.deadlinePassed = true
            if stage.position == policy.stages.count {
                // The last stage has no stage after it: "escalate" would send the practitioner looking for one. Nor is there
                // always a decision to chase: one who has just reached the stage has not yet taken its steps (a chat review,
                // round 12, 2026-11-30: "chase the decision ... who emails the referral form" before any form was sent).
                warnAboutTime("The time the policy gives for \(stage.label) ran out on \(due.spoken). It is the policy's last stage, so there is no further stage to escalate to: \(Self.lastStageLate), and keep the \(atRisk) safe meanwhile (not from the policy)")
            } else {
                // One reading's date, where another reading's is later: said as that reading's, not as fact (round 11).
                let later = route.otherReading?.deadline.map { $0 > due } == true
                warnAboutTime("\(later ? "Read as the first date above, the" : "The") time the policy gives for \(stage.label) ran out on \(due.spoken): \(whenPassed(stage))")
            }
            route.deadlinePassedNote = route.timeNotes.last
        }
    }}

extension RouteDraft {
    static let lastStageLate = "take this stage's steps now if they are not yet taken, or follow up their outcome now if they are"

    /// What follows "That date has already passed" for the second reading. Where the stage's own date is still ahead
    /// the two readings disagree, so the route says so and leaves the choice to escalate now with the practitioner
    /// (an outside routing review, round 10, 2026-11-30: an unmarked "escalate without waiting" read as "skip this
    /// stage", beside a date a week away). At the last stage there is no stage to escalate to.
    func otherPassed(_ other: OtherReading, on day: Day, beside main: Day?, _ stage: Stage) -> String {
        if other.weaker { return AlternativeDeadline.weakerPassed(beside: main, today: facts.now.day) }
        if stage.position == policy.stages.count { return ": it is the policy's last stage, so \(Self.lastStageLate) (not from the policy)" }
        guard let main, main >= facts.now.day, !stage.timescale.oneStep else { return ": " + whenPassed(stage) }
        let up = day < facts.stageStartDay ? "was up before this stage began" : "is up"
        return ": read this way, the time \(up); read as the date above, it is not. If it is still unresolved you may escalate now rather than wait for that date (not from the policy)"
    }

    /// Whether a second reading counted from the day it was first raised (a running total: Shropshire's rising 2, 4, 5, 7 and 9
    /// working days) gives the stage's own date only because that day is not given and the day the stage began, or today, is
    /// taken for it. Counted from the real day it is earlier and may have passed, so it is said and the day asked for, as
    /// where it comes out later (Torbay, Pan-Cheshire): hidden as "the same date", it was not said at all (an outside routing
    /// review, round 23, F2).
    func sameOnlyForWantOfRaised(_ other: OtherReading, beside main: StageTimescale, _ stage: Stage) -> Bool {
        facts.raised == nil && stage.position > 1 && other.timescale.anchor == .arose && main.anchor != .arose && other.timescale.timescale.isCounted
    }

    /// Whether `day` is earlier than `other`, both given.
    func isEarlier(_ day: Day?, than other: Day?) -> Bool {
        guard let day, let other else { return false }
        return day < other
    }

    /// What to do once a stage's time has passed. Where the time is for one step of the stage, not its end (the Isle of
    /// Man's "request a conversation between peers within 2 working days"), its passing is no reason to escalate: take
    /// the step now (review round 9, 2026-11-30: "escalate without waiting" sent the practitioner on a stage early).
    /// Where the time was up before the stage began, its steps come first: "escalate without waiting" on the day a stage
    /// began read as "skip this stage", and was not marked as the tool's own (an outside routing review, round 11).
    func whenPassed(_ stage: Stage) -> String {
        if stage.timescale.oneStep {
            return "if that is not done yet, do it now: the time is for that step, not a reason to escalate (not from the policy)"
        }
        if let due = route.deadline, due < facts.stageStartDay {
            return "it was up before this stage began. Take this stage's steps now and, if they do not resolve it, escalate without waiting (not from the policy)"
        }
        return "if it is still unresolved, escalate without waiting (not from the policy)"
    }

    /// The stage's time and its other reading, in the order the route gives them. Past the first stage,
    /// a time counted from the day it arose that the practitioner has not given (Pan-Cheshire's "Day
    /// 14-19") would count a later step from today as the day it arose, so a reading counted from when
    /// the stage began, which they are asked for, leads instead.
    func readings(of stage: Stage) -> (StageTimescale, OtherReading?) {
        guard facts.raised == nil, stage.position > 1, stage.timescale.anchor == .arose, stage.timescale.timescale.isCounted,
              let other = stage.otherReading, other.timescale.anchor == .stageStarted, other.timescale.timescale.isCounted
        else { return (stage.timescale, stage.otherReading) }
        let reading = "\(stage.timescale.timescale.phrase) of the whole process, counted from the day it first arose"
        return (other.timescale, OtherReading(timescale: stage.timescale, reading: reading))
    }

    /// Said beside a date past the end of the holiday calendar, where the count could not skip a bank holiday (a chat
    /// review, round 8, 2026-11-30: Christmas 2031 was counted as a working day, and the one note said so at the foot).
    /// Not beside a time that counts no working days, which no bank holiday moves (a routing review, round 14: the note
    /// beside "the same day" and 48 clock hours taught readers to pass over the one that matters).
    func beyondCalendar(_ day: Day?, counting timescale: Timescale) -> String {
        guard let day, timescale.countsWorkingDays, !router.calendar.knows(day) else { return "" }
        return ". " + beyondCalendarWarning(day)
    }

    /// Said of a date outside the calendar's years, on the side it falls: a count from 2024 was told none were known "after
    /// 2035" (a chat review, round 18, W2).
    func beyondCalendarWarning(_ day: Day) -> String {
        let covers = router.calendar.covers
        let edge = day < covers.lowerBound ? "before \(covers.lowerBound.spoken)" : "after \(covers.upperBound.spoken)"
        return "No bank holidays are known here \(edge): any in this count were counted as working days, so check the date against that year's bank holidays"
    }

    /// Says where a date rests on a holiday whose date was assumed rather than published.
    /// Holidays assumed for the same reason are said in one note (a year's whole calendar is assumed where it was not yet
    /// published: a note for each of Good Friday and Easter Monday said the same twice).
    mutating func warnAssumed(_ reading: StageClock.Reading) {
        var reasons: [String] = []
        for holiday in reading.assumed where !reasons.contains(holiday.assumed ?? "") { reasons.append(holiday.assumed ?? "") }
        for reason in reasons {
            let holidays = reading.assumed.filter { ($0.assumed ?? "") == reason }.map { "the \($0.name) on \($0.day.spoken)" }
            let are = holidays.count == 1 ? "is an assumed date" : "are assumed dates"
            warnAboutTime("\(holidays.listed.capitalisedFirst) \(are): \(reason). Check \(holidays.count == 1 ? "it" : "them") before relying on the date")
        }
        // Taken for working days, so the date given is never later for them: what confirming them would do is said, the date
        // to work to kept (a chat review, round 23, F11).
        guard let day = reading.day, let later = reading.laterIfHolidays, !reading.countedAsWorking.isEmpty else { return }
        let counted = reading.countedAsWorking
        let holidays = counted.map { "the \($0.name) on \($0.day.spoken)" }.listed
        let why = counted.compactMap(\.assumed).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: "; ")
        let one = counted.count == 1
        warnAboutTime("\(holidays.capitalisedFirst) \(one ? "is an assumed date" : "are assumed dates"): \(why). The count to \(day.spoken) takes \(one ? "it for a working day" : "them for working days"), so that a holiday not yet confirmed does not make the date later: work to \(day.spoken). If \(one ? "it is" : "they are") confirmed, the time may run to \(later.spoken)")
    }
}

extension RouteDraft {
    /// Where a reading gives a date earlier than the route's own and it is still ahead, that date, said first: a
    /// hurried reader takes the first date they see (an outside review, 2026-11-30). One already passed is not
    /// headlined, as the route's own date is the one still to act on; its reading says it has passed; nor is a
    /// weaker reading (`OtherReading.weaker`). A date that is a day off is kept and said to be one: no policy says what
    /// happens when its time ends on a day off (an outside routing review, round 17: the working day before it was a date
    /// no reading gave).
    /// The date says where it comes from, whether a weaker reading was set aside, and whether it is today, so the
    /// line that headlines it never points at a reading that is not there (an outside review, round 8, 2026-11-30:
    /// "a weaker one aside" with none aside, and a date taken from a note said to come from "the readings here").
    func workTo(noted: Day?, weakerNoted: Bool) -> WorkTo? {
        let today = facts.now.day
        let other = route.otherReading.flatMap { $0.weaker && !hastened ? nil : $0.deadline }
        guard let due = route.deadline, let earliest = [other, noted].compactMap({ $0 }).filter({ $0 >= today }).min(),
              earliest < due else { return nil }
        var workTo = WorkTo(day: earliest, dayOff: router.calendar.dayOff(earliest))
        if workTo.dayOff != nil, case let last = router.calendar.lastWorkingDay(before: earliest), last >= today { workTo.lastWorkingDay = last }
        workTo.inNote = earliest != other
        workTo.weakerAside = (route.otherReading?.weaker == true && !hastened) || weakerNoted
        workTo.hastened = hastened
        workTo.isToday = workTo.day == today
        return workTo
    }

    /// Whether `day` is earlier than every date the route gives, where it gives one: a reading said only in a note.
    func isEarlierThanShown(_ day: Day) -> Bool {
        let shown = [route.deadline, route.otherReading?.deadline].compactMap { $0 }
        return !shown.isEmpty && shown.allSatisfy { day < $0 }
    }

    /// A stage's third reading, said where it is earlier than every date the route gives; returns its day then, and
    /// whether it is a weaker reading (never the date to work to, but set aside in choosing it).
    mutating func alsoReadingNote(_ stage: Stage) -> (day: Day, weaker: Bool)? {
        guard let also = stage.alsoReading, facts.raised != nil else { return nil }
        let reading = clock.reading(also.timescale, at: stage.position)
        guard let day = reading.day, isEarlierThanShown(day) else { return nil }
        cite(also.timescale.quote)
        // Passed, it is said as a second reading's passing is: beside a date still ahead, the choice to escalate now is the
        // practitioner's (an outside routing review, round 10).
        let passed = day >= facts.now.day ? "" : ". \(AlternativeDeadline.passed)" + otherPassed(also, on: day, beside: route.deadline, stage)
        warnAboutTime("Read \(also.reading)\(also.weaker ? " (a reading the words argue against)" : ""), the time runs out earlier still: by \(day.spoken): \(reading.basis)\(passed)")
        return (day, also.weaker)
    }
}

extension RouteDraft {
    static let hasteAnd = "as soon as possible, and "

    /// Whether the policy asks for haste at the risk given: the earlier of two readings is then worked to, even one the
    /// words argue against.
    var hastened: Bool { hasteAtImmediateRisk != nil }

    /// A stage's own time at immediate risk where the policy asks for haste in general words: "as soon as possible" first,
    /// the stage's own time kept as the outer limit, as `expeditedDeadline` says a stage's own at-risk time.
    mutating func hastenedDeadline(_ haste: Cited, _ stage: Stage) {
        stageDeadline(stage)
        guard let own = route.deadlineBasis, route.deadline != nil else { return }
        // "At risk of harm", as the weakest of the policies' words says it (Shropshire: "expedited if someone is at risk of
        // harm"), and "an adult" (a chat review, round 15: "where a adult is at immediate risk of significant harm").
        // That the policy sets no time for immediate risk is said plainly, in its own words for the haste (a chat review, round
        // 20, F2: Torbay's week headed an immediate-risk route after `continue`).
        route.deadlineBasis = "as soon as possible\(Self.hasteAsked) (\(noTimeAtImmediateRisk(haste.quote)))\(Self.atTheLatest)\(own)"
        cite(haste.quote)
    }

    /// At immediate risk on the stages (the urgent steps under way), the policy's own dated time for immediate risk heads the
    /// stage's time where it is earlier or the stage has none: B&NES's "so that the required action is taken on the same day"
    /// (000 l.54), where the route had said "By: a time agreed for this stage and recorded: the policy sets none" (a chat
    /// review, round 20, F2). Its other reading (the introduction's "within 24 hours") is kept, as on the urgent route.
    mutating func timeAtImmediateRisk() {
        guard facts.risk == .immediate, let urgent = policy.urgentRoute(for: .immediate) else { return }
        let reading = clock.urgentReading(urgent.timescale)
        guard let day = reading.day else { return undatedStageInHaste() }
        guard route.deadline.map({ day < $0 }) ?? true else { return }
        let today = facts.now.day
        let own = route.deadlineWording(sayingToday: false).map { "; this stage's own time (\($0.trimmingTrailingFullStop)) does not lengthen it" } ?? ""
        let time = day == today && reading.basis.hasPrefix("today, ") ? String(reading.basis.dropFirst("today, ".count)) : reading.basis
        route.deadline = day
        route.deadlinePurpose = nil
        route.deadlineIsToday = day == today
        route.deadlinePassed = false
        route.timescale = urgent.timescale.timescale.phrase
        route.deadlineBasis = "\(time), as the \(policy.shortName) policy says where \(atRiskWithArticle) is at risk of immediate harm: \"\(urgent.timescale.quote.withoutSourceMarkup.trimmingTrailingFullStop)\"\(own)"
        cite(urgent.timescale.quote)
        guard route.otherReading == nil, let other = urgent.otherReading else { return }
        let alternative = clock.urgentReading(other.timescale)
        route.otherReading = AlternativeDeadline(reading: other.reading, deadline: alternative.day, basis: alternative.basis)
        cite(other.timescale.quote)
    }

    /// A stage with no time of its own at immediate risk, where the policy asks for haste and sets no time: the haste is the
    /// time, and the stage's silence follows it (Torbay's Stage Five, the Isle of Man's Stage Three had "By: not stated in the
    /// policy" alone for a child at immediate risk: a chat review, round 20, F2).
    mutating func undatedStageInHaste() {
        guard route.deadline == nil, let haste = hasteAtImmediateRisk else { return }
        let own = route.deadlineBasis.map { "; this stage's own time: \($0.trimmingTrailingFullStop)" } ?? ""
        route.deadlineBasis = "as soon as possible\(Self.hasteAsked) (\(noTimeAtImmediateRisk(haste.quote)))\(own)"
        cite(haste.quote)
    }

    /// That the policy sets no time for immediate risk, and its words for the haste it asks.
    func noTimeAtImmediateRisk(_ quote: String) -> String {
        "the \(policy.shortName) policy sets no time for immediate risk; its words: \"\(quote.withoutSourceMarkup.trimmingTrailingFullStop)\""
    }

    /// Between a stage's haste at risk and its own time, kept as the outer limit: the "By:" line at immediate risk puts the
    /// haste first and the date after it (`StageDetails.deadlineWording(sayingToday:hasteFirst:)`).
    static let atTheLatest = "; at the latest, as the stage's own time counts it: "

    /// What follows an expedited stage's haste in its time ("as soon as possible, as the policy says where a child is at
    /// risk of harm"): `StageDetails.hasteBeforeDate` finds the haste by it.
    static let atRiskSays = ", as the policy says where "

    /// What follows the haste where the policy asks for haste in words of its own that name no condition of risk (Torbay's
    /// "the shortest timescale possible", said of every case; the Isle of Man's "urgently expedited", said of immediate risk of
    /// significant harm): "as the policy says where a child is at risk of harm" had put a condition in its mouth (a chat
    /// review, round 21, F8). Its words follow in brackets.
    static let hasteAsked = ", as the policy asks"

    /// "a child", "an adult".
    var atRiskWithArticle: String { (atRisk == "adult" ? "an " : "a ") + atRisk }

    /// The stage's time when someone is at risk of harm, said first, with its own time kept as the outer limit, dated
    /// and counted from what the policy counts it from, so a practitioner never gets less at risk than without it (an
    /// outside routing review, round 13: "within 48 hours of the concern arising" was dropped, and "its usual time, 48
    /// hours" read as 48 hours from now). Round 12's worry, a 48-hour window running to a Sunday given as the next step,
    /// is met by the haste said first and by the outer limit being said as one.
    mutating func expeditedDeadline(_ rule: StageAtRisk, _ stage: Stage) {
        stageDeadline(stage)
        let reading = clock.urgentReading(rule.timescale)
        var haste = reading.basis.replacingOccurrences(of: "now, ", with: "") + "\(Self.atRiskSays)\(atRiskWithArticle) is at risk of harm"
        // At immediate risk, a haste with no time is said to be one, as `hastenedDeadline` says it (round 20, F2).
        if facts.risk == .immediate, reading.day == nil { haste += " (\(noTimeAtImmediateRisk(rule.timescale.quote)))" }
        if let own = route.deadlineBasis, route.deadline != nil {
            // Its own words' "as soon as possible" (Pan-Cheshire's "as soon as possible, and within 48 hours") is said once.
            let limit = own.hasPrefix(Self.hasteAnd) ? String(own.dropFirst(Self.hasteAnd.count)) : own
            route.deadlineBasis = "\(haste)\(Self.atTheLatest)\(limit)"
        } else {
            route.deadlineBasis = haste + (route.deadlineBasis.map { "; its own time: \($0)" } ?? "")
        }
        cite(rule.timescale.quote)
    }
}
