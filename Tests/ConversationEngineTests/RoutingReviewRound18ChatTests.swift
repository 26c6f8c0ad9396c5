import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// An outside routing review, round 18 (2026-12-01), on the chat's calendar reminder, with a chat review's findings 9 and 10
/// (round 17, 2026-12-01) on the same reminder and the type check.
@Suite("Routing review, round 18: the chat")
struct RoutingReviewRound18ChatTests {
    let conversation = Conversation(library: .bundled)

    func play(_ answers: [String], at now: String) -> Turn {
        let moment = Moment(iso: now)!
        var turn = conversation.start(at: moment)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: moment) }
        return turn
    }

    /// The saved entry's DESCRIPTION, unfolded and unescaped.
    func description(_ turn: Turn) throws -> String {
        let text = try #require(turn.effects.compactMap { effect -> String? in
            if case .saveCalendarEntry(_, let text) = effect { return text } else { return nil }
        }.first)
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        let line = try #require(unfolded.split(separator: "\r\n").first { $0.hasPrefix("DESCRIPTION:") })
        return String(line.dropFirst("DESCRIPTION:".count)).replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
    }

    /// c34: Shropshire Stage 2, 4 working days from when Stage 1 ended (Mon 4 Jan 2027) or from when it was first raised
    /// (Tue 29 Dec 2026), equal readings in the route; the reminder called the later "The policy's time" and did not say
    /// what the earlier counts from.
    @Test("a reminder with two readings says both as the route does, each with what it counts from") func twoReadingsInReminder() throws {
        let turn = play(["no", "no", "shropshire", "adult", "1", "yes", "Adult social care decided a referral does not meet threshold and we disagree",
                         "yes", "1", "2026-12-21", "2026-12-24", "calendar"], at: "2026-12-29T17:00")
        let said = try description(turn)
        #expect(!said.contains("The policy's time"), "\(said)")
        #expect(said.contains("Work to: Tuesday 29 December 2026, the earliest date the readings below give"), "\(said)")
        #expect(said.contains("One reading: by Monday 4 January 2027: 4 working days from Thursday 24 December 2026, when Stage 1 ended without agreement"), "\(said)")
        #expect(said.contains("by Tuesday 29 December 2026: 4 working days from Monday 21 December 2026, when it was first raised"), "\(said)")
        #expect(!said.contains("today"))
    }

    /// c19: Pan-Cheshire's 48 hours (Fri 25 Dec 2026) and the heading's Day 1-2 (Thu 24 Dec): the 48-hour reading was "The
    /// policy's time".
    @Test("a reminder on the heading's day window does not call the 48 hours the policy's time") func panCheshireReminder() throws {
        let turn = play(["no", "no", "cheshire east", "child", "1", "yes", "Social care decided a referral does not meet threshold and we disagree",
                         "yes", "0", "2026-12-23", "calendar"], at: "2026-12-24T16:59")
        let said = try description(turn)
        #expect(!said.contains("The policy's time"), "\(said)")
        #expect(said.contains("One reading: by Friday 25 December 2026"), "\(said)")
        #expect(said.contains("Another reading"), "\(said)")
    }

    /// Chat review round 17, finding 9: Torbay's Stage Three names the TSCP Business Manager to notify; the reminder left them out.
    @Test("a reminder keeps whom to notify") func reminderKeepsNotify() throws {
        let turn = play(["no", "no", "torbay", "child", "1", "yes", "Health visitor: CSC still have not allocated a social worker for a CIN case after 6 weeks",
                         "yes", "2", "1 Dec", "yesterday", "calendar"], at: "2026-12-08T11:00")
        let said = try description(turn)
        #expect(said.contains("Notify: TSCP Business Manager"), "\(said)")
        #expect(said.contains("neil.cotton@torbay.gov.uk"), "\(said)")
    }

    /// Chat review round 17, finding 10: the Isle of Man lists "There is disagreement between agencies about the need to
    /// convene a Strategy discussion" in a line of its own; the check quoted the Child Protection Case Conference line.
    @Test("the type check quotes the policy's own line for a strategy discussion") func strategyDiscussionLine() {
        let turn = play(["no", "no", "isle-of-man", "child", "1", "yes", "GP: CFD will not convene a strategy discussion", "no", "no"], at: "2026-12-07T09:30")
        let said = turn.replies.flatMap(\.lines).joined(separator: "\n")
        #expect(said.contains("The Isle of Man policy lists: \"There is disagreement between agencies about the need to convene a Strategy discussion\"."), "\(said)")
        // A conference is still read as the conference line, for the child's and the adult's.
        let examples = PolicyLibrary.bundled.policy("isle-of-man")!.disagreementExamples.filter { $0.type == .conveningStrategyOrConference && $0.subject != .adult }
        #expect(Conversation.closest(examples, to: "CFD will not convene a child protection case conference")?.quote.hasSuffix("Child Protection Case Conference") == true)
        #expect(Conversation.closest(examples, to: "they will not hold a meeting")?.subject == .child)
    }
}
