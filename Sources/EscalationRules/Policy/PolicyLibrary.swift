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

    public static let bundledIDs = ["bcssp", "torbay", "pan-cheshire", "isle-of-man", "shropshire"]
    static let bundledCalendarIDs = ["england-and-wales", "isle-of-man"]

    /// The five policies and two calendars that ship with the module.
    ///
    /// They are the module's own read-only data, read once at start; a bundled file that fails to load
    /// is our bug, so it stops the program with every problem listed.
    public static let bundled: PolicyLibrary = {
        do { return try loadBundled() } catch { fatalError("bundled policy data is broken:\n\(error)") }
    }()

    static func loadBundled() throws -> PolicyLibrary {
        var calendars: [String: HolidayCalendar] = [:]
        for id in bundledCalendarIDs {
            let bytes = try resource(id, in: "Calendars")
            calendars[id] = try HolidayCalendar.read(bytes, file: "\(id).json")
        }
        var library = PolicyLibrary(policies: [], calendars: calendars)
        for id in bundledIDs {
            let outcome = library.read(try resource(id, in: "Policies"), file: "\(id).json", today: Day(ordinal: 0))
            guard let policy = outcome.policy else { throw PolicyFileError(problems: outcome.problems) }
            library.policies.append(policy)
        }
        library.hasBundledScenarios = true
        return library
    }

    private static func resource(_ name: String, in folder: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: folder) else {
            throw PolicyFileError(problems: [PolicyProblem(file: "\(folder)/\(name).json", path: "", message: "is missing from the bundle")])
        }
        return Array(try Data(contentsOf: url))
    }

    /// Reads and checks one policy file; the policy is nil when any problem is an error.
    public func read(_ bytes: [UInt8], file: String, today: Day) -> (policy: Policy?, problems: [PolicyProblem]) {
        let root: JSONValue
        do { root = try JSONValue.parse(bytes) } catch {
            return (nil, [PolicyProblem(file: file, path: "", message: "is not valid JSON: \(error)")])
        }
        var reader = PolicyReader(file: file)
        guard let policy = reader.policy(root) else { return (nil, reader.problems) }
        // A broken element would also fail the cross-checks; say only what is wrong with it once.
        let broken = Set(reader.problems.filter { $0.severity == .error }.map { Self.element(of: $0.path) })
        let checks = policy.problems(file: file, calendars: Set(calendars.keys), today: today)
        let problems = reader.problems + checks.filter { !broken.contains(Self.element(of: $0.path)) }
        return (problems.contains { $0.severity == .error } ? nil : policy, problems)
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
    /// first prompt should not wait for forty routes.
    static let bundledScenarios: [String: [Scenario]] = {
        do {
            var scenarios: [String: [Scenario]] = [:]
            for id in bundledIDs {
                let outcome = bundled.readScenarios(try resource(id, in: "Scenarios"), file: "Scenarios/\(id).json")
                guard let set = outcome.set else { throw PolicyFileError(problems: outcome.problems) }
                scenarios[id] = set.scenarios
            }
            return scenarios
        } catch { fatalError("bundled scenario data is broken:\n\(error)") }
    }()

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
            return Holiday(day: day, name: name, assumed: json.text(value, "assumed", at: path, required: false))
        }
        let from = json.text(root, "from", at: "").flatMap { Day(iso: $0) }
        let through = json.text(root, "through", at: "").flatMap { Day(iso: $0) }
        guard let id = json.text(root, "id", at: ""), let name = json.text(root, "name", at: ""),
              let source = json.text(root, "source", at: ""), let from, let through, json.problems.isEmpty
        else { throw PolicyFileError(problems: json.problems + [PolicyProblem(file: file, path: "", message: "is not a complete calendar")]) }
        return HolidayCalendar(id: id, name: name, source: source, covers: from...through, holidays: holidays)
    }
}
