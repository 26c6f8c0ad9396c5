import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A saved type, by a value of it with every member away from its default.
struct SavedValue: CustomStringConvertible, Sendable {
    var value: any Schema & Sendable
    var description: String { "\(type(of: value))" }

    static let all: [SavedValue] = [
        SavedValue(value: Session.full()), SavedValue(value: Snapshot(policyID: "torbay", step: .area, intake: .full())),
        SavedValue(value: Intake.full()), SavedValue(value: TrainingState.full()), SavedValue(value: SentReply(turn: 1, request: 2, reply: "x")),
        SavedValue(value: SpottedCase(kind: .personAway, cue: "on leave")), SavedValue(value: Moment.full()),
    ]
}

/// The names a type's `members` lists, in order.
struct MemberNames: MemberVisitor {
    typealias Failure = Never
    var names: [String] = []

    mutating func member<Value: SchemaValue>(_ name: StaticString, _ value: inout Value, _ presence: Presence<Value>) {
        names.append(name.description)
    }

    static func of<T: Schema>(_ value: T) -> [String] {
        var visitor = MemberNames()
        var value = value
        T.members(&visitor, &value)
        return visitor.names
    }
}

@Suite("One schema for each saved type")
struct SchemaTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/sessions-5580296.jsonl")

    @Test("every stored member is in the type's list", arguments: SavedValue.all)
    func everyStoredMemberIsListed(_ saved: SavedValue) {
        let stored = Mirror(reflecting: saved.value).children.compactMap(\.label)
        #expect(Set(stored) == Set(MemberNames.of(saved.value)))
        #expect(stored.count == MemberNames.of(saved.value).count)
    }

    @Test("the writer writes every listed member, in the list's order, and it reads back the same", arguments: SavedValue.all)
    func writerWritesEveryMember(_ saved: SavedValue) throws {
        try Self.checkWriter(saved.value)
    }

    static func checkWriter<T: Schema>(_ value: T) throws {
        let written = JSONWriter.bytes { value.write(to: &$0) }
        guard case .object(let members) = try JSONValue.parse(written) else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == MemberNames.of(value))
        #expect(try JSONDecoder().decode(T.self, from: Data(written)) == value)
    }

    @Test("encode(to:) writes what the writer writes, and it reads back the same", arguments: SavedValue.all)
    func encoderAgreesWithWriter(_ saved: SavedValue) throws {
        try Self.checkEncoder(saved.value)
    }

    static func checkEncoder<T: Schema>(_ value: T) throws {
        let encoded = try JSONEncoder().encode(value)
        let written = JSONWriter.bytes { value.write(to: &$0) }
        #expect(sorted(try JSONValue.parse(Array(encoded))) == sorted(try JSONValue.parse(written)))
        #expect(try JSONDecoder().decode(T.self, from: encoded) == value)
    }

    /// Objects' members in key order, as Foundation's encoder may order them its own way.
    static func sorted(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members): return .object(members.map { ($0.0, sorted($0.1)) }.sorted { $0.0 < $1.0 })
        case .array(let elements): return .array(elements.map(sorted))
        default: return value
        }
    }

    @Test("members at their defaults are left out, as before") func defaultsLeftOut() {
        let session = Session(started: Moment(iso: "2026-11-23T10:00")!)
        #expect(String(decoding: session.jsonBytes, as: UTF8.self)
            == #"{"step": "choosePolicy", "intake": {}, "started": {"day": "2026-11-23", "minute": 600}}"#)
    }

    @Test("sessions written by the build before one schema read back and are written again byte for byte") func oldBytesKept() throws {
        let lines = try String(contentsOf: Self.fixture, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 51)
        for line in lines {
            let session = try JSONDecoder().decode(Session.self, from: Data(line.utf8))
            #expect(String(decoding: session.jsonBytes, as: UTF8.self) == String(line))
            #expect(try JSONDecoder().decode(Session.self, from: JSONEncoder().encode(session)) == session)
        }
        // The first line is the full session of that build, which had no `caseTurn` (read as its default, 0).
        var before = Session.full()
        before.caseTurn = 0
        before.intake.askingAboutSignificant = false
        before.intake.riskQuoted = []
        before.intake.riskAnswers = []
        before.intake.quotedFromUnkept = []
        before.intake.significantAfterNo = false
        before.intake.proceduresSaid = false
        before.intake.checklistNotAllDone = false
        before.routeUndated = false
        before.wentBackFromRoute = nil
        before.urgentGiven = nil
        before.urgentAbout = nil
        before.urgentQuote = nil
        before.urgentLowered = false
        before.loweringChecked = false
        before.firstRisk = nil
        before.routeStoodAtEnd = false
        before.intake.askingAfterUrgent = false
        before.intake.descriptionContinues = false
        before.intake.dateAskedAgain = false
        before.intake.dateOffered = nil
        before.policyOffered = nil
        before.history = before.history.map {
            var snapshot = $0
            snapshot.intake.askingAboutSignificant = false; snapshot.intake.riskQuoted = []; snapshot.intake.significantAfterNo = false
            snapshot.intake.proceduresSaid = false
            snapshot.intake.riskAnswers = []
            snapshot.intake.quotedFromUnkept = []
            snapshot.intake.checklistNotAllDone = false
            snapshot.intake.askingAfterUrgent = false
            snapshot.intake.descriptionContinues = false
            snapshot.intake.dateAskedAgain = false
            snapshot.intake.dateOffered = nil
            return snapshot
        }
        // Nor a practice round's kept case (read as none waiting).
        before.training?.caseWaiting = false
        before.training?.caseWhy = []
        #expect(try JSONDecoder().decode(Session.self, from: Data(lines[0].utf8)) == before)
    }

    @Test("a member older saves lack is read as its default; one always written is required where it has none") func missingMembers() throws {
        let session = try JSONDecoder().decode(Session.self, from: Data(#"{"started": {"day": "2026-11-23", "minute": 600}}"#.utf8))
        #expect(session.step == .choosePolicy && session.intake == Intake() && session.history.isEmpty)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Session.self, from: Data(#"{"step": "subject"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Snapshot.self, from: Data(#"{"intake": {}}"#.utf8)) }
    }
}
