/// A practice case for training: a short fictional story, the facts behind it, and the route a
/// trainee should arrive at. The route is always the router's, so a scenario cannot teach a rule
/// the policy does not have; `expected` is there so a trainer's file is checked against it.
public struct Scenario: Sendable, Identifiable, Equatable {
    public struct Expected: Sendable, Equatable {
        public var outcome: Route.Outcome
        public var position: Int?
    }

    public var id: String
    public var title: String
    public var story: String
    public var facts: Facts
    public var expected: Expected
    /// Whether the file fixes the time; otherwise it happens whenever it is played.
    public var fixedNow: Bool

    /// The time scenarios without one are checked at; the stage they lead to does not depend on it.
    static let defaultNow = Moment(iso: "2026-11-23T10:00")!

    /// The facts as they stand when played at `now`.
    public func facts(at now: Moment) -> Facts {
        var facts = self.facts
        if !fixedNow { facts.now = now }
        return facts
    }
}

/// A policy's practice cases, as a scenario file holds them.
public struct ScenarioSet: Sendable {
    public var policyID: String
    public var scenarios: [Scenario]
}

extension PolicyLibrary {
    /// Reads and checks a scenario file: its shape, its policy, and each expected route against the router.
    public func readScenarios(_ bytes: [UInt8], file: String) -> (set: ScenarioSet?, problems: [PolicyProblem]) {
        let root: JSONValue
        do { root = try JSONValue.parse(bytes) } catch {
            return (nil, [PolicyProblem(file: file, path: "", message: "is not valid JSON: \(error)")])
        }
        var json = JSONReader(file: file)
        json.unknownMembers(root, at: "", of: "a scenario file", known: ["format", "policy", "scenarios"], meant: ["scenario": "scenarios", "version": "format"])
        json.format(root, of: "scenario files")
        let policyID = json.text(root, "policy", at: "")
        let listed = json.list(root, "scenarios", at: "", required: true)
        // A file with no cases adds nothing to a round, which would go on with the bundled cases alone, as if it had been read.
        if listed.isEmpty, case .array? = root["scenarios"] { json.problem("scenarios", "is empty: a scenario file needs at least one case") }
        let scenarios = listed.compactMap { ScenarioReader.scenario($0, at: $1, json: &json) }
        var problems = json.problems
        guard let policyID else { return (nil, problems) }
        guard let policy = policy(policyID) else {
            return (nil, problems + [PolicyProblem(file: file, path: "policy", message: "\"\(policyID)\" is not a known policy: give its policy file with --policy-file")])
        }
        problems += Self.areaProblems(listed, of: policy, file: file)
        let router = Router(policy: policy, calendar: calendar(for: policy))
        var seen: Set<String> = []
        for (index, scenario) in scenarios.enumerated() {
            if !seen.insert(scenario.id).inserted { problems.append(PolicyProblem(file: file, path: "scenarios[\(index)].id", message: "repeats the id \"\(scenario.id)\"")) }
            problems += scenario.dateProblems(file: file, at: "scenarios[\(index)].facts")
            // More stages tried than the policy has is a slip, not a case: it had shown only as "the router gives exhausted"
            // (a chat review, round 15, 2026-11-30).
            if let tried = scenario.facts.tried, !(0...policy.stages.count).contains(tried) {
                problems.append(PolicyProblem(file: file, path: "scenarios[\(index)].facts.tried",
                                              message: "is \(tried), but the \(policy.shortName) policy has \(policy.stages.count) stages: from 0 to \(policy.stages.count)"))
                continue
            }
            let route = router.route(scenario.facts)
            let actual = Scenario.Expected(outcome: route.outcome, position: route.stage?.position)
            if actual != scenario.expected {
                problems.append(PolicyProblem(file: file, path: "scenarios[\(index)].expected",
                                              message: "the router gives \(actual.phrase), not \(scenario.expected.phrase)"))
            }
        }
        let ok = !problems.contains { $0.severity == .error }
        return (ok ? ScenarioSet(policyID: policy.id, scenarios: scenarios) : nil, problems)
    }
}

extension PolicyLibrary {
    /// Each scenario's area that is not one of its policy's, as `route --area` refuses it: in a round, the case would give
    /// every area's numbers in place of the one the trainer meant, without a word (an outside training review, round 23, F13:
    /// "mars" and "Halton" were valid for Pan-Cheshire).
    static func areaProblems(_ listed: [(JSONValue, String)], of policy: Policy, file: String) -> [PolicyProblem] {
        let ids = policy.areas.map(\.id)
        return listed.compactMap { value, path in
            guard let area = value["facts"]?["area"]?.stringValue, policy.area(area) == nil else { return nil }
            let meant = MemberName.meant(area, among: ids).map { "; did you mean \"\($0)\"?" } ?? ""
            return PolicyProblem(file: file, path: JSONReader.join(path, "facts.area"),
                                 message: "\"\(area)\" is not an area of the \(policy.shortName) policy: use one of \(ids.joined(separator: ", "))\(meant)")
        }
    }
}

extension Scenario {
    /// Dates that cannot be: a stage begun before the disagreement was first raised, or a day after the scenario's
    /// own time, which the chat would not accept either (an outside review, round 9: both were played to learners).
    /// A scenario without a time of its own is played at the round's clock, so its dates may have passed or not yet
    /// come: a warning.
    func dateProblems(file: String, at path: String) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        if let raised = facts.raised, let started = facts.stageStarted, started < raised {
            problems.append(PolicyProblem(file: file, path: JSONReader.join(path, "stageStarted"),
                                          message: "\(started) is before \"raised\" (\(raised)): a stage cannot begin before the disagreement was first raised"))
        }
        guard fixedNow else {
            if facts.raised != nil || facts.stageStarted != nil {
                problems.append(PolicyProblem(file: file, path: path, message: "gives dates but no \"now\": it is played at the round's clock, so its dates may be in the future or long past; give \"now\" as well", severity: .warning))
            }
            return problems
        }
        for (key, day) in [("raised", facts.raised), ("stageStarted", facts.stageStarted)] {
            guard let day, day > facts.now.day else { continue }
            problems.append(PolicyProblem(file: file, path: JSONReader.join(path, key),
                                          message: "\(day) is after \"now\" (\(facts.now.day)): a date the story has not reached yet"))
        }
        return problems
    }
}

extension Scenario.Expected {
    /// A stage with no position is said so, not as "stage 0" (a chat review, round 14, 2026-11-30).
    var phrase: String { outcome == .stage ? position.map { "stage \($0)" } ?? "a stage with no position" : outcome.rawValue }
}

/// Reads one scenario, collecting problems by path like the policy reader.
enum ScenarioReader {
    /// The members each part of a scenario has, and the names a trainer might write for them.
    static let scenarioMembers = ["id", "title", "story", "facts", "expected"]
    static let scenarioMeant = ["name": "title", "description": "story", "text": "story", "answer": "expected", "expectation": "expected"]
    static let factMembers = ["risk", "with", "tried", "raised", "stageStarted", "now", "subject", "setting", "area", "special"]
    static let factMeant = ["counterpart": "with", "arose": "raised", "firstraised": "raised", "started": "stageStarted", "specialcases": "special",
                            "situations": "special", "time": "now", "at": "now", "stagestried": "tried", "about": "subject"]
    static let expectedMembers = ["outcome", "position"]
    static let expectedMeant = ["stage": "position", "stageposition": "position", "result": "outcome", "route": "outcome"]

    static func scenario(_ value: JSONValue, at path: String, json: inout JSONReader) -> Scenario? {
        guard json.object(value, at: path) != nil else { return nil }
        json.unknownMembers(value, at: path, of: "a scenario", known: scenarioMembers, meant: scenarioMeant)
        let id = json.text(value, "id", at: path)
        let title = json.text(value, "title", at: path)
        let story = json.text(value, "story", at: path)
        var fixedNow = false
        let facts = json.member(value, "facts", at: path).flatMap { self.facts($0, at: JSONReader.join(path, "facts"), json: &json, fixedNow: &fixedNow) }
        let expected = json.member(value, "expected", at: path).flatMap { self.expected($0, at: JSONReader.join(path, "expected"), json: &json) }
        guard let id, let title, let story, let facts, let expected else { return nil }
        return Scenario(id: id, title: title, story: story, facts: facts, expected: expected, fixedNow: fixedNow)
    }

    static func facts(_ value: JSONValue, at path: String, json: inout JSONReader, fixedNow: inout Bool) -> Facts? {
        guard json.object(value, at: path) != nil else { return nil }
        json.unknownMembers(value, at: path, of: "facts", known: factMembers, meant: factMeant)
        // Without "now" a scenario happens at the session's clock, so a trainer's --now sets the scene.
        var facts = Facts(now: Scenario.defaultNow)
        // Every other fact is still read when one is wrong, so each is said in the one pass the help promises (an outside
        // training review, round 23, F14: a bad "now" hid ten problems behind it).
        var readable = true
        if let nowText = json.text(value, "now", at: path, required: false) {
            if let now = Moment(iso: nowText) {
                facts.now = now
                fixedNow = true
            } else {
                json.problem(JSONReader.join(path, "now"), "should be a time as YYYY-MM-DDTHH:MM, but is \"\(nowText)\"")
                readable = false
            }
        }
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T? where T.RawValue == String {
            guard let text = json.text(value, key, at: path, required: false) else { return nil }
            guard let parsed = T(rawValue: text) else {
                json.problem(JSONReader.join(path, key), "should be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), but is \"\(text)\"")
                return nil
            }
            return parsed
        }
        func day(_ key: String) -> Day? {
            guard let text = json.text(value, key, at: path, required: false) else { return nil }
            guard let day = Day(iso: text) else {
                json.problem(JSONReader.join(path, key), "should be a date as YYYY-MM-DD")
                return nil
            }
            return day
        }
        facts.risk = choice("risk", Risk.self) ?? .none
        facts.counterpart = choice("with", Counterpart.self) ?? .otherAgency
        facts.subject = choice("subject", Subject.self)
        facts.setting = choice("setting", Setting.self)
        facts.area = json.text(value, "area", at: path, required: false)
        if value["tried"] != nil { facts.tried = json.integer(value, "tried", at: path) ?? 0 }
        facts.raised = day("raised")
        facts.stageStarted = day("stageStarted")
        for (text, here) in json.texts(value, "special", at: path).enumerated().map({ ($1, "\(JSONReader.join(path, "special"))[\($0)]") }) {
            guard let kind = SpecialCase.Kind(rawValue: text) else {
                json.problem(here, "should be one of \(SpecialCase.Kind.allCases.map(\.rawValue).joined(separator: ", ")), but is \"\(text)\"")
                continue
            }
            facts.specialCases.insert(kind)
        }
        return readable ? facts : nil
    }

    static func expected(_ value: JSONValue, at path: String, json: inout JSONReader) -> Scenario.Expected? {
        guard json.object(value, at: path) != nil else { return nil }
        json.unknownMembers(value, at: path, of: "expected", known: expectedMembers, meant: expectedMeant)
        let text = json.text(value, "outcome", at: path)
        let position = value["position"] == nil ? nil : json.integer(value, "position", at: path)
        guard let text else { return nil }
        guard let outcome = Route.Outcome(rawValue: text) else {
            json.problem(JSONReader.join(path, "outcome"), "should be one of \(Route.Outcome.allCases.map(\.rawValue).joined(separator: ", ")), but is \"\(text)\"")
            return nil
        }
        return Scenario.Expected(outcome: outcome, position: position)
    }
}
