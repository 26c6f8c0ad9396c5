/// Walks a JSON document by path, collecting a problem for every value of the wrong shape.
///
/// Each accessor returns nil (or empty) on a problem and carries on, so one pass reports them all.
struct JSONReader {
    let file: String
    private(set) var problems: [PolicyProblem] = []

    init(file: String) { self.file = file }

    mutating func problem(_ path: String, _ message: String) {
        problems.append(PolicyProblem(file: file, path: path, message: message))
    }

    /// Something the file should change, which does not stop it being used.
    mutating func warning(_ path: String, _ message: String) {
        problems.append(PolicyProblem(file: file, path: path, message: message, severity: .warning))
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The member `key` of `object`; a missing required member is a problem, a null optional one is nil.
    mutating func member(_ object: JSONValue, _ key: String, at path: String, required: Bool = true) -> JSONValue? {
        let here = Self.join(path, key)
        guard case .object = object else { return nil }
        guard let value = object[key], !value.isNull else {
            if required { problem(here, "is missing") }
            return nil
        }
        return value
    }

    mutating func object(_ value: JSONValue, at path: String) -> JSONValue? {
        if case .object = value { return value }
        problem(path, "should be an object, but is \(value.kindName)")
        return nil
    }

    mutating func text(_ object: JSONValue, _ key: String, at path: String, required: Bool = true) -> String? {
        guard let value = member(object, key, at: path, required: required) else { return nil }
        guard case .string(let text) = value else {
            problem(Self.join(path, key), "should be text, but is \(value.kindName)")
            return nil
        }
        // Bytes, not trimmingCharacters: that goes through NSString and was a fifth of start-up.
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            problem(Self.join(path, key), "is empty")
            return nil
        }
        return plain(text, at: Self.join(path, key))
    }

    /// Text with no control character but a line break or a tab: an escape sequence, a bell or a carriage return in a title
    /// or a quote goes straight to a trainee's terminal, where it can recolour the text or overwrite a line (an outside
    /// training review, round 23, F14: a scenario's title in red passed `validate` and reached the room).
    mutating func plain(_ text: String, at path: String) -> String? {
        guard let control = text.unicodeScalars.first(where: Self.isControl) else { return text }
        problem(path, "holds a control character (\(Self.codePoint(control))): write text only, as it is shown in a terminal, where an escape sequence, a bell or a carriage return could recolour the text or overwrite a line")
        return nil
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    mutating func integer(_ object: JSONValue, _ key: String, at path: String) -> Int? {
        guard let value = member(object, key, at: path) else { return nil }
        guard case .number(let n) = value else {
            problem(Self.join(path, key), "should be a whole number, but is \(value.kindName)")
            return nil
        }
        // The number itself, not "a number": 1000000000 is whole, and the problem is its size (an outside training review,
        // round 23, F14).
        let written = JSONValue.whole(n).map(String.init) ?? "\(n)"
        guard n == n.rounded() else {
            problem(Self.join(path, key), "should be a whole number, but is \(written)")
            return nil
        }
        guard abs(n) < 1e9 else {
            problem(Self.join(path, key), "should be a whole number under 1000000000, but is \(written)")
            return nil
        }
        return Int(n)
    }

    mutating func bool(_ object: JSONValue, _ key: String, at path: String) -> Bool? {
        guard let value = member(object, key, at: path) else { return nil }
        guard case .bool(let b) = value else {
            problem(Self.join(path, key), "should be true or false, but is \(value.kindName)")
            return nil
        }
        return b
    }

    /// An optional true-or-false member: false when it is absent, a problem when it is not a bool.
    mutating func flag(_ object: JSONValue, _ key: String, at path: String) -> Bool {
        object[key] == nil ? false : bool(object, key, at: path) ?? false
    }

    /// Each element of the list `key` with its own path; a missing optional list is empty.
    mutating func list(_ object: JSONValue, _ key: String, at path: String, required: Bool = false) -> [(JSONValue, String)] {
        guard let value = member(object, key, at: path, required: required) else { return [] }
        let here = Self.join(path, key)
        guard case .array(let elements) = value else {
            problem(here, "should be a list, but is \(value.kindName)")
            return []
        }
        return elements.enumerated().map { ($1, "\(here)[\($0)]") }
    }

    mutating func texts(_ object: JSONValue, _ key: String, at path: String) -> [String] {
        list(object, key, at: path).compactMap { value, here in
            guard case .string(let s) = value else {
                problem(here, "should be text, but is \(value.kindName)")
                return nil
            }
            return plain(s, at: here)
        }
    }

    /// Every member of `object` not among `known`, as a problem at its own path naming the members `what` has, with the
    /// one meant where it is plain: a member nobody reads is otherwise dropped without a word (a chat review, round 14,
    /// 2026-11-30: `"stage": 2` in a scenario's `expected` was read as no stage at all).
    /// - Parameters:
    ///   - what: the object in a few words, as the message names it ("expected", "a scenario").
    ///   - meant: other names for a member that no spelling rule finds, by `MemberName.key` ("stage" for "position").
    mutating func unknownMembers(_ object: JSONValue, at path: String, of what: String, known: [String], meant: [String: String] = [:]) {
        guard case .object(let members) = object else { return }
        let has = known.count > 1 ? known.dropLast().joined(separator: ", ") + " and " + known.last! : known.joined()
        for (name, _) in members where !known.contains(name) {
            let suggestion = MemberName.meant(name, among: known, aliases: meant).map { "; did you mean \"\($0)\"?" } ?? ""
            problem(Self.join(path, name), "\(Self.unknownMember)\"\(name)\": \(what) has only \(has)\(suggestion)")
        }
    }

    /// How a problem with a member the object does not have begins.
    static let unknownMember = "unknown member "

    /// The file's `format` where it gives one: 1 is the only one this version reads. Any other is a problem, as what it holds
    /// cannot be known (a chat review, round 16, 2026-12-01: a scenario file of format 99 was called valid); a file without one
    /// is read as format 1, as trainers' files have been.
    mutating func format(_ root: JSONValue, of what: String) {
        guard root["format"] != nil, let format = integer(root, "format", at: "") else { return }
        if format != Self.format { problem("format", "is \(format), but this version of intake-bot reads \(what) of format \(Self.format) only") }
    }

    static let format = 1

    /// Members of an object `key` whose values are all text, such as a by-area or by-setting table.
    mutating func textTable(_ object: JSONValue, _ key: String, at path: String) -> [(String, String, String)] {
        guard let value = member(object, key, at: path, required: false) else { return [] }
        let here = Self.join(path, key)
        guard case .object(let members) = value else {
            problem(here, "should be an object, but is \(value.kindName)")
            return []
        }
        return members.compactMap { name, entry in
            guard case .string(let text) = entry else {
                problem(Self.join(here, name), "should be text, but is \(entry.kindName)")
                return nil
            }
            return plain(text, at: Self.join(here, name)).map { (name, $0, Self.join(here, name)) }
        }
    }
}
