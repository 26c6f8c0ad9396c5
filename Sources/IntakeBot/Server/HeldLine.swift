/// A line a connection sent, taken to be answered: whole, or cut at `--max-line`.
enum HeldLine: Equatable {
    case whole([UInt8])
    /// A line longer than `--max-line`: its first `--max-line` bytes, and on jsonl what followed the JSON string the cut
    /// fell in (nil where it fell outside a string, or more than `CutLine.afterLimit` followed it). The rest is dropped.
    case cut([UInt8], after: [UInt8]?)
}

/// A jsonl line over `--max-line` while the rest of it comes: its first `--max-line` bytes, held, and after them only what
/// follows the string the cut fell in (a request's other members: its conversation, turn and policy), up to `afterLimit`.
/// The string's own rest is dropped as it comes, so what is held stays bounded however long the line.
struct CutLine {
    /// Room for the members a request may have after its `text`: an id of 100 bytes escaped, a turn, a policy.
    static let afterLimit = 4_096
    let head: [UInt8]
    private(set) var after: [UInt8]? = []
    private var inString = false
    private var escaped = false

    init(head: [UInt8]) {
        self.head = head
        for byte in head { step(byte) }
        if !inString { after = nil }
    }

    /// Bytes held towards the input budget while the line is not ended: the head, and room for what follows it.
    var held: Int { head.count + Self.afterLimit }

    /// Takes the next bytes of the line, none of its ending.
    mutating func take(_ bytes: ArraySlice<UInt8>) {
        guard after != nil else { return }
        var rest = bytes
        while inString, let byte = rest.first {
            rest = rest.dropFirst()
            step(byte)
        }
        guard after!.count + rest.count <= Self.afterLimit else { after = nil; return }
        after!.append(contentsOf: rest)
    }

    private mutating func step(_ byte: UInt8) {
        if escaped { escaped = false } else if byte == 0x5C { escaped = inString } else if byte == 0x22 { inString.toggle() }
    }
}
