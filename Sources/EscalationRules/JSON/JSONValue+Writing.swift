extension JSONValue {
    /// The value as compact JSON on one line, keys in their order: the shape tools and bridges read.
    public var compactText: String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// The value as indented JSON for people to read.
    public var prettyText: String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        return out
    }

    private func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += Self.format(n)
        case .string(let s): Self.quote(s, into: &out)
        case .array(let elements):
            writeContainer(elements.map { (nil as String?, $0) }, open: "[", close: "]", into: &out, indent: indent, level: level)
        case .object(let members):
            writeContainer(members.map { (Optional($0.0), $0.1) }, open: "{", close: "}", into: &out, indent: indent, level: level)
        }
    }

    private func writeContainer(_ items: [(String?, JSONValue)], open: String, close: String,
                                into out: inout String, indent: String?, level: Int) {
        out += open
        guard !items.isEmpty else { out += close; return }
        for (offset, (key, value)) in items.enumerated() {
            if offset > 0 { out += indent == nil ? ", " : "," }
            if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
            if let key { Self.quote(key, into: &out); out += ": " }
            value.write(into: &out, indent: indent, level: level + 1)
        }
        if let indent { out += "\n" + String(repeating: indent, count: level) }
        out += close
    }

    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
