/// The stage an urgent route says to pursue at the risk given, with what that stage itself asks:
/// whom to contact and notify, the form, and its own time, which at this risk is an outer limit only.
public struct PursuedStage: Equatable, Sendable, StageDetails {
    public var position: Int
    public var label: String
    public var title: String
    /// How many stages the policy has.
    public var of: Int = 0

    /// As the record names it, the way it names the route's own stage (`StageSummary.named`).
    public var named: String { "\(title) (stage \(position) of \(of))" }
    /// The policy's words for the risk are about speeding up the process itself ("the process must be
    /// urgently expedited"), so this stage is expedited now; otherwise it follows the urgent step.
    public var expedite: Bool
    /// Where the stage is pursued on one reading of the policy only (the Isle of Man's one person's conduct, read as a
    /// decision on this child's or adult's safety), that reading, said before the stage.
    public var reading: String? = nil
    /// Whether the stage's own time is an outer limit beside an urgent step (it is on an urgent route); on a route with no
    /// urgent step (one reading of the Isle of Man's individual conduct at no or significant risk) it is the stage's time.
    public var outerLimitOnly = true
    /// "Stage to expedite now" or "Next stage to pursue", as one reading's where it is.
    public var lead: String {
        let lead = expedite ? "Stage to expedite now" : "Next stage to pursue"
        return reading.map { "\($0), \(lead.lowercasedFirstWord)" } ?? lead
    }
    public var contact: RoutedContact
    public var otherContacts: [RoutedContact]
    public var notify: [RoutedContact]
    public var form: RoutedForm?
    public var deadline: Day?
    public var deadlineTime: Int?
    public var deadlineBasis: String?
    public var deadlinePurpose: String?
    public var otherReading: AlternativeDeadline?
    /// The earliest date the stage's readings give, chosen as the route at no risk chooses it (`RouteDraft.workTo`): at a
    /// risk the stage is pursued sooner, never later (an outside routing review, round 23, F1: the stage to expedite led with
    /// the later reading, and its JSON `dateToWorkTo` was that later date, where the route at no risk said to work to the
    /// earlier). The stage's times stay outer limits; the text says this date first, as the JSON does.
    public var workTo: WorkTo?
    public var deadlinePassed: Bool
    public var deadlineIsToday: Bool
    /// What the stage asks of each side, in the policy's words.
    public var actions: [String]

    /// The parts of `route`, a route to `stage` at no risk, that say what the stage itself asks.
    init(_ stage: Stage, expedite: Bool, route: Route) {
        position = stage.position
        label = stage.label
        title = stage.title
        self.expedite = expedite
        contact = route.contact
        otherContacts = route.otherContacts
        notify = route.notify
        form = route.form
        deadline = route.deadline
        deadlineTime = route.deadlineTime
        deadlineBasis = route.deadlineBasis
        deadlinePurpose = route.deadlinePurpose
        // A later outer limit beside an urgent route adds nothing but a reason to wait (an outside review, 2026-11-30);
        // left out here, text and JSON both go without it (round 9 found the JSON giving it).
        let later = route.otherReading?.deadline.flatMap { other in route.deadline.map { other > $0 } } == true
        otherReading = later ? nil : route.otherReading
        workTo = route.workTo
        deadlinePassed = route.deadlinePassed
        deadlineIsToday = route.deadlineIsToday
        actions = route.actions
    }
}
