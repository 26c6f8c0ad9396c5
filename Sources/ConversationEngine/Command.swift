/// A word that works at every prompt, whatever the question.
enum Command: Equatable {
    case help, back, restart, status, why, calendar, quit, train
    case record(CaseRecord.Format)

    init?(_ text: String) {
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
}
