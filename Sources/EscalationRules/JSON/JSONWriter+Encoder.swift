/// Codable's `encode(to:)` written straight into a `JSONWriter`, as it is produced: how a session
/// reaches the journal, so its Codable conformance is the one definition of the saved shape and no
/// writer spells it out again by hand.
///
/// Foundation's JSONEncoder builds a tree of values and then writes it; here each member goes into
/// the writer's bytes when `encode(to:)` hands it over, which is what made the hand-written writer
/// fast. The same JSON (members in their declared order, keys escaped as any string is), except
/// that the keys of a `DefaultsLeftOut` type leave out members at their defaults.
///
/// Streaming has one rule JSONEncoder does not: a container is written in one go. A value's
/// container, and any container nested in it, is closed when the value's `encode(to:)` returns, or
/// when a container outside it writes again; writing to a closed container throws, the only
/// error (a conformance's mistake, never the data's: a number JSON cannot hold is written as null).
extension JSONWriter {
    /// Writes `value` as its `Encodable` conformance says, where a value goes next: after `key`, as
    /// an array's element, or as the whole.
    public mutating func encode<Value: Encodable>(_ value: Value) throws {
        let encoder = WriterEncoder()
        swap(&self, &encoder.writer)
        defer { swap(&self, &encoder.writer) }
        try encoder.encode(value)
    }
}

/// The keys of a type whose decoder reads a missing member as its default, so members at their
/// defaults are left out (`JSONWriter.encode`): `false`, the integer 0 and an empty array, when the
/// member is not optional. An optional member is written whenever it holds a value, 0 included,
/// and left out when nil, as by any encoder. A session's journal record is about half the size.
public protocol DefaultsLeftOut: CodingKey {}

/// The one encoder behind a `JSONWriter.encode` call, with the containers it has open.
final class WriterEncoder: Encoder {
    // Unchecked: only this encoder's own calls, one at a time, reach these, and the runtime's check
    // on every access was a tenth of an encoding.
    @exclusivity(unchecked) var writer = JSONWriter(capacity: 0)
    /// The containers open, innermost last.
    @exclusivity(unchecked) var open: [JSONWriter.Container] = []
    /// How many were open when the value now being encoded began: its own container is the next.
    var base = 0

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func encode<Value: Encodable>(_ value: Value) throws {
        let outer = base, start = writer.buffer.count
        base = open.count
        defer { base = outer }
        try value.encode(to: self)
        close(downTo: base)
        // A value that wrote nothing is an empty object, as JSONEncoder writes it.
        if writer.buffer.count == start { writer.open(.object); writer.close(.object) }
    }

    /// Closes the containers inside the first `depth`.
    func close(downTo depth: Int) {
        while open.count > depth { writer.close(open.removeLast()) }
    }

    /// Makes the container at `depth` the innermost again, closing any inside it; throws if it was closed.
    func resume(_ depth: Int) throws {
        guard open.count >= depth else {
            throw EncodingError.invalidValue(depth, .init(codingPath: [], debugDescription: "written to a container already closed"))
        }
        close(downTo: depth)
    }

    /// Opens the current value's container, or goes back to it if the value already opened one of the same kind.
    func openContainer(_ kind: JSONWriter.Container) -> Int {
        if open.count > base, open[base] == kind {
            close(downTo: base + 1)
        } else {
            close(downTo: base)
            writer.open(kind)
            open.append(kind)
        }
        return base + 1
    }

    func openNested(_ kind: JSONWriter.Container) -> Int {
        writer.open(kind)
        open.append(kind)
        return open.count
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedWriter<Key>(encoder: self, depth: openContainer(.object)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedWriter(encoder: self, depth: openContainer(.array))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleWriter(encoder: self, depth: base)
    }

    /// An encoder for a value written at `depth`, by a super encoder: the shared one, moved there.
    func moved(to depth: Int) -> any Encoder {
        base = depth
        return self
    }

    /// Any integer type but Int, which every caller here uses: written from its decimal text.
    func integer(_ value: some BinaryInteger) {
        writer.raw(Array(String(value).utf8))
    }

    /// JSON has no NaN or infinity: those are written as null, which an optional member reads as nil.
    func float(_ value: Float) {
        if value.isFinite { writer.raw(Array(String(value).utf8)) } else { writer.null() }
    }

    func double(_ value: Double) {
        if value.isFinite { writer.number(value) } else { writer.null() }
    }
}

struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: WriterEncoder
    let depth: Int
    let leavesOutDefaults = Key.self is any DefaultsLeftOut.Type

    var codingPath: [any CodingKey] { [] }

    init(encoder: WriterEncoder, depth: Int) {
        self.encoder = encoder
        self.depth = depth
    }

    private func key(_ key: Key) throws {
        try encoder.resume(depth)
        encoder.writer.key(string: key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { try self.key(key); encoder.writer.null() }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        if leavesOutDefaults, !value { return }
        try self.key(key)
        encoder.writer.bool(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        if leavesOutDefaults, value == 0 { return }
        try self.key(key)
        encoder.writer.int(value)
    }

    mutating func encode(_ value: String, forKey key: Key) throws { try self.key(key); encoder.writer.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try self.key(key); encoder.double(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try self.key(key); encoder.float(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try self.key(key); encoder.integer(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try self.key(key); encoder.integer(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try self.key(key); encoder.integer(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try self.key(key); encoder.integer(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try self.key(key); encoder.integer(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try self.key(key); encoder.integer(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try self.key(key); encoder.integer(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try self.key(key); encoder.integer(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try self.key(key); encoder.integer(value) }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        guard leavesOutDefaults else { try self.key(key); return try encoder.encode(value) }
        // An empty array is taken back once written: cheaper than asking every value whether it is a collection.
        let before = encoder.writer.state
        try self.key(key)
        let start = encoder.writer.buffer.count
        try encoder.encode(value)
        if encoder.writer.wrote("[]", from: start) { encoder.writer.state = before }
    }

    // An optional member is written whenever it holds a value, even a default one: only nil is left out.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        guard let value else { return }
        try self.key(key)
        encoder.writer.bool(value)
    }

    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        guard let value else { return }
        try self.key(key)
        encoder.writer.int(value)
    }

    mutating func encodeIfPresent<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
        guard let value else { return }
        try self.key(key)
        try encoder.encode(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        try? self.key(key)
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(encoder: encoder, depth: encoder.openNested(.object)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        try? self.key(key)
        return UnkeyedWriter(encoder: encoder, depth: encoder.openNested(.array))
    }

    mutating func superEncoder() -> any Encoder {
        try? encoder.resume(depth)
        encoder.writer.key("super")
        return encoder.moved(to: depth)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        try? self.key(key)
        return encoder.moved(to: depth)
    }
}

struct UnkeyedWriter: UnkeyedEncodingContainer {
    let encoder: WriterEncoder
    let depth: Int
    private(set) var count = 0

    var codingPath: [any CodingKey] { [] }

    init(encoder: WriterEncoder, depth: Int) {
        self.encoder = encoder
        self.depth = depth
    }

    private mutating func element() throws {
        try encoder.resume(depth)
        count += 1
    }

    mutating func encodeNil() throws { try element(); encoder.writer.null() }
    mutating func encode(_ value: Bool) throws { try element(); encoder.writer.bool(value) }
    mutating func encode(_ value: String) throws { try element(); encoder.writer.string(value) }
    mutating func encode(_ value: Int) throws { try element(); encoder.writer.int(value) }
    mutating func encode(_ value: Double) throws { try element(); encoder.double(value) }
    mutating func encode(_ value: Float) throws { try element(); encoder.float(value) }
    mutating func encode(_ value: Int8) throws { try element(); encoder.integer(value) }
    mutating func encode(_ value: Int16) throws { try element(); encoder.integer(value) }
    mutating func encode(_ value: Int32) throws { try element(); encoder.integer(value) }
    mutating func encode(_ value: Int64) throws { try element(); encoder.integer(value) }
    mutating func encode(_ value: UInt) throws { try element(); encoder.integer(value) }
    mutating func encode(_ value: UInt8) throws { try element(); encoder.integer(value) }
    mutating func encode(_ value: UInt16) throws { try element(); encoder.integer(value) }
    mutating func encode(_ value: UInt32) throws { try element(); encoder.integer(value) }
    mutating func encode(_ value: UInt64) throws { try element(); encoder.integer(value) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { try element(); try encoder.encode(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        try? element()
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(encoder: encoder, depth: encoder.openNested(.object)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        try? element()
        return UnkeyedWriter(encoder: encoder, depth: encoder.openNested(.array))
    }

    mutating func superEncoder() -> any Encoder {
        try? element()
        return encoder.moved(to: depth)
    }
}

struct SingleWriter: SingleValueEncodingContainer {
    let encoder: WriterEncoder
    let depth: Int

    var codingPath: [any CodingKey] { [] }

    private func value() throws { try encoder.resume(depth) }

    mutating func encodeNil() throws { try value(); encoder.writer.null() }
    mutating func encode(_ value: Bool) throws { try self.value(); encoder.writer.bool(value) }
    mutating func encode(_ value: String) throws { try self.value(); encoder.writer.string(value) }
    mutating func encode(_ value: Int) throws { try self.value(); encoder.writer.int(value) }
    mutating func encode(_ value: Double) throws { try self.value(); encoder.double(value) }
    mutating func encode(_ value: Float) throws { try self.value(); encoder.float(value) }
    mutating func encode(_ value: Int8) throws { try self.value(); encoder.integer(value) }
    mutating func encode(_ value: Int16) throws { try self.value(); encoder.integer(value) }
    mutating func encode(_ value: Int32) throws { try self.value(); encoder.integer(value) }
    mutating func encode(_ value: Int64) throws { try self.value(); encoder.integer(value) }
    mutating func encode(_ value: UInt) throws { try self.value(); encoder.integer(value) }
    mutating func encode(_ value: UInt8) throws { try self.value(); encoder.integer(value) }
    mutating func encode(_ value: UInt16) throws { try self.value(); encoder.integer(value) }
    mutating func encode(_ value: UInt32) throws { try self.value(); encoder.integer(value) }
    mutating func encode(_ value: UInt64) throws { try self.value(); encoder.integer(value) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { try self.value(); try encoder.encode(value) }
}
