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
    /// Everyday escalations with nobody at risk today (Fixtures/practice/routine-tuning*.txt), for the
    /// risk model and the rules' ordinary process words; `routine-practice.txt` is never read here.
    static let routineTuning: [LabelledDescription] = ["routine-tuning.txt", "routine-tuning-2.txt", "routine-tuning-3.txt", "routine-tuning-4.txt"].flatMap { file in
        LabelledDescription.routine(lines: (try? Paths.text(Paths.fixtures.appendingPathComponent("practice/\(file)"))) ?? "")
    }
    /// Read only to report figures; its misses are never printed.
    static let evaluation = all.filter(\.isEvaluation)
}
