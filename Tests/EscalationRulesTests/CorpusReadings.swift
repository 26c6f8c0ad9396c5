import Foundation
@testable import EscalationRules

/// Every labelled description and short answer read once for the whole test run, both ways the
/// product reads text: `classify`, and `urgency(of:)` for an answer read for risk alone.
///
/// Five suites ask the same of the same 76,000 texts (the figures on both parts, the recorded
/// readings, the agreement of the two readings); in a debug build one reading costs about a
/// millisecond, so each suite reading them afresh added a minute or more of CPU to every run
/// (CI took 771 s, 2026-12-01). Read on every core at once: the suites that need these wait for them.
enum CorpusReadings {
    struct Reading: Sendable {
        let full: Classification
        let risk: (urgency: Urgency, cues: [String])
    }

    /// In corpus order: every description, the team's own, then the short answers.
    static let texts: [String] = (Corpus.all + Corpus.team).map(\.text) + RiskOnlyReadingTests.answers

    static let byText: [String: Reading] = {
        let texts = Self.texts
        let chunks = stride(from: 0, to: texts.count, by: 500).map { $0..<min($0 + 500, texts.count) }
        let collected = Collected()
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            collected.add(chunks[chunk].map { (texts[$0], Self.read(texts[$0])) })
        }
        return collected.readings
    }()

    /// The readings as the chunks finish, behind a lock.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [String: Reading] = [:]
        func add(_ chunk: [(String, Reading)]) { lock.withLock { for (text, reading) in chunk { all[text] = reading } } }
        var readings: [String: Reading] { lock.withLock { all } }
    }

    static func read(_ text: String) -> Reading {
        Reading(full: Classifier.standard.classify(text), risk: Classifier.standard.urgency(of: text))
    }

    /// The corpus's reading of one of its texts, read afresh otherwise (the practice set, a held-out file) without
    /// reading the whole corpus, which a run of one such test does not need.
    static func reading(_ text: String) -> Reading { known.contains(text) ? byText[text]! : read(text) }

    private static let known = Set(texts)
}
