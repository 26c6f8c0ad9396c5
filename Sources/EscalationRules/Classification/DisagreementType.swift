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
