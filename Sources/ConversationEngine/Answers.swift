import EscalationRules

/// Reading short answers the way people type them in a hurry.
enum Answers {
    /// The answer as plain lower-case words, punctuation dropped.
    static func normalized(_ text: String) -> String {
        isNormal(text) ? text : normalizedInFull(text)
    }

    /// The words of `normalized(text)`, read once: joining the words with spaces and splitting the text again cost two
    /// passes over every character (a fifth of a description turn, issue 17).
    static func words(_ text: String) -> [String] {
        guard isNormal(text) else { return Words.tokens(text).filter { $0 != "." } }
        return text.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
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
                                         "sure", "i have", "done", "yes i have", "yes they are", "that is right", "true", "aye", "definitely", "def", "defo",
                                         // Welsh, as practitioners on the border answer (a chat review, round 16, 2026-12-01).
                                         "ie", "oes", "ydy", "ydw",
                                         // Typed in a hurry (a chat review, round 19, 2026-12-02: "yse" was not understood).
                                         "yse", "yess", "yesss", "yea", "yeh", "ys"]
    static let noWords: Set<String> = ["no", "n", "nope", "nah", "not yet", "no not yet", "i have not", "not really", "wrong",
                                        "no it is not", "false", "none", "no they are not", "not",
                                        "na", "nac oes", "naddo", "nage", "nac ydy", "nac ydw", "cha nel",
                                        // Typed in a hurry (a chat review, round 19: "noo" and "N0" were not understood).
                                        "noo", "nooo", "n0", "no0", "nop"]

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
        words(text).compactMap { Int($0) }
    }

    /// Numbers that point at items of a list ("no, 3", "yes but not 2 and 4"), not ages, counts or times in words around
    /// them: "no, and the 4 year old was left home alone" had recorded item 4 as not done (a chat review, round 14,
    /// 2026-11-30).
    static func itemNumbers(_ text: String) -> [Int] {
        let words = normalized(withRanges(text)).split(separator: " ")
        return words.indices.compactMap { index in
            guard let number = Int(words[index]) else { return nil }
            let before = index > words.startIndex ? words[index - 1] : ""
            let after = index + 1 < words.endIndex ? words[index + 1] : ""
            if notItemsBefore.contains(before) || notItemsAfter.contains(where: { after.hasPrefix($0) }) { return nil }
            return number
        }
    }

    /// "all except 2", "all but 1 and 3", "everything apart from 2": every item of a list of `items` but those named, or nil where
    /// the answer is not of that shape. Empty where it is but what it sets apart is unclear (no number, or one not on the list),
    /// or nothing is left: to be asked again.
    static func allExcept(_ text: String, items: Int) -> [Int]? {
        let answer = normalized(text)
        guard let opening = allExceptOpenings.first(where: { answer.hasPrefix($0) }) else { return nil }
        let rest = String(answer.dropFirst(opening.count))
        let named = itemNumbers(rest)
        guard !named.isEmpty, named.allSatisfy((1...max(items, 1)).contains),
              rest.split(separator: " ").allSatisfy({ Int($0) != nil || ["and", "or", "nor"].contains($0) }) else { return [] }
        return (1...max(items, 1)).filter { !named.contains($0) }
    }

    /// "all" or "everything", then a word that sets items apart.
    private static let allExceptOpenings: [String] = ["all of them", "all", "everything", "every one", "each", "the lot"].flatMap { all in
        ["except for", "except", "but not", "but", "apart from", "other than", "bar", "besides", "excluding", "save for", "save"].map { "\(all) \($0) " }
    }

    /// "1-6", "2 to 4" spelled out as the numbers they span: read as two numbers, "1-6" had recorded items 1 and 6 alone
    /// (a chat review, round 16, 2026-12-01).
    static func withRanges(_ text: String) -> String {
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return text }
        return text.replacing(/\b(\d{1,2})\s*(?:-|–|to|thru|through)\s*(\d{1,2})\b/) { match in
            guard let first = Int(match.output.1), let last = Int(match.output.2), first < last, last <= 20 else { return String(match.output.0) }
            return (first...last).map(String.init).joined(separator: " ")
        }
    }

    /// A checklist answered item by item in one line: "yes yes no yes yes yes" by position, or "1 yes 2 yes 3 no ..." by
    /// number, every item answered: the numbers answered no (none if all are yes), or nil where the line is neither. The
    /// first had passed as a plain yes, dropping the no; the second listed all six as not done (a chat review, round 16).
    static func checklistByItem(_ text: String, items: Int) -> [Int]? {
        guard items > 1 else { return nil }
        let words = words(text)
        let verdicts = words.map { word in itemYes.contains(word) ? true : itemNo.contains(word) ? false : nil as Bool? }
        if words.count == items, verdicts.allSatisfy({ $0 != nil }) {
            return verdicts.indices.filter { verdicts[$0] == false }.map { $0 + 1 }
        }
        var answered: [Int: Bool] = [:]
        for index in words.indices.dropLast() {
            guard let number = Int(words[index]), (1...items).contains(number), let yes = verdicts[index + 1] else { continue }
            answered[number] = yes
        }
        guard answered.count == items else { return nil }
        return answered.filter { !$0.value }.keys.sorted()
    }

    /// The answer without each item's number and the yes or no after it ("3 no"): what is left is the practitioner's own
    /// words, a time in them kept ("going home at 3").
    static func withoutItemAnswers(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" })
        let bare = words.map { Substring($0.lowercased().filter { $0.isLetter || $0.isNumber }) }
        var kept: [Substring] = []
        var index = 0
        while index < words.count {
            if Int(bare[index]) != nil, index + 1 < words.count, itemYes.contains(String(bare[index + 1])) || itemNo.contains(String(bare[index + 1])) {
                index += 2
                continue
            }
            kept.append(words[index])
            index += 1
        }
        guard kept.count < words.count else { return text }
        let joined = kept.joined(separator: " ")
        return String(joined.drop { !($0.isLetter || $0.isNumber) })
    }

    private static let itemYes: Set<String> = ["yes", "y", "yep", "yeah", "yup", "done", "ok", "tick", "ticked"]
    private static let itemNo: Set<String> = ["no", "n", "nope", "nah", "not"]

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
