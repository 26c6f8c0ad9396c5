extension Classifier {
    /// What `classify` says of urgency and cues, without reading the type: how urgent `text`
    /// sounds, and the practitioner's own words around each sign of risk today.
    ///
    /// An answer that is not a description (every answer of three words or more, once the risk
    /// question is answered no) is read only for signs of risk, and its type is never asked for; the
    /// type model was about a third of reading one. A test holds this to `classify` on every
    /// transcript answer and labelled description.
    ///
    /// `timeAloneAsks` false: a time of today with no sign of risk does not ask. The conversation reads its
    /// answers other than the description so, as "today, the SW told me" answering "when was it first
    /// raised?" is the date, not a sign (an outside review, 2026-11-30).
    public func urgency(of text: String, timeAloneAsks: Bool = true) -> (urgency: Urgency, cues: [String]) {
        let reading = riskSigns(of: text, timeAloneAsks: timeAloneAsks)
        return (reading.urgency, reading.cues)
    }

    /// `urgency(of:timeAloneAsks:)` with every sign heard: whether one names harm decides, as at a description, whether a
    /// "no" to risk today is followed by the question about significant risk (a chat review, round 18, 2026-12-01: risk
    /// typed at any other question lost it).
    public func riskSigns(of text: String, timeAloneAsks: Bool = true) -> (urgency: Urgency, signs: [RiskReader.Sign], cues: [String]) {
        let words = Clause.reading(text)
        return riskReading(words.clauses, stems: { read(words.tokens) }, timeAloneAsks: timeAloneAsks)
    }

    /// The rules' reading of `clauses`, with the learnt second opinion where they heard no risk today,
    /// and the practitioner's words around each sign of risk today, each once. `stems` is called only
    /// when the model is asked, so an answer the rules find urgent is never stemmed for it.
    func riskReading(_ clauses: [Clause], stems: () -> [Stem], timeAloneAsks: Bool = true) -> (urgency: Urgency, signs: [RiskReader.Sign], cues: [String]) {
        let rules = risk.read(clauses: clauses, timeAloneAsks: timeAloneAsks)
        var (urgency, signs) = (rules.urgency, rules.signs)
        // Risk denied in so many words with nothing heard ("the child is safe today, the issue is who chairs the review") is
        // not asked about by the rules (a chat review, round 5), nor by word statistics: the model retrained with the
        // seventeenth session's sets had begun to ask about that very sentence.
        if urgency != .immediate, !rules.denied, let clause = mostTelling(clauses, stems: stems()) {
            urgency = .immediate
            // Where the rules heard a sign they did not place today, its words are the reason to ask, not the clause the
            // learnt opinion weighs most ("CSC say it's a police matter" was quoted beside "still living with the uncle
            // who was charged": an outside review, round 9, 2026-11-30).
            let quote = signs.first?.quote ?? tellingQuote(of: clause)
            signs.insert(RiskReader.Sign(situation: RiskReader.Sign.writtenLikeRisk, words: "", quote: quote, urgency: .immediate), at: 0)
        }
        let cues = signs.filter { $0.urgency == .immediate }.map(\.quote)
        // Through a set: a long answer can hold thousands of signs (an outside attack test, round 4, 2026-12-01).
        var seen: Set<String> = []
        return (urgency, signs, cues.filter { seen.insert($0).inserted })
    }

    /// The words of concern heard in `text`, each with the practitioner's words around it: what makes a description
    /// significant where no sign of harm is named ("drifting"). For `classify --explain`, which said "no sign heard" beside
    /// "urgency significant" (an outside routing review, round 21, F8); nothing that decides reads it.
    public func concernsHeard(in text: String) -> [(words: String, quote: String)] {
        Clause.reading(text).clauses.compactMap { clause in
            guard let (words, at) = risk.read(clause).concernAt else { return nil }
            return (words, clause.quote(around: at, through: at + RiskReader.count(words)))
        }
    }

    /// The features the learnt risk model weighs towards risk today in `text`, most first: what its "written like risk today"
    /// rests on where no risk word was heard ("Police won't convene a strategy discussion for this child"). For `classify
    /// --explain`, as `evidence(for:in:)` is for the type.
    public func riskEvidence(in text: String) -> [(words: String, weight: Double)] {
        guard let riskModel else { return [] }
        var seen: Set<String> = []
        let names = TypeFeatures.names(of: read(Words.tokens(text)).map(\.text), pairs: true).filter { seen.insert($0).inserted }
        return names.compactMap { name -> (words: String, weight: Double)? in
            guard let weight = riskModel.weights[name], weight > 0 else { return nil }
            let words = String(name.dropFirst(2))
            return (name.hasPrefix("n:") ? "not ... \(words)" : words, weight)
        }.sorted { $0.weight > $1.weight }
    }

    /// A long clause by the words the risk model weighs most, so that the words that raised the question are in the quote: "a man
    /// who is ..." left out "sleeping in his car" (a chat review, round 17, 2026-12-01). The first such window where two weigh alike.
    func tellingQuote(of clause: Clause) -> String {
        let typed = Clause.quotable(clause.typed)
        guard typed.count > Clause.quoteLength else { return clause.quote }
        var (best, bestOdds) = (0, -Double.infinity)
        for start in 0...(typed.count - Clause.quoteLength) {
            let window = odds(read(Words.tokens(typed[start..<start + Clause.quoteLength].joined(separator: " "))))
            if window > bestOdds { (best, bestOdds) = (start, window) }
        }
        return clause.quote(around: best + 6, through: best + Clause.quoteLength - 2)
    }

    /// The risk model's log odds that `stems` describe someone at risk today; 0 without a model.
    func odds(_ stems: [Stem]) -> Double {
        guard let riskModel, let riskTable else { return 0 }
        var total = riskModel.bias
        // Each feature counts once, as in training; most words carry no weight, so the list stays short.
        var counted: [Int] = []
        counted.reserveCapacity(8)
        for row in riskTable.rows(of: stems, numbers: numbers) where !counted.contains(row) {
            counted.append(row)
            total += riskTable.weights[row]
        }
        return total
    }

    /// The clause that tells most of risk today, when the risk model reads the whole description as risk today.
    /// - Parameters:
    ///   - clauses: the description's, as the rules read them (`Clause.reading` gives `Clause.split`'s, a test holds).
    ///   - stems: the whole description's, as the type is read from.
    func mostTelling(_ clauses: [Clause], stems: [Stem]) -> Clause? {
        guard let riskModel, stems.count(where: { numbers.mark($0) != .stop }) >= RiskModel.fewestWords,
              odds(stems) >= riskModel.threshold else { return nil }
        let weighed = clauses.map { odds(read(Words.tokens(String($0.typed)))) }
        return zip(clauses, weighed).max { $0.1 < $1.1 }?.0
    }
}
