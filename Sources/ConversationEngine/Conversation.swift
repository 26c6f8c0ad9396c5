import EscalationRules
import Foundation

/// The guided intake: a pure function from a session and one line typed to the next session and replies.
///
/// The next question is worked out from what is known so far, so `back` only has to restore a snapshot.
public struct Conversation: Sendable {
    public let library: PolicyLibrary
    /// A router per policy, made once: every turn asks one what it still needs to know.
    let routers: [String: Router]
    /// The lists practitioners pick from, prepared once for the library.
    let choices: PreparedChoices
    /// The questions that read the same in every conversation under a policy, worded once.
    private(set) var fixedQuestions: [String: [Step: Reply]] = [:]
    /// What follows a route under each policy, for each set of situations it may offer: `wordedAfterRoute(_:)`.
    let afterRouteReplies: [String: [Reply]]
    /// The re-prompt for a partnership not recognised, worded once for the library.
    let partnershipNotRecognised: String
    /// Inputs are cut to this many characters: a description needs no more, and a pasted document is not one.
    public static let maximumInput = 2_000
    /// How much of a pasted note is read for signs of risk, kept or not: a hundred times what is kept. Ten times let a
    /// sign at the end of a long chronology pass unread while the bot said the rest was read (an outside review, round 9).
    /// Past it the practitioner is told, in so many words, that the rest was not read.
    public static let riskReadLimit = 100 * maximumInput

    public init(library: PolicyLibrary) {
        self.library = library
        choices = PreparedChoices(library)
        partnershipNotRecognised = Prompts.number(upTo: library.policies.count)
        afterRouteReplies = Dictionary(library.policies.map { ($0.id, Self.wordedAfterRoute($0)) }, uniquingKeysWith: { first, _ in first })
        routers = Dictionary(library.policies.map { ($0.id, Router(policy: $0, calendar: library.calendar(for: $0))) }, uniquingKeysWith: { first, _ in first })
        fixedQuestions = Dictionary(([nil] + library.policies.map(\.id)).map { id in
            (id ?? "", Dictionary(uniqueKeysWithValues: Step.fixedQuestions.map { step in
                (step, wordedQuestion(step, in: Session(policyID: id, started: Moment(day: Day(ordinal: 0), minute: 0))))
            }))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The greeting and first question.
    /// - Parameter opening: what a bridge's first message said ("hi, a 5yo is home alone"): not an answer, but read for
    ///   risk as every free-text answer is; a sign in it is asked about after the first question, unless that answer is a
    ///   yes (a gap left since issue 15: the first message of a conversation over jsonl was never read).
    public func start(policyID: String? = nil, at now: Moment, opening: String? = nil) -> Turn {
        var session = Session(policyID: policyID.flatMap { library.policy($0)?.id }, started: now)
        // Read to `riskReadLimit`, past the part a long answer keeps, as a long answer is: only the first 2,000 characters had
        // been read (the seventeenth session, on a report of chat review 20's fixes).
        if let opening, case let input = Input(opening), Self.hasThreeWords(input.text),
           let cues = unaskedCues(Self.riskHeard(in: input.beyond.isEmpty ? input.text : input.text + " " + input.beyond), session: session) {
            session.intake.raiseRisk(cues)
        }
        // A partnership chosen by the shell or a bridge is named, as one the practitioner chooses is, so a room can check
        // the bridge chose the right one (an outside review, round 9, 2026-11-30).
        let using = session.policyID.flatMap(library.policy).map { Reply("Using the \($0.shortName) policy: \($0.name).") }
        return advance(session, at: now, saying: [Self.greeting] + (using.map { [$0] } ?? []))
    }

    /// What reaches a conversation: a line the practitioner typed (which may be a command's words),
    /// or a command the shell sends as itself (a bridge's `restart` or `end`).
    public enum Message: Sendable {
        case text(String)
        /// The first part of a line longer than the shell holds (a socket's `--max-line`): read as `text` is, kept to
        /// `maximumInput` and the rest read for risk, and the practitioner is told that what came after it was not read.
        case cutText(String)
        case command(Command)
    }

    /// One turn: the practitioner typed `line` at `now`.
    public func reply(to line: String, in session: Session, at now: Moment) -> Turn {
        reply(to: .text(line), in: session, at: now)
    }

    /// One turn: `message` arrived at `now`.
    public func reply(to message: Message, in session: Session, at now: Moment) -> Turn {
        var turn = respond(to: message, in: session, at: now)
        turn.session.turns = session.turns + 1
        return turn
    }

    func respond(to message: Message, in session: Session, at now: Moment) -> Turn {
        let line: String, cut: Bool
        switch message {
        case .command(let command): return session.training != nil ? training(command, in: session, at: now) : run(command, in: session, at: now)
        case .text(let text): (line, cut) = (text, false)
        case .cutText(let text): (line, cut) = (text, true)
        }
        var input = Input(line, cut: cut)
        // A number taken for a word of a list not shown numbered is said back (a chat review, round 24, F8: "1" at the urgent
        // advice was taken as 'continue' with nothing said).
        var takenAs: String?
        if let chosen = optionChosen(byNumber: input.text, in: session, at: now) {
            if session.misses < Self.missesBeforeNumbers { takenAs = Prompts.numberTakenAs(input.text, chosen) }
            input.text = chosen
        }
        // "?" at a question about risk is doubt, and gets that question's advice to answer yes if unsure.
        if let command = Command(input.text), !(Command.isQuestionMarkAlone(input.text) && [.immediateRisk, .riskAgain].contains(session.step)) {
            return session.training != nil ? training(command, in: session, at: now) : run(command, in: session, at: now)
        }
        if session.training != nil { return trainingReply(to: input.text, in: session, at: now) }
        if let corrected = corrected(input.text, in: session, at: now) { return corrected }
        if session.step == .routed, let switched = switchPolicy(input.text, in: session, at: now) { return switched }
        // A partnership offered and answered with something else: the question lapses, and the answer is read as any after a route.
        var session = session
        session.policyOffered = nil
        var notes: [Reply] = takenAs.map { [Reply($0)] } ?? []
        if let said = input.notAllKept { notes.append(Reply(said)) }
        if input.text.isEmpty { return reprompt(session, at: now, hint: Prompts.emptyAnswer) }
        // A sign of risk today ("left on his own since lunchtime") raises the risk question again, after the
        // answer itself is kept. It is read on the text with identifying details removed, as that is all
        // the bot may quote back or keep.
        // A description is classified in full, once for both; any other answer only for risk, as its type is never asked.
        // A checklist answered item by item is read for risk without its numbers and yes-or-no words: "5 yes" had been
        // quoted back as a sign of risk (a chat review, round 16, 2026-12-01).
        let itemByItem = [.checklist, .checklistGaps].contains(session.step) && Answers.numbers(input.text).count > 1
        let readable = itemByItem ? Answers.withoutItemAnswers(input.text) : input.text
        let listening = listensForCues(in: readable, session: session)
        let redacted = listening ? PrivacyGuard.redact(readable).reading : nil
        let described = session.step == .description ? redacted.map(Classifier.standard.classify) : nil
        let heardSigns = described.map { (urgency: $0.urgency, signs: $0.signs, cues: $0.cues) }
            ?? redacted.map { Self.checklistSignsOnly(Classifier.standard.riskSigns(of: $0, timeAloneAsks: false), at: session.step) }
        let heard = heardSigns.map { (urgency: $0.urgency, cues: $0.cues) }
        let beyondSigns = listening && !input.beyond.isEmpty ? Self.riskSignsHeard(in: input.beyond) : nil
        let beyond = beyondSigns.map { (urgency: $0.urgency, cues: $0.cues) }
        // Words after a short answer are read apart at every question: "no - she told me her stepdad touched her" at the
        // checklist passed as a plain no, the "no" negating the disclosure (a chat review, round 14, 2026-11-30). At the
        // risk question an answer that is itself about risk ("not immediate, but significant") is not split.
        let riskWords = session.step == .immediateRisk && (Self.unclearRisk(input.text) != nil || Self.risk(input.text) != nil)
        // Nor in a description, read whole as it is classified; nor at the question asked again about risk, nor once someone
        // is at immediate risk, where nothing is listened for.
        let readsDetail = !riskWords && ![.description, .riskAgain].contains(session.step) && session.intake.risk != .immediate
        let detailSigns = readsDetail && !itemByItem ? Self.riskAnswerSplit(input.text).map { Self.checklistSignsOnly(Self.riskSignsHeard(in: $0.detail), at: session.step) } : nil
        let detail = detailSigns.map { (urgency: $0.urgency, cues: $0.cues) }
        // Text in a language the classifier cannot read is asked about as a sign would be: nothing can be read from it.
        let unread = listening && OtherLanguage.isWelsh(readable) ? redacted.map { (Urgency.immediate, [OtherLanguage.quote($0)]) } : nil
        let unasked = [heard, beyond, detail, unread].compactMap { $0.flatMap { unaskedCues($0, session: session) } }.flatMap { $0 }
        if unread != nil { notes.append(Reply(Prompts.englishOnly)) }
        // The question quotes the strongest sign heard, wherever it is: a long paste's kept part, read only as likely risk by
        // its wording, had been quoted over a disclosure in the part not kept (a chat review, round 20, F1).
        let signs = [heardSigns?.signs, beyondSigns?.signs, detailSigns?.signs].compactMap { $0 }.flatMap { $0 }
        let cues = unasked.isEmpty ? nil : Self.strongestFirst(unasked, signs: signs)
        let unkept = (beyond?.cues ?? []).filter { !(heard?.cues ?? []).contains($0) }
        let answered = answer(input.text, in: session, at: now, heard: described)
        switch answered {
        case .accepted(var next, let replies):
            next.history.append(session.snapshot)
            if let cues, next.intake.risk != .immediate {
                next.intake.raiseRisk(cues, unkept: unkept)
            } else if let redacted, let claim = significantClaim(in: redacted, read: described, session: session) {
                next.intake.raiseRisk([claim])
                next.intake.askingAboutSignificant = true
            } else if let later = laterTodayAsked(input.text, at: session.step, risk: next.intake.risk) {
                next.intake.raiseRisk([later])
            }
            if next.trainingRequested, let policyID = next.policyID { return startTraining(policyID: policyID, at: now, in: next) }
            return advance(next, at: now, saying: notes + replies)
        case .rejected(let hint), .askedAgain(_, let hint):
            // Asked again, the session keeps that it was (a date far back: `dateAnswer`).
            var session = session
            if case .askedAgain(let kept, _) = answered { session = kept }
            guard let cues else { return reprompt(session, at: now, hint: hint, before: notes) }
            var next = session
            next.history.append(session.snapshot)
            next.intake.raiseRisk(cues, unkept: unkept)
            // Where the same question comes next, why it is asked again is said: "yes, but not right now - tomorrow ..." at
            // the first question had it repeated with no word (a chat review, round 16, 2026-12-01).
            return advance(next, at: now, saying: notes + (nextStep(next, at: now) == session.step ? [Reply(hint)] : []))
        case .followUp(var updated):
            updated.history.append(session.snapshot)
            // A sign in an answer that needs a follow-up is asked about first; the follow-up comes back after it.
            if let cues, updated.intake.risk != .immediate {
                updated.intake.raiseRisk(cues, unkept: unkept)
                return advance(updated, at: now, saying: notes)
            }
            updated.misses = 0
            return Turn(session: updated, replies: notes + [question(updated.step, in: updated, at: now)], effects: [])
        }
    }

    // MARK: Moving on

    /// Asks the next question, or gives the route once nothing more is needed.
    func advance(_ session: Session, at now: Moment, saying before: [Reply]) -> Turn {
        var session = session
        session.step = nextStep(session, at: now)
        session.misses = 0
        var before = before
        if let procedures = proceduresToSay(&session) { before.append(procedures) }
        switch session.step {
        case .urgentShown: return urgentTurn(session, at: now, before: before)
        case .routed: return routedTurn(session, at: now, before: before)
        default: return Turn(session: session, replies: before + [question(session.step, in: session, at: now)], effects: [])
        }
    }

    /// At significant risk, a policy's words to follow safeguarding procedures, said once, as soon as the risk and the policy
    /// are both known, and the questions go on: B&NES keeps the case on its stages, so its words had come only with the route.
    /// Not where a route is given now, which says them itself.
    func proceduresToSay(_ session: inout Session) -> Reply? {
        guard session.training == nil, !session.intake.proceduresSaid, session.intake.risk == .significant,
              let policy = policy(of: session), let procedures = policy.significantRisk.proceduresOnTheStages else { return nil }
        session.intake.proceduresSaid = true
        guard ![.urgentShown, .routed, .ended].contains(session.step) else { return nil }
        return Reply(Prompts.proceduresAtSignificantRisk(procedures.quote.withoutSourceMarkup, policy: policy.shortName))
    }

    func nextStep(_ session: Session, at now: Moment) -> Step {
        let intake = session.intake
        // Safety first, before the partnership; a practice round asked for needs only the partnership.
        guard intake.risk != nil || (session.trainingRequested && session.policyID == nil) else { return .immediateRisk }
        // A sign of risk today typed with the first answer is asked about before the partnership, as the first question is.
        if !intake.pendingCues.isEmpty || intake.askingAfterUrgent { return .riskAgain }
        // The router, a reference, rather than its policy, a large value copied field by field: asked every turn.
        guard let router = router(of: session) else { return .choosePolicy }
        if router.urgentRoute(facts(session, at: now)) != nil { return .urgentShown }
        guard let subject = intake.subject else { return .subject }
        if !router.policy.covers.includes(subject) { return .routed }
        guard let counterpart = intake.counterpart else { return .counterpart }
        if case .stages = router.policy.scope(of: counterpart, about: subject) {} else { return .routed }
        if !intake.checklistAnswered, !router.policy.checklist.isEmpty { return intake.checklistNotAllDone ? .checklistGaps : .checklist }
        if intake.description == nil || intake.descriptionContinues { return .description }
        if intake.type == nil, !intake.typeSkipped { return intake.typeShortlist.isEmpty ? .pickType : .confirmType }
        if intake.tried == nil { return .tried }
        if intake.raised == nil { return .raised }
        if !intake.spotted.isEmpty { return .confirmSpecialCase }
        switch router.neededFacts(facts(session, at: now)).first {
        case .stageStarted: return .stageStarted
        case .area: return .area
        case .setting: return .setting
        case .subject, nil: return .routed
        }
    }

    /// After this many answers not understood, a question's choices are shown numbered, and its numbers are its choices.
    static let missesBeforeNumbers = 3

    func reprompt(_ session: Session, at now: Moment, hint: String, before: [Reply] = []) -> Turn {
        var session = session
        session.misses += 1
        var again = question(session.step, in: session, at: now)
        // After three misses the choices are spelled out as a numbered list.
        if session.misses >= Self.missesBeforeNumbers, !again.options.isEmpty { again.numbered = true }
        // Where the hint is the question itself (after a route, at the end), it is said once (an outside review, 2026-11-30).
        return Turn(session: session, replies: before + (again.lines.first == hint ? [again] : [Reply(hint), again]), effects: [])
    }

    /// The menus after a route and after the urgent route are shown numbered once they are asked again, so their
    /// numbers are their words ("2" is "record"); every other question reads numbers itself (a chat review, round 10,
    /// typed "2" at the urgent prompt and was told to type a word).
    func optionChosen(byNumber text: String, in session: Session, at now: Moment) -> String? {
        guard [.urgentShown, .routed, .ended].contains(session.step), session.training == nil, let number = Answers.number(text) else { return nil }
        // After a route the list is words, not numbers, until it is shown numbered: a number is said back, not acted on (a chat
        // review, round 23, F13: "2" had saved a calendar file).
        if session.step == .routed, session.misses < Self.missesBeforeNumbers { return nil }
        let options = question(session.step, in: session, at: now).options
        guard options.indices.contains(number - 1) else { return nil }
        // A number that quits or restarts acts only where the menu was shown numbered (after three misses, `reprompt`):
        // "3" typed at the urgent prompt, meant for the question expected next, had ended the conversation, and "5" at a
        // route had restarted it (a chat review, round 14, 2026-11-30). So do numbers that go back: "4" at a route had withdrawn it
        // (a chat review, round 16).
        // "1" for 'continue' at the urgent advice is taken, as the choice the prompt offers first: refused three times, it cost a
        // practitioner reporting a child at risk three turns (a chat review, round 20, F3); the route that follows keeps the risk.
        if ["quit", "restart", "back"].contains(options[number - 1].key), session.step != .ended,
           session.misses < Self.missesBeforeNumbers { return nil }
        return options[number - 1].key
    }

    // MARK: Shared look-ups

    /// The router for the session's policy; there is one for every policy in the library.
    func router(of session: Session) -> Router? { session.policyID.flatMap { routers[$0] } }

    func policy(of session: Session) -> Policy? { router(of: session)?.policy }

    func facts(_ session: Session, at now: Moment) -> Facts {
        let intake = session.intake
        var facts = Facts(risk: intake.risk ?? .none, counterpart: intake.counterpart ?? .otherAgency, tried: intake.tried, raised: intake.raised,
                     stageStarted: intake.stageStarted, now: now, subject: intake.subject, setting: intake.setting, area: intake.area,
                     specialCases: Set(intake.specialCases), urgentStepsTaken: intake.carriedOnAfterUrgent)
        facts.checklistGaps = intake.checklistAnswered ? intake.checklistGaps : nil
        return facts
    }

    /// Whether an answer is read for urgency words: free text, once the risk question has been answered no.
    func listensForCues(in text: String, session: Session) -> Bool {
        // Not once the practitioner has said someone is at immediate risk, nor after they carried on from
        // the urgent route: asking again then showed that route a second time (a practitioner's review,
        // 2026-11-30). Significant risk is still listened to: a yes to the question asked again means immediate risk.
        // The answer to the first question is read too: "no - he's going home tonight to the dad who hit him" is a no
        // with a sign of risk today in it (a chat review, round 8, 2026-11-30: it was taken as a plain no).
        if session.step == .immediateRisk { return Self.hasThreeWords(text) }
        guard let risk = session.intake.risk, session.step != .riskAgain, risk != .immediate else { return false }
        // A date alone at the description is an answer to the question before, not a description: "today" is no sign.
        return Self.hasThreeWords(text) || (session.step == .description && !Self.isDateAlone(text, today: session.started.day))
    }

    /// A description (identifying details removed) that claims significant harm, or names a concern with nothing to
    /// place it in the past, after the practitioner answered no risk at all: their words, if not yet asked about.
    func significantClaim(in redacted: String, read: Classification?, session: Session) -> String? {
        guard session.step == .description, session.intake.risk == Risk.none else { return nil }
        let concern = read.flatMap { $0.urgency == .significant ? $0.signs.first { $0.situation == RiskReader.Sign.concern }?.quote : nil }
        guard let claim = RiskReader.standard.significantClaim(in: redacted) ?? concern ?? recentHarm(in: redacted, read: read, year: session.started.day.year),
              !session.intake.cuesAsked.contains(claim) else { return nil }
        return claim
    }

    /// A no (or significant risk) to the first question with a time later today and no sign heard in it: the answer,
    /// quoted, to be asked about today ("no (she's in school till 3)" had passed as a plain no: a chat review, round 19, S2).
    func laterTodayAsked(_ text: String, at step: Step, risk: Risk?) -> String? {
        guard step == .immediateRisk, let risk, risk != .immediate, Self.laterToday(text) != nil else { return nil }
        return PrivacyGuard.redact(text).reading
    }

    /// Harm the description places in the past, not today: "CSC closed the case though dad hit him last week" was given the
    /// routine route with no question, after a "no" (a chat review, round 15, 2026-11-30). So were "took an overdose last
    /// week", "went missing 2 days ago" and "raped last year" (a chat review, round 18, 2026-12-01): only some words of
    /// time and some kinds of harm had been asked about. Any harm named is now asked about as significant risk unless the
    /// words place it long ago ("the assault was in 2019", "two years ago", "as a toddler"). A standing risk is asked about
    /// however long ago its record was made: "convicted of child cruelty years ago" is no less a risk to the child he has
    /// moved in with (an outside chat review, round 23, F2).
    func recentHarm(in redacted: String, read: Classification?, year: Int) -> String? {
        guard let read, read.urgency == .significant else { return nil }
        let named = read.signs.filter { $0.urgency == .significant && $0.namesHarm }
        if let standing = named.first(where: \.isStanding) { return standing.quote }
        return Self.placesLongAgo(redacted, year: year) ? nil : named.first?.quote
    }

    /// Words that place harm long ago: two years or more, childhood, or a year before last.
    static func placesLongAgo(_ text: String, year: Int) -> Bool {
        let words = " \(Answers.normalized(text)) "
        if longAgo.contains(where: words.contains) { return true }
        return words.split(separator: " ").contains { word in
            word.count == 4 && Int(word).map { (1950..<(year - 1)).contains($0) } == true
        }
    }

    static let longAgo = [" years ago ", " yrs ago ", " historic ", " historical ", " historically ", " as a baby ", " as a toddler ",
                          " as a child ", " as an infant ", " as a young child ", " as a teen ", " as a teenager ", " in childhood ",
                          " when younger ", " when she was younger ", " when he was younger ", " when she was little ", " when he was little "]

    /// `cues` with the strongest sign's words first, the order otherwise kept: a sign that names a situation or harm, then
    /// one of a time, a person who cannot protect themselves or a concern, then words read only as like risk today.
    static func strongestFirst(_ cues: [String], signs: [RiskReader.Sign]) -> [String] {
        func strength(_ cue: String) -> Int {
            signs.lazy.filter { $0.quote == cue }.map { $0.namesHarm ? 2 : $0.situation == RiskReader.Sign.writtenLikeRisk ? 0 : 1 }.max() ?? 1
        }
        let ranked = cues.enumerated().map { (index: $0.offset, cue: $0.element, strength: strength($0.element)) }
        return ranked.sorted { $0.strength != $1.strength ? $0.strength > $1.strength : $0.index < $1.index }.map(\.cue)
    }

    /// The practitioner's words around each sign of risk today in what was `heard`, not yet asked about.
    func unaskedCues(_ heard: (urgency: Urgency, cues: [String]), session: Session) -> [String]? {
        guard heard.urgency == .immediate else { return nil }
        let fresh = heard.cues.filter { !session.intake.cuesAsked.contains($0) }
        return fresh.isEmpty ? nil : fresh
    }
}

extension Conversation {
    /// The urgency and cues of free text read apart from an answer, with identifying details removed first, as only those
    /// words may be quoted back or kept: text past the length limit, words after a short answer, a bridge's opening message.
    static func riskHeard(in text: String) -> (urgency: Urgency, cues: [String]) {
        let heard = riskSignsHeard(in: text)
        return (heard.urgency, heard.cues)
    }

    /// At the checklist, where the answer is about the practitioner's own preparation, the learnt opinion alone is not asked
    /// about: "yes apart from the supervisor bit, she's off sick" had been asked "Is the child at risk of harm today?" for the
    /// colleague's sickness (a chat review, round 19, 2026-12-02). A sign the rules hear there is still asked about.
    static func checklistSignsOnly(_ heard: (urgency: Urgency, signs: [RiskReader.Sign], cues: [String]), at step: Step)
        -> (urgency: Urgency, signs: [RiskReader.Sign], cues: [String]) {
        guard [.checklist, .checklistGaps].contains(step), !heard.signs.isEmpty,
              heard.signs.allSatisfy({ $0.situation == RiskReader.Sign.writtenLikeRisk }) else { return heard }
        return (.routine, [], [])
    }

    /// `riskHeard(in:)` with every sign heard.
    static func riskSignsHeard(in text: String) -> (urgency: Urgency, signs: [RiskReader.Sign], cues: [String]) {
        Classifier.standard.riskSigns(of: PrivacyGuard.redact(text).reading)
    }

    /// A short answer to the first question with words after it ("no - dad hits her", "3, she goes home to him tonight"):
    /// the answer, and the words, read apart for risk as a description is, because read with them the answer's "no"
    /// negated them and a time alone was not asked about (a chat review, round 12, 2026-11-30: each passed as a plain no).
    static func riskAnswerSplit(_ text: String) -> (answer: String, detail: String)? {
        guard let (answer, whole) = leadingAnswer(text) else { return nil }
        // "no - not today, he is at nan's": the "not today" belongs to the answer (a chat review, round 15: it was asked
        // about, quoting 'not today').
        var detail = Substring(whole)
        for phrase in ["not today", "not tonight", "not right now", "not now", "not at the moment", "not immediately"]
        where detail.lowercased().hasPrefix(phrase) {
            detail = detail.dropFirst(phrase.count).drop(while: separators.contains)
            break
        }
        guard hasThreeWords(String(detail)) else { return nil }
        // "no risk today, ..." and "no concerns tonight" are one phrase, the "no" not an answer: read whole, as they were.
        let next = detail.prefix { $0.isLetter }.lowercased()
        if ["no", "nope", "nah", "n", "none"].contains(answer.lowercased()), Self.negatedNouns.contains(next) { return nil }
        return (answer, String(detail))
    }

    static let separators = Set<Character>(" -,;:.!)\u{2013}\u{2014}")

    /// Built once: asked of every answer, the set had been built afresh on each (a tenth of a date answer's turn, issue 17).
    static let leadingAnswers: Set<Substring> = ["no", "nope", "nah", "n", "none", "yes", "yep", "y", "1", "2", "3"]

    /// A short answer at the start of a longer one ("3, ongoing neglect", "no - dad hits her"): the answer, and what follows.
    static func leadingAnswer(_ text: String) -> (answer: String, rest: String)? {
        guard let end = text.firstIndex(where: separators.contains), leadingAnswers.contains(Substring(text[..<end].lowercased())) else { return nil }
        let rest = text[end...].drop(while: separators.contains)
        return rest.isEmpty ? nil : (String(text[..<end]), String(rest))
    }

    static let negatedNouns: Set<String> = ["risk", "risks", "danger", "concern", "concerns", "harm", "immediate", "marks", "injuries",
                                             "injury", "bruises", "bruising", "issues", "worries", "safeguarding", "one", "significant"]

    /// At least three words apart by spaces, counted on the bytes: asked of every answer.
    static func hasThreeWords(_ text: String) -> Bool {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1; if words == 3 { return true } }
        }
        return false
    }
}

/// What a practitioner typed, made safe to read: control characters gone, length capped.
struct Input {
    var text: String
    var truncated: Bool
    /// What came after the length limit, up to `Conversation.riskReadLimit`: not kept or classified for its type, but
    /// read for risk, so a sign at the end of a pasted case note is still asked about (a practitioner's review).
    var beyond = ""
    /// Text past `Conversation.riskReadLimit`, or past what the shell held of a line, which is not read at all.
    var unread = false
    /// The line was cut by the shell (`Conversation.Message.cutText`), so more was typed than `text` and `beyond` hold.
    var cut = false

    /// Printable ASCII within the length limit, with no space at either end or doubled.
    static func isClean(_ line: String) -> Bool {
        guard line.utf8.count <= Conversation.maximumInput, line.utf8.first != 0x20, line.utf8.last != 0x20 else { return false }
        var previousSpace = false
        for byte in line.utf8 {
            guard byte >= 0x20, byte < 0x7F, !(previousSpace && byte == 0x20) else { return false }
            previousSpace = byte == 0x20
        }
        return true
    }

    init(_ line: String, cut: Bool = false) {
        self.cut = cut
        unread = cut
        // Most answers are short printable ASCII with single spaces: nothing to clean.
        if Input.isClean(line) {
            text = line
            truncated = false
            return
        }
        var cleaned = String(String.UnicodeScalarView(Input.withoutEscapes(line).unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar == "\u{FFFD}" ? " " : scalar
        }))
        cleaned = cleaned.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        truncated = cleaned.count > Conversation.maximumInput
        // Cut after a sentence, or else between words: "Mum keeps missing ap|pointments" cut in a word or a sentence had
        // read as someone missing, and was quoted back so (a chat review, round 16, 2026-12-01).
        let limit = cleaned.prefix(Conversation.maximumInput + 1)
        let sentenceEnd = limit.indices.last { limit[$0] == " " && $0 > limit.startIndex && ".!?".contains(limit[limit.index(before: $0)]) }
        let boundary = sentenceEnd.flatMap { limit.distance(from: limit.startIndex, to: $0) >= Conversation.maximumInput * 3 / 4 ? $0 : nil }
            ?? limit.lastIndex(of: " ")
        let kept = truncated ? boundary.map { limit.distance(from: limit.startIndex, to: $0) } ?? Conversation.maximumInput : cleaned.count
        text = truncated ? String(cleaned.prefix(kept)) : cleaned
        if truncated { beyond = String(cleaned.dropFirst(kept + 1).prefix(Conversation.riskReadLimit - kept)) }
        unread = cut || cleaned.count > Conversation.riskReadLimit
    }

    /// What the practitioner is told of what was not kept, if anything was not: the terminal's words, or for a line the
    /// shell cut, how much of it was kept and read, as the socket server's lines stop at `--max-line` (a chat review,
    /// round 20: a pasted account over it was dropped whole, with any sign of risk in it, and the answer asked for again).
    var notAllKept: String? {
        guard cut else { return truncated ? (unread ? Prompts.truncatedUnread : Prompts.truncated) : nil }
        return truncated ? Prompts.cutAndScanned(kept: text.count, scanned: beyond.count) : Prompts.cut(kept: text.count)
    }

    /// A terminal escape sequence, whole: a CSI (ESC "[" or U+009B, parameters, a final letter: a colour, "ESC[31m"), an OSC
    /// (ESC "]" to a BEL or ESC and a backslash), or ESC, intermediates and a final character ("ESC c", "ESC ( B").
    private static let escape = try! NSRegularExpression(pattern: #"(?:\x{1B}\[|\x{9B})[\x{20}-\x{3F}]*[\x{40}-\x{7E}]?|\x{1B}\][^\x{07}\x{1B}]*(?:\x{07}|\x{1B}\\)?|\x{1B}[\x{20}-\x{2F}]*[\x{30}-\x{7E}]?"#)

    /// The line without escape sequences, each dropped whole: with only the ESC dropped, as a control character, a colour code
    /// left "[31m" in the record (review, round 10).
    static func withoutEscapes(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { $0 == "\u{1B}" || $0 == "\u{9B}" }) else { return line }
        return escape.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "")
    }
}
