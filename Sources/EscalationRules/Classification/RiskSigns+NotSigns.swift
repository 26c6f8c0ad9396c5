/// What turns a sign off: a negation before it, words that only look like signs, and risk denied in so
/// many words. Read first, so no sign or time is taken from them.
extension RiskSigns {
    /// Words that turn off a sign that follows within a few words in the same clause.
    static let negations: [String] = ["no", "not", "never", "nil", "without", "denies", "denied", "none", "nor", "ruled out", "nothing"]

    /// Words that look like signs but are not, read first so no sign is taken from them.
    static let notSigns: [String] = [
        "for now", "stable", "discharge plan*", "discharge meeting", "discharge summary", "discharge letter",
        "missing school", "missing education", "missing from education", "missing appointments", "missing appt*",
        "missing _ appointments", "missing _ appt*", "missing clinic", "missing _ clinic", "missing lessons", "missing sessions",
        "missing meetings", "missing therapies", "missing his therapies", "missing her therapies", "missing episode*",
        "missing from home episode*", "return home interview*", "perpetrator programme", "perpetrator program",
        "now _ weeks", "now _ months", "now _ days", "knife crime", "weapons awareness",
        // Ordinary process words that read as risk today out of context (a routine tuning set, 2026-11-29).
        "seen alone", "seen him alone", "seen her alone", "seen the child alone", "seen the young person alone",
        "visited alone", "spoke to him alone", "spoke to her alone", "speak to the child alone", "missing immunisations",
        "missing out", "missed appointments", "post discharge", "discharge destination", "discharge planning",
        "discharged to gp", "discharged to the gp", "now closed", "is now closed", "now being reviewed", "no role now",
        "cancelled now", "hoarding assessment", "clutter rating",
        // A service ending its work, and other process words, from a second routine tuning set (2026-11-30).
        "discharged from camhs", "camhs discharged", "cmht discharged", "discharged from cmht", "memory clinic discharged",
        "discharged from the service", "discharged from the caseload", "discharged from therapy", "discharged after _ dnas",
        "discharged after _ appointment", "discharged after one appointment", "discharge to assess", "missing paperwork", "paperwork missing",
        "paperwork is missing", "forms are missing", "forms missing", "missing forms", "done alone", "went alone", "overnight respite",
        // A practitioner saying in so many words that nobody is at risk now: not a time of today (a tuning
        // part of mostly ordinary disagreements, 2026-11-30). Signs elsewhere in the description still count.
        "no risk right now", "no risk now", "no risk at the moment", "not at risk now", "not at risk right now",
        "not at risk at the moment", "nothing unsafe right now", "nothing unsafe now", "nobody at risk right now",
        "nobody at risk now", "no one at risk right now", "no one at risk now", "no current risk", "no current incidents",
        "no risk today", "not at risk today", "no risk tonight", "not at risk tonight", "no risk at all",
        // And as a chat review (round 5, 2026-11-30) found them put.
        "no risk of harm today", "no risk of harm now", "no risk of harm right now", "no risk of harm tonight", "no risk of harm",
        // And as a chat review (round 8, 2026-11-30) found them put: the danger denied, or over and said to be.
        "no concerns today", "no concerns now", "no concerns right now", "no concerns at the moment", "nobody is in danger",
        "no one is in danger", "nobody in danger", "no one in danger", "not in danger", "is fine now", "are fine now", "now in place",
        "is safe today", "are safe today", "safe today", "is safe right now", "are safe right now", "nobody is at risk right now", "no one is at risk right now", "nobody is at risk now", "no one is at risk now", "nobody is at risk today", "no one is at risk today",
        // Process words from a second set of everyday escalations (2026-11-30).
        "domestic violence notification*", "domestic abuse notification*", "flagged as domestic violence", "flagged as domestic abuse",
        "now managed", "now exited", "exploitation panel", "exploitation screening", 
        // Not being told is about the telling: "wasnt told abuser moved back in" still says he moved back in.
        "not told", "not been told", "not informed", "not been informed", "not notified",
        // Ordinary words from a fourth routine tuning set (2026-11-30): where someone lives, a waiting list, "a bit".
        "lives alone", "living alone", "lived alone", "take her off", "take him off", "take them off", "a bit", "bit of", "bit more",
        "bit longer", "little bit",
        // "bit" as a part of something, not a bite (a chat review, round 19, 2026-12-02: "yes apart from the supervisor bit"
        // at the checklist was asked about as harm today).
        "apart from the _ bit", "except the _ bit", "except for the _ bit", "apart from that bit", "apart from this bit",
        "our bit", "their bit", "my bit", "bit about", "the _ bit is", "that bit is", "with that bit", "that bit changed", "nobody else agreed", "no one else agreed", "discharging to gp", "discharging to the gp",
        // "... is no longer a concern but he was sat in her room": the practitioner contradicts the resolution.
        "no longer a concern but", "no longer a risk but", "no longer a worry but",
        // Advice is not negation: "she shouldnt leave with the man in the van" still says who she may leave with.
        "should not", "must not", "ought not",
        // A deadline, not a night: "nobody told school until the morning of" the conference (a routine tuning set, 2026-11-30).
        "till the morning of", "til the morning of", "until the morning of",
        // A meeting today, and a decision or referral dealt with today, are the day's process, not a child's (an outside
        // review, round 9, 2026-11-30: "the RCPC is tonight at 6", "today's core group", "screened out ... this morning").
        // Not "the meeting this morning" or "meeting tonight": a child can be met, and a meeting can be where the risk was heard.
        "meeting is today", "meeting is tonight", "meeting is this afternoon", "meeting is this morning", "today core group", "today strategy", "today meeting",
        "today conference", "today icpc", "today rcpc", "today panel", "conference is today", "conference is this afternoon", "rcpc is tonight", "rcpc is today", "rcpc is this afternoon", "icpc is today",
        "icpc is tonight", "icpc is this afternoon", "core group is today", "core group is this afternoon", "referral this morning", "referral today", "enquiry today",
        "closed the case today", "closed it today", "closed the enquiry today", "decision not to visit", "decided not to visit",
        "is well now", "are well now", "doing well now", "is settled now", "rcpc is tonight at _", "icpc is tonight at _",
        "meeting is tonight at _", "meeting is at _", "conference is at _", "core group is at _", "rcpc is at _", "icpc is at _",
        "strategy is at _", "strategy meeting is at _",
        // A date, not a clock: "since 12/11" is read as "since 12 11", and "since 12" is a time of today (a chat review,
        // round 10, 2026-11-30, was asked about "the review since 12/11").
        // Safe today, said of the child or adult, where a resolution's own words ("and safe", "is safe") would leave the
        // "today" after them to be read alone (the same review). Not "safe now" in general: "told her she's safe now" can be
        // the other agency's claim beside a return to him tonight (a tuning part).
        "and safe today", "safe with _ today", "safe with _ _ today", "is safe with _ today", "is safe with _ _ today",
        "safe at _ today", "is safe at _ today", "safe in _ today", "is safe in _ today",
        "since _ 0*", "since _ 1*", "since _ 2*", "since _ 3*", "since _ 4*", "since _ 5*", "since _ 6*", "since _ 7*", "since _ 8*", "since _ 9*",
    ]

    /// Risk denied in so many words: not signs, and beside them a time of today alone is not asked about. Signs
    /// elsewhere in the description still count (an outside review, round 9, 2026-11-30: "ASC closed the enquiry
    /// today, nobody is at risk" and "no concerns about safety today" were asked about).
    static let denials: [String] = [
        "nobody is at risk", "no one is at risk", "nobody at risk", "no one at risk", "noone is at risk", "no concerns about safety",
        "no concerns about _ safety", "no concerns about _ _ safety", "no safety concerns", "no safeguarding concerns today", "no risk to anyone", "nobody is in any danger",
        "no one is in any danger",
        // Safe today in so many words, with nothing heard of harm: the retrained second opinion began to ask about "the child
        // is safe today, the issue is who chairs the review" (the seventeenth session).
        "is safe today", "are safe today", "is safe right now", "are safe right now",
    ]
}
