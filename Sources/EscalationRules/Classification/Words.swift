/// Practitioner text as words, the way the classifier and the conversation read it.
public enum Words {
    /// Lower-case words, with contractions opened ("won't" → "wo not") and sentence breaks kept as ".".
    public static func tokens(_ text: String) -> [String] {
        text.utf8.allSatisfy { $0 < 0x80 } ? asciiTokens(text) : unicodeTokens(text)
    }

    /// The common case, read byte by byte: a String is made only once per word.
    static func asciiTokens(_ text: String) -> [String] {
        var reader = ASCIIReader()
        for byte in text.utf8 { reader.read(byte) }
        reader.flush()
        return reader.tokens
    }

    /// Tokens of ASCII text as its bytes arrive, so a reader of clauses can share the one pass.
    struct ASCIIReader {
        var tokens: [String] = []
        private var current: [UInt8] = []
        private var apostrophe = false

        init() { current.reserveCapacity(24) }

        mutating func read(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            case UInt8(ascii: "'"):
                current.append(byte)
                apostrophe = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte | 0x20)
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"),
                 UInt8(ascii: "("), UInt8(ascii: ")"):
                flush()
                if tokens.last != "." { tokens.append(".") }
            default: flush()
            }
        }

        mutating func flush() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            // `opensAsIs` on the bytes already in hand: scanning the word again was a fifth of making it.
            if !apostrophe, current.last != UInt8(ascii: "t") || !negatedForms.contains(word) {
                tokens.append(word)
            } else {
                tokens.append(contentsOf: expandContraction(word))
            }
            current.removeAll(keepingCapacity: true)
            apostrophe = false
        }
    }

    static func unicodeTokens(_ text: String) -> [String] {
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

    /// Most words have no apostrophe and are not "dont"-style: nothing to open.
    static func opensAsIs(_ word: String) -> Bool {
        !word.utf8.contains(UInt8(ascii: "'")) && !(word.utf8.last == UInt8(ascii: "t") && negatedForms.contains(word))
    }

    static func expandContraction(_ word: String) -> [String] {
        if opensAsIs(word) { return [word] }
        var word = word.trimmingApostrophes
        if word.hasSuffix("n't") { return [String(word.dropLast(3)), "not"] }
        if negatedForms.contains(word) { return [String(word.dropLast(2)), "not"] }
        for suffix in ["'s", "'ve", "'re", "'d", "'ll", "'m"] where word.hasSuffix(suffix) {
            word = String(word.dropLast(suffix.count))
        }
        return word.isEmpty ? [] : [word.replacingApostrophes]
    }

    /// A light suffix-stripping stemmer: enough that "shared", "sharing" and "share" meet.
    /// Words of ASCII letters only; anything else is left as it is.
    public static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count > 3, w.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return word }
        func ends(_ suffix: String) -> Bool { w.count >= suffix.utf8.count && w.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        func drop(_ count: Int) { w.removeLast(count) }
        // Plurals first, so "findings" and "finding" meet before -ing comes off both.
        if ends("ies"), w.count > 4 { drop(3); w.append(UInt8(ascii: "y")) }
        else if ends("sses") { drop(2) }
        else if ends("es"), w.count > 4, "sxh".utf8.contains(w[w.count - 3]) { drop(2) }
        else if ends("s"), !ends("ss"), !ends("us"), !ends("is") { drop(1) }
        if ends("ing"), w.count > 5 { drop(3) }
        else if ends("edly"), w.count > 6 { drop(4) }
        else if ends("ed"), w.count > 4 { drop(2) }
        if ends("ment"), w.count > 7 { drop(4) }
        if ends("ly"), w.count > 5 { drop(2) }
        if ends("e"), w.count > 4 { drop(1) }
        // "stopped" → "stopp" → "stop": a doubled final consonant left by -ed or -ing.
        if w.count > 4, w[w.count - 1] == w[w.count - 2], !"aeiouls".utf8.contains(w[w.count - 1]) { drop(1) }
        return String(decoding: w, as: UTF8.self)
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
