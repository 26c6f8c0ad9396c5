import Foundation
import Testing
@testable import EscalationRules

/// An outside routing review, round 23, F5: `--risk` defaults to none, and at no risk the B&NES, Torbay, Isle of Man and
/// Pan-Cheshire routes said nothing of the policy's own trigger for risk (Shropshire's did), and Pan-Cheshire's note on its
/// timescales stopped short of "and with urgency when there is any indication that the child could be at risk of suffering
/// significant harm" (002 l.99, l.119), in its text and its citation.
@Suite("Routing review, round 23: the policy's own risk trigger at no risk")
struct RoutingReviewRound23Tests {
    /// Each policy's trigger, in its words as the route says them, and how to get that route.
    static let triggers: [(String, [String])] = [
        ("bcssp", ["to be at risk of immediate harm, the policy says everyone must take action to escalate to an appropriate level so that the required action is taken on the same day",
                   "give --risk immediate", "Should they be considered to be at significant risk, it says safeguarding procedures should be followed",
                   "give --risk significant"]),
        ("torbay", ["If the child is thought to be at risk of immediate harm, the policy says discretion should be used as to which stage is initiated",
                    "give --risk immediate", "type 'restart' and answer 1"]),
        ("isle-of-man", ["at immediate risk of significant harm, the policy says the process must be urgently expedited", "give --risk immediate"]),
        ("pan-cheshire", ["Should the child be considered at significant risk, the policy says the local authority children's social care front door should be contacted",
                          "give --risk significant", "answer 2"]),
    ]

    @Test("a no-risk route at each stage says the policy's trigger in one line, and cites its words", arguments: triggers)
    func triggerSaid(_ id: String, _ words: [String]) throws {
        let policy = Bundled.policy(id)
        for tried in 0..<policy.stages.count {
            let route = Bundled.route(id, .make(tried: tried, raised: "2026-11-23", stageStarted: "2026-11-23", now: "2026-11-23T10:00"))
            let lines = route.actions.filter { line in words.allSatisfy { line.contains($0) } }
            #expect(lines.count == 1, "\(id) tried \(tried): \(route.actions)")
            for trigger in policy.riskTriggers {
                #expect(route.citations.contains { $0.quote == trigger.quote }, "\(id) tried \(tried): \(trigger.quote)")
            }
        }
    }

    @Test("at significant or immediate risk the trigger line is not said: the route is the one it points to", arguments: ["bcssp", "torbay", "isle-of-man", "pan-cheshire"])
    func notSaidAtRisk(_ id: String) {
        for risk in [Risk.significant, .immediate] {
            let route = Bundled.route(id, .make(risk: risk, subject: .child, area: id == "pan-cheshire" ? "halton" : nil))
            #expect(!route.actions.contains { $0.contains("--risk") }, "\(id) \(risk): \(route.actions)")
        }
    }

    @Test("Shropshire keeps its own line, at every risk, and has no other") func shropshireUnchanged() {
        #expect(Bundled.policy("shropshire").riskTriggers.isEmpty)
        let route = Bundled.route("shropshire", .make())
        #expect(route.actions.contains { $0.hasPrefix("This process should be expedited if someone is at risk of harm") })
    }

    @Test("Pan-Cheshire's guideline sentence is said and cited in full") func panCheshireSentenceInFull() throws {
        let route = Bundled.route("pan-cheshire", .make(area: "halton"))
        let full = "Escalation and resolution should be achieved at the earliest opportunity and with urgency when there is any indication that the child could be at risk of suffering significant harm."
        #expect(route.citations.contains { $0.shown.hasSuffix(full) }, "\(route.citations.map(\.shown))")
        #expect(route.actions.contains { $0.hasSuffix("at the earliest opportunity and with urgency when there is any indication that the child could be at risk of suffering significant harm.") }, "\(route.actions)")
    }
}

/// An outside routing review, round 23, F10: the Isle of Man's referral to the Safeguarding Board on significant policy issues
/// was said "whether or not this stage has failed", as fact; the body says "and/or" (003 l.95), its Appendix puts Stage Four
/// after "stages 1-3 have been exhausted" (l.123). Both are said, as two readings.
@Suite("Routing review, round 23: the Isle of Man's 'and/or' as two readings")
struct RoutingReviewRound23AndOrTests {
    @Test("the referral on policy issues gives both readings, not one as fact", arguments: [1, 2])
    func bothReadings(_ tried: Int) {
        let route = Bundled.route("isle-of-man", .make(tried: tried, raised: "2026-11-23", stageStarted: "2026-11-23", now: "2026-11-23T10:00"))
        let line = route.actions.first { $0.contains("significant policy issues") } ?? ""
        #expect(line.contains("Its words (\"and/or\") allow this before this stage has failed"), "\(route.actions)")
        #expect(line.contains("\"stages 1-3 have been exhausted\" (two readings: which holds, the policy does not say)"))
        #expect(!line.contains("whether or not this stage has failed"))
    }
}

/// An outside routing review, round 23, F11: the B&NES, Isle of Man and Shropshire routes said their review dates had
/// passed; Torbay's and Pan-Cheshire's, which state none, said nothing of whether they were current.
@Suite("Routing review, round 23: a policy that states no review date says so on its routes")
struct RoutingReviewRound23CurrencyTests {
    @Test("every route under each policy says whether it may be out of date, in the policy's own dates", arguments: [
        ("torbay", "This policy states no review date (dated April 2021, in its heading): check with Torbay that it still applies."),
        ("pan-cheshire", "This policy states no review date, and its text gives no date: check with Pan-Cheshire that it still applies."),
        ("shropshire", "This policy was due for review in February 2025 and may be out of date: check with Shropshire that it still applies."),
    ])
    func currency(_ id: String, _ note: String) {
        for risk in [Risk.none, .significant, .immediate] {
            let route = Bundled.route(id, .make(risk: risk, now: "2026-12-07T10:00"))
            #expect(route.warnings.filter { $0 == note }.count == 1, "\(id) \(risk): \(route.warnings)")
        }
    }

    @Test("`policies` and `validate` keep warning only of a review date that has passed") func warnings() {
        #expect(Bundled.policy("torbay").reviewWarning(on: .on("2026-12-07")) == nil)
        #expect(Bundled.policy("shropshire").reviewWarning(on: .on("2026-12-07")) != nil)
    }
}
