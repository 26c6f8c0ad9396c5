import Foundation

extension PrivacyGuard {
    /// A regular expression matching exactly one of `words`, longest first, with the words' common
    /// beginnings shared: "a(?:nd|n)?" rather than "and|an|a".
    ///
    /// ICU tries the alternatives of a plain alternation one after another, so a check that a word is not
    /// one of the 600 `notNames` cost about 10 us for each capitalised word read (a description of 154
    /// characters went from 35-36 us to 57-61 us); shared, it costs a step a letter (38-41 us, round 5).
    static func alternation(_ words: Set<Substring>) -> String {
        var root = Prefix()
        for word in words { root.insert(word[...]) }
        return root.pattern
    }

    /// The words that start with what has been read so far, by their next letter.
    struct Prefix {
        var next: [Character: Prefix] = [:]
        var isWord = false

        mutating func insert(_ rest: Substring) {
            guard let first = rest.first else { isWord = true; return }
            next[first, default: Prefix()].insert(rest.dropFirst())
        }

        /// The rest of every word from here; a word that ends here is the last thing tried.
        var pattern: String {
            let branches = next.keys.sorted().map { NSRegularExpression.escapedPattern(for: String($0)) + next[$0]!.pattern }
            guard !branches.isEmpty else { return "" }
            let body = branches.count == 1 ? branches[0] : "(?:" + branches.joined(separator: "|") + ")"
            return isWord ? "(?:" + body + ")?" : body
        }
    }
}
