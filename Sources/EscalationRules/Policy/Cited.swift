/// A fact from a policy with the words of the policy that state it.
public struct Cited: Equatable, Sendable {
    /// What the bot says, in plain words.
    public var text: String
    /// The source policy's own words, short enough to show beside the advice.
    public var quote: String

    public init(_ text: String, quote: String) {
        self.text = text
        self.quote = quote
    }
}

/// Either what the policy says, or why it cannot be told: a policy's silence is shown, never filled in.
public enum Known<Value: Equatable & Sendable>: Equatable, Sendable {
    case known(Value)
    case unknown(reason: String)

    public var value: Value? { if case .known(let v) = self { return v } else { return nil } }
    public var unknownReason: String? { if case .unknown(let r) = self { return r } else { return nil } }
}
