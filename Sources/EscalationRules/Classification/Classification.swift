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
}

/// How urgent a description sounds.
public enum Urgency: String, CaseIterable, Codable, Sendable {
    case immediate, significant, routine
}
