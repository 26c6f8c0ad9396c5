import Foundation
import Testing

@Suite("train-classifier, the tool behind Scripts/train-classifier and Scripts/bench")
struct TrainClassifierCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EscalationRulesTests/Fixtures")

    /// Scripts/bench prints these figures; they must be the figures only, never a description. Six parts
    /// are enough to show it (all of them took a debug build half a minute of CPU; the figures on all
    /// of them are the suites' to print).
    @Test("--evaluate prints the evaluation third's three figures and no description") func evaluate() throws {
        let parts = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent("descriptions").path)
            .filter { $0.hasSuffix(".tsv") }.sorted().prefix(6).map { Self.fixtures.appendingPathComponent("descriptions/\($0)").path }
        let result = try Executable.run(["train-classifier", "--evaluate", Self.fixtures.appendingPathComponent("labelled-descriptions.tsv").path] + parts,
                                        seconds: 60)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("evaluation third (") == true)
        #expect(result.output.contains("type ") && result.output.contains("immediate risk caught ") && result.output.contains("precision "))
    }
}
