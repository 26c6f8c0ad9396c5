extension Route {
    /// The route as the jsonl protocol sends it and `route --json` prints it, written straight into
    /// bytes: it is the largest thing a turn sends.
    public func write(to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("policy", policyID)
        writer.member("outcome", outcome.rawValue)
        writer.key("stage")
        if let stage {
            writer.open(.object)
            writer.member("position", stage.position)
            writer.member("label", stage.label)
            writer.close(.object)
        } else {
            writer.null()
        }
        writer.key("contact")
        contact.write(to: &writer, includingOpenNow: true)
        writer.key("notify")
        writer.open(.array)
        for contact in notify { contact.write(to: &writer, includingOpenNow: false) }
        writer.close(.array)
        writer.key("form")
        if let form {
            writer.open(.object)
            writer.member("name", form.name)
            writer.close(.object)
        } else {
            writer.null()
        }
        writer.member("deadline", orNull: deadline?.description)
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

    /// The same JSON as a value, for records and printing; what `write(to:)` writes always parses.
    public var json: JSONValue {
        (try? JSONValue.parse(JSONWriter.bytes(capacity: 2048) { write(to: &$0) })) ?? .null
    }
}

extension RoutedContact {
    func write(to writer: inout JSONWriter, includingOpenNow: Bool) {
        writer.open(.object)
        writer.member("role", orNull: role)
        writer.member("name", orNull: name)
        writer.member("email", orNull: email)
        writer.member("phone", orNull: phone)
        if includingOpenNow {
            writer.key("openNow")
            if let openNow { writer.bool(openNow) } else { writer.null() }
        }
        writer.close(.object)
    }
}
