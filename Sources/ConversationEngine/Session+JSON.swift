import EscalationRules

/// A session as the same JSON its Codable conformance reads, written by hand because the journal
/// writes one per turn and Foundation's JSONEncoder cost 40% of a turn. Tests decode it with
/// JSONDecoder after every turn of every transcript, so the two shapes cannot drift apart.
extension Session {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let policyID { members.append(("policyID", .string(policyID))) }
        members += [("policyFixed", .bool(policyFixed)), ("step", .string(step.rawValue)), ("intake", intake.json),
                    ("history", .array(history.map(\.json))), ("misses", .int(misses)),
                    ("why", .array(why.map(JSONValue.string))), ("started", started.json), ("turns", .int(turns))]
        if let training { members.append(("training", training.json)) }
        members.append(("trainingRequested", .bool(trainingRequested)))
        return .object(members)
    }
}

extension Snapshot {
    var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let policyID { members.append(("policyID", .string(policyID))) }
        return .object(members + [("step", .string(step.rawValue)), ("intake", intake.json)])
    }
}

extension Intake {
    var json: JSONValue {
        var members: [(String, JSONValue)] = []
        func add(_ key: String, _ value: JSONValue?) { if let value { members.append((key, value)) } }
        add("risk", risk.map { .string($0.rawValue) })
        add("carriedOnAfterUrgent", .bool(carriedOnAfterUrgent))
        add("subject", subject.map { .string($0.rawValue) })
        add("counterpart", counterpart.map { .string($0.rawValue) })
        add("checklistAnswered", .bool(checklistAnswered))
        add("checklistGaps", .array(checklistGaps.map(JSONValue.string)))
        add("description", description.map(JSONValue.string))
        add("suggestedType", suggestedType.map { .string($0.rawValue) })
        add("type", type.map { .string($0.rawValue) })
        add("typeConfidence", typeConfidence.map(JSONValue.number))
        add("urgency", urgency.map { .string($0.rawValue) })
        add("cuesAsked", .array(cuesAsked.map(JSONValue.string)))
        add("pendingCues", .array(pendingCues.map(JSONValue.string)))
        add("tried", tried.map(JSONValue.int))
        add("raised", raised.map { .string($0.description) })
        add("setting", setting.map { .string($0.rawValue) })
        add("area", area.map(JSONValue.string))
        add("redacted", .bool(redacted))
        return .object(members)
    }
}

extension TrainingState {
    var json: JSONValue {
        .object([("policyID", .string(policyID)), ("scenarioIDs", .array(scenarioIDs.map(JSONValue.string))), ("index", .int(index)),
                 ("question", .string(question.rawValue)), ("correct", .int(correct)), ("answered", .int(answered)),
                 ("missed", .array(missed.map(JSONValue.string))), ("finished", .bool(finished)), ("now", now.json)])
    }
}

extension Moment {
    var json: JSONValue { .object([("day", .string(day.description)), ("minute", .int(minute))]) }
}

extension JSONValue {
    static func int(_ value: Int) -> JSONValue { .number(Double(value)) }
}
