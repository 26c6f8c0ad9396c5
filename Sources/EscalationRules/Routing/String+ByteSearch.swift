extension String.UTF8View {
    /// Whether `other` occurs in these bytes: a search over the contiguous bytes, not Foundation's
    /// `contains`, which goes through CFString and cost a tenth of a turn when routes cite a dozen quotes.
    public func contains(_ other: String.UTF8View) -> Bool {
        withContiguousStorageIfAvailable { haystack in
            other.withContiguousStorageIfAvailable { needle in Self.search(haystack, for: needle) } ?? Self.search(haystack, for: Array(other)[...])
        } ?? Self.search(Array(self)[...], for: Array(other)[...])
    }

    private static func search<H: RandomAccessCollection<UInt8>, N: RandomAccessCollection<UInt8>>(_ haystack: H, for needle: N) -> Bool
    where H.Index == Int, N.Index == Int {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        let last = haystack.startIndex + haystack.count - needle.count
        var i = haystack.startIndex
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
