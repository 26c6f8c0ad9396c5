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

    /// The one file in the core that reads files: the module's own bundled resources.
    static let resourceAccessor = "BundledResources.swift"

    static func coreFiles(_ module: String) throws -> [(name: String, text: String)] {
        let folder = Self.sources.appendingPathComponent(module)
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        return try files.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test("only the resource accessor touches files in the core", arguments: ["EscalationRules", "ConversationEngine"])
    func onlyTheAccessorTouchesFiles(_ module: String) throws {
        let files = try Self.coreFiles(module)
        #expect(!files.isEmpty)
        for (name, text) in files where !name.hasSuffix(Self.resourceAccessor) {
            for forbidden in ["Bundle.", "contentsOf: url", "Data(contentsOf", "String(contentsOf", "contentsOfFile", "fopen(", "URL(fileURLWithPath", "FileManager", "FileHandle", "InputStream", "OutputStream"] {
                #expect(!text.contains(forbidden), "\(module)/\(name) mentions \(forbidden): only \(Self.resourceAccessor) reads files")
            }
        }
    }

    @Test("the core never stops the program on data, reads the clock or imports the C library", arguments: ["EscalationRules", "ConversationEngine"])
    func noCrashNoClockNoLibc(_ module: String) throws {
        for (name, text) in try Self.coreFiles(module) {
            for forbidden in ["fatalError(", "import Glibc", "import Darwin", "import Musl", "Date()", "Date.now", "Date(timeIntervalSinceNow", "CFAbsoluteTimeGetCurrent",
                              "clock_gettime", "DispatchTime.now", "ContinuousClock", "SuspendingClock", "gettimeofday", "time(nil)"] {
                #expect(!text.contains(forbidden), "\(module)/\(name) mentions \(forbidden)")
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
