import EscalationRules

/// A reply as a chat bridge reads it: its lines as one JSON string, without the options (a bridge
/// draws those itself, as buttons or a list), and its options as an array of `{"key", "label", "short"}` objects.
extension Reply {
    /// The lines, joined by newlines, as one JSON string; the options are not listed in it.
    public func writeText(to writer: inout JSONWriter) { writer.string(joining: lines) }

    /// The options, as an array of `{"key", "label", "short"}` objects.
    public func writeOptions(to writer: inout JSONWriter) {
        writer.objects(options) { writer, option in
            writer.member("key", option.key)
            writer.member("label", option.label)
            writer.member("short", option.short)
        }
    }
}
