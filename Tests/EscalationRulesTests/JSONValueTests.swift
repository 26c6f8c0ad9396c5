import Testing
@testable import EscalationRules

@Suite("JSON values")
struct JSONValueTests {
    @Test("objects keep their key order both ways") func keyOrder() throws {
        let value = try JSONValue.parse(#"{"b": 1, "a": [true, null, "x\n\u00e9"], "c": {"d": -2.5}}"#)
        #expect(value.compactText == #"{"b": 1, "a": [true, null, "x\né"], "c": {"d": -2.5}}"#)
    }

    @Test("surrogate pairs decode to one character") func surrogates() throws {
        #expect(try JSONValue.parse(#""\ud83d\ude00""#) == .string("😀"))
    }

    @Test("bad documents name the line and column", arguments: [
        ("{\"a\": }", "line 1, column 7"), ("[1,\n 2,,]", "line 2, column 4"), ("{\"a\" 1}", "line 1, column 6"), ("", "line 1, column 1"),
    ])
    func syntaxErrors(_ text: String, _ location: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(text) }
        do { _ = try JSONValue.parse(text) } catch { #expect(error.description.hasPrefix(location)) }
    }

    @Test("invalid UTF-8 and deep nesting are refused, not crashed on") func hostileInput() {
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse([0x22, 0xFF, 0xFE, 0x22]) }
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(String(repeating: "[", count: 10_000)) }
    }

    @Test("lines written as one string are the lines joined by newlines") func joinedLines() {
        for lines in [[], [""], ["a"], ["first line", "  2. “quoted” \\ \"x\"", "", "end"]] {
            var writer = JSONWriter()
            writer.string(joining: lines)
            #expect(String(decoding: writer.finish(), as: UTF8.self) == JSONValue.string(lines.joined(separator: "\n")).compactText)
        }
    }

    @Test("control characters are escaped on the way out") func escapes() {
        #expect(JSONValue.string("a\u{01}\"b").compactText == #""a\u0001\"b""#)
    }

    // Plain text is skipped eight bytes at a time, so each escape is tried at every place in and
    // across those words.
    @Test("every escape is found wherever it falls", arguments: [
        ("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{1F}", #"\u001f"#), ("\u{2028}", #"\u2028"#), ("\u{2029}", #"\u2029"#),
    ])
    func escapesAnywhere(_ special: String, _ escaped: String) throws {
        for place in 0..<20 {
            let before = String(repeating: "a", count: place), after = String(repeating: "é", count: 20 - place)
            let text = before + special + after
            #expect(JSONValue.string(text).compactText == "\"" + before + escaped + after + "\"")
            #expect(try JSONValue.parse(JSONValue.string(text).compactText) == .string(text))
            // At the end too, where a string's last bytes, or all of a short one, are tested with padding.
            #expect(JSONValue.string(before + special).compactText == "\"" + before + escaped + "\"")
            #expect(JSONValue.string(special + before).compactText == "\"" + escaped + before + "\"")
        }
        #expect(JSONValue.string("").compactText == "\"\"")
        #expect(JSONValue.string("a€").compactText == "\"a€\"")
        #expect(JSONValue.string("\u{2027}\u{7F}é€ plain text of some length").compactText == "\"\u{2027}\u{7F}é€ plain text of some length\"")
    }
}
