/// One step of a policy's escalation pathway, in the policy's own words.
public struct Stage: Equatable, Sendable {
    /// 1 is the first conversation between the professionals who disagree, whatever the policy calls it.
    public var position: Int
    public var label: String
    public var raisedBy: Known<Cited>
    public var contact: ContactPoint
    public var escalatorMust: [Cited]
    public var receiverMust: [Cited]
    public var notify: [ContactPoint]
    public var form: FormUse?
    public var timescale: StageTimescale
    public var record: [Cited]
    /// The words that define the stage.
    public var quote: String
}

/// A stage's use of a form.
public struct FormUse: Equatable, Sendable {
    public var formID: String
    public var quote: String
}

/// How long a stage or urgent action has, where the count starts, and the words that say so.
public struct StageTimescale: Equatable, Sendable {
    public var timescale: Timescale
    public var anchor: TimescaleAnchor
    /// The policy's words; for an unknown timescale, why it is unknown.
    public var quote: String

    public init(_ timescale: Timescale, anchor: TimescaleAnchor = .previousStage, quote: String) {
        self.timescale = timescale
        self.anchor = anchor
        self.quote = quote
    }
}
