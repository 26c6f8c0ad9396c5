extension JSONValue {
    /// The value as compact JSON on one line, keys in their order: the shape tools and bridges read.
    public var compactText: String { String(decoding: compactBytes, as: UTF8.self) }

    /// Compact JSON as UTF-8 bytes, written without going through String on the hot path.
    public var compactBytes: [UInt8] {
        // Room for a typical reply up front, rather than growing through a dozen copies.
        JSONWriter.bytes(capacity: 2048) { write(to: &$0) }
    }

    /// The value as indented JSON for people to read.
    public var prettyText: String {
        var writer = JSONWriter(indent: 2)
        write(to: &writer)
        return String(decoding: writer.finish(), as: UTF8.self)
    }

    public func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.null()
        case .bool(let b): writer.bool(b)
        case .number(let n): writer.number(n)
        case .string(let s): writer.string(s)
        case .array(let elements):
            writer.open(.array)
            for element in elements { element.write(to: &writer) }
            writer.close(.array)
        case .object(let members):
            writer.open(.object)
            for (key, value) in members {
                writer.key(string: key)
                value.write(to: &writer)
            }
            writer.close(.object)
        }
    }

    /// The number as an integer when it is one JSON can carry exactly.
    static func whole(_ number: Double) -> Int64? {
        number == number.rounded() && abs(number) < 1e15 ? Int64(number) : nil
    }
}
