/// One client on the socket: what it has sent that is not yet answered, and what it has not yet
/// been sent. Buffers start empty and grow only while in use.
final class Connection {
    let fd: Int32
    let number: Int
    var credentials: Posix.Credentials?
    /// The line-protocol conversation this connection carries.
    var key: String?
    /// What it has sent that is not yet answered, from `start` on, as it came: whole lines held back (after a wrong
    /// resume code, past its share of a pass, or while its replies are unread), then the line being assembled. One
    /// buffer rather than a copy a line: 64 KiB of two-byte lines held back as lines took 1.8 MB, and 500 clients
    /// pipelining them without reading grew the server to 905 MiB (findings 4 and 9 of an outside attack test).
    private var input: [UInt8] = []
    private var start = 0
    /// No newline lies before it from `start`: a long line sent a byte at a time is searched once, not once a byte.
    private var searched = 0
    /// After a line over the limit, the rest of it is dropped up to the next newline.
    private var discarding = false
    /// Whether a line over the limit is answered when it ends, with what followed the string the cut fell in (jsonl, whose
    /// request names its conversation and turn anywhere in the line), rather than at once (the line protocol).
    let answersCutAtEnd: Bool
    /// The line over the limit that a jsonl connection is sending, while the rest of it comes.
    private var cutLine: CutLine?
    /// The input all connections hold, which this one's counts towards.
    let heldInput: HeldInput
    /// Whether it holds all the unanswered input it may (see `Server.inputRoom`): nothing more it sends is read until
    /// its lines are answered or the others hold less.
    var inputFull = false
    var inputFullLogged = false
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
    /// Until when nothing more it sends is read, after a wrong resume code; lines already read wait in its input.
    var pausedUntil = 0.0
    /// Whether it has more replies unread than its output limit (`ServerConfiguration.outputLimit`): nothing more it sends
    /// is read until it reads them down to half, and lines already read wait in its input.
    var backedUp = false
    /// Whether it has had its share of this loop pass: its other lines wait in its input for the next.
    var yielded = false
    /// The loop pass `answered` counts lines of: the share is the connection's for a pass, however many reads it takes.
    var sharePass = -1
    var answered = 0
    /// Whether it used its whole share when last read: it is read after the others, while the pass has time.
    var busy = false

    /// Whether the server answers the lines it holds: not while paused after a wrong resume code, backed up, or past its share.
    var answers: Bool { pausedUntil == 0 && !backedUp && !yielded }
    /// Whether the server reads what it sends: while it answers, and has room for more input.
    var reads: Bool { answers && !inputFull }

    init(fd: Int32, number: Int, now: Double, heldInput: HeldInput = HeldInput(), answersCutAtEnd: Bool = false) {
        self.fd = fd
        self.answersCutAtEnd = answersCutAtEnd
        self.number = number
        self.heldInput = heldInput
        lastActive = now
    }

    /// Bytes it has sent that are not yet answered.
    var unanswered: Int { input.count - start }

    var unsent: Int { output.count - written + staged.count + held }

    /// Keeps bytes read, after what it already holds.
    func receive(_ bytes: UnsafeRawBufferPointer) {
        if start > 0 {
            input.removeSubrange(0..<start)
            searched -= start
            start = 0
        }
        input.append(contentsOf: bytes)
        heldInput.bytes += bytes.count
    }

    /// The next line it holds, taken: its bytes without the line ending, or for a line over `maximum` its first `maximum`
    /// bytes, while the rest of it is dropped as it comes (see `HeldLine.cut`). Returns nothing until a whole line is held,
    /// or, unless `answersCutAtEnd`, one over the limit.
    func nextLine(maximum: Int) -> HeldLine? {
        if discarding, let ended = skipDiscarded() { return ended }
        guard !discarding else { return nil }
        if let newline = input[max(start, searched)...].firstIndex(of: 0x0A) {
            var line = input[start..<newline]
            // The "\r" of a "\r\n" ending is not the line's: a line at the limit was refused sent with CRLF and taken
            // with LF (an outside attack test, 2026-11-30).
            if line.last == 0x0D { line = line.dropLast() }
            defer { consume(to: newline + 1) }
            guard line.count > maximum else { return .whole(Array(line)) }
            let head = Array(line.prefix(maximum))
            guard answersCutAtEnd else { return .cut(head, after: nil) }
            var cut = CutLine(head: head)
            cut.take(line.dropFirst(maximum))
            return .cut(head, after: cut.after)
        }
        searched = input.count
        // One byte more than the limit may yet be a "\r" that a "\n" ends.
        guard unanswered > maximum + 1 || (unanswered == maximum + 1 && input.last != 0x0D) else { return nil }
        discarding = true
        let head = Array(input[start..<start + maximum])
        guard answersCutAtEnd else {
            consume(to: input.count)
            return .cut(head, after: nil)
        }
        var cut = CutLine(head: head)
        cut.take(input[(start + maximum)...])
        consume(to: input.count)
        // Held, and counted towards the input budget, until the line ends.
        heldInput.bytes += cut.held
        cutLine = cut
        return nil
    }

    /// Whether `nextLine` would return a line now, as far as a look without taking one tells: a line ended, or one over the limit.
    func holdsLine(maximum: Int) -> Bool {
        input[max(start, searched)...].contains(0x0A) || unanswered > maximum + 1 || (unanswered == maximum + 1 && input.last != 0x0D)
    }

    /// Drops what it holds: nothing more it sent will be answered.
    func dropInput() {
        consume(to: input.count)
        discarding = false
        if let cut = cutLine { heldInput.bytes -= cut.held }
        cutLine = nil
    }

    /// Drops what it holds of a line over the limit, up to its end; returns a jsonl line so cut once it has ended.
    private func skipDiscarded() -> HeldLine? {
        guard let newline = input[start...].firstIndex(of: 0x0A) else {
            cutLine?.take(input[start...])
            consume(to: input.count)
            return nil
        }
        discarding = false
        let end = newline > start && input[newline - 1] == 0x0D ? newline - 1 : newline
        cutLine?.take(input[start..<end])
        consume(to: newline + 1)
        guard let cut = cutLine else { return nil }
        heldInput.bytes -= cut.held
        cutLine = nil
        return .cut(cut.head, after: cut.after)
    }

    private func consume(to end: Int) {
        heldInput.bytes -= end - start
        start = end
        guard start == input.count else { return }
        input = []
        start = 0
        searched = 0
    }
}

/// Bytes that all connections hold, sent but not yet answered.
final class HeldInput {
    var bytes = 0
}

extension [UInt8] {
    /// Appends `bytes`, taking them as they are when there is nothing here yet: most passes stage
    /// and send one reply a connection, which then needs no copy.
    mutating func append(adopting bytes: [UInt8]) {
        if isEmpty { self = bytes } else { self += bytes }
    }
}
