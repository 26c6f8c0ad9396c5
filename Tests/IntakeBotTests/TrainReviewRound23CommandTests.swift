import Foundation
import Testing

/// An outside trainer's review, round 23, F2: `train --policy-file` with no practice scenarios went on as the live chat,
/// the trainee's first answer choosing a partnership, with exit status 0.
@Suite("Trainer's review, round 23: train with no practice scenarios")
struct TrainReviewRound23CommandTests {
    static let text = """
        Testshire Escalation Policy. This policy covers children.
        Stage 1: talk to the worker you disagree with within 2 working days.
        If a child is at immediate risk, contact children's social care at once.

        """

    static let policy = #"{"format":1,"id":"testshire","name":"Testshire Safeguarding Partnership","shortName":"Testshire","areas":[{"id":"testshire","name":"Testshire"}],"covers":{"children":true,"adults":false,"quote":"This policy covers children."},"source":{"file":"test.txt","title":"Test policy"},"calendar":"england-and-wales","exhausted":{},"urgent":{"immediate":{"timescale":{"kind":"asSoonAsPossible","quote":"at once"},"actions":[{"text":"Contact children's social care at once","quote":"contact children's social care at once"}]},"significant":{"timescale":{"kind":"asSoonAsPossible","quote":"at once"},"actions":[{"text":"Contact children's social care","quote":"contact children's social care at once"}]}},"stages":[{"position":1,"label":"Stage 1","quote":"talk to the worker you disagree with","raisedBy":{"text":"you","quote":"talk to the worker"},"contact":{"role":{"text":"The worker you disagree with","quote":"the worker you disagree with"}},"timescale":{"kind":"workingDays","amount":2,"from":"arose","quote":"within 2 working days"}}]}"#

    @Test("train with a policy file and no scenarios stops with an error and a non-zero status, and starts no chat", arguments: [
        ["--policy-file", "p.json"], ["--policy-file", "p.json", "--policy", "testshire"],
    ])
    func noScenariosRefused(_ given: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.text.write(toFile: folder.path + "/test.txt", atomically: true, encoding: .utf8)
        try Self.policy.write(toFile: folder.path + "/p.json", atomically: true, encoding: .utf8)
        let result = try Executable.run(["train"] + given.map { $0 == "p.json" ? folder.path + "/p.json" : $0 } + ["--now", "2026-12-04T10:00"],
                                        input: Executable.lines(["1", "6"]))
        #expect(result.status == 2)
        #expect(result.output.isEmpty, "\(result.output)")
        #expect(result.errors.contains("there are no practice scenarios for Testshire, so no round was started"), "\(result.errors)")
        #expect(!result.errors.contains("First, safety"))
    }
}
