extension Route {
    /// The route as the jsonl protocol sends it and `route --json` prints it, written straight into
    /// bytes: it is the largest thing a turn sends.
    public func write(to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("policy", policyID)
        writer.member("outcome", outcome.rawValue)
        writer.member("risk", risk.rawValue)
        writer.member("headline", headline)
        writer.key("stage")
        Self.write(stage, to: &writer)
        writer.key("stageToPursue")
        Self.write(stageToPursue, to: &writer)
        writer.key("contact")
        contact.write(to: &writer)
        writer.key("otherContacts")
        writer.open(.array)
        for other in otherContacts { other.write(to: &writer) }
        writer.close(.array)
        writer.key("notify")
        writer.open(.array)
        for contact in notify { contact.write(to: &writer) }
        writer.close(.array)
        writer.key("form")
        if let form {
            writer.open(.object)
            writer.member("name", form.name)
            writer.member("when", orNull: form.when)
            writer.key("submitTo")
            if let to = form.submitTo { to.write(to: &writer) } else { writer.null() }
            writer.close(.object)
        } else {
            writer.null()
        }
        writer.member("deadline", orNull: deadline?.description)
        writer.member("deadlineBasis", orNull: deadlineBasis)
        writer.member("deadlinePurpose", orNull: deadlinePurpose)
        writer.key("otherReading")
        if let otherReading {
            writer.open(.object)
            writer.member("reading", otherReading.reading)
            writer.member("deadline", orNull: otherReading.deadline?.description)
            writer.member("basis", otherReading.basis)
            writer.close(.object)
        } else {
            writer.null()
        }
        writer.member("actions", strings: actions)
        writer.member("record", strings: record)
        writer.key("citations")
        writer.objects(citations) { writer, citation in
            writer.member("source", citation.source)
            writer.member("quote", citation.quote)
        }
        writer.member("warnings", strings: warnings)
        writer.close(.object)
    }

    static func write(_ stage: StageSummary?, to writer: inout JSONWriter) {
        guard let stage else { return writer.null() }
        writer.open(.object)
        writer.member("position", stage.position)
        writer.member("label", stage.label)
        writer.member("title", stage.title)
        writer.close(.object)
    }

    /// The same JSON as a value, for records and printing; what `write(to:)` writes always parses.
    public var json: JSONValue {
        (try? JSONValue.parse(JSONWriter.bytes(capacity: 2048) { write(to: &$0) })) ?? .null
    }
}

extension RoutedContact {
    /// Every contact the same shape: role, name, email, phone, how, area, hours, openNow, note.
    func write(to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("role", orNull: role)
        writer.member("name", orNull: name)
        writer.member("email", orNull: email)
        writer.member("phone", orNull: phone)
        writer.member("how", orNull: how)
        writer.member("area", orNull: area)
        writer.member("hours", orNull: hours)
        writer.key("openNow")
        if let openNow { writer.bool(openNow) } else { writer.null() }
        writer.member("note", orNull: note)
        writer.close(.object)
    }
}
