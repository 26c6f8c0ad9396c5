import Foundation

/// Requests as a bridge or a person would send them, each changed a little in a way a careless or
/// hostile client might: the structured fuzzer's input, reproducible from its seed.
struct Mutations {
    var random: SplitMix

    /// Every error code the README documents: an error reply must carry one of them.
    static let documentedCodes: Set<String> = ["invalid-json", "invalid-request", "unknown-command", "line-too-long", "unknown-conversation",
                                               "turn-gap", "conversation-limit", "connection-limit", "no-record", "storage-unavailable",
                                               "unknown-policy", "turn-conflict", "no-deadline"]

    /// JSON values chosen to break a careless reader: numbers past every integer type, strings with
    /// lone surrogates and NULs, nesting near and past the parser's cap.
    static let hostileValues: [String] = [
        "0", "-1", "1.5", "1e19", "18446744073709551616", "9223372036854775808", "9007199254740993", "1e300", "-1e300", "-0",
        "1e-320", "1E400", "0.0000001", "123456789012345678901234567890", "true", "false", "null", "[]", "{}", "\"\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"é😀\"", "\"\\\\\"", "\"" + String(repeating: "w", count: 3000) + "\"",
        String(repeating: "[", count: 150) + String(repeating: "]", count: 150), String(repeating: "[", count: 250) + String(repeating: "]", count: 250),
        "{\"a\": {\"b\": [1, {\"c\": null}]}}", "[\"restart\"]", "\"status\"", "\"record\"", "\"end\"", "\"restart\"",
    ]

    static let answers = Scripted.answers(tried: 1) + ["back", "help", "why", "status", "record", "record json", "record markdown",
                                                         "calendar", "train", "1", "2", "restart", "yes", "no", "99999999999999999999",
                                                         "31/02/2026", "0000-00-00", "9999-12-31", "-5", "1/1/1", "today", "3 weeks ago"]

    /// One mutated jsonl request line (without its newline).
    mutating func jsonlRequest() -> [UInt8] {
        var members: [(String, String)] = [("conversation", quoted("f\(next(5))"))]
        switch next(6) {
        case 0: members.append(("command", quoted(["restart", "record", "end", "status", "dance"][next(5)])))
        case 1: members = [("command", quoted("status"))]
        default: members.append(("text", quoted(Self.answers[next(Self.answers.count)])))
        }
        if next(2) == 0 { members.append(("turn", "\(next(12))")) }
        if next(4) == 0 { members.append(("policy", quoted(["torbay", "shropshire", "nowhere", ""][next(4)]))) }
        for _ in 0..<(1 + next(3)) { mutate(&members) }
        var bytes = Array(("{" + members.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}").utf8)
        if next(5) == 0 { mutate(bytes: &bytes) }
        return bytes.filter { $0 != 0x0A }
    }

    /// One mutated line-protocol line (without its newline).
    mutating func line() -> [UInt8] {
        var text = Self.answers[next(Self.answers.count)]
        switch next(8) {
        case 0: text = "resume " + String((0..<next(40)).map { _ in Character(UnicodeScalar(UInt8(48 + next(43))))})
        case 1: text = text.uppercased()
        case 2: text += String(repeating: " é😀", count: next(800))
        case 3: text = String(repeating: text, count: 1 + next(300))
        default: break
        }
        var bytes = Array(text.utf8)
        if next(4) == 0 { mutate(bytes: &bytes) }
        return bytes.filter { $0 != 0x0A }
    }

    private mutating func mutate(_ members: inout [(String, String)]) {
        guard !members.isEmpty else { members.append(("text", quoted("x"))); return }
        let index = next(members.count)
        switch next(5) {
        case 0: members[index].1 = Self.hostileValues[next(Self.hostileValues.count)]
        case 1: members.remove(at: index)
        case 2: members.append((["turn", "text", "command", "conversation", "policy", "extra"][next(6)], Self.hostileValues[next(Self.hostileValues.count)]))
        case 3: members.append(members[index])
        default: members[index].0 = ["turn", "text", "command", "conversation", "policy", "TEXT", ""][next(7)]
        }
    }

    private mutating func mutate(bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        let index = next(bytes.count)
        switch next(4) {
        case 0: bytes[index] ^= UInt8(1 << next(8))
        case 1: bytes.removeSubrange(index...)
        case 2: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: index)
        default: bytes.insert(contentsOf: bytes[index...].prefix(40), at: index)
        }
    }

    private mutating func next(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }

    private func quoted(_ text: String) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed])) ?? Data("[\"\"]".utf8), as: UTF8.self)
            .dropFirst().dropLast().description
    }
}
