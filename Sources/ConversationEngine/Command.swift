/// A word that works at every prompt, whatever the question, or a command a bridge sends as itself.
public enum Command: Equatable, Sendable {
    case help, back, restart, status, why, calendar, train
    /// Ends the conversation ("quit", or a bridge's `{"command": "end"}`).
    case end
    case record(CaseRecord.Format)

    /// Each command as its words read (lower case, one space apart). A phrase may be any length.
    static let phrases: [String: Command] = [
        "help": .help, "commands": .help,
        "back": .back, "undo": .back,
        "restart": .restart, "start again": .restart, "start over": .restart,
        "status": .status, "summary": .status, "summarise": .status, "summarize": .status,
        "train": .train, "training": .train, "practice": .train,
        "why": .why,
        "calendar": .calendar, "ics": .calendar, "reminder": .calendar,
        "quit": .end, "exit": .end, "bye": .end, "end": .end,
        "record": .record(.text), "record text": .record(.text), "record markdown": .record(.markdown),
        "record md": .record(.markdown), "record json": .record(.json),
    ]

    /// The command the text's words make, if they make one.
    init?(_ text: String) {
        guard Command.mayBeOne(text), let command = Command.phrases[Answers.normalized(text)] else { return nil }
        self = command
    }

    /// Whether `text` could be a command, known without reading its words: reading words never drops
    /// an ASCII letter or digit that no apostrophe comes before in its word ("'s" and "'ll" go), so
    /// text with more of them than the longest command (a description, say) is not one. Text beyond
    /// ASCII ("“help”") is left to the full reading. Counted on the bytes, as every turn asks.
    static func mayBeOne(_ text: String) -> Bool {
        var letters = 0
        var afterApostrophe = false
        for byte in text.utf8 {
            if byte >= 0x80 { return true }
            let lower = byte | 0x20
            guard (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else {
                afterApostrophe = byte == UInt8(ascii: "'")
                continue
            }
            if !afterApostrophe { letters += 1 }
            if letters > mostLetters { return false }
        }
        return true
    }

    static let mostLetters = phrases.keys.map { $0.filter { $0 != " " }.count }.max() ?? 0
}
