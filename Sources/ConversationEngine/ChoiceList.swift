import EscalationRules

/// A list a practitioner picks from (partnerships, areas, settings, stages, types), prepared once:
/// each name normalised, every whole name in one exact-match table, and the names' words kept once
/// each, filed by length.
///
/// An answer is matched as `Answers.best` always did: the name in full (the table), else every word
/// of a name present, else every word of a name (of four letters or more) one typo away from a word
/// of the answer. Each word of the answer is compared once with the list's words of about its
/// length, not once with every name that has them; the names are then scored from what was heard.
struct ChoiceList<Key: Equatable & Sendable>: Sendable {
    /// A word some name has, kept once however many names have it.
    struct Word: Sendable {
        let bytes: [UInt8]
        /// Four letters or more: only such words are forgiven a typo.
        let forgivable: Bool
        /// Its first and last bytes, kept beside it so most comparisons end without reading the word.
        let first: UInt8, last: UInt8
    }

    /// A name as its words' places in `words`.
    struct Name: Sendable {
        let words: [Int]
        /// Every word forgivable, so the name can match with typos.
        let forgivable: Bool
    }

    /// Every distinct word of every name.
    private let words: [Word]
    /// The places in `words` of the words of each length in bytes: an answer's word can only be one of its own length.
    private let byLength: [[Int]]
    /// The places of the forgivable ASCII words, by length: a word more than one letter longer or
    /// shorter than the answer's cannot be one edit from it.
    private let forgivableByLength: [[Int]]
    /// The places of the forgivable words beyond ASCII, whose byte lengths say nothing about edits.
    private let otherForgivable: [Int]
    /// Each candidate's names, in the order given.
    private let candidates: [(key: Key, names: [Name])]
    /// Every whole name to its key; `unique` is false when two keys share the name.
    private let exact: [String: (key: Key, unique: Bool)]

    init(_ list: [(key: Key, names: [String])]) {
        var exact: [String: (key: Key, unique: Bool)] = [:]
        var words: [Word] = []
        var places: [[UInt8]: Int] = [:]
        candidates = list.map { candidate in
            let names = candidate.names.map { name -> Name in
                let normal = Answers.normalized(name)
                if let found = exact[normal] { exact[normal] = (found.key, found.unique && found.key == candidate.key) } else { exact[normal] = (candidate.key, true) }
                let indices = normal.utf8.split(separator: 0x20).map { word -> Int in
                    let bytes = Array(word)
                    if let place = places[bytes] { return place }
                    places[bytes] = words.count
                    words.append(Word(bytes: bytes, forgivable: Self.letters(bytes) >= 4, first: bytes[0], last: bytes[bytes.count - 1]))
                    return words.count - 1
                }
                return Name(words: indices, forgivable: indices.allSatisfy { words[$0].forgivable })
            }
            return (candidate.key, names)
        }
        self.exact = exact
        self.words = words
        let longest = words.map(\.bytes.count).max() ?? 0
        var byLength: [[Int]] = Array(repeating: [], count: longest + 1)
        var forgivableByLength = byLength
        var otherForgivable: [Int] = []
        for (place, word) in words.enumerated() {
            byLength[word.bytes.count].append(place)
            guard word.forgivable else { continue }
            if word.bytes.allSatisfy({ $0 < 0x80 }) { forgivableByLength[word.bytes.count].append(place) } else { otherForgivable.append(place) }
        }
        self.byLength = byLength
        self.forgivableByLength = forgivableByLength
        self.otherForgivable = otherForgivable
    }

    /// The candidate whose names best match `text`; nil when none does, or two match equally.
    func best(_ text: String) -> Key? {
        let answer = Answers.normalized(text)
        guard !answer.isEmpty else { return nil }
        // An exact name scores highest, and only another candidate of the same name could tie.
        if let hit = exact[answer] { return hit.unique ? hit.key : nil }
        let heard = heard(Array(answer.utf8))
        // No word of any name heard, so no name matches: most answers that name nothing on the list.
        guard heard.contains(where: { $0 > 0 }) else { return nil }
        var top: (key: Key, score: Int)?
        var tied = false
        for candidate in candidates {
            let score = candidate.names.reduce(0) { best, name in best == 2 ? 2 : max(best, Self.score(name, heard: heard)) }
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

    /// The candidate `text` is a name of, whole: every word of the answer a word of that one name (a typo forgiven in each, as
    /// `best` forgives them), and no other candidate so named. "torbey" and "bath" are names; "our office is on Bath Street",
    /// which `best` reads as B&NES for the word "bath", is not.
    func named(_ text: String) -> Key? {
        let answer = Answers.normalized(text)
        guard !answer.isEmpty else { return nil }
        if let hit = exact[answer] { return hit.unique ? hit.key : nil }
        let count = answer.utf8.split(separator: 0x20).count
        let heard = heard(Array(answer.utf8))
        guard heard.contains(where: { $0 > 0 }) else { return nil }
        // A name of as many words as the answer, each heard: each word of the answer is then one of the name's.
        let matches = candidates.filter { candidate in
            candidate.names.contains { Set($0.words).count == count && Self.score($0, heard: heard) > 0 }
        }
        guard let first = matches.first, matches.allSatisfy({ $0.key == first.key }) else { return nil }
        return first.key
    }

    /// For each of the list's words: 2 when the answer has it, 1 when the answer has it with one typo
    /// (forgivable words only), 0 otherwise.
    func heard(_ answer: [UInt8]) -> [UInt8] {
        var heard = [UInt8](repeating: 0, count: words.count)
        var start = 0
        while start < answer.count {
            var end = start
            while end < answer.count, answer[end] != 0x20 { end += 1 }
            if end > start { hear(answer[start..<end], in: &heard) }
            start = end + 1
        }
        return heard
    }

    /// Marks in `heard` the list's words that `typed`, one word of an answer, is or is with one typo.
    func hear(_ typed: ArraySlice<UInt8>, in heard: inout [UInt8]) {
        let first = typed.first, last = typed.last
        if byLength.indices.contains(typed.count) {
            for place in byLength[typed.count] where words[place].first == first && typed.elementsEqual(words[place].bytes) { heard[place] = 2 }
        }
        guard typed.allSatisfy({ $0 < 0x80 }) else {
            for place in words.indices where heard[place] == 0 && words[place].forgivable && Self.withinOneEdit(typed, words[place].bytes) { heard[place] = 1 }
            return
        }
        // One edit to a word of four letters or more leaves its first or its last letter where it was.
        for length in typed.count - 1...typed.count + 1 where forgivableByLength.indices.contains(length) {
            for place in forgivableByLength[length] where heard[place] == 0 && (words[place].first == first || words[place].last == last) {
                if Self.withinOneByteEdit(typed, words[place].bytes) { heard[place] = 1 }
            }
        }
        for place in otherForgivable where heard[place] == 0 && Self.withinOneEdit(typed, words[place].bytes) { heard[place] = 1 }
    }

    /// 2 for the name's words all present, 1 with one typo forgiven in each; 0 for no match.
    static func score(_ name: Name, heard: [UInt8]) -> Int {
        guard !name.words.isEmpty else { return 0 }
        if name.words.allSatisfy({ heard[$0] == 2 }) { return 2 }
        return name.forgivable && name.words.allSatisfy({ heard[$0] > 0 }) ? 1 : 0
    }

    /// Characters in a word of normalised UTF-8: its bytes that do not continue a character.
    static func letters(_ word: [UInt8]) -> Int { word.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }

    /// At most one insertion, deletion or substitution apart, or (in ASCII) two neighbouring letters swapped
    /// ("shrophsire": a chat review, round 8). On bytes for ASCII, which answers and names nearly always are;
    /// on characters otherwise.
    static func withinOneEdit(_ a: ArraySlice<UInt8>, _ b: [UInt8]) -> Bool {
        guard a.allSatisfy({ $0 < 0x80 }), b.allSatisfy({ $0 < 0x80 }) else {
            return Answers.editDistance(Array(String(decoding: a, as: UTF8.self)), Array(String(decoding: b, as: UTF8.self))) <= 1
        }
        return withinOneByteEdit(a, b)
    }

    /// At most one edit apart, for words of ASCII.
    static func withinOneByteEdit(_ a: ArraySlice<UInt8>, _ b: [UInt8]) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = a.startIndex, j = 0
        while i < a.endIndex, j < b.count, a[i] == b[j] { i += 1; j += 1 }
        // Past the first difference, the rest must agree after one substitution, insertion or deletion.
        let restA = a[i...], restB = b[j...]
        let swapped = restA.count >= 2 && restA.count == restB.count && restA[i] == restB[j + 1] && restA[i + 1] == restB[j]
            && restA.dropFirst(2).elementsEqual(restB.dropFirst(2))
        return swapped || restA.dropFirst().elementsEqual(restB.dropFirst()) || restA.elementsEqual(restB.dropFirst()) || restA.dropFirst().elementsEqual(restB)
    }
}
