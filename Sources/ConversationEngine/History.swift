/// Earlier states of a session, newest last, for `back`.
///
/// A list of shared links rather than an array: a session and every session that follows it from an
/// answer share their earlier states, so a turn adds one state without copying the rest, and the
/// journal finds what a turn changed by identity instead of comparing every state.
public struct History: Equatable, Sendable {
    final class Link: Sendable {
        let snapshot: Snapshot
        let previous: Link?
        let count: Int

        init(_ snapshot: Snapshot, after previous: Link?) {
            self.snapshot = snapshot
            self.previous = previous
            count = (previous?.count ?? 0) + 1
        }
    }

    private var last: Link?

    public init() {}

    public init(_ snapshots: some Sequence<Snapshot>) {
        for snapshot in snapshots { append(snapshot) }
    }

    public var count: Int { last?.count ?? 0 }
    public var isEmpty: Bool { last == nil }

    public mutating func append(_ snapshot: Snapshot) { last = Link(snapshot, after: last) }

    public mutating func popLast() -> Snapshot? {
        defer { last = last?.previous }
        return last?.snapshot
    }

    /// Oldest first.
    public var snapshots: [Snapshot] { snapshots(after: 0) }

    /// The first `count` states, shared with this history.
    public func prefix(_ count: Int) -> History {
        var history = self
        while history.count > count { history.last = history.last?.previous }
        return history
    }

    /// How many states, from the oldest, this history shares with `other`: found by identity, so two
    /// histories decoded apart share none.
    public func sharedPrefixCount(with other: History) -> Int {
        var mine = last
        var theirs = other.last
        while let a = mine, let b = theirs, a !== b {
            if a.count >= b.count { mine = a.previous } else { theirs = b.previous }
        }
        return mine === theirs ? (mine?.count ?? 0) : 0
    }

    /// The states after the first `count`, oldest first.
    public func snapshots(after count: Int) -> [Snapshot] {
        var snapshots: [Snapshot] = []
        snapshots.reserveCapacity(max(0, self.count - count))
        var link = last
        while let current = link, current.count > count {
            snapshots.append(current.snapshot)
            link = current.previous
        }
        // The links run newest first.
        snapshots.reverse()
        return snapshots
    }

    public static func == (lhs: History, rhs: History) -> Bool {
        if lhs.last === rhs.last { return true }
        guard lhs.count == rhs.count else { return false }
        var a = lhs.last
        var b = rhs.last
        while let x = a, let y = b, x !== y {
            guard x.snapshot == y.snapshot else { return false }
            a = x.previous
            b = y.previous
        }
        return true
    }
}

extension History: Codable {
    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([Snapshot].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(snapshots)
    }
}
