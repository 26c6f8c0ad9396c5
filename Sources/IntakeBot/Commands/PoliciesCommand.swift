import EscalationRules

/// `intake-bot policies`: which policies the bot knows, whom they cover, and whether they are due review.
enum PoliciesCommand {
    static let spec = CommandSpec(
        name: "policies",
        synopsis: "policies [--policy-file FILE]",
        summary: "Lists the policies: id, name, areas, whom they cover, dates and any review warning.",
        options: [.init(name: "policy-file", value: "FILE", help: "Include a partnership's own policy file.")])

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let today = Clock.now().day
        let library = try PolicySource.library(policyFile: arguments.value("policy-file"), today: today)
        for (number, policy) in library.policies.enumerated() {
            output.line("\(number + 1). \(policy.id): \(policy.name)")
            output.line("   areas: \(policy.areas.map(\.name).joined(separator: ", ")); covers \(policy.covers.phrase)")
            output.line("   approved: \(policy.approved?.description ?? "not stated"); review due: \(policy.reviewDue?.description ?? "not stated"); \(policy.stages.count) stages")
            if let warning = policy.reviewWarning(on: today) { output.wrapped("   warning: \(warning)") }
        }
    }
}
