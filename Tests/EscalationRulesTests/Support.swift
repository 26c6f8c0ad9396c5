import Foundation
import Testing
@testable import EscalationRules

/// Where test fixtures and the repository's own files are, found from this file's path.
enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let bundledPolicies = repository.appendingPathComponent("Sources/EscalationRules/Resources/Policies")

    static func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }
    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }
}

extension Day {
    /// A fixed day for tests: `Day.on("2026-12-25")`.
    static func on(_ iso: String) -> Day { Day(iso: iso)! }
}

extension Moment {
    static func at(_ iso: String) -> Moment { Moment(iso: iso)! }
}

extension Facts {
    static func make(risk: Risk = .none, with counterpart: Counterpart = .otherAgency, tried: Int = 0,
                     raised: String? = "2026-11-23", stageStarted: String? = nil, now: String = "2026-11-23T10:00",
                     subject: Subject? = nil, setting: Setting? = nil, area: String? = nil,
                     special: Set<SpecialCase.Kind> = [], urgentStepsTaken: Bool = false) -> Facts {
        Facts(risk: risk, counterpart: counterpart, tried: tried, raised: raised.map(Day.on), stageStarted: stageStarted.map(Day.on),
              now: .at(now), subject: subject, setting: setting, area: area, specialCases: special, urgentStepsTaken: urgentStepsTaken)
    }
}

enum Bundled {
    static let library = PolicyLibrary.bundled
    static func policy(_ id: String) -> Policy { library.policy(id)! }
    static func route(_ id: String, _ facts: Facts) -> Route {
        let policy = policy(id)
        return Router(policy: policy, calendar: library.calendar(for: policy)).route(facts)
    }
    static let englandAndWales = library.calendars["england-and-wales"]!
    static let isleOfMan = library.calendars["isle-of-man"]!
}
