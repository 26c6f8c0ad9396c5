import Foundation
import EscalationRules

/// The patterns the guard runs, in order, and the pieces they are built from: names by their cues, dates of birth,
/// addresses and postcodes, identifying numbers. Each names what it finds and what it cannot match without.
extension PrivacyGuard {
    /// A word that could be a name: letters, an apostrophe or hyphen inside, and not one of `notNames`.
    private static let nameWord = #"(?!(?:\#(alternation(notNames)))\b)\p{L}[\p{L}'’-]*\p{L}"#
    /// A word after a first name or a title's name that may be more of it: not what the person did, which went with the name and
    /// left the record saying no one did anything ("Kerry slapped her" kept as "[removed] her", "Mrs Khan refuse to engage" as
    /// "[removed] to engage": a chat review, round 18, 2026-12-01). A word in lower case ending "ed" or "ing" is a verb unless it is
    /// a family name ("reed").
    /// Nor a sign of harm in lower case ("Jayden misper tonite", "Kai burns on arm"): removed as a surname, it took the risk
    /// with it, and nothing was asked (a chat review, round 22, F1). "Kai Burns" in capitals stays a name.
    private static let signAfterName = #"(?!(?-i:(?:\#(alternation(Set(RiskReader.signWords.words.map { Substring($0) }))))\b|(?:\#(alternation(Set(RiskReader.signWords.prefixes.map { Substring($0) }))))\p{Ll}*\b))"#
    private static let moreOfName = #"\#(signAfterName)(?!(?i:\#(alternation(verbsAfterName)))\b)(?!(?=(?-i:\p{Ll}+(?:ed|ing))\b)(?!(?i:\#(alternation(familyNames)))\b))\#(nameWord)"#
    /// The word after a title: any capitalised word, role words too ("Mrs Warden", "Mr Judge"), or a lower-case one
    /// that is not an ordinary word ("mrs quixote"; "the dr said" keeps "said").
    private static let titledName = #"(?:(?-i:\p{Lu})[\p{L}'’-]*\p{L}|\#(nameWord))"#
    /// A capitalised word that could be a name, in text read case-sensitively: "Grace", "O'Connor-Smith", "Siân".
    /// The capital is looked for before the long list of words that are not names, which is slow to read.
    private static let capitalWord = #"(?=\p{Lu})(?!(?i:\#(alternation(notNames)))\b)\p{Lu}[\p{L}'’-]*\p{L}"#
    /// A capitalised name, an everyday-word one too ("Will", "May"), where the words around it say it is a name:
    /// after "his sister", between commas after "the child".
    private static let capitalName = #"(?:(?=\p{Lu})(?i:\#(alternation(everydayNames)))\b|\#(capitalWord))"#
    /// A word written as a name, capital then lower case, whatever it is: "Nan", "Peg", "Súilleabháin". Only after a sure cue.
    private static let titleCaseWord = #"(?-i:\p{Lu}\p{Ll}(?:[\p{L}'’-]*\p{L})?)"#
    /// An abbreviation written as a name is one: "Peg" (not "PEG"), "Ed", "Di" (review, round 10).
    private static let titleCaseAbbreviation = #"(?=(?-i:\p{Lu}\p{Ll}))(?i:\#(alternation(abbreviations)))\b"#
    /// The particle a family name may start with, Irish, Scottish, Welsh and others: "Ó", "Ní", "Mac an", "O' ", "ap", "de la", "dos", "al".
    private static let particle = #"(?:O['’]\s*|(?:Ó|O|Ní|Ni|Nic|Mac|Mc|Mhic|Uí|Ui|Bean\s+Uí|ap|ab|ferch|verch|van|von|de|da|di|du|del|della|dos|das|le|la|al|el|bin|ibn)\s+(?:(?:an|a['’]|na|der|den|la|le)\s+)?)"#
    /// A room's or bed's number, "7", "22B", "B12", but not a time, a date or how long or far: "in a cell 9 hrs", "a bed 40 miles
    /// away", "room. 17:30" (the descriptions, round 10).
    private static let roomNumber = #"(?:\d{1,4}[a-z]?|[a-z]\d{1,3})\b(?![:./]\d)(?!\#(unitAfter))"#
    /// How long or far, or a time of day, after a number.
    private static let unitAfter = #"\s*(?:hrs?|hours?|mins?|minutes?|days?|weeks?|wks?|months?|years?|yrs?|miles?|metres?|meters?|yards?|km|ft|feet|times?|nights?|am|pm|o['’]?clock)\b"#
    /// A number in words, as a room's or bed's: "room three".
    private static let smallNumber = #"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"#
    /// A baby by its initial, or dotted initials, after a cue: "called baby k", "known as J.S.".
    private static let cuedInitials = #"(?:baby\s+[a-z]\b|(?-i:[A-Z]\.(?:\s?[A-Z]\.){1,2}))"#
    /// A single letter for a name after a cue, but not "a" or "i" in lower case ("known as a CIN case").
    private static let singleInitial = #"(?:(?-i:[A-Z])(?![\p{L}&'’])|(?![ai]\b)[a-z]\b)"#
    /// Initials in brackets after who they are: "the adult (AB)", "the child (C)", "(A.B.)"; not an abbreviation ("the child (CIN)").
    /// Two capitals at most, as three are more often a condition or an order ("pt (MND)", "dad (RSO)", "daughter (LPA)").
    private static let bracketInitials = #"(?-i:[A-Z]\.(?:\s?[A-Z]\.){0,2}|[A-Z](?![\p{L}\d&'’.])|(?!(?i:\#(alternation(notNames)))\b)[A-Z]{2}\b(?![&'’]))"#
    /// What a label says of someone, which is not their name: "mother: Deceased", "the son (Unborn)", "resident (Dementia's)".
    private static let labelValue = #"(?!(?i:\#(alternation(labelValues)))(?![\p{L}'’-])|\p{L}+['’]s\b)"#
    /// A nickname that starts with a family word or "big", which alone are not names: "Nanny Peg", "big dave", "Auntie Di".
    /// After "called" the second word is a capitalised one ("we called nan back" stays).
    private static func nickname(sure: Bool) -> String {
        let second = sure ? #"(?:\#(titleCaseWord)|\#(nameWord)|(?:\#(alternation(abbreviations)))\b)"# : titleCaseWord
        return #"(?:\#(alternation(nicknameLeads)))\s+\#(second)"#
    }
    /// The cues after which a name is sure, in any case, a role's word too ("known as Nan", "her name is Peg"), and what they
    /// take: a nickname, a capitalised word or a name, with up to two more. Review, round 10: "known as Nanny Peg" kept "Peg".
    private static let sureNameCue = #"(?:known\s+as|known\s+to\s+(?:us|them|staff|services|school|police)\s+as|also\s+called|(?:goes|went)\s+by(?:\s+the\s+name(?:\s+of)?)?|aka|a\.k\.a\.|nicknamed|nickname(?:\s+is|\s*:)|name\s+is|name['’]s|names\s+are|name\s*:)\s+["'‘“]?(?:\#(cuedInitials)|(?:\#(nickname(sure: true))|\#(titleCaseWord)|\#(nameWord))(?:\s+(?:\#(titleCaseWord)|\#(nameWord))){0,2}|\#(singleInitial))"#
    /// "called" and "named" are verbs too ("we called CSC", "we called Mum"): a role or an agency after them stays, and a name
    /// is one not among the words that are never names, or an abbreviation written as a name ("a lady called Peg"). A word in
    /// quotes is what someone was called ("called 'anecdotal'"), not a name.
    private static let verbNameCue = #"(?:called|named(?!\s+(?:\#(alternation(namedRoles)))\b))\s+(?:\#(cuedInitials)|(?:\#(nickname(sure: false))|\#(nameWord)|\#(titleCaseAbbreviation))(?:\s+(?:\#(titleCaseWord)|\#(nameWord))){0,2}|\#(singleInitial))"#
    /// The words that make what follows a label for someone, as initials or a capitalised name only: "the adult, hereafter AB",
    /// "referred to as C" (review, round 10); "referred to as urgent" and "referred to as CIN" stay.
    private static let labelCue = #"(?:(?:hereafter|hereinafter|henceforth)(?:\s+(?:referred\s+to\s+as|called|known\s+as|as))?|referred\s+to\s+as)\s+["'‘“]?(?-i:[A-Z]\.(?:\s?[A-Z]\.){0,2}|[A-Z](?![\p{L}&'’])|(?!(?i:\#(alternation(notNames)))\b)[A-Z]{2,3}\b(?![&'’])|\#(capitalWord)(?:\s+\#(capitalWord)){0,2})"#
    /// Initials in capitals, in text read case-sensitively: "A.B.", "K.", "JS", but not "GP", "CIN", "I", "MUM" or the E of "A&E".
    private static let initials = #"(?<![&'’])\b(?:[A-Z]\.(?:\s?[A-Z]\.){0,2}|(?=[A-Z]{1,3}\b)(?!(?i:\#(alternation(notNames)))\b)[A-Z]{1,3}\b(?![&'’]))"#
    /// A date of birth: 3/4/15, 03.04.2015, 2015-04-03, 3rd March 2015, the 3rd of April 2019, the twelfth of March
    /// 2018, March 3 2015, 3 mar 15, 1st Feb '19, the 3rd of the 4th 2015, or a year alone after "born". Not "the" for a
    /// month, and the year a whole number ("the 3rd of the 12th" is not "the 3rd of the 12").
    private static let date = #"(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|[a-z-]+(?:st|nd|rd|th))(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+\#(ordinalMonth),?\s+['’]?\d{2,4}\b|\s+(?:of\s+)?(?!the\b)[a-z]{3,9}\.?,?\s+['’]?\d{2,4}\b)|(?!the\b)[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+['’]?\d{2,4}\b)"#
    /// A month as an ordinal, or its number after "of the": "of the 4th", "the fourth", "of the 4" (review, round 9).
    private static let ordinalMonth = #"(?:of\s+the\s+(?:0?[1-9]|1[0-2])\b|(?:of\s+)?(?:the\s+)?(?:(?:0?[1-9]|1[0-2])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b)"#
    /// A day as an ordinal, in figures or words: "3rd", "the 3rd", "the third", "twenty-first".
    private static let ordinalDay = #"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))"#
    /// The words after a name that say it is one (the words themselves stay): "said", "is scared".
    private static let speech = #"(?=\s+(?i:said|says|told|tells|disclosed|discloses|alleged|alleges|(?:is|was|were|feels|felt|seems|seemed|got|gets)\s+(?:really\s+|very\s+|so\s+)?(?:scared|frightened|afraid|terrified)\b))"#
    /// The words after a name's "'s" that say it is one (the words themselves stay): "Mason's mum", "Quayle's school".
    private static let kin = #"(?=\s+(?:\#(alternation(kinWords)))\b)"#
    /// Words after which a capital or two are not a name: "the Ms", "her JS".
    private static let determiner = #"(?<!\b(?:the|a|an|her|his|my|their|our|your|this|that|its|whose|other|another|one|every|each|any|no)\s)"#
    /// The day a police log was opened, which goes with its number: "log 1234 of 12/03".
    private static let logDate = #"(?:\s+(?:of|on)\s+(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\[removed\]))?"#
    /// After a capitalised name, an age or a school year: "River is 7 and", "Hope is 4.", "Faith (year 2)", "Skye (Y2)".
    private static let ageOrYear = #"(?:\s+is\s+\d{1,2}(?=\s*(?:and\b|but\b|,|;|\.(?!\d)|\)|$|(?:years?|yrs?|yo|y/o|months?)\b))|\s*\(\s*(?:year|yr|y)\s*\d{1,2}\s*\))"#
    /// A day, month and year in words or figures: "third of April twenty fifteen", "may 3rd 2018", "April 2015", "Feb '19".
    private static let dayInWords = #"(?:\d{1,2}(?:st|nd|rd|th)?|(?:(?:twenty|thirty)[\s-])?[a-z]+(?:st|nd|rd|th)|\#(cardinalDay))"#
    /// A day of the month as a number in words: "twelve", "twenty one", "thirty-first" is an ordinal (a chat review, round 18,
    /// 2026-12-01: "dob twelve march two thousand fifteen" was kept).
    private static let cardinalDay = #"(?:(?:twenty|thirty)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"#
    private static let yearInWords = #"(?:\d{4}|['’]?\d{2}|(?:twenty|nineteen|two\s+thousand(?:\s+and)?)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh)[\s-]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\b"#
    /// A house named "The" and a plural: "The Willows", "the old oaks".
    private static let houseName = #"the\s+(?:old\s+)?(?:\#(alternation(houseNames)))\b"#
    /// "is" or "was" may follow a label: "her dob is the 3rd of March" (review, round 10).
    private static let dateOfBirthCue = #"(?:(?:d\.?\s?o\.?\s?b\.?|date of birth|birth\s?date|birthday)(?:\s+(?:is|was))?|born(?: on| in)?|b\.?|ur\.|urodzon[ya])"#
    private static let month = #"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"#
    /// A word of a street's name, in text read in any case: not one that says which road ("the main road").
    private static let streetName = #"(?!(?:\#(alternation(genericStreetWords)))\b)\#(nameWord)"#
    /// A Welsh or Manx street, its word first: "Heol y Felin", "Rhodfa'r Môr", "Lhon Dhoo", "Reayrt ny Marrey", "Close Mooar".
    /// Not "Close" after a capitalised word, which is an English street's ("3 Ashdown Close Paignton" kept the "3": review,
    /// round 9), nor a capital that starts a postcode ("Heol y Nant CF14").
    private static let streetFirst = #"\b(?:(?i:\#(alternation(welshStreetTypes.union(manxStreetTypes).subtracting(["close"]).union(["lôn"]))))(?:['’]r)?\s+(?:(?i:y|yr|ny|yn)\s+)?\p{L}[\p{L}'’-]*|(?<!\p{Lu}\p{Ll}{1,30}\s)Close\s+(?:ny\s+)?\#(capitalWord))(?:\s+\p{Lu}[\p{L}'’-]*\b)?"#
    /// A Welsh house or street by its first word: "Tŷ Newydd", "Bryn Awel", "Maes y Coed", "Pant-y-Celyn" (review, round 8).
    private static let welshHouse = #"\b(?:T[yŷ]|Bryn|Maes|Llys|Plas|Bron|Cwrt|Glan|Pant|Cae)(?:\s+|-)(?:(?:y|yr|['’]r)(?:\s+|-))?[A-Z][\p{L}'’-]*"#
    /// The town after a numbered address, in text read case-sensitively: "12 Lhon Dhoo, Ballasalla" (review, round 8), "3 Ashdown
    /// Close Paignton" (round 9); whole words, so not the letters that start a postcode ("Cardiff CF14").
    private static let town = #"(?:(?:,\s*|\s+)\#(capitalWord)\b(?:\s+\#(capitalWord)\b){0,2})?"#
    /// A known town after a numbered street, typed in lower case: "14 oak rd shrewsbury, police" (a chat review, round 18, 2026-12-01,
    /// found the town kept and quoted back six times). Any word ending the clause was tried too, and took "ins" from "under 18s as
    /// walk ins", read as a street (the labelled descriptions).
    private static let lowerCaseTown = #"(?:(?:\s*,\s*|\s+)(?:\#(alternation(places.union(englandWalesPlaces))))\b)?"#
    /// A place where someone lives, capitalised, up to three words: not a kind of home, a month ("referred this family in March"), a
    /// country or a council's area, which says whose procedures apply ("child lives in Scotland, goes to school in England", "lives in
    /// Halton"), nor the start of a school's or a service's name.
    private static let placeName = #"(?!(?i:\#(alternation(placesKept)))\b)\#(capitalWord)(?:\s+(?:(?i:on|upon|le|la|de|of)\s+)?\#(capitalWord)){0,2}(?![\p{L}'’-])(?!\s+(?i:\#(alternation(institutionWords.union(notFamilyNames))))\b)"#
    /// A postcode, whole, in any case: "SY8 1AB", "cf14 2ab", "TQ45XX". An area of one letter is one of the eight there are,
    /// so a school year and an ordinal are not one ("Y6 2nd time").
    private static let postcode = #"\b(?i:(?:[beglmnsw]|[a-z]{2})\d[a-z\d]?\s*\d[a-z]{2})\b"#
    /// A word of an address before its postcode and after a house number, in any case: a street word, a Welsh or Manx "y" or
    /// "ny", a capitalised word or a lower-case one that is not one of `notNames` ("3 ashdown close paignton tq4 5xx").
    private static let numberedAddressWord = #"(?:(?i:the|y|yr|ny|yn|['’]r|flat|house|\#(alternation(streetTypes.union(everydayStreetTypes))))\b|\p{Lu}[\p{L}'’-]*|(?!(?i:\#(alternation(notNames)))\b)\p{Ll}[\p{L}'’-]*)"#
    /// A capitalised word of an address before its postcode with no house number: a name, or a word of a street or a house
    /// ("The Old Vicarage, Ludlow"), but not a role or an agency ("CSC").
    private static let addressCapital = #"(?:The|Y|Yr|(?!(?i:post\s?code)\b)\#(capitalWord)|(?=\p{Lu})(?i:\#(alternation(streetTypes.union(everydayStreetTypes).union(houseWords).union(["old", "new", "upper", "lower", "little", "great", "flat", "house"]))))\b)"#
    /// What a child's case has after the name's "'s": "case", "plan", "CP plan", "child protection plan", "EHCP".
    private static let caseAfterName = #"(?:(?i:cp|cin|lac|ehc|child\s+protection|child\s+in\s+need|early\s+help|care|support|safety|protection)\s+)?(?i:\#(alternation(caseWords)))\b"#
    /// A town the "are" cue is not to take for a name: "Port Erin", "Port St Mary", "Ludlow".
    private static let place = #"(?:Port\s+(?:St\.?\s+)?\p{Lu}\p{L}+|(?i:\#(alternation(places)))\b)"#
    /// A record number after its label: figures, or letters and figures, with slashes or dashes between, or groups of three
    /// figures or more spaced ("998 877"), with four figures at least: "998877", "19/123456A", "KL-7731-02", "MOS-1234567".
    private static let recordNumber = #"#?\s*(?=(?:[a-z/-]{0,4}\s?\d){4})[a-z]{0,4}[-/]?\d[a-z\d]*(?:(?:[/-]|\s(?=\d{3,}\b))[a-z\d]+)*\b"#
    /// A record system's name, which stays before its number as a neutral word: "Mosaic ID", "LCS", "PNC ID", "EHM ref", "NHS
    /// number", "CRN".
    private static let systemLabel = #"(?:\#(alternation(recordSystems.union(["liquid logic", "systm one", "rio", "paris", "athena", "storm", "cris", "upn", "uln", "chi", "nhs", "mrn"]))))(?:\s+(?:case|person|client|child|record|file|nominal|episode))?(?:\s+(?:id|ref|reference|no\.?|number|num|#))?"#
    /// An "id" or "ref", or a kind of number ("case no", "crime ref", "custody number", "police log"), which goes with its number
    /// as it always has: its words ("crime", "custody") would be read for risk and type, and "case no" kept made a description
    /// of information not shared read as no one kind (a golden transcript, round 9).
    private static let kindLabel = #"(?:id|ref|reference|log|(?:case|crime|custody|record|client|person|court|claim|proceedings|file|warrant|hosp(?:ital)?|cp|unit|incident|occurrence|police|patient|log|cad|child|nominal)\s+(?:id|ref|reference|no\.?|number|num|#)(?:\s+(?:no\.?|number))?)"#
    /// One part of an address after "lives at": a capitalised word not a role ("Seaview", "Pen-y-Bryn", "IM9"), figures
    /// ("6AB") or a part removed already.
    private static let addressPart = #"(?:\[removed\]|\d[\p{L}\d]*|\#(capitalWord)(?:(?<=\bSt)\.)?)"#
    /// What "lives at" or "address" starts: a part, or a house number and the words of its street in any case
    /// ("12 lhon dhoo"), but not a distance ("2 doors from"); "The" only before a name ("The Old Forge", not "The Refuge").
    private static let addressStart = #"(?:\d{1,4}[a-zA-Z]?,?(?=\s+(?:\p{L}|\[removed\]))(?:\s+(?!(?i:\#(alternation(notNames))|doors?|streets?|roads?|miles?|minutes?|mins?|houses?|flats?|floors?|blocks?|away|down|up|along|metres?|yards?|hours?|days?|weeks?|months?|years?|times?)\b)(?:\#(addressPart)|\p{Ll}[\p{L}'’-]*)){1,4}|(?:The\s+|the\s+(?!(?i:refuge|hostel|hotel|shelter|foyer|b&b|bnb)\b))?(?!\d)\#(addressPart))"#

    /// A capitalised word that may be a first name before a family name: not one that starts a place's, a body's or a thing's name
    /// ("Cheshire West", "Mixed White", "Operation Encompass"), or an abbreviation written as a name ("Di Evans").
    private static let firstNameWord = #"(?:(?=\p{Lu}\p{Ll})(?!(?i:\#(alternation(notFirstNames)))\b)\p{Lu}[\p{L}'’-]*\p{L}|\#(titleCaseAbbreviation))"#
    /// A family name by its shape, capitalised: "O'Brien", "McAllister", "MacLeod", "Popescu", "Kowalski", "Nowakowska", "Ivanova",
    /// "Ivanov", "Shevchenko", "Kovalchuk", "Mickiewicz", "Kowalczyk", "Kazlauskas", "Jovanović", "Papadopoulos", "Robson"; not an
    /// English word of that shape ("Person", "Liaison", "Alaska", "Supernova") or a thing ("MacBook").
    private static let familyNameShape = #"(?-i:O['’]\p{Lu}\p{Ll}+|Mc\p{Lu}?\p{Ll}{2,}|(?!MacBook)Mac\p{Lu}\p{Ll}{2,}|(?!(?i:casanova|supernova|villanova|alaska|nebraska|improv)\b)\p{Lu}(?:\p{Ll}{3,}+(?<=\#(familyNameEndingPattern))|\p{Ll}{5,}+(?<=ov))|(?!(?i:\#(alternation(sonWords)))\b)\p{Lu}\p{Ll}{5,}+(?<=son))"#
    /// The endings of family names' shapes, read behind a whole word as a word is read only once: tried as alternatives at each
    /// letter they cost 40 us a description with names (a debug build, round 16).
    private static let familyNameEndingPattern = alternation(["escu", "ski", "ska", "ova", "ová", "enko", "chuk", "wicz", "czyk", "auskas", "ovic", "ović",
                                                              "evic", "ević", "opoulos", "oglu", "oğlu"])
    /// What may end a family name: a second half ("Hughes-Lloyd"), then a possessive ("Jones's school", "Evans' mum"), or no
    /// word that makes the name a thing's ("Bethan Jones School", "Gwyn Evans Court").
    private static let familyNameEnd = #"(?:-\p{Lu}[\p{L}'’]*\p{L})?(?:(?:['’]s|['’](?!\p{L}))(?![\p{L}'’-])|(?![\p{L}'’-])(?!\s+(?i:\#(alternation(notFamilyNames.union(institutionWords))))\b))"#
    /// A capitalised family name: one of `familyNames` ("Jones", "Pritchard", "Mensah", "Nguyen") or of a family name's shape.
    private static let capitalFamilyName = #"(?:(?=\p{Lu}\p{Ll})(?i:\#(alternation(familyNames)))|\#(familyNameShape))\#(familyNameEnd)"#
    /// A family name in any case that is not an everyday word: "jones", "POPESCU", "o'brien", "kowalski".
    private static let anyCaseFamilyName = #"(?:\#(alternation(familyNames.subtracting(everydayFamilyNames)))|o['’]\p{L}{3,}|(?!(?:casanova|supernova|villanova|alaska|nebraska)\b)\p{L}{4,}+(?<=\#(familyNameEndingPattern)))\#(familyNameEnd)"#
    /// A name after a professional's title: a capitalised word that is not a kind of professional ("Nurse Practitioner"), or a
    /// family name in any case ("sgt brown"), with a family name after a first ("PC John Smith").
    private static let professionalName = #"(?:\#(particle)){0,2}(?:(?=\p{Lu})(?!(?i:\#(alternation(notNames.union(notProfessionalNames))))\b)\p{Lu}[\p{L}'’-]*\p{L}|(?i:\#(alternation(familyNames)))\#(familyNameEnd))(?![\p{L}'’-])(?:\s+\#(capitalFamilyName))?"#
    /// The name of a care home or hospital, up to four capitalised words ("Oakwood", "Royal Shrewsbury", "Countess of Chester", "St
    /// Mary's"), the first not a word that starts none (`residenceNotNames`) nor a verb or an adverb starting a sentence ("Visited
    /// Oakwood care home"), none of the rest what kind of place it is ("Oakwood Residential Care Home" keeps "Residential"). A full stop
    /// only after "St" ("St. Anne's"): "Optometrist. Care home resident" and "Dental. care home insisting" start a description (the
    /// labelled descriptions). A part removed already is more of it ("St [removed] care home", the saint's name a first name).
    private static let residenceName = #"(?=\p{Lu}\p{Ll})(?!(?i:\#(alternation(residenceNotNames)))(?![\p{L}'’-]))(?!\p{Lu}\p{Ll}+(?:ed|ly)\b)\p{Lu}[\p{L}'’-]*(?:(?<=\bSt)\.)?(?:\s+(?:(?i:of|upon|le|la|de)\s+)?(?!(?i:residential|nursing|dementia|elderly|respite|specialist|care|rest|retirement|supported|hospital|hosp|infirmary|hospice|unit|ward)\b)(?:\p{Lu}[\p{L}'’-]*(?:(?<=\bSt)\.)?|\[removed\])){0,3}"#
    /// A police officer's collar number: "PC 1234", "PC1234", not how long ("DC 2 days").
    private static let collarNumber = #"\d{3,5}\b(?!\#(unitAfter))"#

    // Order matters: a name takes its date of birth with it (an age stays), phone numbers go before the
    // long-number catch-all, numbered addresses before ones without, a word beside a removed name after the names, and a care
    // home's or hospital's name last, so that word is not taken from beside it.
    static let patterns: [Pattern] = ([
        (.detail, .at, #"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"#, placeholder),
        // A postcode says the words before it in its clause are an address: after a house number any that are not ordinary
        // words ("5 The Maltings, Ludlow SY8 1AB", "3 Ashdown Close Paignton TQ4 5XX", "14 Heol y Nant, Cardiff CF14 2AB"),
        // without one the capitalised words ("The Maltings, Ludlow SY8 1AB"). First, and the postcode whole, as a street or
        // a name read first took its letters and left the rest ("3 [removed]4 5XX": review, round 9).
        (.detail, .words(.outwardCode), #"(?:\b(?=\d)(?<!\b(?i:aged?)\s)\d{1,4}[a-zA-Z]?,?\s+(?:\#(numberedAddressWord)(?:\s*,\s*|\s+)){1,6}|\b(?:\#(addressCapital)(?:\s*,\s*|\s+)(?:(?i:y|yr|ny|yn|na|of|the|upon|on|le)\s+)?){1,5})?\#(postcode)"#, placeholder),
        // A National Insurance number: two letters, six figures spaced or not, a letter A-D ("QQ 12 34 56 C"), in any case
        // after its label (which stays, as "NHS number" does), in capitals or unspaced without one; and a UPN, a letter
        // and 12 figures. Before the initials, which took "NI" for someone's and kept the number (review, round 6).
        (.detail, .digit, #"(?i)(\b(?:ni|n\.i\.|nino|national\s+insurance)(?:\s+(?:no\.?|number|num))?\s*(?:is\s+)?:?\s*)[a-z]{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}(?:[\s-]?[a-d])?\b|(?-i:\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b)|\b[a-z]{2}\d{6}[a-d]\b|\b[a-z]\d{12}\b"#, "$1" + placeholder),
        // A room's or bed's number is one person's: "mrs o'brien in room 7", "Rm 14, Rose Lodge", "bed 12 on Ward 20" (review, round
        // 10). The word stays ("room [removed]"); a ward's number stays, as a ward is many people's, like a team. Before the house
        // names, which took "Rm 14" with "Rose Lodge".
        (.detail, .words(.room), #"(?i)(\b(?:rm\.|\#(alternation(roomWords)))\s*(?:(?:no\.?|number|num|#)\s*(?=\d))?)(?:\#(roomNumber)(?:\s*(?:,|and|&|or|/)\s*\#(roomNumber))*|(?<=(?:room|bed|bay|cell|cubicle)\s)\#(smallNumber)\b(?!\#(unitAfter)))"#, "$1" + placeholder),
        // A professional's name after their title, the title kept as "Dr" is not, as it says which agency: "PC Smith and Sgt Brown
        // refused to refer", "DS Jones", "Nurse Hughes", "Cllr Davies", "PC 1234 Smith" and its collar number (a chat review, round 16,
        // 2026-12-01, found them kept while "Dr Patel" went). A title with no name stays ("the PC said", "DS on the case"), and "DI"
        // only in capitals, as "Di" is a name. Only an abbreviation that is never a sentence alone takes a full stop, and in lower
        // case only before a word in lower case ("Sgt. Brown", "sgt. brown"): "Midwife. Pre-birth referral", "PC. Took a 15yo" and
        // "Custody sgt. Detained a woman" start a description (the labelled descriptions, round 16). A number is a collar number
        // only after a police rank ("custody nurse 1100:" is a time).
        (.name, .words(.titledProfessional), #"(\b(?:(?i:\#(alternation(["acting", "temporary", "chief", "ch", "staff", "student", "senior", "deputy", "det", "detective"])))\.?\s+)?(?:(?:(?-i:DI)|(?i:\#(alternation(professionalTitles.subtracting(dottedTitles).subtracting(["di"])))))(?!\p{L})|(?-i:(?=\p{Lu}))(?i:\#(alternation(dottedTitles)))\b\.?|(?i:\#(alternation(dottedTitles)))\b(?:\.(?=\s+\p{Ll}))?)\s*)(?:(?<=\b(?i:\#(alternation(policeTitles)))\.?\s{0,3})\#(collarNumber)(?:\s+\#(professionalName))?|(?<=\s)\#(professionalName)(?:\s+\#(collarNumber))?)"#, "$1" + placeholder),
        // A capitalised name followed by a date of birth: "Jamie Smith 03/04/2015", "Jamie (dob 3.4.15)".
        (.name, .digit, #"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*,?\s*\(?\s*(?:d\.?o\.?b\.?|born|date of birth)?\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\)?"#, placeholder),
        // A Welsh name with its father's: "Dafydd ap Rhys", "ab Owen", "Siân ferch Dafydd".
        (.name, .words(.patronymic), #"\b(?:\p{Lu}[\p{L}'’-]*\s+)?(?:ap|ab|ferch|verch)\s+\p{Lu}[\p{L}'’-]*\p{L}"#, placeholder),
        // A name after a role a service writes before one, as after a title: "Resident Bill Smith", "Service user Anne Marie Ward"
        // (review, round 10). A first and a family name, capitalised, and not a service's own name ("Patient Transport Service",
        // "Pupil Premium Grant"); the family name may be any word ("Ward"). Before a known first name, which took "Anne Marie"
        // and left "Ward".
        (.name, .words(.client), #"(\b(?i:service\s+user|\#(alternation(clientWords.subtracting(["user"]))))\s+)(?=\p{Lu}\p{Ll})(?!(?i:\#(alternation(clientServices)))\b)(?:\#(capitalName)|\#(titleCaseAbbreviation))(?:\s+\#(titleCaseWord)(?![\p{L}'’-])){1,2}"#, "$1" + placeholder),
        // A known first name, any case, with a family name or two and a date of birth if they follow (not an age). No family name
        // follows a name's "'s": "Ieuan's meds had changed" lost "meds" (the labelled descriptions, round 16). Clare's Law and Sarah's
        // Law are disclosure schemes, not people.
        // Not after "Port": Port Erin is a town on the Isle of Man, not a person (a chat review, 2026-11-30).
        (.name, .words(.firstName), #"(?i)\b(?<!\bport\s)(?<!['’-])(?!(?:clare|sarah)['’]s\s+law\b)(?:\#(alternation(firstNames)))(?:s(?=\s+(?:\#(alternation(kinWords)))\b)|\b(?:-\p{L}+)*(?:'s|’s|(?:\s+\#(moreOfName)){0,2}))(?:\s*,?\s*\(?\s*\#(dateOfBirthCue)?\s*:?\s*\#(date)\)?)?"#, placeholder),
        // After a cue a day and month as ordinals, in figures or words, and the year if it follows: "born on the 3rd of the
        // 4th 2015", "dob the 3rd of the 4th 15" (review, round 9), "born the third of the fourth". Before the pattern below,
        // which read "of the 12" as a month and a year.
        (.detail, .words(.birth), #"(?i)\b\#(dateOfBirthCue)\s*:?\s*\#(ordinalDay)\s+\#(ordinalMonth)(?:,?\s+\#(yearInWords))?"#, placeholder),
        // After a cue a day and month are enough: "DOB 12/03" (a chat review, 2026-11-30), and the year goes with them in
        // any form: "DoB: 1st Feb '19" kept "'19" (review, round 8).
        (.detail, .digit, #"(?i)\b\#(dateOfBirthCue)\s*:?\s*(?:\d{6}(?:\d{2})?\b|\d{1,2}[\s/.-]\#(month)[\s/.-]['’]?\d{2,4}\b|\#(date)|\d{1,2}[/.-]\d{1,2}(?:\s+['’]\d{2})?\b|\d{1,2}(?:st|nd|rd|th)?\s+\#(month)(?:,?\s+(?:['’]\d{2}|\d{4}|\d{2})\b)?|\d{4}\b|['’]\d{2}\b)"#, placeholder),
        // A month and year, or a date in words, after a birth cue: "born April 2015", "date of birth third of April twenty
        // fifteen" (review, round 6). A month alone ("born in April") stays.
        // A day and month are enough after a cue, with "the" and "of" too: "her dob is the 3rd of March" (review, round 10), "born on
        // March the third".
        (.detail, .words(.month), #"(?i)\b\#(dateOfBirthCue)\s*:?\s*(?:the\s+)?(?:\#(dayInWords)\s+(?:of\s+)?\#(month),?\s+(?:of\s+)?\#(yearInWords)|\#(month)\s+(?:the\s+)?(?:\#(dayInWords),?\s+)?(?:of\s+)?\#(yearInWords)|(?:\#(ordinalDay)|\#(cardinalDay))\s+(?:of\s+)?\#(month)\b|\#(month)\s+(?:\#(ordinalDay)|\#(cardinalDay)(?!\#(unitAfter)))\b)"#, placeholder),
        // A date of birth as a day's name or counted from today, after the patterns above took the dates in figures and months:
        // "[removed], lives with nan", "born [removed] at Torbay hospital", "DOB [removed]" (a chat review, round 17, 2026-12-01).
        (.detail, .words(.birth), birthDayHoliday, placeholder),
        (.detail, .words(.birth), birthDayCounted, "$1" + placeholder),
        // A first name that is an everyday word, in any case, only with a cue after it: "summer told", "hope is 4 and",
        // "may's mum", "willow (yr 3)", "jay (aged 6)"; not "the summer holidays", "may be", "in may said" (review, round 6).
        (.likelyName, .words(.everydayName), #"(?i)(?<!\b(?:the|a|an|this|that|last|next|every|each|in|of|by|for|her|his|their|your|its)\s)\b(?:\#(alternation(everydayNames)))(?:(?:'s|’s)(?=\s+(?:\#(alternation(kinWords.union(caseWords))))\b)|(?=\s+(?:said|says|told|tells)\b|\#(ageOrYear)|\s*,?\s*\(?\s*(?:aged?|age:?)\s*\d{1,2}\b|\s*\(\s*\d{1,2}\s*\)|\s*,\s*\d{1,2}\s*,))"#, placeholder),
        // A first name that is an everyday word at the very start of a description, in any case, before "is", "and her" or an age:
        // "summer is misper tonite, police not looking", "hope and her brother left home alone tonite", "rocky 13 missing tonight"
        // (a chat review, round 22, F5, found each quoted back in the risk question). What comes after stays, the signs too. Not
        // a season or a time ("summer is 8 weeks away", "summer is over", "hope is that CSC will"), a date ("may 13 the meeting")
        // or a verb with a number ("chase 2 referrals", "mark 3 as done"). No labelled description starts so.
        (.likelyName, .words(.everydayName), #"(?i)^\s*(?:\#(alternation(everydayNames)))(?=\s+is\b(?!\s+(?:when|that|the|over|here|coming|approaching|nearly|almost|upon|\d{1,3}\s*(?:weeks?|wks?|days?|months?|hours?|hrs?|mins?|minutes?)\b))|\s+(?:and|&)\s+(?:her|his|their)\b|(?<!\b(?:april|june|may|chase|mark|will|drew|bill|pat))\s+\d{1,2}(?!\d|\s*(?:st|nd|rd|th|hrs?|hours?|mins?|minutes?|days?|weeks?|wks?|months?|miles?|times?|nights?|am|pm|o['’]?clock)\b|[:./]\d))"#, placeholder),
        // After "called" or "named" a name, but a role after "named" is one of the policies' own: "the Named Doctor",
        // "Named Nurse" (review, round 8), and after "called" a role or an agency is who was rung ("we called CSC"). After
        // "known as", "goes by" or "her name is" a nickname whole ("Nanny Peg"), and after "hereafter" or "referred to as"
        // initials or a capitalised name (review, round 10).
        (.name, .words(.nameCue), #"(?i)\b(?:\#(sureNameCue)|\#(verbNameCue)|\#(labelCue))"#, placeholder),
        // A baby or child known by an initial or a nickname, as case notes write them: "Baby K", "Child A.B.", "Little
        // Jay-Jay", "Baby O'Connor-Smith" (not "the child I saw", "Child Protection", nor an abbreviation: "the child CIN plan"
        // and "the child GP" lost "child" and the abbreviation both: a chat review, round 11, 2026-11-30).
        (.name, .words(.initialCue), #"\b(?:[Bb]aby|[Cc]hild|[Ll]ittle|[Ll]il)\s+(?:(?!I\b)(?!(?i:\#(alternation(abbreviations)))\b)[A-Z](?:\.?[A-Z]){0,2}\.?(?![\w'’&])|\#(capitalWord)(?:\s+\#(capitalWord))?)"#, placeholder),
        // Any whole date with its year, a date of birth or not: 05-06-2017, 2017-06-05, the twelfth of March 2018.
        // A description's own dates are asked for separately, so losing one costs nothing (review, 2026-11-30).
        (.detail, .digit, #"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\b"#, placeholder),
        // A day and month as ordinals with a year: "on the 3rd of the 4th 2015" (review, round 9).
        (.detail, .digit, #"(?i)\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+\#(ordinalMonth),?\s+(?:\d{4}|['’]\d{2})\b"#, placeholder),
        // Written out, only where a month is named: read for every description with a digit, it was a third of guarding one.
        (.detail, .words([.month]), #"(?i)\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|[a-z]+(?:-[a-z]+)?(?:st|nd|rd|th))\s+(?:of\s+)?\#(month),?\s+\d{4}\b|\b\#(month)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}[/.-]\#(month)[/.-]\d{2,4}\b"#, placeholder),
        // Welsh and Manx addresses put the street word first: "Heol y Felin", "Ffordd Las", "Bayr ny Skeddan", "Close Mooar",
        // "Lhon Dhoo", and take their house number with them ("at 3 Heol y Felin" kept "at 3", read as a time: review, round
        // 5), and after a number the town too ("12 Lhon Dhoo, Ballasalla": round 8). A Manx "Balla-" name is an address
        // after a number or "at"; after "in" it is a village, like Port Erin, and stays.
        (.detail, .words(.streetFirst), #"\b\d{1,4}[a-z]?,?\s+\#(streetFirst)\#(town)|\#(streetFirst)|\b\d{1,4}[a-z]?,?\s+Balla\p{Ll}{3,}\#(town)|(?<=\b[Aa]t\s)Balla\p{Ll}{3,}"#, placeholder),
        // A house number before a name with "The", and the town after it: "5 The Maltings, Ludlow", "12 The Old Forge" (review,
        // round 9); not an age or a section ("she is 5 The GP said", "section 17 The Children Act"), and a role is never a
        // house's name.
        (.detail, .digit, #"\b(?=\d{1,4}[a-z]?,?\s+(?i:the)\s)(?<!\b(?i:aged?|is|was|turned|turns|section|s|page|para|paragraph|chapter|part|step|stage|tier|level|year|yr|room|ward|bed|appendix|of)\s)\d{1,4}[a-z]?,?\s+(?:The\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\#(capitalWord)\b|(?i:\#(houseName)))\#(town)"#, placeholder),
        // A house by its name, with its number and town if they are there: "Rose Cottage", "The Old Rectory", "12 Rose Cottage,
        // Ludlow" (review, round 9), "Orchard House"; in Welsh, "Tŷ Newydd", "Bryn Awel", "Maes y Llan",
        // "Pant-y-Celyn".
        (.detail, .words(.house), #"\b(?:\d{1,4}[a-z]?,?\s+)?(?:The\s+)?(?:[A-Z][\p{L}'’-]*\s+){1,2}(?:Cottage|House|Farm|Farmhouse|Lodge|Rectory|Vicarage|Barn|Villa|Manor|Grange|Mill|Bungalow)\b\#(town)|\b\d{1,4}[a-z]?,?\s+\#(welshHouse)\#(town)|\#(welshHouse)"#, placeholder),
        // A Welsh house named with "the": "Y Bwthyn", "Yr Hafod" (review, round 8); not a school year ("Y Six").
        (.detail, .words(.welshArticle), #"\b(?:Y|Yr)\s+(?!(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\b)\p{Lu}\p{Ll}[\p{L}'’-]*"#, placeholder),
        // A house named "The" and a plural, after an address cue, and its town: "lives at The Willows", "moved to the laurels"
        // (review, round 6), "discharged to The Maltings, Ludlow" (round 9).
        (.detail, .words([.houseName, .addressCue]), #"(?i)(\b(?:at|from|lives at|living at|staying at|moved to|discharged to|returned to|taken to|back to|address(?: is)?:?|near)\s+)\#(houseName)(?:(?:\s*,\s*|\s+(?:and|or|&)\s+)\#(houseName))*(?-i:\#(town))"#, "$1" + placeholder),
        // "MS" in capitals is multiple sclerosis ("pt with MS bedbound" lost the condition: a chat review, 2026-11-30). A
        // surname goes with the initials before it: "Ms. J. Okafor" kept "Okafor" (review, round 8).
        // An initial may be accented and a family name start with a particle: "Ms Ó Súilleabháin", "Mrs Ní Bhriain", "Mr Mac an
        // tSaoi", "Ms O' Brien", "Dr de la Cruz" (review, round 10).
        (.name, .words(.title), #"(?i)\b(?-i:(?!MS\b))(?:mr|mrs|ms|miss|mx|dr)\b\.?\s+(?:(?:(?-i:(?!I\b)\p{Lu})(?:\.\s*|\s+)){0,3}(?:\#(particle)){0,2}\#(titledName)(?:\s+\#(moreOfName))?|(?-i:\p{Lu})\b\.?)"#, placeholder),
        // A full name whose first name is on no list, by its family name: "Bethan Jones was seen by the GP", "worried about Andrei
        // Popescu", "Saoirse O'Brien", "Bethan Mair Pugh-Evans's school" (a chat review, round 16, 2026-12-01, found them kept while
        // "Olivia Jones" went). Not a place's, a body's or a thing's name ("Cheshire West", "Mixed White", "Operation Encompass",
        // "Bethan Jones School").
        (.name, .words(.familyNameCue), #"\b(?=\p{Lu}\p{Ll})\#(determiner)(?:\#(firstNameWord)\s+){1,2}(?:\#(particle)){0,2}\#(capitalFamilyName)"#, placeholder),
        // The same in any case, where the family name is not an everyday word: "bethan jones", "kofi mensah", "ANDREI POPESCU". A word in
        // lower case that reads as a verb, an adverb, a plural or a preposition is not a first name ("contacted jones", "finally
        // patel", "near Newton Abbot", "ask evans"), unless it is a first name that is an everyday word ("blessing jones"). The
        // family name is looked for first, as the checks of the word before it cost 100 us a description with names (a debug build).
        (.name, .words(.familyNameCue), #"(?i)\b(?=[\p{L}'’-]+\s+(?:(?:\#(alternation(particles.union(["ó", "ní", "uí"]))))(?:['’]\s*|\s+)){0,3}\#(anyCaseFamilyName))\#(determiner)(?:(?-i:(?=\p{Lu}))|(?=(?:\#(alternation(everydayNames)))\b)|(?!\p{L}+(?:ed|ing|ly|s)\b)(?!(?:\#(alternation(notLowerCaseFirstNames)))\b))(?!(?:\#(alternation(notFirstNames)))\b)\p{L}[\p{L}'’-]*\p{L}\s+(?:\#(particle)){0,2}\#(anyCaseFamilyName)"#, placeholder),
        // A family name first, in capitals or a listed one capitalised, then a comma and the first name: "Referral re: SMITH, Aeron",
        // "JONES, Tyler-James", "Patel, Aarav" (a chat review, round 18, 2026-12-01, found "SMITH, [removed]" kept). Not a place
        // or a word that is never a name after the comma ("JONES, Ludlow", "SMITH, CSC").
        (.name, .words(.familyNameCue), #"\b(?:(?-i:(?=\p{Lu}{2})(?i:\#(alternation(familyNames)))(?![\p{L}'’-]))|(?=\p{Lu}\p{Ll})(?i:\#(alternation(familyNames.subtracting(everydayFamilyNames))))(?![\p{L}'’-]))\s*,\s*\#(firstNameWord)"#, placeholder),
        // A family name after "the" before who they are: "the Jones twins", "the Patel children", "the Jones escalation" (the labelled
        // descriptions, round 16: each was kept).
        (.name, .words(.familyNameCue), #"(\b(?i:the)\s)\#(capitalFamilyName)(?=\s+(?i:children|kids|twins|boys|girls|siblings|brothers|sisters|family|household|case|escalation|referral)\b)"#, "$1" + placeholder),
        // An initial or two before a family name: "my pupil T. Williams", "T Williams", "T.J. O'Brien", "t. williams" (round 23, F5).
        // Not "A" or "I" without a full stop, which are words ("A Jones", "I Smith"), nor "v" between two parties.
        (.name, .words(.familyNameCue), #"(?<![\p{L}\d&'’./-])(?:(?-i:(?:[A-Z]\.\s*){1,3}|(?![AI]\b)[A-Z]\s+)(?:\#(particle)){0,2}\#(capitalFamilyName)|(?-i:(?![aivx]\b)[a-z]\.?\s+)(?i:\#(anyCaseFamilyName)))"#, placeholder),
        // The same without "the", where the family name cannot be an everyday word: "O'Connor kids, CSC won't visit", "McAllister
        // children", "williams twins" (a chat review, round 23, F5: kept while "the O'Connor kids" went). "Brown kids" and "White boys"
        // stay, as they may say who the children are.
        (.name, .words(.familyNameCue), #"(?i)\b(?:\#(anyCaseFamilyName)|(?-i:\#(familyNameShape))\#(familyNameEnd)|mc\p{L}{3,}\#(familyNameEnd))(?<!['’]s)(?=\s+(?:children|kids|twins|boys|girls|siblings|brothers|sisters|household|lot|clan|brood)\b)"#, placeholder),
        // An Irish or Scottish family name by its shape, wherever it stands: "O'Connor", "o'connor", "McAllister", "mcallister",
        // "MacLeod" (round 23, F5). Not "o'clock", "McDonald's" or "MacBook"; "McDonald" after a first name goes with it (above).
        (.name, .words(.familyNameCue), #"(?<![\p{L}'’-])(?:(?i:o['’](?!clock\b)\p{L}{3,})|(?!(?i:mc\s?donald|mcflurry|mcafee)(?:['’]?s)?\b)(?i:mc)\p{L}{3,}|(?-i:Mac\p{Lu}\p{Ll}{2,})(?<!MacBook))(?:-\p{L}[\p{L}'’]*\p{L})?(?:['’]s)?(?![\p{L}'’-])"#, placeholder),
        // After who someone is, an initial before any capitalised word: "pupil T. Oddfellow", "her son K Zeb" (round 23, F5).
        (.name, .words([.personLead, .initial]), #"(\b(?i:\#(alternation(personLeadNouns.union(clientWords))))\s+)(?-i:(?:[A-Z]\.\s*){1,3}|(?!I\b)[A-Z]\s+)\#(capitalWord)"#, "$1" + placeholder),
        // A capitalised word or initials before a school class: "Leon from 6B is going home", "Kaydence in year 3", "JS in Y6" (two
        // capitals at most, as three are mostly a term's: "HSB in yr 6", in the labelled descriptions); in
        // lower case only starting the description ("leon from 6b"), as within one a word there is mostly not a name ("something in
        // yr7", "sexting in yr 9"). Not a role or a word the guard knows ("Boy in yr 7", "TA in yr1", "Email from 6B"). Round 23, F5.
        (.name, .words([.addressCue, .figure]), #"\#(determiner)\b(?:\#(classmateName)|(?-i:(?!(?i:\#(alternation(notNames)))\b)[A-Z]{1,2}\b(?![&'’])|[A-Z]\.(?:\s?[A-Z]\.)?))(?=\s+(?i:from|in)\s+\#(schoolClass))"#, placeholder),
        (.name, .words([.addressCue, .figure]), #"(^\s{0,3})(?!(?:\#(alternation(openingNotNames.union(notLowerCaseFirstNames))))(?![\p{L}-]|['’]\p{L}{2}))(?!\p{Ll}+(?:ed|ing|ly|s)\b)\p{Ll}[\p{Ll}'’-]*\p{Ll}(?=\s+(?i:from|in)\s+\#(schoolClass))"#, "$1" + placeholder),
        // A capitalised word starting the description or a sentence, before "is", "has", "was" or "had": "Leon is going home to his
        // dad tonite", "Ruth has bruises", "Zeb's going home" (round 23, F5). Not an ordinary word starting a sentence ("School is",
        // "Attendance is", "Nobody has", "Email's been sent"), which `openingName` leaves. Where the sentence starts is matched, not
        // looked behind for, which ICU would try at every letter.
        (.name, .words(.subjectVerb), #"(^\s{0,3}|[.!?;]\s{1,2}|\n\s{0,2})\#(openingName)(?=\#(openingVerb))"#, "$1" + placeholder),
        (.name, .words(.possessive), #"(^\s{0,3}|[.!?;]\s{1,2}|\n\s{0,2})\#(openingName)(?=\#(openingVerb))"#, "$1" + placeholder),
        // A family in the plural after "the", capitalised: "the Nowaks, elderly couple, ASC closed referral", "the Smiths have been
        // known for years" (a chat review, round 22, F5, found them kept while "the Smith family" went). Any capitalised plural, as
        // family names are open-ended, but not one the guard knows as a word, a place or a body ("the Police", "the Samaritans", "the
        // Courts", "the Pennines", "the Teams call"), nor a word ending "ss", "us", "is" or "ics" that is no plural ("the Encompass",
        // "the Olympics"). In the 81,091 labelled descriptions "the" and a capitalised word ending "s" come 22 times: this takes
        // "the Browns" (twice), "the Smiths" and "the Khans"; "the Jones", "the Evans", "the Roberts", "the Hughes" and "the Adams" (7)
        // went before it with the word after them; "the Teams call", "the Olympics", "the Encompass", "the Christmas closure", "The
        // Cafcass report" and "the AssetPlus" (5) stay, and so does "the McDonalds car park", which it took until the shops named
        // for their founders were listed. The plural's "'" goes with it ("the Smiths' house").
        (.likelyName, .words(.theCapitalPlural), #"(\b(?i:the)\s+)(?=\p{Lu}(?:['’]\p{Lu})?\p{Ll})(?!(?i:\#(alternation(capitalPluralsKeptForms)))['’]?(?![\p{L}'’-]))\p{Lu}(?:['’]\p{Lu})?\p{Ll}(?:[\p{L}'’-]*\p{L})?s(?<!ss|us|is|ics)['’]?(?![\p{L}'’-])"#, "$1" + placeholder),
        // Any capitalised pair after a word that introduces a person, its family name on no list: "worried about Gwenllian Parry-Bowen",
        // "the case on Bethan Gwyn", "re: Iolo Rhun" (round 16). Not words that are never names ("about Early Help", "for Speech
        // Therapy", "on Cheshire West"), nor the start of a longer name ("about Oak Tree Primary").
        (.name, .words(.leadCapitalPair), #"(\b(?:(?i:\#(alternation(personLeads.subtracting(personLeadNouns))))|\#(alternation(personLeadNouns)))(?::\s*|\s+))\#(firstNameWord)\s+(?=\p{Lu}\p{Ll})(?!(?i:\#(alternation(notFirstNames.union(notFamilyNames))))\b)\p{Lu}[\p{L}'’-]*\p{L}(?![\p{L}'’-])(?!\s+\p{Lu}\p{Ll})"#, "$1" + placeholder),
        // Any other word or two with an age: "quixote aged 11" (but not "a boy aged 11"); the age stays.
        (.likelyName, .words(.age), #"(?i)(?:\b\#(nameWord)(?:\s+\#(nameWord))?|(?-i:\#(initials)))(?=\s*,?\s*\(?\s*(?:aged?|age:?)\s*\d{1,2}\b)"#, placeholder),
        // A capitalised name or initials with an age in figures: "Mason (7)", "JS, 7,", "Grace 7yo" (not "Year 6 (11)").
        (.likelyName, .digit, #"\b(?:\#(capitalWord)(?:\s+\#(capitalWord))?|\#(initials))(?=\s*\(\s*\d{1,2}\s*\)|\s*,\s*\d{1,2}\s*,|,?\s*\d{1,2}\s*(?:years?\s+old|yrs?(?:\s+old)?|yo|y/o)\b)"#, placeholder),
        // A capitalised name or initials before what only a person does: "Grace said", "JS disclosed", "Juan Quayle is scared".
        // A role or agency there is not a name: "Mum said", "School said", "CSC said", "DSL said" stay.
        // Not after "the": "the Chair said", "the Magistrate said" (review, round 6).
        (.likelyName, .words(.speech), #"(?<!\b(?i:the|a|an)\s)\b(?:\#(capitalWord)(?:\s+\#(capitalWord))?|\#(initials))\#(speech)"#, placeholder),
        // A capitalised name or nickname before who they are in brackets: "Bubba (the baby)", "Kai (her son)", "Jade (mum's
        // partner)" (review, round 9), but not a role ("Mum (the baby's mother)") or a word after "the". A word in lower case
        // stays: read in the practice descriptions, it was a noun far more often than a name ("the parents' explanation
        // (sibling)", "service user (mum, mild LD)").
        (.name, .words([.member, .parenthesis]), #"(?<!\b(?i:the|a|an|her|his|their|my|our|your)\s)\b(?=\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*\()(?:\#(capitalWord)\s+)?\#(capitalName)(?=\s*\(\s*(?i:(?:the|her|his|their|my|our|mum['’]s|mam['’]s|dad['’]s|mother['’]s|father['’]s)\s+)?(?:(?:little|big|baby|twin|older|younger|elder|eldest|oldest|youngest|middle|half|step|new|unborn|subject)[\s-]+){0,2}(?:\#(alternation(relationWords.union(personWords))))(?:['’]s\s+(?:\#(alternation(relationWords))))?\s*[),;])"#, placeholder),
        // A capitalised name before an age or a school year: "River is 7 and", "Faith (year 2)", "Skye (Y2)" (review, round 6).
        (.likelyName, .digit, #"(?<!\b(?i:the|a|an)\s)\b(?:\#(capitalWord)(?:\s+\#(capitalWord))?|\#(initials))(?=\#(ageOrYear))"#, placeholder),
        // A name before "'s mum", "'s school" and the like, in any case, but not after "the" or "her": "Mason's mum", "juan
        // quayle's school" stay only as "[removed] mum" and "[removed] school"; "the child's mum", "her friend's dad" stay.
        // The "'s" is looked for first, within the next two words: reading the words that are never names at every place first
        // cost 300 us a description that woke this pattern, the most of any (round 10).
        (.likelyName, .words([.kin, .possessive]), #"(?i)\b(?=[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?['’]s\s)\#(determiner)(?:\b(?-i:\#(capitalWord))\s+)?(?:\b\#(nameWord)|(?-i:\#(initials)))(?:'s|’s)\#(kin)"#, placeholder),
        // A capitalised name before "'s case", "'s plan" and the like, an everyday word too: "CSC closed Rose's case", "Faith's CP
        // plan" (a chat review, round 14, 2026-11-30: "Aaliyah's case" went, "Rose's case" stayed). Not after "the" or "her" ("the
        // Trust's case"), nor a place ("Cheshire East's plan").
        (.likelyName, .words([.possessive, .caseWord]), #"\b(?=\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?['’]s\s+\#(caseAfterName))\#(determiner)(?:\#(capitalWord)\s+)?(?!\#(place)|(?i:\#(alternation(notNamesAfterFor)))\b)\#(capitalName)['’]s(?=\s+\#(caseAfterName))"#, placeholder),
        // A capitalised name after "the case for", "a referral for", "concerns for": "CSC closed the case for Holly" (a chat review,
        // round 14). Not a month ("the plan for June"), a place, or a service ("a referral for Speech and Language Therapy").
        (.likelyName, .words([.caseWord, .forWord]), #"\b((?i:for)\s+)(?=\p{Lu}\p{Ll})(?<=\b(?i:\#(alternation(caseWords.union(["concern", "concerns", "worries", "worried", "meeting"]))))\s(?i:for)\s{1,3})(?!\#(place)|(?i:\#(alternation(notNamesAfterFor.union(monthNames))))\b)\#(capitalName)(?:\s+(?=\p{Lu}\p{Ll})(?!(?i:\#(alternation(notNamesAfterFor)))\b)\#(capitalWord))?\b"#, "$1" + placeholder),
        // A capitalised everyday-word name and a capitalised word after it are a first and family name: "Grace Evans, CSC closed the
        // case", "the s42 enquiry on Faith Brown" (a chat review, round 15, 2026-12-01: "Tom Jones" went, "April Jones" stayed).
        // Not a thing named so ("May Day", "Summer Term", "Royal Shrewsbury Hospital"), a street or house left to the address
        // patterns ("14 Rose Street", "Holly Bush Lane"), a word that is never a name ("Will CSC"), or a month after "in" or "since".
        (.name, .words(.everydayNamePair), #"\b(?=\p{Lu}\p{Ll})(?<!\b(?i:the|a|an|this|that|his|her|their|our|my|your|its)\s)(?:(?!(?i:\#(alternation(monthNames)))\b)|(?<!\b(?i:in|since|until|till|during|last|next|early|late|mid|of|by|throughout|from|before|after)\s))(?!(?i:\#(alternation(notPairLeads)))\b)(?i:\#(alternation(everydayNames)))\s+(?=\p{Lu}\p{Ll})(?!(?i:\#(alternation(notFamilyNames)))\b)\#(capitalWord)\b(?!\s+(?i:\#(alternation(streetTypes.union(everydayStreetTypes).union(houseWords))))\b)"#, placeholder),
        // A capitalised everyday-word name that ends its clause after "about", "assess", "on" or "for": "worried about Faith, CSC say
        // threshold not met", "CSC won't assess Summer" (a chat review, round 15). Not a month after "on" or "for" ("booked for June.").
        // Or goes on with a word in lower case that does not make it a thing: "the referral on Grace after her dad hit her" (a chat
        // review, round 17, 2026-12-01), but not "about Faith groups" or "on Storm shelters".
        (.likelyName, .words(.everydayNameAfterLead), #"\b(?:((?i:about|assess(?:es|ed|ing)?|regarding|concerning|re:?)\s+)|((?i:on|for)\s+)(?!(?i:\#(alternation(monthNames)))\b))(?=\p{Lu}\p{Ll})(?i:\#(alternation(everydayNames)))(?=\s*(?:[,.;:!?)]|-\s|$)|\s+(?!(?i:\#(alternation(thingWords)))\b)\p{Ll})"#, "$1$2" + placeholder),
        // A capitalised name set off by commas after who someone is, with where they are: "the resident in room 12, Edna, has", "a
        // coach, Will, who" (a chat review, round 17). Not a place or a month ("a man from Ludlow, Paignton, ...").
        (.likelyName, .words([.appositionLead, .comma]), #"(\b(?i:\#(alternation(appositionLeads)))(?:\s+(?i:in|on|at|of|from|with)(?:\s+[\p{L}\d\[\]]+){1,3})?\s*,\s*)(?!\#(place)|(?i:\#(alternation(monthNames)))\b)(?:\#(capitalEverydayName)|\#(capitalWord))(?:\s+(?=\p{Lu}\p{Ll})\#(capitalWord))?(?=\s*,)"#, "$1" + placeholder),
        // A capitalised everyday-word name before what a person does: "Rocky hit her", "Holly lives with nan" (a chat review, round 17).
        // Not a month ("May said" is left to the words that say a person), nor after a word that makes it a thing ("the Storm hit").
        (.likelyName, .words(.everydayNameVerb), #"\b(?<!\b(?i:the|a|an|this|that|his|her|their|our|my|your|its|in|of|on|for|by|to|from|with|at|last|next|every|each|since|until|during)\s)(?!(?i:\#(alternation(monthNames.union(notPairLeads).union(["rain"]))))\b)\#(capitalEverydayName)(?=\s+(?i:\#(alternation(personVerbs)))\b)"#, placeholder),
        // A capitalised everyday-word name as the subject of "has", "is" or "was" with a body or harm word after: "Mark has bruises",
        // "Grace was hit" (a chat review, round 15); "April was seen in April" keeps both.
        (.likelyName, .words([.everydayNameSubject, .harm]), #"\b(?=\p{Lu}\p{Ll})(?<!\b(?i:the|a|an|this|that|his|her|their|our|my|your|its|in|of|on|for|by|to|from|with|about|at|last|next|every|each|since|until|during)\s)(?i:\#(alternation(everydayNames)))(?=\s+(?i:has|had|is|was)\s+(?:(?i:\#(alternation(harmFillers)))\s+){0,3}(?i:\#(alternation(harmWords)))\b)"#, placeholder),
        // A capitalised everyday-word name where it stands as who someone is: before "the resident", "the service user" or "the
        // patient", with or without commas, and before the room or bed they are in ("Bill the resident is being hit by staff", "Dawn,
        // the resident in room 4, ...", "Frank in room 12 has bruising"); and after a word a service writes before a name ("patient
        // Ray was left"). A chat review, round 19, 2026-12-08, found them kept and quoted back. Not "a bill", "the mark", "Patient
        // Transport" or "resident Amber rating".
        (.likelyName, .words([.everydayName, .appositionLead]), #"\b\#(determiner)(?<!\b(?i:last|next|every|each|this|that|its)\s)(?!(?i:\#(alternation(monthNames.union(notPairLeads))))\b)\#(capitalEverydayName)(?=\s*,?\s+(?i:the|a|an|our|my|this)\s+\#(personDescriptions)(?i:service\s+users?|young\s+person|\#(alternation(appositionLeads)))\b)"#, placeholder),
        (.likelyName, .words([.everydayName, .room]), #"\b\#(determiner)(?<!\b(?i:last|next|every|each|this|that|its)\s)(?!(?i:\#(alternation(monthNames.union(notPairLeads))))\b)\#(capitalEverydayName)(?=\s*,?\s+(?i:in|on|at|from)\s+(?:(?i:the|her|his|their)\s+)?(?i:rm\.?|room|bed|bay|cubicle|side\s+room|bedroom|bedsit)\b)"#, placeholder),
        (.likelyName, .words([.client, .everydayName]), #"(\b(?i:service\s+user|\#(alternation(clientWords.subtracting(["user"]))))\s+)(?!(?i:\#(alternation(clientServices.union(monthNames))))\b)\#(capitalEverydayName)(?![\p{L}'’-])(?!\s+(?i:\#(alternation(thingWords)))\b)"#, "$1" + placeholder),
        // Initials after the word "initials", whatever they spell: "the child (initials TM) is 5", "initials KT" (a chat review,
        // round 12). "Initial" is a label only with a colon, and an agency's or a process's abbreviation is never initials: "the
        // initial CP conference" lost "CP" (a chat review, round 14, 2026-11-30).
        (.name, .words(.initialsWord), #"(\b(?i:(?:initials|inits)(?:\s*:\s*|\s+)|initial\s*:\s*))(?!(?i:\#(alternation(roles.union(agencies))))\b)(?-i:[A-Z](?:\.?\s?[A-Z]){0,2}\.?)(?![\p{L}\d&'’])"#, "$1" + placeholder),
        // A two-letter word typed in capitals after what introduces a person, in text mostly in lower case: "for AS and her
        // brother", "sister ME (4)" (a chat review, round 12). "support from IT" loses a word, which costs less than a child's initials kept.
        (.likelyName, .words(.wordAsInitials), #"(\b(?i:for|with|and|about|re|from|to|by|saw|seen|visited|\#(alternation(labelWords)))\s+)(?-i:\#(alternation(Set(wordsAsInitials.map { Substring($0.uppercased()) }))))(?![\p{L}\d&'’./])"#, "$1" + placeholder),
        // Initials after the words that introduce a person, and dotted initials anywhere: "for K.", "with JS", "A.B.".
        (.likelyName, .words(.initial), #"(\b(?i:for|to|with|called|named|known as|aka|about|and|from|by|saw|seen|visited|re:?)\s+)\#(initials)|\b[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?"#, "$1" + placeholder),
        // Two capitals before what a person does are initials, unless an abbreviation or a word: "JS is not in school", "KT
        // went home" (review, round 8), not "YP was upset", "SH is increasing". With no such word they stay, as an
        // abbreviation not in the list ("SH cutting") is a clinical term the reader and the risk reading need; three
        // capitals are more often an agency's ("CFD", "DBS"), so they need a cue before them.
        (.likelyName, .words(.initial), #"(?<![\p{L}\d&'’./-])(?=[A-Z]{2}\s+(?i:is|was|has|had|isn['’]?t|wasn['’]?t|hasn['’]?t|not|lives|lived|attends|attended|went|goes|ran|runs|came|comes|refused|refuses|wants|wanted|keeps|kept|stayed|stays|slept|sleeps|cried|hit|hits|ate|eats|missed|misses|left|appeared|presented|seemed|looked|reported|stated|states|will|would|can|could|should|did|does|didn['’]?t|doesn['’]?t|won['’]?t|can['’]?t)\b)\#(determiner)(?!(?i:\#(alternation(notNames)))\b)[A-Z]{2}"#, placeholder),
        // Initials joined by a hyphen: "T-J came in with a cut lip", "A-J's mum" (a chat review, round 18, 2026-12-01, found them kept and
        // quoted back). Not "A-Z" or "A-E".
        (.name, .words(.initial), #"(?<![\p{L}\d&'’./-])(?!A-[EZ]\b)[A-Z]-[A-Z](?:-[A-Z])?(?=['’]s\b|[^\p{L}\d&'’-]|$)"#, placeholder),
        // A family name: "the quixote family", "Quixote household"; not a family worker's kind ("Voluntary sector family worker"),
        // what a family does ("Welsh speaking family") or whose it is ("the tenant's family").
        (.name, .words(.family), #"(?i)\b(?!\p{L}+ing\b)\#(nameWord)(?<!['’]s)(?=\s+(?:family|household)\b)(?!\s+family\s+(?:worker|support|centre|court|hub|time|home|meeting|group|conference|liaison|network|members?|practitioner|nurse|therapy|therapist)\b)"#, placeholder),
        // A name after "his sister", "her son", "their mum": capitalised ("his sister Aalin Quayle", "her son Will"), or an
        // everyday-word one at the end of its clause ("her son bill", not "her son will be"). Review, round 8.
        (.name, .words([.relation, .owner]), #"(\b(?i:his|her|their|my|our|your)\s+(?:(?i:little|big|baby|twin|older|younger|elder|eldest|oldest|youngest|half|step|new|late|other)[\s-]+){0,2}(?i:\#(alternation(relationWords)))\s+)(?:\#(capitalName)(?:\s+\#(capitalWord))?|(?i:\#(alternation(everydayNames)))(?=\s*(?:[,.;:!?)]|$)|\s+(?i:and|is|was|has|had|who|aged|said|says|told)\b))"#, "$1" + placeholder),
        // A capitalised name after a family word with no "his" or "her", as after a title: "nan Betty and grandad Ron are
        // caring" kept "Ron" (review, round 9), "mum's partner Dean", "Auntie Sue". A capital then lower case, as in capitals
        // ("MUM SAID") any word would do.
        (.name, .words(.kinTitle), #"(\b(?=\p{L}+['’]?\s+\p{Lu}[\p{Ll}'’])(?i:\#(alternation(kinTitles)))\s+)(?=\p{Lu}[\p{Ll}'’])\#(capitalName)(?:\s+(?=\p{Lu}\p{Ll})\#(capitalWord)\b)?"#, "$1" + placeholder),
        // A capitalised name after who someone is and "is" or "are": "child is Autumn Brown", "the children are Rose and Holly" (a
        // chat review, round 14, 2026-11-30, found everyday-word names kept). Not what a label says of someone ("the child is
        // Deaf", "mum is Pregnant"), and the second of two names goes with the first (below).
        (.name, .words([.member, .copula]), #"\b((?i:is|are)\s+)(?=\p{Lu}\p{Ll})(?<=\b(?i:\#(alternation(relationWords.union(personWords))))\s(?i:is|are)\s{1,3})\#(labelValue)(?:\#(capitalName)|\#(titleCaseAbbreviation))(?:\s+(?=\p{Lu}\p{Ll})\#(capitalWord))?\b"#, "$1" + placeholder),
        // A name after who they are and a colon, as in a list of the family: "mother: Catriona, partner: Dave" kept "Catriona" (review,
        // round 10). Capitalised, and not what a label says of someone ("mother: Deceased"); in lower case only a name that is an
        // everyday word at the end of its clause ("mum: hope,"), as a known first name goes anywhere and other lower-case words
        // there are mostly not names ("mum: alcohol, dad: drugs").
        (.name, .words([.label, .colon]), #"(\b(?i:\#(alternation(labelWords)))\s*:\s*)(?:(?=\p{Lu}\p{Ll})\#(labelValue)(?:\#(capitalName)|\#(titleCaseAbbreviation))(?:\s+(?=\p{Lu}\p{Ll})\#(capitalWord))?|(?i:\#(alternation(everydayNames)))(?=\s*(?:[,.;!?)]|$)))\b"#, "$1" + placeholder),
        // Two initials straight after who they are: "re JS (aged 7) and sibling KM" kept "KM" (a chat review, round 11). Not an
        // abbreviation or a word of process ("the child CIN plan", "mum DV").
        // Woken only where there are capitals that may be initials as well as a word for who someone is: woken by the
        // word alone it cost 27 us on the bench's description.
        (.name, .words([.label, .initial]), #"(\b(?i:\#(alternation(labelWords)))\s+)(?-i:(?!(?i:\#(alternation(notNames)))\b)[A-Z]{2}\b(?![&'’.\p{L}]))"#, "$1" + placeholder),
        // A name or initials in brackets after who they are: "the son (Stuart) and daughter (Ali)", "the adult (AB)", "resident (Peg,
        // 84)" (review, round 10). Not a role, an abbreviation ("the child (CIN)") or what a label says of someone ("(Deceased)").
        (.name, .words([.label, .parenthesis]), #"(\b(?i:\#(alternation(labelWords)))\s*\(\s*)(?:(?=\p{Lu}\p{Ll})\#(labelValue)(?:\#(capitalName)|\#(titleCaseAbbreviation))(?:\s+(?=\p{Lu}\p{Ll})\#(capitalWord))?|\#(bracketInitials))(?=\s*[),;]|\s+(?:(?i:aged?|age)\b|\d))"#, "$1" + placeholder),
        // A capitalised name between commas after "the child" or the like: "the child, Will, will be moved", "the twins,
        // Lou and Bea, were left" (review, round 8).
        (.name, .words([.person, .comma]), #"(\b(?=\p{L}+\s*,)(?i:\#(alternation(personWords)))\s*,\s*)\#(capitalName)(?:\s+\#(capitalWord))?(?:\s*(?:,|\band\b|&)\s*\#(capitalName)(?:\s+\#(capitalWord))?)*(?=\s*[,(]|\s+-\s)"#, "$1" + placeholder),
        // At the start of a sentence or clause, capitalised names that are the subject of "are" or "were", the first an everyday
        // word: "Will and Max were left alone" (a chat review, round 14, 2026-11-30). Not where both are months, seasons or
        // colours ("April and May were busy", "Summer and Autumn are"); the names between go with the first.
        (.likelyName, .words([.pluralVerb, .everydayName]), #"(?:^|(?<=[.;:!?,]\s)|(?<=[.;:!?,]\s\s))(?!(?i:\#(alternation(ordinaryPairWords)))\s+(?:and|&)\s+(?i:\#(alternation(ordinaryPairWords)))\b)(?=\p{Lu})(?i:\#(alternation(everydayNames)))\b(?:\s*,\s*\#(capitalName))*(\s+(?:and|&)\s+)\#(capitalName)(?=\s+(?i:are|were|both|have|had)\b)"#, placeholder + "$1" + placeholder),
        // Capitalised names that are the subject of "are" or "were": "Lou and Bea are being left", "Kai, Bex and Rio were"; the
        // last goes with the removal of the one before it. An everyday word needs a stronger cue (below).
        (.likelyName, .words(.pluralVerb), #"\b(?=\p{Lu}[\p{L}'’-]*(?:\s*,\s*[\p{L}'’-]+)*\s+(?:and|&)\s+\p{Lu})(?<!\b(?i:the|a|an|in|at|to|from|by|of|for|with|and|or|on)\s)(?<!\b[Pp]ort\s)(?<!\b[Pp]ort\s[Ss]t\s)(?!\#(place)(?:\s*,\s*\#(place))*\s+(?:and|&)\s+\#(place)\s)(?!(?i:\#(alternation(everydayNames)))\b)\#(capitalWord)(?=(?:\s*,\s*\#(capitalName))*\s+(?:and|&)\s+\#(capitalName)\s+(?i:are|were|both|have|had)\b)"#, placeholder),
        // Two names in any case that are twins or siblings: "grace and summer are twins" (review, round 8).
        (.name, .words(.siblings), #"(?i)\b(?=[\p{L}'’-]+\s+(?:and|&)\s+[\p{L}'’-]+\s+(?:are|were)\s)(?<!\b(?:the|a|an|both)\s)\#(nameWord)(\s+(?:and|&)\s+)\#(nameWord)(?=\s+(?:are|were)\s+(?:(?:identical|twin|half|step)[\s-]+)?(?:twins|siblings|sisters|brothers|cousins)\b)"#, placeholder + "$1" + placeholder),
        // A double first name by its second half: "Kenzie-Leigh", "T-Jay", "lacey-mae" (review, round 8).
        (.name, .words(.nameEnding), #"(?i)(?<![\p{L}'’-])\p{L}+-(?:\#(alternation(nameEndings)))(?![\p{L}'’-])"#, placeholder),
        // A Manx family name, in any case: "Breesha Kinvig", "the quayles".
        (.name, .words(.surname), #"(?i)(?<![\p{L}'’-])(?:\#(alternation(manxSurnames)))(?:s|'s|’s)?(?![\p{L}'’-])"#, placeholder),
        // A case or record number after the name of its system, whole, the system's name kept: "mosaic id 998877", "LCS ref
        // 12345", "PNC ID 19/123456A" (kept whole: review, round 9), "Mosaic ID 1234 567"; after an "id" or a kind of number,
        // with it: "case no. AB12345", "crime ref 37/12345/24", "hospital number (1234567)". A system's name is never a name,
        // so a name before it does not take it ("Kai LCS 998877" kept the number: round 9).
        (.detail, .digit, #"(?i)(\b\#(systemLabel)\s*(?::\s*|\(\s*)?)\#(recordNumber)\#(logDate)|\b\#(kindLabel)\s*(?:\(\s*\#(recordNumber)\s*\)|:?\s*\#(recordNumber)\#(logDate))"#, "$1" + placeholder),
        // A court or case number of letters and digits mixed ("Court number ZW12C00345": a chat review, round 7).
        (.detail, .digit, #"(?i)\b(?:court|case|claim|proceedings|file|warrant|custody)\s+(?:no\.?|number|num|ref|reference|id|#)\s*:?\s*#?\s*(?=[a-z0-9/-]*\d)[a-z0-9][a-z0-9/-]{3,}\b"#, placeholder),
        // A Police National Computer ID without its label: two figures, a slash, figures and a check letter ("19/123456A").
        (.detail, .digit, #"\b\d{2}/\d{5,7}[A-Z]\b"#, placeholder),
        // Capitals then five or more figures are a record number wherever they stand: "RXX1234567", "AB 123456".
        (.detail, .digit, #"\b[A-Z]{1,3}[A-Z\d]?\s?\d{5,}\b"#, placeholder),
        (.detail, .digit, #"(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b"#, placeholder),
        (.detail, .digit, #"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b"#, placeholder),
        // Any other run of nine or more digits: a phone or NHS number written some other way.
        (.detail, .digit, #"(?<![\d/.])\+?\(?\d(?:[\s().-]{0,2}\d){8,}\b"#, placeholder),
        // Any other "<word> number <figures>" or "<word> no. <figures>" is someone's number in some system: "RHC number
        // 654321" (review, round 8); the word stays. Not "the number 101", "page no. 123", "room number 204".
        (.detail, .words([.numberLabel, .figure]), #"(?i)(\b(?=[a-z]{2,12}\.?\s+(?:no\.?|number|num)\s*:?\s*[a-z]{0,4}[-/]?\d)(?!(?:the|a|an|any|some|this|that|same|wrong|total|page|paragraph|para|section|step|stage|item|question|version|year|bus|route|room|bed|door|seat|table|platform|is|was|has|had|have|with|of|and|or|but|to|in|on|at|by|for|from|there)\b)[a-z]{2,12}\.?\s+(?:no\.?|number|num|#)\s*:?\s*#?\s*)[a-z]{0,4}[-/]?\d[\d/-]*\d\d\b"#, "$1" + placeholder),
        // Part of a postcode, after the word: "postcode tq1", "post code TQ1 4".
        (.detail, .digit, #"(?i)(\b(?:postcode|post code|p/code)\s*:?\s*)[a-z]{1,2}\d[a-z\d]?(?:\s*\d[a-z]{0,2})?\b"#, "$1" + placeholder),
        (.detail, .digit, #"(?i)\b(?=[\dfanu])(?<!\baged?\s)(?:(?:flat|apartment|apt|unit|no\.?|number)\s*\d{1,4}[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:(?!(?:lives|living|lived|live|at|in|on|by|near|with|and|or|is|was|has|had|years?|yrs?|months?|weeks?|yo|from|to|off)\b)[\p{L}'-]+\s+){1,3}(?:\#(alternation(streetTypes.union(everydayStreetTypes))))\b\.?(?-i:\#(town))\#(lowerCaseTown)"#, placeholder),
        (.detail, .digit, #"(?i)\b(?:flat|apartment|apt|unit)\s*\d{1,4}[a-z]?\b"#, placeholder),
        // A house number with no street after a word that says where: "living at no. 23", "at number 23", "next door at no 4" (a chat
        // review, round 17, 2026-12-01: quoted back as "23 with the new boyfriend"). Not "no 1:1", "said no 3 times".
        (.detail, .words([.numberLabel, .figure]), #"(?i)(\b(?:at|in|to|from|lives|living|live|lived|staying|stays|opposite|near|address(?:\s+is)?:?|house|home)\s+)(?:no\.?|number|num|#)\s*\d{1,4}[a-z]?\b(?![:/.-]\d)(?!\#(unitAfter))"#, "$1" + placeholder),
        // A road named, not one said which ("by the main road": review, round 8).
        (.detail, .words(.street), #"(?i)\b\#(streetName)(?:\s+\#(streetName)){0,2}\s+(?:\#(alternation(streetTypes)))\b\.?"#, placeholder),
        (.detail, .words([.everydayStreet, .addressCue]), #"(?i)(\b(?:at|on|in|from|off|lives|living|address|moved to|near)\s+)\#(streetName)(?:\s+\#(streetName)){0,2}\s+(?:\#(alternation(everydayStreetTypes)))\b\.?"#, "$1" + placeholder),
        // After "lives at" or "address", the rest of the clause is the address, whatever its words: "lives at Seaview", "Y
        // Bwthyn", "12 Lhon Dhoo, Ballasalla" (review, round 8). It ends at a word in lower case or a role ("lives at Seaview
        // with nan", "address Seaview, CSC closed it"); "lives at home", "lives at Nan's", "address NFA" and "an address 2
        // streets away" stay.
        (.detail, .words(.addressLead), #"(?:(\b(?i:(?:lives|living|live|lived|staying|stays|stopping|resides|residing|reside)\s+at\s+|address(?:\s+is\s+|\s*:\s*)))\#(addressStart)|(\b(?i:address)\s+)(?!\d+\s+\p{Ll})\#(addressStart))(?:(?:\s*,\s*|\s+)(?:(?:y|yr|ny|yn|na|on|upon|le|la|de|of|in)\s+)?\#(addressPart))*"#, "$1$2" + placeholder),
        // Where someone lives or a family is, a place's name: "the child lives in Ludlow with nan", "family at Meole Brace", "their
        // flat on the Castlefields estate" (a chat review, round 18, 2026-12-01, found each kept and quoted back). Not what kind of
        // home ("lives in Temporary Accommodation", "family in Foster Care") nor a school's or a service's name ("family at Ludlow
        // Primary School").
        (.detail, .words(.addressLead), #"(\b(?i:(?:lives|living|live|lived|staying|stays|stopping|resides|residing|reside)\s+in\s+))\#(placeName)"#, "$1" + placeholder),
        (.detail, .words(.family), #"(\b(?i:family|household)\s+(?i:at|in)\s+)\#(placeName)"#, "$1" + placeholder),
        (.detail, .words([.everydayStreet, .addressCue]), #"(\b(?i:at|on|in|from|off|near)\s+(?i:the)\s+)(?=\p{Lu})\#(capitalWord)(?:\s+\#(capitalWord)){0,2}\s+(?i:\#(alternation(["estate", "close", "green", "square", "hill", "vale", "fields"])))\b"#, "$1" + placeholder),
        // A capitalised word beside a removed name is more of it: "Zofia [removed]", "Ms. J. [removed] Okafor" (review, round 8),
        // and so is an Irish "Ó" ("Ó Súilleabháin said": round 10), before a removed name or after one ("[removed] O Sullivan": round 16).
        (.likelyName, .removal, #"\b(?=\p{Lu}[\p{L}'’-]*\s+(?:\p{Lu}[\p{L}'’-]*\s+)?\[removed\])(?:(?:\#(capitalWord)|Ó)\s+){1,2}(?=\[removed\])|(?<=\[removed\])(?:\s+(?:[OÓ]\s+)?\#(capitalWord)){1,2}\b"#, ""),
        // A family name first, before a comma and a removed first name: "SMITH, [removed]", "Jones, [removed]" (a chat review, round
        // 18): a listed family name in capitals or capitalised, or one of a family name's shape. Not any word in capitals, which is
        // mostly an agency's ("the RSPCA, [removed] says": the labelled descriptions).
        (.name, .removal, #"\b(?:(?=\p{Lu}{2})(?i:\#(alternation(familyNames)))|(?=\p{Lu}\p{Ll})(?i:\#(alternation(familyNames.subtracting(everydayFamilyNames))))|\#(familyNameShape))(?![\p{L}'’-])\s*,\s*\[removed\]"#, placeholder),
        // A second name joined to one removed: "Dafydd ap Rhys and Siân", "Grace and [removed]", "[removed] and Will".
        (.likelyName, .removal, #"\[removed\](\s+(?:and|&)\s+)\#(capitalName)|\b(?=\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+\[removed\])\#(capitalName)(\s+(?:and|&)\s+)\[removed\]"#, placeholder + "$1$2" + placeholder),
        // A care home or supported living named is where its residents live, as an address is: "Oakwood care home room 12 resident",
        // "Rose Lodge Nursing Home", "Oakwood supported living" (a chat review, round 22, F5). The name goes and the kind of place
        // stays. Capitalised only: before "care home" a word in lower case was an ordinary one in all 2,559 of the labelled
        // descriptions' ("the", "a", "our", "new", "same"), none of which names a home. Not "a Ludlow care home", a town. After the
        // names, as the capitalised word beside a removed name went with it ("[removed] Residential Care Home" lost "Residential").
        (.detail, .words(.kin), #"\b(?<!\b(?i:a|an)\s)(?=\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.\[\]-]+){0,4}\s+\#(homeKinds))\#(residenceName)(?=\s+\#(homeKinds))"#, placeholder),
        (.detail, .words(.addressLead), #"\b(?<!\b(?i:a|an)\s)(?=\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.\[\]-]+){0,4}\s+\#(livingKinds))\#(residenceName)(?=\s+\#(livingKinds))"#, placeholder),
        // A hospital named with a ward, bed or room by its number is where a patient is, for some where they live: "Ballamona Hospital
        // ward 3", "ward 3 at Ballamona", "bed 4, Royal Shrewsbury Hospital" (round 22, F5). The name goes; "Hospital" and the ward's
        // number stay (a bed's or room's went above). A hospital's name alone stays ("taken to Noble's Hospital", "the Royal
        // Shrewsbury Hospital discharged him"): one hospital serves a town or an island, as a town does, and where someone was taken
        // is often what the disagreement is about. An abbreviation stays too ("ward 21 at RSH"), as it may be an agency's.
        (.detail, .words(.room), #"\b(?=\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.\[\]-]+){0,4}\s+\#(hospitalKinds))\#(residenceName)(?=\s+\#(hospitalKinds),?\s+(?:(?i:on|in)\s+)?\#(placeByNumber))"#, placeholder),
        (.detail, .words(.room), #"(\b\#(placeByNumber)\d{0,2}[a-zA-Z]?,?\s+(?:(?i:at|in|of|on)\s+)?(?:(?i:the)\s+)?)(?:(?!\#(place))\#(residenceName)(?=\s+\#(hospitalKinds)|(?![\p{L}'’-]))|\#(residenceName)(?=\s+\#(hospitalKinds)))"#, "$1" + placeholder),
    ] as [(Finds, Needs, String, String)]).map { Pattern(finds: $0.0, needs: $0.1, expression: try! NSRegularExpression(pattern: $0.2), template: $0.3) }
}
