import Foundation
import Testing

/// The core stays pure: I/O, the clock and the C library live only in the IntakeBot shell.
@Suite("Layering")
struct LayeringTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    @Test("the core modules never touch the C library, files, the terminal or the clock", arguments: ["EscalationRules", "ConversationEngine"])
    func coreIsPure(_ module: String) throws {
        let folder = Self.sources.appendingPathComponent(module)
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for forbidden in ["import Glibc", "FileHandle", "Date()", "print(", "readLine", "ProcessInfo", "FileManager", "DispatchQueue"] {
                #expect(!text.contains(forbidden), "\(module)/\(file) mentions \(forbidden)")
            }
        }
    }

    @Test("dependencies run one way: the rules know nothing of the conversation or the shell") func oneWay() throws {
        let folder = Self.sources.appendingPathComponent("EscalationRules")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("import ConversationEngine") && !text.contains("import IntakeBot"), "\(file)")
        }
    }
}
