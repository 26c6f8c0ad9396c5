import EscalationRules

/// The readers behind the answers to questions with choices: what a short answer names, read the way people type it.
extension Conversation {
    /// A short answer that reads whole as a date: no description is so short and only a date.
    static func isDateAlone(_ text: String, today: Day) -> Bool {
        text.utf8.count <= 24 && DateAnswer.read(text, today: today) != .unreadable
    }

    /// A yes, a no or a number alone: what a practitioner types by habit after a list of questions.
    static func isBareAnswer(_ text: String) -> Bool {
        // A description is longer than any of these; reading its words again for them was a sixth of its turn.
        guard text.utf8.count <= 16 else { return false }
        // Numbers alone, "3 5" or "1, 4": the checklist's gaps typed one question late (a chat review, round 5).
        let numbersOnly = text.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            && text.utf8.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") }
        return numbersOnly || Answers.yesNo(text) != nil || Answers.number(text) != nil || ["ok", "okay", "done", "fine", "n a", "na"].contains(Answers.normalized(text))
    }

    /// An answer to the risk question that says neither which of the three it is: unsure, or "no immediate
    /// risk", which leaves open whether there is significant risk. An outside review (2026-11-30) found
    /// "no immediate risk" read as yes, for the word "immediate", and "not sure" met with "didn't catch that".
    enum RiskDoubt {
        /// "not sure", "no?", "probably not": told to answer yes if unsure.
        case unsure
        /// "no immediate risk", "not right now": asked whether there is significant risk.
        case notImmediate

        var prompt: String { self == .unsure ? Prompts.riskUnsure : Prompts.riskNotImmediate }
    }

    /// A no about the person asked of that names someone else at risk: "no, his wife is", "no but the baby is at risk". A
    /// yes to whether anyone is, read as a plain no, had ended on a routine route (a chat review, round 18, 2026-12-01). A
    /// no that says the other person is safe ("no, his wife is fine") stays a no.
    static func namesSomeoneElseAtRisk(_ text: String) -> Bool {
        guard let (answer, rest) = leadingAnswer(text), Answers.yesNo(answer) == false else { return false }
        let words = Answers.words(rest)
        guard words.contains(where: PeopleMentioned.isPerson) else { return false }
        let said = " \(words.joined(separator: " ")) "
        if notAtRisk.contains(where: said.contains) { return false }
        return ["is", "are", "too", "though"].contains(words.last ?? "") || atRisk.contains(where: said.contains)
    }

    static let atRisk = [" at risk ", " in danger ", " unsafe ", " not safe ", " being hurt ", " being harmed ", " is hurt ", " is injured "]
    static let notAtRisk = [" not at risk ", " isnt at risk ", " is not ", " are not ", " isnt ", " arent ", " no risk ", " safe now ",
                            " is safe ", " are safe ", " is fine ", " are fine ", " is ok ", " are ok ", " is okay ", " are okay ", " nobody ", " no one "]

    static func unclearRisk(_ text: String) -> RiskDoubt? {
        let words = " \(Answers.normalized(text)) "
        let has = { (phrases: [String]) in phrases.contains { words.utf8.contains($0.utf8) } }
        // A question mark is doubt too: "no?" is not a no.
        if text.utf8.contains(UInt8(ascii: "?")) || has([" not sure ", " unsure ", " dont know ", " do not know ", " don t know ", " no idea ",
                " no clue ", " dunno ", " idk ", " not known ", " unknown ", " maybe ", " possibly ", " not certain ", " cannot say ", " can not say ",
                " i think so ", " might be ", " could be ", " hard to say ", " unclear ",
                // Hedged either way is still unsure (a chat review, round 5): "probably not" is not a no.
                " not really sure ", " ca not say ", " ca not tell ", " hard to tell ", " probably ",
                " dont think so ", " don t think so ", " do not think so ", " not that i know ", " dk ", " prob ", " prob not ", " probs "]) {
            return .unsure
        }
        // "not right now" says what they are not, not what they are: most often a no (a chat review, round 8, found it
        // taken silently for significant risk, and the urgent route given for it).
        if has([" no immediate ", " not immediately ", " not in immediate ", " nothing immediate ", " not immediate ", " not right now ",
                " not now ", " not today "]), !has([" significant "]) {
            return .notImmediate
        }
        return nil
    }

    /// A time later today named in an answer to a question about risk, and whether the answer says the risk comes then.
    ///
    /// Harm later today is harm today, in the words the risk question is asked again in: "not right now but tonight yes",
    /// "not now but when she goes home at 3:15" and "no not now. later today yes" had been read back as "Not at immediate
    /// risk", and "no (she's in school till 3)" as a plain no (a chat review, round 19, S2, at 16:20 on a Friday). A time
    /// with a yes, or after "not now, but", says the risk comes then; a time with only a no is asked about. A time negated
    /// ("not tonight") is not one, nor one said to be safe.
    struct LaterToday: Equatable {
        /// The words that name the time, as read.
        var words: String
        /// A yes beside the time, or "not now, but", and nothing said to be safe.
        var affirmed: Bool
    }

    static func laterToday(_ text: String) -> LaterToday? {
        let words = Answers.words(text)
        guard let named = laterTodayWords(in: words) else { return nil }
        let said = " \(words.joined(separator: " ")) "
        let safe = saidSafe.contains(where: said.contains)
        // "not now but when she goes home" says the risk comes then; "no, but there's a meeting this afternoon" may not.
        let notNowBut = words.first == "not" && words.contains("but")
        let affirmed = !safe && (notNowBut || words.contains { ["yes", "yeah", "yep", "yea"].contains($0) })
        return LaterToday(words: named, affirmed: affirmed)
    }

    private static func laterTodayWords(in words: [String]) -> String? {
        for start in words.indices where start == 0 || !["not", "nor", "no"].contains(words[start - 1]) {
            if let phrase = laterTodayPhrases.first(where: { words[start...].starts(with: $0) }) { return phrase.joined(separator: " ") }
            // A clock time: "at 3", "till 3", "until 5".
            if clockWords.contains(words[start]), start + 1 < words.count, let hour = Int(words[start + 1]), (1...12).contains(hour) {
                return words[start...min(start + 2, words.count - 1)].prefix { $0 == words[start] || Int($0) != nil }.joined(separator: " ")
            }
        }
        return nil
    }

    static let laterTodayPhrases: [[String]] = [
        ["tonight"], ["later"], ["this", "evening"], ["this", "afternoon"], ["after", "school"], ["home", "time"], ["overnight"],
        ["goes", "home"], ["go", "home"], ["going", "home"], ["gets", "home"], ["get", "home"], ["gets", "back"], ["bedtime"],
    ]
    static let clockWords: Set<String> = ["at", "till", "til", "until", "by"]
    static let saidSafe = [" safe ", " fine ", " no risk ", " not at risk ", " is ok ", " are ok ", " is okay ", " are okay "]

    static func risk(_ text: String) -> Risk? {
        // "urgent", "999", "emergency" (a chat review, round 23, F4: "Sorry, I didn't catch that").
        if saysUrgent(text) { return .immediate }
        let answer = Answers.normalized(text)
        if let n = Answers.number(text) { return listedRisk(n) }
        let words = " \(answer) "
        if [" not significant ", " no risk ", " not at risk ", " none "].contains(where: { words.utf8.contains($0.utf8) }) { return Risk.none }
        // "sig" and "signif" are how practitioners shorten it ("no but sig risk"; a chat review, round 22, F2).
        if [" significant ", " sig ", " signif ", " signficant ", " significent "].contains(where: { words.utf8.contains($0.utf8) }) { return .significant }
        if noButAtRisk(words) { return .significant }
        if [" immediate ", " right now ", " in danger "].contains(where: { words.utf8.contains($0.utf8) }) { return .immediate }
        return nil
    }

    /// A no to immediate risk that names a risk all the same: "no but at risk", "no but high risk", "not now but risk of harm".
    /// It answers the first question's second choice, significant risk but not immediate; it had been kept as no risk, with the
    /// policy's steps for significant risk left out (a chat review, round 22, F2). Never a yes lowered: only after a no.
    static func noButAtRisk(_ words: String) -> Bool {
        // `words` are normalised, so "no, at risk" has lost its comma: only "but" or "though" sets the risk apart from the no.
        guard [" no ", " nope ", " nah ", " not immediate", " not now ", " not right now ", " not today "].contains(where: { words.hasPrefix($0) }),
              words.utf8.contains(" but ".utf8) || words.utf8.contains(" though ".utf8) else { return false }
        return words.utf8.contains(" risk ".utf8) || words.utf8.contains(" harm ".utf8)
    }

    /// A no with "but" or "though" and words in which no sign of risk is heard: "no, but it's serious", "no but worried". Words
    /// with a sign ("no but she is left alone tonight") are asked about in their own words instead.
    static func noButUnsaid(_ text: String) -> Bool {
        let words = " \(Answers.normalized(text)) "
        guard let no = Answers.noWords.first(where: { words.hasPrefix(" \($0) ") }) else { return false }
        let rest = words.dropFirst(no.count + 1)
        guard rest.hasPrefix(" but ") || rest.hasPrefix(" though ") else { return false }
        return RiskReader.standard.read(String(rest)).signs.isEmpty
    }

    /// The first question's list: 1 immediate risk, 2 significant risk but not immediate, 3 none.
    static func listedRisk(_ number: Int) -> Risk? { [1: Risk.immediate, 2: .significant, 3: Risk.none][number] }

    /// A no first, then "significant" said of something, not risk or harm: "no, significant policy issues", "nope but
    /// significant delays".
    static func noWithSignificantElsewhere(_ text: String) -> Bool {
        let words = Answers.words(text)
        guard let first = words.first, ["no", "nope", "nah", "none"].contains(first),
              let at = words.firstIndex(of: "significant") else { return false }
        // "no but significant" answers the question in its own terms: significant risk.
        guard let next = words[(at + 1)...].first, !["though", "tho", "yes"].contains(next) else { return false }
        return !words.contains("risk") && !words.contains("harm")
    }

    static func specialCase(_ text: String) -> SpecialCase.Kind? {
        let answer = Answers.normalized(text)
        return SpecialCase.Kind.allCases.first { $0.key == answer } ?? specialCaseKinds.best(text)
    }

    static func subject(_ text: String) -> Subject? {
        if let n = Answers.number(text) { return n == 1 ? .child : n == 2 ? .adult : nil }
        return subjects.best(text) ?? subjectByAge(text)
    }

    /// A person's age alone, "17yo", "a 17 year old", "aged 17": under 18 is a child (a chat review, round 19, 2026-12-02:
    /// each was not understood). Said back, as a reading of words, since an age at the line is easily mistyped.
    static func subjectByAge(_ text: String) -> Subject? {
        let words = Answers.words(text)
        guard words.count <= 5 else { return nil }
        var ages: [Int] = []
        for (index, word) in words.enumerated() {
            for suffix in ["yo", "yrs", "yr", "y"] where word.hasSuffix(suffix) {
                if let age = Int(word.dropLast(suffix.count)) { ages.append(age) }
            }
            guard let age = Int(word) else { continue }
            let after = words.dropFirst(index + 1).prefix(2).joined(separator: " ")
            let before = index > 0 ? words[index - 1] : ""
            if ["year old", "years old", "yr old", "yrs old", "yo"].contains(where: after.hasPrefix) || ["aged", "age"].contains(before) { ages.append(age) }
        }
        guard ages.count == 1, let age = ages.first, (0...120).contains(age) else { return nil }
        return age < 18 ? .child : .adult
    }

    /// The practitioner's own designated safeguarding lead, named as the one they disagree with: their own agency, but
    /// as their manager or as its practice only they can say, and "your agency's safeguarding lead" is where either route
    /// sends them. Asked, not guessed (a chat review, round 19: "my DSL" was not understood).
    static func namesOwnSafeguardingLead(_ text: String) -> Bool {
        let words = " \(Answers.normalized(text)) "
        return [" my dsl ", " our dsl ", " my safeguarding lead ", " our safeguarding lead ", " my designated safeguarding lead ",
                " our designated safeguarding lead ", " my named nurse ", " our named nurse "].contains(where: words.contains)
    }

    /// A manager named with nothing to say whose: "manager", "the team manager", "senior manager".
    static func managerNotPlaced(_ text: String) -> Bool {
        let words = Answers.words(text)
        guard words.count <= 4, words.contains(where: { $0 == "manager" || $0 == "managers" }) else { return false }
        return words.allSatisfy { ["manager", "managers", "the", "a", "team", "senior", "service"].contains($0) }
    }

    /// "both", "either", or a child and an adult named together ("a mum and her baby" when no one word chooses).
    static func namesBoth(_ text: String) -> Bool {
        let words = Answers.words(text)
        if words.contains("both") || words.contains("either") { return true }
        let people = PeopleMentioned(in: text)
        return people.child && people.adult && subject(text) == nil
    }

    static func counterpart(_ text: String) -> Counterpart? {
        if let n = Answers.number(text) { return Counterpart.allCases.numbered(n) }
        // "my manager won't let me make a referral to CSC": the agency is who the referral was for; the disagreement is with the
        // manager (a chat review, round 19).
        let typed = text.straightApostrophes
        // The answers to the question whose manager it is (`managerNotPlaced`), and a manager said to be theirs.
        let answer = Answers.words(text)
        if answer.count <= 4, answer.contains(where: { ["their", "theirs"].contains($0) }),
           answer.allSatisfy({ ["their", "theirs", "manager", "managers", "the", "other", "agency", "agencys", "s", "one"].contains($0) }) { return .otherAgency }
        if ["mine", "my own", "my own one", "mine own"].contains(Answers.normalized(text)) { return .ownManager }
        if ownManagerSays.contains(where: { $0.firstMatch(in: typed) != nil }) { return .ownManager }
        if let best = counterparts.best(text) { return best }
        // A manager and an agency both named ("CSC team manager says no further action", "my manager and I both think CSC
        // are wrong"): the disagreement is with the agency, unless it is said to be with one's own manager.
        let words = " \(Answers.normalized(text)) "
        guard words.contains(" manager ") || words.contains(" supervisor ") else { return nil }
        if [" with my manager ", " with my line manager ", " with my supervisor ", " with my boss "].contains(where: words.contains) { return .ownManager }
        return agencyWords.contains { words.contains(" \($0) ") } ? .otherAgency : nil
    }

    /// Other agencies as practitioners name them: names of the first choice, and what makes a manager named beside one theirs.
    static let agencyWords = ["another agency", "other agency", "social care", "social worker", "police", "health", "school", "csc", "mash",
                              "asc", "cfd", "camhs", "gp", "hospital", "lado", "housing", "probation", "nursery", "college",
                              // As practitioners also name them (a chat review, round 16, 2026-12-01: "children's services" and
                              // "the paediatrician" were not understood).
                              "childrens services", "children s services", "children services", "social services", "paediatrician",
                              "paediatrics", "paeds", "head teacher", "headteacher", "health visitor", "midwife", "doctor",
                              "ambulance", "cafcass", "yot", "youth offending", "early help", "front door", "edt", "emergency duty team",
                              "strategy meeting", "strategy discussion", "strat",
                              // Round 19: "the IRO" was not understood.
                              "iro", "independent reviewing officer"]

    /// The last stage tried: its number in the list, words for none or all, or a stage's title. A stage named by the number in
    /// its own name ("step 1" is Pan-Cheshire's Step 1, whatever its place in the list) is read before, by `triedAnswer`.
    func tried(_ text: String, stages: [Stage], policyID: String?) -> Int? {
        if let n = Answers.number(text) ?? Self.triedNumber(text) { return (0...stages.count).contains(n) ? n : nil }
        switch Answers.normalized(text) {
        case "none", "none yet", "no", "nothing", "not yet", "no stages", "zero",
             // As practitioners also say it (a chat review, round 18, 2026-12-01: "nothing yet" was not understood).
             "nothing yet", "nothing so far", "none so far", "nothing tried", "none tried", "not tried any", "not tried any yet",
             "havent tried any", "haven t tried any", "have not tried any", "no stages yet", "not started", "not started yet", "none of them",
             "no stage", "no stage yet": return 0
        case "all", "all of them", "every stage", "all stages": return stages.count
        default: break
        }
        return policyID.flatMap { choices.stages[$0] }?.best(text)
    }

    /// The answer to "Which stages have you already tried?": a stage read from a number with words after it, or from a number
    /// that is not the stage's own, is said back; a date typed a line early is refused (a chat review, round 17, 2026-12-01:
    /// "3 days ago" was read silently as Stage 3, and Pan-Cheshire's "2" as Step 1).
    func triedAnswer(_ text: String, in session: Session, policy: Policy?) -> Answer {
        let count = policy?.stages.count ?? 0
        // A stage named with its number ("stage two") is read first: it is never a date, nor a number with words around it.
        let named = stageNamed(text, policyID: session.policyID)
        if named == nil, Answers.number(text) == nil, Self.readsAsTime(text, today: session.started.day) {
            return .rejected(Prompts.triedNotADate(count))
        }
        // "-1" had been read as 1, and the practitioner sent to the second stage unasked (a chat review, round 24, F8).
        let negative = text.drop(while: \.isWhitespace).first.map { "-\u{2013}\u{2212}".contains($0) } == true && text.contains(where: \.isNumber)
        guard !negative, let tried = named ?? tried(text, stages: policy?.stages ?? [], policyID: session.policyID) else {
            return .rejected(Prompts.number(upTo: count, from: 0))
        }
        var next = session
        next.intake.tried = tried
        guard tried > 0, let policy, let stage = policy.stage(at: tried) else { return .accepted(next, []) }
        if let typed = Answers.number(text), let clash = stageNamed(number: typed, otherThan: tried, policyID: policy.id) {
            return .accepted(next, [Reply(Prompts.triedByListNumber(typed, stage.title, meant: clash))])
        }
        let numberWithWords = named == nil && Answers.number(text) == nil && Self.triedNumber(text) != nil && !Self.onlyStageNumbers(text)
        // "all of them" is said back as the stage it reaches, as any stage read from words is (round 24, F8).
        let allWords = tried == count && Answers.number(text) == nil && named == nil && Self.triedNumber(text) == nil
        return .accepted(next, numberWithWords || allWords || Self.namesSeveralStages(text) ? [Reply(Prompts.triedTaken(stage.title))] : [])
    }

    /// A time or a date, not a stage: "3 days ago", "2 weeks ago", "2 wks", "yesterday".
    static func readsAsTime(_ text: String, today: Day) -> Bool {
        if DateAnswer.read(text, today: today) != .unreadable { return true }
        let words = Answers.words(text)
        return words.count > 1 && words.dropFirst().contains { timeWords.contains(String($0)) }
    }

    static let timeWords: Set<String> = ["day", "days", "week", "weeks", "wk", "wks", "month", "months", "mth", "mths", "year", "years",
                                         "yr", "yrs", "hour", "hours", "hr", "hrs", "ago", "yesterday", "today", "fortnight"]

    /// Numbers and joining words alone ("up to 2", "1 and 2"): stages, with nothing else said.
    static func onlyStageNumbers(_ text: String) -> Bool {
        Answers.words(text).allSatisfy { Int($0) != nil || DateAnswer.numberWords[String($0)] != nil || triedJoining.contains($0) }
    }

    /// A stage whose own name carries `number` ("Step 2"), at another place in the list than `position`: its name.
    func stageNamed(number: Int, otherThan position: Int, policyID: String) -> String? {
        guard let table = choices.stagesByNumber[policyID] else { return nil }
        return table.filter { key, at in at != position && key.hasSuffix(" \(number)") }.keys.sorted().first.flatMap { key in
            library.policy(policyID)?.stage(at: table[key]!)?.name
        }
    }

    /// The last stage tried as a number with words around it: "2, the managers could not agree", "2 (manager to manager)",
    /// "two", and the highest of "1 and 2" or "up to 2" (a chat review, round 16, 2026-12-01: each was refused).
    static func triedNumber(_ text: String) -> Int? {
        let words = Answers.words(text)
        let numbers = words.compactMap { Int($0) ?? DateAnswer.numberWords[String($0)] }
        if !numbers.isEmpty, onlyStageNumbers(text) {
            return numbers.max()
        }
        let lowered = text.lowercased()
        guard let end = lowered.firstIndex(where: { separators.contains($0) || $0 == "(" }), end > lowered.startIndex else { return nil }
        return Int(lowered[..<end]) ?? DateAnswer.numberWords[String(lowered[..<end])]
    }

    static let triedJoining: Set<String> = ["and", "up", "to", "both", "tried", "we", "i", "have", "only"]

    /// A stage by the number in its own name: "step 1", "stage three", "stage 2".
    func stageNamed(_ text: String, policyID: String?) -> Int? {
        // "stage1" and "step2" as "stage 1" and "step 2" (a chat review, round 18, 2026-12-01: not understood).
        let words = Answers.words(text).flatMap { word -> [String] in
            for name in ["stage", "step"] where word.hasPrefix(name) && word.count > name.count && Int(word.dropFirst(name.count)) != nil {
                return [name, String(word.dropFirst(name.count))]
            }
            return [String(word)]
        }
        guard let index = words.firstIndex(where: { Self.stageWords[$0] != nil }), let name = Self.stageWords[words[index]],
              let number = Self.stageNumbers(after: index, in: words).max() else { return nil }
        return policyID.flatMap { choices.stagesByNumber[$0]?["\(name) \(number)"] }
    }

    static let stageWords = ["stage": "stage", "stages": "stage", "step": "step", "steps": "step"]

    /// The numbers named after a stage word, through a list of them: "stage 1 and 2", "stage 1, stage 2", "stages 1 to 3", "stage
    /// 1 then 2". The last tried is the highest: the first alone had been taken, and a practitioner past Stage 2 was sent back to
    /// Stage 2 (a chat review, round 22, F6).
    static func stageNumbers(after index: Int, in words: [String]) -> [Int] {
        var numbers: [Int] = []
        for word in words[(index + 1)...] {
            if let number = Int(word) ?? DateAnswer.numberWords[word] { numbers.append(number); continue }
            guard stageWords[word] != nil || ["and", "then", "to", "also", "both", "plus", "n"].contains(word) else { break }
        }
        return numbers
    }

    /// Whether a stage answer named more than one stage number: what was taken from it is said back.
    static func namesSeveralStages(_ text: String) -> Bool {
        let words = Answers.words(text).map { String($0) }
        guard let index = words.firstIndex(where: { stageWords[$0] != nil }) else { return false }
        return stageNumbers(after: index, in: words).count > 1
    }

    static func setting(_ text: String) -> Setting? {
        if let n = Answers.number(text) { return Setting.allCases.numbered(n) }
        return settings.best(text)
    }

    func area(_ text: String, in policy: Policy) -> String? {
        if let n = Answers.number(text) { return policy.areas.numbered(n)?.id }
        return choices.areas[policy.id]?.best(text)
    }
}
