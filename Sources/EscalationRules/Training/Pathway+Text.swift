extension Pathway {
    /// The pathway as plain text for a terminal or a handout.
    public var text: String {
        var lines = [title, source, ""]
        lines.append("IF SOMEONE IS AT RISK, WHAT THE POLICY SAYS:")
        lines += urgent.map { "  \($0.title): \($0.detail)" }
        if !checklist.isEmpty {
            lines += ["", "Before escalating (pre-escalation checklist):"] + checklist.map { "  - \($0)" }
        }
        lines.append("")
        for step in steps {
            lines.append("\(step.position). \(step.label)")
            lines += step.details.map { "   " + $0 }
            if step.position < steps.count { lines.append("   | not resolved") }
        }
        lines += ["", "After the last stage: \(afterLastStage)", "", "Not this pathway:"]
        lines += outOfScope.map { "  \($0.title): \($0.detail)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The pathway as a Mermaid flowchart.
    public var mermaid: String {
        var lines = ["flowchart TD", "  start([Disagreement with another agency])"]
        lines.append("  urgent{{\"\(Self.mermaidText(urgent[0].title)): \(Self.mermaidText(urgent[0].detail))\"}}")
        lines.append("  start -. someone at risk .-> urgent")
        var previous = "start"
        for step in steps {
            let id = "s\(step.position)"
            // Each line escaped on its own: the "<br/>" between them is the one piece of markup meant.
            let body = (["\(step.position). \(step.label)"] + step.details).map(Self.mermaidText).joined(separator: "<br/>")
            lines.append("  \(id)[\"\(body)\"]")
            lines.append(previous == "start" ? "  start --> \(id)" : "  \(previous) -- not resolved --> \(id)")
            previous = id
        }
        lines.append("  after([\"After the last stage: \(Self.mermaidText(afterLastStage))\"])")
        lines.append("  \(previous) -- not resolved --> after")
        for (index, branch) in outOfScope.enumerated() {
            lines.append("  out\(index)[/\"\(Self.mermaidText(branch.title)): \(Self.mermaidText(branch.detail))\"/]")
            lines.append("  start -.-> out\(index)")
        }
        lines.append("  classDef urgentStyle fill:#fdd,stroke:#b00,stroke-width:3px")
        lines.append("  class urgent urgentStyle")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for a Mermaid label, in Mermaid's own entity codes: a quote would end the label, and Mermaid renders labels as
    /// HTML, so `<` and `>` would be markup (an outside training review, round 23, F22: a partnership file's stage label
    /// `<img src=x onerror=...>` went into the chart as it stood, where the HTML and SVG escaped it); `|` can end an edge's
    /// label, and `#` starts an entity code, so it is one too.
    static func mermaidText(_ text: String) -> String {
        text.replacingOccurrences(of: "#", with: "#35;").replacingOccurrences(of: "\"", with: "#quot;")
            .replacingOccurrences(of: "<", with: "#lt;").replacingOccurrences(of: ">", with: "#gt;").replacingOccurrences(of: "|", with: "#124;")
    }

    /// The pathway as a Graphviz DOT graph.
    public var dot: String {
        var lines = ["digraph pathway {", "  rankdir=TB;", "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
                     "  label=\"\(Self.dotText(title))\"; labelloc=t;",
                     "  start [label=\"Disagreement with another agency\", shape=oval];",
                     "  urgent [label=\"\(Self.dotText(urgent[0].title + ": " + urgent[0].detail))\", color=red, penwidth=3];",
                     "  start -> urgent [style=dashed, label=\"someone at risk\"];"]
        var previous = "start"
        for step in steps {
            let body = "\(step.position). \(step.label)\\n\(step.details.joined(separator: "\\n"))"
            lines.append("  s\(step.position) [label=\"\(Self.dotText(body, keepingBreaks: true))\"];")
            lines.append("  \(previous) -> s\(step.position)\(previous == "start" ? "" : " [label=\"not resolved\"]");")
            previous = "s\(step.position)"
        }
        lines.append("  after [label=\"After the last stage: \(Self.dotText(afterLastStage))\", shape=oval];")
        lines.append("  \(previous) -> after [label=\"not resolved\"];")
        for (index, branch) in outOfScope.enumerated() {
            lines.append("  out\(index) [label=\"\(Self.dotText(branch.title + ": " + branch.detail))\", shape=parallelogram];")
            lines.append("  start -> out\(index) [style=dotted];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func dotText(_ text: String, keepingBreaks: Bool = false) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: keepingBreaks ? "\\" : "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return escaped
    }
}

extension Pathway.Step {
    /// Whom you contact, who raises it where that is unknown, the time and its other reading, whom to notify and the
    /// form: one line each, as the pictures draw them.
    var details: [String] {
        var lines = ["You contact: \(contact)"]
        if let ifUnsure { lines.append("If you cannot tell whom to contact: \(ifUnsure)") }
        if let raisedByUnknown { lines.append("Who raises it: \(raisedByUnknown)") }
        lines.append("Time: \(time)")
        if let otherTime { lines.append("Or: \(otherTime)") }
        if !notify.isEmpty { lines.append("Notify: \(notify.joined(separator: "; "))") }
        if let form { lines.append("Form: \(form)") }
        return lines
    }
}
