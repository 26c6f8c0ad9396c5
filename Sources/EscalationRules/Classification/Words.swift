/// Practitioner text as words, the way the classifier and the conversation read it.
public enum Words {
    /// Lower-case words, with contractions opened ("won't" → "wo not") and sentence breaks kept as ".".
    public static func tokens(_ text: String) -> [String] {
        text.utf8.allSatisfy { $0 < 0x80 } ? asciiTokens(text) : unicodeTokens(text)
    }

    /// The common case, read byte by byte: a String is made only once per word.
    static func asciiTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(24)
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            if opensAsIs(word) { tokens.append(word) } else { tokens.append(contentsOf: expandContraction(word)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte | 0x20)
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"),
                 UInt8(ascii: "("), UInt8(ascii: ")"):
                flush()
                if tokens.last != "." { tokens.append(".") }
            default: flush()
            }
        }
        flush()
        return tokens
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
    /// It works on the word's bytes: a turn stems every word it reads.
    public static func stem(_ word: String) -> String {
        let count = word.utf8.count
        guard count > 3 else { return word }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 1) { w in
            var n = 0
            for byte in word.utf8 {
                guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return word }
                w[n] = byte
                n += 1
            }
            func ends(_ suffix: StaticString) -> Bool {
                let length = suffix.utf8CodeUnitCount
                guard n >= length else { return false }
                for i in 0..<length where w[n - length + i] != suffix.utf8Start[i] { return false }
                return true
            }
            // Plurals first, so "findings" and "finding" meet before -ing comes off both.
            if ends("ies"), n > 4 { n -= 3; w[n] = UInt8(ascii: "y"); n += 1 }
            else if ends("sses") { n -= 2 }
            else if ends("es"), n > 4, w[n - 3] == UInt8(ascii: "s") || w[n - 3] == UInt8(ascii: "x") || w[n - 3] == UInt8(ascii: "h") { n -= 2 }
            else if ends("s"), !ends("ss"), !ends("us"), !ends("is") { n -= 1 }
            if ends("ing"), n > 5 { n -= 3 }
            else if ends("edly"), n > 6 { n -= 4 }
            else if ends("ed"), n > 4 { n -= 2 }
            if ends("ment"), n > 7 { n -= 4 }
            if ends("ly"), n > 5 { n -= 2 }
            if ends("e"), n > 4 { n -= 1 }
            // "stopped" → "stopp" → "stop": a doubled final consonant left by -ed or -ing.
            if n > 4, w[n - 1] == w[n - 2], !"aeiouls".utf8.contains(w[n - 1]) { n -= 1 }
            return n == count ? word : String(decoding: UnsafeBufferPointer(rebasing: w[..<n]), as: UTF8.self)
        }
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
