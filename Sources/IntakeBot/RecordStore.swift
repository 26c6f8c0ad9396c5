import Foundation
import ConversationEngine
import EscalationRules

/// Where finished conversations' records go: one 0600 JSON file per conversation in `--record-dir`.
struct RecordStore {
    let directory: String
    let storage: Storage

    /// A `--record-dir`, made owner-only if it is not there, and refused if another user could change it.
    init(directory: String, storage: Storage = FileStorage.shared) throws(CommandFailure) {
        // Made 0700 like the state dir: others could list when each record was made (an outside attack test, round 3).
        try PrivateFile.directory(directory, purpose: "record dir", exclusive: true, tightening: true)
        self.directory = directory
        self.storage = storage
    }

    /// The terminal's working directory, for a calendar file asked for without a record dir: written
    /// there as any file the user saves, through a new file and a rename, but not vouched for.
    init(workingDirectory: String) {
        directory = workingDirectory
        storage = FileStorage.shared
    }

    /// Saves a conversation's record, replacing its earlier one, and returns the path.
    @discardableResult
    func save(_ record: CaseRecord, conversation: String) throws(CommandFailure) -> String {
        let path = (directory as NSString).appendingPathComponent("record-\(conversation).json")
        try PrivateFile.write(Array((record.json.prettyText + "\n").utf8), to: path, storage: storage)
        return path
    }

    /// Saves a calendar entry under `name`, or, where another case's entry already has that name (two cases due the same
    /// day), under "NAME-2.ics", "NAME-3.ics" ...: the same case's entry is replaced, another's never (a chat review, round
    /// 22, F7: the second case's reminder silently replaced the first's).
    func saveCalendarEntry(_ text: String, name: String) throws(CommandFailure) -> String {
        let path = freePath(for: name, holding: text)
        try PrivateFile.write(Array(text.utf8), to: path, storage: storage)
        return path
    }

    /// The first of `name`, "NAME-2.ics" ... that is free or already holds this case's entry (the same UID line).
    func freePath(for name: String, holding text: String) -> String {
        let uid = text.split(whereSeparator: \.isNewline).first { $0.hasPrefix("UID:") }.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        let stem = (name as NSString).deletingPathExtension, suffix = (name as NSString).pathExtension
        for number in 1...999 {
            let candidate = number == 1 ? name : "\(stem)-\(number).\(suffix)"
            let path = (directory as NSString).appendingPathComponent(candidate)
            guard let bytes = try? storage.contents(of: path) else { return path }
            let existing = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).first { $0.hasPrefix("UID:") }
                .map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
            if uid != nil, existing == uid { return path }
        }
        return (directory as NSString).appendingPathComponent(name)
    }

    /// A name for a case's record that says when it started: the same for every save of the case, across
    /// restarts of the server too, so a later save replaces the first; a new case after `restart` has its own
    /// (an outside review, 2026-11-30, found a restarted case's record replacing the first case's).
    /// `conversation` tells conversations apart: a server's key, or a terminal chat's random name.
    static func recordName(for session: Session, conversation: String) -> String {
        let stamp = session.started.description.replacingOccurrences(of: ":", with: "")
        return "\(stamp)-\(session.caseTurn)-\(conversation)"
    }

    /// A terminal chat's name for its conversation: random, as nothing else tells two chats apart.
    static func randomConversation() -> String { String(UInt32.random(in: 0...UInt32.max)) }
}
