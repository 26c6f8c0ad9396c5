import Testing
@testable import EscalationRules

/// Each timescale's basis, from the policies' own words: what it runs from, how its days count, and
/// how it reads when it lands on a day off.
@Suite("When each stage's time runs out")
struct StageClockTests {
    // MARK: The stage clock: from when the current stage began

    @Test("Torbay Stage 3, begun today, last week, and on a bank holiday", arguments: [
        // "One additional week of the issues not being resolved at Stage 2 (5 working days)"
        ("2026-11-23", "2026-11-23T10:00", "2026-11-30"),
        ("2026-11-16", "2026-11-23T10:00", "2026-11-23"),
        // Stage 2 ended on Christmas Day: Boxing Day (observed) and New Year's Day are skipped too.
        ("2026-12-25", "2026-12-29T10:00", "2027-01-05"),
    ])
    func torbayStageThree(_ started: String, _ now: String, _ due: String) {
        let route = Bundled.route("torbay", .make(tried: 2, raised: "2026-10-01", stageStarted: started, now: now))
        #expect(route.deadline == .on(due))
        #expect(route.deadlineBasis?.hasPrefix("5 working days from \(Day.on(started).spoken), when Stage Two ended without agreement") == true)
    }

    @Test("with no day given for the stage's start, the route counts from today and says so") func stageStartAssumed() {
        let route = Bundled.route("torbay", .make(tried: 2, raised: "2026-11-02", stageStarted: nil))
        #expect(route.deadline == .on("2026-11-30"))
        #expect(route.deadlineBasis == "5 working days from today, Monday 23 November 2026, taken as the day Stage Two ended without agreement (give the day if it was earlier)")
    }

    @Test("with no day given for when it arose, the route counts from today and says so") func aroseAssumed() {
        let route = Bundled.route("shropshire", .make(tried: 0, raised: nil))
        #expect(route.deadlineBasis == "2 working days from today, Monday 23 November 2026, taken as the day it was first raised (give the day if it was earlier)")
    }

    @Test("the first stage's time runs from the day it arose, whatever day it is now") func firstStageFromArising() {
        let route = Bundled.route("isle-of-man", .make(tried: 0, raised: "2026-11-18", now: "2026-11-23T10:00"))
        // "Initial attempts to resolve the disagreement within 1 working day should be made"
        #expect(route.deadline == .on("2026-11-19"))
        #expect(route.deadlineBasis == "1 working day from Wednesday 18 November 2026, when it was first raised")
        #expect(route.deadlinePurpose == "initial attempts to resolve it")
        #expect(route.warnings.contains { $0.contains("ran out on Thursday 19 November 2026") })
    }

    // MARK: Torbay's week

    @Test("Torbay's week is 5 working days, so two additional weeks skip Christmas and New Year") func torbayWeeks() {
        // "One week of the issues being raised (5 working days)"; "Two additional weeks of the issues not being reached at Stage 3"
        let route = Bundled.route("torbay", .make(tried: 3, raised: "2026-11-02", stageStarted: "2026-12-18", now: "2026-12-18T10:00"))
        #expect(route.deadline == .on("2027-01-06"))
        #expect(route.deadline != .on("2027-01-01"))
        #expect(route.deadlineBasis == "10 working days from Friday 18 December 2026, when Stage Three ended without agreement: 2 weeks, and the policy's week is 5 working days. Bank holidays not counted: Christmas Day on Friday 25 December 2026, Boxing Day (observed) on Monday 28 December 2026 and New Year's Day on Friday 1 January 2027")
    }

    // MARK: Pan-Cheshire's days, the day it arose being Day 1

    @Test("Pan-Cheshire's Day 8-13 ends on Day 13, the day it arose being Day 1") func cheshireDayOne() {
        // Arose Monday 23 November: Day 1. Day 13 is twelve working days later, Wednesday 9 December.
        let route = Bundled.route("pan-cheshire", .make(tried: 2, raised: "2026-11-23", stageStarted: "2026-12-01", now: "2026-12-01T10:00", area: "halton"))
        #expect(route.deadline == .on("2026-12-09"))
        #expect(route.deadlineBasis == "Day 13, the end of this stage's Days 8 to 13, counting working days with Monday 23 November 2026 as Day 1 (the day it arose)")
    }

    @Test("arising on a Saturday, Day 1 is the Monday after") func cheshireWeekendArising() {
        let route = Bundled.route("pan-cheshire", .make(tried: 3, raised: "2026-11-21", now: "2026-12-01T10:00", area: "halton"))
        // Day 19 from Monday 23 November as Day 1.
        #expect(route.deadline == .on("2026-12-17"))
        #expect(route.deadlineBasis?.contains("with Monday 23 November 2026 as Day 1 (the first working day after it arose on Saturday 21 November 2026)") == true)
    }

    @Test("Pan-Cheshire Step 1 runs 5 working days from the line manager being told; the heading's Day 3-7 is the other reading") func cheshireStepOne() {
        // "Line Manager's should seek resolution within 5 working days of being notified of the escalation."
        let route = Bundled.route("pan-cheshire", .make(tried: 1, raised: "2026-11-16", stageStarted: "2026-11-19", now: "2026-11-19T10:00", area: "halton"))
        #expect(route.deadline == .on("2026-11-26"))
        #expect(route.deadlineBasis == "5 working days from Thursday 19 November 2026, when the stage 'Professionals resolving disagreements' ended without agreement and your line manager was notified of the escalation")
        #expect(route.otherReading?.deadline == .on("2026-11-24"))
        #expect(route.otherReading?.reading == "by the heading's Day 3-7 of the whole process")
    }

    // MARK: Clock timescales

    @Test("48 hours from a Friday end on a Sunday, and the route says so plainly") func fortyEightHoursToSunday() {
        // "The discussion should take place as soon as possible, and within 48 hours of the concern arising."
        let route = Bundled.route("pan-cheshire", .make(tried: 0, raised: "2026-11-27", now: "2026-11-27T10:00", area: "halton"))
        #expect(route.deadline == .on("2026-11-29"))
        #expect(route.deadlineBasis == "as soon as possible, and within 48 hours of when it arose (Friday 27 November 2026, when it was first raised): by 10:00 on Sunday 29 November 2026 at the latest: it arose today, no later than 10:00, and the 48 hours end earlier if it arose earlier. That is a Sunday, not a working day: the 48 hours are clock hours, and the policy makes no allowance for days off. The last working day before it is Friday 27 November 2026")
        // The heading "Day 1-2" is the other reading: Day 2 is the Monday.
        #expect(route.otherReading?.deadline == .on("2026-11-30"))
    }

    @Test("48 hours from a day with no time of day: the time it arose is not known, so the route says so, and says when they may already have run out") func fortyEightHoursNoTime() {
        // "within 48 hours of the concern arising"; --raised takes a date only. The reviewer's run: raised Monday 2 March, now 10:00 Wednesday 4 March.
        let route = Bundled.route("pan-cheshire", .make(tried: 0, raised: "2026-03-02", now: "2026-03-04T10:00", area: "halton"))
        #expect(route.deadline == .on("2026-03-04"))
        #expect(route.deadlineBasis == "as soon as possible, and within 48 hours of when it arose (Monday 2 March 2026, when it was first raised): by the time of day it arose, on Wednesday 4 March 2026 (only the day is known here); the end of Wednesday 4 March 2026 at the very latest. If it arose before 10:00 on Monday 2 March 2026, the 48 hours have already run out")
        #expect(route.deadlineBasis?.contains("same time of day") == false)
    }

    @Test("48 hours can end on Christmas Day") func fortyEightHoursToChristmas() {
        let route = Bundled.route("pan-cheshire", .make(tried: 0, raised: "2026-12-23", now: "2026-12-23T10:00", area: "halton"))
        #expect(route.deadline == .on("2026-12-25"))
        #expect(route.deadlineBasis?.contains("That is Christmas Day, a bank holiday, not a working day") == true)
    }

    // MARK: The Isle of Man's own calendar

    @Test("the Isle of Man skips its TT Bank Holiday and Tynwald Day", arguments: [
        // Stage One "within 1 working day", arising the day before the TT Bank Holiday (Friday 5 June 2026).
        (0, "2026-06-04", nil as String?, "2026-06-08"),
        // Stage Two "within 2 working days" from Friday 3 July 2026, Tynwald Day being Monday 6 July.
        (1, "2026-06-29", "2026-07-03", "2026-07-08"),
    ])
    func isleOfManCalendar(_ tried: Int, _ raised: String, _ started: String?, _ due: String) {
        let route = Bundled.route("isle-of-man", .make(tried: tried, raised: raised, stageStarted: started, now: "2026-07-03T10:00"))
        #expect(route.deadline == .on(due))
    }

    @Test("a count over a TT Bank Holiday whose date is assumed takes it for a working day and says so") func assumedTTDay() {
        // Appendix 1: "Initial attempts to resolve the disagreement within 1 working day should be made". The assumed day never
        // makes the date later (a chat review, round 23, F11: it had given Monday 14 June).
        let route = Bundled.route("isle-of-man", .make(tried: 0, raised: "2027-06-10", now: "2027-06-10T15:00"))
        #expect(route.deadline == .on("2027-06-11"))
        #expect(route.deadlineBasis == "1 working day from Thursday 10 June 2027, when it was first raised. Counted as a working day: Friday 11 June 2027, the TT Bank Holiday's assumed date; if the holiday is on that day, the time runs to Monday 14 June 2027")
        #expect(route.warnings.contains { $0.hasPrefix("The TT Bank Holiday on Friday 11 June 2027 is an assumed date: the Friday of TT race week") })
        // A count that ends a week before it does not: published on the 4th, it would make the date later, not earlier
        // (an outside routing review, round 21, F15: the note beside dates it does not touch).
        let before = Bundled.route("isle-of-man", .make(tried: 0, raised: "2027-06-03", now: "2027-06-03T15:00"))
        #expect(before.deadline == .on("2027-06-04"))
        #expect(!before.warnings.contains { $0.contains("assumed date") })
        #expect(before.deadlineBasis == "1 working day from Thursday 3 June 2027, when it was first raised")
    }

    @Test("the basis names the bank holidays a count of working days skipped") func skippedHolidaysNamed() {
        // "One week of the issues being raised (5 working days)", raised Monday 21 December 2026.
        let route = Bundled.route("torbay", .make(tried: 1, raised: "2026-12-21", stageStarted: "2026-12-23", now: "2026-12-24T15:00"))
        #expect(route.deadline == .on("2026-12-30"))
        #expect(route.deadlineBasis == "5 working days from Monday 21 December 2026, when it was first raised. Bank holidays not counted: Christmas Day on Friday 25 December 2026 and Boxing Day (observed) on Monday 28 December 2026")
    }

    // MARK: Two readings

    @Test("Shropshire's flowchart times: per stage first, counted from the start as the other reading") func shropshireTwoReadings() {
        // "Stage 3 within 5 working days"; "The timescales stated are maximum timescales."
        let route = Bundled.route("shropshire", .make(tried: 2, raised: "2026-11-09", stageStarted: "2026-11-23"))
        #expect(route.deadline == .on("2026-11-30"))
        #expect(route.deadlineBasis == "5 working days from Monday 23 November 2026, when Stage 2 ended without agreement")
        #expect(route.otherReading?.deadline == .on("2026-11-16"))
        #expect(route.otherReading?.basis == "5 working days from Monday 9 November 2026, when it was first raised. That date has already passed: read this way, the time was up before this stage began; read as the date above, it is not. If it is still unresolved you may escalate now rather than wait for that date (not from the policy)")
        #expect(route.actions.contains("The timescales stated are maximum timescales."))
        let lines = route.lines(policy: Bundled.policy("shropshire"))
        #expect(lines.contains { $0.hasPrefix("Another reading, earlier (counted from when it was first raised") && $0.contains("by Monday 16 November 2026") })
    }

    @Test("Torbay Stage 3: a week from when Stage 2 ended; as a running total from when it was first raised, the other reading") func torbayRunningTotal() {
        // "Stages 1/2: One week of the issues being raised (5 working days)"; "Stage 3: One additional week of the issues not
        // being resolved at Stage 2 (5 working days)"
        let route = Bundled.route("torbay", .make(tried: 2, raised: "2026-12-07", stageStarted: "2026-12-28", now: "2026-12-29T10:00"))
        #expect(route.deadline == .on("2027-01-05"))
        #expect(route.otherReading?.deadline == .on("2026-12-21"))
        #expect(route.otherReading?.reading.hasPrefix("as a running total") == true)
        #expect(route.otherReading?.basis.hasPrefix("10 working days from Monday 7 December 2026, when it was first raised") == true)
    }

    @Test("Torbay Stage 4: two weeks of 5 working days; as 14 calendar days, the other reading, which can end on a bank holiday") func torbayCalendarWeeks() {
        // Easter 2027 is Sunday 28 March: Good Friday 26 March and Easter Monday 29 March are skipped by the first reading only.
        // "Stage 4: Two additional weeks of the issues not being reached at Stage 3": the only row that does not say "(5 working days)".
        let route = Bundled.route("torbay", .make(tried: 3, raised: "2027-02-22", stageStarted: "2027-03-22", now: "2027-03-25T13:00"))
        #expect(route.deadline == .on("2027-04-07"))
        #expect(route.otherReading?.deadline == .on("2027-04-05"))
        #expect(route.otherReading?.basis == "14 days from Monday 22 March 2027, when Stage Three ended without agreement")
        // Fourteen days from Friday 18 December 2026 end on Friday 1 January, and the route says so plainly.
        let newYear = Bundled.route("torbay", .make(tried: 3, raised: "2026-11-02", stageStarted: "2026-12-18", now: "2026-12-18T10:00"))
        #expect(newYear.otherReading?.basis == "14 days from Friday 18 December 2026, when Stage Three ended without agreement. That is New Year's Day, a bank holiday, not a working day. The last working day before it is Thursday 31 December 2026")
    }

    @Test("Pan-Cheshire Steps 2 and 3: Day 13 and Day 19 of the whole process; their six days as a length from the step's start, the other reading", arguments: [
        // "Step 2: Designated Safeguarding Leads (Day 8-13)", arising Monday 26 April 2027, Step 1 ending Tuesday 4 May.
        (2, "2027-04-26", "2027-05-04", "2027-05-13", "2027-05-12"),
        // "Step 3: Delegated Safeguarding Partners (Day 14-19)", arising Monday 12 April 2027, Step 2 ending Tuesday 4 May.
        (3, "2027-04-12", "2027-05-04", "2027-05-07", "2027-05-12"),
    ])
    func cheshireLengths(_ tried: Int, _ raised: String, _ started: String, _ due: String, _ other: String) {
        let route = Bundled.route("pan-cheshire", .make(tried: tried, raised: raised, stageStarted: started, now: "2027-05-06T10:00", area: "warrington"))
        #expect(route.deadline == .on(due))
        #expect(route.otherReading?.deadline == .on(other))
        #expect(route.otherReading?.basis.hasPrefix("6 working days from Tuesday 4 May 2027, when Step \(tried - 1) ended without agreement") == true)
    }

    // It arose no later than the step before ended: Day 13 or 19 is counted from that day, the latest it can be, not from today
    // (an outside routing review, round 19, 2026-12-01, D2).
    @Test("Pan-Cheshire Steps 2 and 3 with no day it arose: the step's six days from when the step before ended lead, and Day 13 or 19 from an assumed day is the other reading, said as assumed", arguments: [
        // "Step 2: Designated Safeguarding Leads (Day 8-13)"; Step 1 ended Monday 2 March 2026.
        (2, "2026-03-10", "2026-03-18", "Step 1", "Day 13, the end of this stage's Days 8 to 13"),
        // "Step 3: Delegated Safeguarding Partners (Day 14-19)"; Step 2 ended Monday 2 March 2026.
        (3, "2026-03-10", "2026-03-26", "Step 2", "Day 19, the end of this stage's Days 14 to 19"),
    ])
    func cheshireNoDayArose(_ tried: Int, _ due: String, _ other: String, _ previous: String, _ day: String) {
        let route = Bundled.route("pan-cheshire", .make(tried: tried, raised: nil, stageStarted: "2026-03-02", now: "2026-03-04T10:00", area: "halton"))
        #expect(route.deadline == .on(due))
        #expect(route.deadlineBasis?.hasPrefix("6 working days from Monday 2 March 2026, when \(previous) ended without agreement") == true)
        #expect(route.deadlineBasis?.contains("the day it first arose is not given") == true)
        #expect(route.otherReading?.deadline == .on(other))
        #expect(route.otherReading?.reading.contains("counted from the day it first arose") == true)
        #expect(route.otherReading?.basis.hasPrefix("\(day), counting working days with Monday 2 March 2026 as Day 1, when \(previous) ended without agreement, taken as the day it was first raised, which is not given and was no later (give that day: counted from it, the date is earlier). It comes out later than the date above only because") == true)
    }

    @Test("Pan-Cheshire, no day given for either: each reading says what it assumes, and the step's own length leads") func cheshireNothingGiven() {
        // "Step 3: Delegated Safeguarding Partners (Day 14-19)", the reviewer's run: --tried 3 --now 2026-03-04T10:00.
        let route = Bundled.route("pan-cheshire", .make(tried: 3, raised: nil, stageStarted: nil, now: "2026-03-04T10:00"))
        #expect(route.deadline == .on("2026-03-12"))
        #expect(route.deadlineBasis?.contains("(give the day if it was earlier)") == true)
        #expect(route.otherReading?.deadline == .on("2026-03-30"))
        #expect(route.otherReading?.basis.contains("taken as the day it was first raised (give the day if it was earlier). It comes out later than the date above only because") == true)
    }

    @Test("a Day window counted from an assumed day asks for the day, as every other count does") func cheshireDayWindowAssumed() {
        // "Step 1: Line Manager to Line Manager (Day 3-7)", the other reading at Step 1.
        let route = Bundled.route("pan-cheshire", .make(tried: 1, raised: nil, stageStarted: "2026-03-03", now: "2026-03-04T10:00", area: "halton"))
        #expect(route.deadlineBasis?.hasPrefix("5 working days from Tuesday 3 March 2026") == true)
        #expect(route.otherReading?.basis.hasPrefix("Day 7, the end of this stage's Days 3 to 7, counting working days with Tuesday 3 March 2026 as Day 1, when the stage 'Professionals resolving disagreements' ended without agreement, taken as the day it was first raised, which is not given and was no later (give that day: counted from it, the date is earlier). It comes out later than the date above only because") == true)
        // Arising given, the window counts from it and leads as before.
        let given = Bundled.route("pan-cheshire", .make(tried: 3, raised: "2026-02-02", stageStarted: "2026-03-02", now: "2026-03-04T10:00", area: "halton"))
        #expect(given.deadlineBasis?.hasPrefix("Day 19") == true)
    }

    @Test("Isle of Man Stage One: by the next working day; within the working day it arose, the other reading") func isleOfManSameDay() {
        // "Initial attempts to resolve the disagreement within 1 working day should be made", arising the Thursday before Good Friday.
        let route = Bundled.route("isle-of-man", .make(tried: 0, raised: "2027-03-25", now: "2027-03-25T16:59"))
        #expect(route.deadline == .on("2027-03-30"))
        #expect(route.otherReading?.deadline == .on("2027-03-25"))
        #expect(route.otherReading?.basis == "the same working day as Thursday 25 March 2027, when it was first raised")
    }

    @Test("Isle of Man Stage One arising on a day off: within the working day it arose is the next Manx working day, which is the 1 working day reading, so no second line", arguments: [
        // "Initial attempts to resolve the disagreement within 1 working day should be made": a Saturday, Christmas Day, Tynwald Day.
        ("2026-03-07T23:00", "2026-03-09"), ("2026-12-25T10:00", "2026-12-29"), ("2027-07-05T10:00", "2027-07-06"),
    ])
    func isleOfManDayOff(_ now: String, _ due: String) {
        let route = Bundled.route("isle-of-man", .make(tried: 0, raised: nil, now: now))
        #expect(route.deadline == .on(due))
        #expect(route.otherReading == nil)
        #expect(!route.lines(policy: Bundled.policy("isle-of-man")).contains { $0.contains("not a working day") && $0.hasPrefix("Another reading") })
    }

    @Test("the working day it arose, on a day off, is the next working day, and the reading says why") func sameWorkingDaySaysWhy() {
        let facts = Facts.make(tried: 0, raised: "2027-07-05", now: "2027-07-05T10:00")
        let clock = StageClock(router: Router(policy: Bundled.policy("isle-of-man"), calendar: Bundled.isleOfMan), facts: facts)
        let reading = clock.reading(StageTimescale(.sameWorkingDay, quote: "within 1 working day"), at: 1)
        #expect(reading.day == .on("2027-07-06"))
        #expect(reading.basis == "the next working day, Tuesday 6 July 2027, because Monday 5 July 2027, when it was first raised, is Tynwald Day, a bank holiday, not a working day")
        let weekday = StageClock(router: Router(policy: Bundled.policy("isle-of-man"), calendar: Bundled.isleOfMan), facts: .make(tried: 0, raised: "2027-07-06", now: "2027-07-06T10:00"))
        #expect(weekday.reading(StageTimescale(.sameWorkingDay, quote: ""), at: 1).basis == "the same working day as Tuesday 6 July 2027, when it was first raised")
    }

    @Test("Isle of Man Stage Two: 2 working days from when Stage One ended; counted from when it was first raised, the other reading") func isleOfManFromArising() {
        // "If unresolved speak with your line manager or safeguarding lead as appropriate and request a conversation between
        // peers within 2 working days." Tynwald Day, Monday 5 July 2027, is not a working day.
        let route = Bundled.route("isle-of-man", .make(tried: 1, raised: "2027-07-01", stageStarted: "2027-07-02", now: "2027-07-02T16:00"))
        #expect(route.deadline == .on("2027-07-07"))
        #expect(route.otherReading?.deadline == .on("2027-07-06"))
        #expect(route.otherReading?.reading == "counted from when it was first raised")
    }

    @Test("B&NES immediate harm: the same day; the introduction's 24 hours, the other reading, with its date") func bathTwentyFourHours() {
        // "so that the required action is taken on the same day"; the introduction: "so that the required action is taken within 24 hours"
        let route = Bundled.route("bcssp", .make(risk: .immediate, now: "2027-03-26T11:00"))
        #expect(route.deadline == .on("2027-03-26"))
        #expect(route.otherReading?.deadline == .on("2027-03-27"))
        #expect(route.otherReading?.basis == "24 hours from when the risk was identified: counted from now, until 11:00 on Saturday 27 March 2027, and earlier if it was identified earlier")
        #expect(route.lines(policy: Bundled.policy("bcssp")).contains { $0.hasPrefix("Another reading, later (the introduction's \"within 24 hours\"): by Saturday 27 March 2027") })
        #expect(!route.actions.contains { $0.contains("24 hours") })
    }

    @Test("every fixed stage route carries what the policy says of all its timescales", arguments: [("pan-cheshire", 4), ("shropshire", 5)])
    func timescalesNoteOnEveryStage(_ id: String, _ stages: Int) {
        for tried in 0..<stages {
            let route = Bundled.route(id, .make(tried: tried, area: "halton"))
            #expect(route.actions.contains { $0.contains("maximum timescales") || $0.contains("are guidelines") }, "\(id) stage \(tried + 1)")
        }
    }

    @Test("B&NES sets no time: the parties agree one") func bathAgreed() {
        let route = Bundled.route("bcssp", .make(tried: 1))
        #expect(route.deadline == nil)
        #expect(route.deadlineBasis == "a time agreed for this stage and recorded: the policy sets none")
    }

    @Test("every stage of every policy says what its time runs from") func everyStageHasABasis() {
        for policy in Bundled.library.policies {
            for tried in policy.stages.indices {
                let route = Bundled.route(policy.id, .make(tried: tried, raised: "2026-11-02", stageStarted: tried > 0 ? "2026-11-16" : nil, area: "halton"))
                let basis = route.deadlineBasis ?? ""
                #expect(!basis.isEmpty, "\(policy.id) stage \(tried + 1)")
                if route.deadline != nil {
                    #expect(basis.contains("when it was first raised") || basis.contains("ended without agreement") || basis.contains("as Day 1"),
                            "\(policy.id) stage \(tried + 1): \(basis)")
                }
            }
        }
    }
}

// MARK: Review 3, finding 4: a second reading is never later without saying why, and says when it has passed

@Suite("Second readings: later only with the reason, and passed ones said")
struct SecondReadingTests {
    // Torbay: "Stage 3: One additional week of the issues not being resolved at Stage 2 (5 working days)";
    // Pan-Cheshire: "Step 2 (Day 8-13)", "Step 3 (Day 14-19)".
    @Test("counted from today as the day it arose, a later running total says why and to work to the date above", arguments: [
        ("torbay", 2), ("pan-cheshire", 2), ("pan-cheshire", 3),
    ])
    func laterSaysWhy(_ id: String, _ tried: Int) {
        let route = Bundled.route(id, .make(tried: tried, raised: nil, now: "2026-11-25T10:00"))
        let other = try! #require(route.otherReading)
        #expect(other.deadline! > route.deadline!)
        #expect(other.basis.contains("It comes out later than the date above only because the day it was first raised is not given"), "\(other.basis)")
        #expect(other.basis.contains("until then work to the date above"))
        let text = route.lines(policy: Bundled.policy(id)).joined(separator: "\n")
        // Torbay's running total is a weaker reading (review 6), and says so.
        #expect(text.contains(other.weaker ? "Another reading, later and less likely (" : "Another reading, later ("), "\(text)")
    }

    @Test("a second reading whose date has passed says so", arguments: ["torbay", "shropshire"])
    func passedSaysSo(_ id: String) {
        let route = Bundled.route(id, .make(tried: 2, raised: "2026-11-01", stageStarted: "2026-11-20", now: "2026-11-25T10:00"))
        let other = try! #require(route.otherReading)
        #expect(other.deadline! < Day.on("2026-11-25"))
        // Torbay's running total is a weaker reading (review 6): its passing is said, but the stage's own row still gives time.
        // Shropshire's is as strong as its own, so the two disagree, and escalating now is left to the practitioner (review 10).
        let then = other.weaker ? AlternativeDeadline.stillStands
            : "read this way, the time was up before this stage began; read as the date above, it is not. If it is still unresolved you may escalate now rather than wait for that date (not from the policy)"
        #expect(other.basis.contains("That date has already passed: " + then), "\(other.basis)")
        #expect(other.weaker == (id == "torbay"))
    }

    /// Review round 8 (rc7-torbay-12): Stage Three's 5 working days from Monday 8 January 2029 end on Monday 15 January,
    /// the running total from Tuesday 2 January on Tuesday 16 January; on 1 March both have passed.
    @Test("a weaker reading passed beside a main date also passed says both have, never that time is left")
    func weakerAndMainBothPassed() throws {
        let route = Bundled.route("torbay", .make(tried: 2, raised: "2029-01-02", stageStarted: "2029-01-08", now: "2029-03-01T10:00"))
        let other = try #require(route.otherReading)
        #expect(route.deadline == .on("2029-01-15") && route.deadlinePassed && other.weaker && other.deadline == .on("2029-01-16"))
        #expect(!other.basis.contains("has not run out"), "\(other.basis)")
        #expect(other.basis.hasSuffix("That date has already passed, as has the date above: on both readings shown, the time has run out"), "\(other.basis)")
        let text = route.lines(policy: Bundled.policy("torbay")).joined(separator: " ")
        #expect(!text.contains("has not run out"))
        #expect(text.contains("ran out on Monday 15 January 2029"))
    }
}

extension SecondReadingTests {
    // B&NES: "so that the required action is taken on the same day" and the introduction's "within 24 hours".
    @Test("any later second reading says why and to work to the date above") func laterAlwaysSaysWhy() {
        let route = Bundled.route("bcssp", .make(risk: .immediate, now: "2026-11-25T10:00"))
        let line = route.lines(policy: Bundled.policy("bcssp")).first { $0.hasPrefix("Another reading") } ?? ""
        #expect(line.hasPrefix("Another reading, later ("))
        #expect(line.hasSuffix("This later date comes only from reading the policy's words another way: work to the earlier date above (not from the policy)."), "\(line)")
    }
}
