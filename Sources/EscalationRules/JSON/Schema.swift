/// A value whose JSON members are listed once, in `members`: its writer (which the journal uses for
/// a session every turn), `encode(to:)` and `init(from:)` are all made from that list, so a member
/// added to it is written and read in every direction, and none can be forgotten in one of them.
///
/// The writer is not Codable's own machinery because that cost 41% of a turn on the realistic mix
/// (docs/performance.md); the list is a generic function so each reader and writer of it is
/// specialized into plain code, which is why conformers mark `members` `@inlinable`.
public protocol Schema: SchemaValue {
    /// Any value of the type: every member is read over it.
    static var blank: Self { get }

    /// Calls `visitor` for each member, in the order written, with its key and how it is written and
    /// read. `value` is `inout` so that one list serves for reading too.
    static func members<Visitor: MemberVisitor & ~Copyable>(_ visitor: inout Visitor, _ value: inout Self) throws(Visitor.Failure)
}

/// A value a `Schema` member can hold.
public protocol SchemaValue: Codable, Equatable {
    /// Writes `value` as JSON, as its `encode(to:)` would. `inout` because a member is lent to its
    /// writer as `members` has it, and a borrowed one would be copied to lend it on: a copy of every
    /// intake in a session's history was 1.4% of a turn.
    static func write(_ value: inout Self, to writer: inout JSONWriter)
}

extension SchemaValue {
    /// Writes the value as JSON, as its `encode(to:)` would.
    @inlinable
    public func write(to writer: inout JSONWriter) {
        var value = self
        Self.write(&value, to: &writer)
    }
}

/// How a member is written and read.
public enum Presence<Value> {
    /// Always written, and a value without it does not read.
    case required
    /// Left out while it equals this default, and read as it when missing.
    case leftOutAt(Value)
    /// Always written, and read as this when missing.
    case readWhenMissingAs(Value)
}

/// What `Schema.members` hands each member to: the JSON writer, Codable's encoder or its decoder.
public protocol MemberVisitor: ~Copyable {
    associatedtype Failure: Error
    mutating func member<Value: SchemaValue>(_ name: StaticString, _ value: inout Value, _ presence: Presence<Value>) throws(Failure)
}

extension MemberVisitor where Self: ~Copyable {
    /// A member always written, without which a value does not read.
    @inlinable @inline(__always)
    public mutating func member<Value: SchemaValue>(_ name: StaticString, _ value: inout Value) throws(Failure) {
        try member(name, &value, .required)
    }

    /// A member left out while it is `default`, and read as it when missing.
    @inlinable @inline(__always)
    public mutating func member<Value: SchemaValue>(_ name: StaticString, _ value: inout Value, default: Value) throws(Failure) {
        try member(name, &value, .leftOutAt(`default`))
    }

    /// A member always written, but read as `whenMissing` from values saved before it was.
    @inlinable @inline(__always)
    public mutating func member<Value: SchemaValue>(_ name: StaticString, _ value: inout Value, whenMissing: Value) throws(Failure) {
        try member(name, &value, .readWhenMissingAs(whenMissing))
    }
}

extension Presence where Value: Equatable {
    /// Whether `value` is left out as its default.
    @inlinable @inline(__always)
    func leavesOut(_ value: Value) -> Bool {
        if case .leftOutAt(let fallback) = self { return value == fallback }
        return false
    }
}

extension JSONWriter: MemberVisitor {
    public typealias Failure = Never

    @inlinable @inline(__always)
    public mutating func member<Value: SchemaValue>(_ name: StaticString, _ value: inout Value, _ presence: Presence<Value>) {
        guard !presence.leavesOut(value) else { return }
        key(name)
        Value.write(&value, to: &self)
    }
}

extension Schema {
    @inlinable
    public static func write(_ value: inout Self, to writer: inout JSONWriter) {
        writer.open(.object)
        members(&writer, &value)
        writer.close(.object)
    }

    public init(from decoder: Decoder) throws {
        try self.init(membersFrom: decoder)
    }

    /// Reads every member `members` lists: what `init(from:)` does unless a type reads more.
    public init(membersFrom decoder: Decoder) throws {
        var reader = MemberReader(values: try decoder.container(keyedBy: MemberKey.self))
        var value = Self.blank
        try Self.members(&reader, &value)
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var writer = MemberEncoder(values: encoder.container(keyedBy: MemberKey.self))
        var value = self
        try Self.members(&writer, &value)
    }
}

/// A member's name as Codable's key.
struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: StaticString) { stringValue = name.description }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// `members` as `encode(to:)`: the same members as the writer writes, defaults left out alike.
struct MemberEncoder: MemberVisitor {
    var values: KeyedEncodingContainer<MemberKey>

    mutating func member<Value: SchemaValue>(_ name: StaticString, _ value: inout Value, _ presence: Presence<Value>) throws(any Error) {
        guard !presence.leavesOut(value) else { return }
        try values.encode(value, forKey: MemberKey(name))
    }
}

/// `members` as `init(from:)`.
struct MemberReader: MemberVisitor {
    let values: KeyedDecodingContainer<MemberKey>

    mutating func member<Value: SchemaValue>(_ name: StaticString, _ value: inout Value, _ presence: Presence<Value>) throws(any Error) {
        switch presence {
        case .required: value = try values.decode(Value.self, forKey: MemberKey(name))
        case .leftOutAt(let fallback), .readWhenMissingAs(let fallback):
            value = try values.decodeIfPresent(Value.self, forKey: MemberKey(name)) ?? fallback
        }
    }
}

// MARK: The values members hold

extension String: SchemaValue {
    @inlinable public static func write(_ value: inout String, to writer: inout JSONWriter) { writer.string(value) }
}

extension Int: SchemaValue {
    @inlinable public static func write(_ value: inout Int, to writer: inout JSONWriter) { writer.int(value) }
}

extension Bool: SchemaValue {
    @inlinable public static func write(_ value: inout Bool, to writer: inout JSONWriter) { writer.bool(value) }
}

extension Optional: SchemaValue where Wrapped: SchemaValue {
    @inlinable public static func write(_ value: inout Wrapped?, to writer: inout JSONWriter) {
        if value != nil { Wrapped.write(&value!, to: &writer) } else { writer.null() }
    }
}

extension Array: SchemaValue where Element: SchemaValue {
    @inlinable public static func write(_ value: inout [Element], to writer: inout JSONWriter) {
        writer.open(.array)
        // Each element copied, not lent in place: the array is shared, and changing it in place would copy all of it.
        for var element in value { Element.write(&element, to: &writer) }
        writer.close(.array)
    }
}

extension SchemaValue where Self: RawRepresentable, RawValue == String {
    @inlinable public static func write(_ value: inout Self, to writer: inout JSONWriter) { writer.string(value.rawValue) }
}

extension Day: SchemaValue {
    @inlinable public static func write(_ value: inout Day, to writer: inout JSONWriter) { writer.string(value.description) }
}

extension Risk: SchemaValue {}
extension Subject: SchemaValue {}
extension Counterpart: SchemaValue {}
extension Setting: SchemaValue {}
extension Urgency: SchemaValue {}
extension DisagreementType: SchemaValue {}
extension SpecialCase.Kind: SchemaValue {}
