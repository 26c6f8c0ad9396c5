import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 17 (2026-12-01): findings about whom the chat asks about, how it reads the stages tried, and the
/// risk history it keeps, each replayed in the engine.
@Suite("Chat review, round 17")
struct ChatReviewRound17Tests {
    let conversation = Conversation(library: .bundled)
    let monday = Moment(iso: "2026-12-07T09:30")!

    func play(_ answers: [String], policy: String? = nil, from start: Turn? = nil) -> Turn {
        var turn = start ?? conversation.start(policyID: policy, at: monday)
        for answer in answers { turn = conversation.reply(to: answer, in: turn.session, at: monday) }
        return turn
    }

    func said(_ turn: Turn) -> String { turn.replies.flatMap(\.lines).joined(separator: "\n") }

    func recordText(_ turn: Turn) throws -> String {
        try #require(conversation.record(for: turn.session, at: monday)).textLines.joined(separator: "\n")
    }

    static let mumAndChild = "Adult social care closed the case on a mum with severe depression; her 4 year old was found alone in the flat "
        + "yesterday and nobody has told CSC"
    static let youngCarer = "Young carer, 12: ASC will not reassess her mum who has MS and fell twice this week and is left alone all day "
        + "while the girl is at school"

    // MARK: Finding 1: the risk question about the wrong person

    @Test("words about a child in an adult's case are asked about for anyone, not the adult") func childInAnAdultsCase() {
        let asked = play(["3", "bcssp", "2", "1", "yes", Self.mumAndChild])
        #expect(asked.session.step == .riskAgain)
        #expect(said(asked).contains("Is anyone at risk of harm today?"), "\(said(asked))")
        #expect(!said(asked).contains("the adult"))
        let significant = play(["no"], from: asked)
        #expect(said(significant).contains("Is anyone at significant risk of harm, though not today?"), "\(said(significant))")
    }

    @Test("words about an adult in a child's case are asked about for anyone, not the child") func adultInAChildsCase() {
        let asked = play(["3", "bcssp", "1", "1", "yes", Self.youngCarer])
        #expect(asked.session.step == .riskAgain)
        #expect(said(asked).contains("Is anyone at risk of harm today?"), "\(said(asked))")
    }

    @Test("words about the subject alone still name the subject") func subjectAloneNamed() {
        let asked = play(["3", "torbay", "1", "1", "yes", "the 5 year old was left home alone overnight and CSC closed the case"])
        #expect(said(asked).contains("Is the child at risk of harm today?"), "\(said(asked))")
    }

    @Test("both, at whom the disagreement is about, is told to choose the person at greatest risk", arguments: ["both", "Both of them", "a mum and her toddler"])
    func bothAnswered(_ answer: String) {
        let both = play(["3", "bcssp", answer])
        #expect(both.session.step == .subject)
        #expect(said(both).contains(Prompts.subjectBoth), "\(said(both))")
        #expect(!said(both).contains("didn't catch"))
    }

    // MARK: Finding 4: a date typed at the stages question

    @Test("an answer with time words after the number is refused at the stages question", arguments: ["3 days ago", "2 weeks ago", "2 wks", "yesterday"])
    func dateRefusedAtTried(_ answer: String) {
        let tried = play(["3", "shropshire", "1", "1", "yes", "CSC closed the case and will not reopen it", "skip"])
        #expect(tried.session.step == .tried, "\(said(tried))")
        let refused = play([answer], from: tried)
        #expect(refused.session.step == .tried && refused.session.intake.tried == nil, "\(said(refused))")
        #expect(said(refused).contains("That reads as a date, not a stage"))
    }

    @Test("answers that are clearly stages are kept", arguments: [("2", 2, false), ("stage 2", 2, false), ("up to 3", 3, false), ("2, the managers met", 2, true)])
    func stagesKept(_ answer: String, _ stage: Int, _ saidBack: Bool) {
        let tried = play(["3", "shropshire", "1", "1", "yes", "CSC closed the case and will not reopen it", "skip", answer])
        #expect(tried.session.intake.tried == stage, "\(said(tried))")
        #expect(said(tried).contains("Taken as: tried up to Stage \(stage)") == saidBack, "\(said(tried))")
    }

    // MARK: Finding 6: option numbers that clash with the policy's own step numbers

    @Test("Pan-Cheshire's 2 is said back as Step 1, with the way to Step 2") func panCheshireNumberSaidBack() {
        let taken = play(["3", "pan-cheshire", "1", "1", "yes", "The DSLs of the school and CSC could not agree on whether this family needs a CIN plan",
                          "skip", "2"])
        #expect(taken.session.intake.tried == 2)
        #expect(said(taken).contains("Taken as number 2 in the list: tried up to Step 1: Line Manager to Line Manager"), "\(said(taken))")
        #expect(said(taken).contains("If you meant Step 2, type 'back', then 'step 2'."))
        let meant = play(["back", "step 2"], from: taken)
        #expect(meant.session.intake.tried == 3, "\(said(meant))")
    }

    /// Policy is data: whatever the policy, a number from the list whose stage is not the stage named with that number is
    /// said back by name; where the numbers agree, nothing is added.
    @Test("in every policy, a list number that another stage's own name carries is said back", arguments: PolicyLibrary.bundled.policies.map(\.id))
    func everyPolicyClashSaidBack(_ id: String) throws {
        let policy = try #require(conversation.library.policy(id))
        let table = PreparedChoices.numbered(policy.stages)
        for stage in policy.stages {
            let clashes = table.contains { key, position in position != stage.position && key.hasSuffix(" \(stage.position)") }
            let answer = conversation.triedAnswer("\(stage.position)", in: Session(policyID: id, started: monday), policy: policy)
            guard case .accepted(let next, let replies) = answer else { Issue.record("\(id) \(stage.position) refused"); continue }
            #expect(next.intake.tried == stage.position)
            #expect(replies.isEmpty == !clashes, "\(id) \(stage.position): \(replies.flatMap(\.lines))")
        }
    }

    // MARK: Findings 5 and 7: the risk history after a lowered answer

    static let lowered = ["1", "torbay", "back", "back", "3"]

    @Test("after a lowered answer, the check is asked once, about someone, and the record says what happened") func loweredOnce() throws {
        let check = play(Self.lowered)
        #expect(check.session.step == .riskAgain)
        #expect(said(check).contains("Earlier you said someone was at immediate risk of significant harm"), "\(said(check))")
        let described = play(["no", "no", "torbay", "1", "1", "yes", "Police will not share information about a man who is picking up a 15 year old from school"],
                             from: check)
        #expect(described.session.step == .riskAgain)
        // Then significant risk, asked after every no to risk today (a chat review, round 19, S1).
        let onward = play(["no", "no"], from: described)
        #expect(onward.session.step != .riskAgain, "\(said(onward))")
        #expect(!said(onward).contains("Earlier you said"))
        let routed = play(["yes", "0", "today"], from: onward)
        #expect(routed.session.step == .routed, "\(said(routed))")
        let record = try recordText(routed)
        #expect(!record.contains("answered yes, then no after going back"), "\(record)")
        #expect(record.contains("a 15 year old from school': answered no"), "\(record)")
        #expect(record.contains("Urgent advice: given Monday 7 December 2026, 09:30"))
        #expect(record.contains("(first answered: Yes: immediate risk of significant harm now)"))
    }

    @Test("a yes again after a lowered answer keeps the urgent advice and the first answer in the record") func yesAgainAfterLowered() throws {
        let urgent = play(Self.lowered + ["no", "no", "torbay", "1", "1", "yes", "School nurse: CSC stepped down to early help despite repeated bruising", "yes"])
        #expect(urgent.session.step == .urgentShown, "\(said(urgent))")
        let record = try #require(conversation.record(for: urgent.session, at: monday))
        #expect(record.firstRisk == .immediate)
        #expect(record.urgentGiven == monday)
        let text = record.textLines.joined(separator: "\n")
        #expect(!text.contains("first answered: No"), "\(text)")
        #expect(text.contains("Urgent advice: first given Monday 7 December 2026, 09:30"), "\(text)")
        #expect(text.contains("bruising': answered yes, at risk of harm today"))
    }

    @Test("words answered yes, then no after going back, are recorded so, beside words answered no") func eachQuoteItsAnswer() throws {
        let urgent = play(["3", "torbay", "1", "1", "yes", "School nurse: CSC stepped down to early help despite repeated bruising", "yes"])
        let lowered = play(["back", "no"], from: urgent)
        #expect(said(lowered).contains("Earlier you said the child was at immediate risk"), "\(said(lowered))")
        let routed = play(["no", "no", "yes", "0", "today"], from: lowered)
        #expect(routed.session.step == .routed, "\(said(routed))")
        let text = try recordText(routed)
        #expect(text.contains("bruising': answered yes, then no after going back"), "\(text)")
    }

    // MARK: Finding 11: training's opening, and its end before a partnership

    @Test("a practice round's opening names whom to notify only where its cases ask it",
          arguments: [("bcssp", false), ("torbay", true), ("pan-cheshire", false), ("isle-of-man", false), ("shropshire", true)])
    func openingSaysWhatIsAsked(_ id: String, _ notify: Bool) throws {
        let opening = said(conversation.startTraining(policyID: id, at: monday))
        #expect(opening.contains("whom to contact, whom to notify and by when.") == notify, "\(opening)")
        #expect(opening.contains("whom to contact, and by when.") == !notify)
        let policy = try #require(conversation.library.policy(id))
        #expect(Practice.notifyPool(policy).isEmpty == !notify)
    }

    @Test("input ending after train, before a partnership, says no practice round was played") func trainEndedEarly() {
        let asked = play(["train"])
        #expect(asked.session.step == .choosePolicy)
        #expect(asked.session.inputEndedNotice == [Session.practiceNotStarted])
        #expect(conversation.startTraining(policyID: nil, at: monday).session.inputEndedNotice == [Session.practiceNotStarted])
        // A live case under way keeps its own notice.
        #expect(play(["1", "train"]).session.inputEndedNotice.first == Session.inputEnded)
    }
}
