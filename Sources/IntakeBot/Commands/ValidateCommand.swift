import Foundation
import EscalationRules

/// `intake-bot validate FILE...`: every problem in a policy file, each with its JSON path.
enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        synopsis: "validate [--policy-file FILE] FILE [FILE ...]",
        summary: "Checks policy and scenario files, reporting every problem at once. Exits 1 when any file has an error. "
            + "A scenario file for a partnership's own policy is checked against that policy's file, named among the FILEs or with --policy-file. "
            + FileFormats.help,
        options: [.init(name: "policy-file", value: "FILE", help: "A partnership's own policy file, for scenario files written for it.")],
        positional: "FILE")

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        guard !arguments.positionals.isEmpty else { throw CommandFailure(message: spec.usage("name at least one FILE").message, status: 2) }
        let today = Clock.now().day
        let library = try PolicySource.bundledLibrary()
        let files = try arguments.positionals.map { path throws(CommandFailure) in (path: path, bytes: try FileBytes.read(path)) }
        // Scenario files are checked against the policy files given with them, as `train --policy-file` plays them (an outside
        // training review, round 23, F13: a trainer could not validate cases for their own policy at all).
        var withOwn = try PolicySource.library(policyFile: arguments.value("policy-file"), today: today)
        for file in files where !isScenarioFile(file.bytes) {
            if let policy = library.read(file.bytes, file: file.path, today: today).policy { withOwn = withOwn.including(policy) }
        }
        var failed = false
        for (path, bytes) in files {
            if isScenarioFile(bytes) {
                failed = !validateScenarios(bytes, path: path, in: withOwn, output: output) || failed
                continue
            }
            failed = !validatePolicy(bytes, path: path, in: library, today: today, output: output) || failed
        }
        if failed { throw CommandFailure(message: "", status: 1) }
    }

    /// Every problem with a policy file, its quotes checked against the source text beside it, then a summary that calls it
    /// valid only where they were; false where any problem is an error.
    static func validatePolicy(_ bytes: [UInt8], path: String, in library: PolicyLibrary, today: Day, output: Console) -> Bool {
        let outcome = library.read(bytes, file: path, today: today)
        var problems = outcome.problems
        let source = PolicyLibrary.sourceFile(in: bytes)
        let lookup = source.map { sourceText(named: $0, beside: path) }
        if let source, let lookup { problems += PolicyLibrary.quoteProblems(in: bytes, file: path, source: source, lookup) }
        problems.forEach { output.line($0.description) }
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        let warned = warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""
        guard let policy = outcome.policy, errors == 0 else {
            output.line(summary(path, errors: errors, warnings: warnings))
            return false
        }
        if case .text? = lookup, let source {
            // What was checked, and no more: a quote found is not a value checked against it (an outside training review,
            // round 23, F3: "every quote found" was said of a file whose times and roles contradicted their quotes).
            output.line("\(path): valid policy '\(policy.id)' with \(policy.stages.count) stages: every quote found in \(source), and every time agrees with "
                        + "the length its quote gives; that the other values say what their quotes say is for you to check\(warned)")
        } else {
            output.line("\(path): no errors in policy '\(policy.id)' with \(policy.stages.count) stages, but its quotes were not checked\(warned)")
        }
        return true
    }

    /// A file with errors, summed up the same way for both kinds of file.
    static func summary(_ path: String, errors: Int, warnings: Int) -> String {
        "\(path): \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    }

    /// The source text a policy file names, from the folder the file is in.
    static func sourceText(named name: String, beside path: String) -> SourceLookup {
        let folder = (path as NSString).deletingLastPathComponent
        guard let data = FileManager.default.contents(atPath: (folder.isEmpty ? "." : folder) + "/" + name) else { return .missing }
        return String(data: data, encoding: .utf8).map { .text($0) } ?? .notText
    }

    /// A scenario file has a top-level "scenarios" list; everything else is read as a policy.
    static func isScenarioFile(_ bytes: [UInt8]) -> Bool {
        (try? JSONValue.parse(bytes))?["scenarios"] != nil
    }

    static func validateScenarios(_ bytes: [UInt8], path: String, in library: PolicyLibrary, output: Console) -> Bool {
        let outcome = library.readScenarios(bytes, file: path)
        outcome.problems.forEach { output.line($0.description) }
        let errors = outcome.problems.filter { $0.severity == .error }.count
        let warnings = outcome.problems.count - errors
        if let set = outcome.set {
            let warned = warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""
            output.line("\(path): valid scenarios for '\(set.policyID)': \(set.scenarios.count), each agreeing with the router\(warned)")
            return true
        }
        // Worded as a policy file's summary is (an outside training review, round 23, F14).
        output.line(summary(path, errors: errors, warnings: warnings))
        return false
    }
}
