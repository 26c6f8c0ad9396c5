/// A stretch of text between punctuation: the unit negation and time are read in, and what the bot quotes.
struct Clause {
    var typed: Substring
    var words: [String]

    /// Split on the bytes: punctuation is ASCII, and splitting on Characters would cost a third of a reading.
    static func split(_ text: String) -> [Clause] {
        let bytes = text.utf8
        var clauses: [Clause] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            if isBreak(bytes[index]), !joinsDigits(bytes, at: index), !labelsNumber(bytes, at: index) {
                clauses += clause(text[start..<index])
                start = next
            }
            index = next
        }
        return clauses + clause(text[start...])
    }

    private static func clause(_ typed: Substring) -> [Clause] {
        let words = opened(Words.tokens(String(typed))[...])
        return words.isEmpty ? [] : [Clause(typed: typed, words: words)]
    }

    /// A "." between digits ("the 3.15 run") is a clock time or a decimal, not the end of a clause:
    /// breaking there left "3" and "15 run" in two clauses, and the time in neither (a tuning part, 2026-11-30).
    static func joinsDigits(_ bytes: String.UTF8View, at index: String.Index) -> Bool {
        guard bytes[index] == UInt8(ascii: "."), index != bytes.startIndex else { return false }
        let next = bytes.index(after: index)
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        return next != bytes.endIndex && isDigit(bytes[next]) && isDigit(bytes[bytes.index(before: index)])
    }

    /// The "." of "no." before a number ("no. 23", "Step no. 2") abbreviates "number", not a sentence: breaking there quoted "23
    /// with the new boyfriend ..." (a chat review, round 17, 2026-12-01).
    static func labelsNumber(_ bytes: String.UTF8View, at index: String.Index) -> Bool {
        guard bytes[index] == UInt8(ascii: "."), bytes.distance(from: bytes.startIndex, to: index) >= 2 else { return false }
        let o = bytes.index(index, offsetBy: -1), n = bytes.index(index, offsetBy: -2)
        guard bytes[o] | 0x20 == UInt8(ascii: "o"), bytes[n] | 0x20 == UInt8(ascii: "n") else { return false }
        if n != bytes.startIndex, (bytes[bytes.index(before: n)] | 0x20) >= UInt8(ascii: "a"), (bytes[bytes.index(before: n)] | 0x20) <= UInt8(ascii: "z") { return false }
        var next = bytes.index(after: index)
        while next != bytes.endIndex, bytes[next] == UInt8(ascii: " ") { next = bytes.index(after: next) }
        return next != bytes.endIndex && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[next])
    }

    /// The clauses of `text` and its tokens as `Words.tokens` gives them, which the risk model reads.
    ///
    /// ASCII text, the usual case, is read in one pass: every clause break also ends a word, so a
    /// clause's words are the text's words between its breaks, and tokenising each clause again
    /// (then the whole text for the model) was 5,000 of a 26,000-instruction risk reading.
    static func reading(_ text: String) -> (clauses: [Clause], tokens: [String]) {
        var reader = Words.ASCIIReader()
        // Room for a word every four bytes or so, rather than growing the list from empty word by word.
        reader.tokens.reserveCapacity(text.utf8.count / 4 + 2)
        var clauses: [Clause] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var firstToken = 0
        func close(before end: String.Index) {
            let words = opened(reader.tokens[firstToken...])
            if !words.isEmpty { clauses.append(Clause(typed: text[start..<end], words: words)) }
        }
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            // Text beyond ASCII is read as before, clause by clause; checked here rather than in a pass of its own.
            guard byte < 0x80 else { return (split(text), Words.tokens(text)) }
            reader.read(byte)
            if isBreak(byte), !joinsDigits(bytes, at: index), !labelsNumber(bytes, at: index) {
                close(before: index)
                start = bytes.index(after: index)
                firstToken = reader.tokens.count
            }
            bytes.formIndex(after: &index)
        }
        reader.flush()
        close(before: bytes.endIndex)
        return (clauses, reader.tokens)
    }

    private static func isHour(_ word: String) -> Bool { word.count <= 2 && Int(word).map { $0 <= 24 } == true }

    /// The minutes of a clock time whose stop is at `index`: two digits under 60, not followed by another
    /// stop and digits, which would make it a date ("3.11.2019").
    private static func clockMinutes(_ words: ArraySlice<String>, after index: Int) -> String? {
        guard index + 1 < words.endIndex else { return nil }
        let minutes = words[index + 1]
        guard minutes.count == 2, let value = Int(minutes), value < 60 else { return nil }
        if index + 3 < words.endIndex, words[index + 2] == ".", Int(words[index + 3]) != nil { return nil }
        return minutes
    }

    /// A 24-hour time with no stop, as crews, wards and the police write them ("left at 0800", "since 1600", "by 2200hrs"),
    /// after a word that makes it a time of day. Four digits are a year too, so "since 2019" is not a time: from 1900 to
    /// 2099 it counts only after "at", "by", "until" or "till", or before "hours" (a tuning set, twelfth session).
    static func isDayTime(_ words: [String], at index: Int) -> Bool {
        // Asked of every word: most begin with a letter, and are answered by their first byte.
        guard let first = words[index].utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "2") else { return false }
        var digits = Substring(words[index])
        for suffix in ["hrs", "hours", "h"] where digits.hasSuffix(suffix) { digits = digits.dropLast(suffix.count); break }
        guard digits.count == 4, digits.allSatisfy(\.isASCII), let value = Int(digits), value % 100 < 60, value / 100 < 24 else { return false }
        let before = index > 0 ? words[index - 1] : ""
        let hoursAfter = digits.count < words[index].count || (index + 1 < words.count && words[index + 1] == "hours")
        if hoursAfter || ["at", "by", "until", "till", "til", "@"].contains(before) { return true }
        return ["since", "from", "about", "around", "approx", "before", "after"].contains(before) && !(1900...2099).contains(value)
    }

    /// A clock time as `opened` writes it: "3:15".
    static func isClock(_ word: String) -> Bool {
        guard let first = word.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return word.utf8.contains(UInt8(ascii: ":"))
    }

    static func isBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"),
             UInt8(ascii: "("), UInt8(ascii: ")"): return true
        default: return false
        }
    }

    /// Abbreviations and misspellings opened into the words the signs are written in.
    /// Sentence breaks (".") are left out: a clause is read as its words alone.
    /// A clock time ("3.15", "15:30"), which the tokeniser splits at its stop, is one word again: "3:15".
    static func opened(_ words: ArraySlice<String>) -> [String] {
        var opened: [String] = []
        opened.reserveCapacity(words.count + 4)
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            if word == ".", let hour = opened.last, let minutes = clockMinutes(words, after: index), isHour(hour) {
                opened[opened.count - 1] = hour + ":" + minutes
                index += 2
                continue
            }
            if word != "." {
                if let spelled = RiskSigns.spellings[word] { opened += spelled.split(separator: " ").map(String.init) } else { opened.append(word) }
            }
            index += 1
        }
        return opened
    }

    /// What a word, or a number and the word after it, says about age or time: "5yo", "3 month old",
    /// "yr6", "year 2", "3pm".
    struct Age {
        var isVulnerable: Bool
        var isTime: Bool
        /// An age given in years ("14yo", "22 year old"); nil for months, weeks, school years and times.
        var years: Int? = nil
        /// How many words the age takes: its "old" is not read again, so "the 6 wk old's bruise" is a
        /// baby's bruise, not an "old bruise" (a tuning part, 2026-11-30).
        var words = 1
    }

    static func age(_ words: [String], at index: Int) -> Age? {
        let word = words[index]
        // Most words start with neither a digit nor "y": nothing to read.
        guard let first = word.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "y") else { return nil }
        let next = index + 1 < words.count ? words[index + 1] : ""
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        if digits.isEmpty {
            // "yr6", "y2", "year 2": primary school years.
            for school in ["yr", "year", "y"] where word.hasPrefix(school) {
                let year = word == school ? Int(next) : Int(word.dropFirst(school.count))
                if let year, (0...6).contains(year) { return Age(isVulnerable: true, isTime: false) }
            }
            return nil
        }
        guard let number = Int(digits) else { return nil }
        let separate = digits.count == word.count
        let unit = separate ? Substring(next) : word.dropFirst(digits.count)
        // "3 weeks" or "5 years" alone is a time: an age needs "old" ("3 week old") or one word ("3wk", "5yo").
        let oldAt = separate ? index + 2 : index + 1
        let old = oldAt < words.count && words[oldAt] == "old"
        let aged = !separate || unit == "yo" || old
        let span = old ? oldAt - index + 1 : separate ? 2 : 1
        switch unit {
        case "yo", "yr", "yrs", "y", "year", "years", "yearold": return aged ? Age(isVulnerable: number <= 7, isTime: false, years: number, words: span) : nil
        case "mo", "m", "mth", "mths", "month", "months", "wk", "wks", "week", "weeks", "wo", "day", "days":
            return aged ? Age(isVulnerable: true, isTime: false, words: span) : nil
        case "am", "pm", "ish": return Age(isVulnerable: false, isTime: true)
        default: return separate && bareAge(number, words, at: index) ? Age(isVulnerable: false, isTime: false, years: number) : nil
        }
    }

    /// A number written alone as someone's age: "she's 15 and her boyfriend is 31" had no sign heard, as only ages with
    /// "year old" or "yo" were read (a chat review, round 19, S3). Read narrowly, so a count is not taken for an age: 10 to
    /// 99, right after "is", "aged" or "age", or "she" or "he" (the tokens leave "she's" as "she"), with nothing after it
    /// in the clause or a word that goes on about the person ("and", "with", "but", "pregnant"), not a unit ("is 18 weeks",
    /// "is 12 miles away", "is 20 minutes late" stay counts).
    static func bareAge(_ number: Int, _ words: [String], at index: Int) -> Bool {
        guard (10...99).contains(number), index > 0, ["is", "aged", "age", "she", "he"].contains(words[index - 1]) else { return false }
        return index + 1 == words.count || afterBareAge.contains(words[index + 1])
    }

    static let afterBareAge: Set<String> = ["and", "but", "with", "who", "whose", "while", "so", "now", "her", "his", "their", "she",
                                            "he", "they", "has", "had", "is", "was", "lives", "living", "staying", "stays", "dating",
                                            "seeing", "pregnant", "too", "also", "already", "or"]
}
