/// One client on the socket: what it has sent that is not yet a whole line, and what it has not
/// yet been sent. Buffers start empty and grow only while in use.
final class Connection {
    let fd: Int32
    let number: Int
    var credentials: Posix.Credentials?
    /// The line-protocol conversation this connection carries.
    var key: String?
    var input: [UInt8] = []
    /// After a line over the limit, the rest of it is dropped up to the next newline.
    var discarding = false
    /// Replies of this loop pass, not yet committed.
    var staged: [UInt8] = []
    /// For each staged reply, the jsonl conversation it answers: an error goes in its place if its state cannot be made durable.
    var stagedAnswers: [String?] = []
    /// Bytes of replies committed but waiting for their states to be durable.
    var held = 0
    var output: [UInt8] = []
    var written = 0
    /// When it last sent anything, or a send to it made progress: the idle clock of `--connection-idle-timeout`.
    var lastActive: Double
    var watchingWrite = false
    /// Close once everything staged and queued has been sent.
    var closeWhenFlushed = false
    /// Whether the client has sent a whole line yet: a silent connection is the first to make room for a new one.
    var spoken = false
    /// Wrong resume codes tried on this connection (see `ResumeAttempts`).
    var resumeFailures = 0
    /// Until when nothing more it sends is read, after a wrong resume code; lines already read wait in `deferred`.
    var pausedUntil = 0.0
    /// Whether it has more replies unread than its output limit (`ServerConfiguration.outputLimit`): nothing more it sends
    /// is read until it reads them down to half, and lines already read wait in `deferred`.
    var backedUp = false
    /// Whether it has had its share of this loop pass: its other lines wait in `deferred` for the next.
    var yielded = false
    /// The loop pass `answered` counts lines of: the share is the connection's for a pass, however many reads it takes.
    var sharePass = -1
    var answered = 0
    var deferred: [[UInt8]?] = []
    /// Whether it used its whole share when last read: it is read after the others, while the pass has time.
    var busy = false

    /// Whether the server reads what it sends: not while paused after a wrong resume code, backed up, or past its share.
    var reads: Bool { pausedUntil == 0 && !backedUp && !yielded }

    init(fd: Int32, number: Int, now: Double) {
        self.fd = fd
        self.number = number
        lastActive = now
    }

    var unsent: Int { output.count - written + staged.count + held }

    /// Appends bytes read and returns each whole line, without its line ending; an over-long line
    /// comes back as `nil` once, and its remainder is dropped.
    func lines(adding bytes: UnsafeRawBufferPointer, maximum: Int) -> [[UInt8]?] {
        var lines: [[UInt8]?] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 0x0A {
            if discarding {
                discarding = false
            } else {
                input.append(contentsOf: bytes[start..<index])
                // The "\r" of a "\r\n" ending is not the line's: a line at the limit was refused sent with CRLF and taken
                // with LF (an outside attack test, 2026-11-30).
                let line = Self.trimmingReturn(input)
                lines.append(line.count > maximum ? nil : line)
            }
            input.removeAll(keepingCapacity: false)
            start = index + 1
        }
        if !discarding, start < bytes.count {
            input.append(contentsOf: bytes[start..<bytes.count])
            // One byte more than the limit may yet be a "\r" that a "\n" ends.
            if input.count > maximum + 1 || (input.count == maximum + 1 && input.last != 0x0D) {
                lines.append(nil)
                input.removeAll(keepingCapacity: false)
                discarding = true
            }
        }
        return lines
    }

    static func trimmingReturn(_ line: [UInt8]) -> [UInt8] {
        line.last == 0x0D ? Array(line.dropLast()) : line
    }
}

extension [UInt8] {
    /// Appends `bytes`, taking them as they are when there is nothing here yet: most passes stage
    /// and send one reply a connection, which then needs no copy.
    mutating func append(adopting bytes: [UInt8]) {
        if isEmpty { self = bytes } else { self += bytes }
    }
}
