/// Policies side by side: stages, roles, timescales, notifications, forms, urgent and out-of-scope routes.
public struct Comparison: Sendable {
    public var headers: [String]
    public var rows: [(String, [String])]

    public init(policies: [Policy]) {
        headers = policies.map(\.shortName)
        let pathways = policies.map(Pathway.init)
        var rows: [(String, [String])] = [
            ("Covers", policies.map { $0.covers.phrase }),
            ("Review due", policies.map { $0.reviewDue?.description ?? "not stated" }),
            // The approval date and any other date the text gives, as `policies` shows them: Torbay has no approval or review
            // date but is headed "(April 2021)" (a chat review, round 17, 2026-12-01); the Isle of Man's "Approved April 2023"
            // was "not stated" here while `policies` gave it (an outside routing review, round 21, F14).
            ("Dated", policies.map(Self.dated)),
            ("Stages", policies.map { "\($0.stages.count)" }),
        ]
        let deepest = policies.map(\.stages.count).max() ?? 0
        for position in 1...max(deepest, 1) {
            rows.append(("Stage \(position)", pathways.map { pathway in
                guard let step = pathway.steps.first(where: { $0.position == position }) else { return "-" }
                return "\(step.label). You contact: \(step.contact). Time: \(step.time)" + (step.otherTime.map { ". Or: \($0)" } ?? "")
            }))
        }
        rows.append(("Notify", pathways.map { pathway in
            let notes = pathway.steps.filter { !$0.notify.isEmpty }.map { "stage \($0.position): \($0.notify.joined(separator: "; "))" }
            return notes.isEmpty ? "none named" : notes.joined(separator: "; ")
        }))
        rows.append(("Forms", pathways.map { pathway in
            let forms = pathway.steps.compactMap { step in step.form.map { "stage \(step.position): \($0)" } }
            return forms.isEmpty ? "none named" : forms.joined(separator: "; ")
        }))
        rows.append(("Urgent route", pathways.map { $0.urgent[0].detail }))
        for counterpart in Counterpart.allCases where counterpart != .otherAgency {
            rows.append(("With \(counterpart.phrase)", pathways.map { $0.outOfScope.first { $0.title == "With \(counterpart.phrase)" }?.detail ?? "-" }))
        }
        rows.append(("After the last stage", pathways.map(\.afterLastStage)))
        self.rows = rows
    }

    /// "approved April 2023", "approved June 2018; last amended July 2020", or "not stated" where the text gives no date.
    static func dated(_ policy: Policy) -> String {
        let dates = [policy.approved.map { "approved \($0)" }, policy.dated?.text].compactMap { $0 }
        return dates.isEmpty ? "not stated" : dates.joined(separator: "; ")
    }

    /// An aligned text table, cells wrapped to `cellWidth` characters.
    public func text(cellWidth: Int = 30) -> String {
        // Labels wrap too, so one long row name does not widen the whole table.
        let labelWidth = min(30, max(12, rows.map(\.0.count).max() ?? 0))
        func line(_ label: String, _ cells: [String]) -> [String] {
            let labels = TextWrap.lines(label, width: labelWidth)
            let wrapped = cells.map { TextWrap.lines($0, width: cellWidth) }
            let height = max(labels.count, wrapped.map(\.count).max() ?? 1)
            return (0..<height).map { row in
                (labels.count > row ? labels[row] : "").padded(labelWidth) + "| " + wrapped.map { ($0.count > row ? $0[row] : "").padded(cellWidth) }.joined(separator: "| ")
            }
        }
        let rule = String(repeating: "-", count: labelWidth) + String(repeating: "+" + String(repeating: "-", count: cellWidth + 1), count: headers.count)
        var lines = line("", headers) + [rule]
        for (label, cells) in rows { lines += line(label, cells) + [rule] }
        return lines.map { $0.trimmingTrailingSpaces }.joined(separator: "\n") + "\n"
    }

    public var markdown: String {
        let cell = Self.markdownCell
        var lines = ["| | " + headers.map(cell).joined(separator: " | ") + " |", "| --- |" + String(repeating: " --- |", count: headers.count)]
        lines += rows.map { "| **\(cell($0.0))** | " + $0.1.map(cell).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for a Markdown table cell, escaped as HTML is: Markdown passes `<b>` and `<img ...>` through as markup (an
    /// outside training review, round 23, F22: a partnership file's short name `Ev<b>il</b>` came out as it stood, where
    /// the HTML escaped it), and `|` would end the cell.
    static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "|", with: "&#124;")
    }

    public var html: String {
        func cell(_ text: String) -> String { SVGCanvas.escaped(text) }
        var lines = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Escalation policies compared</title>",
                     "<style>body{font-family:Helvetica,Arial,sans-serif}table{border-collapse:collapse}th,td{border:1px solid #999;padding:6px;vertical-align:top;max-width:22em}th{background:#e8f1fb}</style>",
                     "</head><body><h1>Escalation policies compared</h1><table>",
                     "<tr><th></th>" + headers.map { "<th>\(cell($0))</th>" }.joined() + "</tr>"]
        lines += rows.map { "<tr><th>\(cell($0.0))</th>" + $0.1.map { "<td>\(cell($0))</td>" }.joined() + "</tr>" }
        lines.append("</table></body></html>")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
