import Foundation

/// The policies and holiday calendars the bot knows, bundled or loaded from a partnership's own file.
public struct PolicyLibrary: Sendable {
    public private(set) var policies: [Policy]
    public private(set) var calendars: [String: HolidayCalendar]
    /// Practice cases a trainer added, by policy id; the bundled ones load on first use.
    private var addedScenarios: [String: [Scenario]] = [:]
    /// Whether this library carries the bundled scenarios (a library built by hand does not).
    private var hasBundledScenarios = false

    public init(policies: [Policy], calendars: [String: HolidayCalendar]) {
        self.policies = policies
        self.calendars = calendars
    }

    /// The bundled library, or every problem with its files (each naming its path). Read once, on
    /// first use; the shell checks it at start and stops with the problems if it failed.
    public static let bundledLoad: Result<PolicyLibrary, PolicyFileError> = Result { () throws(PolicyFileError) in try loadBundled() }

    /// The policies and calendars that ship with the module: every file in `Policies/` and
    /// `Calendars/`. Empty if they failed to load, which the shell reports from `bundledLoad` first.
    public static var bundled: PolicyLibrary {
        (try? bundledLoad.get()) ?? PolicyLibrary(policies: [], calendars: [:])
    }

    /// A built-in policy's file as it ships, or nil for an id no built-in policy has.
    public static func bundledPolicyFile(_ id: String) -> [UInt8]? {
        bundledIDs.contains(id) ? try? BundledResources.bytes(id, in: "Policies") : nil
    }

    /// A built-in policy's practice cases as their file ships, or nil where it has none.
    public static func bundledScenarioFile(_ id: String) -> [UInt8]? {
        bundledIDs.contains(id) ? try? BundledResources.bytes(id, in: "Scenarios") : nil
    }

    /// The bundled policies' ids, in the order the chat lists them.
    public static var bundledIDs: [String] { bundled.policies.map(\.id) }

    /// Reads every bundled calendar and policy. Policies are listed in the order of their source texts
    /// ("000_...", "001_..."), so a sixth partnership is one policy file and its source text.
    static func loadBundled() throws(PolicyFileError) -> PolicyLibrary {
        var calendars: [String: HolidayCalendar] = [:]
        for id in try BundledResources.names(in: "Calendars") {
            let bytes = try BundledResources.bytes(id, in: "Calendars")
            do { calendars[id] = try HolidayCalendar.read(bytes, file: "Calendars/\(id).json") } catch let error as PolicyFileError { throw error } catch {
                throw PolicyFileError(problems: [PolicyProblem(file: "Calendars/\(id).json", path: "", message: "is not valid JSON: \(error)")])
            }
        }
        var library = PolicyLibrary(policies: [], calendars: calendars)
        var problems: [PolicyProblem] = []
        for id in try BundledResources.names(in: "Policies") {
            let outcome = library.read(try BundledResources.bytes(id, in: "Policies"), file: "\(id).json", today: Day(ordinal: 0))
            if let policy = outcome.policy { library.policies.append(policy) } else { problems += outcome.problems }
        }
        guard problems.isEmpty else { throw PolicyFileError(problems: problems) }
        library.policies.sort { ($0.source.file, $0.id) < ($1.source.file, $1.id) }
        library.hasBundledScenarios = true
        return library
    }

    /// Reads and checks one policy file; the policy is nil when any problem is an error.
    public func read(_ bytes: [UInt8], file: String, today: Day) -> (policy: Policy?, problems: [PolicyProblem]) {
        let root: JSONValue
        do { root = try JSONValue.parse(bytes) } catch {
            return (nil, [PolicyProblem(file: file, path: "", message: "is not valid JSON: \(error)")])
        }
        var reader = PolicyReader(file: file)
        guard let policy = reader.policy(root) else { return (nil, reader.problems) }
        // A broken element would also fail the cross-checks; say only what is wrong with it once. A member it does not have
        // breaks nothing the checks read, so they still run on it, and every problem is said in one pass.
        let broken = Set(reader.problems.filter { $0.severity == .error && !$0.message.hasPrefix(JSONReader.unknownMember) }.map { Self.element(of: $0.path) })
        let checks = policy.problems(file: file, calendars: Set(calendars.keys), today: today)
        // A list whose every element is broken would also be "empty" to the checks (an outside training review, round 23, F14:
        // one stage with no position gave "stages: should list at least one stage").
        let within = Set(broken.compactMap { element in element.firstIndex(of: "[").map { element[..<$0] } })
        let problems = reader.problems + checks.filter { !broken.contains(Self.element(of: $0.path)) && !within.contains(Substring($0.path)) }
            + replacing(policy, from: bytes, file: file)
        return (problems.contains { $0.severity == .error } ? nil : policy, problems)
    }

    /// A file with a built-in policy's id takes its place wherever it is used, which is said unless it is the built-in file
    /// itself (a chat review, round 16, 2026-12-01: `policies --policy-file` listed a copy in the built-in's place, unremarked).
    func replacing(_ policy: Policy, from bytes: [UInt8], file: String) -> [PolicyProblem] {
        guard hasBundledScenarios, let builtIn = self.policy(policy.id), bytes != (try? BundledResources.bytes(policy.id, in: "Policies")) else { return [] }
        return [PolicyProblem(file: file, path: "id", message: "\"\(policy.id)\" is the id of the built-in \(builtIn.shortName) policy: used with --policy-file, this file replaces it, for --policy \(policy.id) and in every list; give it an id of its own to keep both", severity: .warning)]
    }

    /// The top-level element a path lies in: "stages[1]" for "stages[1].timescale.amount".
    static func element(of path: String) -> Substring {
        let end = path.firstIndex(of: "]").map { path.index(after: $0) } ?? path.firstIndex(of: ".") ?? path.endIndex
        return path[..<end]
    }

    /// This library with `policy` in it, replacing a bundled one of the same id.
    public func including(_ policy: Policy) -> PolicyLibrary {
        var copy = self
        copy.policies.removeAll { $0.id == policy.id }
        copy.policies.append(policy)
        return copy
    }

    /// This library with a trainer's own scenarios added to their policy's.
    public func including(_ set: ScenarioSet) -> PolicyLibrary {
        var copy = self
        copy.addedScenarios[set.policyID, default: []] += set.scenarios
        return copy
    }

    /// The practice cases for a policy: the bundled ones, then any a trainer added.
    public func scenarios(for policyID: String) -> [Scenario] {
        (hasBundledScenarios ? Self.bundledScenarios[policyID] ?? [] : []) + (addedScenarios[policyID] ?? [])
    }

    /// Read and checked against the router on first use: only training needs them, and the chat's
    /// first prompt should not wait for forty routes. Every file in `Scenarios/`, by its policy's id.
    static let bundledScenarioLoad: Result<[String: [Scenario]], PolicyFileError> = Result { () throws(PolicyFileError) in
        var scenarios: [String: [Scenario]] = [:]
        for id in try BundledResources.names(in: "Scenarios") {
            let outcome = bundled.readScenarios(try BundledResources.bytes(id, in: "Scenarios"), file: "Scenarios/\(id).json")
            guard let set = outcome.set else { throw PolicyFileError(problems: outcome.problems) }
            scenarios[id] = set.scenarios
        }
        return scenarios
    }

    /// The bundled practice cases; none if their files failed to load (`bundledScenarioLoad` says why).
    static var bundledScenarios: [String: [Scenario]] { (try? bundledScenarioLoad.get()) ?? [:] }

    // By index, so the search compares ids without copying each policy it passes.
    public func policy(_ id: String) -> Policy? { policies.firstIndex { $0.id == id }.map { policies[$0] } }

    /// The calendar a policy counts working days in; validation guarantees it exists.
    public func calendar(for policy: Policy) -> HolidayCalendar {
        guard let calendar = calendars[policy.calendarID] else { preconditionFailure("unvalidated calendar \(policy.calendarID)") }
        return calendar
    }
}

extension HolidayCalendar {
    /// Reads a calendar file: id, name, source, from, through and the holidays as dates with names,
    /// each with why its date is assumed where it was not yet published.
    static func read(_ bytes: [UInt8], file: String) throws -> HolidayCalendar {
        let root = try JSONValue.parse(bytes)
        var json = JSONReader(file: file)
        let holidays = json.list(root, "holidays", at: "", required: true).compactMap { value, path -> Holiday? in
            guard let date = json.text(value, "date", at: path), let day = Day(iso: date),
                  let name = json.text(value, "name", at: path) else { return nil }
            return Holiday(day: day, name: name, assumed: json.text(value, "assumed", at: path, required: false), mayMove: json.flag(value, "mayMove", at: path))
        }
        let from = json.text(root, "from", at: "").flatMap { Day(iso: $0) }
        let through = json.text(root, "through", at: "").flatMap { Day(iso: $0) }
        guard let id = json.text(root, "id", at: ""), let name = json.text(root, "name", at: ""),
              let source = json.text(root, "source", at: ""), let from, let through, json.problems.isEmpty
        else { throw PolicyFileError(problems: json.problems + [PolicyProblem(file: file, path: "", message: "is not a complete calendar")]) }
        return HolidayCalendar(id: id, name: name, source: source, covers: from...through, holidays: holidays)
    }
}
