import Testing
@testable import EscalationRules

/// A chat review, round 21: the routing parts of its findings. Each is checked against the policy's own words.
@Suite("Chat review 21, routing")
struct ChatReview21RoutingTests {
    // MARK: F4. Torbay: one person's conduct, with a decision on the child's case in it

    /// Torbay is for when "the decision made by a worker from another agency on a child protection or child in need case is
    /// not a safe decision" (001 l.7) and says nothing of a person's conduct. A complaint that included a missed agreed visit
    /// was sent only to "the complaints procedure", with nothing saying the decision on the case still goes through the stages.
    @Test("Torbay's conduct route stays not covered and says that a worker's decision on the case goes through its stages",
          arguments: [Risk.none, .significant, .immediate])
    func torbayConductKeepsTheCaseDecision(_ risk: Risk) {
        let route = Bundled.route("torbay", .make(risk: risk, with: .individualConduct, now: "2027-03-03T11:00", subject: .child))
        let part = route.actions.first { $0.contains("\"the decision made by a worker from another agency on a child protection or child in need case is not a safe decision\"") }
        #expect(part?.contains("that part goes through its stages") == true, "\(route.actions)")
        #expect(part?.contains("Of their conduct apart from such a decision it says nothing.") == true)
        #expect(route.actions.contains { $0.contains("does not say where a complaint about one person's conduct or poor practice goes") })
        #expect(route.citations.contains { $0.quote.contains("the decision made by a worker from another agency") })
        if risk != .immediate { #expect(route.outcome == .notCovered) }
    }

    @Test("the words are Torbay's only: other policies' silences say nothing of a part taken in") func onlyWhereThePolicySaysIt() {
        let route = Bundled.route("torbay", .make(with: .ownManager, now: "2027-03-03T11:00", subject: .child))
        #expect(!route.actions.contains { $0.contains("decision made by a worker from another agency") }, "\(route.actions)")
    }

    // MARK: F5. The Isle of Man's conduct read as a decision on the child's safety, at immediate risk

    /// "only then must the process be urgently expedited to ensure the protection of the child or vulnerable adult" (003 l.73);
    /// Stage One "within 1 working day" (l.111). The conduct route gave the stages reading (routing review 21, F2) with
    /// neither, under "By: now (... which this disagreement does not go through)".
    @Test("at immediate risk the stages reading expedites Stage One with its own time, before and after the urgent steps",
          arguments: [false, true])
    func isleOfManConductStagesReadingAtImmediateRisk(_ stepsTaken: Bool) {
        let route = Bundled.route("isle-of-man", .make(risk: .immediate, with: .individualConduct, raised: "2027-03-03", now: "2027-03-03T11:00",
                                                        subject: .child, urgentStepsTaken: stepsTaken))
        #expect(route.actions.contains { $0.hasPrefix("Read as a decision on this child's safety, which goes through the stages: urgently expedite") }, "\(route.actions)")
        let stage = route.stageToPursue
        #expect(stage?.position == 1 && stage?.expedite == true)
        #expect(stage?.reading == "Read as a decision on this child's safety")
        #expect(stage?.deadline == Day.on("2027-03-04"), "\(String(describing: stage?.deadline))")
        #expect(route.citations.contains { $0.quote.contains("only then must the process be urgently expedited") })
        // The general-concern reading still goes to the complaint or grievance process.
        #expect(route.actions.contains { $0.hasPrefix("If your concern is a general one") })
        let text = route.lines(policy: Bundled.policy("isle-of-man")).joined(separator: "\n")
        #expect(text.contains("Read as a decision on this child's safety, stage to expedite now: Stage One"), "\(text)")
        if !stepsTaken {
            #expect(route.deadlineBasis?.contains("read as a decision on this child's safety, it does: see the stage below") == true,
                    "\(route.deadlineBasis ?? "nil")")
            #expect(route.deadlineBasis?.contains("which this disagreement does not go through") == false)
        }
    }

    @Test("with no stage tried known, the reading says Stage One is where it starts") func noStageTried() {
        var facts = Facts.make(risk: .immediate, with: .individualConduct, now: "2027-03-03T11:00", subject: .adult, urgentStepsTaken: true)
        facts.tried = nil
        let route = Bundled.route("isle-of-man", facts)
        #expect(route.stageToPursue?.reading == "Read as a decision on this adult's safety, with no stage tried yet")
        #expect(route.stageToPursue?.position == 1)
    }

    // MARK: F11. The Isle of Man's conduct reading keeps its condition

    /// "more general concerns emerge about an individual's professional practice which has impaired or inhibited an effective
    /// working relationship between two agencies" (003 l.63): the route gave the general-concern reading without its condition.
    @Test("the general-concern reading says it is practice that has impaired working between two agencies") func conductCondition() {
        let route = Bundled.route("isle-of-man", .make(with: .individualConduct, now: "2027-03-03T11:00", subject: .adult))
        #expect(route.headline.contains("that has impaired or inhibited an effective working relationship between two agencies"), "\(route.headline)")
        let general = route.actions.first { $0.hasPrefix("If your concern is a general one") }
        #expect(general?.contains("\"has impaired or inhibited an effective working relationship between two agencies\"") == true, "\(route.actions)")
    }

    @Test("at significant risk the policy keeps to its stages, so no stage is expedited") func significantRisk() {
        let route = Bundled.route("isle-of-man", .make(risk: .significant, with: .individualConduct, now: "2027-03-03T11:00", subject: .child))
        // The stage on that reading is given since round 23, F3, to pursue, not to expedite.
        #expect(route.stageToPursue?.expedite == false)
        #expect(!route.actions.contains { $0.contains("urgently expedite") })
    }
}

/// An outside routing review, round 22: each fix checked against the policy's own words.
@Suite("Routing review, round 22")
struct RoutingReviewRound22Tests {
    // MARK: F2. The pathway and compare in the route's hedged words

    /// B&NES: "If the disagreement is between you and your manager, and cannot be resolved, then you should consider using your
    /// agency's whistle-blowing process." (000 l.24); the Isle of Man "may wish to ... consider" the Whistle-blowing policy
    /// (003 l.65) and does not speak of your own manager; Torbay does not mention conferences. The pathway said "With your own
    /// manager: the Whistle-blowing policy" and "goes through these stages".
    @Test("the pathway's side branches keep the route's hedges") func pathwayHedges() {
        func branch(_ id: String, _ counterpart: Counterpart) -> String {
            Pathway(policy: Bundled.policy(id)).outOfScope.first { $0.title == "With \(counterpart.phrase)" }?.detail ?? ""
        }
        #expect(branch("bcssp", .ownManager).contains("if it cannot be resolved, you should consider"), "\(branch("bcssp", .ownManager))")
        #expect(branch("isle-of-man", .ownManager).contains("does not speak of a disagreement with your own manager"))
        #expect(branch("isle-of-man", .ownOrganisation).contains("you may consider the Whistle-blowing policy"), "\(branch("isle-of-man", .ownOrganisation))")
        #expect(branch("torbay", .conference).contains("by a reading of its words") && branch("torbay", .conference).contains("It says nothing of how a conference was run"))
        #expect(branch("shropshire", .individualConduct).contains("It says nothing of complaints about a person's conduct apart from a case"))
        #expect(branch("pan-cheshire", .ownManager).contains("(a reading, not stated in the policy)"), "\(branch("pan-cheshire", .ownManager))")
        #expect(branch("torbay", .conferenceConvening).hasPrefix("goes through these stages, by a reading of its words: The Torbay policy does not mention case conferences"))
    }

    // MARK: F3. An earlier reading passed, said in the JSON

    /// Pan-Cheshire's "within 48 hours" (002 l.59) against the heading's "Day 1-2" (l.115): raised 22 December, routed on the
    /// 24th, the heading's reading ran out on the 23rd while the 48 hours have not. The text said so in the reading's basis; the
    /// JSON only there.
    @Test("an earlier reading whose date has gone is marked passed in the JSON") func passedReadingInJSON() {
        let route = Bundled.route("pan-cheshire", .make(raised: "2026-12-22", now: "2026-12-24T16:00", subject: .child, area: "halton"))
        #expect(route.otherReading?.deadline == Day.on("2026-12-23") && route.otherReading?.passed == true, "\(String(describing: route.otherReading))")
        #expect(route.json["otherReading"]?["passed"] == .bool(true))
        let ahead = Bundled.route("pan-cheshire", .make(raised: "2026-12-22", now: "2026-12-22T16:00", subject: .child, area: "halton"))
        #expect(ahead.otherReading?.passed == false)
    }

    // MARK: F4. A bank holiday passed over before a front door opens

    /// Appendix B gives weekday hours only (002 l.169): "opens Tuesday 1 September" passed over the bank holiday Monday 31 August
    /// as if the line were known to be closed then.
    @Test("the next opening says which bank holiday it passed over, whose hours are unknown") func bankHolidayPassedOver() {
        let route = Bundled.route("pan-cheshire", .make(risk: .significant, raised: "2026-08-28", now: "2026-08-28T16:45", subject: .child, area: "halton"))
        // The front door, shut, comes after its team since an outside routing review (round 24, F1).
        let note = route.otherContacts.first?.note ?? ""
        #expect(note.contains("opens Tuesday 1 September 2026 at 09:00 by its weekday hours, Monday 31 August 2026 being a bank holiday whose hours the policy does not give"), "\(note)")
        let weekday = Bundled.route("pan-cheshire", .make(risk: .significant, raised: "2026-12-02", now: "2026-12-02T20:45", subject: .child, area: "halton"))
        #expect(weekday.otherContacts.first?.note?.contains("opens Thursday 3 December 2026 at 09:00; open") == true, "\(weekday.otherContacts)")
    }
}
