import EscalationRules

/// Reading short answers the way people type them in a hurry.
enum Answers {
    /// The answer as plain lower-case words, punctuation dropped.
    static func normalized(_ text: String) -> String {
        isNormal(text) ? text : normalizedInFull(text)
    }

    static func normalizedInFull(_ text: String) -> String {
        Words.tokens(text).filter { $0 != "." }.joined(separator: " ")
    }

    /// Lower-case ASCII letters and digits in words one space apart, none ending in "t" (which may
    /// be a contraction typed without its apostrophe, "dont"): already normal, as most short
    /// answers ("yes", "2", "today") are. Read on the bytes, since every turn asks.
    static func isNormal(_ text: String) -> Bool {
        var previous = UInt8(ascii: " ")
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: " ") where previous != UInt8(ascii: " ") && previous != UInt8(ascii: "t"): break
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: " ") && previous != UInt8(ascii: "t")
    }

    static let yesWords: Set<String> = ["yes", "y", "yeah", "yep", "yup", "ye", "yes please", "correct", "right", "ok", "okay",
                                         "sure", "i have", "done", "yes i have", "yes they are", "that is right", "true", "aye", "definitely", "def", "defo"]
    static let noWords: Set<String> = ["no", "n", "nope", "nah", "not yet", "no not yet", "i have not", "not really", "wrong",
                                        "no it is not", "false", "none", "no they are not", "not"]

    /// A yes or no word first, then more: "yep def", "nope, not at all" (a chat review, round 8).
    static let yesOpenings = ["yes ", "yep ", "yeah ", "yup "]
    static let noOpenings = ["no ", "nope ", "nah "]

    static func yesNo(_ text: String) -> Bool? {
        let answer = normalized(text)
        if yesWords.contains(answer) || yesOpenings.contains(where: answer.hasPrefix) { return true }
        if noWords.contains(answer) || noOpenings.contains(where: answer.hasPrefix) { return false }
        return nil
    }

    /// A whole number typed on its own ("3", "3.", " 3 ").
    static func number(_ text: String) -> Int? {
        // A normal answer has single spaces between words and none at either end: one word has none.
        let answer = normalized(text)
        return answer.utf8.contains(0x20) ? nil : Int(answer)
    }

    /// Every number in the answer, for "which haven't you done? 2 and 5".
    static func numbers(_ text: String) -> [Int] {
        normalized(text).split(separator: " ").compactMap { Int($0) }
    }

    /// Numbers that point at items of a list ("no, 3", "yes but not 2 and 4"), not ages, counts or times in words around
    /// them: "no, and the 4 year old was left home alone" had recorded item 4 as not done (a chat review, round 14,
    /// 2026-11-30).
    static func itemNumbers(_ text: String) -> [Int] {
        let words = normalized(text).split(separator: " ")
        return words.indices.compactMap { index in
            guard let number = Int(words[index]) else { return nil }
            let before = index > words.startIndex ? words[index - 1] : ""
            let after = index + 1 < words.endIndex ? words[index + 1] : ""
            if notItemsBefore.contains(before) || notItemsAfter.contains(where: { after.hasPrefix($0) }) { return nil }
            return number
        }
    }

    private static let notItemsBefore: Set<Substring> = ["at", "since", "by", "aged", "age", "about", "around", "until", "till",
                                                         "ward", "bay", "room", "bed", "flat", "over", "under", "past"]
    private static let notItemsAfter = ["year", "yr", "yo", "month", "mth", "week", "wk", "day", "hour", "hr", "min", "pm", "am", "oclock",
                                        "kid", "child", "baby", "babies", "sibling", "brother", "sister", "boy", "girl", "time", "x",
                                        "people", "adult", "men", "man", "women", "woman", "percent", "pound"]

    /// The candidate whose names best match the answer: a name in full, or every word of a name
    /// with at most one typo each. Nil when none does, or two match equally. For a list asked about
    /// more than once, keep a `ChoiceList` instead, which prepares the names once.
    static func best<Key: Equatable & Sendable>(_ text: String, among candidates: [(key: Key, names: [String])]) -> Key? {
        ChoiceList(candidates).best(text)
    }

    /// Edits between two words, counted up to 2 (any more is 2).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if abs(a.count - b.count) > 1 { return 2 }
        // Two neighbouring letters swapped count as one edit ("shrophsire"), as people type them.
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                var cost = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
                if i > 0, j > 0, ca == b[j - 1], a[i - 1] == cb, ca != cb { cost = min(cost, beforePrevious[j - 1] + 1) }
                current.append(cost)
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}

extension RandomAccessCollection where Index == Int {
    /// The item a practitioner chose by its number in a list shown from 1; nil for a number not on it.
    func numbered(_ number: Int) -> Element? {
        let index = startIndex + number - 1
        return indices.contains(index) ? self[index] : nil
    }
}
