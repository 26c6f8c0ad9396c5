import Foundation
import ConversationEngine
import EscalationRules

/// Where finished conversations' records go: one 0600 JSON file per conversation in `--record-dir`.
struct RecordStore {
    let directory: String
    let storage: Storage

    /// A `--record-dir`, made owner-only if it is not there, and refused if another user could change it.
    init(directory: String, storage: Storage = FileStorage.shared) throws(CommandFailure) {
        try PrivateFile.directory(directory, purpose: "record dir")
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

    func saveCalendarEntry(_ text: String, name: String) throws(CommandFailure) -> String {
        let path = (directory as NSString).appendingPathComponent(name)
        try PrivateFile.write(Array(text.utf8), to: path, storage: storage)
        return path
    }

    /// A name for a conversation's files that says when it started and cannot collide.
    static func conversationName(started: Moment) -> String {
        let stamp = started.description.replacingOccurrences(of: ":", with: "")
        return "\(stamp)-\(UInt32.random(in: 0...UInt32.max))"
    }
}
