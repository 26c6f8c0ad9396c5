import EscalationRules

// Saved sessions outlive the build that wrote them: a field added later is read as its default,
// so an upgrade never drops a conversation that was mid-way.

extension Session: Codable {
    enum CodingKeys: String, CodingKey {
        case policyID, policyFixed, step, intake, history, misses, why, started, turns, training, trainingRequested, sent
    }

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(policyID: try values.decodeIfPresent(String.self, forKey: .policyID), started: try values.decode(Moment.self, forKey: .started))
        policyFixed = try values.decodeIfPresent(Bool.self, forKey: .policyFixed) ?? false
        step = try values.decodeIfPresent(Step.self, forKey: .step) ?? .choosePolicy
        intake = try values.decodeIfPresent(Intake.self, forKey: .intake) ?? Intake()
        history = try values.decodeIfPresent([Snapshot].self, forKey: .history) ?? []
        misses = try values.decodeIfPresent(Int.self, forKey: .misses) ?? 0
        why = try values.decodeIfPresent([String].self, forKey: .why) ?? []
        turns = try values.decodeIfPresent(Int.self, forKey: .turns) ?? 0
        training = try values.decodeIfPresent(TrainingState.self, forKey: .training)
        trainingRequested = try values.decodeIfPresent(Bool.self, forKey: .trainingRequested) ?? false
        sent = try values.decodeIfPresent(SentReply.self, forKey: .sent)
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encodeIfPresent(policyID, forKey: .policyID)
        try values.encode(policyFixed, forKey: .policyFixed)
        try values.encode(step, forKey: .step)
        try values.encode(intake, forKey: .intake)
        try values.encode(history, forKey: .history)
        try values.encode(misses, forKey: .misses)
        try values.encode(why, forKey: .why)
        try values.encode(started, forKey: .started)
        try values.encode(turns, forKey: .turns)
        try values.encodeIfPresent(training, forKey: .training)
        try values.encode(trainingRequested, forKey: .trainingRequested)
        try values.encodeIfPresent(sent, forKey: .sent)
    }
}

extension Snapshot: Codable {
    enum CodingKeys: String, CodingKey {
        case policyID, step, intake
    }

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(policyID: try values.decodeIfPresent(String.self, forKey: .policyID), step: try values.decode(Step.self, forKey: .step),
                  intake: try values.decode(Intake.self, forKey: .intake))
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encodeIfPresent(policyID, forKey: .policyID)
        try values.encode(step, forKey: .step)
        try values.encode(intake, forKey: .intake)
    }
}

extension Intake {
    enum CodingKeys: String, CodingKey {
        case risk, carriedOnAfterUrgent, subject, counterpart, checklistAnswered, checklistGaps, description, type
        case typeShortlist, typeSkipped
        case urgency, cuesAsked, pendingCues, tried, raised, stageStarted, specialCases, spotted, specialCasesDeclined
        case setting, area, redacted
    }

    /// Members older versions wrote and this one reads but no longer keeps.
    enum LegacyKeys: String, CodingKey { case suggestedType }

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
        type = try values.decodeIfPresent(DisagreementType.self, forKey: .type)
        typeShortlist = try values.decodeIfPresent([DisagreementType].self, forKey: .typeShortlist) ?? []
        // A session saved before the shortlist kept its one suggestion on its own: it is the shortlist.
        if typeShortlist.isEmpty, let legacy = try decoder.container(keyedBy: LegacyKeys.self).decodeIfPresent(DisagreementType.self, forKey: .suggestedType) {
            typeShortlist = [legacy]
        }
        typeSkipped = try values.decodeIfPresent(Bool.self, forKey: .typeSkipped) ?? false
        urgency = try values.decodeIfPresent(Urgency.self, forKey: .urgency)
        cuesAsked = try values.decodeIfPresent([String].self, forKey: .cuesAsked) ?? []
        pendingCues = try values.decodeIfPresent([String].self, forKey: .pendingCues) ?? []
        tried = try values.decodeIfPresent(Int.self, forKey: .tried)
        raised = try values.decodeIfPresent(Day.self, forKey: .raised)
        stageStarted = try values.decodeIfPresent(Day.self, forKey: .stageStarted)
        specialCases = try values.decodeIfPresent([SpecialCase.Kind].self, forKey: .specialCases) ?? []
        spotted = try values.decodeIfPresent([SpottedCase].self, forKey: .spotted) ?? []
        specialCasesDeclined = try values.decodeIfPresent([SpecialCase.Kind].self, forKey: .specialCasesDeclined) ?? []
        setting = try values.decodeIfPresent(Setting.self, forKey: .setting)
        area = try values.decodeIfPresent(String.self, forKey: .area)
        redacted = try values.decodeIfPresent(Bool.self, forKey: .redacted) ?? false
    }
}
