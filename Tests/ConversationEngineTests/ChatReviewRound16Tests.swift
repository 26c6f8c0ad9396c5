import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 16 (2026-12-01): findings about what the chat reads, asks and keeps, each replayed in the engine.
@Suite("Chat review, round 16")
struct ChatReviewRound16Tests {
    let conversation = Conversation(library: .bundled)
    let thursday = Moment(iso: "2026-12-03T10:00")!

    func play(_ answers: [String], policy: String? = "torbay", from start: Turn? = nil) -> Turn {
        var turn = start ?? conversation.start(policyID: policy, at: thursday)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: thursday) }
        return turn
    }

    func said(_ turn: Turn) -> String { turn.replies.flatMap(\.lines).joined(separator: "\n") }

    static let homeAlone = "the 5 year old was left home alone overnight and CSC closed the case"

    /// Back from the urgent route and "no" had left a routine record with no trace of the yes.
    @Test("an answer lowered after the urgent advice is asked about once, and the record keeps the urgent advice")
    func loweredAfterUrgent() throws {
        let urgent = play(["no", "no", "1", "1", "yes", Self.homeAlone, "yes"])
        #expect(urgent.session.step == .urgentShown)
        let lowered = play(["back", "no"], from: urgent)
        #expect(lowered.session.step == .riskAgain, "\(said(lowered))")
        #expect(said(lowered).contains("Earlier you said the child was at immediate risk of significant harm"))
        // A yes to it gives the urgent route again.
        #expect(play(["yes"], from: lowered).session.step == .urgentShown)
        // A no goes on, and is kept in the record beside the urgent advice given.
        let routed = play(["no", "no", "skip", "0", "today"], from: lowered)
        #expect(routed.session.step == .routed, "\(said(routed))")
        let record = try #require(conversation.record(for: routed.session, at: thursday))
        #expect(record.urgentGiven == thursday)
        #expect(record.textLines.joined(separator: "\n").contains("Urgent advice: given Thursday 3 December 2026, 10:00"))
        #expect(record.json.prettyText.contains("\"urgentGiven\""))
    }

    @Test("a yes at the first question, then back and no, is asked about once") func loweredFromTheFirstQuestion() {
        let urgent = play(["yes"])
        #expect(urgent.session.step == .urgentShown)
        let asked = play(["back", "no", "no"], from: urgent)
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        let onward = play(["no"], from: asked)
        #expect(onward.session.step == .subject, "\(said(onward))")
        // Nothing is asked where no urgent advice was given.
        #expect(play(["no", "no"]).session.step == .subject)
    }

    /// A yes to the question asked after a lowered answer, before any partnership is chosen, is told to call 999, as a yes
    /// to the first question is (found reading the round's change: the question had its own branch, without the line).
    @Test("a yes when asked again after the urgent advice, before a partnership, says call 999") func confirmedBeforePartnership() {
        let urgent = play(["yes", "torbay"], policy: nil)
        #expect(urgent.session.step == .urgentShown)
        let asked = play(["back", "back", "no", "no"], from: urgent)
        #expect(asked.session.step == .riskAgain && asked.session.policyID == nil, "\(said(asked))")
        let yes = play(["yes"], from: asked)
        #expect(yes.session.intake.risk == .immediate)
        #expect(said(yes).contains("call 999"), "\(said(yes))")
    }

    /// After `end`, `record` and `calendar` made up a Stage One route from defaults the practitioner never saw.
    @Test("after the end, a record only where a route stood") func recordAfterEnd() {
        let stageFour = play(["no", "no", "1", "1", "yes", "CSC closed the case after the single assessment", "yes", "3", "2 Nov", "20 Nov"])
        #expect(stageFour.session.step == .routed, "\(said(stageFour))")
        let ended = conversation.reply(to: .command(.end), in: stageFour.session, at: thursday)
        #expect(conversation.record(for: ended.session, at: thursday)?.route.stage?.position == 4)
        let wentBack = play(["back", "back", "back"], from: stageFour)
        let endedAfterBack = conversation.reply(to: .command(.end), in: wentBack.session, at: thursday)
        #expect(conversation.record(for: endedAfterBack.session, at: thursday) == nil)
        let neverRouted = play(["significant", "1"], policy: "shropshire")
        let endedEarly = conversation.reply(to: .command(.end), in: neverRouted.session, at: thursday)
        #expect(conversation.record(for: endedEarly.session, at: thursday) == nil)
    }

    /// "yes, but not right now - tomorrow ..." had the safety question repeated with no word.
    @Test("the safety question asked again says why") func safetyQuestionSaysWhy() {
        let turn = play(["yes, but not right now - tomorrow when dad is released from custody"], policy: nil)
        #expect(turn.session.step == .immediateRisk)
        #expect(said(turn).contains("Not at immediate risk"), "\(said(turn))")
    }

    /// "yes yes no yes yes yes" passed as a plain yes; "1 yes ... 3 no ..." listed all six; "1-6" was items 1 and 6.
    @Test("a checklist answered item by item, or by range", arguments: [
        ("yes yes no yes yes yes", [3]), ("1 yes 2 yes 3 no not sure what actions 4 yes 5 yes 6 yes", [3]),
        ("1 yes, 2 yes, 3 no, 4 yes, 5 yes, 6 yes", [3]), ("1. yes 2. no 3. no 4. yes 5. yes 6. yes", [2, 3]),
        ("yes yes yes yes yes yes", []),
    ])
    func checklistByItem(_ text: String, gaps: [Int]) {
        let turn = play(["no", "no", "1", "1", text])
        #expect(turn.session.step == .description, "\(said(turn))")
        #expect(turn.session.intake.checklistAnswered)
        let items = conversation.library.policy("torbay")!.checklist
        #expect(turn.session.intake.checklistGaps == gaps.map { items[$0 - 1].id })
        #expect(!said(turn).contains("You wrote"), "a checklist answer is not a sign of risk: \(said(turn))")
    }

    @Test("ranges name every item in them", arguments: [("1-6", [1, 2, 3, 4, 5, 6]), ("2 to 4", [2, 3, 4]), ("3–5", [3, 4, 5]), ("1 and 3", [1, 3])])
    func ranges(_ text: String, numbers: [Int]) {
        #expect(Answers.itemNumbers(text) == numbers)
        let items = conversation.library.policy("torbay")!.checklist
        #expect(play(["no", "no", "1", "1", "no", text]).session.intake.checklistGaps == numbers.map { items[$0 - 1].id })
    }

    /// "my supervisor" went to whistle-blowing with no word; "children's services" and "the paediatrician" were refused.
    @Test("who the disagreement is with, typed in words, is said back", arguments: [
        ("my supervisor", Counterpart.ownManager), ("my boss", .ownManager), ("children's services", .otherAgency),
        ("the paediatrician", .otherAgency), ("the head teacher", .otherAgency), ("social services", .otherAgency),
        ("the CP chair", .conference), ("CSC", .otherAgency),
    ])
    func counterpartSaidBack(_ text: String, counterpart: Counterpart) {
        let turn = play(["no", "no", "1", text], policy: "bcssp")
        #expect(turn.session.intake.counterpart == counterpart, "\(said(turn))")
        #expect(said(turn).contains("I read that as: "), "\(said(turn))")
        #expect(!said(play(["no", "no", "1", "2"], policy: "bcssp")).contains("I read that as"))
    }

    /// "2, the managers met on Tuesday and could not agree", "1 and 2" and "two" were refused at the stages question.
    @Test("the last stage tried, with words around its number", arguments: [
        ("2, the managers met on Tuesday and could not agree", 2), ("2 - managers could not agree", 2), ("0, just raised it", 0),
        ("2 (manager to manager)", 2), ("1 and 2", 2), ("two", 2), ("up to 2", 2), ("stage 2", 2),
    ])
    func triedWithWords(_ text: String, tried: Int) {
        let turn = play(["no", "no", "1", "1", "yes", "CSC closed the case after the single assessment", "yes", text])
        #expect(turn.session.intake.tried == tried, "\(said(turn))")
        #expect(play(["no", "no", "1", "1", "yes", "CSC closed the case after the single assessment", "yes", "9, lots"]).session.step == .tried)
    }

    @Test("a no with the type after it takes that type") func noWithType() {
        let turn = play(["no", "no", "1", "1", "yes", "CSC closed the case after the single assessment", "no, it's about drift really"])
        #expect(turn.session.intake.type == .lackOfActionOrDriftDelay, "\(said(turn))")
    }

    /// "4" at a route, where only words are shown, went back and withdrew the route; "1" at the urgent advice carried on.
    @Test("a number that goes back or carries on acts only where the menu was shown numbered") func hiddenNumbers() {
        let routed = play(["no", "no", "1", "1", "yes", "CSC closed the case after the single assessment", "yes", "0", "today"])
        #expect(routed.session.step == .routed)
        #expect(play(["4"], from: routed).session.step == .routed)
        #expect(play(["record"], from: routed).effects.contains { if case .saveRecord = $0 { true } else { false } })
        let urgent = play(["yes"])
        // Since round 20 (F3), "1" for 'continue', the urgent prompt's first choice, is taken; "3" still does not quit.
        #expect(play(["1"], from: urgent).session.intake.carriedOnAfterUrgent)
        #expect(play(["3"], from: urgent).session.step == .urgentShown)
        // Shown numbered after three answers not understood, the numbers are the menu's.
        #expect(play(["x", "y", "z", "4"], from: routed).session.step != .routed)
    }

    /// A description sent in pieces kept only the first; the others were taken as answers to later questions.
    @Test("a description that stops mid-sentence takes the next line as the rest of it") func descriptionInPieces() {
        let first = play(["no", "no", "1", "1", "yes", "CSC closed the case on Monday because"])
        #expect(first.session.step == .description)
        #expect(said(first).contains("Go on: type the rest of it"))
        let whole = play(["they closed it without seeing the child"], from: first)
        #expect(whole.session.intake.description == "CSC closed the case on Monday because they closed it without seeing the child")
        #expect([.confirmType, .pickType].contains(whole.session.step))
        let done = play(["done"], from: first)
        #expect(done.session.intake.description == "CSC closed the case on Monday because")
        #expect(play(["no", "no", "1", "1", "yes", "CSC closed the case on Monday."]).session.step != .description)
    }

    /// A long paste cut at 2,000 characters in a word read "Mum keeps missing ap" as someone missing.
    @Test("a long paste is cut between sentences, not in a word") func cutBetweenSentences() {
        let long = String(repeating: "Mum keeps missing appointments and the health visitor is worried. ", count: 40)
        let turn = play(["no", "no", "1", "1", "yes", long], policy: "shropshire")
        #expect(turn.session.step != .riskAgain, "\(said(turn))")
        #expect(turn.session.intake.description?.hasSuffix("is worried.") == true)
    }

    /// "actually it's torbay" at a Shropshire route was ignored; changing it took eight `back`s and the description again.
    @Test("another partnership named at the route: the same case under its policy") func partnershipAtTheRoute() throws {
        let routed = play(["no", "1", "1", "yes", "Health visitor will not share information with school about home conditions", "yes", "0", "today"],
                          policy: nil, from: play(["no", "no", "shropshire"], policy: nil))
        #expect(routed.session.step == .routed, "\(said(routed))")
        let switched = play(["actually it's torbay"], from: routed)
        #expect(switched.session.policyID == "torbay")
        #expect(switched.session.step == .checklist, "\(said(switched))")
        #expect(switched.session.intake.description == "Health visitor will not share information with school about home conditions")
        #expect(switched.session.intake.tried == nil)
        #expect(switched.effects.contains { if case .saveRecord(let record) = $0 { record.superseded != nil } else { false } })
        #expect(conversation.record(for: switched.session, at: thursday) == nil)
        // Where the shell fixed the policy, a name at the route changes nothing.
        let fixed = play(["no", "no", "1", "1", "yes", "Health visitor will not share information with school", "yes", "0", "today"], policy: "shropshire")
        #expect(play(["torbay"], from: fixed).session.policyID == "shropshire")
    }

    /// "Ellan Vannin", "Amwythig", "ie", "na", "plentyn", "heddiw" were refused.
    @Test("Welsh and Manx words at the menus") func welshAndManxWords() {
        let turn = play(["na", "na", "ellan vannin", "oedolyn", "1", "ie"], policy: nil)
        #expect(turn.session.policyID == "isle-of-man")
        #expect(turn.session.intake.risk == Risk.none && turn.session.intake.subject == .adult, "\(said(turn))")
        #expect(play(["no", "no", "amwythig"], policy: nil).session.policyID == "shropshire")
        #expect(play(["no", "no", "caer"], policy: nil).session.policyID == "pan-cheshire")
        #expect(play(["no", "no", "plentyn"]).session.intake.subject == .child)
        let dated = play(["no", "no", "1", "1", "yes", "CSC closed the case after the single assessment", "yes", "0", "heddiw"])
        #expect(dated.session.intake.raised == thursday.day)
    }

    @Test("words after the items are still read for risk, a time in them kept") func wordsAfterItems() {
        let turn = play(["no", "no", "1", "1", "1 yes 2 yes 3 no - dad hit her last night and she is going home to him at 3"])
        #expect(turn.session.step == .riskAgain)
        #expect(said(turn).contains("You wrote 'dad hit her last night and she is going home to him at 3'"), "\(said(turn))")
    }
}

@Suite("Chat review, round 16: text in Welsh")
struct WelshTextTests {
    let conversation = Conversation(library: .bundled)
    let thursday = Moment(iso: "2026-12-03T10:00")!

    /// "trais domestig ... neithiwr, plant yn bresennol" passed as routine with a guessed type.
    @Test("a description in Welsh is asked about, and its type is chosen, not guessed", arguments: [
        "trais domestig yn y cartref neithiwr, plant yn bresennol; mae'r gwasanaethau cymdeithasol wedi cau'r achos",
        "plentyn mewn perygl, cam-drin corfforol, mae'r heddlu wedi dweud dim",
        "esgeulustod difrifol, mae'r plant adref ar eu pen eu hunain heno",
    ])
    func welshDescription(_ text: String) {
        var turn = conversation.start(policyID: "shropshire", at: thursday)
        for answer in ["no", "no", "1", "yes", text] { turn = conversation.reply(to: answer, in: turn.session, at: thursday) }
        let said = turn.replies.flatMap(\.lines).joined(separator: "\n")
        #expect(turn.session.step == .riskAgain, "\(said)")
        #expect(said.contains("I can read English only"))
        #expect(turn.session.intake.typeShortlist.isEmpty)
    }

    /// English with a Welsh word or a place in it is read as English.
    @Test("English descriptions are not taken for Welsh") func englishIsEnglish() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EscalationRulesTests/Fixtures/descriptions")
        var read = 0
        var welsh: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".tsv") {
            for line in try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n") {
                guard let text = line.split(separator: "\t", omittingEmptySubsequences: false).last else { continue }
                read += 1
                if OtherLanguage.isWelsh(String(text)) { welsh.append(String(text)) }
            }
        }
        print("descriptions read as Welsh: \(welsh.count) of \(read)")
        #expect(read > 70_000)
        #expect(welsh.count <= 5, "\(welsh.prefix(10))")
        #expect(!OtherLanguage.isWelsh("Mam says the social worker has not visited since the strat in Ysgol Gymraeg"))
    }
}
