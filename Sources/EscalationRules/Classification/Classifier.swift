/// Reads a practitioner's description of a disagreement into a type and an urgency.
///
/// A weighted lexicon over stemmed words and phrases, with abbreviations opened, one-letter typos
/// forgiven, and "not about ..." turning off what follows. Urgency comes from cue words, and errs
/// towards asking about risk again: a false alarm costs one question, a miss could cost a child.
///
/// A class, not a struct: its tables are built once and never change, and a struct of twenty tables was copied, each
/// table retained and released, on every call (retain and release led a profile of the bench, 2026-11-30).
public final class Classifier: Sendable {
    struct Phrase: Sendable {
        /// The phrase's stems by number.
        var stems: [Int]
        /// Weights by the type's index in `DisagreementType.allCases`.
        var weights: [(Int, Double)]
    }

    /// Every stem a table names, numbered: a description's words are looked up once, in `vocabulary`.
    let numbers: StemNumbers
    /// The lexicon's phrases by their first stem's number, longest first.
    let phrases: [[Phrase]]
    /// Each one-letter deletion of a known stem, pointing back to the stem.
    let deletions: [String: String]
    let known: Set<String>
    /// The longest known stem's length in bytes: no longer word is one typo away from a stem.
    let longest: Int
    /// What each word the classifier knows in advance reads as (an abbreviation opens into several
    /// stems): one look-up for most words of a description, instead of up to six.
    let vocabulary: [String: [Stem]]
    /// Negating phrases, by number, filed by their first stem's number.
    let negations: [[[Int]]]
    /// The trained weights; without them the lexicon alone decides.
    let model: TypeModel?
    /// The type model's features filed by number, when there is a model.
    let typeTable: FeatureTable?
    let risk = RiskReader.standard
    /// The learnt second opinion on risk; without it the rules alone decide.
    let riskModel: RiskModel?
    /// The risk model's features filed by number, when there is a model.
    let riskTable: FeatureTable?

    public static let standard = Classifier(model: TypeModel.bundled, riskModel: RiskModel.bundled)

    init(model: TypeModel? = nil, riskModel: RiskModel? = nil) {
        self.model = model
        self.riskModel = riskModel
        var byFirst: [String: [String: [(DisagreementType, Double)]]] = [:]
        for (type, entries) in Lexicon.entries {
            for (phrase, weight) in entries {
                let stems = Classifier.stems(of: phrase)
                byFirst[stems[0], default: [:]][stems.joined(separator: " "), default: []].append((type, weight))
            }
        }
        let modelStems = (model?.features.keys ?? [:].keys).filter { $0.hasPrefix("w:") }.map { String($0.dropFirst(2)) }
        known = Set(byFirst.values.flatMap { $0.keys.flatMap { $0.split(separator: " ").map(String.init) } }).union(modelStems)
        let featureNames = Array(model?.features.keys ?? [:].keys) + Array(riskModel?.weights.keys ?? [:].keys)
        let numbers = StemNumbers(known.union(featureNames.flatMap { $0.dropFirst(2).split(separator: " ").map(String.init) })
            .union(Lexicon.negations.joined()).union(TypeFeatures.negators).union(["."]))
        self.numbers = numbers
        var phrases = [[Phrase]](repeating: [], count: numbers.count)
        for (first, table) in byFirst {
            phrases[numbers[first]] = table.map { Phrase(stems: $0.key.split(separator: " ").map { numbers[String($0)] },
                                                         weights: $0.value.map { (DisagreementType.allCases.firstIndex(of: $0.0)!, $0.1) }) }
                .sorted { $0.stems.count > $1.stems.count }
        }
        self.phrases = phrases
        typeTable = model.map { FeatureTable($0.features, columns: $0.types.count, numbers: numbers) }
        riskTable = riskModel.map { FeatureTable($0.weights.mapValues { [$0] }, columns: 1, numbers: numbers) }
        var deletions: [String: String] = [:]
        // Sorted, so that where two stems are one letter from the same word the same one wins in every
        // process (a Set's order changes with each process's hash seed).
        for stem in known.sorted() where stem.count >= 4 {
            for deleted in Classifier.oneDeletions(of: stem) where deletions[deleted] == nil { deletions[deleted] = stem }
        }
        self.deletions = deletions
        let longest = known.map(\.utf8.count).max() ?? 0
        self.longest = longest
        var vocabulary: [String: [Stem]] = [:]
        func stem(_ text: String) -> Stem { Stem(text: text, number: numbers[text]) }
        for word in Words.common { vocabulary[word] = [stem(Classifier.stemOrCorrect(word, known: known, deletions: deletions, longest: longest))] }
        for word in known { vocabulary[word] = [stem(word)] }
        vocabulary["."] = [stem(".")]
        for (short, long) in Lexicon.abbreviations { vocabulary[short] = long.split(separator: " ").map { stem(Words.stem(String($0))) } }
        self.vocabulary = vocabulary
        var negations = [[[Int]]](repeating: [], count: numbers.count)
        for negation in Lexicon.negations { negations[numbers[negation[0]]].append(negation.map { numbers[$0] }) }
        self.negations = negations
    }

    public func classify(_ text: String) -> Classification {
        let words = Clause.reading(text)
        let stems = read(words.tokens)
        let risk = riskReading(words.clauses, stems: { stems })
        var read = typed(stems: stems)
        read.urgency = risk.urgency
        read.cues = risk.cues
        read.signs = risk.signs
        return read
    }

    /// The type alone: the trained model's reading, or the lexicon's where there is no model.
    func typed(_ text: String) -> Classification { typed(stems: read(Words.tokens(text))) }

    func typed(stems: [Stem]) -> Classification {
        let lexiconScores = score(stems)
        guard let model else { return Classifier.ranked(lexiconScores, urgency: .routine, cues: []) }
        guard let scores = typeScores(stems, lexicon: lexiconScores) else {
            return Classification(type: .decisionOrNeedForAction, confidence: 0, urgency: .routine, alternatives: [], cues: [])
        }
        let ranked = zip(model.types, TypeModel.softmax(scores)).sorted { $0.1 > $1.1 }
        // Below 0.35 the reading is little better than a guess: in cross-validation on the tuning part
        // (train-classifier --cross-validate) such readings were right 40-50% of the time, and words with
        // no bearing on the type ("hello there") read about 0.3. The bot asks from the full list.
        guard ranked[0].1 >= 0.35 else {
            return Classification(type: ranked[0].0, confidence: 0, urgency: .routine, alternatives: [], cues: [])
        }
        return Classification(type: ranked[0].0, confidence: ranked[0].1, urgency: .routine,
                              alternatives: ranked.dropFirst().prefix(3).map { Classification.Alternative(type: $0.0, confidence: $0.1) },
                              cues: [])
    }

    /// The type model's score for each of its columns, before softmax; nil without a model, or when
    /// no feature of the text is known.
    func typeScores(_ stems: [Stem], lexicon lexiconScores: [Double]) -> [Double]? {
        guard let model, let typeTable else { return nil }
        return model.scores(rows: typeTable.rows(of: stems, numbers: numbers), in: typeTable, lexicon: lexiconScores)
    }

    // MARK: Types

    /// The stems of `words`, each with its number: abbreviations opened, typos corrected.
    func read(_ words: [String]) -> [Stem] {
        var stems: [Stem] = []
        stems.reserveCapacity(words.count + 8)
        for word in words {
            if let read = vocabulary[word] {
                stems += read
            } else {
                let text = Classifier.stemOrCorrect(word, known: known, deletions: deletions, longest: longest)
                stems.append(Stem(text: text, number: numbers[text]))
            }
        }
        return stems
    }

    /// The stems of `words` as text, for training and tests.
    func expanded(_ words: [String]) -> [String] { read(words).map(\.text) }

    /// A score for each type, by its index in `DisagreementType.allCases`.
    func score(_ stems: [Stem]) -> [Double] {
        var scores = [Double](repeating: 0, count: DisagreementType.allCases.count)
        var index = 0
        var negatedUntil = -1
        while index < stems.count {
            let number = stems[index].number
            guard number != StemNumbers.none else { index += 1; continue }
            if numbers.marks[number] == .stop { negatedUntil = -1; index += 1; continue }
            if let negation = negations[number].first(where: { Classifier.matches($0, stems, at: index) }) {
                negatedUntil = index + negation.count + 4
                index += negation.count
                continue
            }
            guard let phrase = phrases[number].first(where: { Classifier.matches($0.stems, stems, at: index) }) else {
                index += 1
                continue
            }
            if index >= negatedUntil {
                for (type, weight) in phrase.weights { scores[type] += weight }
            }
            index += phrase.stems.count
        }
        return scores
    }

    static func ranked(_ scores: [Double], urgency: Urgency, cues: [String]) -> Classification {
        // Highest score first; ties go to the type listed first.
        let ordered = zip(DisagreementType.allCases, scores).enumerated()
            .sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map(\.element)
        let total = ordered.reduce(0) { $0 + max(0, $1.1) }
        guard total > 0, let top = ordered.first else {
            return Classification(type: .decisionOrNeedForAction, confidence: 0, urgency: urgency, alternatives: [], cues: cues)
        }
        // A share of the evidence, damped when there is little evidence at all.
        func confidence(_ score: Double) -> Double { (score / total) * min(1, total / 4) }
        let alternatives = ordered.dropFirst().prefix(3).filter { $0.1 > 0 }
            .map { Classification.Alternative(type: $0.0, confidence: confidence($0.1)) }
        return Classification(type: top.0, confidence: confidence(top.1), urgency: urgency, alternatives: alternatives, cues: cues)
    }

    // MARK: Words

    /// Whether the stems from `index` are `phrase`'s, by number: a stem no table names matches nothing.
    static func matches(_ phrase: [Int], _ stems: [Stem], at index: Int) -> Bool {
        guard index + phrase.count <= stems.count else { return false }
        for (offset, number) in phrase.enumerated() where stems[index + offset].number != number { return false }
        return true
    }

    static func stems(of phrase: String) -> [String] {
        Words.tokens(phrase).flatMap { Lexicon.abbreviations[$0].map { Words.tokens($0) } ?? [$0] }.map(Words.stem)
    }

    /// The stem, or the known stem one typo away: a letter missed, added or mistyped.
    static func stemOrCorrect(_ word: String, known: Set<String>, deletions: [String: String], longest: Int) -> String {
        if known.contains(word) { return word }
        let stem = Words.stem(word)
        guard stem.count >= 4, !known.contains(stem), !Words.common.contains(word) else { return stem }
        if let fixed = deletions[stem] { return fixed }
        // A letter added or mistyped is looked for only in longer words, where it is both likelier and cheaper to
        // be sure of, and never in words too long to be a known stem with a letter added.
        guard stem.utf8.count >= 5, stem.utf8.count <= longest + 1 else { return stem }
        var fixed: String?
        forEachOneDeletion(of: stem) { deleted in
            if known.contains(deleted) { fixed = deleted } else { fixed = deletions[deleted] }
            return fixed != nil
        }
        return fixed ?? stem
    }

    static func oneDeletions(of word: String) -> [String] {
        var all: [String] = []
        forEachOneDeletion(of: word) { all.append($0); return false }
        return all
    }

    /// Calls `body` with the word less each of its letters in turn, until it returns true. ASCII
    /// words, the usual case, are cut as bytes, so a short one costs no allocation.
    static func forEachOneDeletion(of word: String, _ body: (String) -> Bool) {
        let bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let letters = Array(word)
            for i in letters.indices where body(String(letters[..<i] + letters[(i + 1)...])) { return }
            return
        }
        guard !bytes.isEmpty else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            // Less the first letter; each next deletion differs from the one before in one place.
            for j in 1..<bytes.count { buffer[j - 1] = bytes[j] }
            for i in bytes.indices {
                if i > 0 { buffer[i - 1] = bytes[i - 1] }
                if body(String(decoding: UnsafeBufferPointer(rebasing: buffer[..<(bytes.count - 1)]), as: UTF8.self)) { return }
            }
        }
    }
}


extension Classifier {
    /// What pushed `text` towards `type`, strongest first: the model's features the text has, with
    /// their weights for that type, and the lexicon's score. For `classify --explain`.
    public func evidence(for type: DisagreementType, in text: String) -> [(words: String, weight: Double)] {
        guard let model, let column = model.types.firstIndex(of: type) else { return [] }
        let stems = read(Words.tokens(text))
        var found: [(String, Double)] = TypeFeatures.names(of: stems.map(\.text), pairs: true).compactMap { name in
            guard let weight = model.features[name]?[column], weight > 0 else { return nil }
            let kind = name.prefix(2)
            let words = String(name.dropFirst(2))
            return (kind == "n:" ? "not ... \(words)" : words, weight)
        }
        for (row, value) in score(stems).enumerated() where value > 0 {
            let weight = model.lexicon[row][column] * value
            if weight > 0 { found.append(("lexicon: \(DisagreementType.allCases[row].phrase)", weight)) }
        }
        return found.sorted { $0.1 > $1.1 }
    }
}
