import EscalationRules

/// The bot's fixed wording, kept together so it reads as one voice and tests can pin it.
enum Prompts {
    static let greeting = [
        "Hello, I'm IntakeBot. I help you take the next step when you disagree with another agency about a child's or adult's safety, using your partnership's escalation policy.",
        "I never need the child's or adult's name, date of birth or address. Type 'help' at any time.",
    ]
    /// What each case asks, and only that: "whom to notify" only for a policy whose rounds ask it (a chat review, round 17,
    /// 2026-12-01: said for three policies that name no one to notify).
    static func practiceRound(_ cases: Int, _ policy: Policy, asksNotify: Bool) -> String {
        "Practice round: \(cases) cases under the \(policy.shortName) policy (\(policy.name)). For each, say which stage comes next, whom to contact, \(asksNotify ? "whom to notify " : "")and by when."
    }
    static let trainingAfterPolicy = "Choose a partnership, and the practice round will start."
    static let noPracticeScenarios = "There are no practice scenarios for this policy."
    static let choosePolicy = "Which safeguarding partnership's policy applies? Type a number or a name."
    static let immediateRisk = "First, safety: is a child or adult at immediate risk of significant harm right now?"
    static let riskChoices = "Sorry, I didn't catch that. Please type 1 (yes, immediate risk now), 2 (significant risk, but not immediate) or 3 (no)."
    /// Said wherever the risk question meets doubt: asking costs less than a miss.
    static let unsureAdvice = "If you are not sure whether they are safe today, answer yes: the urgent steps come first, and you can carry on with the disagreement after them."
    static let riskUnsure = unsureAdvice + " Type 1 (yes, immediate risk now), 2 (significant risk, but not immediate) or 3 (no)."
    /// Said when a time later today is read as risk today, and when one is named with only a no (a chat review, round 19, S2).
    static func riskWordAndNumber(_ number: Int, _ risk: Risk) -> String {
        "You typed both a yes or no and \(number), which do not agree, so I have taken the higher: \(risk.phrase). If that is wrong, type 'back'."
    }
    static func laterTodayTaken(_ words: String) -> String {
        "You said '\(words)': harm later today is risk today, so I have taken that as yes."
    }
    static func laterTodayAsked(_ words: String) -> String {
        "You said '\(words)': harm later today is risk today. Is anyone at risk of harm today, later today included? Type 1 (yes), 2 (significant risk, not today) or 3 (no)."
    }
    static func laterTodayAskedAgain(_ words: String) -> String {
        "You said '\(words)': harm later today is risk today. Is anyone at risk of harm today, later today included? (yes / no)"
    }
    static let significantAfterNo = "Not at immediate risk, then. Is anyone at significant risk of harm, though not immediately? Type yes or no, or a number."
    static let riskNotImmediate = "Not at immediate risk: are they at significant risk of harm, though not immediately? Type 2 (yes, significant risk) or 3 (no), or 1 if they are at immediate risk after all."
    static let call999 = "If anyone is in danger now, call 999 (the national emergency number). Next, your partnership, for its local numbers and what its policy says to do."
    /// Quotes the practitioner's own words back: "You wrote 'left on his own since lunchtime'."
    /// After "significant risk, but not immediate", the question says immediate: "at risk of harm today" is what someone
    /// at significant risk may truthfully answer yes to, and the yes gave the urgent route for immediate risk (an outside
    /// routing review, round 16, 2026-11-30).
    /// Words read in the part of a long answer not kept say so (a chat review, round 20, F1).
    static func riskAgain(_ quotes: [String], about subject: Subject?, afterSignificant: Bool = false, fromUnkept: Bool = false) -> String {
        afterSignificant
            ? "\(youWrote(fromUnkept)) '\(quotes.first ?? "")'. You said significant risk, not immediate: is \(who(subject)) at immediate risk of harm today? (yes / no)"
            : "\(youWrote(fromUnkept)) '\(quotes.first ?? "")'. Is \(who(subject)) at risk of harm today? (yes / no)"
    }
    private static func youWrote(_ fromUnkept: Bool) -> String { fromUnkept ? "In the part I did not keep, you wrote" : "You wrote" }
    static func riskAfterUrgent(about subject: Subject?) -> String {
        "Earlier you said \(subject == nil ? "someone" : who(subject)) was at immediate risk of significant harm, and I gave the urgent advice. Is \(who(subject)) at immediate risk of harm now? (yes / no)"
    }
    static func proceduresAtSignificantRisk(_ quote: String, policy: String) -> String {
        "At significant risk, the \(policy) policy says: \"\(quote)\" So follow your safeguarding procedures as well as this escalation; the questions about the disagreement go on below."
    }

    static func significantAgain(_ quotes: [String], about subject: Subject?, fromUnkept: Bool = false) -> String {
        "\(youWrote(fromUnkept)) '\(quotes.first ?? "")'. Is \(who(subject)) at significant risk of harm, though not today? (yes / no)"
    }
    private static func who(_ subject: Subject?) -> String { subject == .child ? "the child" : subject == .adult ? "the adult" : "anyone" }
    static let subject = "Is the disagreement about a child or an adult?"
    /// Not from any policy: each conversation follows one person's case, so the other gets one of their own.
    static let subjectBoth = "I follow one person's case at a time. Choose the person at greatest risk now: type 1 for the child or 2 for the adult. When this one is done, type 'restart' for a second conversation about the other."
    static let counterpartOwnSafeguardingLead = "Your safeguarding lead is in your own agency. Type 2 if you disagree with them as your manager, 3 if it is about your organisation's practice, or 1 if they are in another agency."
    static let counterpartWhichManager = "Your own manager, or a manager in the other agency? Type 'mine' or 2 for your own manager, or 'theirs' or 1 for the other agency's."
    static let riskCorrectionYes = "Taking that as yes to the question about risk."
    static let urgentTaken = "Taking that as: someone is at immediate risk now."
    static let riskCorrectionSignificant = "Taking that as significant risk of harm, though not immediate, in answer to the question about risk."
    static func riskAlready(_ phrase: String) -> String { "Your answer about risk is already: \(phrase)." }
    /// After a route 'back' goes one question at a time, so the way back to the risk question is said in full.
    static let riskNotLoweredAfterRoute = "A correction never lowers the answer about risk. To change it, type 'back' until the question about risk comes again, or 'restart' to begin again."
    static let correctionAfterRoute = "To change an answer, type 'back': each 'back' goes one question further back, the last one first. Type 'status' to see your answers so far."
    static let riskCorrectionNo = "To change your answer about risk, type 'back' and answer that question again."
    static func subjectByAge(_ subject: Subject) -> String {
        readAsUndo(subject == .child ? "a child or young person (under 18)" : "an adult (18 or over)")
    }
    static func policySwitched(_ short: String, _ name: String) -> String {
        "Using the \(short) policy now: \(name). Your description and the answers that do not depend on the policy are kept; the route given before no longer stands, and the questions that depend on the policy come next."
    }
    static func policyOffered(_ current: String, _ offered: String) -> String {
        "You named a place in the \(offered) partnership. Switch from the \(current) policy to the \(offered) policy? The route above would no longer stand, and the questions that depend on the policy would come again. (yes / no)"
    }
    static func policyKept(_ current: String) -> String { "Keeping the \(current) policy and the route above." }
    static let descriptionGoOn = "Go on: type the rest of it, or 'done' if that is all."
    static let englishOnly = "I can read English only, so I cannot tell from these words whether anyone is at risk, or what kind of disagreement it is."
    static let counterpart = "Who is the disagreement with?"
    static func counterpartContradicted(_ quote: String, answered: String) -> String {
        "You wrote '\(quote)', but chose before: \(answered). To check which is right:"
    }
    /// Asked, not assumed: the words may be part of a disagreement about the case (a chat review, round 20, F5).
    static func conductAsked(_ quote: String, conduct: Int, answered: String, number: Int, policy: String) -> String {
        "You wrote '\(quote)'. Is this a complaint about one person's conduct or poor practice (\(conduct))? The answer changes what the \(policy) policy says to do. If it is \(answered), as you chose before, type \(number) again."
    }
    static func areaFromPlace(_ area: String) -> String { "Area: \(area), from the place you named ('back' to change it)." }
    static func readAsUndo(_ phrase: String) -> String { readAs(phrase) + " If that is wrong, type 'back'." }
    static func checklistIntro(_ policy: String) -> String { "Before you escalate, the \(policy) policy expects these:" }
    static func checklistIntroAlongside(_ policy: String) -> String { "When you escalate, the \(policy) policy expects these:" }
    static let checklistQuestion = "Can you answer yes to all of them? (yes / no)"
    static let checklistGaps = "Which are not done yet? Type their numbers, for example: 1 3"
    /// As strong as the policies' own words ("should initially consult"): do them first; the chat goes on meanwhile (a chat
    /// review, round 5, read "You can still go ahead while you do these" as weaker than "initially").
    static let checklistGoOn = "The policy expects these before you escalate: do them first. You can carry on here meanwhile."
    /// No stronger than the words: these policies neither put the items first nor say they must not hold the escalation up
    /// (the twenty-third chat review's wording, "not as a step before it ... without holding it up", said both).
    static let checklistWhileEscalating = "The policy does not say these come before escalating: do them as you escalate. You can carry on here meanwhile."
    static let checklistAlongside = "The policy expects these before you escalate, but someone may be at immediate risk: do them alongside the urgent steps, never before them (not from the policy: it does not say how these fit with urgent action). You can carry on here meanwhile."
    static let description = "In a sentence or two, what is the disagreement about? Please leave out names, dates of birth and addresses."
    static let privacyNote = "I don't need names, dates of birth, addresses, NHS or case numbers, postcodes or phone numbers, so I have left them out. Keep those in your agency's secure record."
    static func readAs(_ phrase: String) -> String { "I read that as: \(phrase)." }
    static func policyLists(_ policy: String, _ quote: String) -> String { "The \(policy) policy lists: \"\(quote)\"." }
    static let confirmType = "Is that right? Type yes, 'other' to choose another kind, or 'skip'."
    static let shortlist = "Which of these is closest? Type a number, 'other' for the full list, or 'skip':"
    static let pickType = "Which of these is closest? Type a number, or 'skip':"
    static func typeProposedTaken(_ phrase: String) -> String { "Taken as the kind proposed first: \(phrase). If that is wrong, type 'back'." }
    static let pickTypeNothingProposed = "None of these was proposed, so a yes does not choose one. Type the number of the closest, a few words such as 'drift', or 'skip'."
    static let typeNotRecognised = "Sorry, I didn't catch that. Type a number from the list, a few words such as 'drift' or 'information sharing', or 'skip'."
    /// At "Is that right?", where no list is shown (a chat review, round 12).
    static let typeNotConfirmed = "Sorry, I didn't catch that. Type yes, 'other' for the full list, a few words such as 'drift' or 'information sharing', or 'skip'."
    static let tried = "Which stages have you already tried without it being resolved? Type the number of the last one tried, or 0 if none."
    static func triedNotADate(_ count: Int) -> String {
        "That reads as a date, not a stage: type the number of the last stage tried, from 0 (none) to \(count). When it was raised is asked next."
    }
    static func numberTakenAs(_ number: String, _ word: String) -> String { "Taken \(number) as '\(word)'." }
    static func triedTaken(_ stage: String) -> String { "Taken as: tried up to \(stage) ('back' to change it)." }
    /// A number from the list whose stage carries another number in its own name: said back by its name, with the way to the
    /// stage the number names.
    static func triedByListNumber(_ number: Int, _ stage: String, meant: String) -> String {
        "Taken as number \(number) in the list: tried up to \(stage). If you meant \(meant), type 'back', then '\(meant.lowercased())'."
    }
    static let raised = "When was the disagreement first raised? For example: today, yesterday, last Monday, 3 days ago, 12/11 or 12 Nov."
    static func stageStarted(_ stage: String) -> String {
        "When did \(stage) end without agreement? For example: today, yesterday, Monday, 12/11."
    }
    static func beforeRaised(_ day: String) -> String { "That is before the disagreement was first raised (\(day)). When did the stage end?" }
    static func confirmSpecialCase(_ cue: String, _ question: String) -> String { "You wrote \"\(cue)\". \(question) (yes / no)" }
    static func specialCasesOffered(_ policy: String) -> String {
        "If one of these applies, type it, and I'll give you what the \(policy) policy says for it:"
    }
    static let setting = "What is your setting? It changes whom you can ask for support at this stage."
    static let area = "Which area are you in? Contact details differ by area."
    static let afterRoute = "Next: 'record' for a record to paste into your agency's system, 'calendar' to save the deadline, 'why' for the policy's words, 'back' to change an answer, 'restart', or 'quit'."
    /// With no date to save, 'calendar' is not offered (an outside review, round 9: offered, it then said there was none).
    static let afterRouteNoDeadline = "Next: 'record' for a record to paste into your agency's system, 'why' for the policy's words, 'back' to change an answer, 'restart', or 'quit'."
    static let afterUrgent = "When the child or adult is safe, type 'continue' to work through the disagreement itself, 'record' to keep a record of this advice, or 'quit'."
    /// At significant risk no policy says the child or adult is unsafe now: "when ... safe" read oddly (an outside review, round 9).
    static let afterSignificant = "Once you have done what it says, type 'continue' to work through the disagreement itself, 'record' to keep a record of this advice, or 'quit'."
    static let emptyAnswer = "Please type an answer, or 'help'."
    static let truncated = "That was long, so I kept only the first 2,000 characters; the rest was read only for signs of risk."
    static let truncatedUnread = "That was very long, so I kept only the first 2,000 characters and read the next 198,000 only for signs of risk; the rest was not read. If anything in it puts someone at risk today, say so now."
    /// A line the socket server cut at `--max-line`: what of it was kept, what only read for risk, and that the rest was not read.
    static func cutAndScanned(kept: Int, scanned: Int) -> String {
        "That was longer than this connection takes in one message, so I kept only the first \(grouped(kept)) characters and read the next \(grouped(scanned)) only for signs of risk; the rest was not read. If anything in it puts someone at risk today, say so now."
    }
    static func cut(kept: Int) -> String {
        "That was longer than this connection takes in one message, so I kept only the first \(grouped(kept)) characters; the rest was not read. If anything in it puts someone at risk today, say so now."
    }
    /// 14384 as "14,384".
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        return String(digits.enumerated().flatMap { index, digit in (index > 0 && (digits.count - index) % 3 == 0 ? [","] : []) + [digit] })
    }
    static let yesOrNo = "Sorry, I didn't catch that. Please answer yes or no."
    static func raisedCorrected(_ day: Day) -> String { "Taking \(day.spoken) as the day it was first raised. To change another answer, type 'back'." }
    static func correctionTaken(_ yes: Bool) -> String { "Taking that as \(yes ? "yes" : "no") to the question before." }
    static let checklistNumber = "A number alone could be an item of the list or an answer. Type yes if all are done, or no; or name the ones not done yet, such as 'yes, except 2'."
    static let twoAsNotToday = "At the first question 2 meant significant risk, not today: taken as no to risk today."

    /// "2" to the question about significant risk, which the first question's choices read as significant risk (round 20, F3).
    static let significantOneTaken = "At the first question 1 meant at risk of harm today, so I have taken the higher: at risk of harm today. If that is wrong, type 'back'."
    static let significantTwo = "At the first question 2 meant significant risk; here the answers are yes and no. If they are at significant risk of harm, answer yes."
    static let riskAgainUnsure = unsureAdvice + " Please answer yes or no."
    /// The same doubt at the question about significant risk, which is not about today (a chat review, round 11).
    static let significantAgainUnsure = "If you are not sure whether they are at significant risk of harm, answer yes: what the policy says for it comes first. Please answer yes or no."
    /// A description that was nothing but details that identify someone (a chat review, round 12: "born 03/04/2019" was kept
    /// as "[removed]" and the case had no description).
    static let describeWithoutDetails = "I left all of that out, as it identifies someone. Please say in a few words what the disagreement is about, without names, dates of birth or addresses."
    static let describeInWords = "That looks like an answer to the question before: the description is kept in your record, so please put it in words."
    /// Said when someone is at risk and the partnership is not one of the bot's: not from any policy.
    /// Not from any policy: which policy applies where none here covers the place is the practitioner's own partnership's.
    static func placeNotCovered(_ place: String, partnerships: [String], atRisk: Bool) -> String {
        let list = partnerships.count > 1 ? partnerships.dropLast().joined(separator: ", ") + " and " + partnerships.last! : partnerships.joined()
        return "No policy I have covers \(place): I have the escalation policies of \(list) only. "
            + (atRisk ? "Someone is at risk, so do not wait for a policy: contact your local authority's children's or adults' social care front door now, or its out-of-hours team (not from any policy). " : "")
            + "Where none of these is your partnership, your own partnership's policy applies: your manager or safeguarding lead can give it to you. If your agency works under one of these, type its number."
    }

    static func partnershipUnknownAtRisk(policies: Int) -> String {
        "I have the escalation policies of \(policies) partnerships only. If yours is not one of them, or you do not know which it is, do not wait for it: "
            + "contact your local authority's children's or adults' social care front door now, or its out-of-hours team (not from any policy)."
    }

    /// "or a name" read as an invitation to type the child's name (a chat review, round 12): an option's words, as the
    /// options are words.
    static func number(upTo count: Int, from first: Int = 1, orWords: Bool = true) -> String {
        "Sorry, I didn't catch that. Please type a number from \(first) to \(count)\(first == 1 && orWords ? ", or an option's words" : "")."
    }
    static let dateUnreadable = "Sorry, I couldn't read that date. Try: today, yesterday, last Monday, 3 days ago, 12/11, 12 Nov or 2026-11-12."
    static func dateTaken(_ day: Day) -> String { "Taken as \(day.spoken) ('back' to change it)." }
    static func weekTaken(_ monday: Day) -> String {
        "Last week was \(monday.spoken) to \(monday.adding(days: 6).spoken). Taken as its first day, \(monday.spoken), the earliest it could be, so no time is counted from later than it should be. If you know the day, type 'back', then the day."
    }
    static func dateInFuture(_ day: String) -> String { "\(day) is in the future. When was it first raised?" }
    static func dateLongAgo(_ day: Day) -> String {
        "That would be \(day.spoken), most of a year ago. If so, type it with its year (\(day.components.day)/\(day.month)/\(day.year)); if not, which day?"
    }
    /// Not the day itself, which may be a date of birth: the reply sent may be saved with the session.
    static func dateFarBack(_ timeAgo: String, step: Step) -> String {
        let when = step == .stageStarted ? "the stage really ended then" : "it really was first raised then"
        return "That is \(timeAgo) ago. If it is a date of birth, I never need one, and I have not kept it. If \(when), type the date again; if not, which day?"
    }
    static let dateAgainToKeep = "To keep that date, type it again; if it was another day, type that day."
    static let backToRoute = "Going back. The route as it stands now:"
    static func numberAfterRoute(_ number: Int, _ key: String, _ what: String) -> String {
        "The list after the route has no numbers, so I have done nothing with \(number). If you meant '\(key)' (\(what)), type \(key)."
    }
    static func dateAgoMeant(_ typed: String, _ day: Day) -> String {
        "Do you mean \(typed) ago, \(day.spoken)? Type yes, or the day."
    }
    static let afterRouteReprompt = "You have your route above. Type 'record', 'calendar', 'why', 'back', 'restart' or 'quit'."
    static let afterRouteRepromptNoDeadline = "You have your route above. Type 'record', 'why', 'back', 'restart' or 'quit'."
    static let ended = "This conversation has ended. Type 'restart' to begin again."
    static let help = [
        "You can type these at any prompt:",
        "  help - this list",
        "  back - undo your last answer",
        "  restart - start again",
        "  status - what I know so far",
        "  why - the policy's own words behind my last advice",
        "  record - a record to paste into your agency's system ('record markdown' or 'record json' for other formats)",
        "  calendar - save the deadline as a calendar entry",
        "  quit (or end) - end the conversation",
    ]
    static let nothingToUndo = "There is nothing to undo yet."
    static let noWhyYet = "I haven't given any advice yet, so there is nothing to quote."
    static let noWordsForThis = "The policy has no words of its own for this, so there is nothing to quote: the route above says where to turn."
    static let noRecordYet = "There is no route to record yet: answer a few more questions first."
    /// After going back from a route: "no route yet" read as if none had been given, though one was and its record was kept
    /// marked superseded (a chat review, round 14, 2026-11-30).
    public static let routeWithdrawn = "You went back to change an answer, so the route given before no longer stands until you finish the questions again: then there is a new route to record."
    static let noCalendarYet = "There is no route yet, so no date to put in a calendar: answer a few more questions first."
    static let noDeadline = "There is no deadline to save: the policy sets no fixed time for this."
    /// Not "nothing that identifies them has been kept": the guard removes what it recognises, and a house name
    /// or a nickname can pass it (review, 2026-11-30).
    static let goodbye = "Goodbye. If anyone is at risk, act now. Names, dates of birth, addresses and case numbers I recognised were left out of what was kept."
}
