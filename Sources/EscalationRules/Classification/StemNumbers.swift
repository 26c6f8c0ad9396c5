/// Every stem the classifier's tables name, numbered once when the classifier is built.
///
/// A description's words are hashed once each, as the vocabulary reads them, and carry their
/// numbers from then on: the lexicon's phrases and negations, both models' features and the
/// negators are all found by number, in arrays. Each table once hashed every stem again, and the
/// hashing was about a third of a classification (callgrind, `bench --calls 3000`, 2026-11-30).
struct StemNumbers: Sendable {
    /// The number of a stem no table names: it matches nothing, and is an ordinary word.
    static let none = -1

    private var numbers: [String: Int] = [:]
    /// What each numbered stem does to the features around it, by number.
    private(set) var marks: [TypeFeatures.Mark] = []

    /// Numbers `stems` in sorted order, so a stem has the same number in every process.
    init(_ stems: Set<String>) {
        for stem in stems.sorted() {
            numbers[stem] = marks.count
            marks.append(TypeFeatures.mark(stem))
        }
    }

    subscript(stem: String) -> Int { numbers[stem] ?? Self.none }

    var count: Int { marks.count }

    func mark(_ stem: Stem) -> TypeFeatures.Mark { stem.number == Self.none ? .word : marks[stem.number] }
}

/// A word of a description as the classifier reads it: its stem, and the stem's number where a table names it.
struct Stem: Sendable, Equatable {
    let text: String
    let number: Int
}
