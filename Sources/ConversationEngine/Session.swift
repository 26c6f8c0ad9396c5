import EscalationRules

/// One practitioner's conversation: plain data, saved after any turn and resumed exactly.
public struct Session: Equatable, Sendable {
    public var policyID: String?
    /// Chosen on the command line, so `restart` keeps it and the bot never asks.
    public var policyFixed: Bool
    public var step: Step
    public var intake = Intake()
    /// Earlier states, newest last, for `back`.
    public var history: [Snapshot]
    /// Unrecognised answers in a row at this step.
    public var misses: Int
    /// The source quotes behind the last advice, for `why`.
    public var why: [String]
    /// The last route gave no date, so `calendar` is not offered after it (a chat review, round 10, 2026-11-30).
    public var routeUndated = false
    public var started: Moment
    /// Lines answered so far, restarts included: lets a client resend a turn without it being applied twice.
    public var turns = 0
    /// The turn the case in hand began on: 0, or the turns before its `restart`. With `started`, it names
    /// the case, so a case after a restart keeps a record of its own.
    public var caseTurn = 0
    /// A practice round in progress; while it is, the conversation is training, not a live case.
    public var training: TrainingState?
    /// Asked for a practice round before choosing a policy: it starts once one is chosen.
    public var trainingRequested = false
    /// What the shell sent for the last request, kept so a resend gets the same bytes; the engine never reads it.
    public var sent: SentReply?
    /// When the practitioner went back from a route to change an answer: that route no longer stands, and until a new one
    /// is given, `record` and the end of input say so rather than that no route was given (a chat review, round 14,
    /// 2026-11-30). Nil once a route is given again.
    public var wentBackFromRoute: Moment?
    /// When the urgent advice for immediate risk was first given in this case. Kept through `back`: an answer lowered
    /// after it is asked about once, and the record keeps the yes (a chat review, round 16, 2026-12-01: back from the
    /// urgent route and "no" left a routine record with no trace of the yes).
    public var urgentGiven: Moment?
    /// Whom the yes that led to the urgent advice was about, as the question named them then: nil where it asked about
    /// anyone (the first question, or words about someone other than the subject). The check after a lower answer names
    /// no one the practitioner did not (a chat review, round 17, 2026-12-01: it said "the child" of a yes given before the
    /// subject was known).
    public var urgentAbout: Subject?
    /// The words whose yes led to the urgent advice; nil where the yes was to the first question. The record says that
    /// answer was lowered, and not of words answered no (a chat review, round 17: "answered yes, then no after going back"
    /// of words only ever answered no).
    public var urgentQuote: String?
    /// The risk answer was lowered after the urgent advice, and no was confirmed: the record keeps the advice given, whatever
    /// the answer at the end (a chat review, round 17: a yes again later dropped it).
    public var urgentLowered = false
    /// The check whether anyone is still at immediate risk was answered since the urgent advice was last given: it is asked
    /// once a lowering, not again at the next "no" (a chat review, round 17, 2026-12-01).
    public var loweringChecked = false
    /// The first answer to the first risk question in this case, kept through `back` (a chat review, round 17: the record
    /// took the first answer left after going back, and said "first answered: No" of a case first answered yes).
    public var firstRisk: Risk?
    /// The route stood when the conversation ended, so a late `record` or `calendar` gives it; without one they say there
    /// is none (a chat review, round 16: after `end`, a record and calendar entry were made up from defaults).
    public var routeStoodAtEnd = false
    /// Another partnership named in passing after a route ("our office is on Bath Street"), asked about with one yes or no
    /// before the route is set aside for its policy: the word alone had switched the policy and withdrawn the route (a chat
    /// review, round 23, F6). Nil when no such question is waiting.
    public var policyOffered: String?

    public init(policyID: String? = nil, started: Moment) {
        self.policyID = policyID
        policyFixed = policyID != nil
        step = .choosePolicy
        history = []
        misses = 0
        why = []
        self.started = started
    }

    /// A yes to immediate risk, which leads to the urgent advice: a lower answer after it is checked once again, and whom
    /// and which words it was about are kept for that check and the record.
    mutating func urgentYes(about person: Subject?, quote: String?) {
        urgentAbout = person
        urgentQuote = quote
        loweringChecked = false
    }

    /// This state, to come back to with `back`.
    var snapshot: Snapshot { Snapshot(policyID: policyID, step: step, intake: intake) }
}

/// A reply as the shell sent it, for the request at `turn`: `request` is a fingerprint of that
/// request (never its text), so a resend can be told from a different request at the same turn.
public struct SentReply: Equatable, Sendable {
    public var turn: Int
    public var request: Int
    public var reply: String

    public init(turn: Int, request: Int, reply: String) {
        self.turn = turn
        self.request = request
        self.reply = reply
    }
}

/// Where a conversation has got to: the question it is waiting on.
public enum Step: String, Codable, Equatable, Sendable {
    /// The first question, before any other: immediate risk now, significant risk, or none.
    case immediateRisk
    case choosePolicy, riskAgain, subject, counterpart, checklist, checklistGaps
    case description, confirmType, pickType, tried, raised, setting, area
    /// When the current stage began, asked only where its date depends on it.
    case stageStarted
    /// A situation the description seemed to mention ("on leave"), to confirm with a yes or no.
    case confirmSpecialCase
    /// The urgent route has been given; the practitioner may go on to the escalation.
    case urgentShown
    case routed, ended
}

/// What the practitioner has told the bot. Nothing here identifies the child or adult.
public struct Intake: Equatable, Sendable {
    public var risk: Risk?
    /// After the urgent route, the practitioner chose to carry on with the disagreement itself.
    public var carriedOnAfterUrgent = false
    public var subject: Subject?
    public var counterpart: Counterpart?
    public var checklistAnswered = false
    /// "No" was answered to "Can you answer yes to all of them?", so the question still open is which are not done: asked
    /// again after a risk question in between, rather than the yes-or-no already answered (a chat review, round 12).
    public var checklistNotAllDone = false
    /// Checklist item ids the practitioner has not done yet.
    public var checklistGaps: [String] = []
    /// The description with anything identifying removed.
    public var description: String?
    /// The description stopped mid-sentence ("... closed the case because"): the next line typed is the rest of it (a
    /// chat review, round 16, 2026-12-01: a description sent in pieces kept only the first, and the others were read as
    /// answers to later questions).
    public var descriptionContinues = false
    /// The likeliest types, best first: one when the classifier is sure, else two or three to choose from.
    public var typeShortlist: [DisagreementType] = []
    /// How the classifier read the description, until the practitioner confirms a type.
    public var suggestedType: DisagreementType? { typeShortlist.first }
    /// The practitioner chose not to give a type.
    public var typeSkipped = false
    public var type: DisagreementType?
    public var urgency: Urgency?
    /// The practitioner's words already asked about, so the same words do not raise the question twice.
    public var cuesAsked: [String] = []
    public var pendingCues: [String] = []
    /// The words each question asked again quoted, for the record: one a question, where `cuesAsked` holds every window
    /// of a long sentence around each of its signs (a chat review, round 10, 2026-11-30, found three kept for one question).
    public var riskQuoted: [String] = []
    /// The answer each question asked again came to, in the order of `riskQuoted`: the record gives each quote its own
    /// answer (a chat review, round 17, 2026-12-01: one answer for all had said "yes" of words answered no).
    public var riskAnswers: [Risk] = []
    /// Of `riskQuoted` and `pendingCues`, the words read in the part of a long answer not kept (past
    /// `Conversation.maximumInput`): the question and the record say so, as the words are nowhere else in the record (a
    /// chat review, round 20, F1: a disclosure at the end of a long paste was quoted nowhere and lost after two noes).
    public var quotedFromUnkept: [String] = []
    /// The question asked again is about significant risk: the practitioner said no risk, and described significant harm.
    public var askingAboutSignificant = false
    /// The question asked again is whether anyone is still at immediate risk: the urgent advice was given in this case,
    /// and the risk answer was then lowered.
    public var askingAfterUrgent = false
    /// The question asked again came after no risk was answered (or before any was): a "no" to "at risk of harm today?" is
    /// then followed by the question about significant risk (a chat review, round 11, 2026-11-30, found belt beatings "most
    /// weekends" and a 15yo sexually exploited routed as no risk after that "no"; round 19, 2026-12-02, found a child's
    /// disclosure of sexual abuse and a newborn going home tomorrow routed so, as only signs that named harm had it).
    public var significantAfterNo = false
    /// The policy's words to follow safeguarding procedures at significant risk were said as soon as that risk was known,
    /// not only with the route (a chat review, round 18, 2026-12-01: B&NES's came six questions later).
    public var proceduresSaid = false
    public var tried: Int?
    public var raised: Day?
    /// A date far back was typed at the question asked now and asked about ("If it is a date of birth, ..."): typed again, it
    /// is kept. The date itself is not kept meanwhile, as it may be a date of birth (a chat review, round 20, F4).
    public var dateAskedAgain = false
    /// A count typed with no "ago" ("2 days") at a question asking for a day, read as that long ago and asked about: a yes
    /// keeps this day (a chat review, round 23, F13).
    public var dateOffered: Day?
    /// The day the stage after `tried` began: the day the one before ended without agreement.
    public var stageStarted: Day?
    /// The situations the policies single out that the practitioner said apply.
    public var specialCases: [SpecialCase.Kind] = []
    /// Situations the description seemed to mention, not yet confirmed, each with the words heard.
    public var spotted: [SpottedCase] = []
    /// Situations the practitioner said do not apply: never offered again.
    public var specialCasesDeclined: [SpecialCase.Kind] = []
    public var setting: Setting?
    public var area: String?
    public var redacted = false

    public init() {}

    /// The answer the question asked again came to, kept beside its quote: the last one asked.
    mutating func answeredAgain(_ risk: Risk) {
        guard !riskQuoted.isEmpty else { return }
        while riskAnswers.count < riskQuoted.count { riskAnswers.append(.none) }
        riskAnswers[riskQuoted.count - 1] = risk
    }

    /// Asks the risk question again about `cues`, and never again about the same words. Where no risk was answered, or none
    /// yet, a "no" to risk today is followed by the question about significant risk, whatever the sign: a sign heard is
    /// enough to ask, and a false alarm costs one question (a chat review, round 19, S1: a sign read only from the words'
    /// likeness to risk, or from a newborn, had no follow-up, and the gravest descriptions ran as routine).
    mutating func raiseRisk(_ cues: [String], unkept: [String] = []) {
        pendingCues = cues
        quotedFromUnkept += unkept.filter { cues.contains($0) && !quotedFromUnkept.contains($0) }
        cuesAsked += cues
        if let first = cues.first { riskQuoted.append(first) }
        significantAfterNo = risk == nil || risk == Risk.none
    }
}

/// A state to return to with `back`.
public struct Snapshot: Equatable, Sendable {
    public var policyID: String?
    public var step: Step
    public var intake: Intake

    public init(policyID: String?, step: Step, intake: Intake) {
        self.policyID = policyID
        self.step = step
        self.intake = intake
    }
}

/// A situation a description seems to mention, and the words that suggested it.
public struct SpottedCase: Equatable, Sendable {
    public var kind: SpecialCase.Kind
    public var cue: String

    public init(kind: SpecialCase.Kind, cue: String) {
        self.kind = kind
        self.cue = cue
    }
}
