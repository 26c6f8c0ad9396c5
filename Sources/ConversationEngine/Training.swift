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
    /// A live case was under way when the round began (`train` typed mid-intake): ending the round goes back to it,
    /// never ends the conversation (an outside review, round 9: `train` then `quit` lost the case).
    public var caseWaiting = false
    /// The case's `why` before the round, given back with the case.
    public var caseWhy: [String] = []
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
        try visitor.member("caseWaiting", &value.caseWaiting, default: false)
        try visitor.member("caseWhy", &value.caseWhy, default: [])
    }
}
