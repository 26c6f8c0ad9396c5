extension Route {
    /// The documented `route --json` shape, keys in order; other tools rely on it.
    public var json: JSONValue {
        [
            "policy": .string(policyID),
            "outcome": .string(outcome.rawValue),
            "stage": stage.map { ["position": .number(Double($0.position)), "label": .string($0.label)] } ?? .null,
            "contact": contact.json(includingOpenNow: true),
            "notify": .array(notify.map { $0.json(includingOpenNow: false) }),
            "form": form.map { ["name": .string($0.name)] } ?? .null,
            "deadline": .optional(deadline?.description),
            "actions": .array(actions.map(JSONValue.string)),
            "record": .array(record.map(JSONValue.string)),
            "citations": .array(citations.map { ["source": .string($0.source), "quote": .string($0.quote)] }),
            "warnings": .array(warnings.map(JSONValue.string)),
        ]
    }
}

extension RoutedContact {
    func json(includingOpenNow: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("role", .optional(role)), ("name", .optional(name)), ("email", .optional(email)), ("phone", .optional(phone)),
        ]
        if includingOpenNow { members.append(("openNow", openNow.map(JSONValue.bool) ?? .null)) }
        return .object(members)
    }
}
