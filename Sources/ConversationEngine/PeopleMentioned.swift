import EscalationRules

/// Whom a practitioner's words speak of, as far as their words say: a child, an adult, or both.
///
/// The question asked again about risk names the person it asks about. Where the words that raised it may be about
/// someone other than the subject chosen ("her 4 year old was found alone" in an adult's case), naming the subject asks
/// about the wrong person, and two honest "no"s let a child at risk today pass as routine (a chat review, round 17,
/// 2026-12-01): the question is then about anyone. So it is where they speak of a sibling, a spouse or partner, or anyone
/// else in the subject's life, of either age: "his baby sister has bruises" in a child's case and "his wife ... he hit her"
/// in an adult's were asked about "the child" and "the adult", and an honest "no" ended on a routine route (a chat review,
/// round 18, 2026-12-01).
struct PeopleMentioned: Equatable {
    var child = false
    var adult = false
    /// Someone who is not the subject, whatever their age: a sibling, a spouse or partner, "another child".
    var other = false

    init(in text: String) {
        let words = Answers.words(text)
        for (index, word) in words.enumerated() {
            if Self.otherWords.contains(word) || (index > 0 && ["other", "another"].contains(words[index - 1]) && Self.isPerson(word)) {
                other = true
            }
            if let age = Self.age(at: index, in: words) {
                if age < 18 { child = true } else { adult = true }
            } else if Self.childWords.contains(word) {
                child = true
            } else if Self.adultWords.contains(word) {
                adult = true
            }
        }
    }

    /// Whether the words speak of a person of the other kind than `subject`: a child in an adult's case, or an adult in a
    /// child's.
    func includesOtherThan(_ subject: Subject) -> Bool { other || (subject == .child ? adult : child) }

    static func isPerson(_ word: String) -> Bool { childWords.contains(word) || adultWords.contains(word) || otherWords.contains(word) }

    /// An age written "4 year old", "4 yr old", "13yo" or "13yrs": the number, if the word at `index` is one.
    static func age(at index: Int, in words: [String]) -> Int? {
        let word = words[index]
        if let number = Int(word), index + 1 < words.count, ["year", "years", "yr", "yrs", "yo"].contains(words[index + 1]) { return number }
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, ["yo", "yr", "yrs", "yrold", "yearold"].contains(String(word.dropFirst(digits.count))) else { return nil }
        return Int(digits)
    }

    static let childWords: Set<String> = ["child", "children", "childs", "kid", "kids", "baby", "babies", "toddler", "infant", "newborn",
                                          "unborn", "son", "daughter", "sons", "daughters", "boy", "boys", "girl", "girls", "teen",
                                          "teens", "teenager", "teenagers", "pupil", "pupils", "youngster", "juvenile", "minor",
                                          "grandchild", "grandson", "granddaughter", "stepson", "stepdaughter", "sibling", "siblings"]
    static let adultWords: Set<String> = ["adult", "adults", "mum", "mom", "mother", "mums", "dad", "father", "dads", "parent", "parents",
                                          "stepdad", "stepmum", "stepfather", "stepmother", "nan", "nana", "gran", "granny", "grandma",
                                          "grandmother", "grandad", "grandfather", "man", "men", "woman", "women", "lady", "husband", "wife",
                                          "partner", "boyfriend", "girlfriend", "resident", "tenant", "elderly", "pensioner", "uncle",
                                          "aunt", "auntie"]
    /// Words for someone in the subject's life who is not the subject, of either age.
    static let otherWords: Set<String> = ["sister", "sisters", "brother", "brothers", "sibling", "siblings", "stepsister", "stepbrother",
                                          "twin", "wife", "husband", "spouse", "partner", "boyfriend", "girlfriend", "fiance", "fiancee",
                                          "cousin", "cousins", "nephew", "niece", "friend", "friends", "classmate", "neighbour", "neighbours",
                                          "flatmate", "housemate"]
}
