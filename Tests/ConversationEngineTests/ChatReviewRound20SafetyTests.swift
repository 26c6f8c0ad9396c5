import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 20 (2026-12-04): the safety findings, each replayed in the engine as the reviewer typed it.
@Suite("Chat review, round 20: safety")
struct ChatReviewRound20SafetyTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2026-12-04T10:00")!
    var now: Moment { friday }

    // MARK: F1: over 2,000 characters, the question quotes the disclosure in the part not kept, and the record keeps it

    /// A DSL's threshold chronology, twice over 1,000 characters, as the reviewer pasted it (convs/c104-longrisk.in).
    static let chronology = "I am the DSL at a primary school. We made a referral to CSC three weeks ago about a Year 2 pupil whose attendance has dropped to 71 percent and who has been coming in hungry and in unwashed uniform. We have had several meetings with mum who engages at times but often cancels. The family have moved twice this year. We asked for an assessment and CSC decided it was an early help matter and stepped it down to the family support team. Family support have visited twice. The pupil's sibling attends the secondary school nearby and their DSL shares our concerns. We have held a TAC meeting which CSC did not attend. The health visitor for the younger sibling has also raised concerns about the home conditions. We believe the threshold for a child in need assessment is met and we disagree with the step-down decision. Our records show repeated low-level concerns going back two years, a chronology is available. We have tried to discuss this with the duty social worker who said the decision stands. I have consulted my head teacher who agrees we should escalate. "

    static func longAccount(partner: String = "mum's ex-partner", house: String = "the house") -> String {
        chronology + chronology + " Also, this morning the child told the class teacher that \(partner), who has a conviction for violence, is back living at \(house) since the weekend and that he shouted he would hurt her if she told anyone."
    }

    static let opening = ["3", "shropshire", "child", "1", "yes"]

    @Test("the question asked again quotes the disclosure in the part not kept, and says where it was") func quotesTheDisclosure() {
        let asked = play(Self.opening + [Self.longAccount()])
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        let question = said(asked)
        #expect(question.contains("In the part I did not keep, you wrote '"), "\(question)")
        #expect(question.contains("hurt her") || question.contains("back living at the house") || question.contains("conviction for violence"), "\(question)")
        #expect(!question.contains("We made a referral to CSC"), "\(question)")
        // The significant-risk question after a no quotes the same words.
        let significant = play(["no"], from: asked)
        #expect(said(significant).contains("In the part I did not keep, you wrote '"), "\(said(significant))")
    }

    @Test("a bridge's opening message is read for risk past the part kept, as a long answer is") func openingReadPastTheKeptPart() {
        // Only its first 2,000 characters had been read (chat20-safety's report, seventeenth session).
        var turn = conversation.start(policyID: "shropshire", at: now, opening: Self.longAccount())
        turn = conversation.reply(to: "3", in: turn.session, at: now)
        #expect(turn.session.step == .riskAgain, "\(said(turn))")
        #expect(said(turn).contains("hurt her") || said(turn).contains("back living at the house") || said(turn).contains("conviction for violence"), "\(said(turn))")
    }

    @Test("after no and no, the record keeps the disclosure's words and where they were") func recordKeepsTheDisclosure() throws {
        let text = try everything(Self.opening + [Self.longAccount(), "no", "no", "yes", "0", "today", "no"])
        let record = text.split(separator: "\n").filter { $0.contains("Asked again about") }.joined(separator: "\n")
        #expect(record.contains("(from the part of a long answer not kept)"), "\(text)")
        #expect(record.contains("hurt her") || record.contains("back living at the house") || record.contains("conviction for violence"), "\(text)")
    }

    @Test("a name in the part not kept is neither quoted nor kept") func privacyGuardOnTheUnkeptPart() throws {
        // In the words quoted, as well as around them.
        let account = Self.longAccount(partner: "mum's ex-partner Darren Whitcombe (07700 900123)", house: "the house on Elm Street with Darren Whitcombe")
        let asked = play(Self.opening + [account])
        #expect(said(asked).contains("In the part I did not keep"), "\(said(asked))")
        let text = try everything(Self.opening + [account, "no", "no", "yes", "0", "today", "no"])
        for detail in ["Darren", "Whitcombe", "07700", "900123", "Elm Street"] { #expect(!text.contains(detail), "\(detail) in: \(text)") }
    }

    // MARK: F3: the numbers of a yes/no question's choices are taken from the first answer, never as the wrong risk answer

    /// convs/c021.in: the first question is answered by number, so the question asked again is too.
    static let reasked = ["3", "shropshire", "child", "1", "yes", "bruise on his face and mum collecting him at 3pm, CSC say not their case"]

    @Test("1 to the risk question asked again is yes, at once") func oneIsYes() {
        let asked = play(Self.reasked)
        #expect(asked.session.step == .riskAgain, "\(said(asked))")
        let answered = play(["1"], from: asked)
        #expect(answered.session.intake.risk == .immediate, "\(said(answered))")
        #expect(said(answered).contains("URGENT"), "\(said(answered))")
    }

    @Test("2 is no to risk today; at the significant-risk question it is asked about, as the first question read it as significant")
    func twoIsNoThenAsked() {
        let significant = play(Self.reasked + ["2"])
        #expect(significant.session.intake.askingAboutSignificant, "\(said(significant))")
        let two = play(["2"], from: significant)
        #expect(two.session.step == .riskAgain && two.session.intake.askingAboutSignificant, "\(said(two))")
        #expect(said(two).contains("At the first question 2 meant significant risk"), "\(said(two))")
        // Since round 21 (F6) a bare 1 there is taken at the higher reading, risk today, as 1 meant at the first question.
        #expect(play(["1"], from: significant).session.intake.risk == .immediate)
        #expect(play(["no"], from: two).session.intake.risk == Risk.none)
    }

    @Test("3, no at the first question, is never taken as an answer to a yes/no risk question") func threeIsNotAnAnswer() {
        let asked = play(Self.reasked)
        // Not at the first try, nor once the choices are listed as 1. Yes and 2. No.
        var turn = asked
        for _ in 0..<4 {
            turn = play(["3"], from: turn)
            #expect(turn.session.step == .riskAgain && turn.session.intake.risk == Risk.none, "\(said(turn))")
        }
        let significant = play(Self.reasked + ["2"])
        let three = play(["3", "3", "3", "3"], from: significant)
        #expect(three.session.step == .riskAgain && three.session.intake.risk == Risk.none, "\(said(three))")
    }

    @Test("1 to 'Is that right?' confirms the type, and 2 asks for another kind") func typeByNumber() {
        let proposed = play(["3", "shropshire", "child", "1", "yes", "CSC closed the case after the single assessment"])
        #expect(proposed.session.step == .confirmType && proposed.session.intake.typeShortlist.count == 1, "\(said(proposed))")
        let yes = play(["1"], from: proposed)
        #expect(yes.session.intake.type == proposed.session.intake.typeShortlist.first, "\(said(yes))")
        #expect(play(["2"], from: proposed).session.step == .pickType)
    }

    @Test("1 at the urgent advice carries on; 3 does not quit") func urgentContinueByNumber() {
        let urgent = play(["1", "torbay"])
        #expect(urgent.session.step == .urgentShown, "\(said(urgent))")
        let carried = play(["1"], from: urgent)
        #expect(carried.session.intake.carriedOnAfterUrgent && carried.session.intake.risk == .immediate, "\(said(carried))")
        #expect(play(["3"], from: urgent).session.step == .urgentShown)
    }
}
