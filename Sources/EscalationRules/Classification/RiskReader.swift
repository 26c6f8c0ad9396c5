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

        /// The kinds that are not a situation of `RiskSigns.Situation`: a time of today alone, someone who cannot protect
        /// themselves, a concern with nothing placing it in the past, and the learnt opinion's reading of the words.
        public static let today = "today", vulnerable = "vulnerable", concern = "concern", writtenLikeRisk = "written like risk today"

        /// Whether the sign names a situation or harm, not only a time, a person or the words' likeness to risk.
        public var namesHarm: Bool { ![Self.today, Self.vulnerable, Self.writtenLikeRisk].contains(situation) }

        /// Whether the sign is a standing risk (`RiskSigns.Standing`): significant unless a word places it today, and worth
        /// asking about however long ago the record it rests on was made ("convicted of child cruelty years ago").
        public var isStanding: Bool { RiskSigns.Standing(rawValue: situation) != nil }
    }

    enum Time { case now, past }
    enum Tag: Sendable {
        case situation(RiskSigns.Situation), vulnerable, now, present, past, resolution, negation, concern, harm, relationship, notSign, denial
        case standing(RiskSigns.Standing), standingContext(RiskSigns.Standing)
    }

    /// Every phrase the reader knows, of every kind, in one index: one look-up a word.
    private let phrases: PhraseIndex<Tag>

    public static let standard = RiskReader()

    /// The one-word signs of a situation as typed, and the abbreviations that open into one ("misper", "tonite", "od"): words
    /// that say what happened, never more of a name before them. A privacy guard that took "Jayden misper tonite" for a
    /// first name and surname removed the sign with the name, and nothing was asked (a chat review, round 22, F1).
    /// `prefixes` are the words a pattern ending in `*` begins ("bruise*" as "bruise").
    public static let signWords: (words: Set<String>, prefixes: Set<String>) = {
        let single = RiskSigns.situations.values.joined().filter { !$0.contains(" ") }
        let words = Set(single.filter { !$0.hasSuffix("*") }).union(RiskSigns.spellings.keys.filter { $0.count >= 2 })
        return (words.union(["self", "selfharm", "harming", "tonight"]), Set(single.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) }))
    }()

    init() {
        // In the situations' declared order, not the dictionary's: where two situations' phrases match the
        // same words, the first listed wins in every process alike.
        var all: [(String, Tag)] = RiskSigns.Situation.allCases.flatMap { situation in
            (RiskSigns.situations[situation] ?? []).flatMap(Self.withTheirs).map { ($0, Tag.situation(situation)) }
        }
        all += RiskSigns.vulnerable.map { ($0, .vulnerable) } + RiskSigns.now.map { ($0, .now) } + RiskSigns.present.map { ($0, .present) }
        all += RiskSigns.past.map { ($0, .past) } + RiskSigns.resolutions.map { ($0, .resolution) }
        all += RiskSigns.negations.map { ($0, .negation) } + RiskSigns.notSigns.map { ($0, .notSign) } + RiskSigns.denials.map { ($0, .denial) }
        all += RiskSigns.concerns.map { ($0, .concern) } + RiskSigns.harms.map { ($0, .harm) }
        all += RiskSigns.relationships.map { ($0, .relationship) }
        all += RiskSigns.Standing.allCases.flatMap { kind in
            (RiskSigns.standing[kind] ?? []).map { ($0, Tag.standing(kind)) } + (RiskSigns.standingContexts[kind] ?? []).map { ($0, Tag.standingContext(kind)) }
        }
        phrases = PhraseIndex(all)
    }

    /// A situation said of "him" or "her" is the same said of "them": "on their own" was missing beside "on
    /// his own" and "on her own" (a night-shift tuning part, 2026-11-30), so every such phrase is also read
    /// with "their", "them" and "themselves", in place of each.
    static func withTheirs(_ phrase: String) -> [String] {
        let swaps = ["his": "their", "him": "them", "himself": "themselves", "herself": "themselves"]
        let words = phrase.split(separator: " ").map(String.init)
        // "her" last is "them" ("take her"), before a word "their" ("on her own").
        let theirs = words.indices.map { i in words[i] == "her" ? (i == words.count - 1 ? "them" : "their") : swaps[words[i]] ?? words[i] }
        return theirs == words ? [phrase] : [phrase, theirs.joined(separator: " ")]
    }

    /// The practitioner's own words where they say someone is suffering, or at risk of, significant harm, or that
    /// s47's threshold is met, not negated ("no risk of significant harm"); nil if they do not.
    public func significantClaim(in text: String) -> String? {
        for clause in Clause.reading(text).clauses {
            let words = clause.words
            let numbered = Self.claims.numbered(words)
            for start in words.indices {
                var claimed = false
                Self.claims.forEachMatch(in: numbered, at: start) { _ in claimed = true }
                // Negated as a sign is: a negation within the three words before ("no risk of significant harm").
                guard claimed, !words[max(0, start - 3)..<start].contains(where: Self.negations.contains) else { continue }
                return clause.quote(around: start)
            }
        }
        return nil
    }

    private static let claims = PhraseIndex(RiskSigns.significantClaims.map { ($0, ()) })
    private static let negations = Set(RiskSigns.negations)

    /// How urgent `text` sounds, with every sign heard, most urgent first.
    public func read(_ text: String) -> (urgency: Urgency, signs: [Sign]) {
        let reading = read(clauses: Clause.reading(text).clauses)
        return (reading.urgency, reading.signs)
    }

    /// `timeAloneAsks` false: a time of today is not asked about for itself (see `Classifier.urgency(of:timeAloneAsks:)`);
    /// the other readings, such as a concern about someone who cannot protect themselves, still are.
    /// `denied`: risk denied in so many words ("the child is safe today") and nothing heard of harm, concern or a vulnerable
    /// person, which the learnt second opinion respects as the rules do.
    func read(clauses: [Clause], timeAloneAsks: Bool = true) -> (urgency: Urgency, signs: [Sign], denied: Bool) {
        let readings = clauses.map(read)
        let textTime: Time? = readings.contains { $0.time == .now } ? .now : readings.contains { $0.time == .past } ? .past : nil
        let vulnerable = readings.contains { $0.vulnerable }
        // Only a word of the present ("she's fine now") and no word of today: it does not move a sign its
        // own clause places in the past ("took pills two years ago") into today.
        let onlyPresent = textTime == .now && readings.allSatisfy { $0.time != .now || $0.onlyPresent }
        var ranked: [(rank: Int, sign: Sign)] = []
        for (clause, reading) in zip(clauses, readings) where !reading.situations.isEmpty {
            let typed = Clause.Quotable(clause.typed)
            for (situation, words, at) in reading.situations {
                // "Today" anywhere in the description counts for every sign in it: a clause about last
                // week's referral may sit beside one about tonight's contact.
                let time = textTime == .now && !(onlyPresent && reading.time == .past) ? .now : reading.time ?? textTime
                let urgency: Urgency = time == .past ? .significant : .immediate
                // A sign its own clause places today ("a plan to end her life tonight") is quoted before one that
                // is today only by the rest of the text ("disclosed SH cutting"): a reviewer (2026-11-30) was
                // asked about the weaker words, and a "no" to them gave a routine route.
                let rank = urgency != .immediate ? 2 : reading.time == .now ? 0 : 1
                ranked.append((rank, Sign(situation: situation.rawValue, words: words, quote: Clause.quote(typed, around: at, through: at + Self.count(words)), urgency: urgency)))
            }
        }
        ranked += ageGap(clauses, readings, textTime: textTime).map { (0, $0) }
        ranked += childPregnancy(clauses, readings, textTime: textTime).map { ($0.urgency == .immediate ? 0 : 2, $0) }
        ranked += standingRisks(clauses, readings).map { ($0.urgency == .immediate ? 0 : 2, $0) }
        // A stable sort: signs of one rank stay in the order they were written.
        let signs = ranked.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element.sign)
        if signs.contains(where: { $0.urgency == .immediate }) { return (.immediate, signs, false) }
        // No situation recognised as urgent, but something is happening today, or a concern is about
        // someone who cannot protect themselves: situations outrun any list, so ask.
        let concern = readings.contains { $0.concern }
        // A word of the present asks only beside something heard outside the past: "she is fine now" after
        // an overdose "two years ago" is not today's danger.
        let heard = vulnerable || readings.contains { ($0.concern || !$0.situations.isEmpty) && $0.time != .past }
        // Denied in so many words and nothing heard: "ASC closed the enquiry today, nobody is at risk" (an outside review, round 9).
        let denied = readings.contains { $0.denial } && !heard
        if timeAloneAsks, !denied, textTime == .now, let today = zip(clauses, readings).first(where: { $0.1.time == .now && (heard || !$0.1.onlyPresent) }) {
            return (.immediate, [Sign(situation: Sign.today, words: "", quote: today.0.quote, urgency: .immediate)] + signs, false)
        }
        // A standing risk is not read as harm to someone who cannot protect themselves: it is asked about today only where a
        // word says today, and an unborn baby, the vulnerable person beside every expected birth, would make it always so.
        if vulnerable, concern || signs.contains(where: { !$0.isStanding }), let who = zip(clauses, readings).first(where: { $0.1.vulnerable }) {
            // The harm is quoted, not the condition that makes it urgent: "dementia" alone had been asked about, beside "the
            // son grab his arm hard enough to leave marks" (a chat review, round 19, 2026-12-02), and may honestly get a no.
            // A clause that itself says what is wrong ("toddler coming into nursery grubbier every week") is kept.
            let saysWhatIsWrong = who.1.concern || !who.1.situations.isEmpty
            let quote = saysWhatIsWrong ? who.0.quote : signs.first(where: \.namesHarm)?.quote ?? who.0.quote
            return (.immediate, [Sign(situation: Sign.vulnerable, words: "", quote: quote, urgency: .immediate)] + signs, false)
        }
        if !signs.isEmpty || concern { return (.significant, signs + currentConcern(clauses, readings, denied: denied), false) }
        return (.routine, [], denied)
    }

    /// Harm named with no word of the past anywhere in the description and no denial ("her daughter is financially
    /// abusing her"): it may be going on, so it is worth asking whether the adult or child is at significant risk after
    /// a "no" (a chat review, round 10, 2026-11-30, found such a reading kept in the record and never asked about).
    /// "In 2023", "two years ago" or "historic" anywhere, or a sign the text places in the past, and it is not asked.
    private func currentConcern(_ clauses: [Clause], _ readings: [ClauseReading], denied: Bool) -> [Sign] {
        guard !denied, !readings.contains(where: { $0.time == .past || $0.denial }),
              readings.allSatisfy({ $0.situations.isEmpty }),
              let (clause, reading) = zip(clauses, readings).first(where: { $0.1.harmAt != nil }),
              let (words, at) = reading.harmAt else { return [] }
        return [Sign(situation: Sign.concern, words: words, quote: clause.quote(around: at, through: at + Self.count(words)), urgency: .significant)]
    }

    /// The standing risks (`RiskSigns.Standing`) heard where the description gives their context anywhere ("has previous for
    /// child cruelty" with "has moved in"): significant, as nothing in them places harm today, unless a word of today in their
    /// own clause does. A word of the present alone does not ("he has moved in now" is where things stand). A word of today
    /// elsewhere asks about today by itself, quoting its own clause ("the kids are with him tonight"), which a standing risk
    /// made immediate by it would have put out of the question.
    private func standingRisks(_ clauses: [Clause], _ readings: [ClauseReading]) -> [Sign] {
        let contexts = readings.reduce(into: Set<RiskSigns.Standing>()) { $0.formUnion($1.standingContexts) }
        return zip(clauses, readings).flatMap { clause, reading -> [Sign] in
            // One sign of a kind a clause: "convictions for child cruelty" holds "child cruelty" too.
            var kinds: Set<RiskSigns.Standing> = []
            let heard = reading.standing.filter { (RiskSigns.standingContexts[$0.0] == nil || contexts.contains($0.0)) && kinds.insert($0.0).inserted }
            return heard.map { kind, words, at in
                Sign(situation: kind.rawValue, words: words, quote: clause.quote(around: at, through: at + Self.count(words)),
                     urgency: reading.time == .now && !reading.onlyPresent ? .immediate : .significant)
            }
        }
    }

    /// How many words a sign's matched words are, for its quote to hold them all.
    static func count(_ words: String) -> Int { words.split(separator: " ").count }

    /// A child of 15 or under in a relationship with someone of 18 or over ("a 14yo pregnant by a 22yo", "a 13yo seeing
    /// her 19yo coach"): abuse under the law whatever words are used, so a sign, asked about at once (a chat review,
    /// round 11, 2026-11-30, found both passed with no question). Not where the text places it in the past.
    private func ageGap(_ clauses: [Clause], _ readings: [ClauseReading], textTime: Time?) -> [Sign] {
        guard textTime != .past, let child = readings.compactMap(\.youngest).min(), child <= 15,
              let adult = readings.compactMap(\.oldest).max(), adult >= 18,
              let (clause, _) = zip(clauses, readings).first(where: { $0.1.relationship }) else { return [] }
        return [Sign(situation: RiskSigns.Situation.exploitation.rawValue, words: "aged \(child) with someone aged \(adult)",
                     quote: clause.quote, urgency: .immediate)]
    }

    /// A child of 10 to 15 in a text that says someone who may be a child is pregnant: sexual activity with a child under 16 is a crime, and under 13 it is rape
    /// in law, so whether the child is at risk today is asked ("13 year old pregnant, father is 19" had no sign heard: a
    /// chat review, round 18, 2026-12-01). Placed in the past, it is significant risk.
    private func childPregnancy(_ clauses: [Clause], _ readings: [ClauseReading], textTime: Time?) -> [Sign] {
        guard let age = readings.compactMap(\.youngest).filter({ (10...15).contains($0) }).min(),
              let (clause, _) = zip(clauses, readings).first(where: { $0.1.childMayBePregnant }) else { return [] }
        return [Sign(situation: RiskSigns.Situation.exploitation.rawValue, words: "pregnant aged \(age)", quote: clause.quote,
                     urgency: textTime == .past ? .significant : .immediate)]
    }

    /// Whether a clause says someone is pregnant who may be a child: not when a mother is the one said to be ("mum is
    /// pregnant", "her mother is 30 weeks pregnant"), read past the words between ("is", "30 weeks").
    static func childMayBePregnant(_ words: [String]) -> Bool {
        guard let at = words.firstIndex(where: { $0 == "pregnant" || $0 == "pregnancy" }) else { return false }
        let between: Set<String> = ["is", "was", "now", "weeks", "wks", "months", "about", "around", "nearly", "again"]
        let before = words[..<at].filter { !between.contains($0) && !$0.allSatisfy(\.isNumber) }.suffix(2)
        let mothers: Set<String> = ["mum", "mom", "mam", "mother", "stepmum", "stepmother", "mummy", "carer", "foster", "mums", "mothers"]
        return !before.contains(where: mothers.contains)
    }

    /// The standing risk and the contexts of standing risks that start at `index`, for a word the reading passed over.
    private func hearStanding(_ numbered: PhraseIndex<Tag>.Numbered, _ words: [String], at index: Int, negated: Bool, into reading: inout ClauseReading) {
        var standing: (RiskSigns.Standing, Int)?
        var contexts: [RiskSigns.Standing] = []
        phrases.forEachMatch(in: numbered, at: index) { phrase in
            switch phrase.tag {
            case .standing(let kind): if phrase.count > standing?.1 ?? 0 { standing = (kind, phrase.count) }
            case .standingContext(let kind): contexts.append(kind)
            default: break
            }
        }
        Self.hear(standing, contexts, in: words, at: index, negated: negated, into: &reading)
    }

    /// Records a standing risk and its contexts heard at `index`, unless negated: a standing risk whose own words begin with
    /// a negation ("no pre birth assessment") is the negative itself. Its words are not passed over as a situation's are,
    /// so every sign inside them is still heard ("previous for DV" is violence) and none starting inside loses its negation.
    private static func hear(_ standing: (RiskSigns.Standing, Int)?, _ contexts: [RiskSigns.Standing], in words: [String], at index: Int,
                             negated: Bool, into reading: inout ClauseReading) {
        if let (kind, length) = standing, !negated || RiskSigns.standingNegativeStarts.contains(words[index]) {
            reading.standing.append((kind, words[index..<index + length].joined(separator: " "), index))
        }
        if !negated { reading.standingContexts.formUnion(contexts) }
    }

    struct ClauseReading {
        /// Each sign heard, its words, and where in the clause's words it starts.
        var situations: [(RiskSigns.Situation, String, Int)] = []
        var time: Time?
        var vulnerable = false
        var concern = false
        /// The youngest and oldest ages in years the clause gives ("14yo", "a 22 year old"), and whether it names a
        /// relationship: read together across the description by `ageGap`.
        var youngest: Int?
        var oldest: Int?
        var relationship = false
        /// Whether it says someone is pregnant who may be a child (`childMayBePregnant`), read with the ages of the whole text.
        var childMayBePregnant = false
        /// The first harm named, its words and where they start, for the question about significant risk.
        var harmAt: (String, Int)?
        /// The first word of concern or harm heard, not negated, and where it starts: said by `classify --explain` where it
        /// alone made the urgency significant. Read by nothing that decides.
        var concernAt: (String, Int)?
        /// The clause's only time word says a state is current ("now"), not that something happens today.
        var onlyPresent = false
        /// The practitioner says in so many words that nobody is at risk ("nobody is at risk", "no concerns about safety
        /// today"): a time of today with no sign beside it is then not asked about.
        var denial = false
        /// Each standing risk heard, its words and where they start, and the kinds whose context the clause gives: read
        /// together across the description by `standingRisks`.
        var standing: [(RiskSigns.Standing, String, Int)] = []
        var standingContexts: Set<RiskSigns.Standing> = []
    }

    /// A word of today or of the present: read once, its inner words still read for signs.
    static func isTime(_ tag: Tag) -> Bool {
        switch tag {
        case .now, .present: return true
        default: return false
        }
    }

    func read(_ clause: Clause) -> ClauseReading {
        var reading = ClauseReading()
        let words = clause.words
        let numbered = phrases.numbered(words)
        var lastNegation = -10
        var resolved = false
        var index = 0
        var sawNow = false
        var sawPast = false
        var sawPresent = false
        // A time phrase's own words are not read again as times, but a sign may start inside it: "we are in
        // the house with the kids" is a word of the present and "in the house with" a sign (a tuning part,
        // 2026-11-30, found "are discharging" hiding "discharging").
        var timeUntil = 0
        while index < words.count {
            // The longest phrase of each kind that starts here; a word that is not a sign ("stable") hides the rest.
            var context: PhraseIndex<Tag>.Phrase?
            var situation: (RiskSigns.Situation, Int)?
            var concern = false
            var concernPhrase: PhraseIndex<Tag>.Phrase?
            var harm: PhraseIndex<Tag>.Phrase?
            var standing: (RiskSigns.Standing, Int)?
            var standingContexts: [RiskSigns.Standing] = []
            var notSign = 0
            phrases.forEachMatch(in: numbered, at: index) { phrase in
                switch phrase.tag {
                case .situation(let kind): if phrase.count > situation?.1 ?? 0 { situation = (kind, phrase.count) }
                case .concern:
                    concern = true
                    if phrase.count > concernPhrase?.count ?? 0 { concernPhrase = phrase }
                case .harm:
                    concern = true
                    if phrase.count > harm?.count ?? 0 { harm = phrase }
                    if phrase.count > concernPhrase?.count ?? 0 { concernPhrase = phrase }
                case .standing(let kind): if phrase.count > standing?.1 ?? 0 { standing = (kind, phrase.count) }
                case .standingContext(let kind): standingContexts.append(kind)
                case .notSign: notSign = max(notSign, phrase.count)
                case .denial:
                    notSign = max(notSign, phrase.count)
                    reading.denial = true
                default: if phrase.count > context?.count ?? 0 { context = phrase }
                }
            }
            if let found = context, index < timeUntil, Self.isTime(found.tag) { context = nil }
            if notSign > 0 {
                index += notSign
                continue
            }
            var consumed = 1
            if let context {
                switch context.tag {
                case .negation: lastNegation = index
                case .vulnerable: reading.vulnerable = true
                case .relationship: reading.relationship = true
                case .now: sawNow = true
                case .present: sawPresent = true
                case .past: sawPast = true
                case .resolution:
                    sawPast = true
                    if index - lastNegation > 3 { resolved = true }
                default: break
                }
                if Self.isTime(context.tag) {
                    timeUntil = index + context.count
                } else {
                    consumed = context.count
                }
            }
            let negated = index - lastNegation <= 3
            if let (kind, length) = situation {
                // A sign that is itself a lack ("no food", "without meds") is not negated by its own first word.
                let startsNegative = ["no", "not", "nobody", "without"].contains(words[index])
                if !negated || startsNegative {
                    reading.situations.append((kind, words[index..<index + length].joined(separator: " "), index))
                    if startsNegative { lastNegation = -10 }
                }
                consumed = max(consumed, length)
            }
            Self.hear(standing, standingContexts, in: words, at: index, negated: negated, into: &reading)
            if !negated, concern { reading.concern = true }
            if !negated, let concernPhrase, reading.concernAt == nil { reading.concernAt = (phrases.text(of: concernPhrase), index) }
            if !negated, let harm, reading.harmAt == nil { reading.harmAt = (phrases.text(of: harm), index) }
            if Clause.isClock(words[index]) {
                // After "at" it is a time of today, as "at 3" is; on its own ("the 3.15 run") it says when,
                // as "half past 2" does: a sign beside it is today, but it does not ask alone.
                if index > 0, words[index - 1] == "at" { sawNow = true } else { sawPresent = true }
            } else if Clause.isDayTime(words, at: index) {
                sawNow = true
            }
            if let age = Clause.age(words, at: index) {
                reading.vulnerable = reading.vulnerable || age.isVulnerable
                if age.isTime { sawNow = true }
                if let years = age.years {
                    reading.youngest = min(reading.youngest ?? years, years)
                    reading.oldest = max(reading.oldest ?? years, years)
                }
                consumed = max(consumed, age.words)
            }
            // A phrase taken whole ("her partner", a relationship; "moved in with", a situation) is passed over, but a standing
            // risk's words may lie inside it ("partner"): those words are read for standing risks alone.
            for inside in index + 1 ..< index + consumed { hearStanding(numbered, words, at: inside, negated: inside - lastNegation <= 3, into: &reading) }
            index += consumed
        }
        if resolved { (reading.situations, reading.standing) = ([], []) }
        reading.childMayBePregnant = Self.childMayBePregnant(words)
        reading.time = sawNow || sawPresent ? .now : sawPast ? .past : nil
        reading.onlyPresent = sawPresent && !sawNow
        return reading
    }
}
