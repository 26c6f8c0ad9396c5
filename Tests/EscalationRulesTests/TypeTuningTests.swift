import Foundation
import Testing
@testable import EscalationRules

@Suite("Typing disagreements on descriptions nobody on the team wrote")
struct TypeTuningTests {
    static func type(_ text: String) -> DisagreementType { CorpusReadings.reading(text).full.type }

    @Test("tuning part: type accuracy") func tuning() {
        let figures = TypeFigures(Corpus.tuning, read: Self.type)
        print("type, tuning part (\(Corpus.tuning.count)): \(figures)")
        if ProcessInfo.processInfo.environment["TUNING_REPORT"] != nil {
            for item in Corpus.tuning where Self.type(item.text) != item.type {
                print("  [\(item.type.rawValue) read \(Self.type(item.text).rawValue)] \(item.text)")
            }
        }
        #expect(figures.accuracy >= 0.9)
    }
}

extension TypeTuningTests {
    /// Five-fold cross-validation on the tuning part (and the team's own set): how the method is
    /// chosen without looking at the evaluation third. Run with CROSS_VALIDATE=1.
    @Test("cross-validation on the tuning part", .enabled(if: ProcessInfo.processInfo.environment["CROSS_VALIDATE"] != nil))
    func crossValidate() {
        let env = ProcessInfo.processInfo.environment
        var training = TypeTraining()
        if let value = env["L2"].flatMap(Double.init) { training.l2 = value }
        if let value = env["LEXICON_SCALE"].flatMap(Double.init) { training.lexiconScale = value }
        if let value = env["EPOCHS"].flatMap(Int.init) { training.epochs = value }
        if let value = env["PRUNE"].flatMap(Double.init) { training.prune = value }
        let (accuracy, misses, _) = Classifier.crossValidatedTypeAccuracy(on: Corpus.tuning + Corpus.team, training)
        if env["TUNING_REPORT"] != nil {
            for (item, read) in misses { print("  [\(item.type.rawValue) read \(read.rawValue)] \(item.text)") }
        }
        print("cross-validated type accuracy (\(training)): \(String(format: "%.1f", accuracy * 100))%")
    }
}

extension TypeTuningTests {
    @Test("the shipped model was trained on exactly the tuning part: no evaluation description was read") func provenance() throws {
        let model = try #require(TypeModel.bundled, "Resources/Classifier/type-model.json is missing or unreadable")
        let tuning = Corpus.tuning + Corpus.team
        #expect(model.trainedOn.descriptions == tuning.count, "retrain with Scripts/train-classifier")
        #expect(model.trainedOn.digest == TypeModel.digest(of: tuning.map(\.text)), "retrain with Scripts/train-classifier")
        #expect(Set(Corpus.evaluation.map(\.text)).isDisjoint(with: tuning.map(\.text)))
    }

    /// Figures only: the evaluation third's misses are never printed, so nobody tunes on them. The
    /// issue's target is 90% (reached: 92.9% on 2,539; see docs/classification.md).
    @Test("evaluation third: type accuracy at least 90%") func evaluation() {
        let figures = TypeFigures(Corpus.evaluation, read: Self.type)
        print("type, evaluation third (\(Corpus.evaluation.count)): \(figures) (target 90%)")
        #expect(figures.accuracy >= 0.90)
    }
}

extension TypeTuningTests {
    /// Writes the tuning part (never the evaluation third) as the model sees it, one description a
    /// line: type, tokens, stems, lexicon scores, for trying methods outside Swift. DUMP_TUNING=path.
    @Test("the tuning part as features, for trying methods", .enabled(if: ProcessInfo.processInfo.environment["DUMP_TUNING"] != nil))
    func dumpTuning() throws {
        let lexicon = Classifier()
        let lines = (Corpus.tuning + Corpus.team).map { item in
            let tokens = EscalationRules.Words.tokens(item.text)
            let stems = lexicon.read(tokens)
            return [item.type.rawValue, tokens.joined(separator: " "), stems.map(\.text).joined(separator: " "),
                    lexicon.score(stems).map { String($0) }.joined(separator: " ")].joined(separator: "\t")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: ProcessInfo.processInfo.environment["DUMP_TUNING"]!, atomically: true, encoding: .utf8)
    }
}

extension TypeTuningTests {
    /// Figures only, on a labelled file kept outside the corpus (HELD_OUT=path): how a set written
    /// after every choice was made is read, measured once. Its misses are never printed.
    @Test("a held-out file, figures only", .enabled(if: ProcessInfo.processInfo.environment["HELD_OUT"] != nil))
    func heldOut() throws {
        let text = try String(contentsOfFile: ProcessInfo.processInfo.environment["HELD_OUT"]!, encoding: .utf8)
        let items = LabelledDescription.parse(tsv: text).descriptions
        print("held out (\(items.count)): \(TypeFigures(items, read: Self.type)); \(UrgencyFigures(items, read: RiskReaderTests.urgency))")
        // RISK_THRESHOLDS=-1.52,-1.95: the same figures with the learnt second opinion at other thresholds.
        for value in (ProcessInfo.processInfo.environment["RISK_THRESHOLDS"] ?? "").split(separator: ",").compactMap({ Double($0) }) {
            var model = try #require(RiskModel.bundled)
            model.threshold = value
            let classifier = Classifier(model: TypeModel.bundled, riskModel: model)
            print("  at threshold \(value): \(UrgencyFigures(items) { classifier.classify($0).urgency })")
        }
    }
}

extension TypeTuningTests {
    /// Reading looks features up by number; training names them. Both must find the same features,
    /// for the type model and the risk model.
    @Test("reading finds exactly the features training names, for every description") func readingMatchesTraining() throws {
        let classifier = Classifier.standard
        let (typeModel, typeTable) = (try #require(classifier.model), try #require(classifier.typeTable))
        let (riskModel, riskTable) = (try #require(classifier.riskModel), try #require(classifier.riskTable))
        let typeRow = Dictionary(uniqueKeysWithValues: typeModel.features.keys.sorted().enumerated().map { ($1, $0) })
        let riskRow = Dictionary(uniqueKeysWithValues: riskModel.weights.keys.sorted().enumerated().map { ($1, $0) })
        for item in Corpus.tuning + Corpus.team {
            let stems = classifier.read(EscalationRules.Words.tokens(item.text))
            let names = TypeFeatures.names(of: stems.map(\.text), pairs: true)
            #expect(Set(typeTable.rows(of: stems, numbers: classifier.numbers)) == Set(names.compactMap { typeRow[$0] }), "\(item.text)")
            #expect(Set(riskTable.rows(of: stems, numbers: classifier.numbers)) == Set(names.compactMap { riskRow[$0] }), "\(item.text)")
            let odds = names.compactMap { riskModel.weights[$0] }.reduce(riskModel.bias, +)
            #expect(abs(classifier.odds(stems) - odds) < 1e-9, "\(item.text)")
        }
    }
}

extension TypeTuningTests {
    /// Writes the tuning part and the routine tuning sets (never the evaluation third, never the
    /// practice set) for trying risk methods outside Swift: label, the rules' own urgency, the
    /// features, the text, its source and the rules' signs. RISK_DUMP=path.
    @Test("the tuning part's risk features, for trying methods", .enabled(if: ProcessInfo.processInfo.environment["RISK_DUMP"] != nil))
    func dumpRisk() throws {
        let lexicon = Classifier.standard
        let routine = Corpus.routineTuning
        // RISK_DUMP_EXTRA: more files, marked "extra": a TSV's tuning part only; a .txt is all routine.
        var extra: [LabelledDescription] = []
        for path in (ProcessInfo.processInfo.environment["RISK_DUMP_EXTRA"] ?? "").split(separator: ",").map(String.init) {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            extra += path.hasSuffix(".txt")
                ? LabelledDescription.routine(lines: text)
                : LabelledDescription.parse(tsv: text).descriptions.filter { !$0.isEvaluation }
        }
        let marked = (Corpus.tuning + Corpus.team + routine).map { ("corpus", $0) } + extra.map { ("extra", $0) }
        let lines = marked.map { source, item in
            let stems = lexicon.expanded(EscalationRules.Words.tokens(item.text))
            let rules = lexicon.risk.read(item.text)
            let signs = rules.signs.map { "\($0.situation):\($0.words):\($0.urgency)" }.joined(separator: "; ")
            return [item.urgency.rawValue, rules.urgency.rawValue, TypeFeatures.names(of: stems, pairs: true).joined(separator: " "), item.text, source, signs].joined(separator: "\t")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: ProcessInfo.processInfo.environment["RISK_DUMP"]!, atomically: true, encoding: .utf8)
    }
}
