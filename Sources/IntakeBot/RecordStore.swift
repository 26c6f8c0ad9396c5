import Foundation
import ConversationEngine
import EscalationRules

/// Where finished conversations' records go: one 0600 JSON file per conversation in `--record-dir`.
struct RecordStore {
    let directory: String

    init(directory: String) throws(CommandFailure) {
        try PrivateFile.directory(directory)
        self.directory = directory
    }

    /// Saves a conversation's record, replacing its earlier one, and returns the path.
    @discardableResult
    func save(_ record: CaseRecord, conversation: String) throws(CommandFailure) -> String {
        let path = (directory as NSString).appendingPathComponent("record-\(conversation).json")
        try PrivateFile.write(Array((record.json.prettyText + "\n").utf8), to: path)
        return path
    }

    func saveCalendarEntry(_ text: String, name: String) throws(CommandFailure) -> String {
        let path = (directory as NSString).appendingPathComponent(name)
        try PrivateFile.write(Array(text.utf8), to: path)
        return path
    }

    /// A name for a conversation's files that says when it started and cannot collide.
    static func conversationName(started: Moment) -> String {
        let stamp = started.description.replacingOccurrences(of: ":", with: "")
        return "\(stamp)-\(UInt32.random(in: 0...UInt32.max))"
    }
}
