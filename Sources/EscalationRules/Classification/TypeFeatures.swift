/// The features a description's type is read from: its stems, pairs of neighbouring stems, stems
/// after a negation, and the hand-written lexicon's score for each type.
///
/// Training and reading share this one definition, so a model always meets the features it learnt.
struct TypeFeatures {
    /// Binary features by name ("w:threshold", "b:not meet", "n:share") and the lexicon's scores.
    var names: [String]
    var lexicon: [Double]

    static let negators: Set<String> = ["not", "no", "never", "without", "nobody", "nothing"]

    /// - Parameter correct: turns an unknown stem into a known one a typo away, or leaves it.
    static func of(_ text: String, lexicon: Classifier, correct: (String) -> String) -> TypeFeatures {
        let stems = lexicon.expanded(Words.tokens(text)).map(correct)
        var names: Set<String> = []
        var negatedUntil = -1
        for (index, stem) in stems.enumerated() {
            if stem == "." { negatedUntil = -1; continue }
            if negators.contains(stem) { negatedUntil = index + 3 }
            names.insert("w:" + stem)
            if index <= negatedUntil, !negators.contains(stem) { names.insert("n:" + stem) }
            if index + 1 < stems.count, stems[index + 1] != "." { names.insert("b:" + stem + " " + stems[index + 1]) }
        }
        return TypeFeatures(names: names.sorted(), lexicon: lexicon.score(stems))
    }
}
