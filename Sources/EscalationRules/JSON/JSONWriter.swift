/// JSON written straight into bytes as it is produced, with no tree of values in between: what the
/// journal uses for a session every turn, and what `JSONValue` uses to write itself.
///
/// Members and elements are separated as they arrive, so a caller writes an object as
/// `open(.object)`, then `key` and a value per member, then `close(.object)`. The small calls are
/// inlinable because a session is some sixty of them per turn, made from another module.
public struct JSONWriter: ~Copyable {
    public enum Container {
        case object, array

        @usableFromInline var open: UInt8 { self == .object ? 0x7B : 0x5B }
        @usableFromInline var close: UInt8 { self == .object ? 0x7D : 0x5D }
    }

    public var buffer: ByteBuffer
    /// Spaces per level in pretty JSON; 0 writes compact JSON on one line.
    @usableFromInline let indent: Int
    @usableFromInline var level = 0
    /// Nothing written yet in the innermost open container.
    @usableFromInline var empty = true
    /// A key was just written, so the next value is its value, not a new element.
    @usableFromInline var afterKey = false

    public init(capacity: Int = 256, indent: Int = 0) {
        buffer = ByteBuffer(capacity: capacity)
        self.indent = indent
    }

    /// What was written.
    public consuming func finish() -> [UInt8] { buffer.array }

    /// What `write` writes into a new writer, as bytes.
    public static func bytes(capacity: Int = 256, _ write: (inout JSONWriter) -> Void) -> [UInt8] {
        var writer = JSONWriter(capacity: capacity)
        write(&writer)
        return writer.finish()
    }

    @inlinable public mutating func open(_ container: Container) {
        beginValue()
        buffer.append(container.open)
        level += 1
        empty = true
    }

    @inlinable public mutating func close(_ container: Container) {
        level -= 1
        if !empty, indent > 0 { newline() }
        buffer.append(container.close)
        empty = false
    }

    /// A key the code names, which never needs an escape.
    @inlinable public mutating func key(_ name: StaticString) {
        separate()
        buffer.append(0x22)
        buffer.append(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        buffer.append(0x22)
        buffer.append(0x3A)
        buffer.append(0x20)
        afterKey = true
    }

    /// A key from data, escaped as any string is.
    public mutating func key(string name: String) {
        separate()
        quote(name)
        buffer.append(0x3A)
        buffer.append(0x20)
        afterKey = true
    }

    @inlinable public mutating func string(_ text: String) {
        beginValue()
        quote(text)
    }

    /// A value already written as compact JSON, copied as it is.
    public mutating func raw(_ json: [UInt8]) {
        beginValue()
        buffer.append(json)
    }

    /// A value already written as JSON and kept as a string, copied from the string's own storage.
    public mutating func raw(_ json: String) {
        beginValue()
        var json = json
        json.withUTF8 { buffer.append($0) }
    }

    /// One string of `lines` joined by newlines, without the joined String made first.
    public mutating func string(joining lines: [String]) {
        beginValue()
        buffer.append(0x22)
        for (index, line) in lines.enumerated() {
            if index > 0 { literal("\\n") }
            escape(line)
        }
        buffer.append(0x22)
    }

    public mutating func number(_ number: Double) {
        beginValue()
        guard let whole = JSONValue.whole(number) else { buffer.append(Array(String(number).utf8)); return }
        writeDigits(whole)
    }

    @inlinable public mutating func int(_ value: Int) {
        beginValue()
        writeDigits(Int64(value))
    }

    @inlinable public mutating func bool(_ value: Bool) {
        beginValue()
        literal(value ? "true" : "false")
    }

    public mutating func null() {
        beginValue()
        literal("null")
    }

    // MARK: Members, for the common shapes

    @inlinable public mutating func member(_ name: StaticString, _ text: String) { key(name); string(text) }
    @inlinable public mutating func member(_ name: StaticString, _ value: Int) { key(name); int(value) }
    @inlinable public mutating func member(_ name: StaticString, _ value: Bool) { key(name); bool(value) }

    /// A member only when there is a value: how optional fields are written.
    @inlinable public mutating func member(_ name: StaticString, ifPresent text: String?) {
        if let text { member(name, text) }
    }

    /// A member that is null when there is no value: how readers are told a policy does not say.
    @inlinable public mutating func member(_ name: StaticString, orNull text: String?) {
        key(name)
        if let text { string(text) } else { null() }
    }

    /// Members left out at their defaults, for readers that take a missing member as one.
    @inlinable public mutating func member(_ name: StaticString, ifTrue value: Bool) {
        if value { member(name, true) }
    }

    @inlinable public mutating func member(_ name: StaticString, ifNonZero value: Int) {
        if value != 0 { member(name, value) }
    }

    @inlinable public mutating func member(_ name: StaticString, ifNonEmpty strings: [String]) {
        if !strings.isEmpty { member(name, strings: strings) }
    }

    @inlinable public mutating func member(_ name: StaticString, strings: [String]) {
        key(name)
        open(.array)
        for text in strings { string(text) }
        close(.array)
    }

    /// An array of one object per item, each with the members `members` writes.
    @inlinable public mutating func objects<Items: Sequence>(_ items: Items, _ members: (inout JSONWriter, Items.Element) -> Void) {
        open(.array)
        for item in items {
            open(.object)
            members(&self, item)
            close(.object)
        }
        close(.array)
    }

    // MARK: Separators

    @inlinable mutating func beginValue() {
        if afterKey { afterKey = false } else { separate() }
    }

    @inlinable mutating func separate() {
        guard level > 0 else { return }
        if !empty {
            buffer.append(0x2C)
            if indent == 0 { buffer.append(0x20) }
        }
        empty = false
        if indent > 0 { newline() }
    }

    @usableFromInline mutating func newline() {
        buffer.append(0x0A)
        for _ in 0..<(level * indent) { buffer.append(0x20) }
    }

    @inlinable mutating func literal(_ text: StaticString) {
        buffer.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @usableFromInline mutating func writeDigits(_ number: Int64) {
        var value = number.magnitude
        if number < 0 { buffer.append(0x2D) }
        // Twenty digits hold any Int64, written from the right.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat { start -= 1; digits[start] = 0x30 + UInt8(value % 10); value /= 10 } while value > 0
            buffer.append(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}

extension JSONWriter {
    /// Appends `text` as a JSON string.
    @usableFromInline mutating func quote(_ text: String) {
        buffer.append(0x22)
        escape(text)
        buffer.append(0x22)
    }

    /// Appends `text` escaped for inside a JSON string: bytes that need no escape, nearly all of
    /// them, are copied whole.
    @usableFromInline mutating func escape(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            var index = 0
            while index < bytes.count {
                let candidates = Self.escapeCandidates(Self.word(of: bytes, at: index))
                guard candidates != 0 else { index += 8; continue }
                // Straight to the first byte that may need one: it is in the text, as padding never is one.
                index += candidates.trailingZeroBitCount / 8
                let byte = bytes[index]
                let escape: StaticString?
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20: escape = "\\u00"
                // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript: escaped so every reply stays one line.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                default: escape = nil
                }
                guard let escape else { index += 1; continue }
                buffer.append(UnsafeBufferPointer(rebasing: bytes[run..<index]))
                literal(escape)
                if byte < 0x20, escape.utf8CodeUnitCount == 4 { buffer.append(Self.hexDigit(byte >> 4)); buffer.append(Self.hexDigit(byte & 0x0F)) }
                index += byte == 0xE2 ? 3 : 1
                run = index
            }
            buffer.append(UnsafeBufferPointer(rebasing: bytes[run...]))
        }
    }

    /// The eight bytes from `index`, little-endian; past the end, spaces, which never need an escape,
    /// so a short string or a string's last few bytes are tested in one step too.
    private static func word(of bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        if index + 8 <= raw.count { return raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) }
        var word: UInt64 = 0x2020_2020_2020_2020
        withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[index...])) }
        return UInt64(littleEndian: word)
    }

    /// Of eight bytes read little-endian, those `quote` may escape (below 0x20, '"', '\\' or 0xE2),
    /// each marked by its top bit: the test that lets plain text, nearly all of it, be skipped
    /// eight bytes at a time. Above the first marked byte a mark may be false; the first is exact.
    private static func escapeCandidates(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zeros(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        return control | zeros(word ^ (ones &* 0x22)) | zeros(word ^ (ones &* 0x5C)) | zeros(word ^ (ones &* 0xE2))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x61 + value - 10 }
}
