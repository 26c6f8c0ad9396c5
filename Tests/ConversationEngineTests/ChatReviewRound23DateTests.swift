import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 23 (/work/review-chat23/REVIEW.md): the dates a chat's route gives.

/// F11 (safety): `--now 2027-06-10T15:00`, the Isle of Man, first raised today: "By: Monday 14 June 2027 ... 1 working day from
/// Thursday 10 June 2027 ... TT Bank Holiday on Friday 11 June 2027 (date assumed)". The 2027 TT holiday is not published
/// (public calendars give both 4 and 11 June), and 003 l.111's "within 1 working day" was lengthened by it over a weekend.
@Suite("Chat review, round 23: a holiday whose date is assumed never makes a date later")
struct ChatReviewRound23AssumedHolidayTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    var now: Moment { Moment(iso: "2027-06-10T15:00")! }
    static let answers = ["no", "no", "isle-of-man", "child", "1", "yes", "the SW refuses to share the assessment", "yes", "0", "today"]

    @Test("the TT Friday assumed on 11 June 2027 is counted as a working day, and what it would do is said") func ttFridayCountedAsWorkingDay() throws {
        let turn = play(Self.answers)
        try #require(turn.session.step == .routed, "\(said(turn))")
        let text = said(turn).replacingOccurrences(of: "\n  ", with: " ")
        #expect(text.contains("By: Friday 11 June 2027, for initial attempts to resolve it: 1 working day from Thursday 10 June 2027, when it was first raised. Counted as a working day: Friday 11 June 2027, the TT Bank Holiday's assumed date; if the holiday is on that day, the time runs to Monday 14 June 2027."), "\(text)")
        #expect(!text.contains("By: Monday 14 June 2027"), "\(text)")
        #expect(text.contains("Note: The TT Bank Holiday on Friday 11 June 2027 is an assumed date: the Friday of TT race week"), "\(text)")
        #expect(text.contains("The count to Friday 11 June 2027 takes it for a working day, so that a holiday not yet confirmed does not make the date later: work to Friday 11 June 2027. If it is confirmed, the time may run to Monday 14 June 2027."), "\(text)")
        let record = try #require(conversation.record(for: turn.session, at: now))
        #expect(record.json.prettyText.contains("\"dateToWorkTo\": \"2027-06-11\""), "\(record.json.prettyText)")
    }

    /// The same rule in the calendar every route counts over: the holiday whose assumed day may move is not in it; the
    /// published ones, and those assumed only for want of a published list, their days fixed by rule, are.
    @Test("the calendar counted over leaves out the holiday whose assumed day may move") func settledCalendar() {
        let calendar = PolicyLibrary.bundled.calendars["isle-of-man"]!, published = calendar.settled
        let day = { (iso: String) in Day(iso: iso)! }
        #expect(published.adding(workingDays: 1, to: day("2027-06-10")) == day("2027-06-11"))
        #expect(calendar.adding(workingDays: 1, to: day("2027-06-10")) == day("2027-06-14"))
        #expect(published.isHoliday(day("2027-07-05")), "Tynwald Day 2027 is published")
        #expect(published.isHoliday(day("2028-01-03")), "New Year's Day (observed) 2028, assumed by the usual pattern")
    }
}
