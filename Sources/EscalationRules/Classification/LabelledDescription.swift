/// A practitioner-style description with the type and urgency a person gave it: what the classifier
/// is trained and measured on.
public struct LabelledDescription: Equatable, Sendable {
    public var type: DisagreementType
    public var urgency: Urgency
    public var text: String

    public init(type: DisagreementType, urgency: Urgency, text: String) {
        self.type = type
        self.urgency = urgency
        self.text = text
    }

    /// Reads `TYPE<TAB>URGENCY<TAB>DESCRIPTION` lines; `#` starts a comment. A line that does not
    /// read is returned as a problem with its number, never skipped in silence.
    public static func parse(tsv: String) -> (descriptions: [LabelledDescription], problems: [String]) {
        var descriptions: [LabelledDescription] = []
        var problems: [String] = []
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, let type = DisagreementType(rawValue: parts[0]), let urgency = Urgency(rawValue: parts[1]) else {
                problems.append("line \(number + 1): expected TYPE, URGENCY and DESCRIPTION separated by tabs")
                continue
            }
            descriptions.append(LabelledDescription(type: type, urgency: urgency, text: parts[2]))
        }
        return (descriptions, problems)
    }

    /// Reads a routine set: one description a line, nobody at risk today, as the risk model learns
    /// them. The risk model never reads a type, so each is filed under the first.
    public static func routine(lines: String) -> [LabelledDescription] {
        lines.split(separator: "\n").map { LabelledDescription(type: .thresholdLevelOfNeed, urgency: .routine, text: String($0)) }
    }

    /// The fixed split, decided before any tuning: a description whose text hashes to 0 modulo 3 is
    /// kept for evaluation and is never read by training or tuning code.
    public var isEvaluation: Bool { Self.fnv1a(text) % 3 == 0 }

    /// 64-bit FNV-1a of the text's UTF-8 bytes: the same on every machine and every run.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
