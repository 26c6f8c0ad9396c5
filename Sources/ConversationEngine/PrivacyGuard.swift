import Foundation

/// Keeps identifying details out of what the bot stores, as people really type them: names in any
/// case (a known first name, English, Welsh, Manx or Polish, a Manx family name, a family name, one after
/// "called", "named" or a title and its initials, one with an age, one before "'s mum" or "'s school", one
/// after "his sister" or "her son", a Welsh "ap" name, a double name like "Kenzie-Leigh"), capitalised names
/// and initials found by what follows them ("Grace said", "JS (aged 7)", "Mason (7)", "River is 7 and",
/// "Faith (year 2)", "JS is not in school", "Lou and Bea are", "Bubba (the baby)") or comes before ("for K.",
/// "Ms Q", "Baby O'Connor-Smith", "Little Jay-Jay", "the child, Will,", "nan Betty", "mum's partner Dean", "Resident Bill Smith",
/// "mother: Catriona", "the son (Stuart)", "the adult, hereafter AB", "known as Nanny Peg", "Ms Ó Súilleabháin", "Bill the resident",
/// "Frank in room 4", "patient Ray", "Leon from 6B", "Zeb is going home" starting a sentence, "T. Williams", "O'Connor kids"),
/// a capitalised word beside a removed name ("Zofia [removed]"), a capitalised word in a name's place, an everyday word too
/// ("child is Autumn Brown", "sisters Rose and Holly", "Rose's case", "the case for Holly", "Will and Max were" at a
/// sentence's start, "Grace Evans", "worried about Faith,", "Mark has bruises", but not "April and May were", "May Day" or
/// "Will you"), a full name by its family name, listed or by its shape, whatever the first name ("Bethan Jones", "kofi mensah",
/// "Saoirse O'Brien", "Andrei Popescu", "the Nguyen children"), a family in the plural ("the Nowaks"), a capitalised pair after a word that introduces a person ("worried
/// about Heledd Gwyn", "re: Nanw Tegid"), a professional's name and collar number after their title, the title kept ("PC [removed]
/// and Sgt [removed]", "Nurse [removed]"), first names that are everyday words in
/// any case only with such a cue ("summer told", "hope is 4 and", "may's mum", "grace and summer are
/// twins"), dates of birth (in figures, in
/// words, or a month and year after "born" or "DOB", "'19" too, "the 3rd of the 4th 2015", a day and month after "dob is"), NHS, National
/// Insurance, UPN, hospital, case and police numbers, a room's or bed's ("room [removed]": a ward's stays) and a record system's ("PNC ID 19/123456A", "Mosaic ID
/// 1234567", "LCS 998877": the system's name stays) and any "<word> number <figures>", phone numbers, postcodes (whole,
/// with the address before them, or part after "postcode"), a care home's or supported living's name and a hospital's with a ward,
/// bed or room by its number ("Oakwood care home", "Ballamona Hospital ward 3"), street addresses with or without a number
/// (English, Welsh and Manx, with the town after a numbered one), house names ("Rose Cottage", "Bryn Awel",
/// "Pant-y-Celyn", "Y Bwthyn", "The Willows" after "at", "5 The Maltings, Ludlow"), the rest of the clause after "lives at" or "address" ("lives at Seaview"), and
/// email addresses. A name found by a sure cue goes wherever else it is typed ("Ms. J. Okafor ... the
/// okafors").
///
/// Names are open-ended, so most are found by cues rather than lists. A role or agency where a name
/// could stand ("Mum said", "School said", "CSC said", "CFD says", "MARS said", "Compass said", "Legal said",
/// "Matron said", "the Named Doctor", "Children and Families Division") is never one, nor is a word after
/// "the" ("the Chair said"); a capitalised word with no cue ("Grace period", "Douglas", "Port Erin"), a
/// list of towns only ("Ludlow and Paignton are"), a town outside an address ("moved from Ludlow", but
/// "Douglas said" is read as a person), an everyday word with no cue ("the summer holidays", "may be", "hope so"), two capitals with no cue ("SH cutting"), a road
/// with no name ("by the main road") and a lower-case name in neither `firstNames` nor `everydayNames`
/// with no cue are kept, as telling them from ordinary words would cost the reader more. An age stays
/// when the name before it goes ("[removed] (15)", "[removed] aged 7").
enum PrivacyGuard {
    struct Result: Equatable {
        var text: String
        var removed: Bool

        /// The text as the classifier reads it: each removed part an ellipsis, which it reads as no word. The word
        /// "removed" read as one (children "removed" from home) made an address alone sound like risk today
        /// (review, 2026-11-30), and the quote asked about was mostly "[removed]".
        /// A removed detail's label goes with it: "postcode …, phone …, email …" and "bed …, cubicle …" made the learnt
        /// opinion ask about risk today, as the words are left with nothing to say (a chat review, round 11, 2026-11-30).
        /// A birth's date removed is read as today (`bornRemoval`).
        var reading: String {
            guard removed else { return text }
            let born = PrivacyGuard.bornRemoval.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$1today")
            let labelled = PrivacyGuard.labelledRemoval.stringByReplacingMatches(
                in: born, range: NSRange(born.startIndex..., in: born), withTemplate: "…")
            return labelled.replacingOccurrences(of: PrivacyGuard.placeholder, with: "…")
        }
    }

    static let placeholder = "[removed]"

    /// A label and the detail removed after it, read as one removed part.
    static let labelledRemoval = try! NSRegularExpression(pattern: #"(?i)\b(?:post\s?code|phone|tel|telephone|mobile|mob|e-?mail|nhs(?:\s+(?:no|number))?|dob|d\.o\.b\.?|date\s+of\s+birth|(?:side\s+)?room|rm|bed|bay|cubicle|cell|case\s+(?:no|number|ref)|ref(?:erence)?)\s*(?:no\.?|number)?\s*[:.#]?\s*\[removed\]"#)

    static func redact(_ text: String) -> Result {
        var output = text
        let cues = Cues(text)
        // Most answers give no pattern what it needs: nothing to run, and nothing to look through.
        guard cues.mayMatch else { return Result(text: text, removed: false) }
        var names = Names()
        // Whether a part has been removed, for the patterns that look beside one. Asking the text (`contains`) took
        // 1.25 us each time, more than a quarter of guarding a description that needs no removal (4.5 us).
        var removedSome = cues.bracket
        for pattern in patterns where cues.allow(pattern.needs) {
            if case .removal = pattern.needs, !removedSome { continue }
            let whole = NSRange(output.startIndex..., in: output)
            let found = pattern.expression.matches(in: output, range: whole)
            if found.isEmpty { continue }
            if pattern.finds == .name { names.note(found, in: output, keepingFirstGroup: pattern.template.hasPrefix("$1")) }
            output = pattern.replacing(found, in: output)
            removedSome = true
        }
        output = names.removingOthers(from: output)
        return Result(text: output, removed: output != text)
    }

    /// What a pattern removes: a name by a sure cue (a title, a known first name, "called", "his sister"), which is then
    /// removed wherever else it stands ("Ms. J. Okafor ... the okafors"); a word taken for a name by a weaker cue ("Customer
    /// says", "Autistic 16yo"), which is not, as it may be an ordinary word there; or another detail (a number, an address).
    enum Finds {
        case name, likelyName, detail
    }

    /// What a pattern cannot match without, read from the bytes in one pass: most answers have no
    /// digit and none of the words a pattern needs, so the regular expressions are mostly not run.
    /// Text beyond ASCII runs them all.
    struct Cues {
        var all = true
        var digit = true
        var at = true
        /// Whether the text has a "[", so may have "[removed]" in it already (text beyond ASCII is not read, so may too).
        var bracket = true
        var groups: Groups = []

        init(_ text: String) {
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return }
            (all, digit, at, bracket) = (false, false, false, false)
            var word: [UInt8] = []
            var capitals = true
            var titleCase = false
            var (lowerCase, upperCase) = (0, 0)
            for byte in text.utf8 {
                let lower = byte | 0x20
                if lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") {
                    if word.isEmpty { titleCase = lower != byte } else if word.count == 1 { titleCase = titleCase && lower == byte }
                    word.append(lower)
                    capitals = capitals && lower != byte
                    if lower == byte { lowerCase += 1 } else { upperCase += 1 }
                    continue
                }
                let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                digit = digit || isDigit
                at = at || byte == UInt8(ascii: "@")
                bracket = bracket || byte == UInt8(ascii: "[")
                if byte == UInt8(ascii: ",") { groups.insert(.comma) }
                if byte == UInt8(ascii: "(") { groups.insert(.parenthesis) }
                if byte == UInt8(ascii: ":") { groups.insert(.colon) }
                // One or two letters then a figure may start a postcode ("SY8", "CF14").
                if isDigit, word.count == 1 || word.count == 2 { groups.insert(.outwardCode) }
                heard(&word, capitals: capitals, titleCase: titleCase)
                // Two words are read together only with nothing but a space between them.
                if byte != UInt8(ascii: " ") { broken(by: byte, isDigit: isDigit) }
                capitals = true
            }
            heard(&word, capitals: capitals, titleCase: titleCase)
            if digit { groups.insert(.figure) }
            // In text typed in capitals ("NO RISK TO HIM") a word in capitals is a word.
            if wordInCapitals, lowerCase > 2 * upperCase { groups.insert(.wordAsInitials) }
        }

        /// A two-letter word typed in capitals was read (`Groups.wordAsInitials`).
        var wordInCapitals = false
        /// What the word just read was, for the cues that are two words together: an everyday-word name written as a name
        /// ("Grace") or a word a name may follow to end a clause ("about").
        var before = Before.other

        enum Before { case other, everydayName, nameLead }

        /// The words just read, for the cues that are words in order: a professional's title ("PC"), a word that introduces a
        /// person ("about") and a capitalised word after it ("about Bethan").
        var sequence = Sequence.none

        enum Sequence { case none, title, lead, leadCapital }

        /// Whether the word just read was "the", with only spaces since: "the Nowaks".
        var afterThe = false

        /// Notes the groups of a word just read, and empties it for the next. A word of one to three
        /// capitals that is not a known abbreviation ("JS", "K", "A" of "A.B.") may be someone's initials;
        /// a word starting "balla" may be a Manx place.
        mutating func heard(_ word: inout [UInt8], capitals: Bool, titleCase: Bool) {
            guard !word.isEmpty else { return }
            var found = PrivacyGuard.groups[String(decoding: word, as: UTF8.self)] ?? []
            // A first name and an "s" with no apostrophe is its possessive: "Jaydens mum" (a chat review, round 18, 2026-12-01).
            if found.isEmpty, word.count > 3, word.last == UInt8(ascii: "s"),
               PrivacyGuard.groups[String(decoding: word.dropLast(), as: UTF8.self)]?.contains(.firstName) == true {
                found = .firstName
            }
            groups.formUnion(found.subtracting(.wordAsInitials))
            heardTogether(found, titleCase: titleCase)
            heardInOrder(found, word: word, titleCase: titleCase)
            // An "O" may start one, its apostrophe ending the word read ("the O'Briens").
            if afterThe, titleCase, word.count >= 4 && word.last == UInt8(ascii: "s") || word == [UInt8(ascii: "o")] { groups.insert(.theCapitalPlural) }
            afterThe = word == PrivacyGuard.the
            if capitals, found.contains(.wordAsInitials) { wordInCapitals = true }
            if capitals, word.count <= 3, !found.contains(.abbreviation) { groups.insert(.initial) }
            if word.count > 5, word.starts(with: PrivacyGuard.balla) { groups.insert(.streetFirst) }
            word.removeAll(keepingCapacity: true)
        }

        /// Notes the cues of an everyday-word name written as one and the word before or after it: "Grace Evans", "about Faith",
        /// "Mark has" (a chat review, round 15). A word may only be both a name and a lead ("for" is neither's name).
        private mutating func heardTogether(_ found: Groups, titleCase: Bool) {
            let name = titleCase && found.contains(.everydayName)
            switch before {
            case .everydayName:
                if titleCase { groups.insert(.everydayNamePair) }
                if found.contains(.subjectVerb) { groups.insert(.everydayNameSubject) }
                if found.contains(.personVerb) { groups.insert(.everydayNameVerb) }
            case .nameLead:
                if name { groups.insert(.everydayNameAfterLead) }
            case .other:
                break
            }
            before = name ? .everydayName : found.contains(.nameLead) ? .nameLead : .other
        }

        /// Notes the cues of a family name, listed ("Jones"; an everyday word only capitalised, "Brown") or by its shape ("Popescu",
        /// "O'Brien"), and of words in order: a professional's title before a capitalised word, a family name or a number ("PC Smith",
        /// "sgt brown", "PC 1234"), and a capitalised pair after a word that introduces a person ("about Bethan Jones"). A chat review,
        /// round 16.
        private mutating func heardInOrder(_ found: Groups, word: [UInt8], titleCase: Bool) {
            if found.contains(.familyName) ? titleCase || !found.contains(.everydayFamilyName) : PrivacyGuard.hasFamilyNameShape(word, titleCase: titleCase) {
                groups.insert(.familyNameCue)
            }
            switch sequence {
            case .title where titleCase || found.contains(.familyName): groups.insert(.titledProfessional)
            case .leadCapital where titleCase: groups.insert(.leadCapitalPair)
            default: break
            }
            // A title's name may start with a particle ("PC de la Cruz").
            if sequence == .title, found.contains(.particle) { return }
            sequence = found.contains(.professionalTitle) ? .title : found.contains(.personLead) ? .lead
                : sequence == .lead && titleCase ? .leadCapital : .none
        }

        /// Ends the words read together at a byte that is not a space: but a title's number goes with it ("PC 1234", "PC1234"), and a
        /// title may have its full stop ("Sgt. Brown") and a word that introduces a person its colon ("re: Bethan Jones").
        private mutating func broken(by byte: UInt8, isDigit: Bool) {
            before = .other
            afterThe = false
            if isDigit, sequence == .title { groups.insert(.titledProfessional) }
            let kept = (byte == UInt8(ascii: ".") && sequence == .title) || (byte == UInt8(ascii: ":") && sequence == .lead)
            if !kept { sequence = .none }
        }

        /// Whether any pattern could match: every pattern needs a digit, an @ or some word.
        var mayMatch: Bool { all || digit || at || !groups.isEmpty }

        func allow(_ needs: Needs) -> Bool {
            if all { return true }
            switch needs {
            case .digit: return digit
            case .at: return at
            case .removal: return true
            case .words(let needed): return groups.isSuperset(of: needed)
            }
        }
    }

    /// What a pattern cannot match without: a digit, an @, a word of each of some groups, or a part
    /// already removed (a second name joined to a first by "and").
    enum Needs {
        case digit, at, removal
        case words(Groups)
    }

    /// The groups of words a pattern can need, one bit each.
    struct Groups: OptionSet {
        let rawValue: UInt64
        static let firstName = Groups(rawValue: 1), nameCue = Groups(rawValue: 2), title = Groups(rawValue: 4), age = Groups(rawValue: 8)
        static let family = Groups(rawValue: 16), street = Groups(rawValue: 32), everydayStreet = Groups(rawValue: 64), addressCue = Groups(rawValue: 128)
        static let initialCue = Groups(rawValue: 256), streetFirst = Groups(rawValue: 512), month = Groups(rawValue: 1024), house = Groups(rawValue: 2048)
        static let speech = Groups(rawValue: 4096), kin = Groups(rawValue: 8192), possessive = Groups(rawValue: 16384)
        static let patronymic = Groups(rawValue: 32768), initial = Groups(rawValue: 65536), abbreviation = Groups(rawValue: 131072)
        static let everydayName = Groups(rawValue: 262144), houseName = Groups(rawValue: 524288)
        static let relation = Groups(rawValue: 1 << 20), owner = Groups(rawValue: 1 << 21), person = Groups(rawValue: 1 << 22), comma = Groups(rawValue: 1 << 23)
        static let siblings = Groups(rawValue: 1 << 24), pluralVerb = Groups(rawValue: 1 << 25), nameEnding = Groups(rawValue: 1 << 26)
        static let addressLead = Groups(rawValue: 1 << 27), welshArticle = Groups(rawValue: 1 << 28), surname = Groups(rawValue: 1 << 29)
        static let numberLabel = Groups(rawValue: 1 << 30), figure = Groups(rawValue: 1 << 31), birth = Groups(rawValue: 1 << 32)
        static let member = Groups(rawValue: 1 << 33), parenthesis = Groups(rawValue: 1 << 34), outwardCode = Groups(rawValue: 1 << 35)
        /// A family word a name may follow with no "his" or "her" ("nan Betty"): its own group, as sharing `relation` woke
        /// that pattern for every "child" (a third of a description's guarding on the bench's, 2026-11-30).
        static let kinTitle = Groups(rawValue: 1 << 36)
        /// A role a service writes before a name ("Resident Bill Smith"), anyone a label can name ("mother: Catriona", "the son
        /// (Stuart)"), a colon, and a room or bed ("room 7"): review, round 10. A ward too, for the hospital named with one ("Ballamona
        /// Hospital ward 3": a chat review, round 22, F5).
        static let client = Groups(rawValue: 1 << 37), label = Groups(rawValue: 1 << 38), colon = Groups(rawValue: 1 << 39), room = Groups(rawValue: 1 << 40)
        /// A two-letter word typed in capitals ("AS", "ME") in text mostly in lower case, and the word "initials": a chat review, round 12.
        static let wordAsInitials = Groups(rawValue: 1 << 41), initialsWord = Groups(rawValue: 1 << 42)
        /// "is" or "are" after who someone is ("child is Autumn Brown"), what a child's case is ("Rose's case", "the case for
        /// Holly") and "for": a chat review, round 14.
        static let copula = Groups(rawValue: 1 << 43), caseWord = Groups(rawValue: 1 << 44), forWord = Groups(rawValue: 1 << 45)
        /// An everyday-word name written as one and the word after it written so too ("Grace Evans"), after "about", "assess", "on" or
        /// "for" ("about Faith"), or before "has", "is" or "was" ("Mark has"), a harm word, and the words those cues are read from:
        /// a chat review, round 15.
        static let everydayNamePair = Groups(rawValue: 1 << 46), everydayNameAfterLead = Groups(rawValue: 1 << 47)
        static let everydayNameSubject = Groups(rawValue: 1 << 48), harm = Groups(rawValue: 1 << 49)
        static let nameLead = Groups(rawValue: 1 << 50), subjectVerb = Groups(rawValue: 1 << 51)
        /// A professional's title and one before a name or a number ("PC Smith", "PC 1234"); a family name, one that is an everyday
        /// word too, and either where it may be one ("Jones", "Brown" capitalised, "Popescu" by its shape); a word that introduces a
        /// person and a capitalised pair after one ("about Bethan Jones"): a chat review, round 16.
        static let professionalTitle = Groups(rawValue: 1 << 52), titledProfessional = Groups(rawValue: 1 << 53)
        static let familyName = Groups(rawValue: 1 << 54), everydayFamilyName = Groups(rawValue: 1 << 55), familyNameCue = Groups(rawValue: 1 << 56)
        static let personLead = Groups(rawValue: 1 << 57), leadCapitalPair = Groups(rawValue: 1 << 58), particle = Groups(rawValue: 1 << 59)
        /// Who a name may follow between commas ("a coach, Will, who"), what a person does and an everyday-word name before it ("Rocky
        /// hit"): a chat review, round 17.
        static let appositionLead = Groups(rawValue: 1 << 60), personVerb = Groups(rawValue: 1 << 61), everydayNameVerb = Groups(rawValue: 1 << 62)
        /// "the" before a capitalised word ending in "s", which may be a family in the plural ("the Nowaks"): a chat review, round
        /// 22, F5.
        static let theCapitalPlural = Groups(rawValue: 1 << 63)
    }

    /// Each word a pattern can need, and its groups.
    static let groups: [String: Groups] = {
        var groups: [String: Groups] = [:]
        for (words, group) in [(firstNames, Groups.firstName), (nameCues, .nameCue), (titles, .title), (ageWords, .age), (familyWords, .family),
                               (streetTypes, .street), (everydayStreetTypes, .everydayStreet), (addressCues, .addressCue),
                               (initialCues, .initialCue), (welshStreetTypes, .streetFirst), (manxStreetTypes, .streetFirst), (monthNames, .month),
                               (houseWords, .house), (speechWords, .speech), (kinWords, .kin), (["s"], .possessive), (patronymics, .patronymic),
                               (abbreviations, .abbreviation), (everydayNames, .everydayName), (houseNames, .houseName),
                               (relationWords, .relation), (ownerWords, .owner), (personWords, .person), (siblingWords, .siblings),
                               (pluralVerbs, .pluralVerb), (nameEndings, .nameEnding), (addressLeads, .addressLead), (welshArticles, .welshArticle),
                               (manxSurnames, .surname), (["no", "number", "num"], .numberLabel), (agencies, .abbreviation),
                               (recordSystems, .abbreviation), (kinTitles, .kinTitle), (birthWords, .birth), (relationWords.union(personWords), .member),
                               (clientWords, .client), (labelWords, .label), (roomWords.union(["ward", "wards"]), .room), (wordsAsInitials, .wordAsInitials),
                               (initialsWords, .initialsWord), (["is", "are"], .copula), (caseWords, .caseWord), (["for"], .forWord),
                               (harmWords, .harm), (nameLeads, .nameLead), (["has", "had", "is", "was", "isn", "wasn", "hasn", "hadn", "isnt", "wasnt", "hasnt", "hadnt"], .subjectVerb),
                               (professionalTitles, .professionalTitle), (familyNames, .familyName), (everydayFamilyNames, .everydayFamilyName),
                               (personLeads, .personLead), (particles, .particle), (appositionLeads, .appositionLead), (personVerbs, .personVerb)] {
            for word in words { groups[String(word), default: []].insert(group) }
        }
        return groups
    }()

    static let balla = Array("balla".utf8)
    static let the = Array("the".utf8)

    struct Pattern {
        var finds: Finds
        var needs: Needs
        var expression: NSRegularExpression
        var template: String

        /// The text with each match replaced by the template: what `stringByReplacingMatches` gives, from the matches
        /// already found, rather than finding them again.
        func replacing(_ matches: [NSTextCheckingResult], in text: String) -> String {
            var result = ""
            var done = text.startIndex
            for match in matches {
                guard let range = Range(match.range, in: text) else { continue }
                result += text[done..<range.lowerBound]
                result += expression.replacementString(for: match, in: text, offset: 0, template: template)
                done = range.upperBound
            }
            return result + text[done...]
        }
    }
}
