import Foundation
import Testing
@testable import EscalationRules

/// An outside training review, round 23: a partnership's own policy and scenario files, as `validate` reads them.
@Suite("Training review, round 23: a partnership's own files")
struct TrainingReviewRound23FileTests {
    /// The review's made-up partnership, with its values right, as its `p4.json` was before two keys were misspelt.
    static let testshire = #"""
        {"format":1,"id":"testshire","name":"Testshire Safeguarding Partnership","shortName":"Testshire","areas":[{"id":"testshire","name":"Testshire"}],
         "covers":{"children":true,"adults":false,"quote":"This policy covers children."},"source":{"file":"test.txt","title":"Test policy"},
         "calendar":"england-and-wales","exhausted":{},
         "urgent":{"immediate":{"timescale":{"kind":"asSoonAsPossible","quote":"at once"},"actions":[{"text":"Contact children's social care at once","quote":"contact children's social care at once"}]},
                   "significant":{"timescale":{"kind":"asSoonAsPossible","quote":"at once"},"actions":[{"text":"Contact children's social care","quote":"contact children's social care at once"}]}},
         "stages":[{"position":1,"label":"Stage 1","quote":"talk to the worker you disagree with","raisedBy":{"text":"you","quote":"talk to the worker"},
                    "contact":{"role":{"text":"The worker you disagree with","quote":"the worker you disagree with"}},
                    "timescale":{"kind":"workingDays","amount":2,"from":"arose","quote":"within 2 working days"}},
                   {"position":2,"label":"Stage 2","quote":"speak to your line manager","raisedBy":{"text":"your line manager","quote":"your line manager"},
                    "contact":{"role":{"text":"Your line manager","quote":"speak to your line manager"}},
                    "timescale":{"kind":"workingDays","amount":5,"from":"stageStarted","quote":"within 5 working days"},
                    "notify":[{"role":{"text":"The Testshire partnership","quote":"Notify the partnership"}}]}]}
        """#

    static func read(_ text: String) -> (policy: Policy?, problems: [PolicyProblem]) {
        Bundled.library.read(Array(text.utf8), file: "p4.json", today: .on("2026-12-04"))
    }

    @Test("the review's partnership file, its values right, validates") func testshireValid() {
        let outcome = Self.read(Self.testshire)
        #expect(outcome.problems == [])
        #expect(outcome.policy?.stages.count == 2)
    }

    /// F4: `"notfy"` in place of `"notify"` on stage 2, and `"amont"` added to its timescale, were valid, and the stage was
    /// drawn with no one to notify.
    @Test("a misspelt member of a policy file is an error with its path, the names allowed and the one meant") func misspeltMembers() {
        let p4 = Self.testshire.replacingOccurrences(of: #""notify":"#, with: #""notfy":"#)
            .replacingOccurrences(of: #""amount":5,"#, with: #""amount":5,"amont":5,"#)
        let outcome = Self.read(p4)
        #expect(outcome.policy == nil)
        #expect(outcome.problems.map(\.description) == [
            "p4.json: stages[1].notfy: unknown member \"notfy\": a stage has only position, label, between, quote, raisedBy, contact, escalatorMust, receiverMust, notify, support, form, timescale, otherReading, alsoReading, atRisk and record; did you mean \"notify\"?",
            "p4.json: stages[1].timescale.amont: unknown member \"amont\": a timescale has only kind, amount, first, last, from, for, startsWhen, oneStep and quote; did you mean \"amount\"?",
        ])
    }

    /// F4: `"zzz": 1` at the top level, in stages, contact, timescale, urgent, covers and areas all passed. Every object of every
    /// bundled policy is tried, so each kind of object the format has is.
    @Test("a member no object has is an error wherever it is, in every bundled policy", arguments: PolicyLibrary.bundledIDs)
    func unknownMemberAnywhere(_ id: String) throws {
        let root = try JSONValue.parse(try Paths.bytes(Paths.bundledPolicies.appendingPathComponent("\(id).json")))
        let variants = Self.withMember("zzz", in: root, at: "")
        #expect(variants.count > 50)
        for (path, variant) in variants {
            let outcome = Bundled.library.read(variant.compactBytes, file: "\(id).json", today: .on("2026-12-04"))
            let errors = outcome.problems.filter { $0.severity == .error }
            #expect(outcome.policy == nil && errors.map(\.path) == [path] && errors.first?.message.hasPrefix("unknown member \"zzz\": ") == true,
                    "\(path): \(errors.map(\.description))")
        }
    }

    /// Each object of `value` with `name` added, and the path the member has there; a table keyed by areas or settings
    /// (every member's value text) is left out, as its keys are checked as areas and settings.
    static func withMember(_ name: String, in value: JSONValue, at path: String) -> [(String, JSONValue)] {
        switch value {
        case .object(let members):
            let isTable = !members.isEmpty && members.allSatisfy { $0.1.stringValue != nil }
                && ["ref", "contact", "submitTo", "bySetting"].contains(path.split(separator: ".").last.map(String.init) ?? "")
            var variants = isTable ? [] : [(JSONReader.join(path, name), JSONValue.object(members + [(name, 1)]))]
            for (index, (key, member)) in members.enumerated() {
                for (at, changed) in withMember(name, in: member, at: JSONReader.join(path, key)) {
                    var copy = members
                    copy[index] = (key, changed)
                    variants.append((at, .object(copy)))
                }
            }
            return variants
        case .array(let elements):
            return elements.enumerated().flatMap { index, element in
                withMember(name, in: element, at: "\(path)[\(index)]").map { at, changed in
                    var copy = elements
                    copy[index] = changed
                    return (at, JSONValue.array(copy))
                }
            }
        default: return []
        }
    }
}

/// F3: a partnership file whose values contradict its own quotes.
@Suite("Training review, round 23: values that contradict their quotes")
struct TrainingReviewRound23QuoteTests {
    static func read(_ text: String) -> (policy: Policy?, problems: [PolicyProblem]) {
        Bundled.library.read(Array(text.utf8), file: "p5.json", today: .on("2026-12-04"))
    }

    /// The review's p5.json: stage 1's amount 3 beside "within 2 working days", stage 2's kind calendarDays beside "within 5
    /// working days" and its contact "The Director of Children's Services" beside "speak to your line manager".
    @Test("a time whose amount or kind its quote contradicts is an error, and a role none of whose words is in its quote a warning")
    func p5() {
        let p5 = TrainingReviewRound23FileTests.testshire
            .replacingOccurrences(of: #""amount":2,"#, with: #""amount":3,"#)
            .replacingOccurrences(of: #""kind":"workingDays","amount":5"#, with: #""kind":"calendarDays","amount":5"#)
            .replacingOccurrences(of: #""text":"Your line manager""#, with: #""text":"The Director of Children's Services""#)
        let outcome = Self.read(p5)
        #expect(outcome.policy == nil)
        #expect(outcome.problems.map(\.description) == [
            "p5.json: stages[0].timescale.amount: is 3, but its quote says 2 working days: \"within 2 working days\"",
            "p5.json: stages[1].timescale.kind: is calendarDays, but its quote says 5 working days: \"within 5 working days\"",
            "p5.json: stages[1].contact.role: warning: \"The Director of Children's Services\" has none of its words in its quote, so it may name someone the policy does not: \"speak to your line manager\"",
        ])
    }

    @Test("an amount of 1000 beside \"within 2 working days\" is an error") func hugeAmount() {
        let outcome = Self.read(TrainingReviewRound23FileTests.testshire.replacingOccurrences(of: #""amount":2,"#, with: #""amount":1000,"#))
        #expect(outcome.problems.map(\.description) == ["p5.json: stages[0].timescale.amount: is 1000, but its quote says 2 working days: \"within 2 working days\""])
    }

    struct Agreement: CustomStringConvertible, Sendable {
        var description: String
        var timescale: String
        var week: Bool = false
        var problem: String?
    }

    static let agreements: [Agreement] = [
        .init(description: "a week as the policy's 5 working days", timescale: #""kind":"workingDays","amount":5,"from":"arose","quote":"One week of the issues being raised""#, week: true),
        .init(description: "weeks counted as weeks", timescale: #""kind":"weeks","amount":2,"from":"arose","quote":"Two additional weeks""#),
        .init(description: "two weeks as 14 calendar days", timescale: #""kind":"calendarDays","amount":14,"from":"arose","quote":"Two additional weeks""#),
        .init(description: "a further week", timescale: #""kind":"weeks","amount":1,"from":"arose","quote":"a further week""#),
        .init(description: "hours", timescale: #""kind":"hours","amount":48,"from":"arose","quote":"within 48 hours of the concern arising""#),
        .init(description: "plain days as working days", timescale: #""kind":"workingDays","amount":10,"from":"arose","quote":"within ten days""#),
        .init(description: "a window of the process's days", timescale: #""kind":"processDays","first":8,"last":13,"quote":"Step 2 (Day 8-13)""#),
        .init(description: "a window its quote does not give", timescale: #""kind":"processDays","first":8,"last":12,"quote":"Step 2 (Day 8-13)""#,
              problem: "stages[0].timescale.first: is Day 8-12, but its quote says Day 8-13: \"Step 2 (Day 8-13)\""),
        .init(description: "hours beside days", timescale: #""kind":"hours","amount":2,"from":"arose","quote":"within 2 working days""#,
              problem: "stages[0].timescale.kind: is hours, but its quote says 2 working days: \"within 2 working days\""),
        .init(description: "a count its quote gives no length for", timescale: #""kind":"workingDays","amount":2,"from":"arose","quote":"talk to the worker""#,
              problem: "stages[0].timescale.quote: gives no length of time, but the time is 2 working days: quote the policy's words that give it: \"talk to the worker\""),
    ]

    @Test(arguments: agreements) func timeAgainstItsQuote(_ agreement: Agreement) {
        var text = TrainingReviewRound23FileTests.testshire.replacingOccurrences(
            of: #""kind":"workingDays","amount":2,"from":"arose","quote":"within 2 working days""#, with: agreement.timescale)
        if agreement.week { text = text.replacingOccurrences(of: #""calendar":"#, with: #""week":{"workingDays":5,"quote":"One week (5 working days)"},"calendar":"#) }
        let errors = Self.read(text).problems.filter { $0.severity == .error }.map { "\($0.path): \($0.message)" }
        #expect(errors == (agreement.problem.map { [$0] } ?? []))
    }
}

/// F14: `validate` promises every problem at once, and shows files' text in a terminal.
@Suite("Training review, round 23: every problem at once, plainly")
struct TrainingReviewRound23ProblemTests {
    static func scenarios(_ facts: String, expected: String = #"{"outcome":"stage","position":1}"#, title: String = "A") -> [String] {
        let file = #"{"format":1,"policy":"pan-cheshire","scenarios":[{"id":"a","title":"\#(title)","story":"Friday evening","facts":\#(facts),"expected":\#(expected)}]}"#
        return Bundled.library.readScenarios(Array(file.utf8), file: "s.json").problems.map(\.description)
    }

    /// The first run reported only `facts.now` and `expected.outcome`; the other ten came after those were fixed.
    @Test("a scenario whose every fact is wrong has each said in one pass") func everyFactAtOnce() {
        let problems = Self.scenarios(#"{"risk":"x","with":"y","tried":"z","raised":"bad","stageStarted":5,"now":"2026","subject":"dog","setting":"zoo","area":"halton","special":"q"}"#,
                                      expected: #"{"outcome":"foo","position":"bar"}"#)
        #expect(problems.map { $0.split(separator: ":").dropFirst().first.map(String.init) ?? "" } == [
            " scenarios[0].facts.now", " scenarios[0].facts.risk", " scenarios[0].facts.with", " scenarios[0].facts.subject", " scenarios[0].facts.setting",
            " scenarios[0].facts.tried", " scenarios[0].facts.raised", " scenarios[0].facts.stageStarted", " scenarios[0].facts.special",
            " scenarios[0].expected.position", " scenarios[0].expected.outcome",
        ], "\(problems)")
        #expect(problems.first == "s.json: scenarios[0].facts.now: should be a time as YYYY-MM-DDTHH:MM, but is \"2026\"")
    }

    @Test("a whole number too large is said to be too large, and a fraction quoted") func numberRanges() {
        let huge = Self.scenarios(#"{"tried":1000000000,"now":"2026-11-27T18:30"}"#)
        #expect(huge == ["s.json: scenarios[0].facts.tried: should be a whole number under 1000000000, but is 1000000000"])
        let amount = TrainingReviewRound23QuoteTests.read(TrainingReviewRound23FileTests.testshire.replacingOccurrences(of: #""amount":2,"#, with: #""amount":2.5,"#))
        #expect(amount.problems.map(\.description) == ["p5.json: stages[0].timescale.amount: should be a whole number, but is 2.5"])
    }

    @Test("a stage listed but broken is not said to be no stage at all") func brokenStageIsAStage() throws {
        let text = try Paths.text(ValidatorTests.exampleURL)
        let start = try #require(text.range(of: #""stages": ["#)), end = try #require(text.range(of: #"  "urgent": {"#))
        let oneEmpty = text.replacingCharacters(in: start.upperBound..<end.lowerBound, with: "{}],\n")
        let problems = Bundled.library.read(Array(oneEmpty.utf8), file: "broken.json", today: .on("2026-11-22")).problems
        #expect(problems.contains { $0.path == "stages[0].position" && $0.message == "is missing" })
        #expect(!problems.contains { $0.path == "stages" }, "\(problems.map(\.description))")
    }

    @Test("a control character in a scenario's or a policy's text is refused, and never printed raw") func controlCharacters() {
        let red = Self.scenarios(#"{"now":"2026-11-27T18:30"}"#, title: #"Esc \u001b[31mRED\u001b[0m title"#)
        #expect(red.first == "s.json: scenarios[0].title: holds a control character (U+001B): write text only, as it is shown in a terminal, where an escape sequence, a bell or a carriage return could recolour the text or overwrite a line")
        for bad in [#"\u0007"#, #"\r"#, #"\u009b"#] {
            let label = TrainingReviewRound23QuoteTests.read(TrainingReviewRound23FileTests.testshire.replacingOccurrences(of: #""label":"Stage 1""#, with: #""label":"Stage \#(bad)1""#))
            #expect(label.policy == nil && label.problems.map(\.path) == ["stages[0].label"], "\(bad)")
        }
        let member = TrainingReviewRound23QuoteTests.read(TrainingReviewRound23FileTests.testshire.replacingOccurrences(of: #""format":1,"#, with: #""format":1,"a\u001b[2Kb":1,"#))
        #expect(member.problems.map(\.description) == [#"p5.json: a\u{1B}[2Kb: unknown member "a\u{1B}[2Kb": a policy file has only format, id, name, shortName, aliases, areas, covers, approved, reviewDue, dated, source, calendar, week, timescalesNote, atAnyRiskOfHarm, riskTriggers, checklist, stages, urgent, outOfScope, alsoInScope, partlyInScope, specialCases, exhausted, recordKeeping, disagreementExamples, contacts and forms"#])
    }
}

/// F13: a scenario's area, checked against its policy's areas as `route --area` checks it.
@Suite("Training review, round 23: a scenario's area")
struct TrainingReviewRound23AreaTests {
    /// The review's s3.json: "mars" and "Halton" were valid for Pan-Cheshire, and in a round "mars" gave every area's numbers.
    @Test("an area the policy does not have is an error, with its areas and the one meant") func unknownAreas() {
        let file = #"{"format":1,"policy":"pan-cheshire","scenarios":[{"id":"a","title":"A","story":"Friday evening","facts":{"risk":"immediate","area":"mars","now":"2026-11-27T18:30"},"expected":{"outcome":"urgent"}},{"id":"b","title":"B","story":"S","facts":{"area":"Halton","now":"2026-11-27T18:30"},"expected":{"outcome":"stage","position":1}}]}"#
        let outcome = Bundled.library.readScenarios(Array(file.utf8), file: "s3.json")
        #expect(outcome.set == nil)
        #expect(outcome.problems.map(\.description) == [
            "s3.json: scenarios[0].facts.area: \"mars\" is not an area of the Pan-Cheshire policy: use one of cheshire-west, cheshire-east, halton, warrington",
            "s3.json: scenarios[1].facts.area: \"Halton\" is not an area of the Pan-Cheshire policy: use one of cheshire-west, cheshire-east, halton, warrington; did you mean \"halton\"?",
        ])
    }

    @Test("every bundled scenario file still reads clean") func bundledScenarios() throws {
        #expect(throws: Never.self) { try PolicyLibrary.bundledScenarioLoad.get() }
        #expect(PolicyLibrary.bundledIDs.allSatisfy { !Bundled.library.scenarios(for: $0).isEmpty })
    }
}
