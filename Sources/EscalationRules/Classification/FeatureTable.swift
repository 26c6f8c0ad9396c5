/// A model's feature weights filed by kind and stem number, so reading a description finds its
/// features without building their names: a classification is read on every free-text answer.
///
/// Words and negated words are found in arrays by their stem's number; pairs by their two numbers
/// (pairs keyed by their two strings made reading a type a quarter slower: callgrind,
/// `bench --calls 3000`). Rows are numbered in the order of the features' names.
struct FeatureTable: Sendable {
    private var words: [Int]
    private var negated: [Int]
    /// Pairs by their two stems' numbers, the first in the high half.
    private var pairs: [Int: Int] = [:]
    /// Each feature's weights in one flat array, a row of `columns` weights.
    private(set) var weights: [Double] = []

    /// Files `features` ("w:threshold", "n:share", "p:screen out") by `numbers`; a feature whose row
    /// is not `columns` long, or that names a stem `numbers` lacks, is left out.
    init(_ features: [String: [Double]], columns: Int, numbers: StemNumbers) {
        words = Array(repeating: StemNumbers.none, count: numbers.count)
        negated = words
        for (name, row) in features.sorted(by: { $0.key < $1.key }) where row.count == columns {
            let id = weights.count / columns
            let rest = String(name.dropFirst(2))
            let stems = rest.split(separator: " ", maxSplits: 1).map { numbers[String($0)] }
            guard !stems.contains(StemNumbers.none) else { continue }
            switch (TypeFeatures.Kind(rawValue: String(name.prefix(2))), stems.count) {
            case (.word, 1): words[stems[0]] = id
            case (.negated, 1): negated[stems[0]] = id
            case (.pair, 2): pairs[Self.pair(stems[0], stems[1])] = id
            default: continue
            }
            weights += row
        }
    }

    private static func pair(_ first: Int, _ second: Int) -> Int { first << 32 | second }

    /// The row of every known feature of `stems`, in the order `TypeFeatures` visits them (words and
    /// negated words, then pairs), a feature as often as it is visited.
    func rows(of stems: [Stem], numbers: StemNumbers) -> [Int] {
        var rows: [Int] = []
        rows.reserveCapacity(stems.count * 2)
        TypeFeatures.visit(count: stems.count, mark: { numbers.mark(stems[$0]) }) { kind, index in
            let number = stems[index].number
            guard number != StemNumbers.none else { return }
            let row = kind == .word ? words[number] : negated[number]
            if row != StemNumbers.none { rows.append(row) }
        }
        TypeFeatures.visitPairs(count: stems.count, mark: { numbers.mark(stems[$0]) }) { index in
            let (first, second) = (stems[index - 1].number, stems[index].number)
            guard first != StemNumbers.none, second != StemNumbers.none, let row = pairs[Self.pair(first, second)] else { return }
            rows.append(row)
        }
        return rows
    }
}
