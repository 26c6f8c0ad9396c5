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

    /// As `validate` checks a policy file whose source text is beside it (a chat review, round 16, 2026-12-01).
    @Test("every quote appears word for word in the source policy", arguments: files)
    func quotesAreVerbatim(_ file: String) throws {
        let bytes = try Paths.bytes(Paths.bundledPolicies.appendingPathComponent(file))
        let sourceFile = try #require(PolicyLibrary.sourceFile(in: bytes))
        let source = try Paths.text(Paths.fixtures.appendingPathComponent("sources/\(sourceFile)"))
        #expect(PolicyLibrary.quotes(in: try JSONValue.parse(bytes), at: "").count > 20)
        #expect(PolicyLibrary.quoteProblems(in: bytes, file: file, source: sourceFile, .text(source)).map(\.description) == [])
    }

    @Test("a quote is found across line breaks, markup and punctuation, and not where its words are apart") func quoteFound() {
        let source = SourceText(file: "s.txt", text: "Stage 1:\n**Raise concerns** with the professional\ndirectly (verbal or written).")
        #expect(source.holds("raise concerns with the professional directly"))
        #expect(source.holds("Stage 1: Raise concerns"))
        #expect(!source.holds("raise concerns directly"))
        #expect(!source.holds("This sentence is not in any policy."))
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
