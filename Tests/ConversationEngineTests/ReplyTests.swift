import Testing
import EscalationRules
@testable import ConversationEngine

@Suite("A reply's lines")
struct ReplyTests {
    @Test("lines over a template's choices read as if worded with them, numbered or not", arguments: [true, false])
    func choicesOfTemplate(_ numbered: Bool) {
        let template = Reply(["Which one?"], options: [Option("yes", "Yes"), Option("1", "A child"), Option("2", "An adult")], numbered: numbered)
        let made = Reply(["Read as a child.", "Is that right?"], choicesOf: template)
        #expect(made == Reply(["Read as a child.", "Is that right?"], options: template.options, numbered: numbered))
        #expect(made.textLines.count == (numbered ? 4 : 2))
    }

    @Test("changing a reply's options or numbering words its lines again") func rendersOnChange() {
        var reply = Reply("Yes or no?", options: Option.yesNo)
        #expect(reply.textLines == ["Yes or no?"])
        reply.numbered = true
        #expect(reply.textLines == ["Yes or no?", "  1. Yes", "  2. No"])
        reply.lines.insert("Please answer.", at: 0)
        #expect(reply.textLines.first == "Please answer." && reply.textLines.count == 4)
    }

    static func json(_ reply: Reply) -> String {
        var writer = JSONWriter()
        writer.open(.array)
        reply.writeText(to: &writer)
        reply.writeOptions(to: &writer)
        writer.close(.array)
        return String(decoding: writer.finish(), as: UTF8.self)
    }

    @Test("a reply's JSON holds its lines as one escaped string and its options as objects, over another's choices too")
    func replyJSON() {
        let fresh = Reply(["Which \"one\"?", "Say\u{2028}more."], options: [Option("1", "A child"), Option("2", "An adult")], numbered: true)
        #expect(Self.json(fresh) == #"["Which \"one\"?\nSay\u2028more.", [{"key": "1", "label": "A child", "short": "A child"}, {"key": "2", "label": "An adult", "short": "An adult"}]]"#)
        let over = Reply(["Read as a child."], choicesOf: fresh)
        #expect(Self.json(over) == Self.json(Reply(["Read as a child."], options: fresh.options, numbered: true)))
    }

    @Test("a short label is the label where it fits, the part before a dash, colon or bracket, or the first words")
    func shortLabels() {
        #expect(Option("1", "An adult").short == "An adult")
        #expect(Option("3", "Stage Three – Senior Manager to Senior Manager").short == "Stage Three")
        #expect(Option("2", "Step 1: Line Manager to Line Manager (Day 3-7)").short == "Step 1")
        #expect(Option("1", "Professionals resolving disagreements (Day 1-2)").short == "Professionals resolving…")
        // A chat review (round 12): "Your…" said nothing; the label's start, cut after a slash.
        #expect(Option("3", "Your Divisional/Assistant Director or equivalent in your agency").short == "Your Divisional/…")
        #expect(Option("1", "The plan, or an assessment's outcome").short == "The plan, or an…")
        #expect(Option("1", "Torbay Safeguarding Children Partnership (TSCP)", short: "Torbay").short == "Torbay")
        #expect(Option("1", String(repeating: "x", count: 40)).short == String(repeating: "x", count: 23) + "…")
    }

    @Test("every option of every question, and of every practice question, has a short label of at most 24 characters")
    func everyShortLabelFits() {
        let conversation = Conversation(library: .bundled)
        var options = conversation.fixedQuestions.values.flatMap(\.values).flatMap(\.options)
        options += Conversation.pickTypeQuestion.options + Conversation.otherOrSkip
        for policy in conversation.library.policies {
            let round = conversation.startTraining(policyID: policy.id, at: Moment(day: Day(ordinal: 0), minute: 600))
            options += round.replies.flatMap(\.options)
        }
        #expect(options.count > 100)
        #expect(options.allSatisfy { !$0.short.isEmpty && $0.short.count <= Option.shortLength }, "\(options.filter { $0.short.count > Option.shortLength })")
        #expect(conversation.policyOptions.map(\.short) == conversation.library.policies.map(\.shortName))
    }

    @Test("a question expects a choice, yes or no, text or a date: declared, or read from its options")
    func expectations() {
        let conversation = Conversation(library: .bundled)
        let torbay = Session(policyID: "torbay", started: Moment(day: Day(ordinal: 0), minute: 600))
        let expected: [Step: AnswerKind] = [.choosePolicy: .choice, .immediateRisk: .choice, .subject: .choice, .checklist: .yesNo,
                                             .checklistGaps: .text, .description: .text, .tried: .choice, .raised: .date, .routed: .choice]
        for (step, expectation) in expected {
            #expect(conversation.wordedQuestion(step, in: torbay).expects == expectation, "\(step)")
        }
        #expect(Reply(["Read as a child."], choicesOf: Conversation.pickTypeQuestion).expects == .choice)
    }
}
