/// What a disagreement is about, from the kinds the five policies list.
public enum DisagreementType: String, CaseIterable, Codable, Sendable {
    case thresholdLevelOfNeed = "threshold-level-of-need"
    case rolesResponsibilities = "roles-responsibilities"
    case decisionOrNeedForAction = "decision-or-need-for-action"
    case lackOfActionOrDriftDelay = "lack-of-action-or-drift-delay"
    case informationSharingCommunication = "information-sharing-communication"
    case planOrAssessmentOutcome = "plan-or-assessment-outcome"
    case provisionOfServices = "provision-of-services"
    case conveningStrategyOrConference = "convening-strategy-or-conference"
    case powerAuthority = "power-authority"

    /// Names a practitioner might type for the type, with its phrase.
    public var names: [String] {
        let short: [String]
        switch self {
        case .thresholdLevelOfNeed: short = ["threshold", "thresholds", "level of need", "levels of need"]
        case .rolesResponsibilities: short = ["roles", "responsibilities", "roles and responsibilities", "whose job"]
        case .decisionOrNeedForAction: short = ["decision", "a decision", "need for action"]
        case .lackOfActionOrDriftDelay: short = ["drift", "delay", "drift or delay", "lack of action"]
        case .informationSharingCommunication: short = ["information sharing", "info sharing", "communication", "sharing information"]
        case .planOrAssessmentOutcome: short = ["plan", "the plan", "assessment", "assessment outcome"]
        case .provisionOfServices: short = ["services", "provision", "provision of services", "service"]
        case .conveningStrategyOrConference: short = ["strategy", "strategy discussion", "strategy meeting", "conference", "convening"]
        case .powerAuthority: short = ["power", "authority", "power and authority"]
        }
        return short + [phrase]
    }

    public var phrase: String {
        switch self {
        case .thresholdLevelOfNeed: return "threshold or level of need"
        case .rolesResponsibilities: return "roles and responsibilities"
        case .decisionOrNeedForAction: return "a decision, or the need for action"
        case .lackOfActionOrDriftDelay: return "lack of action, drift or delay"
        case .informationSharingCommunication: return "information sharing or communication"
        case .planOrAssessmentOutcome: return "the plan, or an assessment's outcome"
        case .provisionOfServices: return "provision of services"
        case .conveningStrategyOrConference: return "whether to convene a strategy discussion or conference"
        case .powerAuthority: return "power and authority"
        }
    }
}
