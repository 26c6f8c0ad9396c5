import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 17 (2026-12-01), beside the outside routing review of the same round (`RoutingReviewRound17Tests`).
@Suite("Routing review, round 17: the chat")
struct RoutingReviewRound17ChatTests {
    let conversation = Conversation(library: .bundled)

    /// Pan-Cheshire Step 2, the line manager also the Designated Safeguarding Lead, in another health service, which the
    /// policy's list ("Early Years ... Schools ... College ... General Practice ... Hospital Settings") leaves out: "who should
    /// seek support from someone the policy does not name for other health service" read as garbled.
    @Test("a setting Pan-Cheshire lists no support for is said plainly in the chat's route") func unlistedSettingInChat() {
        let now = Moment(iso: "2026-12-07T09:00")!
        var turn = conversation.start(at: now)
        for answer in ["no", "no", "cheshire east", "child", "1", "yes", "CSC says the referral is below threshold, we think it meets CIN level",
                       "yes", "2", "20/11", "2/12", "dsl", "6"] {
            turn = conversation.reply(to: answer, in: turn.session, at: now)
        }
        let said = turn.replies.flatMap(\.lines).joined(separator: "\n")
        #expect(said.contains("Contact: Your Line Manager / Designated Safeguarding Lead, who should seek support at this step; the policy names no one for other health services (it lists schools, colleges, early years, general practice (GP) and hospitals)"), "\(said)")
        #expect(!said.contains("someone the policy does not name"))
    }
}
