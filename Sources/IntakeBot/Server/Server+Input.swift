#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ConversationEngine

/// How the server takes what clients send: reading, answering line by line, and holding a connection's input while it
/// waits after a wrong resume code, has had its share of a pass, or has more replies unread than its limit; the lines
/// read meanwhile wait in its input, in order, and it is read no further while it holds its share of the input budget.
extension Server {
    /// Reads again from connections whose wait is over, answering first the lines that waited.
    func resumePaused(at now: Double) {
        let due = paused.filter { $0.pausedUntil <= now }
        guard !due.isEmpty else { return }
        paused.removeAll { $0.pausedUntil <= now }
        for connection in due where connections[connection.fd] === connection {
            connection.pausedUntil = 0
            // The lines that waited are taken now, and any wait they earn starts now.
            connection.lastActive = now
            resume(connection)
        }
    }

    /// The reply bytes a connection may leave unread: `--max-output`, or less when many connections share the budget.
    var outputLimit: Int { configuration.outputLimit(connections: connections.count) }

    func drained(_ connection: Connection) -> Bool { connection.unsent <= outputLimit / 2 }

    /// Answers the lines of connections that had their share of the last pass, a share again, while the pass has time
    /// (one at least); the others keep their place for the next.
    func resumeYielded() {
        let due = yielded
        yielded = []
        var waiting: [Connection] = []
        for (index, connection) in due.enumerated() where connections[connection.fd] === connection {
            if index > 0, Posix.monotonicSeconds() >= passDeadline { waiting.append(connection); continue }
            connection.yielded = false
            resume(connection)
        }
        yielded = waiting + yielded
    }

    /// Time a pass spends on connections that used their whole share, before it reads the rest again: with a thousand
    /// connections each pipelining costly requests, a pass answered 16 of each, and a status waited 4 to 5 s behind
    /// them (an outside attack test, round 4, 2026-12-01). Connections that send little are read every pass.
    static let passTime = 0.05

    func startTurns() {
        passDeadline = Posix.monotonicSeconds() + Self.passTime
        busyServed = false
    }

    /// This pass's events: connections that send little first, then busy ones in turn from where the last pass stopped.
    func inTurn(_ events: [EventLoop.Event]) -> [EventLoop.Event] {
        var light: [EventLoop.Event] = [], busy: [EventLoop.Event] = []
        for event in events {
            if connections[event.fd]?.busy == true { busy.append(event) } else { light.append(event) }
        }
        guard !busy.isEmpty else { return light }
        busy.sort { $0.fd < $1.fd }
        let next = busy.firstIndex { $0.fd > lastBusy } ?? 0
        return light + busy[next...] + busy[..<next]
    }

    /// Whether to read a connection this pass: a busy one only while the pass has time, and one busy one always, so
    /// busy connections are never starved by many light ones. One not read now is ready again at the next pass.
    func takesTurn(_ connection: Connection) -> Bool {
        guard connection.busy else { return true }
        guard !busyServed || Posix.monotonicSeconds() < passDeadline else { return false }
        busyServed = true
        lastBusy = connection.fd
        return true
    }

    /// Reads again from connections whose clients have read their replies down to half the limit, answering first the
    /// lines that waited. Back-pressure, not a disconnect: a bridge that writes thousands of requests at once while it
    /// reads gets every reply (an outside attack test, round 2, 2026-12-01, was cut off before its first reply).
    func resumeDrained() {
        backedUp.removeAll { connections[$0.fd] !== $0 }
        let due = backedUp.filter(drained)
        guard !due.isEmpty else { return }
        backedUp.removeAll(where: drained)
        for connection in due {
            connection.backedUp = false
            connection.lastActive = Posix.monotonicSeconds()
            resume(connection)
        }
    }

    /// Answers the lines that waited, then reads on if nothing stops it again.
    func resume(_ connection: Connection) {
        if answerHeld(on: connection) { loop.change(connection.fd, reading: true, writable: connection.watchingWrite) }
    }

    /// The input bytes a connection may read now: up to its share of the input budget (see `ServerConfiguration.inputShare`),
    /// and for a line longer than that, on to `--max-line` while all connections together hold less than the half of the
    /// budget kept for long lines.
    func inputRoom(_ connection: Connection) -> Int {
        let share = configuration.inputShare(connections: connections.count), unanswered = connection.unanswered
        if unanswered < share { return share - unanswered }
        // Two bytes past the limit: a "\r\n" ending is not the line's.
        return max(0, min(configuration.maximumLine + 2 - unanswered, ServerConfiguration.longLineBudget - heldInput.bytes))
    }

    /// Stops reading a connection that holds all the input it may: what it sends waits in the kernel until its lines are
    /// answered or the others hold less. One that stays so is closed after the connection idle timeout.
    func holdReading(_ connection: Connection) {
        connection.inputFull = true
        fullOfInput.append(connection)
        loop.change(connection.fd, reading: false, writable: connection.watchingWrite)
        // Logged once a connection: a long line let on a few bytes at a time as others' lines are answered fills again and again.
        guard !connection.inputFullLogged else { return }
        connection.inputFullLogged = true
        log.event("limit", [("limit", "input"), ("connection", .number(Double(connection.number)))])
    }

    /// Reads again from connections that held all the input they may and now have room.
    func resumeRoomy() {
        var due: [Connection] = []
        fullOfInput.removeAll { connection in
            guard connections[connection.fd] === connection else { return true }
            guard inputRoom(connection) > 0 else { return false }
            due.append(connection)
            return true
        }
        for connection in due {
            connection.inputFull = false
            if connection.reads { loop.change(connection.fd, reading: true, writable: connection.watchingWrite) }
        }
    }

    /// Reads what the socket holds, answering each whole line. A read that leaves room in the buffer
    /// took everything there was: poll is level-triggered, so anything arriving later, a hang-up
    /// included, is reported on the next pass, and reading on to EAGAIN would cost a call a turn.
    func read(_ connection: Connection) {
        while true {
            let room = inputRoom(connection)
            guard room > 0 else { return holdReading(connection) }
            let wanted = min(room, readBuffer.count)
            switch Posix.receive(connection.fd, into: UnsafeMutableRawBufferPointer(rebasing: readBuffer[0..<wanted])) {
            case .done(let count):
                connection.lastActive = Posix.monotonicSeconds()
                connection.receive(UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]))
                // Its share used, what it sent next waits in the kernel: a client writing 64 KiB of at most 16 lines at a
                // time had every read come back full, so it was read on and on (an outside attack test, round 4, 2026-12-01).
                guard answerHeld(on: connection), count == wanted, connection.answered < Self.linesPerPass else {
                    connection.busy = connection.answered >= Self.linesPerPass
                    return
                }
            case .wouldBlock:
                connection.busy = false
                return
            case .closed:
                // Answer what was read, send it, then close.
                if configuration.wireProtocol == .line, !connection.closeWhenFlushed, let notice = lineProtocol.inputEnded(connection) {
                    stage(notice, on: connection)
                }
                connection.closeWhenFlushed = true
                touched.append(connection)
                return
            }
        }
    }

    /// Answers the lines a connection holds in turn, until it is closing, has more replies unread than its output limit,
    /// has had its share of this pass, or is made to wait after a wrong resume code: the rest wait in its input, and it
    /// is not read meanwhile. Returns whether to read on.
    func answerHeld(on connection: Connection) -> Bool {
        if connection.sharePass != pass { connection.sharePass = pass; connection.answered = 0 }
        while !connection.closeWhenFlushed {
            if connection.answered >= Self.linesPerPass, !connection.yielded, connection.holdsLine(maximum: configuration.maximumLine) {
                connection.yielded = true
                connection.busy = true
                yielded.append(connection)
            }
            guard connection.answers, let line = connection.nextLine(maximum: configuration.maximumLine) else { break }
            connection.spoken = true
            answer(line, on: connection)
            connection.answered += 1
            // Checked after every answer, so a client that sends and never reads holds at
            // most one reply over the limit, however much one read brought in.
            if connection.unsent > outputLimit { holdInput(connection) }
        }
        // Nothing more it sent is answered once it is closing.
        if connection.closeWhenFlushed { connection.dropInput() }
        if connection.pausedUntil > 0, !paused.contains(where: { $0 === connection }) { paused.append(connection) }
        guard !connection.reads else { return true }
        loop.change(connection.fd, reading: false, writable: connection.watchingWrite)
        return false
    }

    /// Stops reading a client that has more replies unread than the limit; one that never reads again is closed
    /// after the connection idle timeout.
    func holdInput(_ connection: Connection) {
        guard !connection.backedUp else { return }
        connection.backedUp = true
        backedUp.append(connection)
        log.event("limit", [("limit", "output"), ("connection", .number(Double(connection.number)))])
    }

    func answer(_ line: HeldLine, on connection: Connection) {
        if case .cut = line { log.event("limit", [("limit", "line-length"), ("connection", .number(Double(connection.number)))]) }
        let now = connection.lastActive
        switch configuration.wireProtocol {
        case .line:
            let before = connection.key
            stage(lineProtocol.handle(line, on: connection, at: now), on: connection)
            if let key = connection.key, key != before { detachOthers(from: key, besides: connection) }
        case .jsonl:
            let (reply, conversation) = jsonlProtocol.handle(line, at: now)
            stage(reply, on: connection, answering: conversation)
        }
    }

    /// A conversation resumed on `connection` is its alone: any other connection still on it is told and closed, so
    /// two people never answer one conversation's questions (a chat review, round 6, 2026-11-30).
    func detachOthers(from key: String, besides connection: Connection) {
        for other in connections.values where other !== connection && other.key == key {
            other.key = nil
            other.closeWhenFlushed = true
            stage(lineProtocol.render(["This conversation was resumed on another connection, so this one is closed."]), on: other)
            log.event("resumed-elsewhere", [("connection", .number(Double(other.number)))])
        }
    }

    /// Stages a reply to go once this pass's states are durable; `conversation` is the jsonl id it
    /// answers, for the error sent instead if they cannot be made durable.
    func stage(_ bytes: [UInt8], on connection: Connection, answering conversation: String? = nil) {
        if connection.staged.isEmpty { touched.append(connection) }
        connection.staged.append(adopting: bytes)
        connection.stagedAnswers.append(conversation)
    }
}
