/// A policy's source text as its lower-case words: a quote is in it where its words are, in order, whatever the line
/// breaks, markdown and punctuation between them. The bundled policies' quotes are held to their sources this way.
public struct SourceText: Sendable {
    /// The source text's name, as the policy file gives it.
    public let file: String
    private let words: [Substring]
    /// Where each word is, so a quote is looked for only where its first word is.
    private let places: [Substring: [Int]]

    public init(file: String, text: String) {
        self.file = file
        words = Self.words(text)
        var places: [Substring: [Int]] = [:]
        for (index, word) in words.enumerated() { places[word, default: []].append(index) }
        self.places = places
    }

    /// Whether the text has the quote's words, in order and together.
    public func holds(_ quote: String) -> Bool {
        let wanted = Self.words(quote)
        guard let first = wanted.first else { return false }
        return (places[first] ?? []).contains { start in
            start + wanted.count <= words.count && words[start..<start + wanted.count].elementsEqual(wanted)
        }
    }

    static func words(_ text: String) -> [Substring] {
        Substring(text.lowercased()).split { !$0.isLetter && !$0.isNumber }
    }
}

/// What the shell found of the source text a policy file names.
public enum SourceLookup: Sendable {
    case text(String)
    case missing
    /// Found but not plain text: a PDF or a word-processor file, whose words cannot be read here.
    case notText
}

extension PolicyLibrary {
    /// The source text a policy file names (`source.file`), where it names one.
    public static func sourceFile(in bytes: [UInt8]) -> String? {
        (try? JSONValue.parse(bytes))?["source"]?["file"]?.stringValue
    }

    /// Each quote of a policy file checked against the source text it names, as the shell found it beside the file: a quote
    /// the text does not hold is an error, as the bot would give it as the policy's own words; a text not found leaves every
    /// quote unchecked, which is said, so "valid" is never said of words nobody checked (a chat review, round 16, 2026-12-01:
    /// "This sentence is not in any policy." was called valid).
    public static func quoteProblems(in bytes: [UInt8], file: String, source name: String, _ lookup: SourceLookup) -> [PolicyProblem] {
        let unchecked = "so no quote was checked against the policy's words"
        switch lookup {
        case .missing:
            return [PolicyProblem(file: file, path: "source.file", message: "\"\(name)\" was not found beside this file, \(unchecked): put the policy's text there, as plain text, and validate again", severity: .warning)]
        case .notText:
            return [PolicyProblem(file: file, path: "source.file", message: "\"\(name)\" is not plain text, \(unchecked): save the policy's text beside this file as plain text and name that file here", severity: .warning)]
        case .text(let text):
            guard let root = try? JSONValue.parse(bytes) else { return [] }
            let source = SourceText(file: name, text: text)
            // An empty quote is the reader's problem already.
            return quotes(in: root, at: "").filter { !SourceText.words($0.quote).isEmpty && !source.holds($0.quote) }.map { path, quote in
                PolicyProblem(file: file, path: path, message: "is not in \(name) word for word: \"\(quote)\"")
            }
        }
    }

    /// Every `"quote"` member anywhere in a policy file, with its path, in the file's order.
    static func quotes(in value: JSONValue, at path: String) -> [(path: String, quote: String)] {
        switch value {
        case .object(let members):
            return members.flatMap { key, member -> [(path: String, quote: String)] in
                if key == "quote", case .string(let quote) = member { return [(JSONReader.join(path, key), quote)] }
                // A quote joined from separate passages: each is checked on its own, as the source has it.
                if key == "quote", case .array(let parts) = member {
                    return parts.enumerated().compactMap { index, part in part.stringValue.map { ("\(JSONReader.join(path, key))[\(index)]", $0) } }
                }
                return quotes(in: member, at: JSONReader.join(path, key))
            }
        case .array(let elements):
            return elements.enumerated().flatMap { quotes(in: $1, at: "\(path)[\($0)]") }
        default: return []
        }
    }
}
