import EscalationRules

/// `intake-bot validate FILE...`: every problem in a policy file, each with its JSON path.
enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        synopsis: "validate FILE [FILE ...]",
        summary: "Checks policy and scenario files, reporting every problem at once. Exits 1 when any file has an error.",
        options: [], positional: "FILE")

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        guard !arguments.positionals.isEmpty else { throw CommandFailure(message: spec.usage("name at least one FILE").message, status: 2) }
        let today = Clock.now().day
        let library = try PolicySource.bundledLibrary()
        var failed = false
        for path in arguments.positionals {
            let bytes = try FileBytes.read(path)
            if isScenarioFile(bytes) {
                failed = !validateScenarios(bytes, path: path, in: library, output: output) || failed
                continue
            }
            let outcome = library.read(bytes, file: path, today: today)
            outcome.problems.forEach { output.line($0.description) }
            let errors = outcome.problems.filter { $0.severity == .error }.count
            let warnings = outcome.problems.count - errors
            failed = failed || outcome.policy == nil
            output.line(outcome.policy == nil
                ? "\(path): \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
                : "\(path): valid policy '\(outcome.policy!.id)' with \(outcome.policy!.stages.count) stages\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")")
        }
        if failed { throw CommandFailure(message: "", status: 1) }
    }

    /// A scenario file has a top-level "scenarios" list; everything else is read as a policy.
    static func isScenarioFile(_ bytes: [UInt8]) -> Bool {
        (try? JSONValue.parse(bytes))?["scenarios"] != nil
    }

    static func validateScenarios(_ bytes: [UInt8], path: String, in library: PolicyLibrary, output: Console) -> Bool {
        let outcome = library.readScenarios(bytes, file: path)
        outcome.problems.forEach { output.line($0.description) }
        if let set = outcome.set {
            output.line("\(path): valid scenarios for '\(set.policyID)': \(set.scenarios.count), each agreeing with the router")
            return true
        }
        output.line("\(path): \(outcome.problems.count) problem\(outcome.problems.count == 1 ? "" : "s")")
        return false
    }
}
