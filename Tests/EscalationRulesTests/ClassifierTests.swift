import Foundation
import Testing
@testable import EscalationRules

/// The classifier against a labelled set of practitioner-style descriptions.
@Suite("Classifying disagreements")
struct ClassifierTests {
    struct Labelled: CustomStringConvertible, Sendable {
        var type: DisagreementType
        var urgency: Urgency
        var text: String
        var description: String { text }
    }

    static let labelled: [Labelled] = {
        let url = Paths.fixtures.appendingPathComponent("labelled-descriptions.tsv")
        let text = (try? Paths.text(url)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard parts.count == 3, let type = DisagreementType(rawValue: parts[0]), let urgency = Urgency(rawValue: parts[1]) else { return nil }
            return Labelled(type: type, urgency: urgency, text: parts[2])
        }
    }()

    @Test("one-letter deletions, cut as bytes or as letters") func deletions() {
        #expect(Classifier.oneDeletions(of: "abcd") == ["bcd", "acd", "abd", "abc"])
        #expect(Classifier.oneDeletions(of: "zoë") == ["oë", "zë", "zo"])
        #expect(Classifier.oneDeletions(of: "a") == [""])
    }

    @Test("a typo one letter from a stem is read as the stem; a word far longer than any stem is left alone") func typos() {
        #expect(Classifier.standard.classify("the thresold was not met").type == .thresholdLevelOfNeed)
        let long = String(repeating: "y", count: 4_000)
        #expect(Classifier.standard.expanded([long]) == [EscalationRules.Words.stem(long)], "stemmed, not corrected")
    }

    @Test("the labelled set has at least 150 descriptions, every type well represented") func setSize() {
        #expect(Self.labelled.count >= 150)
        for type in DisagreementType.allCases {
            #expect(Self.labelled.filter { $0.type == type }.count >= 15, "\(type)")
        }
    }

    @Test("top-1 accuracy on the labelled set is at least 90%") func accuracy() {
        let misses = Self.labelled.filter { Classifier.standard.classify($0.text).type != $0.type }
        let accuracy = Double(Self.labelled.count - misses.count) / Double(Self.labelled.count)
        print("classification accuracy: \(Self.labelled.count - misses.count)/\(Self.labelled.count) = \(String(format: "%.1f", accuracy * 100))% top-1")
        for miss in misses {
            print("  missed [\(miss.type.rawValue)] read as \(Classifier.standard.classify(miss.text).type.rawValue): \(miss.text)")
        }
        #expect(accuracy >= 0.90)
    }

    @Test("every description with an immediate-risk cue is read as immediate") func immediateRecall() {
        let immediate = Self.labelled.filter { $0.urgency == .immediate }
        let caught = immediate.filter { Classifier.standard.classify($0.text).urgency == .immediate }
        print("immediate-risk recall: \(caught.count)/\(immediate.count)")
        #expect(immediate.count >= 15)
        #expect(caught.count == immediate.count)
    }

    @Test("negation: 'not about info sharing' is not information sharing") func negation() {
        let read = Classifier.standard.classify("this is not about info sharing, they decided to close the case")
        #expect(read.type == .decisionOrNeedForAction)
        #expect(Classifier.standard.classify("they won't share information").type == .informationSharingCommunication)
    }

    @Test("typos and abbreviations are read", arguments: [
        ("refferal declined as below threshhold", DisagreementType.thresholdLevelOfNeed),
        ("no strat discusion held", .conveningStrategyOrConference),
        ("informaton not shared", .informationSharingCommunication),
        ("MASH NFA", .thresholdLevelOfNeed),
    ])
    func typos(_ text: String, _ type: DisagreementType) {
        #expect(Classifier.standard.classify(text).type == type)
    }

    @Test("nothing recognisable gives zero confidence, so the bot asks") func nothingRecognised() {
        let read = Classifier.standard.classify("hello there")
        #expect(read.confidence == 0)
        #expect(read.urgency == .routine)
    }

    @Test("the JSON shape is exactly type, confidence, urgency, alternatives") func jsonShape() {
        guard case .object(let members) = Classifier.standard.classify("threshold not met").json else { Issue.record(); return }
        #expect(members.map(\.0) == ["type", "confidence", "urgency", "alternatives"])
    }
}
