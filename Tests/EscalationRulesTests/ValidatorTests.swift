import Foundation
import Testing
@testable import EscalationRules

/// The validator on broken files: each kind of problem found, with its path and a plain sentence.
@Suite("Validating policy files")
struct ValidatorTests {
    static let exampleURL = Paths.fixtures.appendingPathComponent("example-partnership.json")

    struct Breakage: CustomStringConvertible, Sendable {
        var description: String
        var replace: String
        var with: String
        var path: String
        var message: String
    }

    static let breakages: [Breakage] = [
        .init(description: "wrong type", replace: #""amount": 2,"#, with: #""amount": "two","#,
              path: "stages[0].timescale.amount", message: "should be a whole number, but is text"),
        .init(description: "unknown contact reference", replace: #""ref": "business-unit""#, with: #""ref": "nobody""#,
              path: "stages[1].notify[0].ref", message: "refers to the contact \"nobody\", which is not in contacts"),
        .init(description: "unknown form reference", replace: #""ref": "escalation-form""#, with: #""ref": "form-x""#,
              path: "stages[1].form.ref", message: "refers to the form \"form-x\", which is not in forms"),
        .init(description: "stages out of order", replace: #""position": 2,"#, with: #""position": 3,"#,
              path: "stages[1].position", message: "stages are out of order: expected position 2, found 3"),
        .init(description: "timescales that go backwards", replace: #""amount": 5, "from": "stageStarted""#, with: #""amount": 1, "from": "arose""#,
              path: "stages[1].timescale", message: "goes backwards"),
        .init(description: "a timescale that does not say what it runs from", replace: #""amount": 5, "from": "stageStarted","#, with: #""amount": 5,"#,
              path: "stages[1].timescale.from", message: "is missing: say what the time runs from, \"arose\" or \"stageStarted\""),
        .init(description: "a timescale that runs from something unknown", replace: #""from": "stageStarted""#, with: #""from": "lunchtime""#,
              path: "stages[1].timescale.from", message: "should be \"arose\" or \"stageStarted\", but is \"lunchtime\""),
        .init(description: "a window of the process's days counted from the stage", replace: #""kind": "workingDays", "amount": 5, "from": "stageStarted""#,
              with: #""kind": "processDays", "first": 3, "last": 7, "from": "stageStarted""#,
              path: "stages[1].timescale.from", message: "should be \"arose\": a window of the process's days"),
        .init(description: "a window that ends before it starts", replace: #""kind": "workingDays", "amount": 5, "from": "stageStarted""#,
              with: #""kind": "processDays", "first": 7, "last": 3"#, path: "stages[1].timescale.last", message: "should be day 7 or later, but is 3"),
        .init(description: "immediate risk sent to the stages", replace: #""immediate": {"actions""#, with: #""immediate": {"leads": "stage", "actions""#,
              path: "urgent.immediate.leads", message: "should be \"urgent\": immediate risk always comes before the stages"),
        .init(description: "a fact without a quote", replace: #""raisedBy": {"text": "You", "quote": "First, speak to the practitioner"}"#, with: #""raisedBy": {"text": "You"}"#,
              path: "stages[0].raisedBy.quote", message: "is missing: every fact needs a quote from the source policy"),
        .init(description: "a malformed email", replace: "business.unit@riverside.example.org\", \"quote", with: "business.unit.riverside\", \"quote",
              path: "contacts[0].email", message: "\"business.unit.riverside\" is not an email address"),
        .init(description: "a malformed phone number", replace: #""phone": "01234 567890""#, with: #""phone": "call us""#,
              path: "contacts[1].phone", message: "is not a phone number"),
        .init(description: "malformed opening hours", replace: #""hours": "Mon-Fri 09:00-17:00""#, with: #""hours": "9 to 5""#,
              path: "contacts[1].hours", message: "should read like \"Mon-Thu 08:30-17:00; Fri 08:30-16:30\""),
        .init(description: "an unknown timescale kind", replace: #""kind": "sameDay""#, with: #""kind": "soonish""#,
              path: "urgent.immediate.timescale.kind", message: "should be one of workingDays"),
        .init(description: "a missing required member", replace: #""shortName": "Riverside","#, with: "",
              path: "shortName", message: "is missing"),
        .init(description: "an unknown calendar", replace: #""calendar": "england-and-wales""#, with: #""calendar": "narnia""#,
              path: "calendar", message: "\"narnia\" is not a known holiday calendar"),
        .init(description: "a procedure for someone neither child nor adult", replace: #"{"with": "own-manager", "procedure": "Whistle-blowing","#,
              with: #"{"with": "own-manager", "subject": "teenager", "procedure": "Whistle-blowing","#,
              path: "outOfScope[0].subject", message: "should be child or adult, but is \"teenager\""),
        .init(description: "a by-area reference to an area the policy lacks", replace: #""ref": "business-unit", "how""#,
              with: #""ref": {"elsewhere": "business-unit"}, "how""#,
              path: "stages[1].notify[0].ref.elsewhere", message: "is not one of the policy's areas"),
        // A field the bot fills from the conversation (a chat review, round 14): never a personal one, and only with what it knows.
        .init(description: "a personal field filled", replace: #"{"label": "Child's name", "personal": true}"#,
              with: #"{"label": "Child's name", "personal": true, "fill": "description"}"#,
              path: "forms[0].fields[0].fill", message: "is on a personal field: the bot never fills one"),
        .init(description: "a field filled with something unknown", replace: #"{"label": "What the disagreement is about"}"#,
              with: #"{"label": "What the disagreement is about", "fill": "the child's name"}"#,
              path: "forms[0].fields[1].fill", message: "should be one of description, attempt-dates, stage-ended, but is \"the child's name\""),
        .init(description: "a stage's end filled for a stage the policy lacks", replace: #"{"label": "What the disagreement is about"}"#,
              with: #"{"label": "What the disagreement is about", "fill": "stage-ended", "stage": 9}"#,
              path: "forms[0].fields[1].stage", message: "names stage 9, which the policy does not have"),
        .init(description: "a stage's end filled with no stage", replace: #"{"label": "What the disagreement is about"}"#,
              with: #"{"label": "What the disagreement is about", "fill": "stage-ended"}"#,
              path: "forms[0].fields[1].stage", message: "is missing"),
        // A chat review, round 16, 2026-12-01: a file of a format this version cannot know was read as if it were format 1.
        .init(description: "a format this version does not read", replace: #""format": 1,"#, with: #""format": 99,"#,
              path: "format", message: "is 99, but this version of intake-bot reads policy files of format 1 only"),
    ]

    @Test("the documented example validates and routes") func exampleIsValid() throws {
        let outcome = Bundled.library.read(try Paths.bytes(Self.exampleURL), file: "example-partnership.json", today: .on("2026-11-22"))
        #expect(outcome.problems == [])
        let policy = try #require(outcome.policy)
        let router = Router(policy: policy, calendar: Bundled.library.calendar(for: policy))
        let route = router.route(.make(tried: 1, raised: "2026-11-23"))
        #expect(route.stage?.label == "Stage 2 – Manager to Manager")
        #expect(route.deadline == .on("2026-11-30"))
        #expect(route.deadlineBasis?.hasPrefix("5 working days from today, Monday 23 November 2026, taken as the day Stage 1 ended without agreement") == true)
        #expect(route.notify.first?.email == "business.unit@riverside.example.org")
        #expect(route.form?.name == "Riverside Escalation Form")
        let urgent = router.route(.make(risk: .immediate, now: "2026-11-23T18:00"))
        #expect(urgent.contact.phone == "01234 567899")
        #expect(urgent.otherContacts.first?.openNow == false)
    }

    @Test("docs/policy-format.md shows the example file exactly") func documentationMatchesExample() throws {
        let doc = try Paths.text(Paths.repository.appendingPathComponent("docs/policy-format.md"))
        #expect(doc.contains("```json\n" + (try Paths.text(Self.exampleURL)) + "```"))
    }

    @Test(arguments: breakages) func findsProblem(_ breakage: Breakage) throws {
        let text = try Paths.text(Self.exampleURL)
        try #require(text.contains(breakage.replace), "fixture no longer contains the text to break")
        let broken = Array(text.replacingOccurrences(of: breakage.replace, with: breakage.with).utf8)
        let outcome = Bundled.library.read(broken, file: "broken.json", today: .on("2026-11-22"))
        #expect(outcome.policy == nil)
        #expect(outcome.problems.contains { $0.path == breakage.path && $0.message.contains(breakage.message) },
                "\(outcome.problems.map(\.description))")
    }

    @Test("every problem is reported at once, not just the first") func reportsAll() throws {
        var text = try Paths.text(Self.exampleURL)
        for breakage in Self.breakages.prefix(8) { text = text.replacingOccurrences(of: breakage.replace, with: breakage.with) }
        let outcome = Bundled.library.read(Array(text.utf8), file: "broken.json", today: .on("2026-11-22"))
        #expect(outcome.problems.count >= 3)
        #expect(outcome.problems.allSatisfy { $0.description.hasPrefix("broken.json: ") })
    }

    @Test("invalid JSON names the line and column") func invalidJSON() {
        let outcome = Bundled.library.read(Array("{\n  \"id\": \"x\",\n  oops\n}".utf8), file: "bad.json", today: .on("2026-11-22"))
        #expect(outcome.problems.first?.description == "bad.json: is not valid JSON: line 3, column 3: expected a quoted member name")
    }

    @Test("the timescale names older files used are read, with a warning to write the new ones", arguments: [("raised", "arose"), ("previousStage", "stageStarted")])
    func formerAnchorNames(_ former: String, _ current: String) throws {
        let text = try Paths.text(Self.exampleURL).replacingOccurrences(of: "\"from\": \"\(current)\"", with: "\"from\": \"\(former)\"")
        let outcome = Bundled.library.read(Array(text.utf8), file: "older.json", today: .on("2026-11-22"))
        #expect(outcome.policy != nil)
        #expect(outcome.problems.map(\.severity) == [.warning])
        #expect(outcome.problems.first?.message == "\"\(former)\" is read as \"\(current)\": write that instead")
    }

    @Test("weeks with no week in the file are seven days each, with a warning") func weeksUndefined() throws {
        // Its quote says a week too, as a time is held to its quote.
        let text = try Paths.text(Self.exampleURL).replacingOccurrences(of: #""kind": "workingDays", "amount": 5, "from": "stageStarted", "quote": "a further 5 working days""#,
                                                                         with: #""kind": "weeks", "amount": 1, "from": "stageStarted", "quote": "a further week""#)
        let outcome = Bundled.library.read(Array(text.utf8), file: "weeks.json", today: .on("2026-11-22"))
        let policy = try #require(outcome.policy)
        #expect(policy.stages[1].timescale.timescale == .weeks(1, workingDaysEach: nil))
        #expect(outcome.problems.map(\.path) == ["stages[1].timescale"])
    }

    @Test("a past review date is a warning, and the policy still loads") func reviewDateWarning() throws {
        let text = try Paths.text(Self.exampleURL).replacingOccurrences(of: #""reviewDue": "2028-01""#, with: #""reviewDue": "2024-01""#)
        let outcome = Bundled.library.read(Array(text.utf8), file: "old.json", today: .on("2026-11-22"))
        #expect(outcome.policy != nil)
        #expect(outcome.problems.map(\.severity) == [.warning])
        #expect(outcome.problems.first?.path == "reviewDue")
    }
}
