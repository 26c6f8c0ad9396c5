import Foundation
import Testing
@testable import EscalationRules

/// An outside routing review, round 24, F5: ten citation quotes were separate lines of the policy joined with " / ", so
/// they were not the policy's words as they stand ("Stage 3 / within 5 working days", two cells of Shropshire's flowchart),
/// and some policies write " / " themselves ("the Line Manager / Designated Safeguarding Lead", 002 l.79). A policy file
/// gives a joined quote as a list of its parts, and the JSON citation carries them as `parts`.
@Suite("Routing review, round 24: joined quotes say so")
struct RoutingReviewRound24QuotePartsTests {
    static func citations(_ id: String, _ facts: Facts) throws -> [JSONValue] {
        var writer = JSONWriter()
        Bundled.route(id, facts).write(to: &writer)
        let route = try JSONValue.parse(writer.finish())
        guard case .array(let citations)? = route["citations"] else { return [] }
        return citations
    }

    static func parts(_ citation: JSONValue) -> [String]? {
        guard case .array(let parts)? = citation["parts"] else { return nil }
        return parts.compactMap(\.stringValue)
    }

    @Test("a quote joined from separate lines gives its parts; one the policy writes with a slash gives none") func partsInJSON() throws {
        let shropshire = try Self.citations("shropshire", .make(tried: 2, stageStarted: "2026-11-23"))
        let stage3 = try #require(shropshire.first { $0["quote"]?.stringValue == "Stage 3 / within 5 working days" })
        #expect(Self.parts(stage3) == ["Stage 3", "within 5 working days"])
        #expect(shropshire.contains { $0["parts"] == nil })
        let panCheshire = try Self.citations("pan-cheshire", .make(tried: 2, setting: .school, area: "halton", special: [.managerIsDesignatedLead]))
        let slash = try #require(panCheshire.first { $0["quote"]?.stringValue?.contains("the Line Manager / Designated Safeguarding Lead") == true })
        #expect(slash["parts"] == nil)
    }

    /// Each quote with " / " in it is the source's own words with that slash, or is given as parts, each of which is.
    @Test("every quote's slash is the source's, or the quote is given in parts", arguments: PolicyLibrary.bundledIDs)
    func slashesAreTheSources(_ id: String) throws {
        let policy = Bundled.policy(id)
        let source = try Paths.text(Paths.fixtures.appendingPathComponent("sources/\(policy.source.file)")).withoutSourceMarkup
        let flat = Self.flattened(source)
        var joined = 0
        for quote in policy.quotes where quote.contains(" / ") {
            if let parts = policy.quoteParts[quote] {
                joined += 1
                #expect(parts.joined(separator: " / ") == quote)
                for part in parts {
                    let found = flat.contains(Self.flattened(part.withoutSourceMarkup))
                    #expect(found, "\(id): \(part)")
                }
            } else {
                let found = flat.contains(Self.flattened(quote.withoutSourceMarkup))
                #expect(found, "\(id): \(quote)")
            }
        }
        #expect(joined == ["shropshire": 8, "pan-cheshire": 1, "isle-of-man": 1][id, default: 0])
    }

    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("a list of one passage is one problem, said once") func listOfOne() throws {
        let text = try Paths.text(Paths.bundledPolicies.appendingPathComponent("shropshire.json"))
            .replacingOccurrences(of: #""id": "shropshire""#, with: #""id": "shrops-own""#)
            .replacingOccurrences(of: #"["Stage 1", "within 2 working days"]"#, with: #"["Stage 1"]"#)
        let outcome = Bundled.library.read(Array(text.utf8), file: "own.json", today: .on("2026-11-23"))
        let errors = outcome.problems.filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["own.json: stages[0].timescale.quote: is a list, which is for a quote joined from separate passages: give two or more, none empty, or give the quote as text"], "\(errors)")
    }
}
