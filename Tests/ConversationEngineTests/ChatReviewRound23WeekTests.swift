import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 23 (/work/review-chat23/REVIEW.md): the dates a chat's route gives.

/// F10 (fidelity): `--now 2026-12-24T16:55`, Torbay, first raised today: "By: Tuesday 5 January 2027 ... 5 working days from
/// Thursday 24 December 2026 ... Bank holidays not counted ...". The policy says "One week of the issues being raised (5 working
/// days)" (001 l.59): one calendar week ends Thursday 31 December, and the earlier reading was not shown.
@Suite("Chat review, round 23: Torbay's one week beside its 5 working days")
struct ChatReviewRound23OneWeekTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2026-12-24T16:55")! }
    static let answers = ["no", "no", "torbay", "child", "1", "yes", "social worker won't share the assessment with us", "yes", "0", "today"]

    @Test("over Christmas the calendar week is another reading, earlier, as strong as the working days") func christmasWeek() throws {
        let turn = play(Self.answers)
        try #require(turn.session.step == .routed, "\(said(turn))")
        let text = said(turn).replacingOccurrences(of: "\n  ", with: " ")
        #expect(text.contains("One reading: by Tuesday 5 January 2027, for Stages One and Two together (the policy gives one week to both): 5 working days from Thursday 24 December 2026"), "\(text)")
        #expect(text.contains("Another reading, earlier ('One week' as a calendar week, 7 days: 'One week' and '5 working days' are both the policy's words, and differ only where a bank holiday falls in the week): by Thursday 31 December 2026: 7 days from Thursday 24 December 2026, when it was first raised."), "\(text)")
        #expect(!text.contains("less likely"), "as strong as the words: \(text)")
        #expect(text.contains("Work to: Thursday 31 December 2026"), "\(text)")
        let record = try #require(conversation.record(for: turn.session, at: now))
        #expect(record.json.prettyText.contains("\"dateToWorkTo\": \"2026-12-31\""), "\(record.json.prettyText)")
    }

    /// A week with no bank holiday gives the same date both ways, and a week from a Saturday ends later than its 5 working
    /// days: neither is another reading.
    @Test("where the two agree, or the week is the later, nothing more is said", arguments: [
        ("2026-12-03T10:00", "today"), ("2026-12-05T10:00", "today"),
    ])
    func noOtherReading(_ time: String, _ raised: String) throws {
        var answers = Self.answers
        answers[answers.count - 1] = raised
        let turn = play(answers, at: Moment(iso: time)!)
        try #require(turn.session.step == .routed, "\(said(turn))")
        #expect(!said(turn).contains("calendar week"), "\(said(turn))")
    }
}
