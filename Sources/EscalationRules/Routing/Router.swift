/// Decides the route for a disagreement under one policy: a pure function of the facts.
///
/// A class, so each route under construction refers to the policy rather than copying it: a policy
/// is some two dozen arrays and strings, and copying them was a fifth of the time a route took.
public final class Router: Sendable {
    public let policy: Policy
    public let calendar: HolidayCalendar
    /// `calendar` without the holidays whose assumed day may move (`HolidayCalendar.settled`): stages' times are counted over
    /// it, made once.
    let settledCalendar: HolidayCalendar
    /// The policy's review warning, worded once rather than for every route.
    let reviewNotice: String
    /// Which of the policy's quotes holds which, worked out once rather than searched for on every route.
    let quotes: QuoteHolds
    /// A citation of each of the policy's quotes, by its number in `quotes`: worded once, as `why` and
    /// a record give it, rather than on every route.
    let citations: [Citation]
    /// The situations the policy speaks of at each stage, in the order of its stages: offered after every
    /// route, and worked out once.
    let kindsSpoken: [[SpecialCase.Kind]]
    /// Each stage's headline, in the order of the stages, worded once.
    let stageHeadlines: [String]

    public init(policy: Policy, calendar: HolidayCalendar) {
        self.policy = policy
        self.calendar = calendar
        settledCalendar = calendar.settled
        reviewNotice = policy.reviewNotice
        quotes = QuoteHolds(policy.quotes)
        citations = quotes.distinct.map { Citation(source: policy.source.file, quote: $0, parts: policy.quoteParts[$0]) }
        stageHeadlines = policy.stages.map { "Next: \($0.heading) (stage \($0.position) of \(policy.stages.count), \(policy.shortName))" }
        kindsSpoken = policy.stages.map { stage in
            SpecialCase.Kind.allCases.filter { kind in policy.specialCases.contains { $0.kind == kind && $0.applies(at: stage.position) } }
        }
    }

    public func scope(of counterpart: Counterpart, about subject: Subject? = nil) -> Policy.Scope { policy.scope(of: counterpart, about: subject) }

    /// The urgent route the policy sends `facts` to before anything else, or nil when it keeps the
    /// case on the stages (no risk, the urgent steps already under way, or a policy that departs from
    /// the stages only for immediate risk).
    public func urgentRoute(_ facts: Facts) -> UrgentRoute? {
        guard !facts.urgentStepsTaken, let urgent = policy.urgentRoute(for: facts.risk) else { return nil }
        return facts.risk == .immediate || urgent.leads == .urgent ? urgent : nil
    }

    /// Safety first: a case the policy does not cover, then risk, then scope, then the stages.
    public func route(_ facts: Facts) -> Route {
        var draft = RouteDraft(router: self, facts: facts)
        if let subject = facts.subject, !policy.covers.includes(subject) {
            draft.notCovered(subject)
        } else if let urgent = urgentRoute(facts) {
            draft.urgent(urgent)
        } else {
            switch policy.scope(of: facts.counterpart, about: facts.subject) {
            case .elsewhere(let named): draft.outOfScope(named)
            case .silent: draft.notCovered(facts.counterpart)
            case .stages(let included):
                if let included {
                    draft.takenIn(included)
                } else if facts.counterpart == .conferenceConvening {
                    // A file with no words of its own for it: taken through the stages as between agencies, said as a reading.
                    draft.route.actions.append(policy.conveningReading)
                }
                if let next = nextStageIndex(facts) { draft.stage(at: next) } else { draft.exhausted() }
            }
        }
        return draft.finished()
    }

    /// The stage after the ones tried, or nil once every stage has been.
    public func nextStage(_ facts: Facts) -> Stage? { nextStageIndex(facts).map { policy.stages[$0] } }

    func nextStageIndex(_ facts: Facts) -> Int? {
        let tried = max(0, facts.tried ?? 0)
        return policy.stages.indices.contains(tried) ? tried : nil
    }

    /// The situations the policy speaks of at the next stage, which a practitioner can say apply.
    public func specialCasesSpoken(_ facts: Facts) -> [SpecialCase.Kind] {
        guard facts.subject.map(policy.covers.includes) ?? true, urgentRoute(facts) == nil,
              case .stages = policy.scope(of: facts.counterpart, about: facts.subject), let next = nextStageIndex(facts) else { return [] }
        return kindsSpoken[next]
    }

    /// Whether the next stage's date depends on the day it began: a per-stage time after the first stage.
    public func dependsOnStageStart(_ facts: Facts) -> Bool {
        guard (facts.tried ?? 0) > 0, let stage = nextStage(facts) else { return false }
        return [stage.timescale, stage.otherReading?.timescale].contains { timescale in
            timescale.map { $0.anchor == .stageStarted && $0.timescale.isCounted } ?? false
        }
    }

    /// The facts the route for `facts` would change with that are not yet known.
    public func neededFacts(_ facts: Facts) -> [NeededFact] {
        var needed: [NeededFact] = []
        if facts.subject == nil, !(policy.covers.children && !policy.covers.adults) { needed.append(.subject) }
        let staged = urgentRoute(facts) == nil
        if staged, facts.stageStarted == nil, dependsOnStageStart(facts) { needed.append(.stageStarted) }
        // Past the last stage at no risk the route names no one, in any area: the area was asked for nothing (a chat review,
        // round 18, Po2).
        let pastLastStage = staged && facts.tried != nil && nextStageIndex(facts) == nil
        if facts.area == nil, policy.areas.count > 1, !pastLastStage { needed.append(.area) }
        let position = (facts.tried ?? 0) + 1
        let bySetting = policy.specialCases.contains { facts.specialCases.contains($0.kind) && !$0.bySetting.isEmpty && $0.applies(at: position) }
        if facts.setting == nil, staged, bySetting { needed.append(.setting) }
        return needed
    }
}
