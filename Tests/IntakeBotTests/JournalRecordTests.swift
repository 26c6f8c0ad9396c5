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
        for answer in ["no", "torbay", "1", "back", "1", "1", "status", "yes", "CSC decided to close the case", "yes", "0", "today", "restart"] {
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
