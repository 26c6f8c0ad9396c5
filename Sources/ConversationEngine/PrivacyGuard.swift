import Foundation

/// Keeps identifying details out of what the bot stores: NHS numbers, postcodes, phone numbers,
/// street addresses, dates of birth and the names written next to them.
enum PrivacyGuard {
    struct Result: Equatable {
        var text: String
        var removed: Bool
    }

    static let placeholder = "[removed]"

    static func redact(_ text: String) -> Result {
        var output = text
        let cues = Cues(text)
        for pattern in patterns where cues.allow(pattern.needs) {
            output = pattern.expression.stringByReplacingMatches(in: output, range: NSRange(output.startIndex..., in: output), withTemplate: placeholder)
        }
        return Result(text: output, removed: output != text)
    }

    /// What a pattern cannot match without, read from the bytes once: every pattern but the one for
    /// names after "called" or "named" needs a digit, and most answers have neither, so the regular
    /// expressions, a tenth of a turn, are mostly not run. Text beyond ASCII runs them all.
    struct Cues {
        var digit = true
        var nameWord = true

        init(_ text: String) {
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return }
            digit = text.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            let lower = String(decoding: text.utf8.map { $0 | 0x20 }, as: UTF8.self)
            nameWord = lower.utf8.contains("name".utf8) || lower.utf8.contains("called".utf8)
        }

        func allow(_ needs: Needs) -> Bool { needs == .nameWord ? nameWord : digit }
    }

    /// What a pattern cannot match without.
    enum Needs { case digit, nameWord }

    // Order matters: a name before a date of birth goes with it, and phone numbers before NHS numbers.
    static let patterns: [(needs: Needs, expression: NSRegularExpression)] = ([
        // A capitalised name followed by a date of birth: "Jamie Smith 03/04/2015", "Jamie (dob 3.4.15)".
        (.digit, #"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*,?\s*\(?\s*(?:d\.?o\.?b\.?|born|date of birth)?\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\)?"#),
        (.digit, #"(?i)\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?)\s*:?\s*\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+[a-z]+\s+\d{4})"#),
        (.nameWord, #"(?i)\b(?:called|named|name is|name's)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"#),
        (.digit, #"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b"#),
        (.digit, #"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b"#),
        (.digit, #"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"#),
        (.digit, #"(?i)\b\d{1,4}[a-z]?\s+(?:[a-z]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|place|gardens|terrace|grove|park|square|hill|row|mews)\b"#),
    ] as [(Needs, String)]).map { ($0.0, try! NSRegularExpression(pattern: $0.1)) }
}
