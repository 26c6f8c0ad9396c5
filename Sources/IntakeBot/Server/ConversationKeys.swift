#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ConversationEngine

/// How conversations are named in the store and on disk: `j:` (a bridge's conversation) or `l:` (a
/// line-protocol one) and 128 bits of a keyed hash of the bridge's id or the resume code, never the
/// id or the code itself. A bridge that puts a person's name in an id stores no name, and a resume
/// code is never compared as typed: its hash is looked up, so no answer's timing tells a guesser how
/// much of a code was right.
struct ConversationKeys: Sendable {
    let hash: KeyedHash

    init(secret: [UInt8]) { hash = KeyedHash(key: secret) }

    /// A key for a server without a state dir: nothing it names outlives the process.
    static func random() -> ConversationKeys {
        var generator = SystemRandomNumberGenerator()
        return ConversationKeys(secret: (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    func jsonl(_ id: String) -> String { "j:" + hex("jsonl:" + id) }

    func line(_ code: String) -> String { "l:" + hex("line:" + ResumeCode.normalized(code)) }

    /// The key now used for one from a state dir that kept ids and codes themselves ("jsonl:ID",
    /// "line:CODE"); nil for a key that is already a hash.
    func migrated(_ key: String) -> String? {
        if key.hasPrefix("jsonl:") { return jsonl(String(key.dropFirst(6))) }
        if key.hasPrefix("line:") { return line(String(key.dropFirst(5))) }
        return nil
    }

    private func hex(_ text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for byte in hash.authenticate(Array(text.utf8)).prefix(16) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The state dir's key, in `STATE/key` (32 random bytes, 0600), made on first use.
    /// - Throws: when the key is damaged, or missing while the state dir holds conversations named
    ///   by one: they could not be found again, and a new key would hide that.
    static func forState(of journal: Journal) throws(CommandFailure) -> ConversationKeys {
        let path = journal.directory + "/key"
        var status = stat()
        if lstat(path, &status) == 0 {
            guard status.st_uid == geteuid() else {
                throw CommandFailure(message: "\(path): is owned by uid \(status.st_uid), not by this server's user, so the state dir cannot be trusted.", status: 1)
            }
            let secret: [UInt8]
            do { secret = try journal.storage.contents(of: path) } catch {
                throw CommandFailure(message: "\(path): the state dir's key cannot be read (\(error)). Without it no conversation can be found again.", status: 1)
            }
            guard secret.count == 32 else {
                throw CommandFailure(message: "\(path): the state dir's key is damaged (\(secret.count) bytes, not 32). Without it no conversation "
                                     + "can be found again: restore it from a backup, or move the state dir aside to start afresh.", status: 1)
            }
            let keys = ConversationKeys(secret: secret)
            try keys.check(against: journal, named: named(in: journal))
            return keys
        }
        let named = named(in: journal)
        guard named == 0 else {
            throw CommandFailure(message: "\(path): the state dir's key is missing, and the \(named) conversations it names cannot be found "
                                 + "without it: restore it from a backup, or move the state dir aside to start afresh.", status: 1)
        }
        var generator = SystemRandomNumberGenerator()
        let secret = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        do {
            let fd = try journal.storage.openForWriting(path, creating: true)
            defer { journal.storage.close(fd) }
            try journal.storage.write(fd, secret, at: 0)
            try journal.storage.sync(fd)
        } catch {
            throw CommandFailure(message: "\(path): the state dir's key cannot be made (\(error)).", status: 1)
        }
        let keys = ConversationKeys(secret: secret)
        try keys.check(against: journal, named: 0)
        journal.storage.syncDirectory(journal.directory)
        return keys
    }

    /// How many conversations the state dir names by a key's hash (not by the id itself, as before hashes).
    private static func named(in journal: Journal) -> Int {
        journal.recovery.sessions.keys.filter { !$0.hasPrefix("jsonl:") && !$0.hasPrefix("line:") }.count
    }

    /// What `STATE/key-check` holds: a hash of a fixed text under the key, which tells whether the key is the one the
    /// conversations were stored under without saying anything of the key.
    var checkValue: [UInt8] {
        Array(hex("key-check").utf8) + [UInt8(ascii: "\n")]
    }

    /// Compares the key with `STATE/key-check`, written beside it. A key replaced on its own (restored from another
    /// backup) had orphaned every conversation while the server reported them all restored (an outside attack test,
    /// 2026-11-30). A state dir from before the check gets one, taken on trust.
    /// - Throws: when the check does not match and the state dir holds conversations.
    private func check(against journal: Journal, named: Int) throws(CommandFailure) {
        let path = journal.directory + "/key-check"
        if let found = try? journal.storage.contents(of: path), !found.isEmpty {
            if found == checkValue { return }
            if named > 0 {
                throw CommandFailure(message: "\(journal.directory)/key: the state dir's key is not the one its \(named) conversations were "
                                     + "stored under (key-check does not match): it was replaced. Restore the key from the same backup as the "
                                     + "state dir, or move the state dir aside to start afresh.", status: 1)
            }
        }
        try writeCheck(path, journal)
    }

    private func writeCheck(_ path: String, _ journal: Journal) throws(CommandFailure) {
        do { try journal.storage.replace(path, with: checkValue) } catch {
            throw CommandFailure(message: "\(path): the state dir's key check cannot be written (\(error)).", status: 1)
        }
    }
}

/// A line-protocol conversation's resume code: 28 characters of Crockford's base 32, 140 random
/// bits from the system's secure generator, in groups of four (`K7QM-2XH4-TA9P-DWEC-R3NB-GJ6Y-SV8Z`).
enum ResumeCode {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<28).map { _ in alphabet[Int.random(in: 0..<32, using: &generator)] }
        return stride(from: 0, to: 28, by: 4).map { String(characters[$0..<($0 + 4)]) }.joined(separator: "-")
    }

    /// A code as typed, made comparable: any case, with or without separators, and with the letters
    /// people type for the digits they look like (O for 0, I and L for 1).
    static func normalized(_ text: String) -> String {
        String(text.uppercased().compactMap { character -> Character? in
            switch character {
            case "O": return "0"
            case "I", "L": return "1"
            default: return character.isASCII && (character.isLetter || character.isNumber) ? character : nil
            }
        })
    }
}
