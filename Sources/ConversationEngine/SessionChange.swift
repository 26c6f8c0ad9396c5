import EscalationRules

/// A session as a change from the state before it, as journals written before issue 17 hold some
/// records: read back so those state dirs still open, never written now (a journal record is the
/// whole session; writing changes saved too little of a turn to keep, see docs/performance.md).
public struct SessionChange: Equatable, Sendable {
    /// The new session, its history holding only the entries after the kept ones, and no quotes when they are kept.
    public var session: Session
    /// How many entries of the earlier history the new one begins with.
    public var historyKept: Int
    /// The earlier state itself comes next in the history: what an answer does.
    public var previousPushed: Bool
    public var whyKept: Bool

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
        new.history = Array(old.history.prefix(historyKept))
        if previousPushed { new.history.append(old.snapshot) }
        new.history += session.history
        if whyKept { new.why = old.why }
        return new
    }
}
