/// A word that works at every prompt, whatever the question.
enum Command: Equatable {
    case help, back, restart, status, why, calendar, quit, train
    case record(CaseRecord.Format)

    init?(_ text: String) {
        guard Command.mayBeOne(text) else { return nil }
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

    /// No command has more than 14 letters and digits ("record markdown"), and reading words never
    /// drops one, so a longer answer, a description say, is not a command: known without reading
    /// its words, which cost a twentieth of every turn.
    static func mayBeOne(_ text: String) -> Bool {
        var letters = 0
        for byte in text.utf8 where byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
            letters += 1
            if letters > 16 { return false }
        }
        return true
    }
}
