extension String.UTF8View {
    /// Whether `other` occurs in these bytes, compared byte by byte at each place. Kept, plain, because
    /// what a call on two `String`s reaches instead, Foundation's `range(of:)` (or, without Foundation,
    /// `Collection.contains(_:)` from the standard library's string processing), made a turn that
    /// renders a route ten times slower (issue 17: `record` 50 µs → 645 µs); Foundation's search on the
    /// special-case cues alone was 30% of a realistic mix's turn.
    public func contains(_ other: String.UTF8View) -> Bool { firstOffset(of: other) != nil }

    /// Where `other` first occurs in these bytes, as a byte offset.
    public func firstOffset(of other: String.UTF8View) -> Int? {
        // Native strings are contiguous, so this is nearly always a search in place; the copies are for
        // strings bridged from elsewhere.
        let inPlace = withContiguousStorageIfAvailable { haystack in
            other.withContiguousStorageIfAvailable { needle in Self.firstOffset(of: needle, in: haystack) }
        }
        if let bothContiguous = inPlace, let offset = bothContiguous { return offset }
        return Array(self).withUnsafeBufferPointer { haystack in
            Array(other).withUnsafeBufferPointer { needle in Self.firstOffset(of: needle, in: haystack) }
        }
    }

    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, let last = needle.last else { return 0 }
        guard needle.count <= haystack.count else { return nil }
        // The bytes between are compared only where the first and the last both match, in a loop of
        // our own: `elementsEqual` on a slice cost some thirty instructions a byte.
        let end = needle.count - 1
        for start in 0...(haystack.count - needle.count) where haystack[start] == first && haystack[start + end] == last {
            var offset = 1
            while offset < end, haystack[start + offset] == needle[offset] { offset += 1 }
            if offset >= end { return start }
        }
        return nil
    }
}

extension String {
    /// Whether `other` occurs in this text, byte for byte, and is not empty, as Foundation's `contains` answers, which
    /// this replaces where a route is drawn: its search was a tenth of a route's instructions by callgrind (issue 17).
    public func containsText(_ other: String) -> Bool { !other.isEmpty && utf8.contains(other.utf8) }

    /// The text before the first `separator`, if it occurs.
    public func prefix(before separator: String) -> Substring? {
        utf8.firstOffset(of: separator.utf8).map { Substring(utf8.prefix($0)) }
    }
}
