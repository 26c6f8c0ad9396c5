/// Phrases of words, each with a tag, found in a list of words.
///
/// A phrase word ending in `*` matches any word it begins, and `_` matches any one word. Phrases
/// are filed by their first word, or by its first three bytes when it is a prefix, so each word of
/// a text is tried only against the few phrases that could start there: one look-up of each kind
/// a word, for every kind of phrase the risk reader knows.
struct PhraseIndex<Tag: Sendable>: Sendable {
    struct Phrase: Sendable {
        var words: [(text: String, isPrefix: Bool)]
        var tag: Tag

        func matches(_ heard: [String], at index: Int) -> Bool {
            guard index + words.count <= heard.count else { return false }
            for (offset, word) in words.enumerated() {
                let typed = heard[index + offset]
                guard word.text == "_" || (word.isPrefix ? typed.hasPrefix(word.text) : typed == word.text) else { return false }
            }
            return true
        }
    }

    private var exact: [String: [Phrase]] = [:]
    private var prefixed: [UInt32: [Phrase]] = [:]

    init(_ phrases: [(String, Tag)]) {
        for (text, tag) in phrases {
            let words = text.split(separator: " ").map { word in
                word.hasSuffix("*") ? (String(word.dropLast()), true) : (String(word), false)
            }
            guard let first = words.first else { continue }
            let phrase = Phrase(words: words, tag: tag)
            if first.1 { prefixed[Self.key(first.0), default: []].append(phrase) } else { exact[first.0, default: []].append(phrase) }
        }
        // Longest first, so "home alone" is found before "home"; phrases of one length stay in the order
        // given (the sort alone is not stable), so every process reads a text alike.
        func longestFirst(_ list: [Phrase]) -> [Phrase] {
            list.enumerated().sorted { ($0.element.words.count, $1.offset) > ($1.element.words.count, $0.offset) }.map(\.element)
        }
        exact = exact.mapValues(longestFirst)
        prefixed = prefixed.mapValues(longestFirst)
    }

    /// Calls `body` with every phrase that starts at `index`: those filed by the whole word, longest
    /// first, then those filed by its first bytes, longest first.
    func forEachMatch(in words: [String], at index: Int, _ body: (Phrase) -> Void) {
        let word = words[index]
        if let candidates = exact[word] {
            for phrase in candidates where phrase.matches(words, at: index) { body(phrase) }
        }
        if word.utf8.count >= 3, let candidates = prefixed[Self.key(word)] {
            for phrase in candidates where phrase.matches(words, at: index) { body(phrase) }
        }
    }

    /// A word's first three bytes as one number: cheaper to hash than the letters.
    private static func key(_ word: String) -> UInt32 {
        var key: UInt32 = 0
        for byte in word.utf8.prefix(3) { key = key << 8 | UInt32(byte) }
        return key
    }
}
