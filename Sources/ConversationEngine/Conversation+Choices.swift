import EscalationRules

/// The lists a practitioner picks from that depend on the library, prepared once with it.
struct PreparedChoices: Sendable {
    /// Partnerships by number, id, names, aliases and areas.
    let policies: ChoiceList<String>
    /// By policy id: its areas by name or by a town in them (an answer to the partnership question may name one).
    let areasByName: [String: ChoiceList<String>]
    /// By policy id: its areas by name or id (the area question).
    let areas: [String: ChoiceList<String>]
    /// By policy id: its stages by label, to their positions.
    let stages: [String: ChoiceList<Int>]
    /// By policy id: stages by the number in their own short name ("step 1", "stage 3"), to their positions.
    let stagesByNumber: [String: [String: Int]]

    init(_ library: PolicyLibrary) {
        policies = ChoiceList(library.policies.map { policy in
            // Not its number: a whole number is read before this, and as a name "4" matched "4/12", a date typed
            // at the wrong question (an outside review, 2026-11-30).
            (policy.id, [policy.id, policy.shortName, policy.name] + policy.aliases + policy.areas.flatMap { [$0.name] + $0.places })
        })
        let byID = library.policies.map { ($0.id, $0) }
        areasByName = Dictionary(byID.map { id, policy in (id, ChoiceList(policy.areas.map { ($0.id, [$0.name] + $0.places) })) }, uniquingKeysWith: { first, _ in first })
        areas = Dictionary(byID.map { id, policy in (id, ChoiceList(policy.areas.map { ($0.id, [$0.name, $0.id] + $0.places) })) }, uniquingKeysWith: { first, _ in first })
        stages = Dictionary(byID.map { id, policy in (id, ChoiceList(policy.stages.map { ($0.position, [$0.label]) })) }, uniquingKeysWith: { first, _ in first })
        stagesByNumber = Dictionary(byID.map { id, policy in (id, Self.numbered(policy.stages)) }, uniquingKeysWith: { first, _ in first })
    }

    /// "stage 3" or "step 1" for each stage whose short name is a word and a number, to its position; the first wins.
    static func numbered(_ stages: [Stage]) -> [String: Int] {
        var table: [String: Int] = [:]
        for stage in stages {
            let name = Answers.words(stage.shortLabel ?? "")
            guard name.count == 2, let number = Int(name[1]) ?? DateAnswer.numberWords[name[1]], table["\(name[0]) \(number)"] == nil else { continue }
            table["\(name[0]) \(number)"] = stage.position
        }
        return table
    }
}

extension Conversation {
    static let subjects = ChoiceList([
        (Subject.child, ["child", "children", "young person", "baby", "kid", "teenager", "teen", "boy", "girl", "infant", "unborn", "a child", "plentyn", "person ifanc",
                        // As practitioners also say it (a chat review, round 19, 2026-12-02: "yp" and "pupil" were not understood).
                        "yp", "cyp", "young people", "pupil", "pupils", "looked after child", "cla", "lac"]),
        (.adult, ["adult", "adults", "vulnerable adult", "older person", "an adult", "elderly", "carer", "oedolyn",
                  // Round 19 too: "resident" (of a care home) was not understood.
                  "resident", "residents", "care home resident", "tenant"]),
    ])

    static let counterparts = ChoiceList([
        // Agencies by the names practitioners type, so "CSC team manager closed the case" is not taken for the practitioner's
        // own manager and sent to whistle-blowing (a chat review, round 14, 2026-11-30): with both named, it is asked again.
        (Counterpart.otherAgency, ["agency", "decision"] + agencyWords),
        (.ownManager, ["my manager", "own manager", "manager", "boss", "supervisor"]),
        (.ownOrganisation, ["my organisation", "own organisation", "organisation", "my agency", "my own team", "own practice",
                            // Round 19: "our own team" was not understood.
                            "own team", "our own team", "our team", "my team", "our organisation", "our agency"]),
        (.individualConduct, ["conduct", "one person", "individual", "poor practice", "behaviour", "complaint"]),
        (.conference, ["conference", "child protection conference", "cp conference", "icpc", "rcpc", "case conference", "cp chair",
                       "conference chair"]),
    ])

    static let settings = ChoiceList([
        (Setting.school, ["school", "primary", "secondary", "academy", "teacher", "primary school", "secondary school"]),
        (.college, ["college", "sixth form", "further education", "fe"]),
        (.earlyYears, ["early years", "nursery", "childminder", "preschool", "pre school"]),
        (.gp, ["gp", "general practice", "surgery", "doctor", "gp surgery"]),
        (.hospital, ["hospital", "ward", "a e", "emergency department", "maternity", "paediatrics"]),
        (.health, ["health", "health visitor", "school nurse", "camhs", "nhs", "mental health", "midwife", "nurse"]),
        (.police, ["police", "officer"]),
        (.childrensSocialCare, ["children social care", "children's social care", "csc", "social worker", "social care"]),
        (.adultSocialCare, ["adult social care", "asc", "adult services"]),
        (.other, ["other", "housing", "probation", "charity", "voluntary", "youth", "none of these"]),
    ])

    static let types = ChoiceList(DisagreementType.allCases.map { ($0, $0.names) })

    static let specialCaseKinds = ChoiceList(SpecialCase.Kind.allCases.map { ($0, [$0.label]) })
}
