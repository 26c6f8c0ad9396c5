extension Pathway {
    /// The pathway as an SVG picture legible when projected: large type, the stages down the middle,
    /// the urgent route in red above them and the other routes down the side.
    public var svg: String {
        var canvas = SVGCanvas(width: 1600)
        var y = canvas.text(title, x: 40, y: 24, size: 34, maxWidth: 1520, bold: true)
        y = canvas.text(source, x: 40, y: y, size: 18, maxWidth: 1520, colour: "#555") + 16
        y = urgentBox(on: &canvas, top: y) + 30
        let stagesTop = y
        for step in steps {
            let bottom = stageBox(step, on: &canvas, top: y)
            if step.position < steps.count {
                canvas.arrow(x1: 520, y1: bottom, x2: 520, y2: bottom + 50, label: "not resolved")
            }
            y = bottom + 50
        }
        y -= 50
        canvas.arrow(x1: 520, y1: y, x2: 520, y2: y + 50, label: "not resolved")
        let mark = canvas.mark
        let afterBottom = canvas.text("After the last stage: \(afterLastStage)", x: 55, y: y + 62, size: 22, maxWidth: 930)
        canvas.rect(x: 40, y: y + 50, width: 960, height: afterBottom - y - 40, fill: "#eef", dashed: afterLastStage.hasPrefix("unknown"), under: mark)
        sideBranches(on: &canvas, top: stagesTop)
        return canvas.document(title: title)
    }

    private func urgentBox(on canvas: inout SVGCanvas, top: Int) -> Int {
        let mark = canvas.mark
        var y = canvas.text("IF SOMEONE IS AT RISK: WHAT THE POLICY SAYS", x: 60, y: top + 10, size: 26, maxWidth: 1480, bold: true, colour: "#b00000")
        for branch in urgent { y = canvas.text("\(branch.title): \(branch.detail)", x: 60, y: y, size: 22, maxWidth: 1480) + 8 }
        canvas.rect(x: 40, y: top, width: 1520, height: y - top + 10, fill: "#fde8e8", stroke: "#b00000", strokeWidth: 5, under: mark)
        return y + 10
    }

    private func stageBox(_ step: Step, on canvas: inout SVGCanvas, top: Int) -> Int {
        let details = step.details
        let unknown = details.contains { $0.contains("unknown") }
        let mark = canvas.mark
        var y = canvas.text("\(step.position). \(step.label)", x: 60, y: top + 12, size: 28, maxWidth: 920, bold: true, colour: "#1f4e89")
        for line in details { y = canvas.text(line, x: 60, y: y, size: 22, maxWidth: 920, colour: line.contains("unknown") ? "#666" : "#111") + 4 }
        canvas.rect(x: 40, y: top, width: 960, height: y - top + 12, fill: unknown ? "#f4f4f4" : "#e8f1fb", stroke: unknown ? "#888" : "#1f4e89",
                    strokeWidth: 3, dashed: unknown, under: mark)
        return y + 12
    }

    private func sideBranches(on canvas: inout SVGCanvas, top: Int) {
        var y = canvas.text("Not this pathway", x: 1060, y: top, size: 26, maxWidth: 500, bold: true)
        for branch in outOfScope {
            let mark = canvas.mark
            let bottom = canvas.text("\(branch.title): \(branch.detail)", x: 1075, y: y + 14, size: 22, maxWidth: 470)
            canvas.rect(x: 1060, y: y + 6, width: 500, height: bottom - y + 4, fill: "#fff8e1", stroke: "#a07000", dashed: branch.detail.hasPrefix("unknown"), under: mark)
            y = bottom + 30
        }
        if !checklist.isEmpty {
            y = canvas.text("Before escalating", x: 1060, y: y + 10, size: 26, maxWidth: 500, bold: true)
            for item in checklist { y = canvas.text("• " + item, x: 1075, y: y, size: 20, maxWidth: 480) + 6 }
        }
    }
}
