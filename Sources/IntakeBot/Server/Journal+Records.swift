import Foundation
import ConversationEngine
import EscalationRules

/// The journal's record format: `[length: UInt32][crc32: UInt32][payload]`, little-endian, the payload
/// a JSON object (see `Journal`). Snapshots hold the same frames.
extension Journal {
    /// Writes the record straight after what `writer` holds, then fills in its length and checksum.
    static func appendFrame(_ key: String, _ entry: Entry, to writer: inout JSONWriter) {
        let start = writer.buffer.count
        for _ in 0..<8 { writer.buffer.append(0) }
        writeRecord(key, entry, to: &writer)
        let length = writer.buffer.count - start - 8
        let checksum = writer.buffer.withUnsafeBytes(from: start + 8, CRC32.checksum)
        writer.buffer.overwrite(at: start, littleEndian: UInt32(length))
        writer.buffer.overwrite(at: start + 4, littleEndian: checksum)
    }

    private static func writeRecord(_ key: String, _ entry: Entry, to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("key", key)
        switch entry {
        case .whole(let session?):
            writer.key("session")
            session.write(to: &writer)
        case .whole(nil): writer.member("removed", true)
        case .change(let change): change.writeMembers(to: &writer)
        }
        writer.close(.object)
    }

    /// What a record holds for its key: a whole state (nil: removed), or a change from the one before.
    enum Entry {
        case whole(Session?)
        case change(SessionChange)
    }

    /// A journal record or snapshot file as read back, in one decoding pass.
    private struct Record: Decodable {
        var key: String
        var session: Session?
        var removed: Bool?
        var historyKept: Int?
        var previousPushed: Bool?
        var whyKept: Bool?
    }

    static func decode(_ payload: some Collection<UInt8>) -> (String, Entry)? {
        guard let record = try? JSONDecoder().decode(Record.self, from: Data(payload)) else { return nil }
        if record.removed == true { return (record.key, .whole(nil)) }
        guard let session = record.session else { return nil }
        guard let kept = record.historyKept else { return (record.key, .whole(session)) }
        return (record.key, .change(SessionChange(session: session, historyKept: kept, previousPushed: record.previousPushed ?? false,
                                                         whyKept: record.whyKept ?? false)))
    }

    /// The records of one journal file up to the first bad one, the length they fill, and the file's length.
    static func replay(_ frames: Frames) -> (records: [(String, Entry)], goodLength: Int, total: Int) {
        var records: [(String, Entry)] = []
        var goodLength = 0
        for payload in frames.payloads {
            guard let record = decode(frames.bytes[payload]) else { break }
            records.append(record)
            goodLength = payload.upperBound
        }
        return (records, goodLength, frames.bytes.count)
    }

    /// A journal's bytes, where each good record's payload lies, and where the good records end.
    struct Frames {
        var bytes: [UInt8]
        var payloads: [Range<Int>]
        var end: Int
    }

    /// A journal's frames up to the first whose length is zero (written ahead, see `preallocate`)
    /// or runs past the end, or whose checksum does not hold, so a torn write is never read back as a state.
    static func frames(of path: String) -> Frames {
        guard let data = FileManager.default.contents(atPath: path) else { return Frames(bytes: [], payloads: [], end: 0) }
        let bytes = [UInt8](data)
        var payloads: [Range<Int>] = []
        var offset = 0
        while offset + 8 <= bytes.count {
            let length = Int(readLittleEndian(bytes, at: offset))
            let checksum = readLittleEndian(bytes, at: offset + 4)
            guard length > 0, length <= bytes.count - offset - 8 else { break }
            let payload = (offset + 8)..<(offset + 8 + length)
            guard bytes.withUnsafeBytes({ CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[payload])) }) == checksum else { break }
            payloads.append(payload)
            offset = payload.upperBound
        }
        return Frames(bytes: bytes, payloads: payloads, end: offset)
    }

    static func readLittleEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << UInt32($1 * 8) }
    }

    /// The whole states among record payloads (a snapshot's, or a pre-snapshot state dir's files), by key.
    static func wholeSessions(_ payloads: [some Collection<UInt8>]) -> [String: Session] {
        var sessions: [String: Session] = [:]
        for payload in payloads {
            guard let (key, entry) = decode(payload), case .whole(let session?) = entry else { continue }
            sessions[key] = session
        }
        return sessions
    }
}
