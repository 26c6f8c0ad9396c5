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

    @Test("a reply kept in JSON writes what it would have written, and is written afresh once changed")
    func keptJSON() {
        let fresh = Reply(["Which \"one\"?", "Say\u{2028}more."], options: [Option("1", "A child"), Option("2", "An adult")], numbered: true)
        var kept = fresh.keepingJSON()
        #expect(kept == fresh && Self.json(kept) == Self.json(fresh))
        #expect(Self.json(fresh) == #"["Which \"one\"?\nSay\u2028more.\n  1. A child\n  2. An adult", [{"key": "1", "label": "A child"}, {"key": "2", "label": "An adult"}]]"#)
        let over = Reply(["Read as a child."], choicesOf: kept)
        #expect(Self.json(over) == Self.json(Reply(["Read as a child."], options: fresh.options, numbered: true)))
        kept.options.removeLast()
        #expect(Self.json(kept) == Self.json(Reply(fresh.lines, options: [Option("1", "A child")], numbered: true)))
    }

    @Test("every question worded once per policy is kept in JSON that matches it written afresh")
    func fixedQuestionsJSON() {
        let conversation = Conversation(library: .bundled)
        for (_, questions) in conversation.fixedQuestions {
            for (_, question) in questions {
                #expect(question.json?.text != nil)
                #expect(Self.json(question) == Self.json(Reply(question.lines, options: question.options, numbered: question.numbered)))
            }
        }
    }
}
