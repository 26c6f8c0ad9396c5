import Testing
@testable import EscalationRules

/// The byte search behind a route's citations: whether one quote holds another.
@Suite("Searching quotes")
struct ByteSearchTests {
    /// Every placement a naive search would find, over three letters so that near misses abound,
    /// with lengths either side of the sixteen bytes the search compares at once.
    @Test("it finds what a byte-by-byte search finds, at every length and place") func agreesWithNaiveSearch() {
        // A seeded generator, so a failure repeats.
        var seed: UInt64 = 7
        func below(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % max(1, bound)
        }
        func letters(_ count: Int) -> String { String((0..<count).map { _ in Character(["a", "b", "c"][below(3)]) }) }
        for _ in 0..<4000 {
            let haystack = letters(below(70))
            // A quarter of the needles are cut from the haystack itself, so many are found.
            let needle = below(4) == 0 && !haystack.isEmpty
                ? String(haystack.utf8.dropFirst(below(haystack.utf8.count)).prefix(1 + below(40)))!
                : letters(1 + below(20))
            #expect(haystack.utf8.contains(needle.utf8) == Self.naive(Array(haystack.utf8), Array(needle.utf8)), "\(needle) in \(haystack)")
        }
    }

    @Test("an empty quote is in everything; a longer one is in nothing shorter") func edges() {
        #expect("".utf8.contains("".utf8))
        #expect("abc".utf8.contains("".utf8))
        #expect(!"ab".utf8.contains("abc".utf8))
        let long = String(repeating: "x", count: 40) + "needle"
        #expect(long.utf8.contains("needle".utf8))
        #expect(long.utf8.contains(long.utf8))
        #expect(!long.utf8.contains("needles".utf8))
    }

    static func naive(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }
}
