import Foundation
import Testing
@testable import EscalationRules

/// Every fact the bot can state must trace to words in its source policy.
@Suite("Bundled policies trace to their sources")
struct PolicySourceTests {
    static let files = PolicyLibrary.bundledIDs.map { "\($0).json" }

    @Test("the five bundled policies load, in order") func bundledLoad() {
        #expect(Bundled.library.policies.map(\.id) == ["bcssp", "torbay", "pan-cheshire", "isle-of-man", "shropshire"])
    }

    @Test("every quote appears word for word in the source policy", arguments: files)
    func quotesAreVerbatim(_ file: String) throws {
        let json = try JSONValue.parse(Paths.bytes(Paths.bundledPolicies.appendingPathComponent(file)))
        let sourceFile = try #require(json["source"]?["file"]?.stringValue)
        let source = Words(try Paths.text(Paths.fixtures.appendingPathComponent("sources/\(sourceFile)")))
        let quotes = Self.quotes(in: json, at: "")
        #expect(quotes.count > 20)
        for (path, quote) in quotes {
            #expect(source.contains(Words(quote)), "\(file): \(path): not in \(sourceFile): \(quote)")
        }
    }

    @Test("bundled files validate with no errors", arguments: files)
    func bundledFilesValidate(_ file: String) throws {
        let bytes = try Paths.bytes(Paths.bundledPolicies.appendingPathComponent(file))
        let outcome = Bundled.library.read(bytes, file: file, today: .on("2026-11-22"))
        #expect(outcome.policy != nil)
        #expect(outcome.problems.filter { $0.severity == .error } == [])
    }

    @Test("policies past their review date say so", arguments: [("bcssp", true), ("isle-of-man", true), ("shropshire", true), ("torbay", false), ("pan-cheshire", false)])
    func reviewWarnings(_ id: String, _ past: Bool) {
        #expect((Bundled.policy(id).reviewWarning(on: .on("2026-11-22")) != nil) == past)
    }

    @Test("what the B&NES text lost with its flowchart is unknown, not invented") func bathStagesThreeAndFourUnknown() {
        let policy = Bundled.policy("bcssp")
        for position in [3, 4] {
            let reason = try? #require(policy.stage(at: position)?.contact.role.unknownReason)
            #expect(reason?.contains("flowchart") == true)
        }
    }

    /// Every `"quote"` member anywhere in the document, with its path.
    static func quotes(in value: JSONValue, at path: String) -> [(String, String)] {
        switch value {
        case .object(let members):
            return members.flatMap { key, member -> [(String, String)] in
                if key == "quote", case .string(let quote) = member { return [("\(path).quote", quote)] }
                return quotes(in: member, at: path.isEmpty ? key : "\(path).\(key)")
            }
        case .array(let elements):
            return elements.enumerated().flatMap { quotes(in: $1, at: "\(path)[\($0)]") }
        default: return []
        }
    }
}

/// Text as its sequence of lower-case words, so a quote matches across line breaks and markdown.
struct Words {
    let words: [Substring]

    init(_ text: String) {
        words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
    }

    func contains(_ other: Words) -> Bool {
        guard !other.words.isEmpty, other.words.count <= words.count else { return false }
        return (0...(words.count - other.words.count)).contains { start in
            words[start..<start + other.words.count].elementsEqual(other.words)
        }
    }
}

@Suite("Bundled resources")
struct BundledResourcesTests {
    @Test("the bundled policies are every file in the Policies folder, listed in the order of their source texts") func policiesFoundByListing() throws {
        let library = try PolicyLibrary.bundledLoad.get()
        #expect(Set(library.policies.map(\.id)) == Set(try BundledResources.names(in: "Policies")))
        #expect(library.policies.map(\.source.file) == library.policies.map(\.source.file).sorted())
        #expect(library.policies.map(\.id) == ["bcssp", "torbay", "pan-cheshire", "isle-of-man", "shropshire"])
    }

    @Test("a missing resource is an error naming its path, not a crash") func missingIsAnError() {
        #expect(throws: PolicyFileError.self) { try BundledResources.bytes("no-such-policy", in: "Policies") }
        do { _ = try BundledResources.bytes("no-such-policy", in: "Policies") } catch {
            #expect(error.description == "Policies/no-such-policy.json: is missing from the bundle")
        }
        do { _ = try BundledResources.names(in: "NoSuchFolder") } catch {
            #expect(error.description.hasPrefix("NoSuchFolder/"))
        }
    }
}
