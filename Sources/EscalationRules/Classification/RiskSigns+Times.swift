/// When a sign happens: today, a state that is current, the past, or over. A sign is immediate when
/// its clause or the description places it today, a concern when only in the past, and nothing when over.
extension RiskSigns {
    /// Times that put the harm today or before the next working day.
    static let now: [String] = [
        "right now", "today", "tonight", "this morning", "this afternoon", "this evening", "this lunchtime",
        "still not replaced", "still not fixed", "still not working", "still broken", "still no feed", "still no food",
        "this weekend", "earlier", "just now", "since lunchtime", "since this morning", "since about", "since around",
        "since last night", "since yesterday", "since breakfast", "since school", "since dinner", "since tea", "last night",
        "tomorrow", "minutes ago", "hours ago", "an hour ago", "half an hour", "within the hour",
        "after school", "home time", "pick up time", "pickup", "end of the day", "later", "overnight", "midnight",
        "at 1", "at 2", "at 3", "at 4", "at 5", "at 6", "at 7", "at 8", "at 9", "at 10", "at 11", "at 12",
        "this am", "this pm", "at lunch", "at lunchtime", "at break", "straight home", "fresh", "new bruise*", "new injur*", "new mark*", "in pain",
        "just said", "just told", "has just", "have just", "just walked in", "just been", "just found", "just rang", "just phoned", "just called", "just rung", "just driven past", "just seen", "just saw", "as soon as we gone", "as soon as we leave", "as soon as we left", "as soon as they leave", "since lunch",
        "for the night", "since the weekend", "since friday", "since saturday", "since sunday", "since monday", "since tuesday",
        "since wednesday", "since thursday", "going home", "due home", "due back",
        // A state that began with a change and runs on to now (the eleventh session's sets): "since the plan started on Monday".
        "since the plan started", "since the new plan started", "since the package started", "since the new provider started", "since the calls stopped",
        "since the visits stopped", "since the calls were cut", "since the package was cut", "since it started",
        // Someone in hospital now, on the point of going (the same sets): "the 29yo in cubicle 4 who's asking to leave".
        "asking to leave", "wants to leave now", "about to leave the ward",
        "again tonight", "over the weekend", "in an hour", "in half an hour", "in _ hour", "in _ hours", "in _ minutes", "every evening", "each evening", "weekend", "imminent*", "about to", "on the way",
        "before school", "at breakfast", "since morning", "since the morning", "getting dark", "just asked", "in the next", "leave her there", "leave him there", "since his tea", "since her tea", "since tea time", "in branch now", "just boarded", "boarded the", "friday afternoon", "this eve", "home run", "school run", "end of day", "we are closing", "about to close", "we close at", "evening visit", "bedtime visit", "tea time visit", "teatime visit", "night visit", "just come", "just arrived", "just turned up", "just shown up", "home from school", "back from school", "in from school", "when she gets back", "when he gets back", "when she gets home", "when he gets home",
        "just threatened", "just dropped", "just picked", "just assaulted", "just attacked", "just hit", "just punched", "just kicked", "just pushed", "just grabbed", "on till", "on until", "every night", "each night", "still unwell", "still very unwell", "still poorly", "just visited", "at noon", "at midday",
        "since 1", "since 2", "since 3", "since 4", "since 5", "since 6", "since 7", "since 8", "since 9", "since 10", "since 11", "since 12",
        "last visit was yesterday", "last call was yesterday", "last seen yesterday", "since half", "moved back in yesterday", "moved in yesterday", "came back yesterday", "back in yesterday", "came home yesterday", "dark by", "at half 1", "at half 2", "at half 3", "at half 4", "at half 5", "at half 6", "at half 7", "at half 8", "at half 9", "at half 10", "at half 11", "at half 12", "after nursery", "after club",
        // The day's routine as the only word of today (a set where today is implied, 2026-11-30).
        "when he gets in", "when she gets in", "in from work", "when he finishes work", "when she finishes work",
        "till the morning", "til the morning", "until the morning", "after his lesson", "after her lesson", "after swimming",
        "after the session", "after practice", "since he got in", "since she got in", "since he got home",
        "since she got home", "at tea time", "at teatime", "driving him home", "driving her home", "driving them home",
        "just got off", "just got out of", "just got into", "end of the school day", "end of school",
        "till teatime", "until teatime", "till tea time", "until tea time", "flies to _ in the morning", "flying to _ in the morning",
        "flies out in the morning", "flying out in the morning", "flies in the morning", "flight in the morning", "flight is in the morning",
        // Missing days ago and not said to be found is missing now (a chat review, round 18, 2026-12-01: "went missing 2 days
        // ago" was read as past, and given a routine route).
        // Not "still missing", which is as often school or appointments.
        "went missing _ days ago", "went missing _ day ago", "gone missing _ days ago", "has been missing since",
    ]

    /// Words that say a state is current, not that anything happens today ("settled now", "currently no
    /// SW allocated"): they make a sign immediate, but on their own, with no sign, concern or vulnerable
    /// person in the description, they are not asked about (a routine tuning set, 2026-11-30). So do a
    /// clock time and a walk home: "its 5 past 6" beside a carer "off her face" is today, but "we met at
    /// half past 2" about the minutes is not worth the question.
    static let present: [String] = [
        "now", "currently", "at the moment",
        "still living with", "walk home", "way home", "its half", "it is half", "its gone", "it is gone", "waiting outside", "is outside", "are outside", "all day", "sat in our", "sitting in our", "are sat in", "is sat in", "rang me from", "phoned me from", "calling from the", "sending her home", "sending him home", "discharging her", "discharging him", "in the car outside", "sitting with her", "sitting with him", "in the lounge with", "outside her house", "outside his house", "stood with him", "stood with her", "we are stood", "standing with him", "standing with her", "just collected the", "its _ past", "it _ past", "it is _ past", "half past", "quarter past", "quarter to",
        "for _ days", "for days", "all morning", "all afternoon", "all evening", "just collected", "just left", "getting more and more", "we are standing", "standing in the house", "we are in the house", "i am in the house",
        "been _ hours", "call an ambulance", "wanted an ambulance", "want an ambulance", "needs an ambulance", "need an ambulance",
        "ring an ambulance", "get an ambulance", "as we speak", "she there now", "he there now", "they there now", "hour wait", "hours wait", "hour wait for", "is fitting", "are fitting", "still fitting",
        "keeps beeping", "keeps going off", "is going off", "still going off", "is having a seizure", "is having seizures", "is having a fit", "is having fits", "is seizing", "nobody is coming", "no one is coming", "i am stood", "i am sat", "sat outside", "sat in the car", "stood by the car", "parked up", "parked outside", "as i type", "as i write", "on his doorstep", "on her doorstep", "on the doorstep", "on the step", "over an hour", "for _ minutes", "is home with", "are home with", "been hours", "for hours", "already packing", "in reception asking", "at reception asking", "in reception now", "at reception now", "in the waiting room", "parked there", "parked up there", "been alone since", "has been alone", "gone off with", "still there now", "has barricaded", "says he has a", "says she has a", "he been alone", "she been alone", "been taken back to", "is wet through", "on scene", "still outside", "still on scene", "just bought", "this shift", "on this shift", "by the hour", "getting worse by", "she is still there", "he is still there", "they are still there", "at pick up", "at pickup", "in the queue", "still in there", "now with her", "now with him", "he is up on", "she is up on",
    ]

    /// Times that put a sign in the past, so it is a concern rather than today's danger.
    static let past: [String] = [
        "last week", "last month", "last year", "last term", "days ago", "weeks ago", "months ago", "years ago",
        "previously", "previous", "historic*", "in the past", "old bruise*", "old injur*", "back in", "when she was",
        "when he was", "last summer", "last christmas", "history", "historical", "in the spring", "in the summer",
        "last spring", "over _ months", "over _ weeks", "over _ years", "over the last", "over the past", "pattern of", "last yr", "as a teen", "as a teenager", "when younger",
        // A year ("in 2019") is never today, whether past or to come; "as a baby" is someone's past (a chat review, round 5).
        "in 199*", "in 200*", "in 201*", "in 202*", "from 199*", "from 200*", "from 201*", "from 202*", "as a baby", "as a toddler", "as an infant", "as a young child", "as a little girl", "as a little boy",
    ]

    /// Past times that say the danger is over: a sign in the same clause is not counted at all.
    static let resolutions: [String] = [
        "healed", "healing", "found safe", "now safe", "returned safe", "came home safe", "back home safe", "no longer",
        "is safe", "are safe", "safe now", "found well", "had gone", "have gone", "resolved", "long gone", "in prison now",
        "still in prison", "remanded in custody",
        "now in prison", "is in prison now", "is in prison", "in prison for", "conviction is spent", "doing well", "doing really well", "all sorted",
        "weight restored", "safe in a refuge", "and safe", "lives separately",
    ]
}
