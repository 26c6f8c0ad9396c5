import Foundation
import ConversationEngine
import EscalationRules

/// The journal's record format: `[length: UInt32][crc32: UInt32][payload]`, little-endian, the payload
/// a JSON object (see `Journal`). Snapshots hold the same frames, after a header frame of their own.
extension Journal {
    /// Writes the record straight after what `writer` holds, then fills in its length and checksum.
    static func appendFrame(_ key: String, _ session: Session?, to writer: inout JSONWriter) {
        appendFrame(to: &writer) { writeRecord(key, session, to: &$0) }
    }

    /// A snapshot's first frame: `{"snapshot": N, "conversations": count}`, so a snapshot cut short
    /// at a record's end, or emptied, is known to be short.
    static func appendHeader(generation: Int, conversations: Int, to writer: inout JSONWriter) {
        appendFrame(to: &writer) { writer in
            writer.open(.object)
            writer.member("snapshot", generation)
            writer.member("conversations", conversations)
            writer.member("journalHeaders", true)
            writer.close(.object)
        }
    }

    /// A journal's first frame, `{"journal": N}`, written and flushed when the journal is made, so a journal emptied or
    /// cut at its start after its turns were acknowledged is told from one that never had a turn: an outside attack test
    /// (2026-11-30) emptied the newest journal and lost four conversations with nothing said. Snapshots written since
    /// say so (`"journalHeaders": true`), and a journal from their generation on without its header is damage.
    static func journalHeader(generation: Int) -> [UInt8] {
        JSONWriter.bytes { writer in
            appendFrame(to: &writer) { writer in
                writer.open(.object)
                writer.member("journal", generation)
                writer.close(.object)
            }
        }
    }

    static func appendFrame(to writer: inout JSONWriter, _ payload: (inout JSONWriter) -> Void) {
        let start = writer.buffer.count
        for _ in 0..<8 { writer.buffer.append(0) }
        payload(&writer)
        let length = writer.buffer.count - start - 8
        let checksum = writer.buffer.withUnsafeBytes(from: start + 8, CRC32.checksum)
        writer.buffer.overwrite(at: start, littleEndian: UInt32(length))
        writer.buffer.overwrite(at: start + 4, littleEndian: checksum)
    }

    private static func writeRecord(_ key: String, _ session: Session?, to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("key", key)
        guard var session else {
            writer.member("removed", true)
            writer.close(.object)
            return
        }
        // The reply sent is a JSON object of several KB: kept as its own bytes, last, rather than as a
        // string inside the session, where escaping every quote in it cost 8.4% of a mix turn
        // (docs/performance.md). Its length says where it starts when read back.
        guard let sent = session.sent, isObject(sent.reply) else {
            writer.key("session")
            session.write(to: &writer)
            writer.close(.object)
            return
        }
        session.sent = nil
        writer.key("session")
        session.write(to: &writer)
        writer.member("sentTurn", sent.turn)
        writer.member("sentRequest", sent.request)
        writer.member("sentLength", sent.reply.utf8.count)
        writer.key("sentReply")
        writer.raw(sent.reply)
        writer.close(.object)
    }

    /// Whether a kept reply looks like a JSON object, as every reply the jsonl protocol keeps is; any
    /// other text is kept escaped inside the session, as before.
    private static func isObject(_ reply: String) -> Bool {
        reply.utf8.first == UInt8(ascii: "{") && reply.utf8.last == UInt8(ascii: "}")
    }

    /// What a record holds for its key: a whole state (nil: removed), or a change from the one before,
    /// which only journals written before issue 17 hold (see `SessionChange`).
    enum Entry {
        case whole(Session?)
        case change(SessionChange)
    }

    /// A journal record or snapshot file as read back, in one decoding pass.
    private struct Record: Decodable {
        var key: String
        var session: Session?
        /// The reply sent, kept beside the session as raw bytes at the record's end (see `writeRecord`);
        /// records written before it keep the reply inside the session.
        var sentTurn: Int?
        var sentRequest: Int?
        var sentLength: Int?
        var removed: Bool?
        var historyKept: Int?
        var previousPushed: Bool?
        var whyKept: Bool?
    }

    /// A snapshot's header: its generation, how many conversations it holds, and whether journals from its generation
    /// on begin with a header of their own (see `journalHeader`).
    struct Header: Decodable {
        var snapshot: Int
        var conversations: Int
        var journalHeaders: Bool?
    }

    private struct JournalHeader: Decodable {
        var journal: Int
    }

    static func decode(_ payload: some Collection<UInt8>) -> (String, Entry)? {
        let bytes = Data(payload)
        guard let record = try? JSONDecoder().decode(Record.self, from: bytes) else { return nil }
        if record.removed == true { return (record.key, .whole(nil)) }
        guard var session = record.session, Self.countsHold(session, sentTurn: record.sentTurn) else { return nil }
        if let turn = record.sentTurn, let request = record.sentRequest, let length = record.sentLength {
            guard let reply = rawReply(length, in: bytes) else { return nil }
            session.sent = SentReply(turn: turn, request: request, reply: reply)
        }
        guard let kept = record.historyKept else { return (record.key, .whole(session)) }
        return (record.key, .change(SessionChange(session: session, historyKept: kept, previousPushed: record.previousPushed ?? false,
                                                         whyKept: record.whyKept ?? false)))
    }

    /// The most turns a kept conversation may count: far beyond any real one, and far enough below `Int.max` that no sum
    /// or next turn overflows. A record whose checksum holds but whose counts do not (edited by hand, or by another
    /// program) is damage, not a conversation: an outside attack test (2026-11-30) stopped the server at the next turn
    /// of a conversation read with `turns` near 2^63, and at every start after.
    static let maximumTurns = 1 << 40

    static func countsHold(_ session: Session, sentTurn: Int?) -> Bool {
        let range = 0...maximumTurns
        return range.contains(session.turns) && range.contains(session.caseTurn) && range.contains(session.misses)
            && sentTurn.map(range.contains) != false
    }

    /// The `length` bytes before a record's closing brace: its `sentReply`, exactly as sent.
    /// A length outside the record is damage: -2^63 had overflowed the subtraction and stopped the server at every start (an
    /// outside attack test, round 2, 2026-12-01).
    static func rawReply(_ length: Int, in record: Data) -> String? {
        guard length >= 2, length < record.count else { return nil }
        let end = record.endIndex - 1
        let start = end - length
        guard start > record.startIndex, record[start] == UInt8(ascii: "{"), record[end - 1] == UInt8(ascii: "}") else { return nil }
        return String(decoding: record[start..<end], as: UTF8.self)
    }

    /// A snapshot's header, if `payload` is one.
    static func decodeHeader(_ payload: some Collection<UInt8>) -> Header? {
        try? JSONDecoder().decode(Header.self, from: Data(payload))
    }

    /// A journal's header, if `payload` is one: the journal's generation.
    static func decodeJournalHeader(_ payload: some Collection<UInt8>) -> Int? {
        (try? JSONDecoder().decode(JournalHeader.self, from: Data(payload)))?.journal
    }

    /// A journal or snapshot file's bytes, read frame by frame: every frame whose length and checksum
    /// hold, and every stretch between them that does not.
    struct Frames {
        /// Bytes the frames could not account for: damage, a torn write, or (at the end only) zeros
        /// written ahead. `frames` counts the frames it seems to hold, at least one.
        struct Gap: Equatable {
            var range: Range<Int>
            var frames: Int
            var zeros: Bool
        }

        var bytes: [UInt8]
        var payloads: [Range<Int>]
        var gaps: [Gap]

        /// Where the good frames end and what follows is only zeros or a torn tail.
        var end: Int { payloads.last?.upperBound ?? 0 }

        /// The gaps that are damage rather than zeros written ahead (see `Journal.preallocate`).
        var damage: [Gap] { gaps.filter { !$0.zeros } }

        /// Reads `bytes` frame by frame. After bytes that are not a good frame it looks, byte by byte,
        /// for the next place a good frame starts, so one damaged record costs only itself and
        /// every record whose checksum holds is still read.
        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            payloads = []
            gaps = []
            var offset = 0
            while offset < bytes.count {
                if let payload = Self.frame(in: bytes, at: offset) {
                    payloads.append(payload)
                    offset = payload.upperBound
                    continue
                }
                var next = offset + 1
                while next < bytes.count, Self.frame(in: bytes, at: next) == nil {
                    // A frame's length is never zero, so none starts more than three bytes before the next non-zero byte.
                    next = max(next + 1, Self.firstNonZero(in: bytes, from: next + 1) - 3)
                }
                next = min(next, bytes.count)
                let range = offset..<next
                gaps.append(Gap(range: range, frames: Self.framesChained(in: bytes, range), zeros: next == bytes.count && bytes[range].allSatisfy { $0 == 0 }))
                offset = next
            }
        }

        /// The payload of a good frame at `offset`: a length inside the file, a JSON object, and a checksum that holds.
        static func frame(in bytes: [UInt8], at offset: Int) -> Range<Int>? {
            guard offset + 8 < bytes.count else { return nil }
            let length = Int(readLittleEndian(bytes, at: offset))
            guard length >= 2, length <= bytes.count - offset - 8 else { return nil }
            let payload = (offset + 8)..<(offset + 8 + length)
            // Every payload is a JSON object: a cheap test that turns away almost every false start.
            guard bytes[payload.lowerBound] == UInt8(ascii: "{"), bytes[payload.upperBound - 1] == UInt8(ascii: "}") else { return nil }
            let checksum = bytes.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[payload])) }
            return checksum == readLittleEndian(bytes, at: offset + 4) ? payload : nil
        }

        /// The index of the first byte from `start` that is not zero, or the end: the megabyte of zeros
        /// written ahead of every journal is passed over a word at a time.
        static func firstNonZero(in bytes: [UInt8], from start: Int) -> Int {
            bytes.withUnsafeBytes { raw in
                var index = start
                while index < raw.count, index % 8 != 0, raw[index] == 0 { index += 1 }
                while index + 8 <= raw.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) == 0 { index += 8 }
                while index < raw.count, raw[index] == 0 { index += 1 }
                return index
            }
        }

        /// How many frames a damaged stretch held, where the lengths in it still lead from frame to
        /// frame to its end exactly; otherwise at least one.
        static func framesChained(in bytes: [UInt8], _ range: Range<Int>) -> Int {
            var offset = range.lowerBound, count = 0
            while offset + 8 <= range.upperBound {
                let length = Int(readLittleEndian(bytes, at: offset))
                guard length > 0 else { break }
                offset += 8 + length
                count += 1
            }
            return offset == range.upperBound ? max(count, 1) : 1
        }
    }

    static func readLittleEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
