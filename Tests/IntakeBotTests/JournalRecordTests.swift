import Foundation
import Testing
@testable import IntakeBot
import ConversationEngine
import EscalationRules

@Suite("Journal records")
struct JournalRecordTests {
    @Test("a journal written before issue 17, a whole record then changes, reads back through the journal's reader")
    func oldChangesRead() throws {
        let conversation = Conversation(library: .bundled)
        let now = Moment(iso: "2026-11-23T10:00")!
        var sessions = [conversation.start(policyID: nil, at: now).session]
        for answer in ["no", "no", "torbay", "1", "back", "1", "1", "status", "yes", "CSC decided to close the case", "yes", "0", "today", "restart"] {
            sessions.append(conversation.reply(to: answer, in: sessions.last!, at: now).session)
        }
        #expect(sessions.contains { $0.step == .routed && !$0.why.isEmpty })
        var writer = JSONWriter()
        Journal.appendFrame("k", sessions[0], to: &writer)
        for (before, after) in zip(sessions, sessions.dropFirst()) { Self.appendChange(from: before, to: after, to: &writer) }

        let frames = Journal.Frames(writer.finish())
        #expect(frames.payloads.count == sessions.count && frames.gaps.isEmpty)
        var read: Session?
        for payload in frames.payloads {
            let (key, entry) = try #require(Journal.decode(frames.bytes[payload]))
            #expect(key == "k")
            switch entry {
            case .whole(let session): read = session
            case .change(let change): read = read.flatMap(change.applied(to:))
            }
        }
        #expect(read == sessions.last)
    }

    /// An outside attack test (2026-11-30): a record whose checksum holds but whose turn count is near 2^63 stopped the
    /// server at the conversation's next turn, and at every start after. Counts out of range are damage.
    @Test("a record with counts out of range does not decode", arguments: [Int.max - 1, 1 << 62, -1])
    func countsOutOfRange(_ turns: Int) throws {
        let conversation = Conversation(library: .bundled)
        var session = conversation.start(policyID: nil, at: Moment(iso: "2026-11-23T10:00")!).session
        var writer = JSONWriter()
        Journal.appendFrame("k", session, to: &writer)
        session.turns = turns
        Journal.appendFrame("k", session, to: &writer)
        let frames = Journal.Frames(writer.finish())
        #expect(frames.payloads.count == 2)
        #expect(Journal.decode(frames.bytes[frames.payloads[0]]) != nil)
        #expect(Journal.decode(frames.bytes[frames.payloads[1]]) == nil)
    }

    /// An outside attack test, round 2 (2026-12-01): generations of 2^32 and above wrapped in file names.
    @Test("file names hold any generation, in eight digits or more") func fileNames() {
        #expect(Journal.journalName(7) == "journal-00000007.log" && Journal.snapshotName(12_345_678) == "snapshot-12345678.log")
        #expect(Journal.journalName(1 << 32) == "journal-4294967296.log")
        #expect(Journal.journalName(Int(UInt32.max)) == "journal-4294967295.log")
    }

    /// An outside attack test, round 2 (2026-12-01): a record whose kept reply's length was -2^63 overflowed and stopped
    /// the server at every start. A length outside the record is damage.
    @Test("a kept reply's length outside its record does not decode", arguments: [Int.min, Int.min + 1, -1, 0, 1, Int.max, 1 << 40])
    func replyLengthOutOfRange(_ length: Int) throws {
        let record = Data(#"{"key": "k", "sentLength": 0, "sentReply": {"a": 1}}"#.utf8)
        #expect(Journal.rawReply(length, in: record) == nil)
        #expect(Journal.rawReply(8, in: record) == #"{"a": 1}"#)
    }

    /// A session with a kept reply as the jsonl protocol keeps one: escapes, quotes and non-ASCII included.
    static func sessionWithReply(_ reply: String = #"{"turn": 2, "state": "asking", "replies": ["Is it \"urgent\"? \\ é \u2028 ✓"], "route": null, "done": false}"#) -> Session {
        let conversation = Conversation(library: .bundled)
        let now = Moment(iso: "2026-11-23T10:00")!
        var session = conversation.start(policyID: nil, at: now).session
        for answer in ["no", "no", "torbay", "1"] { session = conversation.reply(to: answer, in: session, at: now).session }
        session.turns = 3
        session.sent = SentReply(turn: 2, request: -8_734_112_009, reply: reply)
        return session
    }

    /// A record as written before the kept reply was kept raw: the reply a string inside the session.
    static func appendOldRecord(_ key: String, _ session: Session, to writer: inout JSONWriter) {
        Journal.appendFrame(to: &writer) { writer in
            writer.open(.object)
            writer.member("key", key)
            writer.key("session")
            session.write(to: &writer)
            writer.close(.object)
        }
    }

    @Test("a kept reply is written as its own bytes, after the session, and reads back byte for byte")
    func keptReplyRaw() throws {
        let session = Self.sessionWithReply()
        var writer = JSONWriter()
        Journal.appendFrame("k", session, to: &writer)
        let frames = Journal.Frames(writer.finish())
        let payload = try #require(frames.payloads.first)
        let record = Array(frames.bytes[payload])
        let reply = Array(session.sent!.reply.utf8)
        #expect(Array(record.suffix(reply.count + 1).dropLast()) == reply)
        let (key, entry) = try #require(Journal.decode(record))
        guard case .whole(let read?) = entry else { Issue.record("not a whole session"); return }
        #expect(key == "k" && read == session)
        #expect(Array(read.sent!.reply.utf8) == reply)
    }

    @Test("a kept reply that is not a JSON object stays inside the session, and reads back")
    func keptTextEscaped() throws {
        let session = Self.sessionWithReply("not \"JSON\" }")
        var writer = JSONWriter()
        Journal.appendFrame("k", session, to: &writer)
        let frames = Journal.Frames(writer.finish())
        let payload = try #require(frames.payloads.first)
        let (_, entry) = try #require(Journal.decode(frames.bytes[payload]))
        guard case .whole(let read?) = entry else { Issue.record("not a whole session"); return }
        #expect(read == session)
    }

    @Test("a state dir written with the reply inside the session, snapshot and journal, opens with the same conversations")
    func oldShapeStateRead() throws {
        let directory = "/tmp/ib-old-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let first = Self.sessionWithReply()
        var second = Self.sessionWithReply(#"{"turn": 3, "route": {"stages": [{"name": "Stage 1: \"talk\""}]}}"#)
        second.sent!.turn = 3
        var snapshot = JSONWriter()
        // The header as written then, before journals had headers of their own.
        Journal.appendFrame(to: &snapshot) { $0.raw(Array(#"{"snapshot": 1, "conversations": 2}"#.utf8)) }
        Self.appendOldRecord("a", first, to: &snapshot)
        Self.appendOldRecord("b", first, to: &snapshot)
        var journal = JSONWriter()
        Self.appendOldRecord("b", second, to: &journal)
        try Data(snapshot.finish()).write(to: URL(fileURLWithPath: Journal.snapshotPath(directory, 1)))
        try Data(journal.finish()).write(to: URL(fileURLWithPath: directory + "/" + Journal.journalName(1)))

        let opened = try Journal(directory: directory)
        defer { opened.finish() }
        #expect(opened.recovery.damage.isEmpty)
        let sessions = opened.takeRecovered()
        #expect(sessions == ["a": first, "b": second])
        #expect(sessions["b"]?.sent?.reply.utf8.elementsEqual(second.sent!.reply.utf8) == true)
    }

    /// A record as journals before issue 17 wrote a change: the history shared with the state before
    /// counted, the state before pushed by name, the quotes kept when unchanged.
    static func appendChange(from before: Session, to after: Session, to writer: inout JSONWriter) {
        let kept = zip(before.history, after.history).prefix { $0 == $1 }.count
        var added = Array(after.history.dropFirst(kept))
        let pushed = added.first == Snapshot(policyID: before.policyID, step: before.step, intake: before.intake)
        if pushed { added.removeFirst() }
        var written = after
        written.history = added
        let whyKept = before.why == after.why
        if whyKept { written.why = [] }
        Journal.appendFrame(to: &writer) { writer in
            writer.open(.object)
            writer.member("key", "k")
            writer.key("session")
            written.write(to: &writer)
            writer.member("historyKept", kept)
            writer.member("previousPushed", pushed)
            writer.member("whyKept", whyKept)
            writer.close(.object)
        }
    }
}
