extension Classifier {
    /// What `classify` says of urgency and cues, without reading the type: how urgent `text`
    /// sounds, and the practitioner's own words around each sign of risk today.
    ///
    /// An answer that is not a description (every answer of three words or more, once the risk
    /// question is answered no) is read only for signs of risk, and its type is never asked for; the
    /// type model was about a third of reading one. A test holds this to `classify` on every
    /// transcript answer and labelled description.
    public func urgency(of text: String) -> (urgency: Urgency, cues: [String]) {
        let words = Clause.reading(text)
        var (urgency, signs) = risk.read(clauses: words.clauses)
        // The model is asked only when the rules heard no risk today, so the words are stemmed for it only then.
        if urgency != .immediate, let riskModel, let clause = riskModel.mostTelling(text, stems: expanded(words.tokens), lexicon: self) {
            urgency = .immediate
            signs.insert(RiskReader.Sign(situation: "written like risk today", words: "", quote: clause.quote, urgency: .immediate), at: 0)
        }
        let cues = signs.filter { $0.urgency == .immediate }.map(\.quote)
        return (urgency, cues.reduce(into: []) { if !$0.contains($1) { $0.append($1) } })
    }
}
