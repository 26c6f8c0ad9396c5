import Foundation

/// How a reader did on labelled descriptions, for the tests and `train-classifier --evaluate`: figures
/// only, never which descriptions it missed.

/// Figures for urgency on a set of descriptions: immediate-risk recall and precision.
public struct UrgencyFigures: CustomStringConvertible, Sendable {
    public private(set) var immediate = 0, caught = 0, flagged = 0, flaggedRight = 0

    public init(_ set: [LabelledDescription], read: (String) -> Urgency) {
        for item in set {
            let urgency = read(item.text)
            if item.urgency == .immediate { immediate += 1; if urgency == .immediate { caught += 1 } }
            if urgency == .immediate { flagged += 1; if item.urgency == .immediate { flaggedRight += 1 } }
        }
    }

    public var recall: Double { immediate == 0 ? 1 : Double(caught) / Double(immediate) }
    public var precision: Double { flagged == 0 ? 1 : Double(flaggedRight) / Double(flagged) }
    public var description: String {
        "immediate caught \(caught)/\(immediate), precision \(flaggedRight)/\(flagged) = \(String(format: "%.0f", precision * 100))%"
    }
}

/// Top-1 type accuracy on a set of descriptions.
public struct TypeFigures: CustomStringConvertible, Sendable {
    public private(set) var total = 0, right = 0

    public init(_ set: [LabelledDescription], read: (String) -> DisagreementType) {
        total = set.count
        right = set.filter { read($0.text) == $0.type }.count
    }

    public var accuracy: Double { total == 0 ? 1 : Double(right) / Double(total) }
    public var description: String { "type \(right)/\(total) = \(String(format: "%.1f", accuracy * 100))%" }
}
