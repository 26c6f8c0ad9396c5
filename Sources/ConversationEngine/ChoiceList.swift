import EscalationRules

/// A list a practitioner picks from (partnerships, areas, settings, stages, types), prepared once:
/// each name normalised, split into words as bytes, and every whole name in one exact-match table.
///
/// An answer is matched as `Answers.best` always did: the name in full (the table), else every word
/// of a name present, else every word of a name (of four letters or more) one typo away from a word
/// of the answer. The typo test is a linear check on bytes, reached only past a length filter.
struct ChoiceList<Key: Equatable & Sendable>: Sendable {
    struct Name: Sendable {
        let key: Key
        let words: [[UInt8]]
    }

    /// Each candidate's names, in the order given.
    private let candidates: [(key: Key, names: [Name])]
    /// Every whole name to its key; `unique` is false when two keys share the name.
    private let exact: [String: (key: Key, unique: Bool)]

    init(_ list: [(key: Key, names: [String])]) {
        var exact: [String: (key: Key, unique: Bool)] = [:]
        candidates = list.map { candidate in
            let names = candidate.names.map { name -> Name in
                let normal = Answers.normalized(name)
                if let found = exact[normal] { exact[normal] = (found.key, found.unique && found.key == candidate.key) } else { exact[normal] = (candidate.key, true) }
                return Name(key: candidate.key, words: normal.utf8.split(separator: 0x20).map(Array.init))
            }
            return (candidate.key, names)
        }
        self.exact = exact
    }

    /// The candidate whose names best match `text`; nil when none does, or two match equally.
    func best(_ text: String) -> Key? {
        let answer = Answers.normalized(text)
        guard !answer.isEmpty else { return nil }
        // An exact name scores highest, and only another candidate of the same name could tie.
        if let hit = exact[answer] { return hit.unique ? hit.key : nil }
        let bytes = Array(answer.utf8)
        let words = bytes.split(separator: 0x20)
        var top: (key: Key, score: Int)?
        var tied = false
        for candidate in candidates {
            let score = candidate.names.reduce(0) { best, name in best == 2 ? 2 : max(best, Self.match(words, name: name.words)) }
            guard score > 0 else { continue }
            if let current = top, current.score == score {
                if current.key != candidate.key { tied = true }
            } else if top == nil || score > top!.score {
                top = (candidate.key, score)
                tied = false
            }
        }
        return tied ? nil : top?.key
    }

    /// 2 for the name's words all present, 1 with one typo forgiven in each; 0 for no match.
    static func match(_ answer: [ArraySlice<UInt8>], name: [[UInt8]]) -> Int {
        guard !name.isEmpty else { return 0 }
        if name.allSatisfy({ word in answer.contains { $0.elementsEqual(word) } }) { return 2 }
        let forgiving = name.allSatisfy { word in
            Self.letters(word) >= 4 && answer.contains { Self.withinOneEdit($0, word) }
        }
        return forgiving ? 1 : 0
    }

    /// Characters in a word of normalised UTF-8: its bytes that do not continue a character.
    static func letters(_ word: [UInt8]) -> Int { word.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }

    /// At most one insertion, deletion or substitution apart. On bytes for ASCII, which answers and
    /// names nearly always are; on characters otherwise.
    static func withinOneEdit(_ a: ArraySlice<UInt8>, _ b: [UInt8]) -> Bool {
        guard a.allSatisfy({ $0 < 0x80 }), b.allSatisfy({ $0 < 0x80 }) else {
            return Answers.editDistance(Array(String(decoding: a, as: UTF8.self)), Array(String(decoding: b, as: UTF8.self))) <= 1
        }
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = a.startIndex, j = 0
        while i < a.endIndex, j < b.count, a[i] == b[j] { i += 1; j += 1 }
        // Past the first difference, the rest must agree after one substitution, insertion or deletion.
        let restA = a[i...], restB = b[j...]
        return restA.dropFirst().elementsEqual(restB.dropFirst()) || restA.elementsEqual(restB.dropFirst()) || restA.dropFirst().elementsEqual(restB)
    }
}
