import Testing
@testable import IntakeBot

/// Findings 4 and 9 of an outside attack test: what a connection has sent but not had answered is one buffer, taken
/// line by line, and every byte of it counts towards the server's input budget until it is taken or dropped.
@Suite("Held input")
struct HeldInputTests {
    static func receive(_ text: String, on connection: Connection) {
        Array(text.utf8).withUnsafeBytes { connection.receive($0) }
    }

    /// Every line the connection holds now, taken; one over the limit as "cut:", its head, and "|" and what followed the
    /// string the cut fell in, where that is kept.
    static func lines(_ connection: Connection, maximum: Int = 8) -> [String] {
        var lines: [String] = []
        while let line = connection.nextLine(maximum: maximum) {
            switch line {
            case .whole(let bytes): lines.append(String(decoding: bytes, as: UTF8.self))
            case .cut(let head, let after):
                lines.append("cut:" + String(decoding: head, as: UTF8.self) + (after.map { "|" + String(decoding: $0, as: UTF8.self) } ?? ""))
            }
        }
        return lines
    }

    @Test("lines split across reads come whole, a CRLF ending is not the line's, and what is taken leaves the budget")
    func splitAcrossReads() {
        let budget = HeldInput()
        let connection = Connection(fd: -1, number: 1, now: 0, heldInput: budget)
        Self.receive("ab", on: connection)
        #expect(Self.lines(connection) == [])
        Self.receive("c\r\nde\nf", on: connection)
        #expect(budget.bytes == 9)
        #expect(Self.lines(connection) == ["abc", "de"])
        #expect(budget.bytes == 1 && connection.unanswered == 1)
        Self.receive("\n", on: connection)
        #expect(Self.lines(connection) == ["f"])
        #expect(budget.bytes == 0 && connection.unanswered == 0)
    }

    @Test("a line over the limit comes back once, cut, ended or not, and the rest of it is dropped as it comes")
    func overLong() {
        let budget = HeldInput()
        let connection = Connection(fd: -1, number: 1, now: 0, heldInput: budget)
        Self.receive("123456789\nok\n", on: connection)
        #expect(Self.lines(connection) == ["cut:12345678", "ok"])
        // One byte over the limit, a "\r": it may yet end as a line at the limit.
        Self.receive("12345678\r", on: connection)
        #expect(Self.lines(connection) == [])
        Self.receive("\n", on: connection)
        #expect(Self.lines(connection) == ["12345678"])
        Self.receive("1234567890", on: connection)
        #expect(Self.lines(connection) == ["cut:12345678"])
        #expect(budget.bytes == 0)
        Self.receive("more of it", on: connection)
        #expect(Self.lines(connection) == [] && budget.bytes == 0)
        Self.receive(" still\nnext\n", on: connection)
        #expect(Self.lines(connection) == ["next"])
        #expect(budget.bytes == 0)
    }

    /// A chat review, round 20: a jsonl request over --max-line was dropped whole. Its text is cut instead, and the members
    /// after the text (its conversation and turn) are kept, bounded, while the rest of the text is dropped as it comes.
    @Test("a jsonl line over the limit comes back when it ends, with what followed the string the cut fell in, held within bounds")
    func overLongJSON() {
        let budget = HeldInput()
        let connection = Connection(fd: -1, number: 1, now: 0, heldInput: budget, answersCutAtEnd: true)
        Self.receive(#"{"text": "ab\"cdefgh"#, on: connection)
        #expect(Self.lines(connection, maximum: 12) == [])
        #expect(budget.bytes == 12 + CutLine.afterLimit, "the head is held, with room for what follows the text")
        // An escaped backslash, then an escaped quote: the string ends at the quote after "still".
        Self.receive(#"more \\\" still", "turn": 3}"# + "\r\n" + #"{"a": 1}"# + "\n", on: connection)
        #expect(Self.lines(connection, maximum: 12) == [#"cut:{"text": "ab|, "turn": 3}"#, #"{"a": 1}"#])
        #expect(budget.bytes == 0)
        // Cut outside a string, or with more than the limit after the text: nothing after is kept.
        Self.receive(#"{"a": 1234567890}"# + "\n", on: connection)
        Self.receive(#"{"text": "abcdefgh", "k": ""# + String(repeating: "x", count: CutLine.afterLimit) + "\"}\n", on: connection)
        #expect(Self.lines(connection, maximum: 12) == [#"cut:{"a": 123456"#, #"cut:{"text": "ab"#])
        Self.receive(#"{"text": "abcdefgh"#, on: connection)
        #expect(Self.lines(connection, maximum: 12) == [] && budget.bytes > 0)
        connection.dropInput()
        #expect(budget.bytes == 0)
    }

    @Test("lines held back count towards the budget, as many connections' do, until dropped") func heldBack() {
        let budget = HeldInput()
        let first = Connection(fd: -1, number: 1, now: 0, heldInput: budget), second = Connection(fd: -1, number: 2, now: 0, heldInput: budget)
        Self.receive("a\nb\nc", on: first)
        Self.receive("long line not ended", on: second)
        #expect(first.nextLine(maximum: 100) == .whole(Array("a".utf8)))
        #expect(first.holdsLine(maximum: 100) && !second.holdsLine(maximum: 100))
        #expect(budget.bytes == 3 + 19)
        first.dropInput()
        second.dropInput()
        #expect(budget.bytes == 0 && first.unanswered == 0)
    }

    @Test("each connection may hold its share of half the input budget, never less than 32 KiB") func shares() {
        let configuration = ServerConfiguration(socketPath: "/tmp/unused.sock")
        #expect(configuration.inputShare(connections: 1) == 32 << 20)
        #expect(configuration.inputShare(connections: 1_024) == 32 << 10)
        #expect(configuration.inputShare(connections: 4_000) == 32 << 10)
        #expect(configuration.inputShare(connections: 256) == 128 << 10)
        #expect(ServerConfiguration.smallestInputShare > configuration.maximumLine + 2, "a line of the default --max-line never waits")
    }
}
