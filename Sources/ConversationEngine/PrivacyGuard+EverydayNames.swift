/// Where a first name that is an everyday word stands as a name, and the words that say it does not: a chat review, round 17
/// (2026-12-01), found "the referral on Grace after her dad hit her", "the resident in room 12, Edna, has", "a coach, Will, who" and
/// "Rocky hit her" kept, quoted back and saved.
extension PrivacyGuard {
    /// Words after a capitalised everyday-word name that make it a thing, not a person: "Faith groups", "Storm shelter", "the Rose
    /// garden", "Sky News", "Amber rating", "Will writing".
    static let thingWords: Set<Substring> = notFamilyNames.union(institutionWords).union(Set("""
        group groups leader leaders shelter shelters news tv channel writing writer rating ratings status level levels zone risk flag flags
        category stage phase route road oil tree trees bush bushes bed beds colour color sky weather warning damage damages project room
        room rooms court courts bay house home homes lodge nursing care
        """.split { $0 == " " || $0 == "\n" }))

    /// Who a name may follow between commas: "the resident in room 12, Edna, has", "a coach, Will, who". People by who they are
    /// to the case, never an agency ("CSC, Health, school" is a list).
    static let appositionLeads: Set<Substring> = personWords.union(clientWords).union(relationWords).union(Set("""
        coach teacher tutor leader volunteer neighbour lodger carer worker nurse doctor driver man woman lady gentleman gent person
        adult resident lad lass landlord landlady friend boyfriend girlfriend partner stepdad stepmum mentor instructor cousin
        """.split { $0 == " " || $0 == "\n" }))

    /// What a person does, after their everyday-word name: "Rocky hit her", "Grace says", "Holly lives with nan".
    static let personVerbs: Set<Substring> = Set("""
        hit hits punched punches kicked kicks slapped slaps bit bites pushed pushes grabbed grabs strangled choked threatened threatens
        says said told tells disclosed discloses lives lived attends attended ran runs cried cries screamed screams refused refuses wants
        wanted absconded stayed stays sleeps slept fell falls wandered wanders alleged alleges complained complains reported reports
        shouted shouts swore spat
        """.split { $0 == " " || $0 == "\n" })

    /// Words between "the" and who someone is that say what kind of one: "Bill, the elderly resident", "Dot the 84 year old
    /// resident".
    static let personDescriptions = #"(?:(?i:elderly|older|old|young|younger|new|vulnerable|frail|disabled|male|female|autistic|other|same|long[\s-]term|respite)\s+|\d{1,3}[\s-]*(?:(?i:year[\s-]*old|yr[\s-]*old|yo|y/o))\s+){0,2}"#

    /// A capitalised everyday-word name: "Grace", "Will", "Rocky" (not "GRACE" or "grace").
    static let capitalEverydayName = #"(?=\p{Lu}\p{Ll})(?i:\#(alternation(everydayNames)))\b"#
}

extension PrivacyGuard {
    /// What a person does, after their name, that is never more of it: "Kerry slapped her", "jayden hit by stepdad", "Mrs Khan refuse
    /// to engage" (a chat review, round 18, 2026-12-01). The verbs in lower case ending "ed" or "ing" are read by their ending.
    static let verbsAfterName: Set<Substring> = personVerbs.union(Set("""
        hit hits punch punches kick kicks slap slaps bite bit bitten push pushes shove shoves smack smacks grab grabs strangle strangles
        choke chokes threaten threatens hurt hurts assault assaults attack attacks abuse abuses shake shakes shook beat beats threw throws
        refuse refuses came comes went ran runs left took takes keeps kept stole steals shouts swore swears screams touches sent sends
        showed shows broke breaks smokes drinks drank uses sells sold gave gives lost hides hid sat sleeps ate eats drove drives met meets
        texts lies tried tries wont won't cant can't didnt doesnt isnt wasnt hasnt
        """.split { $0 == " " || $0 == "\n" }))
}

extension PrivacyGuard {
    /// Words after "lives in" or "family in" that are not where someone lives: a kind of home, a month or a day, a country and a
    /// council's area, which say whose procedures apply (a chat review, round 18, 2026-12-01).
    static let placesKept: Set<Substring> = monthNames.union(Set("""
        temporary supported emergency residential sheltered social private shared council foster kinship
        monday tuesday wednesday thursday friday saturday sunday
        england scotland wales ireland northern britain uk europe spain portugal france germany italy poland romania lithuania latvia
        bulgaria hungary ukraine russia turkey albania india pakistan bangladesh nigeria ghana somalia eritrea sudan syria afghanistan
        iraq iran china vietnam jamaica australia america usa canada isle
        cheshire halton warrington shropshire telford wrekin torbay devon cornwall somerset wirral merseyside powys wrexham flintshire
        staffordshire herefordshire
        """.split { $0 == " " || $0 == "\n" }))
}
