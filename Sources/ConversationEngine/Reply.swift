import EscalationRules

/// One message from the bot: its lines and, for a question, the answers it offers, so a chat bridge
/// can draw buttons and the terminal can number them.
public struct Reply: Codable, Sendable {
    public var lines: [String] { didSet { render() } }
    public var options: [Option] { didSet { render() } }
    /// Whether the options are a numbered list (a choice) rather than yes/no in the question itself.
    public var numbered: Bool { didSet { render() } }
    /// What kind of answer the reply asks for: declared where a question needs it, else read from its options.
    public var expects: AnswerKind
    /// The reply as terminal lines, options numbered underneath where they are a choice: worded
    /// when the reply is made, as most replies are questions made once and sent every turn.
    public private(set) var textLines: [String]
    /// Lines to show exactly as they are, such as a record in JSON or Markdown: wrapping them to a
    /// terminal's width would break the format a practitioner pastes. Not sent: a bridge gets the text whole.
    public var preformatted = false

    public init(_ lines: [String], options: [Option] = [], numbered: Bool = false, expects: AnswerKind? = nil) {
        self.lines = lines
        self.options = options
        self.numbered = numbered
        self.expects = expects ?? AnswerKind(options: options)
        textLines = Self.textLines(lines, options: options, numbered: numbered)
    }

    public init(_ line: String, options: [Option] = [], numbered: Bool = false, expects: AnswerKind? = nil) {
        self.init([line], options: options, numbered: numbered, expects: expects)
    }

    /// New lines over the choices of `template`, already worded: a question whose words change
    /// with the conversation but whose choices do not.
    public init(_ lines: [String], choicesOf template: Reply) {
        self.lines = lines
        options = template.options
        numbered = template.numbered
        expects = template.expects
        textLines = lines + template.textLines.dropFirst(template.lines.count)
    }

    enum CodingKeys: String, CodingKey { case lines, options, numbered }

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try values.decode([String].self, forKey: .lines), options: try values.decode([Option].self, forKey: .options),
                  numbered: try values.decode(Bool.self, forKey: .numbered))
    }

    private mutating func render() {
        textLines = Self.textLines(lines, options: options, numbered: numbered)
    }

    static func textLines(_ lines: [String], options: [Option], numbered: Bool) -> [String] {
        guard numbered else { return lines }
        let choices = options.filter { Int($0.key) != nil }
        // Yes and no get numbers of their own once spelled out as a list.
        if choices.isEmpty { return lines + options.enumerated().map { "  \($0.offset + 1). \($0.element.label)" } }
        return lines + choices.map { "  \($0.key). \($0.label)" }
    }
}

extension Reply: Equatable {
    /// Equal when they say the same, whether or not either is kept in JSON.
    public static func == (a: Reply, b: Reply) -> Bool {
        a.lines == b.lines && a.options == b.options && a.numbered == b.numbered
    }
}

/// What kind of answer a question asks for, so a bridge can offer buttons, a date picker or a text box.
public enum AnswerKind: String, Codable, Sendable {
    /// One of the options (their words or numbers are understood too).
    case choice
    case yesNo = "yes-no"
    case text
    case date

    /// A question with no options takes text, one offering yes and no is yes/no, any other a choice.
    init(options: [Option]) {
        if options.isEmpty {
            self = .text
        } else if options.count == 2, options[0].key == "yes", options[1].key == "no" {
            self = .yesNo
        } else {
            self = .choice
        }
    }
}

/// An answer a question offers: what to send (`key`), what it says in full (`label`), and a short
/// form of that for a chat button (`short`).
public struct Option: Codable, Equatable, Sendable {
    public var key: String
    public var label: String
    /// At most `Option.shortLength` characters: declared where a shorter name exists, else cut from the label.
    public var short: String
    public static let shortLength = 24

    public init(_ key: String, _ label: String, short: String? = nil) {
        self.key = key
        self.label = label
        self.short = Option.shortened(short ?? label)
    }

    static let yesNo = [Option("yes", "Yes"), Option("no", "No")]

    /// The label as it is when it fits; else its part before a dash, colon or bracket ("Stage Three –
    /// Senior Manager to Senior Manager" is "Stage Three"); else its first words and an ellipsis.
    static func shortened(_ label: String) -> String {
        guard label.count > shortLength else { return label }
        for separator in [" – ", " - ", ": ", " ("] {
            if let head = label.prefix(before: separator), head.count >= 3, head.count <= shortLength {
                return String(head)
            }
        }
        var words = ""
        for word in label.split(separator: " ") {
            let longer = words.isEmpty ? String(word) : words + " " + word
            guard longer.count < shortLength else { break }
            words = longer
        }
        // One short word says nothing ("Your…" for "Your Divisional/Assistant Director or equivalent": a chat review,
        // round 12): the label's start, cut after a slash where there is one.
        if words.count < shortLength / 2 {
            let cut = label.prefix(shortLength - 1)
            words = String(cut.lastIndex(of: "/").map { cut[...$0] } ?? cut)
        }
        return words.trimmingTrailing(",;:–-") + "…"
    }
}

extension String {
    func trimmingTrailing(_ characters: String) -> String {
        var text = Substring(self)
        while let last = text.last, last == " " || characters.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

/// What a turn asks the shell to do beyond showing replies.
public enum Effect: Equatable, Sendable {
    /// The conversation reached a route: keep its record where records are kept.
    case saveRecord(CaseRecord)
    /// Save the deadline as a calendar entry.
    case saveCalendarEntry(name: String, text: String)
    /// The practitioner quit: close the conversation.
    case end
}

/// The result of one turn: the new state, what to say, and what to do.
public struct Turn: Equatable, Sendable {
    public var session: Session
    public var replies: [Reply]
    public var effects: [Effect]

    /// Whether the reply includes a route, so a bridge can show it as decided.
    public var route: Route?
}
