import EscalationRules

// Each saved type's members, listed once: the journal's writer, encode(to:) and init(from:) are all
// made from these lists (see `Schema`). Saved sessions outlive the build that wrote them, so a member
// added later has a default: read as it from older saves, and left out while it holds it, which
// also halves a typical journal record.

extension Session: Schema {
    public static var blank: Session { Session(started: .blank) }

    @inlinable
    public static func members<Visitor: MemberVisitor & ~Copyable>(_ visitor: inout Visitor, _ value: inout Session) throws(Visitor.Failure) {
        try visitor.member("policyID", &value.policyID, default: nil)
        try visitor.member("policyFixed", &value.policyFixed, default: false)
        try visitor.member("step", &value.step, whenMissing: .choosePolicy)
        try visitor.member("intake", &value.intake, whenMissing: Intake())
        try visitor.member("history", &value.history, default: [])
        try visitor.member("misses", &value.misses, default: 0)
        try visitor.member("why", &value.why, default: [])
        try visitor.member("routeUndated", &value.routeUndated, default: false)
        try visitor.member("started", &value.started)
        try visitor.member("turns", &value.turns, default: 0)
        try visitor.member("caseTurn", &value.caseTurn, default: 0)
        try visitor.member("training", &value.training, default: nil)
        try visitor.member("trainingRequested", &value.trainingRequested, default: false)
        try visitor.member("sent", &value.sent, default: nil)
        try visitor.member("wentBackFromRoute", &value.wentBackFromRoute, default: nil)
        try visitor.member("urgentGiven", &value.urgentGiven, default: nil)
        try visitor.member("urgentAbout", &value.urgentAbout, default: nil)
        try visitor.member("urgentQuote", &value.urgentQuote, default: nil)
        try visitor.member("urgentLowered", &value.urgentLowered, default: false)
        try visitor.member("loweringChecked", &value.loweringChecked, default: false)
        try visitor.member("firstRisk", &value.firstRisk, default: nil)
        try visitor.member("routeStoodAtEnd", &value.routeStoodAtEnd, default: false)
        try visitor.member("policyOffered", &value.policyOffered, default: nil)
    }

    /// The session as compact JSON.
    public var jsonBytes: [UInt8] {
        JSONWriter.bytes(capacity: 1024) { write(to: &$0) }
    }
}

extension Snapshot: Schema {
    public static var blank: Snapshot { Snapshot(policyID: nil, step: .choosePolicy, intake: Intake()) }

    @inlinable
    public static func members<Visitor: MemberVisitor & ~Copyable>(_ visitor: inout Visitor, _ value: inout Snapshot) throws(Visitor.Failure) {
        try visitor.member("policyID", &value.policyID, default: nil)
        try visitor.member("step", &value.step)
        try visitor.member("intake", &value.intake)
    }
}

extension Intake: Schema {
    public static var blank: Intake { Intake() }

    @inlinable
    public static func members<Visitor: MemberVisitor & ~Copyable>(_ visitor: inout Visitor, _ value: inout Intake) throws(Visitor.Failure) {
        try visitor.member("risk", &value.risk, default: nil)
        try visitor.member("carriedOnAfterUrgent", &value.carriedOnAfterUrgent, default: false)
        try visitor.member("subject", &value.subject, default: nil)
        try visitor.member("counterpart", &value.counterpart, default: nil)
        try visitor.member("checklistAnswered", &value.checklistAnswered, default: false)
        try visitor.member("checklistNotAllDone", &value.checklistNotAllDone, default: false)
        try visitor.member("checklistGaps", &value.checklistGaps, default: [])
        try visitor.member("description", &value.description, default: nil)
        try visitor.member("descriptionContinues", &value.descriptionContinues, default: false)
        try visitor.member("type", &value.type, default: nil)
        try visitor.member("typeShortlist", &value.typeShortlist, default: [])
        try visitor.member("typeSkipped", &value.typeSkipped, default: false)
        try visitor.member("urgency", &value.urgency, default: nil)
        try visitor.member("cuesAsked", &value.cuesAsked, default: [])
        try visitor.member("riskQuoted", &value.riskQuoted, default: [])
        try visitor.member("riskAnswers", &value.riskAnswers, default: [])
        try visitor.member("quotedFromUnkept", &value.quotedFromUnkept, default: [])
        try visitor.member("pendingCues", &value.pendingCues, default: [])
        try visitor.member("askingAboutSignificant", &value.askingAboutSignificant, default: false)
        try visitor.member("askingAfterUrgent", &value.askingAfterUrgent, default: false)
        try visitor.member("significantAfterNo", &value.significantAfterNo, default: false)
        try visitor.member("proceduresSaid", &value.proceduresSaid, default: false)
        try visitor.member("tried", &value.tried, default: nil)
        try visitor.member("raised", &value.raised, default: nil)
        try visitor.member("dateAskedAgain", &value.dateAskedAgain, default: false)
        try visitor.member("dateOffered", &value.dateOffered, default: nil)
        try visitor.member("stageStarted", &value.stageStarted, default: nil)
        try visitor.member("specialCases", &value.specialCases, default: [])
        try visitor.member("spotted", &value.spotted, default: [])
        try visitor.member("specialCasesDeclined", &value.specialCasesDeclined, default: [])
        try visitor.member("setting", &value.setting, default: nil)
        try visitor.member("area", &value.area, default: nil)
        try visitor.member("redacted", &value.redacted, default: false)
    }

    /// Members older versions wrote and this one reads but no longer keeps.
    enum LegacyKeys: String, CodingKey { case suggestedType }

    public init(from decoder: Decoder) throws {
        try self.init(membersFrom: decoder)
        // A session saved before the shortlist kept its one suggestion on its own: it is the shortlist.
        if typeShortlist.isEmpty, let legacy = try decoder.container(keyedBy: LegacyKeys.self).decodeIfPresent(DisagreementType.self, forKey: .suggestedType) {
            typeShortlist = [legacy]
        }
    }
}

extension SpottedCase: Schema {
    public static var blank: SpottedCase { SpottedCase(kind: .personAway, cue: "") }

    @inlinable
    public static func members<Visitor: MemberVisitor & ~Copyable>(_ visitor: inout Visitor, _ value: inout SpottedCase) throws(Visitor.Failure) {
        try visitor.member("kind", &value.kind)
        try visitor.member("cue", &value.cue)
    }
}

extension SentReply: Schema {
    public static var blank: SentReply { SentReply(turn: 0, request: 0, reply: "") }

    @inlinable
    public static func members<Visitor: MemberVisitor & ~Copyable>(_ visitor: inout Visitor, _ value: inout SentReply) throws(Visitor.Failure) {
        try visitor.member("turn", &value.turn)
        try visitor.member("request", &value.request)
        try visitor.member("reply", &value.reply)
    }
}

extension Step: SchemaValue {}
