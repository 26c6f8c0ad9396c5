import Foundation
import Testing

/// An outside training review, round 23: `validate`, `compare` and the help with a partnership's own files.
@Suite("Training review, round 23: commands with a partnership's own files")
struct TrainingReviewRound23CommandTests {
    /// The review's made-up policy text and its policy file (its `p5.json` with the values put right), and its `s5.json`.
    static let text = """
        Testshire Escalation Policy. This policy covers children.
        Stage 1: talk to the worker you disagree with within 2 working days.
        Stage 2: speak to your line manager, who will contact the other agency's manager within 5 working days. Notify the partnership at partnership@testshire.gov.uk.
        If a child is at immediate risk, contact children's social care at once.

        """
    static let policy = #"{"format":1,"id":"testshire","name":"Testshire Safeguarding Partnership","shortName":"Testshire","areas":[{"id":"testshire","name":"Testshire"}],"covers":{"children":true,"adults":false,"quote":"This policy covers children."},"source":{"file":"test.txt","title":"Test policy"},"calendar":"england-and-wales","exhausted":{},"urgent":{"immediate":{"timescale":{"kind":"asSoonAsPossible","quote":"at once"},"actions":[{"text":"Contact children's social care at once","quote":"contact children's social care at once"}]},"significant":{"timescale":{"kind":"asSoonAsPossible","quote":"at once"},"actions":[{"text":"Contact children's social care","quote":"contact children's social care at once"}]}},"stages":[{"position":1,"label":"Stage 1","quote":"talk to the worker you disagree with","raisedBy":{"text":"you","quote":"talk to the worker"},"contact":{"role":{"text":"The worker you disagree with","quote":"the worker you disagree with"}},"timescale":{"kind":"workingDays","amount":2,"from":"arose","quote":"within 2 working days"}},{"position":2,"label":"Stage 2","quote":"speak to your line manager","raisedBy":{"text":"your line manager","quote":"your line manager"},"contact":{"role":{"text":"Your line manager","quote":"speak to your line manager"}},"timescale":{"kind":"workingDays","amount":5,"from":"stageStarted","quote":"within 5 working days"},"notify":[{"role":{"text":"The Testshire partnership","quote":"Notify the partnership"}}]}]}"#
    static let scenarios = #"{"format":1,"policy":"testshire","scenarios":[{"id":"a","title":"First talk","story":"You disagree with a social worker's decision made this morning.","facts":{"raised":"2026-12-04","now":"2026-12-04T10:00"},"expected":{"outcome":"stage","position":1}},{"id":"b","title":"Line manager","story":"The worker would not change their decision yesterday.","facts":{"tried":1,"raised":"2026-12-01","stageStarted":"2026-12-03","now":"2026-12-04T10:00"},"expected":{"outcome":"stage","position":2}}]}"#

    /// The three files in a fresh folder: the policy text, `p5.json` and `s5.json`.
    static func files() throws -> (folder: TemporaryFolder, policy: String, scenarios: String) {
        let folder = try TemporaryFolder()
        try text.write(toFile: folder.path + "/test.txt", atomically: true, encoding: .utf8)
        try policy.write(toFile: folder.path + "/p5.json", atomically: true, encoding: .utf8)
        try scenarios.write(toFile: folder.path + "/s5.json", atomically: true, encoding: .utf8)
        return (folder, folder.path + "/p5.json", folder.path + "/s5.json")
    }

    /// F13: `validate p5.json s5.json` gave `policy: "testshire" is not a known policy`, and `--policy-file` was refused,
    /// though `train --policy-file p5.json --scenarios s5.json` played them.
    @Test("validate checks a scenario file against a policy file named beside it or with --policy-file") func scenariosForOwnPolicy() throws {
        let (folder, policy, scenarios) = try Self.files()
        defer { folder.remove() }
        let valid = "\(scenarios): valid scenarios for 'testshire': 2, each agreeing with the router\n"
        let beside = try Executable.run(["validate", policy, scenarios])
        #expect(beside.status == 0)
        #expect(beside.output == "\(policy): valid policy 'testshire' with 2 stages: every quote found in test.txt, and every time agrees with the length its quote gives; that the other values say what their quotes say is for you to check\n" + valid)
        let given = try Executable.run(["validate", "--policy-file", policy, scenarios])
        #expect(given.status == 0 && given.output == valid, "\(given.output)\(given.errors)")
        let alone = try Executable.run(["validate", scenarios])
        #expect(alone.status == 1)
        #expect(alone.output == "\(scenarios): policy: \"testshire\" is not a known policy: give its policy file with --policy-file\n\(scenarios): 1 error, 0 warnings\n")
    }

    /// F12: `compare --policy torbay --policy-file p4.json` showed Torbay alone.
    @Test("compare with --policy and --policy-file includes the file's policy") func compareIncludesFile() throws {
        let (folder, policy, _) = try Self.files()
        defer { folder.remove() }
        let result = try Executable.run(["compare", "--policy", "torbay", "--policy-file", policy])
        #expect(result.status == 0)
        let header = result.output.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("Torbay") && header.contains("Testshire"), "\(header)")
        let both = try Executable.run(["compare", "--policy", "torbay", "--policy", "testshire", "--policy-file", policy])
        #expect(both.output == result.output)
    }

    /// F16: no help said where either file format is described, and no command gave a built-in policy as a starting file.
    @Test("the help says where each file format is described", arguments: [["--help"], ["validate", "--help"], ["train", "--help"], ["compare", "--help"], ["policies", "--help"]])
    func helpNamesFormats(_ words: [String]) throws {
        let flat = try Executable.run(words).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("docs/policy-format.md"), "\(flat)")
        if words != ["compare", "--help"] { #expect(flat.contains("README.md"), "\(flat)") }
    }

    @Test("policies --export prints a bundled policy file, and --export-scenarios its practice cases, as starting files") func export() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let exported = try Executable.run(["policies", "--export", "shropshire"])
        #expect(exported.status == 0)
        #expect(exported.output == (try String(contentsOf: repository.appendingPathComponent("Sources/EscalationRules/Resources/Policies/shropshire.json"), encoding: .utf8)))
        let cases = try Executable.run(["policies", "--export-scenarios", "shropshire"])
        #expect(cases.status == 0)
        #expect(cases.output == (try String(contentsOf: repository.appendingPathComponent("Sources/EscalationRules/Resources/Scenarios/shropshire.json"), encoding: .utf8)))
        let unknown = try Executable.run(["policies", "--export", "testshire"])
        #expect(unknown.status == 2 && unknown.errors.contains("no built-in policy 'testshire'"), "\(unknown.errors)")
    }
}
