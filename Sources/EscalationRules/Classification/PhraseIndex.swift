/// Phrases of words, each with a tag, found in a list of words.
///
/// A phrase word ending in `*` matches any word it begins, and `_` matches any one word. Every phrase
/// word is numbered once, when the index is built; a clause's words are numbered once too (`numbered`),
/// so matching a phrase compares numbers, not strings. A word of a text is tried only against the
/// phrases that start with it, or with a prefix it begins with.
struct PhraseIndex<Tag: Sendable>: Sendable {
    /// One phrase found: its tag, how many words it covers, and its number in the index (for `text(of:)`).
    struct Phrase: Sendable {
        var tag: Tag
        var count: Int
        fileprivate var number: Int
    }

    /// A phrase word: a whole word, a prefix ("alon*") or any one word ("_"), by number.
    private enum Token: Equatable, Sendable {
        case word(Int32), prefix(Int32), any
    }

    /// A clause's words as the index knows them: each word's number (-1 if no phrase has it) and the
    /// numbers of the phrase prefixes it begins with, found once a clause instead of once a phrase tried.
    struct Numbered: Sendable {
        fileprivate var words: [Int32] = []
        fileprivate var prefixes: [[Int32]] = []
        /// The list of phrases that could start at each word with a prefix (-1 if none).
        fileprivate var groups: [Int] = []
        var count: Int { words.count }
    }

    private var vocabulary: [String: Int32] = [:]
    /// Each prefix's bytes, by number, and the prefixes filed by their first byte.
    private var prefixBytes: [[UInt8]] = []
    private var prefixesByFirstByte: [[Int32]] = Array(repeating: [], count: 256)
    private var tokens: [[Token]] = []
    private var tags: [Tag] = []
    private var texts: [String] = []
    /// The phrases that start with each word, by the word's number, longest first.
    private var startingWith: [[Int]] = []
    /// The phrases whose first word is a prefix, by that prefix's number, in one list per first three bytes
    /// (as `prefixGroup` gives), longest first, so phrases of one length are tried in the order given.
    private var prefixGroup: [Int32: Int] = [:]
    private var startingWithPrefix: [[Int]] = []

    init(_ phrases: [(String, Tag)]) {
        var groups: [[UInt8]: Int] = [:]
        for (text, tag) in phrases {
            let words = text.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            let phrase = tokens.count
            var phraseTokens: [Token] = []
            for word in words { phraseTokens.append(token(word)) }
            tokens.append(phraseTokens)
            tags.append(tag)
            texts.append(words.map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 }.joined(separator: " "))
            switch tokens[phrase][0] {
            case .word(let number):
                while startingWith.count <= Int(number) { startingWith.append([]) }
                startingWith[Int(number)].append(phrase)
            case .prefix(let number):
                // A first-word prefix under three bytes never matched before words were numbered; it still does not.
                let bytes = Array(first.dropLast().utf8)
                guard bytes.count >= 3 else { continue }
                let group = groups[Array(bytes.prefix(3)), default: groups.count]
                groups[Array(bytes.prefix(3))] = group
                prefixGroup[number] = group
                if group == startingWithPrefix.count { startingWithPrefix.append([]) }
                startingWithPrefix[group].append(phrase)
            case .any: continue
            }
        }
        while startingWith.count < vocabulary.count { startingWith.append([]) }
        // Longest first, so "home alone" is found before "home"; phrases of one length stay in the order
        // given (the sort alone is not stable), so every process reads a text alike.
        let tokens = self.tokens
        func longestFirst(_ list: [Int]) -> [Int] {
            list.enumerated().sorted { (tokens[$0.element].count, $1.offset) > (tokens[$1.element].count, $0.offset) }.map(\.element)
        }
        startingWith = startingWith.map(longestFirst)
        startingWithPrefix = startingWithPrefix.map(longestFirst)
    }

    private mutating func token(_ word: String) -> Token {
        if word == "_" { return .any }
        if word.hasSuffix("*") {
            let bytes = Array(word.dropLast().utf8)
            if let known = prefixBytes.firstIndex(of: bytes) { return .prefix(Int32(known)) }
            prefixBytes.append(bytes)
            let number = Int32(prefixBytes.count - 1)
            prefixesByFirstByte[Int(bytes.first ?? 0)].append(number)
            return .prefix(number)
        }
        if let known = vocabulary[word] { return .word(known) }
        let number = Int32(vocabulary.count)
        vocabulary[word] = number
        return .word(number)
    }

    /// `words` numbered for `forEachMatch`: one look-up a word, and a comparison with each prefix that
    /// shares its first two bytes.
    func numbered(_ words: [String]) -> Numbered {
        var numbered = Numbered()
        numbered.words.reserveCapacity(words.count)
        numbered.prefixes.reserveCapacity(words.count)
        numbered.groups.reserveCapacity(words.count)
        for word in words {
            numbered.words.append(vocabulary[word] ?? -1)
            var begins: [Int32] = []
            var bytes = word.utf8.makeIterator()
            if let first = bytes.next() {
                // The second byte first: most prefixes that share a word's first byte differ at the next.
                let second = bytes.next()
                for prefix in prefixesByFirstByte[Int(first)] {
                    let prefixBytes = prefixBytes[Int(prefix)]
                    if prefixBytes.count > 1, prefixBytes[1] != second { continue }
                    if word.utf8.starts(with: prefixBytes) { begins.append(prefix) }
                }
            }
            numbered.prefixes.append(begins)
            // Every prefix of three bytes or more that the word begins with shares its first three bytes, so
            // one such prefix names the list of every phrase that could start here with a prefix.
            numbered.groups.append(begins.lazy.compactMap { prefixGroup[$0] }.first ?? -1)
        }
        return numbered
    }

    /// Calls `body` with every phrase that starts at `index`: those that start with the whole word,
    /// longest first, then those that start with a prefix of it, longest first.
    func forEachMatch(in words: Numbered, at index: Int, _ body: (Phrase) -> Void) {
        let word = words.words[index]
        if word >= 0, Int(word) < startingWith.count {
            for phrase in startingWith[Int(word)] where matches(phrase, words, at: index) {
                body(Phrase(tag: tags[phrase], count: tokens[phrase].count, number: phrase))
            }
        }
        let group = words.groups[index]
        guard group >= 0 else { return }
        for phrase in startingWithPrefix[group] where matches(phrase, words, at: index) {
            body(Phrase(tag: tags[phrase], count: tokens[phrase].count, number: phrase))
        }
    }

    /// A phrase's words as written, without the `*` of a prefix.
    func text(of phrase: Phrase) -> String { texts[phrase.number] }

    private func matches(_ phrase: Int, _ words: Numbered, at index: Int) -> Bool {
        let phraseTokens = tokens[phrase]
        guard index + phraseTokens.count <= words.count else { return false }
        for (offset, token) in phraseTokens.enumerated() {
            let at = index + offset
            switch token {
            case .any: continue
            case .word(let number): if words.words[at] != number { return false }
            case .prefix(let number): if !words.prefixes[at].contains(number) { return false }
            }
        }
        return true
    }
}
