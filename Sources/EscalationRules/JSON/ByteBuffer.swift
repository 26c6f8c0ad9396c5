/// Bytes appended into memory of its own: what a `JSONWriter` writes into.
///
/// Not an `[UInt8]`, because each of those appends checks uniqueness and goes through a generic
/// call, and a session's journal record is a few hundred of them every turn. Noncopyable, so the
/// memory has one owner and is freed once.
public struct ByteBuffer: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var length = 0
    @usableFromInline var capacity: Int

    public var count: Int { length }

    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inlinable public mutating func append(_ byte: UInt8) {
        if length == capacity { grow(to: length + 1) }
        base[length] = byte
        length += 1
    }

    @inlinable public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if length + bytes.count > capacity { grow(to: length + bytes.count) }
        (base + length).update(from: source, count: bytes.count)
        length += bytes.count
    }

    public mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Puts `value` little-endian at `offset`, over bytes already written: a header filled in last.
    public mutating func overwrite(at offset: Int, littleEndian value: UInt32) {
        precondition(offset >= 0 && offset + 4 <= length, "overwrite past the end")
        for byte in 0..<4 { base[offset + byte] = UInt8(truncatingIfNeeded: value >> UInt32(byte * 8)) }
    }

    /// Forgets what is written, keeping the memory for what comes next.
    public mutating func removeAll() { length = 0 }

    public func withUnsafeBytes<Result>(from offset: Int = 0, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        precondition(offset >= 0 && offset <= length, "read past the end")
        return try body(UnsafeRawBufferPointer(start: base + offset, count: length - offset))
    }

    public var array: [UInt8] { [UInt8](UnsafeBufferPointer(start: base, count: length)) }

    @usableFromInline mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: length)
        base.deallocate()
        base = moved
        capacity = larger
    }
}
