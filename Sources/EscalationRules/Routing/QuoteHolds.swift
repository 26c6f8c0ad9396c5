/// Which of a policy's quotes holds which, worked out once per policy.
///
/// A route keeps only the quotes that no other quote it cites holds, so each quote cited is checked
/// against those cited before it. The quotes are the policy's own, the same on every route, so the
/// byte searches are done here once instead of on every route, where they took 21,000 of the 52,000
/// instructions a route cost (issue 17).
struct QuoteHolds: Sendable {
    /// Each distinct quote of the policy, by number.
    let distinct: [String]
    /// The numbers of the quotes of each length in bytes. A quote is looked up by its length and then
    /// its bytes, which is cheaper than hashing all of its bytes: few quotes share a length.
    private let byLength: [Int: [Int]]
    /// By number, the other quotes each quote holds.
    private let held: [[Int]]

    /// - Parameter quotes: the policy's quotes, repeats and all.
    init(_ quotes: [String]) {
        var distinct: [String] = []
        var byLength: [Int: [Int]] = [:]
        for quote in quotes where !(byLength[quote.utf8.count] ?? []).contains(where: { Self.sameBytes(distinct[$0], quote) }) {
            byLength[quote.utf8.count, default: []].append(distinct.count)
            distinct.append(quote)
        }
        self.distinct = distinct
        self.byLength = byLength
        held = distinct.indices.map { holder in
            distinct.indices.filter { $0 != holder && Self.searchedHolds(distinct[holder], distinct[$0]) }
        }
    }

    /// The number of `quote` among the policy's quotes; nil for words the policy's file does not give
    /// as a quote.
    func number(of quote: String) -> Int? {
        byLength[quote.utf8.count]?.first { Self.sameBytes(distinct[$0], quote) }
    }

    /// Whether `holder` holds `quote`, each with its number where it has one: as `searchedHolds` says,
    /// looked up where both are the policy's quotes.
    func holds(_ holder: String, numbered holderNumber: Int?, _ quote: String, numbered quoteNumber: Int?) -> Bool {
        guard let holderNumber, let quoteNumber else { return Self.searchedHolds(holder, quote) }
        return holderNumber == quoteNumber || held[holderNumber].contains(quoteNumber)
    }

    /// Whether `holder` holds `quote`: it is as long or longer, with `quote`'s bytes inside it. A quote
    /// holds itself.
    static func searchedHolds(_ holder: String, _ quote: String) -> Bool {
        holder.utf8.count >= quote.utf8.count && holder.utf8.contains(quote.utf8)
    }

    /// Whether two strings are the same bytes: not `==`, which would take a quote for another written
    /// with the same characters in different bytes, where a byte search would not.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        // Compared in place, as native strings' bytes are contiguous (through the views, byte by byte,
        // it cost more than the searches it replaces); a quote looked up is nearly always the very string
        // the policy holds, whose bytes need no reading.
        let inPlace = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in a.baseAddress == b.baseAddress || !a.indices.contains { a[$0] != b[$0] } }
        }
        return (inPlace ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }
}
