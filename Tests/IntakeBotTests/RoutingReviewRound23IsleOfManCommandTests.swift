import Foundation
import Testing

/// An outside routing review, round 23, F3, F4 and F10, on the Isle of Man's routes, run as the reviewer ran them.
@Suite("Routing review, round 23: the Isle of Man's routes, as the reviewer ran them")
struct RoutingReviewRound23IsleOfManCommandTests {
    static let now = ["--now", "2025-03-05T10:00"]

    /// The route's text and its JSON, for the same arguments.
    static func route(_ arguments: [String]) throws -> (text: String, json: [String: Any]) {
        let base = ["route", "--policy", "isle-of-man"] + arguments + now
        let text = try Executable.run(base), json = try Executable.run(base + ["--json"])
        #expect(text.status == 0, "\(text.errors)")
        #expect(json.status == 0, "\(json.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let words = text.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (words, try #require(object))
    }

    /// F4: the policy's only carve-out for a conference is a child protection case conference's (003 l.67), and its stages are
    /// for "dispute and strong disagreement about decision making" and a plan for a vulnerable adult "inadequate to meet
    /// their needs" (l.49-50): an adult protection conference's outcome or plan goes through them, as a reading, and an
    /// adult at immediate risk gets the stage to expedite; how such a conference was run is unknown.
    @Test("an adult protection conference's outcome goes through the stages, as a reading, expedited at immediate risk")
    func adultConferenceOnStages() throws {
        let urgent = try Self.route(["--with", "conference", "--subject", "adult", "--risk", "immediate"])
        #expect(!urgent.text.contains("does not cover"), "\(urgent.text)")
        #expect(!urgent.text.contains("which this disagreement does not go through"), "\(urgent.text)")
        #expect(urgent.text.contains("so a disagreement with an adult protection conference's outcome or plan goes through its stages (a reading, not stated in the policy)"), "\(urgent.text)")
        #expect(urgent.text.contains("Of how such a conference was run it says nothing: where a disagreement about that goes is unknown."), "\(urgent.text)")
        #expect(urgent.text.contains("Stage to expedite now: Stage One: Direct Professional to Professional Discussion (stage 1 of 4)."), "\(urgent.text)")
        #expect(urgent.json["outcome"] as? String == "urgent")
        let pursued = try #require(urgent.json["stageToPursue"] as? [String: Any])
        #expect(pursued["position"] as? Int == 1)
        #expect(pursued["expedite"] as? Bool == true)
        let quotes = (urgent.json["citations"] as? [[String: Any]] ?? []).compactMap { $0["quote"] as? String }
        #expect(quotes.contains { $0.contains("dispute and strong disagreement about decision making") && $0.contains("inadequate to meet their needs") }, "\(quotes)")

        let calm = try Self.route(["--with", "conference", "--subject", "adult", "--tried", "2"])
        #expect(calm.json["outcome"] as? String == "stage")
        #expect((calm.json["stage"] as? [String: Any])?["position"] as? Int == 3)
        #expect(calm.text.hasPrefix("Next: Stage Three: Senior Manager to Senior Management Discussion"), "\(calm.text)")
    }

    @Test("a child protection conference still goes to the Child Protection Conference Procedure, with the subject given or not",
          arguments: [["--subject", "child"], []])
    func childConferenceUnchanged(_ subject: [String]) throws {
        let route = try Self.route(["--with", "conference"] + subject)
        #expect(route.json["outcome"] as? String == "out-of-scope")
        #expect(route.text.contains("Follow the complaint process in the Child Protection Conference Procedure."), "\(route.text)")
    }

    /// F3: read as a decision on this child's or adult's safety (003 l.49), one person's conduct continues at the stage after
    /// `--tried`, with that stage's contact, form and time, in the text and, additively, in the JSON's `stageToPursue`.
    @Test("one person's conduct, read as a decision on safety, continues at the stage after --tried, in the text and the JSON",
          arguments: [[String](), ["--risk", "significant"]])
    func individualConductContinues(_ risk: [String]) throws {
        let route = try Self.route(["--with", "individual-conduct", "--tried", "3"] + risk)
        #expect(!route.text.contains("starting at Stage One"), "\(route.text)")
        #expect(route.text.contains("Read as a decision on this child or adult's safety, next stage to pursue: Stage Four: Isle of Man Safeguarding Board (stage 4 of 4)."), "\(route.text)")
        #expect(route.text.contains("Form: Resolving Professional Differences Escalation Referral Form, send to Isle of Man Safeguarding Board, safeguardingboard.co@gov.im"), "\(route.text)")
        #expect(route.text.contains("By: Wednesday 12 March 2025, for the senior manager to notify the Director of Multi-Agency Safeguarding"), "\(route.text)")
        #expect(!route.text.contains("an outer limit only"), "\(route.text)")
        #expect(route.json["outcome"] as? String == "out-of-scope")
        let stage = try #require(route.json["stageToPursue"] as? [String: Any])
        #expect(stage["position"] as? Int == 4)
        #expect(stage["reading"] as? String == "Read as a decision on this child or adult's safety")
        #expect(stage["expedite"] as? Bool == false)
        #expect(stage["dateToWorkTo"] as? String == "2025-03-12")
        #expect((stage["contact"] as? [String: Any])?["email"] as? String == "safeguardingboard.co@gov.im")
        #expect((stage["form"] as? [String: Any])?["name"] as? String == "Resolving Professional Differences Escalation Referral Form")
    }
}
