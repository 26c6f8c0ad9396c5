/// What a policy says to do when someone is at risk.
public struct UrgentRoute: Equatable, Sendable {
    /// Whether the policy sends the case somewhere first (`urgent`), or keeps it on the stages
    /// with its words on urgency (`stage`): the Isle of Man departs from the stages only for
    /// immediate risk, and Torbay says nothing of significant risk.
    public enum Leads: String, Equatable, Sendable {
        case urgent, stage
    }

    /// Whether an urgent route names the stage reached, and how.
    public enum StageUse: String, Equatable, Sendable {
        /// The escalation goes on after the urgent step: the stage is named to pursue, with its details.
        case then
        /// The policy's words for the risk are about speeding up the process itself ("the process must be
        /// urgently expedited"): the stage reached is named to expedite now.
        case expedite
        /// The policy leaves which stage to the practitioner (Torbay: "discretion should be used as to which
        /// stage is initiated"; B&NES: "escalate to an appropriate level"): the route names each stage from
        /// the one reached as one they may start at, with whom it goes to, and none as the route's own.
        case choose
        /// The policy says to escalate "to an appropriate level" and gives no discretion over a stage to start at
        /// (B&NES): its words lead the route, and the stages from the one reached are listed as the levels there are.
        case levels
        /// The policy says nothing of the stages at this risk, so the route names none.
        case notNamed = "none"
    }

    public var leads: Leads
    public var stage: StageUse
    /// What to do now (`urgent`), or the words on urgency added to the stage (`stage`).
    public var actions: [Cited]
    public var contacts: [ContactPoint]
    public var timescale: StageTimescale
    /// The policy's words on pursuing the escalation itself at this risk, once the urgent steps are under way.
    public var pursue: [Cited]
    /// A second reading of the time the words honestly allow (B&NES: "on the same day", and "within 24 hours").
    public var otherReading: OtherReading?
    /// The policy's words on the child's or adult's safety, which hold wherever the disagreement goes: said on a route at
    /// this risk that leaves the stages or has passed the last (an outside routing review, round 13: a conference
    /// complaint at significant risk lost the Isle of Man's "Their welfare and safety must remain paramount throughout").
    public var safety: [Cited] = []
    /// The policy's words for this risk bind everyone, whatever the disagreement, not only its escalation process (B&NES:
    /// "everyone must take action to escalate to an appropriate level so that the required action is taken on the same
    /// day"): off the stages its actions, its time and its other reading still hold (an outside routing review, round 20:
    /// with your own manager at immediate risk the route said the time did not apply, then showed its 24-hour reading).
    public var forEveryone = false
    /// The policy's words for this risk about its stages' own times, said only where the case goes through the stages and
    /// a stage is left (Torbay's "In all cases, the matter should be resolved within specified timescales"): off them no
    /// stage's time holds (an outside routing review, round 20: "the time of the stage you start at still holds" was said
    /// on a route with no stage to start at).
    public var onStages: [Cited] = []
    /// The policy's own words for when this risk's rule applies, where they differ from the tool's level (B&NES and Torbay:
    /// "risk of immediate harm", where the tool's level is immediate risk of significant harm): the route states the trigger
    /// in them (an outside routing review, round 21: relabelled, the test read narrower than the policy's).
    public var trigger: Cited?

    /// The policy's own words to follow safeguarding procedures at this risk, where it keeps the case on the stages
    /// (B&NES: "should they be considered to be at significant risk, safeguarding procedures should be followed"): what
    /// to do at once, while the questions for the escalation go on.
    public var proceduresOnTheStages: Cited? {
        leads == .stage ? actions.first { $0.text.hasPrefix(RouteDraft.policyProceduresStart) } : nil
    }

    public init(leads: Leads = .urgent, stage: StageUse = .then, actions: [Cited], contacts: [ContactPoint], timescale: StageTimescale,
                pursue: [Cited] = [], otherReading: OtherReading? = nil) {
        self.leads = leads
        self.stage = stage
        self.actions = actions
        self.contacts = contacts
        self.timescale = timescale
        self.pursue = pursue
        self.otherReading = otherReading
    }
}

/// Where a disagreement goes that the escalation procedure does not handle.
public struct OutOfScopeRoute: Equatable, Sendable {
    public var counterpart: Counterpart
    /// The procedure's name, such as "your agency's whistle-blowing process".
    public var procedure: String
    public var actions: [Cited]
    public var quote: String
    /// The route's headline where the policy's words are more than "this goes to the procedure" (B&NES and
    /// the Isle of Man: try to resolve it with your manager first, then consider whistle-blowing).
    public var headline: String? = nil
    /// Where the procedure is for one of them only: the Isle of Man sends a child protection conference to
    /// its Child Protection Conference Procedure, which says nothing of an adult's case conference.
    public var subject: Subject? = nil
    /// Where the policy's carve-out can be read as leaving some such disagreements on its stages, that reading, said beside
    /// the procedure in the pathway (the Isle of Man's "more general concerns ... about an individual's professional
    /// practice": a disagreement about a decision on this child's safety is among the areas its stages are for; an outside
    /// routing review, round 21).
    public var stagesReading: String? = nil
}

/// A disagreement other than with another agency that a policy nonetheless takes through its stages.
public struct ScopeInclusion: Equatable, Sendable {
    public var counterpart: Counterpart
    public var quote: String
    /// How the policy's words take this kind in where they do not name it, and what they leave out,
    /// with anything not from the policy marked so: shown with the route.
    public var note: String?
    /// Where the policy's words are for children or adults only (the Isle of Man lists a child's and an adult's
    /// case conference apart), the one they are for; nil for both.
    public var subject: Subject?

    public init(counterpart: Counterpart, quote: String, note: String? = nil, subject: Subject? = nil) {
        self.counterpart = counterpart
        self.quote = quote
        self.note = note
        self.subject = subject
    }
}

/// Advice for a situation the policy singles out.
public struct SpecialCase: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable, Comparable {
        case personAway = "person-away"
        case unsureWhomToContact = "unsure-whom-to-contact"
        case managerIsDesignatedLead = "manager-is-designated-lead"
        case chainExhausted = "chain-exhausted"

        /// The situation in words, after "when": "the person you need to raise it with is away".
        public var phrase: String {
            switch self {
            case .personAway: return "the person you need to raise it with is away"
            case .unsureWhomToContact: return "you cannot tell whom to contact"
            case .managerIsDesignatedLead: return "your line manager is also your Designated Safeguarding Lead"
            case .chainExhausted: return "your agency's management chain is already exhausted (there is no one more senior to go to)"
            }
        }

        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var kind: Kind
    /// The positions it applies to; empty means every stage.
    public var positions: [Int]
    public var advice: Cited
    /// Whom to contact instead of the stage's usual contact, in the policy's words.
    public var contactRole: Cited?
    /// Whom to seek support from, by setting.
    public var bySetting: [Setting: String]
    public var contact: ContactRef?
    /// The quotes of the stage's own steps this case replaces, left out where it applies: with the management chain
    /// exhausted, the Isle of Man's "The first line manager ... should contact their representative counterpart" is not
    /// who acts (an outside routing review, round 12, 2026-11-30: both were said).
    public var replaces: [String] = []
    /// What the stage's time is for where this case applies, in place of the time's own `for`, which names whom it replaces.
    public var timeFor: String? = nil

    public func applies(at position: Int) -> Bool { positions.isEmpty || positions.contains(position) }
}

/// A pre-escalation question: what to have in hand before going further.
public struct ChecklistItem: Equatable, Sendable {
    public var id: String
    public var question: String
    /// The practical next step when the answer is no.
    public var ifNot: String
    public var quote: String

    /// The policy's own words put it before escalating ("should initially consult a supervisor"): the policy's list is then
    /// read as a step before it (Torbay's items are one passage). Elsewhere the items are duties kept as one escalates,
    /// recording and clarifying, that the policy does not put first (a chat review, round 23, F7).
    public var comesFirst: Bool {
        let words = " " + quote.lowercased() + " "
        return [" initially ", " before ", " prior to "].contains { words.contains($0) }
    }
}

/// A kind of disagreement as the policy lists it, which the classifier reads as a type.
public struct DisagreementExample: Equatable, Sendable {
    public var type: DisagreementType
    public var quote: String
    /// Where the policy words the kind for children or for adults alone ("a Child Protection Case Conference", "an
    /// Adult Protection Case Conference"); nil where it is said of both.
    public var subject: Subject? = nil
}

/// What a policy calls a week, where it says ("One week ... (5 working days)").
public struct WeekDefinition: Equatable, Sendable {
    public var workingDays: Int
    public var quote: String
}
