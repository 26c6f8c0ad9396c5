/// What the bot quotes back of a clause: "You wrote '...'".
extension Clause {
    /// The most words a quote of a long clause keeps.
    static let quoteLength = 14

    /// The clause as typed, spaces tidied; a long one by its first words, enough to recognise.
    var quote: String { quote(around: 0) }

    /// The clause as typed; a long one by fourteen words or so around its `index`th word, through its `end`th, so that a
    /// sign late in a long clause is in the quote ("she says he ..." left out "hits her": a practitioner's review, 2026-11-30).
    /// Opened abbreviations can shift the count a word or two, which the margin either side allows for.
    ///
    /// A quote never starts with punctuation (": the GP will not ..."), and its cuts fall between words that belong apart: not
    /// inside a number and its unit ("a 15 ...") or an agency's name ("... care closed" for "adult social care closed"), and not
    /// after a word that leads on ("a man who is ..."). Every cut is marked "..." (a chat review, round 17, 2026-12-01).
    func quote(around index: Int, through end: Int? = nil) -> String {
        Self.quote(Quotable(typed), around: index, through: end)
    }

    /// A clause's words as typed, with any punctuation it starts with left off (": the GP", "- mum said"; a removed detail's
    /// "…" is a word), and each as compared (lower case, letters, digits and apostrophes). Made once for every quote of a
    /// clause: splitting and comparing the clause again for each sign quoted made a 16 KB answer of "hit hit ..." cost
    /// seconds (an outside attack test, round 4, 2026-12-01).
    struct Quotable {
        var typed: [Substring]
        var plain: [String]

        init(_ clause: Substring) {
            typed = Clause.quotable(clause)
            // Compared only where a quote is cut, in a clause longer than a quote.
            plain = typed.count > Clause.quoteLength ? typed.map(Clause.plain) : []
        }

        var count: Int { typed.count }
    }

    /// As `quote(around:through:)`, from the clause's words made once.
    static func quote(_ words: Quotable, around index: Int, through end: Int? = nil) -> String {
        let typed = words.typed
        guard typed.count > quoteLength else { return typed.joined(separator: " ") }
        let last = min(max(end ?? index + 1, index + 1), typed.count)
        var start = min(max(0, index - 6), typed.count - quoteLength)
        var stop = max(start + quoteLength, min(last + 2, typed.count))
        start = widened(start: start, in: words)
        stop = widened(stop: stop, in: words)
        return (start > 0 ? "... " : "") + typed[start..<stop].joined(separator: " ") + (stop < typed.count ? " ..." : "")
    }

    static func quotable(_ typed: Substring) -> [Substring] {
        var words = typed.split(separator: " ", omittingEmptySubsequences: true)
        while let first = words.first {
            guard let start = first.firstIndex(where: { $0.isLetter || $0.isNumber || "'\"‘“£#…".contains($0) }) else {
                words.removeFirst()
                continue
            }
            words[0] = first[start...]
            break
        }
        return words
    }

    /// A quote's first word moved back to the start of an agency's name or a number's unit it would cut: "adult social care", "15
    /// year old".
    static func widened(start: Int, in words: Quotable) -> Int {
        guard start > 0 else { return start }
        // After a cut, a dash or a bracket alone is not where the quote starts ("... - the 11yo").
        if !words.typed[start].contains(where: { $0.isLetter || $0.isNumber || $0 == "…" }), start + 1 < words.count { return start + 1 }
        for phrase in boundPhrases {
            for shift in 1..<phrase.count where start - shift >= 0 && start - shift + phrase.count <= words.count {
                if matches(phrase, words.plain[(start - shift)...]) { return start - shift }
            }
        }
        if isNumber(words, at: start - 1), unitWords.contains(words.plain[start]) { return start - 1 }
        return start
    }

    /// A quote's end moved on past an agency's name or a number's unit it would cut, and past a word that leads on ("a", "who is",
    /// "15"), by a few words at most.
    static func widened(stop: Int, in words: Quotable) -> Int {
        var stop = stop
        for _ in 0..<4 where stop < words.count {
            let cutsPhrase = boundPhrases.contains { phrase in
                (1..<phrase.count).contains { shift in stop - shift >= 0 && matches(phrase, words.plain[(stop - shift)...]) }
            }
            guard cutsPhrase || leadingWords.contains(words.plain[stop - 1]) || isNumber(words, at: stop - 1) || unitWords.contains(words.plain[stop]) else { break }
            stop += 1
        }
        return stop
    }

    private static func matches(_ phrase: [String], _ words: ArraySlice<String>) -> Bool {
        words.count >= phrase.count && zip(phrase, words).allSatisfy { $0 == $1 }
    }

    private static func plain(_ word: Substring) -> String {
        String(word.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" })
    }

    private static func isNumber(_ words: Quotable, at index: Int) -> Bool {
        words.typed[index].first?.isNumber == true || numberWords.contains(words.plain[index])
    }

    /// Agencies' names of more than one word, which a quote keeps whole.
    static let boundPhrases: [[String]] = [
        "adult social care", "children's social care", "childrens social care", "children social care", "social care", "social services",
        "mental health trust", "mental health team", "mental health services", "community mental health team", "early help",
        "youth offending team", "youth justice service", "front door", "emergency duty team", "adult services", "children's services",
        "drug and alcohol services", "housing options", "probation service", "ambulance service", "health visitor", "school nurse",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Words a quote does not end on, as what follows them says what they mean: "a man who is ...".
    static let leadingWords: Set<String> = [
        "a", "an", "the", "who", "is", "are", "was", "were", "has", "have", "had", "of", "to", "in", "on", "at", "by", "for", "with", "and",
        "or", "but", "her", "his", "their", "my", "our", "that", "which", "whose", "from", "about", "up", "be", "been", "being", "not",
        "she's", "he's", "it's", "there's", "they're", "we're", "i'm", "you're", "she’s", "he’s", "it’s", "there’s", "they’re",
    ]

    static let unitWords: Set<String> = ["year", "years", "yr", "yrs", "yo", "month", "months", "week", "weeks", "day", "days", "old", "hours",
                                         "hrs", "minutes", "mins", "am", "pm", "times"]
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                                           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"]
}
