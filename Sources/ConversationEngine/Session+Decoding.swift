import EscalationRules

// Saved sessions outlive the build that wrote them: a field added later is read as its default,
// so an upgrade never drops a conversation that was mid-way.

extension Session {
    enum CodingKeys: String, CodingKey {
        case policyID, policyFixed, step, intake, history, misses, why, started, turns, training, trainingRequested
    }

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(policyID: try values.decodeIfPresent(String.self, forKey: .policyID), started: try values.decode(Moment.self, forKey: .started))
        policyFixed = try values.decodeIfPresent(Bool.self, forKey: .policyFixed) ?? false
        step = try values.decodeIfPresent(Step.self, forKey: .step) ?? .choosePolicy
        intake = try values.decodeIfPresent(Intake.self, forKey: .intake) ?? Intake()
        history = try values.decodeIfPresent(History.self, forKey: .history) ?? History()
        misses = try values.decodeIfPresent(Int.self, forKey: .misses) ?? 0
        why = try values.decodeIfPresent([String].self, forKey: .why) ?? []
        turns = try values.decodeIfPresent(Int.self, forKey: .turns) ?? 0
        training = try values.decodeIfPresent(TrainingState.self, forKey: .training)
        trainingRequested = try values.decodeIfPresent(Bool.self, forKey: .trainingRequested) ?? false
    }
}

extension Intake {
    enum CodingKeys: String, CodingKey {
        case risk, carriedOnAfterUrgent, subject, counterpart, checklistAnswered, checklistGaps, description, suggestedType, type
        case typeConfidence, urgency, cuesAsked, pendingCues, tried, raised, setting, area, redacted
    }

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        risk = try values.decodeIfPresent(Risk.self, forKey: .risk)
        carriedOnAfterUrgent = try values.decodeIfPresent(Bool.self, forKey: .carriedOnAfterUrgent) ?? false
        subject = try values.decodeIfPresent(Subject.self, forKey: .subject)
        counterpart = try values.decodeIfPresent(Counterpart.self, forKey: .counterpart)
        checklistAnswered = try values.decodeIfPresent(Bool.self, forKey: .checklistAnswered) ?? false
        checklistGaps = try values.decodeIfPresent([String].self, forKey: .checklistGaps) ?? []
        description = try values.decodeIfPresent(String.self, forKey: .description)
        suggestedType = try values.decodeIfPresent(DisagreementType.self, forKey: .suggestedType)
        type = try values.decodeIfPresent(DisagreementType.self, forKey: .type)
        typeConfidence = try values.decodeIfPresent(Double.self, forKey: .typeConfidence)
        urgency = try values.decodeIfPresent(Urgency.self, forKey: .urgency)
        cuesAsked = try values.decodeIfPresent([String].self, forKey: .cuesAsked) ?? []
        pendingCues = try values.decodeIfPresent([String].self, forKey: .pendingCues) ?? []
        tried = try values.decodeIfPresent(Int.self, forKey: .tried)
        raised = try values.decodeIfPresent(Day.self, forKey: .raised)
        setting = try values.decodeIfPresent(Setting.self, forKey: .setting)
        area = try values.decodeIfPresent(String.self, forKey: .area)
        redacted = try values.decodeIfPresent(Bool.self, forKey: .redacted) ?? false
    }
}
