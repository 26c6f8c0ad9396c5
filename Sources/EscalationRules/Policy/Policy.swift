/// A partnership's escalation policy as data: everything the bot may say about it, each with a quote.
public struct Policy: Sendable, Identifiable, CustomStringConvertible {
    public var id: String
    public var name: String
    public var shortName: String
    /// Other names practitioners use ("IOM", "bath"), matched loosely when choosing a policy.
    public var aliases: [String]
    public var areas: [Area]
    public var covers: Coverage
    public var approved: PolicyDate?
    public var reviewDue: PolicyDate?
    /// A date the text gives besides approval and review, as it gives it ("April 2021" in Torbay's heading, "February 2023"
    /// as Shropshire's date completed): shown where a practitioner checks whether the policy is current (a chat review,
    /// round 17, 2026-12-01: Torbay was listed with no date at all).
    public var dated: Cited?
    public var source: SourceDocument
    public var calendarID: String
    public var checklist: [ChecklistItem]
    public var stages: [Stage]
    /// What the policy calls a week, where it defines one.
    public var week: WeekDefinition?
    /// What the policy says of all its timescales ("maximum timescales", "guidelines"), shown on every stage.
    public var timescalesNote: Cited?
    /// What the policy says to do whenever someone is at risk of harm, of any degree: said on every stage's route, whatever
    /// risk was given (Shropshire's "this process should be expedited if someone is at risk of harm"). The tool's risk levels
    /// start at significant harm, so a practitioner with a real but lesser risk answers "none" (an outside routing review,
    /// round 21: the words were said only at significant or immediate risk).
    public var atAnyRiskOfHarm: Cited?
    /// The policy's own words for when a child or adult at risk takes another route, said as one line on a route given at
    /// no risk, with how to get that route (B&NES's "at risk of immediate harm ... on the same day", Torbay's discretion over
    /// the stage): `--risk` defaults to none, and those routes said nothing of the trigger (an outside routing review,
    /// round 23, F5). Shropshire's trigger is `atAnyRiskOfHarm`, said at every risk.
    public var riskTriggers: [Cited] = []
    public var immediateRisk: UrgentRoute
    public var significantRisk: UrgentRoute
    public var outOfScope: [OutOfScopeRoute]
    public var alsoInScope: [ScopeInclusion]
    /// Kinds of disagreement the policy is silent on, part of which its words take in: the route stays "not covered", and
    /// says which part the stages take (Torbay is for "the decision made by a worker from another agency on a child
    /// protection or child in need case", 001 l.7, and says nothing of a person's conduct: a chat review, round 21, F4,
    /// found a complaint that included a missed agreed visit sent only to complaints).
    public var partlyInScope: [ScopeInclusion] = []
    public var specialCases: [SpecialCase]
    /// What the policy says once its last stage has not resolved it.
    public var exhausted: Known<[Cited]>
    public var recordKeeping: [Cited]
    public var disagreementExamples: [DisagreementExample]
    public var contacts: [Contact]
    public var forms: [Form]
    /// Every quote the policy file gives, each once, as read: the router works out once which
    /// holds which. Empty for a policy made in code, whose routes search the quotes' bytes instead.
    public var quotes: [String] = []
    /// The quotes a policy file gives as lists of separate passages of the source (Shropshire's flowchart cells "Stage 3",
    /// "within 5 working days"), by the quote they are shown as, joined with " / ": each part as the source has it.
    public var quoteParts: [String: [String]] = [:]

    public var description: String { id }

    public func contact(_ id: String?) -> Contact? { id.flatMap { id in contacts.first { $0.id == id } } }
    public func form(_ id: String) -> Form? { forms.first { $0.id == id } }
    public func stage(at position: Int) -> Stage? { stages.first { $0.position == position } }
    public func urgentRoute(for risk: Risk) -> UrgentRoute? {
        switch risk {
        case .immediate: return immediateRisk
        case .significant: return significantRisk
        case .none: return nil
        }
    }
    public func area(_ id: String?) -> Area? { id.flatMap { id in areas.first { $0.id == id } } }

    /// Whether the policy is past the date it said it would be reviewed by.
    public func isPastReview(on today: Day) -> Bool { reviewDue.map { $0.lastDay < today } ?? false }

    /// The review warning `policies` and `validate` carry, or nil.
    public func reviewWarning(on today: Day) -> String? { isPastReview(on: today) ? reviewNotice : nil }

    /// Whether a route carries `reviewNotice`: where the review date has passed, or where the policy states none, as
    /// Torbay's and Pan-Cheshire's do not (an outside routing review, round 23, F11: their routes said nothing of whether
    /// they were current, where the three that state a date said it had passed).
    func carriesReviewNote(on today: Day) -> Bool { isPastReview(on: today) || reviewDue == nil }

    /// The review warning's words, whether or not the review date has passed.
    var reviewNotice: String {
        guard let reviewDue else {
            let date = dated.map { " (\($0.text))" } ?? ", and its text gives no date"
            return "This policy states no review date\(date): check with \(shortName) that it still applies."
        }
        return "This policy was due for review in \(reviewDue) and may be out of date: check with \(shortName) that it still applies."
    }
}

extension Policy {
    /// Where a kind of disagreement goes under a policy.
    public enum Scope: Equatable, Sendable {
        /// Through the stages; with the policy's words where it says so of this kind.
        case stages(ScopeInclusion?)
        /// To another procedure the policy names.
        case elsewhere(OutOfScopeRoute)
        /// The policy says nothing of it.
        case silent
    }

    /// The stages take a disagreement between agencies, and any other the policy takes in; another
    /// goes where the policy names, or nowhere it says.
    /// Where a disagreement with `counterpart` goes, about `subject` where it is known: a procedure named for
    /// children only does not take an adult's case.
    /// Said where a disagreement about whether to convene a conference goes through the stages with none of the policy's words
    /// for it (a partnership's own file with no `alsoInScope` for `conference-convening`): a reading, as the route and the
    /// pathway say it (an outside training review, round 23, F11).
    public var conveningReading: String {
        "The \(shortName) policy does not speak of case conferences: a disagreement with another agency about whether to convene one is taken through its stages as a disagreement between agencies (a reading, not stated in the policy)."
    }

    public func scope(of counterpart: Counterpart, about subject: Subject? = nil) -> Scope {
        // The words for this subject first, then words for both.
        let included = alsoInScope.filter { $0.counterpart == counterpart }
        if let words = included.first(where: { $0.subject != nil && $0.subject == subject }) ?? included.first(where: { $0.subject == nil }) {
            return .stages(words)
        }
        let named = outOfScope.first { $0.counterpart == counterpart && (subject == nil || $0.subject == nil || $0.subject == subject) }
        // Words for one subject only are not another's: the Isle of Man's stages take an adult protection conference's outcome
        // (003 l.49-50) and a child's goes to its own procedure (l.67). Where the subject is not known, the first words listed,
        // unless the policy names a procedure.
        if subject == nil, named == nil, let words = included.first { return .stages(words) }
        if counterpart.isBetweenAgencies { return .stages(nil) }
        if let named { return .elsewhere(named) }
        return .silent
    }
}
