import Testing
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
}
