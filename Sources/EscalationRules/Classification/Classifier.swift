/// Reads a practitioner's description of a disagreement into a type and an urgency.
///
/// A weighted lexicon over stemmed words and phrases, with abbreviations opened, one-letter typos
/// forgiven, and "not about ..." turning off what follows. Urgency comes from cue words, and errs
/// towards asking about risk again: a false alarm costs one question, a miss could cost a child.
public struct Classifier: Sendable {
    struct Phrase: Sendable {
        var stems: [String]
        /// Weights by the type's index in `DisagreementType.allCases`.
        var weights: [(Int, Double)]
    }

    /// Phrases by their first stem, longest first.
    let phrases: [String: [Phrase]]
    /// Each one-letter deletion of a known stem, pointing back to the stem.
    let deletions: [String: String]
    let known: Set<String>
    let immediate: CueIndex
    let significant: CueIndex
    let negations: [[String]]

    public static let standard = Classifier()

    init() {
        var byFirst: [String: [String: [(DisagreementType, Double)]]] = [:]
        for (type, entries) in Lexicon.entries {
            for (phrase, weight) in entries {
                let stems = Classifier.stems(of: phrase)
                byFirst[stems[0], default: [:]][stems.joined(separator: " "), default: []].append((type, weight))
            }
        }
        phrases = byFirst.mapValues { table in
            table.map { Phrase(stems: $0.key.split(separator: " ").map(String.init),
                               weights: $0.value.map { (DisagreementType.allCases.firstIndex(of: $0.0)!, $0.1) }) }
                .sorted { $0.stems.count > $1.stems.count }
        }
        known = Set(byFirst.values.flatMap { $0.keys.flatMap { $0.split(separator: " ").map(String.init) } })
        var deletions: [String: String] = [:]
        for stem in known where stem.count >= 4 {
            for deleted in Classifier.oneDeletions(of: stem) where deletions[deleted] == nil { deletions[deleted] = stem }
        }
        self.deletions = deletions
        immediate = CueIndex(Lexicon.immediateCues)
        significant = CueIndex(Lexicon.significantCues)
        negations = Lexicon.negations
    }

    public func classify(_ text: String) -> Classification {
        let words = Words.tokens(text)
        let scores = score(expanded(words))
        let (urgency, cues) = self.urgency(words)
        return Classifier.ranked(scores, urgency: urgency, cues: cues)
    }

    // MARK: Types

    func expanded(_ words: [String]) -> [String] {
        words.flatMap { word -> [String] in
            if let long = Lexicon.abbreviations[word] { return long.split(separator: " ").map { Words.stem(String($0)) } }
            return [Classifier.stemOrCorrect(word, known: known, deletions: deletions)]
        }
    }

    /// A score for each type, by its index in `DisagreementType.allCases`.
    func score(_ stems: [String]) -> [Double] {
        var scores = [Double](repeating: 0, count: DisagreementType.allCases.count)
        var index = 0
        var negatedUntil = -1
        while index < stems.count {
            if stems[index] == "." { negatedUntil = -1; index += 1; continue }
            if let negation = negations.first(where: { Classifier.matches($0, stems, at: index) }) {
                negatedUntil = index + negation.count + 4
                index += negation.count
                continue
            }
            guard let phrase = phrases[stems[index]]?.first(where: { Classifier.matches($0.stems, stems, at: index) }) else {
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

    // MARK: Urgency

    func urgency(_ words: [String]) -> (Urgency, [String]) {
        let heard = cues(immediate, in: words)
        if !heard.isEmpty { return (.immediate, heard) }
        let significantHeard = cues(significant, in: words)
        return significantHeard.isEmpty ? (.routine, []) : (.significant, significantHeard)
    }

    func cues(_ patterns: CueIndex, in words: [String]) -> [String] {
        var heard: [String] = []
        for index in words.indices {
            for pattern in patterns.candidates(for: words[index]) where Classifier.matchesCue(pattern, words, at: index) {
                let phrase = words[index..<index + pattern.count].joined(separator: " ")
                if !heard.contains(phrase) { heard.append(phrase) }
            }
        }
        return heard
    }

    static func matchesCue(_ pattern: [String], _ words: [String], at index: Int) -> Bool {
        guard index + pattern.count <= words.count else { return false }
        return zip(pattern, words[index...]).allSatisfy { cue, word in
            cue.hasSuffix("*") ? word.hasPrefix(cue.dropLast()) : word == cue
        }
    }

    // MARK: Words

    static func matches(_ phrase: [String], _ stems: [String], at index: Int) -> Bool {
        index + phrase.count <= stems.count && stems[index..<index + phrase.count].elementsEqual(phrase)
    }

    static func stems(of phrase: String) -> [String] {
        Words.tokens(phrase).flatMap { Lexicon.abbreviations[$0].map { Words.tokens($0) } ?? [$0] }.map(Words.stem)
    }

    /// The stem, or the known stem one typo away: a letter missed, added or mistyped.
    static func stemOrCorrect(_ word: String, known: Set<String>, deletions: [String: String]) -> String {
        let stem = Words.stem(word)
        guard stem.count >= 4, !known.contains(stem), !known.contains(word), !Words.common.contains(word) else {
            return known.contains(word) ? word : stem
        }
        if let fixed = deletions[stem] { return fixed }
        // A letter added or mistyped is looked for only in longer words, where it is both likelier and cheaper to be sure of.
        guard stem.utf8.count >= 5 else { return stem }
        for deleted in oneDeletions(of: stem) {
            if known.contains(deleted) { return deleted }
            if let fixed = deletions[deleted] { return fixed }
        }
        return stem
    }

    static func oneDeletions(of word: String) -> [String] {
        let letters = Array(word)
        return letters.indices.map { i in String(letters[..<i] + letters[(i + 1)...]) }
    }
}

/// Cue patterns by the first three letters of their first word, so each word is tried only
/// against the few cues it could begin.
struct CueIndex: Sendable {
    private let byPrefix: [Substring: [[String]]]

    init(_ cues: [String]) {
        var byPrefix: [Substring: [[String]]] = [:]
        for cue in cues {
            let words = cue.split(separator: " ").map(String.init)
            byPrefix[words[0].prefix(3), default: []].append(words)
        }
        self.byPrefix = byPrefix
    }

    func candidates(for word: String) -> [[String]] { byPrefix[word.prefix(3)] ?? [] }
}
