extension JSONValue {
    /// The value as compact JSON on one line, keys in their order: the shape tools and bridges read.
    public var compactText: String { String(decoding: compactBytes, as: UTF8.self) }

    /// Compact JSON as UTF-8 bytes, written without going through String on the hot path.
    public var compactBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// The value as indented JSON for people to read.
    public var prettyText: String {
        var out: [UInt8] = []
        write(into: &out, indent: Array("  ".utf8), level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], indent: [UInt8]?, level: Int) {
        switch self {
        case .null: out += Self.nullBytes
        case .bool(let b): out += b ? Self.trueBytes : Self.falseBytes
        case .number(let n): Self.writeNumber(n, into: &out)
        case .string(let s): Self.quote(s, into: &out)
        case .array(let elements):
            writeContainer(elements.lazy.map { (nil as String?, $0) }, count: elements.count, open: 0x5B, close: 0x5D, into: &out, indent: indent, level: level)
        case .object(let members):
            writeContainer(members.lazy.map { (Optional($0.0), $0.1) }, count: members.count, open: 0x7B, close: 0x7D, into: &out, indent: indent, level: level)
        }
    }

    private func writeContainer<Items: Sequence>(_ items: Items, count: Int, open: UInt8, close: UInt8,
                                                 into out: inout [UInt8], indent: [UInt8]?, level: Int) where Items.Element == (String?, JSONValue) {
        out.append(open)
        guard count > 0 else { out.append(close); return }
        var first = true
        for (key, value) in items {
            if !first { out.append(0x2C); if indent == nil { out.append(0x20) } }
            first = false
            if let indent { Self.newline(indent, level + 1, into: &out) }
            if let key { Self.quote(key, into: &out); out.append(0x3A); out.append(0x20) }
            value.write(into: &out, indent: indent, level: level + 1)
        }
        if let indent { Self.newline(indent, level, into: &out) }
        out.append(close)
    }

    private static let nullBytes = Array("null".utf8), trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)

    private static func newline(_ indent: [UInt8], _ level: Int, into out: inout [UInt8]) {
        out.append(0x0A)
        for _ in 0..<level { out += indent }
    }

    /// Whole numbers, nearly all of those written, as digits straight into the output.
    private static func writeNumber(_ number: Double, into out: inout [UInt8]) {
        guard var value = whole(number) else { out += Array(format(number).utf8); return }
        if value < 0 { out.append(0x2D); value = -value }
        let start = out.count
        repeat { out.append(0x30 + UInt8(value % 10)); value /= 10 } while value > 0
        out[start...].reverse()
    }

    static func format(_ number: Double) -> String {
        whole(number).map { String($0) } ?? String(number)
    }

    /// The number as an integer when it is one JSON can carry exactly.
    private static func whole(_ number: Double) -> Int64? {
        number == number.rounded() && abs(number) < 1e15 ? Int64(number) : nil
    }

    /// Appends `text` as a JSON string: bytes that need no escape, nearly all of them, are copied whole.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Only these can need an escape; the switch below decides.
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 else { index += 1; continue }
                let escape: String?
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20: escape = "\\u00" + String(decoding: hexPair(byte), as: UTF8.self)
                // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript: escaped so every reply stays one line.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                default: escape = nil
                }
                guard let escape else { index += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                out += escape.utf8
                index += byte == 0xE2 ? 3 : 1
                run = index
            }
            if run < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
        }
        out.append(0x22)
    }

    private static func hexPair(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }
}
