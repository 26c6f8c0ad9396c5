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
        if let stageToPursue { stageToPursue.write(to: &writer) } else { writer.null() }
        // Only where there is one, as a stage to pursue's `reading`: every other route's shape stays as it was.
        if let outerLimit {
            writer.key("outerLimit")
            outerLimit.writeOuterLimit(to: &writer)
        }
        writeDetails(to: &writer)
        writer.member("actions", strings: actions)
        writer.member("record", strings: record)
        writer.member("recordNote", orNull: recordNote)
        writer.key("citations")
        writer.objects(citations) { writer, citation in
            writer.member("source", citation.source)
            writer.member("quote", citation.shown)
            // Only where the quote joins separate passages: every other citation's shape stays as it was.
            if let parts = citation.parts { writer.member("parts", strings: parts) }
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

extension PursuedStage {
    /// The stage's position, label and title, whether it is expedited, then its details as a route's.
    func write(to writer: inout JSONWriter) {
        writer.open(.object)
        writeNames(to: &writer)
        writer.key("expedite")
        writer.bool(expedite)
        if let reading { writer.member("reading", reading) }
        writeDetails(to: &writer)
        writer.member("actions", strings: actions)
        writer.close(.object)
    }
}

extension PursuedStage {
    /// The stage reached, as an outer limit: its position, label and title, and its time only.
    func writeOuterLimit(to writer: inout JSONWriter) {
        writer.open(.object)
        writeNames(to: &writer)
        writeTime(to: &writer)
        writer.close(.object)
    }

    /// Which stage: its position, label and title, first in both objects.
    private func writeNames(to writer: inout JSONWriter) {
        writer.member("position", position)
        writer.member("label", label)
        writer.member("title", title)
    }
}

extension RoutedForm {
    func write(to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("name", name)
        writer.member("when", orNull: when)
        writer.key("submitTo")
        if let submitTo { submitTo.write(to: &writer) } else { writer.null() }
        writer.close(.object)
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
