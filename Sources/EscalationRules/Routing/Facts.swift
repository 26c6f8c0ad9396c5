/// What the router needs to know about a disagreement. Nothing here identifies the child or adult.
public struct Facts: Codable, Equatable, Sendable {
    public var risk: Risk
    public var counterpart: Counterpart
    /// How many stages were tried without resolution: positions 1...tried.
    public var tried: Int
    /// The day the disagreement was first raised; today when not given.
    public var raised: Day?
    public var now: Moment
    public var subject: Subject?
    public var setting: Setting?
    public var area: String?

    public init(risk: Risk = .none, counterpart: Counterpart = .otherAgency, tried: Int = 0, raised: Day? = nil,
                now: Moment, subject: Subject? = nil, setting: Setting? = nil, area: String? = nil) {
        self.risk = risk
        self.counterpart = counterpart
        self.tried = tried
        self.raised = raised
        self.now = now
        self.subject = subject
        self.setting = setting
        self.area = area
    }

    public var raisedDay: Day { raised ?? now.day }
}

/// A fact the router would use, which a conversation asks for only when the route depends on it.
public enum NeededFact: String, Equatable, Sendable {
    case subject, setting, area
}
