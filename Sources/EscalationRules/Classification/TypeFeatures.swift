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

    /// What a stem does to the features around it: a stop ends a sentence (and a negation), a
    /// negator negates the next three stems.
    enum Mark: Sendable { case word, negator, stop }

    static func mark(_ stem: String) -> Mark { stem == "." ? .stop : negators.contains(stem) ? .negator : .word }

    /// Calls `body` with each word and negated-word feature of `count` stems, by the stem's position,
    /// possibly more than once; `mark` says what the stem at a position is.
    static func visit(count: Int, mark: (Int) -> Mark, _ body: (Kind, Int) -> Void) {
        var negatedUntil = -1
        for index in 0..<count {
            let mark = mark(index)
            if mark == .stop { negatedUntil = -1; continue }
            if mark == .negator { negatedUntil = index + 3 }
            body(.word, index)
            if index <= negatedUntil, mark != .negator { body(.negated, index) }
        }
    }

    /// Calls `body` with the position of the second stem of each pair of neighbouring stems within a sentence.
    static func visitPairs(count: Int, mark: (Int) -> Mark, _ body: (Int) -> Void) {
        guard count > 1 else { return }
        for index in 1..<count where mark(index) != .stop && mark(index - 1) != .stop {
            body(index)
        }
    }

    /// The features of `text` by name, for training: each once.
    static func names(of stems: [String], pairs: Bool) -> [String] {
        var names: Set<String> = []
        let marks = stems.map(mark)
        visit(count: stems.count, mark: { marks[$0] }) { kind, index in names.insert(kind.rawValue + stems[index]) }
        if pairs { visitPairs(count: stems.count, mark: { marks[$0] }) { index in names.insert(Kind.pair.rawValue + stems[index - 1] + " " + stems[index]) } }
        return names.sorted()
    }
}
