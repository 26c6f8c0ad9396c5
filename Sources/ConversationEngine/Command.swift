/// A word that works at every prompt, whatever the question.
enum Command: Equatable {
    case help, back, restart, status, why, calendar, quit, train
    case record(CaseRecord.Format)

    init?(_ text: String) {
        guard Command.mayBeOne(text) else { return nil }
        self.init(reading: text)
    }

    /// The command the text's words make, read in full.
    init?(reading text: String) {
        let words = Answers.normalized(text).split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count <= 2 else { return nil }
        switch (words[0], words.dropFirst().first) {
        case ("help", nil), ("commands", nil): self = .help
        case ("back", nil), ("undo", nil): self = .back
        case ("restart", nil), ("start", "again"), ("start", "over"): self = .restart
        case ("status", nil): self = .status
        case ("train", nil), ("training", nil), ("practice", nil): self = .train
        case ("why", nil): self = .why
        case ("calendar", nil), ("ics", nil), ("reminder", nil): self = .calendar
        case ("quit", nil), ("exit", nil), ("bye", nil), ("end", nil): self = .quit
        case ("record", nil): self = .record(.text)
        case ("record", "markdown"), ("record", "md"): self = .record(.markdown)
        case ("record", "json"): self = .record(.json)
        case ("record", "text"): self = .record(.text)
        default: return nil
        }
    }

    /// Whether `text` could be a command, known without reading its words, which cost a twentieth
    /// of every turn: no command has more than 14 ASCII letters and digits ("record markdown"), and
    /// reading words never drops one, so a description is not a command; nor is an answer ("yes",
    /// "2", "today") whose first word begins no command. Text beyond ASCII ("“help”") is left to
    /// the full reading.
    static func mayBeOne(_ text: String) -> Bool {
        var letters = 0
        var first: [UInt8] = []
        var firstDone = false
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; continue }
            let lower = byte | 0x20
            guard (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else {
                if !first.isEmpty { firstDone = true }
                continue
            }
            letters += 1
            if letters > 16 { return false }
            if !firstDone { first.append(byte >= 0x30 && byte <= 0x39 ? byte : lower) }
        }
        return !ascii || firstWords.contains(first)
    }

    static let firstWords: Set<[UInt8]> = Set(["help", "commands", "back", "undo", "restart", "start", "status", "train", "training",
                                               "practice", "why", "calendar", "ics", "reminder", "quit", "exit", "bye", "end",
                                               "record"].map { Array($0.utf8) })
}
