/// What a policy says to do when someone is at risk: the route that comes before any stage.
public struct UrgentRoute: Equatable, Sendable {
    public var actions: [Cited]
    public var contacts: [ContactPoint]
    public var timescale: StageTimescale
}

/// Where a disagreement goes that the escalation procedure does not handle.
public struct OutOfScopeRoute: Equatable, Sendable {
    public var counterpart: Counterpart
    /// The procedure's name, such as "Whistle-blowing".
    public var procedure: String
    public var actions: [Cited]
    public var quote: String
}

/// A disagreement other than with another agency that a policy nonetheless takes through its stages.
public struct ScopeInclusion: Equatable, Sendable {
    public var counterpart: Counterpart
    public var quote: String
}

/// Advice for a situation the policy singles out.
public struct SpecialCase: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case personAway = "person-away"
        case managerIsDesignatedLead = "manager-is-designated-lead"
        case chainExhausted = "chain-exhausted"
        case unsureWhomToContact = "unsure-whom-to-contact"
    }

    public var kind: Kind
    /// The positions it applies to; empty means every stage.
    public var positions: [Int]
    public var advice: Cited
    /// Whom to seek support from, by setting.
    public var bySetting: [Setting: String]
    public var contact: ContactRef?

    public func applies(at position: Int) -> Bool { positions.isEmpty || positions.contains(position) }
}

/// A pre-escalation question: what to have in hand before going further.
public struct ChecklistItem: Equatable, Sendable {
    public var id: String
    public var question: String
    /// The practical next step when the answer is no.
    public var ifNot: String
    public var quote: String
}

/// A kind of disagreement as the policy lists it, which the classifier reads as a type.
public struct DisagreementExample: Equatable, Sendable {
    public var type: DisagreementType
    public var quote: String
}
