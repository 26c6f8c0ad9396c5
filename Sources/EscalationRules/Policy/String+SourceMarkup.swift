extension String {
    /// A source quote as it is shown and pasted into a case system: the inline markup the extraction left in the source
    /// text (`**within 1 working day**`, `<u>safeguardingboard.co@gov.im</u>`, `<a href="mailto:...">...</a>`,
    /// `[bookmark: ...]`) taken out, every word, space and stop kept as the source has them.
    ///
    /// A policy file keeps the source's characters, so each quote is still found in the source as it stands; this is
    /// only how it is shown (a chat review, round 14, 2026-11-30: records carried `<u>` and `**` into case systems).
    public var withoutSourceMarkup: String {
        guard utf8.contains(where: Self.markupStarts.contains) else { return self }
        var shown = ""
        var rest = self[...]
        while let character = rest.first {
            if rest.hasPrefix("**") || rest.hasPrefix("__") {
                rest = rest.dropFirst(2)
            } else if character == "<", let end = Self.inlineTagEnd(in: rest) {
                rest = rest[end...]
            } else if rest.hasPrefix("[bookmark:"), let close = rest.firstIndex(of: "]") {
                rest = rest[rest.index(after: close)...]
            } else {
                shown.append(character)
                rest = rest.dropFirst()
            }
        }
        return shown
    }

    /// The bytes that can begin markup: a text without any is shown as it is, unread.
    private static let markupStarts: Set<UInt8> = [UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "<"), UInt8(ascii: "[")]

    /// Tags that mark up words inside a line. Not `<br>` or `<p>`, which stand between words: taking them out would
    /// join the words either side.
    private static let inlineTags: Set<String> = ["a", "b", "i", "u", "em", "strong", "span", "mark", "ins", "sup", "sub", "font"]

    /// Just past the `>` of the inline tag that `text` starts with, opening or closing; nil where it starts with none
    /// ("<" in "fewer than <5 days" is kept).
    private static func inlineTagEnd(in text: Substring) -> Substring.Index? {
        guard let close = text.firstIndex(of: ">") else { return nil }
        var inside = text[text.index(after: text.startIndex)..<close]
        if inside.first == "/" { inside = inside.dropFirst() }
        let name = inside.prefix { $0.isASCII && $0.isLetter }
        let after = inside.dropFirst(name.count)
        guard inlineTags.contains(name.lowercased()), after.isEmpty || after.first == " " || after == "/" else { return nil }
        return text.index(after: close)
    }
}
