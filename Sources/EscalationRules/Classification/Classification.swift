/// How the classifier read a description: its type, how sure it is, and how urgent it sounds.
public struct Classification: Equatable, Sendable {
    public struct Alternative: Equatable, Sendable {
        public var type: DisagreementType
        public var confidence: Double
    }

    public var type: DisagreementType
    /// 0 when no word matched: the conversation then asks rather than guesses.
    public var confidence: Double
    public var urgency: Urgency
    public var alternatives: [Alternative]
    /// The practitioner's own words around each sign of risk today, so the bot can quote them back.
    public var cues: [String]
    /// Every sign of risk heard, for `classify --explain`.
    public var signs: [RiskReader.Sign] = []

    /// The `classify --json` shape: type, confidence, urgency, alternatives.
    public var json: JSONValue {
        [
            "type": .string(type.rawValue),
            "confidence": .number(Classification.rounded(confidence)),
            "urgency": .string(urgency.rawValue),
            "alternatives": .array(alternatives.map { ["type": .string($0.type.rawValue), "confidence": .number(Classification.rounded($0.confidence))] }),
        ]
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// How sure a reading must be for the bot to propose the type alone rather than a short list.
    public static let sure = 0.6

    /// What the bot offers: the type alone when it is sure, otherwise the two or three likeliest
    /// (any with at least a one-in-ten chance); nothing when no word was recognised.
    public var shortlist: [DisagreementType] {
        guard confidence > 0 else { return [] }
        guard confidence < Self.sure else { return [type] }
        let likely = alternatives.prefix(2).enumerated().filter { $0.offset == 0 || $0.element.confidence >= 0.1 }
        return [type] + likely.map(\.element.type)
    }
}

/// How urgent a description sounds.
public enum Urgency: String, CaseIterable, Codable, Sendable {
    case immediate, significant, routine
}
