import Foundation

/// Standard output for commands and the terminal chat: every line is flushed at once, because
/// `print` is block-buffered on a pipe and a program driving the chat must see each prompt.
final class Console: @unchecked Sendable {
    let width = 80

    func line(_ text: String) {
        write(text + "\n")
    }

    /// Writes `text` wrapped to the terminal width, continuation lines indented like the first.
    func wrapped(_ text: String) {
        write(Wrapping.wrap(text, width: width).joined(separator: "\n") + "\n")
    }

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return  // A closed pipe: the reader has gone, nothing more to say.
            }
            offset += written
        }
    }

    static func error(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(2, $0.baseAddress!, $0.count) }
    }
}

/// Word wrapping for an 80-column terminal.
enum Wrapping {
    /// `label` padded to `column`, then `text` wrapped to `width` with every further line starting at `column`.
    static func hanging(_ label: String, _ text: String, column: Int, width: Int = 80) -> [String] {
        var pieces: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) } else if current.count + 1 + word.count <= width - column { current += " " + word } else {
                pieces.append(current)
                current = String(word)
            }
        }
        pieces.append(current)
        let indented = pieces.map { String(repeating: " ", count: column) + $0 }
        // A label wider than its column gets a line of its own.
        guard label.count < column else { return [label] + indented }
        return [label + String(repeating: " ", count: column - label.count) + pieces[0]] + indented.dropFirst()
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        // Continuation lines hang under the text: under a list item's words, or two spaces in.
        let spaces = text.prefix { $0 == " " }.count
        let rest = text.dropFirst(spaces)
        let marker = rest.hasPrefix("- ") ? 2 : rest.prefix { $0.isNumber }.count > 0 && rest.drop(while: { $0.isNumber }).hasPrefix(". ")
            ? rest.prefix { $0.isNumber }.count + 2 : 0
        let indent = String(repeating: " ", count: spaces + marker > 0 ? spaces + marker : 2)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let prefix = lines.isEmpty && current.isEmpty ? String(text.prefix { $0 == " " }) : ""
            if current.isEmpty {
                current = (lines.isEmpty ? prefix : indent) + word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = indent + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
