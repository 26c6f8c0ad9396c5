import EscalationRules

/// `intake-bot validate FILE...`: every problem in a policy file, each with its JSON path.
enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        synopsis: "validate FILE [FILE ...]",
        summary: "Checks policy files and reports every problem at once. Exits 1 when any file has an error.",
        options: [], positional: "FILE")

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        guard !arguments.positionals.isEmpty else { throw CommandFailure(message: spec.usage("name at least one FILE").message, status: 2) }
        let today = Clock.now().day
        var failed = false
        for path in arguments.positionals {
            let outcome = PolicyLibrary.bundled.read(try FileBytes.read(path), file: path, today: today)
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
}
