/// Reads a description for signs that someone may be harmed today, designed for recall.
///
/// It looks for situations (a child alone, a weapon, an injury on a baby), for who is involved (a
/// baby, a young child, an adult who cannot protect themselves) and for when (tonight, since
/// lunchtime, at 3), with negation ("no marks seen") and resolution ("found safe") turning a sign
/// off. A sign is immediate unless words place it in the past; so is anything said to be happening
/// today, and any concern about someone who cannot protect themselves. When in doubt it says
/// immediate: the conversation then asks one question, and a false alarm costs no more than that.
/// docs/classification.md has the reasoning.
public struct RiskReader: Sendable {
    public struct Sign: Equatable, Sendable {
        /// The kind of situation, such as "alone" or "weapon".
        public var situation: String
        /// The words that matched, after abbreviations were opened.
        public var words: String
        /// The practitioner's own clause around the sign, as typed.
        public var quote: String
        public var urgency: Urgency
    }

    enum Time { case now, past }
    enum Tag: Sendable {
        case situation(RiskSigns.Situation), vulnerable, now, past, negation, concern, notSign
    }

    private let situations: PhraseIndex<Tag>
    private let context: PhraseIndex<Tag>
    private let concerns: PhraseIndex<Tag>

    public static let standard = RiskReader()

    init() {
        situations = PhraseIndex(RiskSigns.situations.flatMap { situation, phrases in phrases.map { ($0, Tag.situation(situation)) } })
        context = PhraseIndex(RiskSigns.vulnerable.map { ($0, Tag.vulnerable) } + RiskSigns.now.map { ($0, .now) }
                              + RiskSigns.past.map { ($0, .past) } + RiskSigns.negations.map { ($0, .negation) }
                              + RiskSigns.notSigns.map { ($0, .notSign) })
        concerns = PhraseIndex(RiskSigns.concerns.map { ($0, Tag.concern) })
    }

    /// How urgent `text` sounds, with every sign heard, most urgent first.
    public func read(_ text: String) -> (urgency: Urgency, signs: [Sign]) {
        let clauses = Clause.split(text)
        let readings = clauses.map(read)
        let textTime: Time? = readings.contains { $0.time == .now } ? .now : readings.contains { $0.time == .past } ? .past : nil
        let vulnerable = readings.contains { $0.vulnerable }
        var signs: [Sign] = []
        for (clause, reading) in zip(clauses, readings) {
            for (situation, words) in reading.situations {
                // "Today" anywhere in the description counts for every sign in it: a clause about last
                // week's referral may sit beside one about tonight's contact.
                let time = textTime == .now ? .now : reading.time ?? textTime
                let urgency: Urgency = time == .past ? .significant : .immediate
                signs.append(Sign(situation: situation.rawValue, words: words, quote: clause.quote, urgency: urgency))
            }
        }
        signs.sort { ($0.urgency == .immediate ? 0 : 1) < ($1.urgency == .immediate ? 0 : 1) }
        if signs.contains(where: { $0.urgency == .immediate }) { return (.immediate, signs) }
        // No situation recognised as urgent, but something is happening today, or a concern is about
        // someone who cannot protect themselves: situations outrun any list, so ask.
        let concern = readings.contains { $0.concern }
        if textTime == .now, let today = zip(clauses, readings).first(where: { $0.1.time == .now }) {
            return (.immediate, [Sign(situation: "today", words: "", quote: today.0.quote, urgency: .immediate)] + signs)
        }
        if vulnerable, concern || !signs.isEmpty, let who = zip(clauses, readings).first(where: { $0.1.vulnerable }) {
            return (.immediate, [Sign(situation: "vulnerable", words: "", quote: who.0.quote, urgency: .immediate)] + signs)
        }
        if !signs.isEmpty || concern { return (.significant, signs) }
        return (.routine, [])
    }

    struct ClauseReading {
        var situations: [(RiskSigns.Situation, String)] = []
        var time: Time?
        var vulnerable = false
        var concern = false
    }

    func read(_ clause: Clause) -> ClauseReading {
        var reading = ClauseReading()
        let words = clause.words
        var lastNegation = -10
        var resolved = false
        var index = 0
        var sawNow = false
        var sawPast = false
        while index < words.count {
            var consumed = 1
            if let phrase = context.longest(in: words, at: index) {
                if case .notSign = phrase.tag {
                    index += phrase.words.count
                    continue
                }
                switch phrase.tag {
                case .negation: lastNegation = index
                case .vulnerable: reading.vulnerable = true
                case .now: sawNow = true
                case .past:
                    sawPast = true
                    let negated = index - lastNegation <= 3
                    if !negated, RiskSigns.resolutions.contains(phrase.words.map(\.text).joined(separator: " ")) { resolved = true }
                default: break
                }
                consumed = phrase.words.count
            }
            let negated = index - lastNegation <= 3
            if let phrase = situations.longest(in: words, at: index), case .situation(let situation) = phrase.tag {
                let startsNegative = ["no", "not", "nobody"].contains(phrase.words[0].text)
                if !negated || startsNegative {
                    reading.situations.append((situation, words[index..<index + phrase.words.count].joined(separator: " ")))
                    if startsNegative { lastNegation = -10 }
                }
                consumed = max(consumed, phrase.words.count)
            }
            if !negated, concerns.longest(in: words, at: index) != nil { reading.concern = true }
            if let age = Clause.age(words, at: index) { reading.vulnerable = reading.vulnerable || age.isVulnerable; if age.isTime { sawNow = true } }
            index += consumed
        }
        if resolved { reading.situations = [] }
        reading.time = sawNow ? .now : sawPast ? .past : nil
        return reading
    }
}

/// A stretch of text between punctuation: the unit negation and time are read in, and what the bot quotes.
struct Clause {
    var quote: String
    var words: [String]

    static let breaks: Set<Character> = [".", ",", ";", "!", "?", "\n", "(", ")"]

    static func split(_ text: String) -> [Clause] {
        text.split(whereSeparator: { breaks.contains($0) }).compactMap { piece in
            let typed = piece.split(separator: " ", omittingEmptySubsequences: true)
            // A long clause is quoted by its first words: enough to recognise, short enough to read.
            let quote = typed.prefix(14).joined(separator: " ") + (typed.count > 14 ? " ..." : "")
            let words = opened(Words.tokens(String(piece)).filter { $0 != "." })
            return words.isEmpty ? nil : Clause(quote: quote, words: words)
        }
    }

    /// Abbreviations and misspellings opened into the words the signs are written in.
    static func opened(_ words: [String]) -> [String] {
        var opened: [String] = []
        opened.reserveCapacity(words.count + 4)
        for word in words {
            if let spelled = RiskSigns.spellings[word] { opened += spelled.split(separator: " ").map(String.init) } else { opened.append(word) }
        }
        return opened
    }

    /// What a word, or a number and the word after it, says about age or time: "5yo", "3 month old",
    /// "yr6", "year 2", "3pm".
    struct Age { var isVulnerable: Bool; var isTime: Bool }

    static func age(_ words: [String], at index: Int) -> Age? {
        let word = words[index]
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
        let aged = !separate || unit == "yo" || (index + 2 < words.count && words[index + 2] == "old")
        switch unit {
        case "yo", "yr", "yrs", "y", "year", "years", "yearold": return aged ? Age(isVulnerable: number <= 7, isTime: false) : nil
        case "mo", "m", "mth", "mths", "month", "months", "wk", "wks", "week", "weeks", "wo", "day", "days":
            return aged ? Age(isVulnerable: true, isTime: false) : nil
        case "am", "pm", "ish": return Age(isVulnerable: false, isTime: true)
        default: return nil
        }
    }
}
