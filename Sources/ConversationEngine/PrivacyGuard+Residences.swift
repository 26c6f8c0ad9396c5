/// The words of a place where an adult lives that is not a street: a care home, supported living, a hospital ward by its number.
/// Named, it identifies the person as an address does: a chat review, round 22, F5, found "Oakwood care home room [removed]
/// resident" and "Ballamona Hospital ward 3" kept, quoted back and saved. The name goes; what kind of place it is stays, so the text
/// still reads ("[removed] care home", "[removed] Hospital ward 3").
extension PrivacyGuard {
    /// Capitalised words that start no care home's or hospital's name, before what kind of place it is: the words that are never a
    /// name, what kind of home ("Residential care home", "Private care home", "Dementia care home"), a month or a country, and what is
    /// done to a body ("Bruising").
    static let residenceNotNames: Set<Substring> = notNames.union(placesKept).union(monthNames).union(harmWords).union(Set("""
        nursing dementia elderly respite specialist local previous current former independent registered usual nearby different same
        residential care rest retirement mental general community acute psychiatric district secure forensic private day learning
        disability disabilities older another supported sheltered extra
        """.split { $0 == " " || $0 == "\n" }))

    /// The words of a kind of home after its name: "care home", "Nursing Home", "residential care home", "supported living".
    static let homeKinds = #"(?:(?i:residential|nursing|dementia|elderly|respite|specialist)\s+)?(?i:care|nursing|residential|rest|retirement)\s+(?i:homes?)\b"#
    static let livingKinds = #"(?i:supported\s+(?:living|housing|accommodation))\b"#
    /// The words of a hospital after its name: "Hospital", "Infirmary", "Hospice", "Unit".
    static let hospitalKinds = #"(?i:hospital|hosp|infirmary|hospice|unit)\b"#
    /// A ward, bed or room and its number, a bed's or room's removed already: "ward 3", "Ward 20", "bed [removed]", "room no. 4".
    static let placeByNumber = #"(?i:ward|bed|room|rm|bay|cubicle)\s*(?:(?i:no\.?|number)\s*)?(?:\d|\[removed\])"#
}
