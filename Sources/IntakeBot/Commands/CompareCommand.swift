import EscalationRules

/// `intake-bot compare`: the policies side by side, for practitioners who work across borders.
enum CompareCommand {
    static let spec = CommandSpec(
        name: "compare",
        synopsis: "compare [--policy ID ...] [--format text|markdown|html]",
        summary: "Sets policies side by side: stages, roles, timescales, notifications, forms, urgent and out-of-scope routes. "
            + FileFormats.policyHelp,
        options: [
            .init(name: "policy", value: "ID", help: "A policy to include; repeat for more (default all).", repeats: true),
            .init(name: "policy-file", value: "FILE", help: "Include a partnership's own policy file, beside any --policy."),
            .init(name: "format", value: "text|markdown|html", help: "Output format (default text)."),
        ])

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let library = try PolicySource.library(policyFile: arguments.value("policy-file"), today: Clock.now().day)
        var policies = library.policies
        if !arguments.all("policy").isEmpty {
            policies = try arguments.all("policy").map { id throws(CommandFailure) -> Policy in
                guard let policy = library.policy(id) else {
                    throw CommandFailure(message: spec.usage("no policy with id '\(id)'").message, status: 2)
                }
                return policy
            }
            // The file given is always compared, as its help says, named with --policy or not (an outside training review,
            // round 23, F12: `--policy torbay --policy-file p4.json` showed Torbay alone).
            if arguments.value("policy-file") != nil, let own = library.policies.last, !policies.contains(where: { $0.id == own.id }) {
                policies.append(own)
            }
        }
        let comparison = Comparison(policies: policies)
        switch arguments.value("format") ?? "text" {
        case "text": output.write(comparison.text())
        case "markdown": output.write(comparison.markdown)
        case "html": output.write(comparison.html)
        case let other: throw CommandFailure(message: spec.usage("--format must be text, markdown or html, not '\(other)'").message, status: 2)
        }
    }
}
