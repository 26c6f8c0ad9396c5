import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

@Suite("A session's history")
struct HistoryTests {
    func state(_ step: Step, tried: Int? = nil) -> Snapshot {
        var intake = Intake()
        intake.tried = tried
        return Snapshot(policyID: "torbay", step: step, intake: intake)
    }

    @Test("it pushes and pops newest last, and reads back oldest first") func pushPop() {
        var history = History()
        #expect(history.isEmpty && history.popLast() == nil)
        history.append(state(.immediateRisk))
        history.append(state(.subject))
        history.append(state(.tried, tried: 1))
        #expect(history.snapshots.map(\.step) == [.immediateRisk, .subject, .tried])
        #expect(history.popLast()?.step == .tried)
        #expect(history.count == 2 && history.snapshots(after: 1).map(\.step) == [.subject])
    }

    @Test("a saved state shares its session's intake, and each keeps its own once either changes") func sharedIntake() {
        var session = Session(policyID: "torbay", started: Moment(day: Day(ordinal: 0), minute: 0))
        session.intake.tried = 1
        var saved = session.snapshot
        let copy = session
        session.intake.tried = 2
        session.intake.area = "halton"
        #expect(saved.intake.tried == 1 && saved.intake.area == nil)
        #expect(copy.intake.tried == 1 && copy.intake == saved.intake)
        saved.intake.tried = 3
        #expect(session.intake.tried == 2 && copy.intake.tried == 1)
        #expect(session != copy)
        session.intake.tried = 1
        session.intake.area = nil
        #expect(session == copy, "equal by value, though no longer sharing")
    }

    @Test("a history made from another shares its states; one built apart shares none but is equal") func sharing() {
        var base = History([state(.immediateRisk), state(.subject)])
        var later = base
        later.append(state(.counterpart))
        #expect(later.sharedPrefixCount(with: base) == 2)
        var back = later
        _ = back.popLast()
        _ = back.popLast()
        #expect(back.sharedPrefixCount(with: later) == 1 && back.sharedPrefixCount(with: base) == 1)
        let apart = History([state(.immediateRisk), state(.subject)])
        #expect(apart.sharedPrefixCount(with: base) == 0)
        #expect(apart == base && apart != later)
        base.append(state(.tried, tried: 2))
        #expect(base != later && base.prefix(2) == later.prefix(2) && base.prefix(2).sharedPrefixCount(with: later) == 2)
    }

    @Test("it is saved as a list of states and read back equal") func codable() throws {
        let history = History([state(.immediateRisk), state(.tried, tried: 3)])
        let data = try JSONEncoder().encode(history)
        #expect(try JSONSerialization.jsonObject(with: data) is [Any])
        #expect(try JSONDecoder().decode(History.self, from: data) == history)
    }
}
