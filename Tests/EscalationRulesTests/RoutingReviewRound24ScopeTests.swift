import Testing
@testable import EscalationRules

/// An outside routing review, round 24, F3, and an outside training review, round 24, F19: Pan-Cheshire's "how a child
/// protection conference worked" was sent flatly through the steps, with no basis and no caveat. The policy lists
/// "Disagreement regarding decision making and action to be taken e.g., at a ... Child Protection Conference" (002 l.42)
/// and says nothing of how a conference was run; the other English policies' routes say so, with their words.
@Suite("Routing review, round 24: what a conference route stands on")
struct RoutingReviewRound24ScopeTests {
    static let panCheshireWords = "Disagreement regarding decision making and action to be taken e.g., at a strategy meeting, Child Protection Conference or any other professional meeting"
    static let notRun = "It says nothing of how a conference was run. Not from the policy: your area's child protection conference procedure may also set out how to challenge a conference; check it too."

    @Test("Pan-Cheshire's conference route gives its words as its basis, and says it is silent on how a conference was run") func panCheshireRoute() {
        let route = Bundled.route("pan-cheshire", .make(with: .conference, area: "halton"))
        let basis = route.actions.filter { $0.contains("\"\(Self.panCheshireWords)\"") }
        #expect(basis.count == 1, "\(route.actions)")
        #expect(basis.first?.hasSuffix(Self.notRun) == true, "\(basis)")
        #expect(route.citations.contains { $0.quote == Self.panCheshireWords })
        #expect(route.lines(policy: Bundled.policy("pan-cheshire")).contains { $0.contains("how a conference was run") })
    }

    @Test("the pathway's conference row for Pan-Cheshire is as hedged as the other English policies'") func panCheshirePathway() throws {
        for id in ["pan-cheshire", "bcssp", "torbay", "shropshire"] {
            let row = try #require(Pathway(policy: Bundled.policy(id)).outOfScope.first { $0.title == "With \(Counterpart.conference.phrase)" })
            #expect(row.detail.hasPrefix("goes through these stages, by a reading of its words: "), "\(id): \(row.detail)")
            #expect(row.detail.hasSuffix(Self.notRun), "\(id): \(row.detail)")
        }
    }
}

/// An outside routing review, round 24, F8: the Isle of Man's routes for a disagreement about whether to convene a
/// protection case conference cited their basis (003 l.46 for a child, l.48 for an adult) only in the JSON; the other
/// policies' routes show theirs as a bullet.
@Suite("Routing review, round 24: the Isle of Man's convening basis is shown")
struct RoutingReviewRound24ConveningTests {
    static let words: [(Subject, String)] = [
        (.child, "There is disagreement between agencies about the need to convene a Child Protection Case Conference – where one agency believes that a child's welfare may not be otherwise safeguarded."),
        (.adult, "There is disagreement between agencies about the need to convene an Adult Protection Case Conference where one agency believes that a vulnerable adult's welfare may not be otherwise safeguarded."),
    ]

    @Test("the route says the policy's words as one bullet, and cites them", arguments: words)
    func basisShown(_ subject: Subject, _ quote: String) {
        let route = Bundled.route("isle-of-man", .make(with: .conferenceConvening, subject: subject))
        let basis = "The Isle of Man policy names this among the disagreements its stages are for: \"\(quote)\""
        #expect(route.actions.filter { $0.contains("\"\(quote)\"") } == [basis], "\(route.actions)")
        #expect(route.citations.contains { $0.quote == quote })
    }
}
