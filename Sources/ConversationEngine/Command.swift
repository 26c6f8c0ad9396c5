/// A word that works at every prompt, whatever the question, or a command a bridge sends as itself.
public enum Command: Equatable, Sendable {
    case help, back, restart, status, why, calendar, train
    /// Ends the conversation ("quit", or a bridge's `{"command": "end"}`).
    case end
    case record(CaseRecord.Format)

    /// Each command as its words read (lower case, one space apart). A phrase may be any length.
    static let phrases: [String: Command] = [
        "help": .help, "commands": .help,
        // "stop" and "cancel" say something is wanted but not what: the commands are listed, so nothing is lost (a chat
        // review, round 19, 2026-12-02: these, "go back" and the typos below were not understood).
        "stop": .help, "cancel": .help,
        "back": .back, "undo": .back, "go back": .back, "bakc": .back, "bcak": .back, "previous": .back,
        "restart": .restart, "start again": .restart, "start over": .restart,
        "status": .status, "summary": .status, "summarise": .status, "summarize": .status,
        "train": .train, "training": .train, "practice": .train,
        "why": .why,
        "calendar": .calendar, "ics": .calendar, "reminder": .calendar,
        "quit": .end, "exit": .end, "bye": .end, "end": .end,
        "record": .record(.text), "record text": .record(.text), "record markdown": .record(.markdown),
        "record md": .record(.markdown), "record json": .record(.json),
        "reocrd": .record(.text), "recrod": .record(.text), "recod": .record(.text),
        // As hurried thumbs type them (a chat review, round 22, F8).
        "calender": .calendar, "calander": .calendar, "calandar": .calendar, "hlep": .help, "hepl": .help, "stauts": .status,
        "staus": .status, "statsu": .status, "restrat": .restart, "retsart": .restart, "restar": .restart,
    ]

    /// The command the text's words make, if they make one.
    init?(_ text: String) {
        // "?" alone asks what can be typed here; its words are none, so it is read before them.
        if Command.isQuestionMarkAlone(text) {
            self = .help
            return
        }
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

    /// One or more question marks and nothing else but spaces.
    static func isQuestionMarkAlone(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "?")) && text.utf8.allSatisfy { $0 == UInt8(ascii: "?") || $0 == 0x20 }
    }

    static let mostLetters = phrases.keys.map { $0.filter { $0 != " " }.count }.max() ?? 0
}
