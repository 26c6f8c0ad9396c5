/// A fact from a policy with the words of the policy that state it.
public struct Cited: Equatable, Sendable {
    /// What the bot says, in plain words.
    public var text: String
    /// The source policy's own words, short enough to show beside the advice.
    public var quote: String
    /// Where the words are the policy's checklist said as one step (Torbay's pre-escalation): its items as parts, so a route
    /// says only those not done yet.
    public var checklist: ChecklistStep? = nil

    public init(_ text: String, quote: String) {
        self.text = text
        self.quote = quote
    }
}

/// A step that does what the policy's checklist asks, said part by part: `lead` then the parts not done yet, each for
/// a checklist item.
///
/// A chat review (round 19, Po1): Torbay's route said "first consult a supervisor or manager" just after the practitioner
/// answered yes to having done so.
public struct ChecklistStep: Equatable, Sendable {
    /// How the step begins, before its parts: "Pre-escalation: first ".
    public var lead: String
    /// Each checklist item's id, with what is still to do for it.
    public var parts: [(id: String, text: String)]

    public init(lead: String, parts: [(id: String, text: String)]) {
        self.lead = lead
        self.parts = parts
    }

    public static func == (a: ChecklistStep, b: ChecklistStep) -> Bool {
        a.lead == b.lead && a.parts.map(\.id) == b.parts.map(\.id) && a.parts.map(\.text) == b.parts.map(\.text)
    }
}

/// Either what the policy says, or why it cannot be told: a policy's silence is shown, never filled in.
public enum Known<Value: Equatable & Sendable>: Equatable, Sendable {
    case known(Value)
    case unknown(reason: String)

    public var value: Value? { if case .known(let v) = self { return v } else { return nil } }
    public var unknownReason: String? { if case .unknown(let r) = self { return r } else { return nil } }
}
