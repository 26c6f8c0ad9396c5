import EscalationRules

/// A reply as a chat bridge reads it: its lines as one JSON string, without the options (a bridge
/// draws those itself, as buttons or a list), and its options as an array of `{"key", "label", "short"}` objects.
///
/// Most turns send a question worded once per policy, and escaping the same text every turn was a
/// tenth of a server turn; such replies keep their JSON (`keepingJSON()`), and the rest are
/// written when sent.
extension Reply {
    struct JSONForm: Sendable {
        /// The lines, joined by newlines, as a JSON string; nil when only the options are kept.
        var text: [UInt8]?
        var options: [UInt8]
    }

    /// This reply with its JSON written now, to be sent many times.
    public func keepingJSON() -> Reply {
        var kept = self
        kept.json = JSONForm(text: JSONWriter.bytes(capacity: 512) { writeTextFresh(to: &$0) },
                             options: json?.options ?? JSONWriter.bytes(capacity: 512) { writeOptionsFresh(to: &$0) })
        return kept
    }

    /// The lines, joined by newlines, as one JSON string; the options are not listed in it.
    public func writeText(to writer: inout JSONWriter) {
        if let text = json?.text { writer.raw(text) } else { writeTextFresh(to: &writer) }
    }

    /// The options, as an array of `{"key", "label", "short"}` objects.
    public func writeOptions(to writer: inout JSONWriter) {
        if let options = json?.options { writer.raw(options) } else { writeOptionsFresh(to: &writer) }
    }

    private func writeTextFresh(to writer: inout JSONWriter) { writer.string(joining: lines) }

    private func writeOptionsFresh(to writer: inout JSONWriter) {
        writer.objects(options) { writer, option in
            writer.member("key", option.key)
            writer.member("label", option.label)
            writer.member("short", option.short)
        }
    }
}
