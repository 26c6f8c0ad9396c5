/// Practitioner text as words, the way the classifier and the conversation read it.
public enum Words {
    /// Lower-case words, with contractions opened ("won't" → "wo not") and sentence breaks kept as ".".
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(contentsOf: expandContraction(current))
            current = ""
        }
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": current.unicodeScalars.append(scalar)
            case "'", "\u{2019}": current.unicodeScalars.append("'")
            case ".", ",", ";", "!", "?", ":", "(", ")":
                flush()
                if tokens.last != "." { tokens.append(".") }
            default:
                if scalar.properties.isAlphabetic { current.unicodeScalars.append(scalar) } else { flush() }
            }
        }
        flush()
        return tokens
    }

    /// Everyday words no lexicon entry is built from: never worth a typo search.
    static let common: Set<String> = [
        "the", "and", "they", "them", "their", "with", "that", "this", "have", "been", "about", "from", "were", "what", "when",
        "which", "there", "would", "could", "should", "into", "after", "before", "because", "still", "said", "says", "think",
        "other", "agency", "child", "children", "family", "mum", "dad", "mother", "father", "school", "social", "worker", "care",
        "our", "your", "she", "her", "him", "his", "for", "but", "not", "has", "had", "was", "are", "will", "than", "then",
        "week", "weeks", "month", "months", "days", "today", "some", "more", "over", "again", "also", "even", "just", "only",
    ]

    static let negatedForms: Set<String> = [
        "dont", "doesnt", "didnt", "wont", "cant", "isnt", "wasnt", "arent", "werent", "havent", "hasnt", "hadnt",
        "couldnt", "shouldnt", "wouldnt", "neednt",
    ]

    static func expandContraction(_ word: String) -> [String] {
        // Most words have no apostrophe and are not "dont"-style: nothing to open.
        if !word.utf8.contains(UInt8(ascii: "'")), !(word.utf8.last == UInt8(ascii: "t") && negatedForms.contains(word)) { return [word] }
        var word = word.trimmingApostrophes
        if word.hasSuffix("n't") { return [String(word.dropLast(3)), "not"] }
        if negatedForms.contains(word) { return [String(word.dropLast(2)), "not"] }
        for suffix in ["'s", "'ve", "'re", "'d", "'ll", "'m"] where word.hasSuffix(suffix) {
            word = String(word.dropLast(suffix.count))
        }
        return word.isEmpty ? [] : [word.replacingApostrophes]
    }

    /// A light suffix-stripping stemmer: enough that "shared", "sharing" and "share" meet.
    public static func stem(_ word: String) -> String {
        guard word.count > 3, word.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return word }
        var w = word
        // Plurals first, so "findings" and "finding" meet before -ing comes off both.
        if w.hasSuffix("ies"), w.count > 4 { w = String(w.dropLast(3)) + "y" }
        else if w.hasSuffix("sses") { w = String(w.dropLast(2)) }
        else if w.hasSuffix("es"), w.count > 4, ["s", "x", "h"].contains(w.dropLast(2).last.map(String.init) ?? "") { w = String(w.dropLast(2)) }
        else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"), w.count > 3 { w = String(w.dropLast()) }
        if w.hasSuffix("ing"), w.count > 5 { w = String(w.dropLast(3)) }
        else if w.hasSuffix("edly"), w.count > 6 { w = String(w.dropLast(4)) }
        else if w.hasSuffix("ed"), w.count > 4 { w = String(w.dropLast(2)) }
        if w.hasSuffix("ment"), w.count > 7 { w = String(w.dropLast(4)) }
        if w.hasSuffix("ly"), w.count > 5 { w = String(w.dropLast(2)) }
        if w.hasSuffix("e"), w.count > 4 { w = String(w.dropLast()) }
        // "stopped" → "stopp" → "stop": a doubled final consonant left by -ed or -ing.
        if w.count > 4, let last = w.last, last == w.dropLast().last, !"aeiouls".contains(last) { w = String(w.dropLast()) }
        return w
    }
}

extension String {
    var trimmingApostrophes: String {
        var s = Substring(self)
        while s.first == "'" { s = s.dropFirst() }
        while s.last == "'" { s = s.dropLast() }
        return String(s)
    }

    var replacingApostrophes: String { filter { $0 != "'" } }
}
