/// A word that works at every prompt, whatever the question.
enum Command: Equatable {
    case help, back, restart, status, why, calendar, quit, train
    case record(CaseRecord.Format)

    /// Each command as its words read (lower case, one space apart).
    static let phrases: [String: Command] = [
        "help": .help, "commands": .help,
        "back": .back, "undo": .back,
        "restart": .restart, "start again": .restart, "start over": .restart,
        "status": .status,
        "train": .train, "training": .train, "practice": .train,
        "why": .why,
        "calendar": .calendar, "ics": .calendar, "reminder": .calendar,
        "quit": .quit, "exit": .quit, "bye": .quit, "end": .quit,
        "record": .record(.text), "record text": .record(.text), "record markdown": .record(.markdown),
        "record md": .record(.markdown), "record json": .record(.json),
    ]

    init?(_ text: String) {
        guard Command.mayBeOne(text) else { return nil }
        self.init(reading: text)
    }

    /// The command the text's words make, read in full.
    init?(reading text: String) {
        guard let command = Command.phrases[Answers.normalized(text)] else { return nil }
        self = command
    }

    /// Whether `text` could be a command, known without reading its words, which cost a twentieth
    /// of every turn. Reading words never drops an ASCII letter or digit that no apostrophe comes
    /// before in its word ("'s" and "'ll" go), so text with more of those than any command is not
    /// one (a description, say); nor is an answer ("yes", "2", "today") whose first word begins no
    /// command. Text beyond ASCII ("“help”") is left to the full reading.
    static func mayBeOne(_ text: String) -> Bool {
        var letters = 0
        // The first word packed a byte at a time: every command's first word fits in eight.
        var first: UInt64 = 0
        var firstLength = 0
        var firstDone = false
        var afterApostrophe = false
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; continue }
            let lower = byte | 0x20
            guard (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else {
                if firstLength > 0 { firstDone = true }
                afterApostrophe = byte == UInt8(ascii: "'")
                continue
            }
            if !afterApostrophe { letters += 1 }
            if letters > mostLetters { return false }
            if !firstDone {
                firstLength += 1
                if firstLength <= 8 { first = first << 8 | UInt64(byte >= 0x30 && byte <= 0x39 ? byte : lower) }
            }
        }
        return !ascii || (firstLength <= 8 && firstWords.contains(first))
    }

    static func packed(_ word: some Sequence<UInt8>) -> UInt64 { word.reduce(0) { $0 << 8 | UInt64($1) } }

    static let firstWords: [UInt64] = Array(Set(phrases.keys.map { packed($0.prefix { $0 != " " }.utf8) }))
    static let mostLetters = phrases.keys.map { $0.filter { $0 != " " }.count }.max() ?? 0
}
