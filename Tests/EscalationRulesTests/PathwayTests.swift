import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import EscalationRules

/// Pictures of the pathway: golden text, Mermaid and DOT; SVG that parses and names every stage.
@Suite("Pathway pictures")
struct PathwayTests {
    static let golden = Paths.fixtures.appendingPathComponent("golden")
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"

    struct Rendering: CustomStringConvertible, Sendable {
        var policy: String
        var file: String
        var description: String { file }

        func render() -> String {
            let policy = Bundled.policy(self.policy)
            let pathway = Pathway(policy: policy)
            let timeline = Timeline(policy: policy, calendar: Bundled.library.calendar(for: policy), raised: .on("2026-12-14"))
            switch (file as NSString).pathExtension {
            case "txt": return file.contains("timeline") ? timeline.text : pathway.text
            case "mmd": return file.contains("timeline") ? timeline.mermaid : pathway.mermaid
            default: return pathway.dot
            }
        }
    }

    static let renderings: [Rendering] = PolicyLibrary.bundledIDs.flatMap { id in
        ["pathway-\(id).txt", "pathway-\(id).mmd", "pathway-\(id).dot", "timeline-\(id).txt", "timeline-\(id).mmd"].map { Rendering(policy: id, file: $0) }
    }

    @Test("renderings match their golden files (RECORD_GOLDEN=1 rewrites them)", arguments: renderings)
    func matchesGolden(_ rendering: Rendering) throws {
        let url = Self.golden.appendingPathComponent(rendering.file)
        let actual = rendering.render()
        if Self.recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(rendering.file): review the diff, then run without RECORD_GOLDEN")
            return
        }
        #expect(actual == (try Paths.text(url)))
    }

    @Test("every pathway SVG parses as XML and names every stage", arguments: PolicyLibrary.bundledIDs)
    func pathwaySVG(_ id: String) throws {
        let policy = Bundled.policy(id)
        let text = try SVGText.read(Pathway(policy: policy).svg)
        for stage in policy.stages { #expect(text.contains(stage.label), "\(id): \(stage.label)") }
        #expect(text.contains("IF SOMEONE IS AT RISK"))
    }

    @Test("every timeline SVG parses as XML, names every stage and shows unknowns", arguments: PolicyLibrary.bundledIDs)
    func timelineSVG(_ id: String) throws {
        let policy = Bundled.policy(id)
        let timeline = Timeline(policy: policy, calendar: Bundled.library.calendar(for: policy), raised: .on("2026-12-14"))
        let text = try SVGText.read(timeline.svg)
        for stage in policy.stages { #expect(text.contains(stage.label), "\(id): \(stage.label)") }
        #expect(text.contains("unknown") == timeline.rows.contains { $0.end == nil })
    }

    @Test("the timeline marks weekends and the policy's own holidays") func timelineHolidays() {
        let policy = Bundled.policy("isle-of-man")
        let timeline = Timeline(policy: policy, calendar: Bundled.library.calendar(for: policy), raised: .on("2026-06-01"))
        #expect(timeline.text.contains("Fri 5 Jun   [TT Bank Holiday]"))
        #expect(timeline.text.contains("Sat 6 Jun   [weekend]"))
        #expect(timeline.text.contains("by Thursday 4 June 2026"))
        #expect(timeline.beyondCalendar == nil && !timeline.text.contains("No bank holidays are known"))
        // A chat review (round 12): past the calendar the timeline says so, as a live route does; within it, 2031's New
        // Year's Day is skipped (Torbay's Stage Three, five working days from Friday 27 December 2030).
        let torbay = Bundled.policy("torbay")
        let newYear = Timeline(policy: torbay, calendar: Bundled.library.calendar(for: torbay), raised: .on("2030-12-18"))
        #expect(newYear.text.contains("by Monday 6 January 2031") && newYear.text.contains("[New Year's Day]"), "\(newYear.text)")
        let beyond = Timeline(policy: torbay, calendar: Bundled.library.calendar(for: torbay), raised: .on("2035-12-18"))
        #expect(beyond.text.contains("No bank holidays are known here after Monday 31 December 2035") && beyond.mermaid.contains("%% No bank holidays"))
    }

    @Test("unknowns are drawn as unknown, not filled in") func unknownsShown() {
        let text = Pathway(policy: Bundled.policy("bcssp")).text
        #expect(text.contains("You contact: unknown (the B&NES flowchart that sets out this stage is missing from the source text)"))
        #expect(Pathway(policy: Bundled.policy("torbay")).text.contains("Time: unknown (The timescales table stops at Stage 4)"))
    }

    @Test("each stage says whom you contact, never an arrow from someone to themselves", arguments: PolicyLibrary.bundledIDs)
    func whomYouContact(_ id: String) {
        let policy = Bundled.policy(id)
        let text = Pathway(policy: policy).text
        #expect(!text.contains(" -> "))
        for stage in policy.stages {
            #expect(text.contains("You contact: " + (stage.contact.role.value?.text ?? "unknown")), "\(id): \(stage.label)")
        }
        #expect(Pathway(policy: Bundled.policy("torbay")).text.contains("2. Stage Two – Manager to Manager\n   You contact: Your Supervisor/Manager within your own agency\n"))
    }

    @Test("a stage's other reading is drawn beside the first, in the pathway, the timeline and compare") func otherReadings() throws {
        let shropshire = Bundled.policy("shropshire")
        #expect(Pathway(policy: shropshire).text.contains("   Or: 4 working days from when it was first raised (another reading: counted from when it was first raised"))
        let timeline = Timeline(policy: shropshire, calendar: Bundled.englandAndWales, raised: .on("2026-12-21"))
        #expect(timeline.text.contains("   or by Tuesday 29 December 2026 (4 working days from when it was first raised, another reading"))
        #expect(timeline.text.contains("Tue 29 Dec  <- stage 2 ends, read another way (work to this)"))
        #expect(timeline.mermaid.contains("Stage 2 (read another way) :o2, 2026-12-21, 2026-12-30"))
        // Pan-Cheshire's Step 1 by its heading's Day 7, not only five working days after the first discussion's time ran out.
        let panCheshire = Timeline(policy: Bundled.policy("pan-cheshire"), calendar: Bundled.englandAndWales, raised: .on("2026-12-21"))
        #expect(panCheshire.text.contains("   or by Thursday 31 December 2026 (Day 3-7 of the process"))
        #expect(try SVGText.read(panCheshire.svg).contains("or by Thu 31 Dec (read another way, earlier: work to it)"))
        #expect(Comparison(policies: [shropshire]).text(cellWidth: 400).contains("Or: 4 working days from when it was first raised"))
    }

    @Test("a stage that cannot be drawn says so, not that it is drawn as if it began") func notDrawn() {
        let timeline = Timeline(policy: Bundled.policy("isle-of-man"), calendar: Bundled.isleOfMan, raised: .on("2026-12-21"))
        let stageFour = timeline.text.components(separatedBy: "\n").first { $0.contains("5 working days from when this stage begins") } ?? ""
        #expect(stageFour.contains("not drawn: Stage Three has no time, so when this stage begins cannot be counted"))
        #expect(!stageFour.contains("drawn as if"))
    }

    @Test("compare lays every policy side by side in text, Markdown and HTML") func comparison() throws {
        let comparison = Comparison(policies: Bundled.library.policies)
        #expect(comparison.headers == ["B&NES", "Torbay", "Pan-Cheshire", "Isle of Man", "Shropshire"])
        #expect(comparison.text().contains("Stage 5"))
        // The date each text gives, as `policies` shows it (a chat review, round 17, 2026-12-01).
        #expect(comparison.rows.first { $0.0 == "Dated" }?.1 == Bundled.library.policies.map { policy in
            [policy.approved.map { "approved \($0)" }, policy.dated?.text].compactMap { $0 }.joined(separator: "; ")
        }.map { $0.isEmpty ? "not stated" : $0 })
        #expect(comparison.rows.first { $0.0 == "Dated" }?.1[1] == "dated April 2021, in its heading")
        #expect(comparison.markdown.split(separator: "\n").count == comparison.rows.count + 2)
        _ = try SVGText.read(comparison.html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "").replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"utf-8\"/>"))
    }
}

/// The text content of an XML document, read with Foundation's XMLParser so malformed output fails.
final class SVGText: NSObject, XMLParserDelegate {
    private var pieces: [String] = []
    private var current = ""

    static func read(_ document: String) throws -> String {
        let reader = SVGText()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return reader.pieces.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        current = ""
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if !current.isEmpty { pieces.append(current) }
        current = ""
    }
}

@Suite("Training scenarios")
struct ScenarioTests {
    @Test("every policy has at least eight scenarios, covering urgent and off-pathway routes", arguments: PolicyLibrary.bundledIDs)
    func coverage(_ id: String) throws {
        let scenarios = Bundled.library.scenarios(for: id)
        #expect(scenarios.count >= 8)
        #expect(scenarios.contains { $0.expected.outcome == .urgent })
        #expect(scenarios.contains { [.outOfScope, .notCovered, .exhausted].contains($0.expected.outcome) })
        #expect(Set(scenarios.compactMap(\.expected.position)).count >= 3)
    }

    @Test("every bundled scenario's expected answer agrees with the router", arguments: PolicyLibrary.bundledIDs)
    func agreesWithRouter(_ id: String) throws {
        let policy = Bundled.policy(id)
        let router = Router(policy: policy, calendar: Bundled.library.calendar(for: policy))
        for scenario in Bundled.library.scenarios(for: id) {
            let route = router.route(scenario.facts)
            #expect(route.outcome == scenario.expected.outcome, "\(scenario.id)")
            #expect(route.stage?.position == scenario.expected.position, "\(scenario.id)")
        }
    }

    @Test("a stage begun before it was raised, and a date after the scenario's time, are refused") func impossibleDates() {
        let file = #"{"format": 1, "policy": "torbay", "scenarios": ["#
            + #"{"id": "t-x1", "title": "t", "story": "s", "facts": {"tried": 2, "raised": "2027-03-29", "stageStarted": "2027-03-25", "now": "2027-03-30T10:00", "subject": "child"}, "expected": {"outcome": "stage", "position": 3}},"#
            + #"{"id": "t-x3", "title": "t", "story": "s", "facts": {"tried": 0, "raised": "2026-12-16", "now": "2026-11-23T10:00", "subject": "child"}, "expected": {"outcome": "stage", "position": 1}}]}"#
        let outcome = Bundled.library.readScenarios(Array(file.utf8), file: "my2.json")
        #expect(outcome.set == nil)
        #expect(outcome.problems.map(\.description) == [
            "my2.json: scenarios[0].facts.stageStarted: 2027-03-25 is before \"raised\" (2027-03-29): a stage cannot begin before the disagreement was first raised",
            "my2.json: scenarios[1].facts.raised: 2026-12-16 is after \"now\" (2026-11-23): a date the story has not reached yet",
        ])
    }

    @Test("a scenario with dates and no time of its own is warned about, not refused") func datesWithoutNow() {
        let file = #"{"format": 1, "policy": "torbay", "scenarios": [{"id": "x", "title": "t", "story": "s", "facts": {"raised": "2026-11-16", "subject": "child"}, "expected": {"outcome": "stage", "position": 1}}]}"#
        let outcome = Bundled.library.readScenarios(Array(file.utf8), file: "mine.json")
        #expect(outcome.set != nil)
        #expect(outcome.problems.map(\.description) == ["mine.json: scenarios[0].facts: warning: gives dates but no \"now\": it is played at the round's clock, so its dates may be in the future or long past; give \"now\" as well"])
    }

    @Test("every bundled scenario file reads with no problem at all", arguments: PolicyLibrary.bundledIDs)
    func bundledClean(_ id: String) throws {
        let url = Paths.repository.appendingPathComponent("Sources/EscalationRules/Resources/Scenarios/\(id).json")
        #expect(Bundled.library.readScenarios(try Paths.bytes(url), file: "\(id).json").problems.isEmpty)
    }

    /// A chat review, round 14: `"stage": 2` in `expected` was dropped without a word, and the router's stage compared with "stage 0".
    @Test("a member a scenario file does not have is reported by path and name, with the member meant") func unknownMembers() {
        let file = #"{"format": 1, "policy": "shropshire", "senarios": [], "scenarios": [{"id": "a", "title": "t", "story": "s", "notes": "mine", "#
            + #""facts": {"tried": 1, "now": "2026-11-23T10:00", "stage_started": "2026-11-20", "counterpart": "other-agency"}, "expected": {"outcome": "stage", "stage": 2}}]}"#
        let outcome = Bundled.library.readScenarios(Array(file.utf8), file: "mine.json")
        #expect(outcome.set == nil)
        let facts = "facts has only risk, with, tried, raised, stageStarted, now, subject, setting, area and special"
        #expect(outcome.problems.map(\.description) == [
            #"mine.json: senarios: unknown member "senarios": a scenario file has only format, policy and scenarios; did you mean "scenarios"?"#,
            #"mine.json: scenarios[0].notes: unknown member "notes": a scenario has only id, title, story, facts and expected"#,
            #"mine.json: scenarios[0].facts.stage_started: unknown member "stage_started": \#(facts); did you mean "stageStarted"?"#,
            #"mine.json: scenarios[0].facts.counterpart: unknown member "counterpart": \#(facts); did you mean "with"?"#,
            #"mine.json: scenarios[0].expected.stage: unknown member "stage": expected has only outcome and position; did you mean "position"?"#,
            "mine.json: scenarios[0].expected: the router gives stage 2, not a stage with no position",
        ])
    }

    @Test("the member meant is suggested only where it is plain", arguments: [
        ("positon", "position"), ("Position", "position"), ("stage-started", "stageStarted"), ("stagestarted", "stageStarted"),
        ("stage", "position"), ("specialCases", "special"), ("risks", "risk"), ("colour", nil), ("x", nil), ("withh", "with"),
    ] as [(String, String?)])
    func memberMeant(_ typed: String, _ meant: String?) {
        let known = ScenarioReader.factMembers + ScenarioReader.expectedMembers
        #expect(MemberName.meant(typed, among: known, aliases: ScenarioReader.factMeant.merging(ScenarioReader.expectedMeant) { $1 }) == meant)
    }

    /// A chat review, round 15: "tried": 9 in a Torbay scenario showed only as "the router gives exhausted, not urgent".
    @Test("more stages tried than the policy has is reported as such") func triedBeyondStages() {
        let file = #"{"policy":"torbay","scenarios":[{"id":"a","title":"t","story":"s","facts":{"tried":9,"now":"2026-12-01T09:00"},"expected":{"outcome":"urgent"}}]}"#
        let outcome = Bundled.library.readScenarios(Array(file.utf8), file: "s.json")
        #expect(outcome.set == nil)
        #expect(outcome.problems.map(\.description) == ["s.json: scenarios[0].facts.tried: is 9, but the Torbay policy has 5 stages: from 0 to 5"])
    }

    /// A chat review, round 16, 2026-12-01: `{"format": 99, "policy": "torbay", "scenarios": []}` was "valid scenarios for 'torbay': 0".
    @Test("a scenario file of another format, or with no cases, is reported") func formatAndNoCases() {
        let outcome = Bundled.library.readScenarios(Array(#"{"format": 99, "policy": "torbay", "scenarios": []}"#.utf8), file: "s.json")
        #expect(outcome.set == nil)
        #expect(outcome.problems.map(\.description) == ["s.json: format: is 99, but this version of intake-bot reads scenario files of format 1 only",
                                                        "s.json: scenarios: is empty: a scenario file needs at least one case"])
    }

    @Test("a scenario that disagrees with the router is reported with its path") func disagreementReported() {
        let file = #"{"format": 1, "policy": "torbay", "scenarios": [{"id": "x", "title": "t", "story": "s", "facts": {"now": "2026-11-23T10:00", "tried": 2}, "expected": {"outcome": "stage", "position": 1}}]}"#
        let outcome = Bundled.library.readScenarios(Array(file.utf8), file: "mine.json")
        #expect(outcome.set == nil)
        #expect(outcome.problems.map(\.description) == ["mine.json: scenarios[0].expected: the router gives stage 3, not stage 1"])
    }
}
