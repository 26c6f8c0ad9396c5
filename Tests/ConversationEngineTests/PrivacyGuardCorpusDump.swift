import Foundation
import Testing
@testable import ConversationEngine

/// The guard's output for every labelled description, one a line, for measuring what a change to the guard newly removes:
/// `GUARD_DUMP=/tmp/before.txt swift test --filter guardDump` before the change and again after, then compare the files
/// line by line (a chat review, round 17, 2026-12-01, asked that every new removal be shown to be a name).
@Suite("Privacy guard over the labelled descriptions")
struct PrivacyGuardCorpusDump {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../EscalationRulesTests/Fixtures/descriptions").standardized

    @Test("the guard's output for every description", .enabled(if: ProcessInfo.processInfo.environment["GUARD_DUMP"] != nil))
    func guardDump() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".tsv") }.sorted()
        var lines: [String] = []
        for file in files {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            for row in text.split(separator: "\n") {
                guard let description = row.split(separator: "\t", maxSplits: 2).last else { continue }
                lines.append(PrivacyGuard.redact(String(description)).text.replacingOccurrences(of: "\n", with: " "))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: ProcessInfo.processInfo.environment["GUARD_DUMP"]!, atomically: true, encoding: .utf8)
    }

    /// The guard's output for each line of a file, printed: for trying sentences while working on the guard.
    @Test("the guard's output for each line of a file", .enabled(if: ProcessInfo.processInfo.environment["GUARD_PROBE"] != nil))
    func guardProbe() throws {
        let text = try String(contentsOfFile: ProcessInfo.processInfo.environment["GUARD_PROBE"]!, encoding: .utf8)
        for line in text.split(separator: "\n") { print("GUARD: \(line)\n    => \(PrivacyGuard.redact(String(line)).text)") }
    }
}
