/// The features a description's type is read from: its stems, stems after a negation, pairs of
/// neighbouring stems in one sentence ("screen out", "not invit"), and the hand-written lexicon's
/// score for each type. Pairs were dropped once, when the corpus was 947 descriptions (83.9% against
/// 84.5% in cross-validation); at 1,596 they are worth about two points (see docs/classification.md).
///
/// Training and reading share `visit` and `visitPairs`, the one definition of which features a text
/// has; training names them ("w:threshold", "n:share", "p:screen out"), reading looks them up
/// without building names. The risk model reads the same three kinds.
enum TypeFeatures {
    enum Kind: String { case word = "w:", negated = "n:", pair = "p:" }

    static let negators: Set<String> = ["not", "no", "never", "without", "nobody", "nothing"]

    /// Calls `body` with each word and negated-word feature of `stems`, by the stem's position,
    /// possibly more than once.
    static func visit(_ stems: [String], _ body: (Kind, Int) -> Void) {
        var negatedUntil = -1
        for (index, stem) in stems.enumerated() {
            if stem == "." { negatedUntil = -1; continue }
            let negator = negators.contains(stem)
            if negator { negatedUntil = index + 3 }
            body(.word, index)
            if index <= negatedUntil, !negator { body(.negated, index) }
        }
    }

    /// Calls `body` with the position of the second stem of each pair of neighbouring stems within a sentence.
    static func visitPairs(_ stems: [String], _ body: (Int) -> Void) {
        for index in stems.indices.dropFirst() where stems[index] != "." && stems[index - 1] != "." {
            body(index)
        }
    }

    /// The features of `text` by name, for training: each once.
    static func names(of stems: [String], pairs: Bool) -> [String] {
        var names: Set<String> = []
        visit(stems) { kind, index in names.insert(kind.rawValue + stems[index]) }
        if pairs { visitPairs(stems) { index in names.insert(Kind.pair.rawValue + stems[index - 1] + " " + stems[index]) } }
        return names.sorted()
    }
}
