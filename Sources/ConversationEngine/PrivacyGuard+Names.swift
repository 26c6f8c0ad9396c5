import Foundation

extension PrivacyGuard {
    /// The names a sure name pattern removed, to be removed wherever else they stand: a name is found once by a cue
    /// ("Ms. J. Okafor", "a boy called Ottoline") and then typed again without one ("the okafors", "Ottoline was hit").
    /// Review, round 8.
    ///
    /// A capitalised name goes wherever it stands in capitals, with "'s" or a plural; any name goes as a family ("the
    /// okafors") or with "'s". A name in lower case does not go on its own elsewhere, as it may be an everyday word there
    /// ("mrs brown ... brown bruising"); nor does an everyday-word name ("Summer said ... the summer holidays").
    struct Names {
        var capitalised: Set<String> = []
        var any: Set<String> = []

        /// Notes the names in what each match removes, leaving out the cue a template keeps as its first group.
        mutating func note(_ matches: [NSTextCheckingResult], in text: String, keepingFirstGroup: Bool) {
            for match in matches {
                var range = match.range
                if keepingFirstGroup, match.numberOfRanges > 1, match.range(at: 1).location != NSNotFound {
                    let kept = match.range(at: 1)
                    range = NSRange(location: NSMaxRange(kept), length: NSMaxRange(match.range) - NSMaxRange(kept))
                }
                guard let found = Range(range, in: text) else { continue }
                for word in Names.words(in: text[found]) { note(word.text) }
            }
        }

        private mutating func note(_ word: Substring) {
            let base = Names.withoutPossessive(word)
            let lower = base.lowercased()
            guard base.count >= 2 else { return }
            // An abbreviation written as a name is one, and goes where it is written so again: "resident (Peg, 84) ... Peg was
            // not seen" (review, round 10), but not "PEG feeding".
            if Names.isTitleCase(base), PrivacyGuard.abbreviations.contains(Substring(lower)), !PrivacyGuard.titles.contains(Substring(lower)) {
                capitalised.insert(String(base))
                return
            }
            guard !lower.split(separator: "-").contains(where: { PrivacyGuard.neverSpread.contains($0) }) else { return }
            if base.first!.isUppercase { capitalised.insert(String(base)) }
            if !PrivacyGuard.everydayNames.contains(Substring(lower)) { any.insert(lower) }
        }

        /// The text with each other occurrence of a noted name removed too. Read word by word: a regular expression of the
        /// names, built for each text, took 410 us to build.
        func removingOthers(from text: String) -> String {
            guard !capitalised.isEmpty || !any.isEmpty else { return text }
            var result = ""
            var done = text.startIndex
            var afterThe = false
            for word in Names.words(in: text[...]) {
                if isName(word.text, afterThe: afterThe) {
                    result += text[done..<word.text.startIndex]
                    result += PrivacyGuard.placeholder
                    done = word.text.endIndex
                }
                afterThe = word.followedBySpace && ["the", "The", "THE"].contains(word.text)
            }
            return done == text.startIndex ? text : result + text[done...]
        }

        /// Whether a word is a noted name: a capitalised one as it was typed, with "'s" or a plural ("Okafor", "Okafors");
        /// any with "'s" ("okafor's"), or after "the" as a family ("the okafors").
        private func isName(_ word: Substring, afterThe: Bool) -> Bool {
            let base = Names.withoutPossessive(word)
            let possessive = base.endIndex < word.endIndex
            let capital = base.unicodeScalars.first!.properties.isUppercase
            // Most words are in lower case, with no "'s" and no "the" before them: nothing to look up.
            guard capital || possessive || afterThe else { return false }
            let plurals = [base.hasSuffix("s") ? base.dropLast() : nil, base.hasSuffix("es") ? base.dropLast(2) : nil].compactMap { $0 }
            if capital, capitalised.contains(String(base)) || plurals.contains(where: { capitalised.contains(String($0)) }) { return true }
            if possessive, any.contains(base.lowercased()) { return true }
            return afterThe && plurals.contains { any.contains($0.lowercased()) }
        }

        /// The words of a text: letters, with an apostrophe or hyphen between two ("O'Connor-Smith", "okafor's"). Read by
        /// Unicode scalar, as reading by `Character` took 12 us for a description of 160 characters.
        static func words(in text: Substring) -> [(text: Substring, followedBySpace: Bool)] {
            func isLetter(_ scalar: Unicode.Scalar) -> Bool {
                scalar.isASCII ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
            }
            let scalars = text.unicodeScalars
            var words: [(text: Substring, followedBySpace: Bool)] = []
            var index = scalars.startIndex
            while index < scalars.endIndex {
                guard isLetter(scalars[index]) else { index = scalars.index(after: index); continue }
                var end = scalars.index(after: index)
                while end < scalars.endIndex {
                    if isLetter(scalars[end]) { end = scalars.index(after: end); continue }
                    let next = scalars.index(after: end)
                    guard "'’-".unicodeScalars.contains(scalars[end]), next < scalars.endIndex, isLetter(scalars[next]) else { break }
                    end = next
                }
                words.append((text[index..<end], end < scalars.endIndex && scalars[end] == " "))
                index = end
            }
            return words
        }

        /// Whether a word is a capital then lower case: "Peg", not "PEG" or "peg".
        static func isTitleCase(_ word: Substring) -> Bool {
            var scalars = word.unicodeScalars.makeIterator()
            guard let first = scalars.next(), let second = scalars.next() else { return false }
            return first.properties.isUppercase && second.properties.isLowercase
        }

        static func withoutPossessive(_ word: Substring) -> Substring {
            word.hasSuffix("'s") || word.hasSuffix("’s") ? word.dropLast(2) : word
        }
    }

    /// Words a name pattern takes with a name that are never one: cues, titles, dates, street and house words.
    static let neverSpread: Set<Substring> = notNames.union(titles).union(monthNames).union(numberWords).union(nameCues).union(ageWords)
        .union(streetTypes).union(everydayStreetTypes).union(houseWords).union(patronymics).union(nicknameLeads).union(["dob", "date", "birth", "born", "yo", "yrs", "yr"])
}
