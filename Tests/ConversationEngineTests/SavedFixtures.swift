import Foundation
@testable import ConversationEngine
import EscalationRules

// Values with every saved member away from its default, so each is written; built only through
// initialisers and members the code had before the schema was listed once, so the build before it
// could write them for Fixtures/sessions-5580296.jsonl.

extension Moment {
    static func full() -> Moment { Moment(day: Day(year: 2026, month: 12, day: 24)!, minute: 16 * 60 + 45) }
}

extension Intake {
    static func full() -> Intake {
        var intake = Intake()
        intake.risk = .significant
        intake.carriedOnAfterUrgent = true
        intake.subject = .adult
        intake.counterpart = .ownManager
        intake.checklistAnswered = true
        intake.checklistNotAllDone = true
        intake.checklistGaps = ["spoken-to-manager", "read \"the\" policy"]
        intake.description = "Health closed the case\nwithout a meeting \\ a line: \u{2028}"
        intake.type = .thresholdLevelOfNeed
        intake.typeShortlist = [.thresholdLevelOfNeed, .powerAuthority]
        intake.typeSkipped = true
        intake.urgency = .significant
        intake.cuesAsked = ["bruise", "alone"]
        intake.pendingCues = ["alone"]
        intake.askingAboutSignificant = true
        intake.askingAfterUrgent = true
        intake.descriptionContinues = true
        intake.tried = 2
        intake.raised = Day(year: 2026, month: 11, day: 2)
        intake.dateAskedAgain = true
        intake.dateOffered = Day(year: 2026, month: 11, day: 30)
        intake.stageStarted = Day(year: 2026, month: 11, day: 16)
        intake.specialCases = [.personAway]
        intake.spotted = [SpottedCase(kind: .chainExhausted, cue: "no one above")]
        intake.specialCasesDeclined = [.unsureWhomToContact]
        intake.setting = .school
        intake.area = "halton"
        intake.redacted = true
        // Added after the fixture's build (2026-11-30): the words each question asked again quoted.
        intake.riskQuoted = ["bruise"]
        intake.significantAfterNo = true
        // Added in chat review round 17 (2026-12-01).
        intake.riskAnswers = [.significant]
        // Added in chat review round 18b (2026-12-01).
        intake.proceduresSaid = true
        // Added in chat review round 20 (2026-12-04).
        intake.quotedFromUnkept = ["bruise"]
        return intake
    }
}

extension TrainingState {
    static func full() -> TrainingState {
        var state = TrainingState(policyID: "torbay", scenarioIDs: ["one", "two"], index: 1, question: .notify, correct: 3, answered: 4,
                                  missed: ["one: the deadline"], finished: true, now: .full())
        state.caseWaiting = true
        state.caseWhy = ["\"a quote\" (source.txt)"]
        return state
    }
}

extension Session {
    static func full() -> Session {
        var session = Session(policyID: "torbay", started: .full())
        session.step = .confirmSpecialCase
        session.intake = .full()
        session.history = [Snapshot(policyID: nil, step: .immediateRisk, intake: Intake()), Snapshot(policyID: "torbay", step: .area, intake: .full())]
        session.misses = 2
        session.why = ["a quote", "another"]
        // Added after the fixture's build (2026-11-30).
        session.routeUndated = true
        session.turns = 17
        session.caseTurn = 9
        session.training = .full()
        session.trainingRequested = true
        session.sent = SentReply(turn: 16, request: -42, reply: "{\"reply\": \"x\"}")
        session.wentBackFromRoute = .full()
        session.urgentGiven = .full()
        session.routeStoodAtEnd = true
        // Added in chat review round 23.
        session.policyOffered = "bcssp"
        // Added in chat review round 17 (2026-12-01).
        session.urgentAbout = .child
        session.urgentQuote = "bruise"
        session.urgentLowered = true
        session.loweringChecked = true
        session.firstRisk = .immediate
        return session
    }
}
