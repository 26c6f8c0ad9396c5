/// One step of a policy's escalation pathway, in the policy's own words.
public struct Stage: Equatable, Sendable {
    /// 1 is the first conversation between the professionals who disagree, whatever the policy calls it.
    public var position: Int
    public var label: String
    /// Who raises it with whom, where the label alone does not say ("Stage 3" in a flowchart).
    public var between: Known<Cited>?
    public var raisedBy: Known<Cited>
    public var contact: ContactPoint
    public var escalatorMust: [Cited]
    public var receiverMust: [Cited]
    public var notify: [ContactPoint]
    /// Contacts the policy names to support this stage, listed beside its contact (Pan-Cheshire's Appendix B
    /// "Key Contacts to support Designated Safeguarding Leads at Step 2").
    public var support: [ContactPoint] = []
    public var form: FormUse?
    public var timescale: StageTimescale
    /// A second reading of the stage's time that the words honestly allow, shown beside the first.
    public var otherReading: OtherReading?
    /// A third reading, said only where it gives the earliest date: Torbay's Stage Four as a running total of
    /// the weeks before it (an outside review, 2026-11-30, found it given at Stage Three and not here).
    public var alsoReading: OtherReading? = nil
    /// What the policy says of this stage when a child or adult is at risk of harm: the stage is expedited, with
    /// these words and this time in place of its own (Pan-Cheshire's "if a child is deemed to be at risk of harm, then
    /// resolution must be attempted as soon as possible between the managers").
    public var atRisk: StageAtRisk? = nil
    public var record: [Cited]
    /// The words that define the stage.
    public var quote: String

    /// The label with who raises it with whom where the text says: "Stage 3: your Line Manager emails your Senior Management".
    public var heading: String {
        if case .known(let cited)? = between { return "\(label): \(cited.text)" }
        return label
    }

    /// The label with who raises it with whom, for lists, saying so where the text does not.
    public var title: String {
        switch between {
        case .known(let cited)?: return "\(label): \(cited.text)"
        case .unknown(let reason)?: return "\(label) (who raises it with whom is not in the text\(reason.isEmpty ? "" : ": \(reason.trimmingTrailingFullStop)"))"
        case nil: return label
        }
    }

    /// How the stage is named in a sentence: "Stage Two", "Step 1", or a label with no number of its
    /// own up to its bracket ("Professionals resolving disagreements").
    public var name: String {
        if let shortLabel { return shortLabel }
        return label.prefix(before: " (").map(String.init) ?? label
    }

    /// The stage as something that ends, in a sentence: "Stage Two", or "the stage 'Professionals resolving disagreements'"
    /// where its name is what people do ("When did Professionals resolving disagreements end?" read as an event: a chat
    /// review, round 13, 2026-11-30).
    public var nameAsEvent: String { shortLabel ?? "the stage '\(name)'" }

    /// "Stage Two", "Step 1", "Stage 3": the label up to its first dash, colon or bracket, when that is
    /// a stage's number; otherwise nil.
    public var shortLabel: String? {
        var short = label
        for mark in [" –", " -", ":", " ("] {
            if let head = short.prefix(before: mark) { short = String(head) }
        }
        let words = short.split(separator: " ")
        guard words.count == 2, ["stage", "step"].contains(words[0].lowercased()) else { return nil }
        return String(short)
    }
}

/// A stage expedited because a child or adult is at risk of harm, in the policy's words.
///
/// An outside routing review (round 12, 2026-11-30): Pan-Cheshire's at-risk rule, written at Step 1, was said only
/// there, and a child at immediate risk was sent to a 48-hour conversation between professionals first.
public struct StageAtRisk: Equatable, Sendable {
    /// Said first among the stage's steps.
    public var actions: [Cited]
    /// The stage's time at this risk, in place of its own, which is not a time to wait for.
    public var timescale: StageTimescale
    /// The quotes of the stage's own steps these words replace, left out at this risk ("If the matter remains
    /// unresolved, ... notify their line manager", where the managers are to try now).
    public var replaces: [String]

    public init(actions: [Cited], timescale: StageTimescale, replaces: [String] = []) {
        self.actions = actions
        self.timescale = timescale
        self.replaces = replaces
    }
}

/// A stage's use of a form.
public struct FormUse: Equatable, Sendable {
    public var formID: String
    public var quote: String
    /// When the form is sent, where the policy says ("when the resolution is reached").
    public var when: String?
    /// Where this stage sends the form, where its words differ from the form's own: then the form's quote and
    /// `submitTo` are not this stage's rule, and neither is said (B&NES sends Appendix A by email "In stages 2-4,
    /// when the resolution is reached", but at Stage 5 "via the BCSSP Business Manager, to the Chair of the BCSSP").
    public var submitTo: ContactPoint?
    /// What goes with the form, where the stage's words say ("a report, written by the Service Manager, and attached to
    /// appendix A"): said wherever the stage is named as one to escalate to, so an urgent route keeps it (an outside
    /// routing review, round 13: B&NES's urgent Stage 5 lost the report and Appendix A).
    public var attached: String? = nil
}

/// How long a stage or urgent action has, what the time runs from, and the words that say so.
public struct StageTimescale: Equatable, Sendable {
    public var timescale: Timescale
    public var anchor: TimescaleAnchor
    /// The policy's words; for an unknown timescale, why it is unknown.
    public var quote: String
    /// What must be done by the end of the time, where that is not simply resolving the stage
    /// ("the referral form reaches the Director").
    public var purpose: String?
    /// What else happens on the day a stage's time starts, in the policy's terms, where it counts from
    /// that rather than from the stage before ending ("your line manager was notified of the escalation").
    public var startsWhen: String?
    /// The time is for one step within the stage (the Isle of Man's "request a conversation between peers within 2
    /// working days"), not for the stage's end: once it has passed, the step is taken now; it is no reason to escalate.
    public var oneStep = false

    public init(_ timescale: Timescale, anchor: TimescaleAnchor = .arose, quote: String, purpose: String? = nil, startsWhen: String? = nil,
                oneStep: Bool = false) {
        self.timescale = timescale
        self.anchor = anchor
        self.quote = quote
        self.purpose = purpose
        self.startsWhen = startsWhen
        self.oneStep = oneStep
    }
}

/// Another way the words of a stage's timescale can be read, with what that reading is.
public struct OtherReading: Equatable, Sendable {
    public var timescale: StageTimescale
    /// The reading in a few words: "counted from when the disagreement was first raised".
    public var reading: String
    /// A reading the words allow but argue against: Torbay's running totals, beside rows that count "of the
    /// issues not being resolved at Stage 2"; the Isle of Man's "within 1 working day" read as the same working
    /// day. Said with its date, but never the date to work to, and its passing is not a reason to escalate
    /// (outside reviews, 2026-11-30: headlined, it left no time for a stage begun the working day before, and
    /// three of four readers of the Isle of Man's words read one working day as the next).
    public var weaker = false
    /// A reading said only where its date is earlier than the stage's own: Torbay's "One week" as a calendar week beside its
    /// gloss, "(5 working days)", both the policy's words, which differ only where a bank holiday falls in the week (a chat
    /// review, round 23, F10); where it is later (a week from a Saturday), the gloss's date is the earlier, and the later
    /// date would only be another to weigh.
    public var earlierOnly = false

    public init(timescale: StageTimescale, reading: String, weaker: Bool = false, earlierOnly: Bool = false) {
        self.timescale = timescale
        self.reading = reading
        self.weaker = weaker
        self.earlierOnly = earlierOnly
    }
}
