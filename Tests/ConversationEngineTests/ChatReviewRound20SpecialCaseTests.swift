import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 20 (F11): Shropshire asked "Is your line manager also your Designated Safeguarding Lead?" and, after
/// a yes, said its policy does not cover that. A situation spotted in a description is asked about only where the answer
/// can change the route: where the policy speaks of it, or where no one more senior is left (every route then names the
/// policy's next stage).
@Suite("Chat review, round 20: special cases")
struct ChatReviewRound20SpecialCaseTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let now = Moment(iso: "2026-12-04T10:00")!
    static let dsl = "I am the DSL at a primary school, CSC stepped down to early help and we disagree with the threshold"

    @Test("a policy that never speaks of the line manager being the DSL is not asked about it, nor says it does not cover it")
    func notAskedWhereNothingChanges() throws {
        // The reviewer's conversation, convs/c106.in.
        let seen = try everything(["3", "shropshire", "child", "1", "yes", Self.dsl, "yes", "0", "today", "yes", "record"])
        #expect(!seen.contains("Designated Safeguarding Lead"), "\(seen)")
    }

    @Test("asked about every situation a policy speaks of, and about no one more senior everywhere", arguments: [
        ("pan-cheshire", dsl, SpecialCase.Kind.managerIsDesignatedLead, true),
        ("isle-of-man", dsl, .managerIsDesignatedLead, true),
        ("torbay", dsl, .managerIsDesignatedLead, false),
        ("bcssp", dsl, .managerIsDesignatedLead, false),
        ("torbay", "the social worker is on annual leave and the referral was closed", .personAway, false),
        ("pan-cheshire", "the social worker is on annual leave and the referral was closed", .personAway, true),
        ("shropshire", "CSC closed the case and there is no one above me to escalate to", .chainExhausted, true),
    ])
    func askedWhereTheAnswerCounts(_ policy: String, _ description: String, _ kind: SpecialCase.Kind, _ asked: Bool) {
        let turn = play(["3", policy, "child", "1", "yes", description])
        let question = turn.session.intake.spotted.first?.kind
        // Asked straight after the description, or after the type is confirmed; kept in `spotted` until it is.
        #expect((question == kind) == asked, "\(policy): \(said(turn))")
    }
}
