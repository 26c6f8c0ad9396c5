/// Risks that stand over time rather than happen today: domestic abuse assessed as high risk, someone with a record of
/// harming children or partners beside a child or adult, and a baby expected where earlier children were removed or no
/// pre-birth assessment has been done. Nothing in them places harm today, so each is significant risk unless a word of
/// today in its own clause does (an outside chat review, round 23, F2: "MARAC referral rejected, high risk DASH score
/// 18", "mum's new partner has previous for child cruelty and has moved in" and "unborn baby due next wk, no pre-birth
/// assessment done, mum's older kids removed" all read as routine, and a "no" to risk was never asked about again).
extension RiskSigns {
    /// A kind of standing risk; its raw value names the sign in `classify --explain`.
    enum Standing: String, CaseIterable, Sendable {
        case highRiskAbuse, previousForHarm, noPreBirthAssessment, earlierChildrenRemoved
    }

    /// The words that are the sign. Patterns that begin with a negation ("no pre birth assessment") are signs in
    /// themselves; any other is off after a negation, as a situation is ("no previous for violence").
    static let standing: [Standing: [String]] = [
        .highRiskAbuse: highRiskAbuse, .previousForHarm: previousForHarm, .noPreBirthAssessment: preBirthNotDone,
        .earlierChildrenRemoved: earlierRemovals,
    ]

    /// Where one of these words must also be somewhere in the description, not negated, for the sign to count: someone
    /// living with, moving in with or seeing the person with the record; a baby expected or just born. A record alone
    /// ("the uncle has previous for assault, police will not share it") says nothing of who is near him.
    static let standingContexts: [Standing: [String]] = [
        .previousForHarm: [
            "moved in", "moving in", "move in", "moves in", "moved back in", "moving back in", "moved into", "moving into",
            "living with", "lives with", "live with", "living there", "lives there", "living at", "living in the",
            "staying with", "stays with", "staying at", "staying over", "stays over", "stay over", "sleeping over", "sleeps over",
            "contact with", "has contact", "having contact", "unsupervised contact", "supervised contact", "overnight contact",
            "weekend contact", "contact visit*", "has the kids", "has the children", "has her every", "has him every",
            "partner", "partners", "boyfriend", "girlfriend", "husband", "wife", "stepdad", "step dad", "lodger", "fiance*",
            "relationship with", "in a relationship", "going out with", "dating", "seeing a", "seeing her", "seeing the",
            "babysit*", "looking after", "minding", "caring for", "in the house", "at the house", "in the home", "at the home",
            "same house", "household", "at home with", "around the house", "around the children", "around the kids",
            "with the kids", "with the children", "with the baby", "access to", "collecting", "picking up", "been visiting",
            "visiting every", "visits every", "visits at weekends", "back home", "returned home", "returning home",
            "going home to", "goes home to", "released to", "back in the house", "back living", "moving to", "moves to",
        ],
        .earlierChildrenRemoved: [
            "unborn", "pregnant", "pregnancy", "baby due", "due date", "due any", "due next", "due in", "due soon",
            "due this", "edd", "before the birth", "after the birth", "at birth", "birth plan", "give birth", "giving birth",
            "gave birth", "expecting a baby", "expecting again", "is expecting", "expecting twins", "antenatal", "ante natal", "gestation", "pre birth", "prebirth", "pba", "newborn*",
            "new born", "new baby", "baby born", "born", "just had the baby", "had the baby", "had her baby",
        ],
    ]

    /// Domestic abuse assessed as high risk (a DASH of 14 or more ticks is the MARAC threshold), and a referral to MARAC,
    /// which hears only high-risk cases, refused or closed.
    private static let highRiskAbuse: [String] = [
        "high risk domestic abuse", "high risk domestic violence", "high risk on the dash", "high risk on dash", "high risk dash",
        "dash high risk", "dash high", "dash was high", "dash is high", "dash came out high", "dash came back high",
        "dash scored high", "dash score high", "dash assessed as high", "dash assessed high", "dash rated high",
        "high on the dash", "high on dash", "visible high risk", "high risk victim", "high risk marac", "marac high risk",
        "meets marac", "meets the marac", "met marac", "met the marac",
        "not meet marac", "not meet the marac", "not meet threshold for marac", "not meet the threshold for marac",
        "below marac", "below the marac", "below threshold for marac", "under the marac",
        "not refer to marac", "not referred to marac", "not take it to marac", "not go to marac", "not going to marac",
        "refused _ marac", "rejected _ marac", "declined _ marac", "refused to refer to marac", "declined to refer to marac",
        "removed from marac", "taken off marac", "closed at marac", "closed by marac",
    ] + [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27].flatMap { score in
        ["dash \(score)", "dash score \(score)", "dash score of \(score)", "dash scored \(score)", "dash score was \(score)",
         "dash was \(score)", "dash is \(score)", "dash of \(score)", "dash at \(score)", "dash ric \(score)",
         "scored \(score) on the dash", "scored \(score) on dash", "\(score) on the dash", "\(score) on dash",
         "\(score) ticks on the dash", "\(score) ticks on dash"]
    } + ["marac", "marac _", "marac _ _"].flatMap { marac in
        ["rejected", "refused", "declined", "not accepted", "turned down", "bounced", "closed", "screened out",
         "will not take", "would not take", "will not accept", "would not accept", "will not hear", "will not list",
         "did not accept", "not taken"].map { "\(marac) \($0)" }
    }

    /// A record of harming children or partners: a named offence, or a conviction, a caution, "previous" or "form" for one.
    private static let previousForHarm: [String] = [
        "child cruelty", "cruelty to a child", "cruelty to children", "cruelty to the children", "cruelty to a baby",
        "schedule 1", "schedule one", "sched 1", "sch 1", "schedule 1 offender", "sex offender", "sex offenders register",
        "sex offender register", "sex offenders list", "sexual harm prevention order", "shpo",
        "a risk to children", "a risk to the children", "a risk to kids", "a risk to the kids", "a risk to babies",
        "a risk to the baby", "a risk to young children", "a known risk to children",
    ] + [
        "previous for", "previous of", "previous convictions for", "previous conviction for", "a previous conviction for",
        "convictions for", "conviction for", "convicted of", "convicted for", "has form for", "a record for",
        "criminal record for", "criminal record of", "served time for", "done time for", "did time for", "jailed for", "sentenced for", "cautioned for",
        "a caution for", "supervise for", "supervised for", "on licence for", "on probation for", "went to prison for",
        "been to prison for", "went to jail for",
    ].flatMap { record in
        ["child cruelty", "cruelty", "neglect*", "harming", "hurting", "injuring", "shaking", "abusing", "abuse*", "assault*",
         "violence", "violent", "domestic abuse", "domestic violence", "sexual*", "sex offences", "rape*", "indecent*", "gbh", "abh",
         "grievous bodily harm", "actual bodily harm", "wounding", "battery", "grooming", "strangl*", "stalking", "harassment",
         "coercive", "controlling", "murder", "manslaughter", "attempted murder", "kidnap*", "threats to kill", "offences against",
         "child abuse", "financial abuse"].map { "\(record) \($0)" }
    }

    /// A pre-birth assessment, plan or conference not done, not started or refused.
    private static let preBirthNotDone: [String] = {
        let named = ["pre birth", "prebirth", "pba", "pre birth assessment", "prebirth assessment", "pre birth plan",
                     "prebirth plan", "pre birth conference", "prebirth conference"]
        let undone = ["not done", "not been done", "has not been done", "was not done", "not yet done", "still not done", "never done",
                      "not started", "not been started", "has not been started", "has not started", "not yet started",
                      "still not started", "not completed", "not been completed", "has not been completed", "not complete",
                      "not finished", "not happened", "has not happened", "never happened", "not undertaken", "not been undertaken",
                      "not been allocated", "not allocated", "not yet", "refused", "declined", "cancelled", "outstanding", "overdue"]
        let undoing = ["no", "without a", "without any", "not had a", "not had any", "not done a", "not done the", "not completed a",
                       "not completed the", "not started a", "not started the", "not do a", "not doing a", "not doing the",
                       "not complete a", "not undertake a", "not been a", "refused a", "refused to do a", "declined a",
                       "declined to do a", "never had a"]
        return named.flatMap { name in undone.map { "\(name) \($0)" } + undoing.map { "\($0) \(name)" } }
    }()

    /// Earlier children removed from the parents' care, taken into care or adopted: with a birth to come, the baby's risk.
    private static let earlierRemovals: [String] = {
        let children = ["kids", "children", "siblings", "babies", "child", "baby", "sibling", "sons", "daughters"]
        let earlier = ["older", "other", "previous", "eldest", "first", "2", "3", "4", "5", "6", "two", "three", "four", "five", "six"]
        let removed = ["removed", "were removed", "was removed", "have been removed", "had been removed", "all removed",
                       "taken into care", "were taken into care", "was taken into care", "placed for adoption",
                       "were placed for adoption", "removed from her care", "removed from their care"]
        let inCare = ["in care", "are in care", "were in care", "all in care", "adopted", "were adopted", "was adopted", "in foster care"]
        return children.flatMap { child in removed.map { "\(child) \($0)" } }
            + earlier.flatMap { first in children.flatMap { child in inCare.map { "\(first) \(child) \($0)" } } }
            + ["removed from her care", "removed from their care", "removed from his care", "removed from mum", "removed at birth",
               "previous removals", "previous removal", "prior removals", "removal of her older", "removal of the older",
               "removal of her previous", "removal of her other", "removal of previous", "had _ children removed",
               "had _ kids removed", "had _ _ children removed", "had _ _ kids removed", "had children removed", "had kids removed"]
    }()

    /// The negations that may start a standing sign's own words ("no pre birth assessment", "without a PBA", "not referred to
    /// MARAC"): the sign is then the negative itself, and it is not turned off.
    static let standingNegativeStarts: Set<String> = ["no", "not", "nobody", "without", "never"]
}
