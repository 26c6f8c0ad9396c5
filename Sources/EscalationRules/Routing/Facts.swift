/// What the router needs to know about a disagreement. Nothing here identifies the child or adult.
public struct Facts: Codable, Equatable, Sendable {
    public var risk: Risk
    public var counterpart: Counterpart
    /// How many stages were tried without resolution: positions 1...tried. Nil when not yet known,
    /// as when a conversation gives the urgent route before asking.
    public var tried: Int?
    /// The day the disagreement arose (was first raised); when not given, the day the current stage began if that is
    /// given (`raisedDay`), or today.
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
    /// The ids of the policy's checklist items not done yet, once the checklist is answered; nil when it was not asked.
    /// A step that does the checklist says only these (`ChecklistStep`).
    public var checklistGaps: [String]? = nil

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

    /// The day it was first raised, as counted. Not given, it is no later than the day the current stage began, where that
    /// is given: counted from today, a stage begun days ago gave Torbay's Stage Two a week later than the policy allows
    /// (an outside routing review, round 19, 2026-12-01, D2).
    public var raisedDay: Day { raised ?? stageStartBoundsRaised ?? now.day }

    /// The day the current stage began, where the day it was first raised is not given and that day is the latest it can be.
    public var stageStartBoundsRaised: Day? {
        guard raised == nil, let started = stageStarted, started < now.day else { return nil }
        return started
    }

    /// The day the stage after `tried` began: for the first stage, the day it arose.
    public var stageStartDay: Day { stageStarted ?? ((tried ?? 0) == 0 ? raisedDay : now.day) }
}

/// A fact the router would use, which a conversation asks for only when the route depends on it.
public enum NeededFact: String, Equatable, Sendable {
    case subject, setting, area, stageStarted
}
