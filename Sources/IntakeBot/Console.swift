import Foundation
import EscalationRules

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

/// Word wrapping for an 80-column terminal, on the core's one wrapper.
enum Wrapping {
    /// `label` padded to `column`, then `text` wrapped with every further line starting at `column`.
    static func hanging(_ label: String, _ text: String, column: Int, width: Int = 80) -> [String] {
        let indented = TextWrap.lines(text, width: width - column).map { String(repeating: " ", count: column) + $0 }
        // A label wider than its column gets a line of its own.
        guard label.count < column else { return [label] + indented }
        return [label + String(indented[0].dropFirst(label.count))] + indented.dropFirst()
    }

    /// A line wrapped to `width`: continuation lines hang under a list item's words, or two spaces in
    /// from the line's own indent.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        let spaces = text.prefix { $0 == " " }.count
        let rest = text.dropFirst(spaces)
        let digits = rest.prefix { $0.isNumber }.count
        let marker = rest.hasPrefix("- ") ? 2 : digits > 0 && rest.dropFirst(digits).hasPrefix(". ") ? digits + 2 : 0
        let hang = spaces + (marker > 0 ? marker : 2)
        let pieces = TextWrap.lines(rest, width: width - hang)
        return [String(repeating: " ", count: spaces) + pieces[0]] + pieces.dropFirst().map { String(repeating: " ", count: hang) + $0 }
    }
}
