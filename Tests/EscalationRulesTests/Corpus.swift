import Foundation
@testable import EscalationRules

/// The labelled descriptions written for issue 15 by people who had not seen the classifier, split by
/// `LabelledDescription.isEvaluation` into a tuning part and an untouched evaluation third.
enum Corpus {
    static let folder = Paths.fixtures.appendingPathComponent("descriptions")

    static let all: [LabelledDescription] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".tsv") }.sorted() ?? []
        return files.flatMap { file in
            LabelledDescription.parse(tsv: (try? Paths.text(folder.appendingPathComponent(file))) ?? "").descriptions
        }
    }()

    /// What tuning may read: never the evaluation third.
    static let tuning = all.filter { !$0.isEvaluation }
    /// The team's own 172 descriptions, written before issue 15: tuning data only.
    static let team = LabelledDescription.parse(tsv: (try? Paths.text(Paths.fixtures.appendingPathComponent("labelled-descriptions.tsv"))) ?? "").descriptions
    /// Read only to report figures; its misses are never printed.
    static let evaluation = all.filter(\.isEvaluation)
}

/// Figures for urgency on a set of descriptions: immediate-risk recall and precision.
struct UrgencyFigures: CustomStringConvertible {
    var immediate = 0, caught = 0, flagged = 0, flaggedRight = 0

    init(_ set: [LabelledDescription], read: (String) -> Urgency) {
        for item in set {
            let urgency = read(item.text)
            if item.urgency == .immediate { immediate += 1; if urgency == .immediate { caught += 1 } }
            if urgency == .immediate { flagged += 1; if item.urgency == .immediate { flaggedRight += 1 } }
        }
    }

    var recall: Double { immediate == 0 ? 1 : Double(caught) / Double(immediate) }
    var precision: Double { flagged == 0 ? 1 : Double(flaggedRight) / Double(flagged) }
    var description: String {
        "immediate caught \(caught)/\(immediate), precision \(flaggedRight)/\(flagged) = \(String(format: "%.0f", precision * 100))%"
    }
}

/// Top-1 type accuracy on a set of descriptions.
struct TypeFigures: CustomStringConvertible {
    var total = 0, right = 0

    init(_ set: [LabelledDescription], read: (String) -> DisagreementType) {
        total = set.count
        right = set.filter { read($0.text) == $0.type }.count
    }

    var accuracy: Double { total == 0 ? 1 : Double(right) / Double(total) }
    var description: String { "type \(right)/\(total) = \(String(format: "%.1f", accuracy * 100))%" }
}
