extension String.UTF8View {
    /// Whether `other` occurs in these bytes: a search over the contiguous bytes, not Foundation's
    /// `contains`, which goes through CFString and cost a tenth of a turn when routes cite a dozen quotes.
    public func contains(_ other: String.UTF8View) -> Bool {
        Self.withBytes(self) { haystack in
            Self.withBytes(other) { needle in Self.search(haystack, for: needle) }
        }
    }

    /// Native strings hold their bytes contiguously; a bridged one is copied first.
    private static func withBytes<R>(_ view: String.UTF8View, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        view.withContiguousStorageIfAvailable(body) ?? Array(view).withUnsafeBufferPointer(body)
    }

    /// Compares only where the first and last bytes both match, sixteen places at a time: a quote
    /// rarely holds another, and a route asks some forty times whether it does.
    private static func search(_ haystack: UnsafeBufferPointer<UInt8>, for needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, let last = needle.last else { return true }
        guard needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
        let span = needle.count - 1
        let starts = haystack.count - span
        func matches(at start: Int) -> Bool {
            var index = 1
            while index < span, haystack[start + index] == needle[index] { index += 1 }
            return index >= span
        }
        var start = 0
        let firsts = SIMD16<UInt8>(repeating: first), lasts = SIMD16<UInt8>(repeating: last)
        let bytes = UnsafeRawPointer(base)
        while start + 16 <= starts {
            let heads = bytes.loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self)
            let tails = bytes.loadUnaligned(fromByteOffset: start + span, as: SIMD16<UInt8>.self)
            let candidates = (heads .== firsts) .& (tails .== lasts)
            if any(candidates) {
                for lane in 0..<16 where candidates[lane] && matches(at: start + lane) { return true }
            }
            start += 16
        }
        while start < starts {
            if haystack[start] == first, haystack[start + span] == last, matches(at: start) { return true }
            start += 1
        }
        return false
    }
}
