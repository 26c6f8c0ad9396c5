import Foundation
import Testing
@testable import EscalationRules

/// An outside training review, round 23: what `pathway` and `compare` print, checked against `route` and the policies' words.
@Suite("Training review, round 23: pathway and compare")
struct TrainingReviewRound23PathwayTests {
    // MARK: F9. The route's addresses, form conditions and recipients, in pathway and compare

    /// Torbay 001 l.38, l.40 (neil.cotton@torbay.gov.uk), the Isle of Man 003 l.97, Shropshire 004 l.49, Pan-Cheshire 002 l.143:
    /// `grep -c @` over every pathway and `compare --format markdown` gave 0, where `route` gave each address at its stage.
    @Test("every address the route gives at a stage, in any area, is in the pathway and in compare", arguments: PolicyLibrary.bundledIDs)
    func everyAddressTheRouteGives(_ id: String) {
        let policy = Bundled.policy(id)
        let pathway = Pathway(policy: policy).text
        let markdown = Comparison(policies: [policy]).markdown
        var routed: Set<String> = []
        for stage in policy.stages {
            for area in policy.areas.map(\.id) {
                let route = Bundled.route(id, .make(tried: stage.position - 1, now: "2026-11-30T10:00", area: area))
                let people = [route.contact] + route.notify + (route.form?.submitTo.map { [$0] } ?? [])
                routed.formUnion(people.compactMap(\.email))
            }
        }
        for email in routed {
            #expect(pathway.contains(email), "\(id): \(email) not in the pathway")
            #expect(markdown.contains(email), "\(id): \(email) not in compare")
        }
        if ["torbay", "isle-of-man", "shropshire", "pan-cheshire"].contains(id) { #expect(!routed.isEmpty) }
    }

    /// 000 l.46: "In stages 2-4, when the resolution is reached, Appendix A should be completed and sent securely to the BCSSP
    /// Business Manager via email." `pathway` drew "Form: Appendix A", read in a room as the form you escalate with.
    @Test("B&NES's Appendix A says when it is sent and to whom, in the route's words") func bcsspFormCondition() throws {
        let policy = Bundled.policy("bcssp")
        let text = Pathway(policy: policy).text
        let route = Bundled.route("bcssp", .make(tried: 1, now: "2026-11-30T10:00"))
        let routeLine = try #require(route.form.map(Route.formLine))
        #expect(routeLine == "Form: Appendix A - when the resolution is reached, send to BCSSP Business Manager (the policy gives no address)")
        #expect(text.components(separatedBy: "   \(routeLine)\n").count == 4, "\(text)")
        #expect(text.contains("   Form: Appendix A, send to the Chair of the BCSSP, via the BCSSP Business Manager (the policy gives no address)"))
        let forms = Comparison(policies: [policy]).rows.first { $0.0 == "Forms" }?.1.first ?? ""
        #expect(forms.hasPrefix("stage 2: Appendix A - when the resolution is reached, send to BCSSP Business Manager"), "\(forms)")
    }

    /// 001 l.47: "If you are unable to identify who the right person is to contact within the organisation, please contact Neil
    /// Cotton, TSCP Business Manager neil.cotton@torbay.gov.uk": the route gives it with --contact-unknown, the pathway not at all.
    @Test("Torbay's pathway says whom to contact when you cannot tell whom, as the route does") func torbayUnsureWhom() {
        let text = Pathway(policy: Bundled.policy("torbay")).text
        let route = Bundled.route("torbay", .make(tried: 1, now: "2026-11-30T10:00", special: [.unsureWhomToContact]))
        #expect(text.contains("   If you cannot tell whom to contact: \(route.contact.summary)\n"))
        #expect(route.contact.summary.contains("Neil Cotton, neil.cotton@torbay.gov.uk"))
        // B&NES's words for it name no one: nothing is added there.
        #expect(!Pathway(policy: Bundled.policy("bcssp")).text.contains("If you cannot tell whom"))
    }

    @Test("Pan-Cheshire's Step 3 gives each area's partnership and address, for the contact and the form") func panCheshireAreas() {
        let text = Pathway(policy: Bundled.policy("pan-cheshire")).text
        #expect(text.contains("   You contact: The Delegated Safeguarding Partners (Safeguarding Children Partnership), by area: Cheshire West: Cheshire West Safeguarding Children Partnership, SCP@cheshirewestandchester.gov.uk; "))
        #expect(text.contains("(Step 3), send to your area's: Cheshire West: Cheshire West Safeguarding Children Partnership, SCP@cheshirewestandchester.gov.uk; "))
    }
}

// MARK: F22. Mermaid labels and Markdown cells escape markup, as the HTML and SVG do

@Suite("Training review, round 23: markup from a partnership's file")
struct TrainingReviewRound23MarkupTests {
    static var hostile: Policy {
        var policy = Bundled.policy("torbay")
        policy.shortName = "Ev<b>il</b> | x"
        policy.stages[0].label = "Stage <img src=x onerror=alert(1)> | \"one\" #quot;"
        return policy
    }

    @Test("a stage label's <, >, | and quotes reach the Mermaid chart as entity codes, the line breaks alone as markup") func mermaid() {
        let chart = Pathway(policy: Self.hostile).mermaid
        let line = chart.split(separator: "\n").first { $0.hasPrefix("  s1[") }.map(String.init) ?? ""
        #expect(!line.contains("<img") && !line.contains("|"), "\(line)")
        #expect(line.hasPrefix("  s1[\"1. Stage #lt;img src=x onerror=alert(1)#gt; #124; #quot;one#quot; #35;quot;<br/>You contact: "), "\(line)")
        #expect(!chart.contains("<b>") && !chart.replacingOccurrences(of: "<br/>", with: "").contains("<"))
    }

    @Test("a short name's markup reaches a Markdown table as text") func markdown() {
        let table = Comparison(policies: [Self.hostile]).markdown
        #expect(table.hasPrefix("| | Ev&lt;b&gt;il&lt;/b&gt; &#124; x |\n"), "\(table)")
        #expect(!table.contains("<img") && table.contains("Stage &lt;img src=x onerror=alert(1)&gt; &#124; \"one\""))
        // Every row still has as many cells as the header.
        #expect(Set(table.split(separator: "\n").map { $0.filter { $0 == "|" }.count }).count == 1)
    }
}

// MARK: F15. The timeline's warning names the end of the calendar it runs past

@Suite("Training review, round 23: the timeline before the known bank holidays")
struct TrainingReviewRound23TimelineTests {
    /// `pathway --policy torbay --timeline --raised 2021-12-24` said none were known "after Monday 31 December 2035", and counted
    /// 2021's Christmas bank holidays as working days; `route` names the first day it knows.
    @Test("a timeline from years before the calendar says before its first day, as the route does", arguments: ["2021-12-24", "1900-01-01", "2023-12-20"])
    func beforeTheCalendar(_ raised: String) {
        let torbay = Bundled.policy("torbay")
        let calendar = Bundled.library.calendar(for: torbay)
        let timeline = Timeline(policy: torbay, calendar: calendar, raised: .on(raised))
        let first = calendar.covers.lowerBound.spoken
        #expect(timeline.beyondCalendar == "No bank holidays are known here before \(first): any before it were counted as working days, so check those dates against that year's bank holidays.")
        #expect(!timeline.text.contains("after Monday 31 December 2035"))
        let route = Bundled.route("torbay", .make(raised: raised, now: "\(raised)T10:00"))
        #expect(route.warnings.contains { $0.hasPrefix("No bank holidays are known here before \(first)") } || route.deadlineBasis?.contains("before \(first)") == true,
                "\(route.warnings) \(route.deadlineBasis ?? "")")
    }

    @Test("a timeline within the calendar says nothing of it, and one past it still says after") func withinAndAfter() {
        let torbay = Bundled.policy("torbay")
        let calendar = Bundled.library.calendar(for: torbay)
        #expect(Timeline(policy: torbay, calendar: calendar, raised: .on("2026-12-14")).beyondCalendar == nil)
        #expect(Timeline(policy: torbay, calendar: calendar, raised: .on("2035-12-18")).beyondCalendar?.hasPrefix("No bank holidays are known here after Monday 31 December 2035: any after it") == true)
    }
}

// MARK: F11. Silence shown as silence, or as a reading

@Suite("Training review, round 23: what the policy does not say")
struct TrainingReviewRound23SilenceTests {
    static func branch(_ policy: Policy, _ counterpart: Counterpart) -> String {
        Pathway(policy: policy).outOfScope.first { $0.title == "With \(counterpart.phrase)" }?.detail ?? ""
    }

    /// None of B&NES (000), Torbay (001) or Shropshire (004) mentions a case conference, and Pan-Cheshire (002 l.42) speaks of
    /// "decision making ... at a strategy meeting, Child Protection Conference" but not of convening one: "goes through these
    /// stages" was said flatly, where the conference's outcome, one row above, was labelled a reading.
    @Test("whether to convene a conference is labelled a reading where the text does not speak of it, in the pathway and the route",
          arguments: ["bcssp", "torbay", "shropshire", "pan-cheshire"])
    func conveningIsAReading(_ id: String) {
        let detail = Self.branch(Bundled.policy(id), .conferenceConvening)
        #expect(detail.hasPrefix("goes through these stages, by a reading of its words: "), "\(detail)")
        #expect(detail.hasSuffix("though it does not say so in terms (a reading, not stated in the policy)."), "\(detail)")
        let route = Bundled.route(id, .make(with: .conferenceConvening, tried: 0, subject: .child))
        #expect(route.outcome == .stage && route.stage?.position == 1)
        #expect(route.actions.contains { detail.hasSuffix($0) }, "\(route.actions)")
    }

    @Test("the Isle of Man, which names convening among its areas, says so without a reading") func isleOfManNamesIt() {
        let detail = Self.branch(Bundled.policy("isle-of-man"), .conferenceConvening)
        #expect(detail == "goes through these stages")
    }

    /// A partnership's own file with nothing on conferences and `"exhausted": {}`: the pathway said "goes through these stages"
    /// and "After the last stage: " with nothing after it.
    @Test("a file silent on conferences and on what follows its last stage is shown so") func silentFile() throws {
        var policy = Bundled.policy("torbay")
        policy.alsoInScope.removeAll()
        policy.exhausted = .known([])
        policy.immediateRisk.actions[0].text = "Contact children's social care at once"
        let pathway = Pathway(policy: policy)
        let reading = "The Torbay policy does not speak of case conferences: a disagreement with another agency about whether to convene one is taken through its stages as a disagreement between agencies (a reading, not stated in the policy)."
        #expect(Self.branch(policy, .conferenceConvening) == "goes through these stages, by a reading: \(reading)")
        #expect(pathway.afterLastStage.hasPrefix("unknown"))
        #expect(pathway.text.contains("\nAfter the last stage: unknown: "))
        #expect(pathway.urgent[0].detail.contains("Contact children's social care at once. "), "\(pathway.urgent[0].detail)")
        let route = Router(policy: policy, calendar: Bundled.englandAndWales).route(.make(with: .conferenceConvening))
        #expect(route.actions.contains(reading), "\(route.actions)")
    }
}

// MARK: F17, F18. Stage names as strong as the words

@Suite("Training review, round 23: stage names")
struct TrainingReviewRound23StageNameTests {
    /// 003 l.93, the body's heading: "Stage Four: Isle of Man Safeguarding Board"; only the contents list (l.17) adds "Resolution
    /// Panel", and the body describes the Director liaising with the Independent Chair (l.97-103, l.123), no panel.
    @Test("the Isle of Man's Stage Four is named as the body heads it") func isleOfManStageFour() {
        let policy = Bundled.policy("isle-of-man")
        #expect(policy.stages[3].label == "Stage Four: Isle of Man Safeguarding Board")
        #expect(!Pathway(policy: policy).text.contains("Resolution Panel"))
    }

    /// 000 l.44: "If unresolved, the problem should be referred to the relevant manager." The text never numbers it, and the
    /// flowchart that sets out the stages is missing (the policies' README): that it is Stage 2 is a reading.
    @Test("B&NES's Stage 2 is labelled a reading, in the pathway and the route") func bcsspStageTwo() {
        let policy = Bundled.policy("bcssp")
        #expect(Pathway(policy: policy).text.contains("\n2. Stage 2: you refer it to the relevant manager (a reading: the text does not number this step, and its flowchart is missing)\n"))
        #expect(Bundled.route("bcssp", .make(tried: 1)).headline.contains("(a reading: the text does not number this step"))
    }
}
