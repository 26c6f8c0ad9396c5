/// A small SVG writer: boxes, wrapped text and arrows, sized for projecting in a room.
struct SVGCanvas {
    let width: Int
    private(set) var height = 0
    private var body: [String] = []

    init(width: Int) { self.width = width }

    mutating func grow(to bottom: Int) { height = max(height, bottom) }

    /// Where the next element goes, so a box can be slipped in under text already drawn.
    var mark: Int { body.count }

    mutating func rect(x: Int, y: Int, width: Int, height: Int, fill: String, stroke: String = "#333",
                       strokeWidth: Int = 2, dashed: Bool = false, radius: Int = 10, under mark: Int? = nil) {
        body.insert("<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" rx=\"\(radius)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(strokeWidth)\"\(dashed ? " stroke-dasharray=\"8 6\"" : "")/>", at: mark ?? body.count)
        grow(to: y + height)
    }

    /// Writes `text` wrapped to `maxWidth` pixels from (x, y), returning where the next line would start.
    @discardableResult
    mutating func text(_ text: String, x: Int, y: Int, size: Int, maxWidth: Int, bold: Bool = false,
                       colour: String = "#111", anchor: String = "start") -> Int {
        let lines = TextWrap.lines(text, width: SVGCanvas.characters(maxWidth, size: size, bold: bold))
        var baseline = y + size
        for line in lines {
            body.append("<text x=\"\(x)\" y=\"\(baseline)\" font-size=\"\(size)\" text-anchor=\"\(anchor)\"\(bold ? " font-weight=\"bold\"" : "") fill=\"\(colour)\">\(SVGCanvas.escaped(line))</text>")
            baseline += size * 5 / 4
        }
        grow(to: baseline)
        return baseline - size + size / 2
    }

    mutating func arrow(x1: Int, y1: Int, x2: Int, y2: Int, label: String? = nil, dashed: Bool = false) {
        body.append("<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"#333\" stroke-width=\"3\" marker-end=\"url(#arrow)\"\(dashed ? " stroke-dasharray=\"8 6\"" : "")/>")
        if let label { text(label, x: (x1 + x2) / 2 + 10, y: (y1 + y2) / 2 - 12, size: 16, maxWidth: 300, colour: "#555") }
    }

    mutating func raw(_ element: String) { body.append(element) }

    /// How many characters fit in `width` pixels: Helvetica averages about 0.55 of the size, bold 0.62.
    static func characters(_ width: Int, size: Int, bold: Bool = false) -> Int {
        max(8, width * 100 / (size * (bold ? 62 : 55)))
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    func document(title: String) -> String {
        let head = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height + 20)\" viewBox=\"0 0 \(width) \(height + 20)\" font-family=\"Helvetica, Arial, sans-serif\">",
            "<title>\(SVGCanvas.escaped(title))</title>",
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#333\"/></marker></defs>",
            "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>",
        ]
        return (head + body + ["</svg>"]).joined(separator: "\n") + "\n"
    }
}
