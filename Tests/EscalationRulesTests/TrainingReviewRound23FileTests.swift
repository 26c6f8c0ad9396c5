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
