import EscalationRules

/// `intake-bot pathway`: the escalation pathway as a picture for a training room, or its timeline.
enum PathwayCommand {
    static let spec = CommandSpec(
        name: "pathway",
        synopsis: "pathway --policy ID [--format text|mermaid|dot|svg] [--timeline --raised YYYY-MM-DD]",
        summary: "Draws a policy's escalation pathway, or with --timeline every stage's working-day deadline.",
        options: [
            .init(name: "policy", value: "ID", help: "The policy to draw."),
            .init(name: "policy-file", value: "FILE", help: "Draw a partnership's own policy file."),
            .init(name: "format", value: "text|mermaid|dot|svg", help: "Output format (default text); SVG is drawn by the program itself."),
            .init(name: "timeline", value: nil, help: "Draw the working-day timeline instead (text, mermaid or svg)."),
            .init(name: "raised", value: "YYYY-MM-DD", help: "With --timeline: the day the disagreement was raised (default today)."),
        ])

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let today = Clock.now().day
        let library = try PolicySource.library(policyFile: arguments.value("policy-file"), today: today)
        guard let policy = try PolicySource.policy(id: arguments.value("policy"), policyFile: arguments.value("policy-file"), in: library)
        else { throw usage("--policy or --policy-file is required") }
        let format = arguments.value("format") ?? "text"
        guard ["text", "mermaid", "dot", "svg"].contains(format) else { throw usage("--format must be text, mermaid, dot or svg, not '\(format)'") }
        if arguments.has("timeline") {
            let raised = try arguments.value("raised").map { text throws(CommandFailure) -> Day in
                guard let day = Day(iso: text) else { throw usage("--raised needs a date as YYYY-MM-DD, not '\(text)'") }
                return day
            } ?? today
            let timeline = Timeline(policy: policy, calendar: library.calendar(for: policy), raised: raised)
            switch format {
            case "svg": output.write(timeline.svg)
            case "mermaid": output.write(timeline.mermaid)
            case "dot": throw usage("--timeline draws as text, mermaid or svg")
            default: output.write(timeline.text)
            }
            return
        }
        if arguments.value("raised") != nil { throw usage("--raised goes with --timeline") }
        let pathway = Pathway(policy: policy)
        switch format {
        case "svg": output.write(pathway.svg)
        case "mermaid": output.write(pathway.mermaid)
        case "dot": output.write(pathway.dot)
        default: output.write(pathway.text)
        }
    }

    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: spec.usage(message).message, status: 2) }
}
