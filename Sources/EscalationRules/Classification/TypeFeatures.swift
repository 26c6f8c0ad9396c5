/// The features a description's type is read from: its stems, stems after a negation, and the
/// hand-written lexicon's score for each type. (Pairs of neighbouring stems were tried too: they
/// made the model eight times larger and cross-validated no better, 83.9% against 84.5%.)
///
/// Training and reading share `visit`, the one definition of which features a text has; training
/// names them ("w:threshold", "n:share"), reading looks them up without building names.
enum TypeFeatures {
    enum Kind: String { case word = "w:", negated = "n:" }

    static let negators: Set<String> = ["not", "no", "never", "without", "nobody", "nothing"]

    /// Calls `body` with each feature of `stems`, possibly more than once.
    static func visit(_ stems: [String], _ body: (Kind, String) -> Void) {
        var negatedUntil = -1
        for (index, stem) in stems.enumerated() {
            if stem == "." { negatedUntil = -1; continue }
            let negator = negators.contains(stem)
            if negator { negatedUntil = index + 3 }
            body(.word, stem)
            if index <= negatedUntil, !negator { body(.negated, stem) }
        }
    }

    /// The features of `text` by name, for training: each once.
    static func names(of stems: [String]) -> [String] {
        var names: Set<String> = []
        visit(stems) { kind, stem in names.insert(kind.rawValue + stem) }
        return names.sorted()
    }
}
