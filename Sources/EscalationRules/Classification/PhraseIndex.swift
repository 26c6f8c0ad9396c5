/// Phrases of words, each with a tag, found in a list of words.
///
/// A phrase word ending in `*` matches any word it begins, and `_` matches any one word. Phrases are filed by their first word, or
/// by its first three letters when it is a prefix, so each word of a text is tried only against the
/// few phrases that could start there.
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
    private var prefixed: [Substring: [Phrase]] = [:]

    init(_ phrases: [(String, Tag)]) {
        for (text, tag) in phrases {
            let words = text.split(separator: " ").map { word in
                word.hasSuffix("*") ? (String(word.dropLast()), true) : (String(word), false)
            }
            guard let first = words.first else { continue }
            let phrase = Phrase(words: words, tag: tag)
            if first.1 { prefixed[first.0.prefix(3), default: []].append(phrase) } else { exact[first.0, default: []].append(phrase) }
        }
        // Longest first, so "home alone" is found before "home".
        exact = exact.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        prefixed = prefixed.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// Every phrase that starts at `index`, longest first.
    func matches(in words: [String], at index: Int) -> [Phrase] {
        let word = words[index]
        let candidates = (exact[word] ?? []) + (prefixed[word.prefix(3)] ?? [])
        return candidates.filter { $0.matches(words, at: index) }
    }

    /// The longest phrase that starts at `index`, if any.
    func longest(in words: [String], at index: Int) -> Phrase? {
        matches(in: words, at: index).max { $0.words.count < $1.words.count }
    }
}
