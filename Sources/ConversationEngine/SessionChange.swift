import EscalationRules

/// A session as a change from an earlier state of it: what a journal writes per turn.
///
/// A session carries its history for `back` and the route's quotes for `why`, and both outgrow the
/// rest of it within a few turns. A turn only pushes, pops or clears history and only sometimes
/// replaces the quotes, so the change keeps the history's common prefix and unchanged quotes by
/// reference to the earlier state instead of writing them again.
public struct SessionChange: Equatable, Sendable {
    /// The new session, its history holding only the entries after the kept ones, and no quotes when they are kept.
    public var session: Session
    /// How many entries of the earlier history the new one begins with.
    public var historyKept: Int
    /// The earlier state itself comes next in the history: what an answer does.
    public var previousPushed: Bool
    public var whyKept: Bool

    public init(from old: Session, to new: Session) {
        // A turn's session is made from the one before, so the states they share are the same links.
        let kept = new.history.sharedPrefixCount(with: old.history)
        var added = new.history.snapshots(after: kept)
        previousPushed = added.first == old.snapshot
        if previousPushed { added.removeFirst() }
        session = new
        session.history = History(added)
        historyKept = kept
        whyKept = old.why == new.why
        if whyKept { session.why = [] }
    }

    public init(session: Session, historyKept: Int, previousPushed: Bool, whyKept: Bool) {
        self.session = session
        self.historyKept = historyKept
        self.previousPushed = previousPushed
        self.whyKept = whyKept
    }

    /// The new session, rebuilt over the earlier one; nil when `old` is too short to be its base.
    public func applied(to old: Session) -> Session? {
        guard historyKept <= old.history.count else { return nil }
        var new = session
        new.history = old.history.prefix(historyKept)
        if previousPushed { new.history.append(old.snapshot) }
        for snapshot in session.history.snapshots { new.history.append(snapshot) }
        if whyKept { new.why = old.why }
        return new
    }

    /// The change's members, to go inside an object:
    /// `"session": ..., "historyKept": n, "previousPushed": b, "whyKept": b`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.key("session")
        session.write(to: &writer)
        writer.member("historyKept", historyKept)
        writer.member("previousPushed", previousPushed)
        writer.member("whyKept", whyKept)
    }
}
