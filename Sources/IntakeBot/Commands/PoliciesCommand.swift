import EscalationRules

/// `intake-bot policies`: which policies the bot knows, whom they cover, and whether they are due review.
enum PoliciesCommand {
    static let spec = CommandSpec(
        name: "policies",
        synopsis: "policies [--policy-file FILE] [--export ID | --export-scenarios ID]",
        summary: "Lists the policies: id, name, areas, whom they cover, dates and any review warning. " + FileFormats.help,
        options: [.init(name: "policy-file", value: "FILE", help: "Include a partnership's own policy file."),
                  .init(name: "export", value: "ID", help: "Print a built-in policy's file, to start a partnership's own from."),
                  .init(name: "export-scenarios", value: "ID", help: "Print a built-in policy's practice cases, to start a scenario file from.")])

    /// Approval and review as the policy states them, and any other date its text gives, as it gives it: a policy with no
    /// approval or review date may still say when it was written (a chat review, round 17, 2026-12-01: Torbay's "(April 2021)"
    /// was not shown).
    /// A built-in file as it ships, to start a partnership's own from (an outside training review, round 23, F16: a trainer
    /// built both formats by trial and error from the validator's messages).
    static func export(_ id: String, _ file: (String) -> [UInt8]?, output: Console) throws(CommandFailure) {
        guard let bytes = file(id) else {
            throw CommandFailure(message: spec.usage("no built-in policy '\(id)': use one of \(PolicyLibrary.bundledIDs.joined(separator: ", "))").message, status: 2)
        }
        output.write(String(decoding: bytes, as: UTF8.self))
    }

    static func dates(of policy: Policy) -> String {
        let stated = "approved: \(policy.approved?.description ?? "not stated"); review due: \(policy.reviewDue?.description ?? "not stated")"
        if let dated = policy.dated { return "\(stated); \(dated.text)" }
        return policy.approved == nil && policy.reviewDue == nil ? "\(stated); the text gives no date" : stated
    }

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        if let id = arguments.value("export") { return try export(id, PolicyLibrary.bundledPolicyFile, output: output) }
        if let id = arguments.value("export-scenarios") { return try export(id, PolicyLibrary.bundledScenarioFile, output: output) }
        let today = Clock.now().day
        let file = arguments.value("policy-file")
        let (library, warnings) = try PolicySource.libraryWithWarnings(policyFile: file, today: today)
        for (number, policy) in library.policies.enumerated() {
            // The file's policy is listed last, and said to be the file's, with what it should change (a chat review, round 16,
            // 2026-12-01: a copy with a built-in's id was listed in its place with nothing said).
            let fromFile = file != nil && number == library.policies.count - 1
            output.line("\(number + 1). \(policy.id): \(policy.name)\(fromFile ? " (from \(file!))" : "")")
            output.line("   areas: \(policy.areas.map(\.name).joined(separator: ", ")); covers \(policy.covers.phrase)")
            output.wrapped("   \(dates(of: policy)); \(policy.stages.count) stages")
            if let warning = policy.reviewWarning(on: today) { output.wrapped("   warning: \(warning)") }
            if fromFile { warnings.filter { $0.path == "id" }.forEach { output.wrapped("   warning: \($0.message)") } }
        }
    }
}
