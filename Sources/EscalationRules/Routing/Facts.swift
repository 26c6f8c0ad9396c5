/// What the router needs to know about a disagreement. Nothing here identifies the child or adult.
public struct Facts: Codable, Equatable, Sendable {
    public var risk: Risk
    public var counterpart: Counterpart
    /// How many stages were tried without resolution: positions 1...tried. Nil when not yet known,
    /// as when a conversation gives the urgent route before asking.
    public var tried: Int?
    /// The day the disagreement arose (was first raised); today when not given.
    public var raised: Day?
    /// The day the current stage began, the day the stage before ended without agreement; today
    /// when not given, or the day it arose for the first stage.
    public var stageStarted: Day?
    public var now: Moment
    public var subject: Subject?
    public var setting: Setting?
    public var area: String?
    /// The situations the policies single out that apply: the person needed is away, and so on.
    public var specialCases: Set<SpecialCase.Kind>
    /// The urgent steps for `risk` are under way: route the disagreement itself, with the policy's words on urgency.
    public var urgentStepsTaken: Bool

    public init(risk: Risk = .none, counterpart: Counterpart = .otherAgency, tried: Int? = 0, raised: Day? = nil,
                stageStarted: Day? = nil, now: Moment, subject: Subject? = nil, setting: Setting? = nil, area: String? = nil,
                specialCases: Set<SpecialCase.Kind> = [], urgentStepsTaken: Bool = false) {
        self.risk = risk
        self.counterpart = counterpart
        self.tried = tried
        self.raised = raised
        self.stageStarted = stageStarted
        self.now = now
        self.subject = subject
        self.setting = setting
        self.area = area
        self.specialCases = specialCases
        self.urgentStepsTaken = urgentStepsTaken
    }

    public var raisedDay: Day { raised ?? now.day }

    /// The day the stage after `tried` began: for the first stage, the day it arose.
    public var stageStartDay: Day { stageStarted ?? ((tried ?? 0) == 0 ? raisedDay : now.day) }
}

/// A fact the router would use, which a conversation asks for only when the route depends on it.
public enum NeededFact: String, Equatable, Sendable {
    case subject, setting, area, stageStarted
}
