import Foundation
import EscalationRules

/// Where a practice round has got to. Plain data, saved and resumed like any session.
public struct TrainingState: Equatable, Sendable {
    public enum Question: String, SchemaValue, Sendable {
        case stage, contact, notify, deadline

        /// What a trainee should revisit after missing this question.
        var topic: String {
            switch self {
            case .stage: return "which stage comes next"
            case .contact: return "whom to contact"
            case .notify: return "whom to notify"
            case .deadline: return "the deadline"
            }
        }
    }

    public var policyID: String
    public var scenarioIDs: [String]
    public var index: Int
    public var question: Question
    public var correct: Int
    public var answered: Int
    /// What to revisit: the case and the question missed.
    public var missed: [String]
    public var finished: Bool
    /// The round's clock: scenarios without a time of their own happen then.
    public var now: Moment
}

extension TrainingState: Schema {
    public static var blank: TrainingState {
        TrainingState(policyID: "", scenarioIDs: [], index: 0, question: .stage, correct: 0, answered: 0, missed: [], finished: false, now: .blank)
    }

    @inlinable
    public static func members<Visitor: MemberVisitor & ~Copyable>(_ visitor: inout Visitor, _ value: inout TrainingState) throws(Visitor.Failure) {
        try visitor.member("policyID", &value.policyID)
        try visitor.member("scenarioIDs", &value.scenarioIDs)
        try visitor.member("index", &value.index)
        try visitor.member("question", &value.question)
        try visitor.member("correct", &value.correct)
        try visitor.member("answered", &value.answered)
        try visitor.member("missed", &value.missed)
        try visitor.member("finished", &value.finished)
        try visitor.member("now", &value.now)
    }
}

/// One practice question: its choices, the right one, and the policy's words that explain it.
struct PracticeQuestion {
    var prompt: String
    var choices: [String]
    var answer: Int
    var quote: String?
    /// How the right answer is worked out, said after it is given.
    var explanation: String? = nil
}

/// Builds a round's questions from a scenario and the route the router gives it.
struct Practice {
    let policy: Policy
    let calendar: HolidayCalendar
    let scenario: Scenario
    let number: Int
    let facts: Facts
    /// Worked out once: every question of the case is asked and marked against it.
    let route: Route

    init(router: Router, scenario: Scenario, number: Int, now: Moment) {
        policy = router.policy
        calendar = router.calendar
        self.scenario = scenario
        self.number = number
        facts = scenario.facts(at: now)
        route = router.route(facts)
    }

    /// The questions this scenario asks, in order; notification only where the policy names anyone to notify.
    var questions: [TrainingState.Question] {
        notifyPool.isEmpty ? [.stage, .contact, .deadline] : [.stage, .contact, .notify, .deadline]
    }

    func question(_ kind: TrainingState.Question) -> PracticeQuestion {
        switch kind {
        case .stage: return stageQuestion
        case .contact: return contactQuestion
        case .notify: return notifyQuestion
        case .deadline: return deadlineQuestion
        }
    }

    static let notSaid = "The policy does not say"
    static let nobody = "Nobody else: the policy names no one to notify here"

    var stageQuestion: PracticeQuestion {
        let choices = ["Urgent: act now, before any stage"] + policy.stages.map(\.label)
            + ["Not this pathway: another route or procedure", "Every stage has been tried already"]
        let answer: Int
        switch route.outcome {
        case .urgent: answer = 0
        case .stage: answer = route.stage?.position ?? 1
        case .outOfScope, .notCovered: answer = policy.stages.count + 1
        case .exhausted: answer = policy.stages.count + 2
        }
        return PracticeQuestion(prompt: "Which comes next?", choices: choices, answer: answer, quote: route.citations.first?.quote)
    }

    var contactPool: [String] {
        var pool: [String] = []
        for text in policy.stages.compactMap({ $0.contact.role.value?.text })
            + [policy.immediateRisk, policy.significantRisk].flatMap({ $0.contacts.compactMap { $0.role.value?.text } })
            + policy.outOfScope.map(\.procedure) where !pool.contains(text) { pool.append(text) }
        return pool
    }

    var contactQuestion: PracticeQuestion {
        let right = route.contact.role ?? Self.notSaid
        let others = contactPool.filter { $0 != right }
        let picked = (0..<min(3, others.count)).map { others[(number + $0 * 2) % others.count] }
        var choices = contactPool.filter { $0 == right || picked.contains($0) }
        choices.append(Self.notSaid)
        if !choices.contains(right) { choices.insert(right, at: 0) }
        let quote = route.citations.first { citation in right.split(separator: " ").filter { $0.count > 4 }.contains { citation.quote.contains($0) } }
        return PracticeQuestion(prompt: "Whom do you contact?", choices: unique(choices), answer: unique(choices).firstIndex(of: right) ?? 0,
                                quote: quote?.quote ?? route.citations.first?.quote)
    }

    var notifyPool: [String] {
        var pool: [String] = []
        for text in policy.stages.flatMap({ $0.notify.compactMap { $0.role.value.map { Self.plain($0.text) } } }) where !pool.contains(text) { pool.append(text) }
        return pool
    }

    /// A role without its bracketed note: "TSCP Business Manager (the Senior Manager notifies them)" is the Business Manager.
    static func plain(_ role: String) -> String {
        role.firstIndex(of: "(").map { String(role[..<$0]).trimmingCharacters(in: .whitespaces) } ?? role
    }

    var notifyQuestion: PracticeQuestion {
        let right = route.notify.first?.role.map(Self.plain) ?? Self.nobody
        let choices = unique([Self.nobody] + notifyPool)
        let quote = route.citations.first { $0.quote.lowercased().contains("notif") || $0.quote.lowercased().contains("email") }
        return PracticeQuestion(prompt: "Whom must be notified?", choices: choices, answer: choices.firstIndex(of: right) ?? 0,
                                quote: quote?.quote ?? route.citations.first?.quote)
    }

    var deadlineQuestion: PracticeQuestion {
        let undated = route.outcome == .outOfScope || route.outcome == .notCovered || route.outcome == .exhausted
            ? "No deadline: this is not a stage of the pathway"
            : route.timescale.map { "No date: \($0)" } ?? "No date: the policy sets no time"
        guard let due = route.deadline else {
            let start = facts.now.day
            let dates = [1, 2, 5].map { calendar.adding(workingDays: $0, to: start) }
            let prompt = route.outcome == .urgent ? "By when must action be taken?" : "By when?"
            return PracticeQuestion(prompt: prompt, choices: [undated] + dates.map { "By \($0.spoken)" }, answer: 0, quote: timescaleQuote)
        }
        let days = Array(Set([due, previousWorkingDay(before: due), calendar.adding(workingDays: 1, to: due), due.adding(days: 7)])).sorted()
        let choices = days.map { "By \($0.spoken)" } + ["No date: the policy sets no time"]
        let prompt = route.outcome == .urgent ? "By when must action be taken?" : "By when\(route.deadlinePurpose.map { ", for \($0)" } ?? "")?"
        return PracticeQuestion(prompt: prompt, choices: unique(choices), answer: days.firstIndex(of: due) ?? 0, quote: timescaleQuote,
                                explanation: route.deadlineBasis.map { "Counted: \($0)." })
    }

    /// The policy's words for the time that applies; none where the policy sets no time.
    var timescaleQuote: String? {
        let timescale: StageTimescale?
        switch route.outcome {
        case .stage: timescale = route.stage.flatMap { policy.stage(at: $0.position) }?.timescale
        case .urgent: timescale = (facts.risk == .immediate ? policy.immediateRisk : policy.significantRisk).timescale
        default: timescale = nil
        }
        guard let timescale, timescale.timescale != .unknown else { return nil }
        return timescale.quote
    }

    func previousWorkingDay(before day: Day) -> Day {
        var earlier = day.adding(days: -1)
        while !calendar.isWorkingDay(earlier) { earlier = earlier.adding(days: -1) }
        return earlier
    }

    func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
