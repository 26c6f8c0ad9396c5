import Foundation
import Testing
@testable import EscalationRules

/// An outside routing review, round 17 (2026-12-01): forty cases over the five texts (`routing-cases-reviewed-15.jsonl`),
/// with a chat review's finding on the same round. Each fix is checked against the policy's own words.
@Suite("Routing review, round 17")
struct RoutingReviewRound17Tests {
    static let stageFourRecord = "The outcome of the discussion and any agreed actions should be recorded on the 'outcome of agreed actions section' of the referral form and returned back to the responsible agency who made the referral."

    /// The Record line said where the Isle of Man's text asks for no record: its only duty to record is at Stage Four.
    static let silentHere = "The Isle of Man policy does not say what to record at this stage. It says what to record only at Stage Four: \"The outcome of the discussion and any agreed actions should be recorded on the 'outcome of agreed actions section' of the referral form and returned back to the responsible agency who made the referral\"."

    static func text(_ route: Route, _ id: String) -> String { route.lines(policy: Bundled.policy(id)).joined(separator: "\n") }

    // MARK: The Isle of Man's silence on recording before Stage Four (c25, c26, c27, c29, c31, c32f)

    /// The cases' own commands: Stages One to Three, the exhausted chain, immediate risk, and an adult's conference convening.
    @Test("Isle of Man Stages One to Three say the policy does not say what to record, quoting Stage Four's duty", arguments: [
        Facts.make(tried: 0, raised: "2026-06-04", now: "2026-06-04T17:01", subject: .adult, setting: .adultSocialCare),
        Facts.make(risk: .significant, tried: 1, raised: "2026-07-01", stageStarted: "2026-07-03", now: "2026-07-03T16:45", subject: .child,
                   setting: .school, special: [.managerIsDesignatedLead]),
        Facts.make(tried: 2, raised: "2026-12-14", stageStarted: "2026-12-21", now: "2026-12-24T09:00", subject: .child, setting: .police, special: [.personAway]),
        Facts.make(tried: 2, raised: nil, now: "2027-07-05T10:00", subject: .child, setting: .other, special: [.chainExhausted]),
        Facts.make(risk: .immediate, tried: 0, raised: nil, now: "2027-06-04T12:00", subject: .child, setting: .earlyYears),
        Facts.make(with: .conferenceConvening, raised: nil, now: "2026-11-30T10:00", subject: .adult, setting: .health),
    ])
    func isleOfManRecordSilence(_ facts: Facts) throws {
        let route = Bundled.route("isle-of-man", facts)
        #expect(route.record.isEmpty)
        #expect(route.recordNote == Self.silentHere)
        #expect(route.lines(policy: Bundled.policy("isle-of-man")).contains("Record: " + Self.silentHere), "\(Self.text(route, "isle-of-man"))")
        #expect(route.citations.contains { $0.quote == Self.stageFourRecord })
        // In the JSON as a note, beside the empty list.
        #expect(route.json["record"] == .array([]))
        #expect(route.json["recordNote"]?.stringValue == Self.silentHere)
    }

    /// Before the stages tried are asked (the chat's urgent route), every stage is offered: the silence is said of the
    /// three that ask nothing, not of Stage Four, which does.
    @Test("at immediate risk before the stages tried are known, the silence names Stages One to Three") func isleOfManSilenceBeforeStagesKnown() {
        let route = Bundled.route("isle-of-man", Facts(risk: .immediate, tried: nil, raised: nil, stageStarted: nil, now: .at("2027-06-04T12:00"), subject: .child))
        #expect(route.outcome == .urgent && route.record.isEmpty)
        #expect(route.recordNote?.hasPrefix("The Isle of Man policy does not say what to record at Stage One, Stage Two and Stage Three. It says what to record only at Stage Four: ") == true,
                "\(route.recordNote ?? "nil")")
    }

    @Test("Isle of Man Stage Four keeps its own duty to record, and no note") func isleOfManStageFourRecord() {
        let route = Bundled.route("isle-of-man", .make(tried: 3, raised: "2026-12-01", stageStarted: "2026-12-23", now: "2026-12-24T16:59", subject: .adult, setting: .health))
        #expect(route.record == ["The outcome and agreed actions are recorded on the form's outcome section and returned to the referring agency."])
        #expect(route.recordNote == nil && route.json["recordNote"] == .null)
    }

    /// "Check the other policies for the same gap at any stage": every route to a stage, at every risk, in every policy, has
    /// a Record line, the policy's duty or its silence; no other policy needs the silence said.
    @Test("every stage of every policy, at every risk, has a Record line", arguments: PolicyLibrary.bundledIDs)
    func everyStageSaysWhatToRecord(_ id: String) {
        let policy = Bundled.policy(id)
        for tried in 0..<policy.stages.count {
            for risk in Risk.allCases {
                for subject in [Subject.child, .adult] where policy.covers.includes(subject) {
                    let route = Bundled.route(id, .make(risk: risk, tried: tried, raised: "2026-11-02", stageStarted: "2026-11-20", now: "2026-11-23T10:00",
                                                        subject: subject, area: "halton"))
                    #expect(route.lines(policy: policy).contains { $0.hasPrefix("Record: ") }, "\(id) stage \(tried + 1) \(risk) \(subject)")
                    if id != "isle-of-man" { #expect(route.recordNote == nil, "\(id) stage \(tried + 1) \(risk)") }
                }
            }
        }
    }

    // MARK: The Isle of Man past its last stage (c30)

    /// The Isle of Man's Stage Four: "The Independent Chair will then consult the relevant service Senior Manager and agree the
    /// next steps that should be taken." Nothing follows if they do not resolve it.
    @Test("every policy, every stage tried, says its text does not say what happens next", arguments: PolicyLibrary.bundledIDs)
    func exhaustedSaysSilence(_ id: String) {
        let policy = Bundled.policy(id)
        for risk in [Risk.none, .immediate] {
            let route = Bundled.route(id, .make(risk: risk, tried: policy.stages.count, raised: "2029-05-01", now: "2029-06-01T12:00", subject: .child))
            #expect(Self.text(route, id).contains("does not say what happens"), "\(id) \(risk)\n\(Self.text(route, id))")
        }
    }

    @Test("the Isle of Man's last stage is said to end with the next steps the Independent Chair agrees") func isleOfManAfterStageFour() {
        let route = Bundled.route("isle-of-man", .make(tried: 4, raised: "2029-05-01", now: "2029-06-01T12:00", subject: .adult, setting: .hospital))
        #expect(route.outcome == .exhausted)
        #expect(route.actions == [
            "The Independent Chair of the Safeguarding Board consults the relevant senior manager and agrees the next steps.",
            "Stage Four is the last stage: the policy does not say what happens if the next steps the Independent Chair agrees do not resolve it.",
        ])
        #expect(route.citations.contains { $0.quote == "The Independent Chair will then consult the relevant service Senior Manager and agree the next steps that should be taken." })
    }

    // MARK: Torbay Stage Four's date to work to (c12)

    /// Torbay: "Stage 4 — Two additional weeks of the issues not being reached at Stage 3". Read as 14 calendar days from
    /// Monday 14 December 2026 it ends on Monday 28 December, Boxing Day (observed); the text says nothing of days off, so
    /// that date is worked to and said to be a day off, as Pan-Cheshire's 48 clock hours ending on a Sunday are (c17).
    @Test("Torbay Stage Four works to the 14-day reading's own date, a bank holiday said as one") func torbayStageFour() throws {
        let route = Bundled.route("torbay", .make(risk: .significant, tried: 3, raised: "2026-11-16", stageStarted: "2026-12-14", now: "2026-12-23T12:00", setting: .health))
        let workTo = try #require(route.workTo)
        #expect(workTo.day == .on("2026-12-28") && route.otherReading?.deadline == .on("2026-12-28") && route.deadline == .on("2026-12-30"))
        #expect(workTo.dayOff == "Boxing Day (observed), a bank holiday")
        let text = Self.text(route, "torbay")
        #expect(text.contains("Work to: Monday 28 December 2026, the earliest date the readings below give, leaving aside a less likely reading (not from the policy: where the words allow more than one reading, the earlier is the safer). It is Boxing Day (observed), a bank holiday, not a working day: the policy does not say what happens when its time ends on a day off. The last working day before it is Thursday 24 December 2026. The readings:"), "\(text)")
        // The working day before is named beside the reading's date, never in its place (chat review 19, C4).
        #expect(!text.contains("Work to: Thursday 24 December"), "\(text)")
        // The JSON says what the text says: the reason, its "not from the policy", and the day off.
        let json = try #require(route.json["workTo"])
        #expect(json["deadline"] == "2026-12-28")
        #expect(json["dayOff"] == "Boxing Day (observed), a bank holiday")
        #expect(json["lastWorkingDayBefore"] == "2026-12-24")
        #expect(json["basis"]?.stringValue == "the earliest date the readings in deadline and otherReading give, leaving aside a less likely reading (not from the policy: where the words allow more than one reading, the earlier is the safer). It is Boxing Day (observed), a bank holiday, not a working day: the policy does not say what happens when its time ends on a day off. The last working day before it is Thursday 24 December 2026")
    }

    /// Pan-Cheshire: "within 48 hours of the concern arising". Its clock hours end on a Sunday and are kept: the same rule.
    @Test("Pan-Cheshire's 48 clock hours ending on a Sunday are kept, with the same silence said") func panCheshireHoursKept() {
        let route = Bundled.route("pan-cheshire", .make(tried: 0, raised: "2026-11-27", now: "2026-11-27T16:31", subject: .child, setting: .school, area: "cheshire-west"))
        #expect(route.deadline == .on("2026-11-29"))
        #expect(route.deadlineBasis?.hasSuffix("That is a Sunday, not a working day: the 48 hours are clock hours, and the policy makes no allowance for days off. The last working day before it is Friday 27 November 2026") == true)
    }

    /// The date to work to is always one a reading gives: its own date, the second reading's, or the one in a note. Swept
    /// over every stage of every policy, with stages begun on each day of December 2026 and of Easter 2027.
    @Test("the date to work to is always a date one of the readings gives", arguments: PolicyLibrary.bundledIDs)
    func workToIsAReadingsDate(_ id: String) {
        let policy = Bundled.policy(id)
        let starts = (0..<31).map { Day.on("2026-12-01").adding(days: $0) } + (0..<14).map { Day.on("2027-03-20").adding(days: $0) }
        for start in starts {
            for tried in 0..<policy.stages.count {
                for risk in [Risk.none, .immediate] {
                    let facts = Facts(risk: risk, tried: tried, raised: start.adding(days: -20), stageStarted: start, now: .at("\(start)T10:00"),
                                      subject: .child, area: "halton", urgentStepsTaken: risk == .immediate)
                    let route = Bundled.route(id, facts)
                    guard let workTo = route.workTo else { continue }
                    let given = [route.deadline, route.otherReading?.deadline].contains(workTo.day) || route.warnings.contains { $0.contains(workTo.day.spoken) }
                    #expect(given, "\(id) stage \(tried + 1) from \(start) \(risk): \(workTo.day)")
                    #expect((workTo.dayOff != nil) == !Bundled.library.calendar(for: policy).isWorkingDay(workTo.day))
                }
            }
        }
    }

    // MARK: Pan-Cheshire: concerns within your own agency (c24)

    /// Pan-Cheshire: "All agencies are responsible for ensuring that their staff are supported, and know how to
    /// appropriately challenge, escalate and resolve intra-agency concerns ...". It never says such concerns fall outside it.
    @Test("Pan-Cheshire's own-organisation and own-manager routes are said as a reading of its words, quoted exactly",
          arguments: [Counterpart.ownOrganisation, .ownManager])
    func panCheshireWithinAgency(_ counterpart: Counterpart) throws {
        let route = Bundled.route("pan-cheshire", .make(with: counterpart, raised: nil, now: "2026-11-30T10:00", subject: .child, setting: .school, area: "cheshire-east"))
        let quote = "All agencies are responsible for ensuring that their staff are supported, and know how to appropriately challenge, escalate and resolve intra-agency concerns"
        let source = try Paths.text(Paths.fixtures.appendingPathComponent("sources/002_898df5a600ae9220.txt"))
        #expect(source.contains(quote))
        #expect(route.headline.contains("It says \"\(quote)\": read that way"), "\(route.headline)")
        #expect(route.headline.hasSuffix("(a reading, not stated in the policy)."))
        #expect(!route.headline.contains("goes outside") && !route.headline.contains("policy says each agency"))
        #expect(route.headline.hasPrefix(counterpart == .ownManager ? "The Pan-Cheshire policy does not speak of a disagreement with your own manager."
                                                                    : "The Pan-Cheshire policy does not set out a route for a concern within your own organisation."))
        // At risk, the disagreement's own route says the same, as a reading.
        let urgent = Bundled.route("pan-cheshire", .make(risk: .immediate, with: counterpart, raised: nil, now: "2026-11-30T10:00", subject: .child, area: "cheshire-east"))
        #expect(urgent.actions.contains { $0.hasPrefix("This disagreement itself: the Pan-Cheshire policy does not") && $0.hasSuffix("(a reading, not stated in the policy).") })
    }

    // MARK: Pan-Cheshire Step 2 support in a setting it does not list (a chat review, round 17)

    /// Pan-Cheshire: "the Line Manager / Designated Safeguarding Lead should seek support from the following at Step 3:
    /// Early Years ... Schools ... College ... General Practice ... Hospital Settings". For any other setting it names no one.
    @Test("a setting Pan-Cheshire lists no support for is said plainly, with the settings it does list",
          arguments: [Setting.health, .police, .childrensSocialCare, .adultSocialCare, .other])
    func unlistedSetting(_ setting: Setting) {
        let route = Bundled.route("pan-cheshire", .make(tried: 2, raised: "2026-11-20", stageStarted: "2026-12-02", now: "2026-12-07T09:00", subject: .child,
                                                        setting: setting, area: "cheshire-east", special: [.managerIsDesignatedLead]))
        let names = ["health": "other health services", "police": "police", "childrens-social-care": "children's social care",
                     "adult-social-care": "adult social care", "other": "your setting"][setting.rawValue]!
        #expect(route.contact.role == "Your Line Manager / Designated Safeguarding Lead, who should seek support at this step; the policy names no one for \(names) (it lists schools, colleges, early years, general practice (GP) and hospitals)")
        #expect(!Self.text(route, "pan-cheshire").contains("someone the policy does not name"))
        #expect(route.actions.contains("For \(names) the policy names no one: it lists support for schools, colleges, early years, general practice (GP) and hospitals only."))
    }

    // MARK: The JSON says what the text says (the review's JSON section)

    /// B&NES: "within 24 hours" and "on the same day" (c07); the Isle of Man's "within 1 working day" read as the same
    /// working day, a reading the words argue against (c25). The guidance after each reading is in the JSON too.
    @Test("the JSON's other reading carries the text's guidance and whether it is less likely", arguments: [
        ("bcssp", Facts.make(risk: .immediate, raised: nil, now: "2026-11-27T16:50", subject: .child), false,
         "This later date comes only from reading the policy's words another way: work to the earlier date above (not from the policy)."),
        ("isle-of-man", Facts.make(tried: 0, raised: "2026-06-04", now: "2026-06-04T17:01", subject: .adult, setting: .adultSocialCare), true,
         AlternativeDeadline.weakerEarlier),
    ])
    func otherReadingGuidance(_ id: String, _ facts: Facts, _ lessLikely: Bool, _ guidance: String) throws {
        let route = Bundled.route(id, facts)
        let json = try #require(route.json["otherReading"])
        #expect(json["guidance"]?.stringValue == guidance)
        #expect(json["lessLikely"] == .bool(lessLikely))
        #expect(Self.text(route, id).contains(guidance))
    }

    /// Wherever there is a date to work to, the JSON's basis is the text's reason, word for word bar where the readings are.
    @Test("the JSON's date to work to has the text's reason", arguments: PolicyLibrary.bundledIDs)
    func workToBasisMatchesText(_ id: String) throws {
        let policy = Bundled.policy(id)
        var seen = 0
        for offset in 0..<40 {
            let start = Day.on("2026-12-01").adding(days: offset)
            for tried in 0..<policy.stages.count {
                let route = Bundled.route(id, Facts(tried: tried, raised: start.adding(days: -10), stageStarted: start, now: .at("\(start)T10:00"), subject: .child, area: "halton"))
                guard let workTo = route.workTo, let basis = route.json["workTo"]?["basis"]?.stringValue else { continue }
                seen += 1
                let line = try #require(route.lines(policy: policy).first { $0.hasPrefix("Work to: ") })
                let said = basis.replacingOccurrences(of: "in deadline and otherReading ", with: "below ").replacingOccurrences(of: "(the one in warnings)", with: "(the one in a note below)")
                #expect(line.contains("\(workTo.spoken), \(said). The readings:"), "\(line)\n\(basis)")
                #expect(basis.contains("(not from the policy") || basis.contains("follows from that, not from its words"))
            }
        }
        if ["torbay", "pan-cheshire", "shropshire"].contains(id) { #expect(seen > 0, "\(id): no date to work to was tried") }
    }
}
