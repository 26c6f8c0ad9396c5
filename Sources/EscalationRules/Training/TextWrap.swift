/// Greedy word wrapping: the one wrapper behind the terminal, help screens and SVG text.
public enum TextWrap {
    /// `text` broken between words into lines of at most `width` characters (a longer word stands alone).
    public static func lines(_ text: some StringProtocol, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
