import Foundation
import Testing

@Suite("The terminal chat, as a real process")
struct TerminalChatTests {
    @Test("a piped conversation reaches its route and ends cleanly at end of input") func pipedConversation() throws {
        let result = try Executable.run(["--now", "2026-11-23T10:00"], input: Executable.lines(
            ["no", "no", "2", "1", "1", "yes", "CSC say it doesnt meet threshold", "yes", "0", "today"]))
        #expect(result.status == 0)
        #expect(result.output.contains("Next: Stage One – Professional to Professional (stage 1 of 5, Torbay)"))
        #expect(result.output.contains("By: Monday 30 November 2026, for Stages One and Two together (the policy gives\n  one week to both): 5 working days from Monday 23 November 2026, when it was\n  first raised."))
        #expect(result.errors.isEmpty)
        #expect(!result.output.contains("Input ended before a route was given."))
    }

    /// An outside review (2026-11-30): input that ended mid-conversation ended it silently.
    @Test("input that ends before the route says so, and what to do if someone is at risk") func inputEndsEarly() throws {
        let result = try Executable.run(["--now", "2026-11-23T10:00"], input: Executable.lines(["yes"]))
        #expect(result.status == 0)
        #expect(result.output.contains("Input ended before a route was given.\nIf anyone is in danger now, call 999"))
    }

    /// A chat review (round 14, 2026-11-30) went back from a route and asked for the record: it was told to answer more
    /// questions first, and at the end that input ended before a route was given, though one was and its record was saved.
    @Test("after going back from a route, record and the end of input say the route given no longer stands") func backFromRoute() throws {
        let result = try Executable.run(["--policy", "torbay", "--now", "2026-12-04T16:40"], input: Executable.lines(
            ["no", "no", "1", "1", "yes", "CSC closed the case", "yes", "0", "today", "back", "record"]))
        #expect(result.status == 0)
        #expect(result.output.contains("Next: Stage One – Professional to Professional"))
        let flat = result.output.replacingOccurrences(of: "\n  ", with: " ")
        #expect(flat.contains("You went back to change an answer, so the route given before no longer stands until you finish the questions again: then there is a new route to record."))
        #expect(flat.contains("Input ended after you went back to change an answer: the route given before no longer stands, as the questions were not finished again."))
        #expect(!result.output.contains("There is no route to record yet"))
        #expect(!result.output.contains("Input ended before a route was given."))
    }

    /// A chat review (round 5, 2026-11-30) stopped at the risk question asked again and was told nothing about danger.
    @Test("input that ends at the risk question asked again still gives the 999 line") func inputEndsAtRiskAgain() throws {
        let result = try Executable.run(["--now", "2026-11-23T10:00"], input: Executable.lines(
            ["no", "no", "2", "1", "1", "yes", "the 4yo has been home alone since this morning, CSC say tomorrow"]))
        #expect(result.status == 0)
        #expect(result.output.contains("risk of harm today? (yes / no)"))
        #expect(result.output.contains("Input ended before a route was given.\nIf anyone is in danger now, call 999"))
    }

    /// A practitioner's review (2026-11-30): wrapped to 80 columns, a JSON record was not JSON and a
    /// Markdown table's rows fell apart, so neither could be pasted.
    @Test("a record in JSON or Markdown is shown unwrapped, pasteable as it is") func formattedRecordsUnwrapped() throws {
        let answers = ["no", "no", "2", "1", "1", "yes", "CSC say it doesnt meet threshold", "yes", "0", "today"]
        let json = try Executable.run(["--now", "2026-11-23T10:00"], input: Executable.lines(answers + ["record json"]))
        let start = try #require(json.output.range(of: "\n{\n"))
        let end = try #require(json.output.range(of: "\n}\n", range: start.upperBound..<json.output.endIndex))
        let text = String(json.output[json.output.index(after: start.lowerBound)..<end.upperBound])
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(object?["policy"] as? String == "torbay")
        let markdown = try Executable.run(["--now", "2026-11-23T10:00"], input: Executable.lines(answers + ["record markdown"]))
        let rows = markdown.output.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count > 5)
        #expect(rows.allSatisfy { $0.hasSuffix(" |") }, "\(rows)")
    }

    @Test("with no standard input at all, the chat greets and exits 0") func noInput() throws {
        let result = try Executable.run([])
        #expect(result.status == 0)
        #expect(result.output.contains("First, safety: is a child or adult at immediate risk of significant harm right"))
    }

    @Test("each prompt reaches a piped reader before it answers") func promptsAreFlushed() throws {
        let process = Process()
        process.executableURL = Executable.url
        process.arguments = ["--policy", "torbay", "--now", "2026-11-23T10:00"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let reader = PollingReader(stdout.fileHandleForReading.fileDescriptor)
        // The process is still waiting for input here, so anything seen was flushed, not written at exit.
        #expect(reader.waitFor("3. No", seconds: 10))
        try stdin.fileHandleForWriting.write(contentsOf: Data("3\n".utf8))
        #expect(reader.waitFor("2. An adult", seconds: 10))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("invalid UTF-8, control characters and a 100 KB line do not stop the chat") func hostileBytes() throws {
        var input: [UInt8] = [0xFF, 0xFE, 0x0A, 0x07, 0x1B, 0x5B, 0x33, 0x31, 0x6D, 0x0A]
        input += Array(repeating: UInt8(ascii: "x"), count: 100_000) + [0x0A]
        input += Executable.lines(["no", "no", "2", "child"])
        let result = try Executable.run(["--now", "2026-11-23T10:00"], input: input)
        #expect(result.status == 0)
        #expect(result.output.contains("That was long, so I kept only the first 2,000 characters;"))
        #expect(result.output.contains("Who is the disagreement with?"))
    }

    @Test("finished conversations are saved as 0600 records with nothing identifying") func recordsArePrivate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Executable.run(["--policy", "torbay", "--record-dir", folder.path, "--now", "2026-11-23T10:00"], input: Executable.lines(
            ["no", "no", "1", "1", "yes", "Jamie Smith dob 03/04/2015 - CSC say it doesnt meet threshold", "yes", "0", "today", "calendar"]))
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.count == 2)
        for name in names {
            #expect(try folder.mode(of: name) == 0o600, "\(name)")
            let text = try String(contentsOfFile: (folder.path as NSString).appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("Jamie") && !text.contains("03/04/2015"))
        }
        #expect(names.contains("escalation-deadline-2026-11-30.ics"))
        let stats = try Executable.run(["stats", "--record-dir", folder.path])
        #expect(stats.output.contains("1 record in"))
        #expect(stats.output.contains("threshold-level-of-need"))
    }

    /// A chat review, round 22, F7: two cases due the same day wrote the same .ics name, and the second replaced the first.
    @Test("two cases due the same day keep two calendar entries; the same case asking again replaces its own") func calendarPerCase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let answers = ["no", "no", "1", "1", "yes", "CSC say it doesnt meet threshold", "yes", "0", "today", "calendar"]
        for now in ["2026-11-23T10:00", "2026-11-23T11:00"] {
            let result = try Executable.run(["--policy", "torbay", "--record-dir", folder.path, "--now", now], input: Executable.lines(answers))
            #expect(result.status == 0)
        }
        let again = try Executable.run(["--policy", "torbay", "--record-dir", folder.path, "--now", "2026-11-23T11:00"],
                                       input: Executable.lines(answers + ["calendar"]))
        #expect(again.output.contains("escalation-deadline-2026-11-30-2.ics"), "\(again.output)")
        let calendars = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".ics") }.sorted()
        #expect(calendars == ["escalation-deadline-2026-11-30-2.ics", "escalation-deadline-2026-11-30.ics"], "\(calendars)")
        for name in calendars { #expect(try folder.mode(of: name) == 0o600, "\(name)") }
        let first = try String(contentsOfFile: (folder.path as NSString).appendingPathComponent(calendars[1]), encoding: .utf8)
        #expect(first.contains("20261123T100000Z"), "the first case's entry is still there: \(first)")
    }
}

@Suite("The command line")
struct CommandLineTests {
    @Test("every command answers --help", arguments: ["route", "validate", "policies", "classify", "chat", "stats"])
    func help(_ command: String) throws {
        let result = try Executable.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Usage: intake-bot "))
    }

    @Test("a bad flag or value exits 2 with a clear message", arguments: [
        ["route", "--policy", "torbay", "--bogus"], ["route", "--policy", "torbay", "--tried", "two"],
        ["route", "--policy", "nowhere"], ["route", "--policy", "torbay", "--risk", "high"], ["frobnicate"],
        ["route", "--policy", "pan-cheshire", "--area", "mars"], ["--now", "tomorrow"],
    ])
    func badUsage(_ arguments: [String]) throws {
        let result = try Executable.run(arguments)
        #expect(result.status == 2)
        #expect(!result.errors.isEmpty)
        #expect(result.output.isEmpty)
    }

    @Test("route --json prints the documented shape") func routeJSON() throws {
        let result = try Executable.run(["route", "--policy", "torbay", "--tried", "2", "--raised", "2026-11-23", "--now", "2026-11-23T10:00", "--json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(json?["deadline"] as? String == "2026-11-30")
        #expect(json?["deadlineBasis"] as? String == "5 working days from today, Monday 23 November 2026, taken as the day Stage Two ended without agreement (give the day if it was earlier)")
        #expect((json?["stage"] as? [String: Any])?["position"] as? Int == 3)
        #expect(Set(json?.keys.map { $0 } ?? []) == ["policy", "outcome", "risk", "headline", "stage", "stageToPursue", "contact", "otherContacts", "notify", "form",
                                                     "deadline", "deadlineTime", "deadlineBasis", "deadlinePurpose", "otherReading", "workTo", "dateToWorkTo", "timeToWorkTo", "actions", "record", "recordNote", "citations", "warnings"])
        #expect(json?["dateToWorkTo"] as? String == "2026-11-30")
    }

    @Test("route takes the day the stage began and the special cases, and refuses a date after --now") func routeFacts() throws {
        let result = try Executable.run(["route", "--policy", "torbay", "--tried", "2", "--raised", "2026-11-02", "--stage-started", "2026-11-16",
                                         "--contact-unknown", "--now", "2026-11-23T10:00", "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(json?["deadline"] as? String == "2026-11-23")
        #expect((json?["contact"] as? [String: Any])?["email"] as? String == "neil.cotton@torbay.gov.uk")
        for (flag, value) in [("--raised", "2026-11-24"), ("--stage-started", "2026-12-01")] {
            let refused = try Executable.run(["route", "--policy", "torbay", "--tried", "2", flag, value, "--now", "2026-11-23T10:00"])
            #expect(refused.status == 2)
            #expect(refused.errors.contains("\(flag) \(value) is after --now's day, 2026-11-23"))
        }
        let backwards = try Executable.run(["route", "--policy", "torbay", "--tried", "2", "--raised", "2026-11-20", "--stage-started", "2026-11-16", "--now", "2026-11-23T10:00"])
        #expect(backwards.status == 2)
    }

    @Test("validate reports a broken file's problems with paths and exits 1") func validateBroken() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = (folder.path as NSString).appendingPathComponent("broken.json")
        try #"{"id": "Bad Id", "stages": [{"position": 2}], "contacts": [{"id": "x", "role": "X", "email": "nope", "quote": "q"}]}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Executable.run(["validate", path])
        #expect(result.status == 1)
        #expect(result.output.contains("\(path): stages[0].label: is missing"))
        #expect(result.output.contains("\(path): contacts[0].email: \"nope\" is not an email address"))
        #expect(result.output.contains("\(path): id: should be lower-case words"))
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let bundledPolicies = repository.appendingPathComponent("Sources/EscalationRules/Resources/Policies")
    static let sources = repository.appendingPathComponent("Tests/EscalationRulesTests/Fixtures/sources")

    @Test("validate accepts the five bundled policies, each quote found in its source text beside it") func validateBundled() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for directory in [Self.bundledPolicies, Self.sources] {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
                try FileManager.default.copyItem(atPath: directory.appendingPathComponent(name).path, toPath: folder.path + "/" + name)
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted().map { folder.path + "/" + $0 }
        let result = try Executable.run(["validate"] + files)
        #expect(result.status == 0)
        #expect(result.output.components(separatedBy: "valid policy").count - 1 == 5)
        #expect(result.output.contains("/torbay.json: valid policy 'torbay' with 5 stages: every quote found in 001_113472a31fc0eb7f.txt, and every time agrees with the length its quote gives; that the other values say what their quotes say is for you to check\n"))
    }

    /// A chat review, round 16, 2026-12-01: a copy of Torbay's policy as "devon", its source text missing and a stage quote in
    /// no policy, was "valid policy 'devon' with 5 stages"; one keeping the id "torbay" was valid too, and listed in Torbay's place.
    @Test("validate checks quotes against the source text beside a policy, says where it could not, and warns of a built-in's id") func validateQuotes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let torbay = try String(contentsOf: Self.bundledPolicies.appendingPathComponent("torbay.json"), encoding: .utf8)
        let stageQuote = #""quote": "Initial attempts should be taken to resolve the problem at the lowest possible level. This would normally be between the people who disagree.""#
        try #require(torbay.contains(stageQuote))
        let devon = torbay.replacingOccurrences(of: #""id": "torbay""#, with: #""id": "devon""#)
            .replacingOccurrences(of: "001_113472a31fc0eb7f.txt", with: "devon-escalation.txt")
            .replacingOccurrences(of: stageQuote, with: #""quote": "This sentence is not in any policy.""#)
        let path = folder.path + "/p5.json"
        try devon.write(toFile: path, atomically: true, encoding: .utf8)
        let unchecked = try Executable.run(["validate", path])
        #expect(unchecked.status == 0)
        #expect(unchecked.output == "\(path): source.file: warning: \"devon-escalation.txt\" was not found beside this file, so no quote was checked against the policy's words: put the policy's text there, as plain text, and validate again\n"
                + "\(path): no errors in policy 'devon' with 5 stages, but its quotes were not checked, 1 warning\n")
        try FileManager.default.copyItem(atPath: Self.sources.appendingPathComponent("001_113472a31fc0eb7f.txt").path, toPath: folder.path + "/devon-escalation.txt")
        let checked = try Executable.run(["validate", path])
        #expect(checked.status == 1)
        #expect(checked.output == "\(path): stages[0].quote: is not in devon-escalation.txt word for word: \"This sentence is not in any policy.\"\n\(path): 1 error, 0 warnings\n")

        let copy = folder.path + "/mine.json"
        try torbay.replacingOccurrences(of: #""shortName": "Torbay""#, with: #""shortName": "Torbay (ours)""#).write(toFile: copy, atomically: true, encoding: .utf8)
        let replacing = "\"torbay\" is the id of the built-in Torbay policy: used with --policy-file, this file replaces it, for --policy torbay and in every list; give it an id of its own to keep both"
        #expect(try Executable.run(["validate", copy]).output.contains("\(copy): id: warning: \(replacing)\n"))
        let listed = try Executable.run(["policies", "--policy-file", copy])
        #expect(listed.status == 0)
        let flat = listed.output.replacingOccurrences(of: "\n     ", with: " ")
        #expect(flat.contains("5. torbay: Torbay Safeguarding Children Partnership (TSCP) (from \(copy))") && flat.contains("   warning: \(replacing)\n"), "\(listed.output)")
    }

    /// A chat review, round 17 (2026-12-01): Torbay was listed "approved: not stated; review due: not stated", though its
    /// text is headed "(April 2021)".
    @Test("policies shows the date each text gives, as it gives it") func policiesDated() throws {
        let listed = try Executable.run(["policies"])
        #expect(listed.status == 0)
        let flat = listed.output.replacingOccurrences(of: "\n     ", with: " ")
        #expect(flat.contains("approved: June 2018; review due: June 2021; last amended July 2020; 5 stages"), "\(listed.output)")
        #expect(flat.contains("approved: not stated; review due: not stated; dated April 2021, in its heading; 5 stages"))
        #expect(flat.contains("approved: not stated; review due: not stated; the text gives no date; 4 stages"))
        #expect(flat.contains("approved: April 2023; review due: April 2025; 4 stages"))
        #expect(flat.contains("approved: not stated; review due: February 2025; completed February 2023 (its date of approval is left blank); 5 stages"))
    }

    @Test("classify reads one description per line of standard input") func classifyLines() throws {
        let result = try Executable.run(["classify", "--json"], input: Executable.lines(["no strat discussion", "", "he is going home to him tonight"]))
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix(#"{"type": "convening-strategy-or-conference", "confidence": "#) == true)
        #expect(lines.last?.contains(#""urgency": "immediate""#) == true)
    }

    @Test("a policy file from another partnership is used with no code change") func policyFile() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EscalationRulesTests/Fixtures/example-partnership.json").path
        let result = try Executable.run(["route", "--policy-file", example, "--tried", "1", "--raised", "2026-11-23", "--now", "2026-11-23T10:00"])
        #expect(result.status == 0)
        #expect(result.output.contains("Next: Stage 2 – Manager to Manager (stage 2 of 2, Riverside)"))
    }
}

@Suite("Training commands")
struct TrainingCommandTests {
    @Test("pathway draws every format for every policy", arguments: ["bcssp", "torbay", "pan-cheshire", "isle-of-man", "shropshire"])
    func pathway(_ policy: String) throws {
        for format in ["text", "mermaid", "dot", "svg"] {
            let result = try Executable.run(["pathway", "--policy", policy, "--format", format])
            #expect(result.status == 0, "\(policy) \(format)")
            #expect(!result.output.isEmpty)
        }
        let timeline = try Executable.run(["pathway", "--policy", policy, "--timeline", "--raised", "2026-12-14", "--format", "svg"])
        #expect(timeline.status == 0)
        #expect(timeline.output.hasPrefix("<?xml"))
    }

    @Test("compare prints a table in each format") func compare() throws {
        for format in ["text", "markdown", "html"] {
            let result = try Executable.run(["compare", "--format", format, "--policy", "torbay", "--policy", "isle-of-man"])
            #expect(result.status == 0)
            #expect(result.output.contains("Torbay") && result.output.contains("Isle of Man"))
        }
    }

    @Test("train plays a round in the terminal, banner on every turn") func train() throws {
        let result = try Executable.run(["train", "--policy", "shropshire", "--now", "2026-12-24T16:45"], input: Executable.lines(Array(repeating: "2", count: 40)))
        #expect(result.status == 0)
        #expect(result.output.contains("Round complete: "))
        let turns = result.output.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(turns.allSatisfy { $0.hasPrefix("[TRAINING - not a live case]") })
    }

    @Test("validate checks scenario files against the router") func validateScenarios() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/mine.json"
        try #"{"format": 1, "policy": "shropshire", "scenarios": [{"id": "a", "title": "t", "story": "s", "facts": {"tried": 1}, "expected": {"outcome": "stage", "position": 3}}]}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Executable.run(["validate", path])
        #expect(result.status == 1)
        #expect(result.output.contains("scenarios[0].expected: the router gives stage 2, not stage 3"))
        let trained = try Executable.run(["train", "--scenarios", path])
        #expect(trained.status == 1)
        // A chat review (round 12): a file that is not an object ended the command with nothing said.
        for text in [#"[{"title": "x"}]"#, #""hello""#] {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let refused = try Executable.run(["train", "--scenarios", path])
            #expect(refused.status == 1 && refused.errors.contains("\(path): not a scenario file"), "\(refused.errors)")
        }
    }

    /// A chat review, round 16, 2026-12-01: a valid Torbay file with `--policy pan-cheshire` played Pan-Cheshire's nine cases
    /// without a word, and a file of format 99 with no cases validated.
    @Test("train refuses a scenario file for another partnership, and validate reports a file of another format or with no cases") func scenarioFileMismatch() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/s5.json"
        try #"{"format": 1, "policy": "torbay", "scenarios": [{"id": "a", "title": "t", "story": "s", "facts": {"tried": 0, "now": "2026-11-23T10:00", "subject": "child"}, "expected": {"outcome": "stage", "position": 1}}]}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try Executable.run(["train", "--policy", "pan-cheshire", "--scenarios", path], input: Executable.lines(["quit"]))
        #expect(refused.status == 2)
        #expect(refused.errors.contains("\(path) is for Torbay, not Pan-Cheshire: its 1 case is not used, and no round was started. Give --policy torbay to practise it, or a scenario file for Pan-Cheshire."), "\(refused.errors)")
        #expect(!refused.output.contains("Practice round"))
        let played = try Executable.run(["train", "--policy", "torbay", "--scenarios", path], input: Executable.lines(["quit"]))
        #expect(played.status == 0 && played.output.contains("Practice round: 10 cases under the Torbay policy"))
        try #"{"format": 99, "policy": "torbay", "scenarios": []}"#.write(toFile: path, atomically: true, encoding: .utf8)
        let validated = try Executable.run(["validate", path])
        #expect(validated.status == 1)
        #expect(validated.output == "\(path): format: is 99, but this version of intake-bot reads scenario files of format 1 only\n"
                + "\(path): scenarios: is empty: a scenario file needs at least one case\n\(path): 2 errors, 0 warnings\n")
    }
}
