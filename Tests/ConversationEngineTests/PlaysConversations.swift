import Testing
import EscalationRules
@testable import ConversationEngine

/// A suite that replays whole conversations in the engine at a fixed time, as the chat reviews' suites replay what a
/// reviewer typed.
protocol PlaysConversations {
    var conversation: Conversation { get }
    /// The time every answer is given at, unless a test says another.
    var now: Moment { get }
}

extension PlaysConversations {
    /// The turn after `answers`, from the start (under `policy`, if given) or from `start`.
    func play(_ answers: [String], policy: String? = nil, from start: Turn? = nil, at time: Moment? = nil) -> Turn {
        let time = time ?? now
        var turn = start ?? conversation.start(policyID: policy, at: time)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: time) }
        return turn
    }

    /// What the bot said in a turn, one line after another.
    func said(_ turn: Turn) -> String { turn.replies.flatMap(\.lines).joined(separator: "\n") }

    /// Everything the practitioner sees after `answers` from the start, and the record keeps, as text and as JSON.
    func everything(_ answers: [String]) throws -> String {
        var seen: [String] = []
        var turn = conversation.start(policyID: nil, at: now)
        for answer in answers {
            turn = conversation.reply(to: answer, in: turn.session, at: now)
            seen.append(said(turn))
        }
        let record = try #require(conversation.record(for: turn.session, at: now), "\(seen.joined(separator: "\n"))")
        return (seen + record.textLines + [record.json.prettyText]).joined(separator: "\n")
    }
}
