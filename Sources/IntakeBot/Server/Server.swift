#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ConversationEngine
import EscalationRules

/// `intake-bot serve`: many conversations over a Unix domain socket on one thread, every reply sent
/// only after the state it leaves is on disk. The disk is flushed on a thread of its own (`Syncer`):
/// each pass's replies wait, in order, for the flush that covers them while the loop reads on.
final class Server {
    // Members without `private` are shared with Server+Replies.swift (durability, then replies) and Server+Input.swift
    // (reading and answering, with the waits, shares and back-pressure that hold a connection's input).
    let configuration: ServerConfiguration
    let service: ConversationService
    let log: ServerLog
    let loop = EventLoop()
    var listener: Int32 = -1
    private var shutdownSignal: Int32 = -1
    var connections: [Int32: Connection] = [:]
    /// Connections each peer user holds.
    var connectionsByUser: [UInt32: Int] = [:]
    /// Connections not read from until a wait after a wrong resume code is over.
    var paused: [Connection] = []
    /// Connections not read from until their clients read their replies down to half of their output limit.
    var backedUp: [Connection] = []
    /// Connections that had their share of the last pass; their other lines are answered in the next.
    var yielded: [Connection] = []
    /// Connections not read from until they may hold more input (see `inputRoom`).
    var fullOfInput: [Connection] = []
    /// The input bytes all connections hold, sent but not yet answered.
    let heldInput = HeldInput()
    /// Lines one connection has answered in one pass: a thousand clients each pipelining made an ordinary turn wait 7 to 19
    /// seconds while each had a whole read answered in turn (an outside attack test, round 3, 2026-12-01).
    static let linesPerPass = 16
    /// Loop passes so far: a connection's share is counted per pass, not per read.
    var pass = 0
    /// Until when this pass answers connections that used their whole share, and whether one has had its turn yet; the
    /// last of them that did, so the next pass goes on from there (see `takesTurn`).
    var passDeadline = 0.0
    var busyServed = false
    var lastBusy: Int32 = -1
    /// Connections with replies staged this pass.
    var touched: [Connection] = []
    /// Replies of earlier passes, oldest first, each with the journal position that must be durable
    /// before it is sent, and the conversation each reply answers (for an error in its place).
    var waiting: [(through: Int, replies: [(Connection, [UInt8], [String?])])] = []
    /// Whether the last commit or flush failed: the next that succeeds is logged.
    var storageFailing = false
    /// The journal position durable when storage failed: only a commit past it shows the disk taking writes again.
    var storageFailedAt = 0
    /// Replies and starts withdrawn since the last `storage-unavailable` event, and when that was: a bridge retrying
    /// against a full disk logged a line per refused turn (an outside attack test, round 2, 2026-12-01).
    var unloggedWithdrawals = (replies: 0, conversations: 0, message: "")
    var lastStorageEvent = -Double.infinity
    /// Refusals of new connections not yet logged, by what refused them, and when each was last logged: a client connecting
    /// and closing in a loop over its quota logged three lines an attempt, 0.4 MB a second (an outside attack test, round 4,
    /// 2026-12-01).
    var unloggedRefusals: [String: Int] = [:]
    /// Refused connections told the server is busy, oldest first, each closed at `until`.
    var refused: [(fd: Int32, until: Double)] = []
    var lastRefusalEvent: [String: Double] = [:]
    /// Set when the server must stop for an error: it then exits non-zero.
    private var fatal: String?
    var numbered = 0
    var acceptPausedUntil = 0.0
    private var stopping = false
    /// What stopped the server: a signal's name.
    private var stopReason = ""
    private let started = Posix.monotonicSeconds()
    var readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 16)
    lazy var lineProtocol = LineProtocol(service: service, attempts: ResumeAttempts(firstWait: configuration.resumeWait))
    lazy var jsonlProtocol = JSONLProtocol(service: service, status: { [unowned self] in self.status })

    /// - Parameter stopDescriptor: a descriptor that becomes readable to ask for a stop, in place of
    ///   the signal handlers (a server run inside a test).
    init(configuration: ServerConfiguration, service: ConversationService, log: ServerLog, stopDescriptor: Int32? = nil) {
        self.configuration = configuration
        self.service = service
        self.log = log
        shutdownSignal = stopDescriptor ?? -1
    }

    deinit { readBuffer.deallocate() }

    /// Serves until a signal asks it to stop (see `Signals`), then shuts down gracefully.
    func run() throws(CommandFailure) {
        do {
            // Signals first, so a stop that arrives while starting is not lost.
            if shutdownSignal < 0 { shutdownSignal = try Signals.shutdownRequests() }
            listener = try UnixSocket.listen(at: configuration.socketPath, permissions: configuration.socketMode, backlog: 512)
        } catch {
            throw CommandFailure(message: "intake-bot serve: \(error)", status: 1)
        }
        loop.watch(shutdownSignal)
        loop.watch(listener)
        if let syncer = service.journal?.syncer { loop.watch(syncer.wakeDescriptor) }
        log.event("listening", [("socket", .string(configuration.socketPath)), ("protocol", .string(configuration.wireProtocol.rawValue)),
                                ("conversations", .number(Double(service.conversationCount))),
                                ("maxConnections", .number(Double(configuration.maximumConnections)))])
        if let journal = service.journal { tell(journal.recovery) }
        var lastSweep = Posix.monotonicSeconds()
        while !stopping {
            pass += 1
            let now = Posix.monotonicSeconds()
            if acceptPausedUntil > 0, now >= acceptPausedUntil { acceptPausedUntil = 0; loop.watch(listener) }
            if !paused.isEmpty { resumePaused(at: now) }
            passDeadline = now + Self.passTime
            if !yielded.isEmpty { resumeYielded() }
            let events = loop.wait(milliseconds: waitLimit(now))
            startTurns()
            for event in inTurn(events) { handle(event) }
            if let failure = loop.failure { stop(fatally: "\(failure)") }
            if !backedUp.isEmpty { resumeDrained() }
            if !fullOfInput.isEmpty { resumeRoomy() }
            if !refused.isEmpty { closeRefused(at: Posix.monotonicSeconds()) }
            commitAndFlush()
            if Posix.monotonicSeconds() - lastSweep >= 1 { sweep(); lastSweep = Posix.monotonicSeconds() }
        }
        shutdown()
        if let fatal { throw CommandFailure(message: "intake-bot serve: stopped: \(fatal)", status: 1) }
    }

    /// Stops for an error the server cannot serve past: after a clean shutdown, it exits non-zero, so a supervisor restarts it.
    func stop(fatally reason: String) {
        guard fatal == nil else { return }
        fatal = reason
        log.event("error", [("what", "fatal"), ("message", .string(reason))], always: true)
        stopping = true
    }

    /// What the start found damaged in the state dir, file by file, then what was recovered and lost.
    /// Told even with `--quiet`: damage must never pass in silence.
    private func tell(_ recovery: StateRecovery) {
        guard !recovery.damage.isEmpty else { return }
        for damage in recovery.damage { log.event("state-damaged", damage.fields, always: true) }
        log.event("state-recovered", recovery.fields, always: true)
    }

    var status: [(String, JSONValue)] {
        var status: [(String, JSONValue)] = [
            ("connections", .number(Double(connections.count))), ("conversations", .number(Double(service.conversationCount))),
            ("turns", .number(Double(service.turns))), ("uptimeSeconds", .number((Posix.monotonicSeconds() - started).rounded())),
            ("protocol", .string(configuration.wireProtocol.rawValue))]
        if let journal = service.journal {
            status.append(("storage", .string(storageFailing ? "unavailable" : "ok")))
            status.append(("recovery", .object(journal.recovery.fields + [("damage", .array(journal.recovery.damage.map { .object($0.fields) }))])))
        }
        if service.records != nil { status.append(("recordsNotSaved", .number(Double(service.recordsNotSaved)))) }
        return status
    }

    // MARK: Events

    private func handle(_ event: EventLoop.Event) {
        if event.fd == shutdownSignal { stopReason = Signals.received(on: shutdownSignal); stopping = true; return }
        if event.fd == listener { acceptConnections(); return }
        if let syncer = service.journal?.syncer, event.fd == syncer.wakeDescriptor { syncer.drainWake(); return }
        guard let connection = connections[event.fd] else { return }
        if !connection.reads {
            // Not reading it: a hang-up is the one thing to hear, or poll would report it again and again. One past its
            // share of a pass has its lines answered first, as a client that sent them and hung up had before.
            if event.hangup, !connection.yielded { return drop(connection) }
        } else if event.readable, takesTurn(connection) {
            read(connection)
        }
        if event.writable, connections[connection.fd] === connection { flush(connection) }
    }

    /// How long the loop may wait: a quarter second, or less when a paused connection or a refused one's close is due, or not at all when a
    /// connection had its share of the last pass with lines left, or a backed-up client has read its replies (sent whole
    /// by the last pass, they leave no event to wake the loop), or replies are staged: the lines held back from the last
    /// pass, answered at the top of this one, waited a quarter second for theirs to be sent (an outside attack test,
    /// round 4, 2026-12-01).
    private func waitLimit(_ now: Double) -> Int32 {
        if !yielded.isEmpty || !touched.isEmpty || backedUp.contains(where: drained) || fullOfInput.contains(where: { inputRoom($0) > 0 }) { return 0 }
        guard let due = (paused.map(\.pausedUntil) + refused.prefix(1).map(\.until)).min() else { return 250 }
        return Int32(max(1, min(250, (due - now) * 1000)))
    }

    // MARK: Stopping

    /// Stops accepting, sends what is pending, makes state durable, and removes the socket file.
    private func shutdown() {
        logWithdrawals()
        logRefusals()
        log.event("stopping", [("signal", .string(stopReason)), ("connections", .number(Double(connections.count)))])
        loop.forget(listener)
        close(listener)
        unlink(configuration.socketPath)
        closeRefused()
        commitAndFlush()
        service.journal?.waitUntilDurable()
        commitAndFlush()
        let deadline = Posix.monotonicSeconds() + 2
        while connections.values.contains(where: { $0.unsent > 0 }), Posix.monotonicSeconds() < deadline {
            for event in loop.wait(milliseconds: 50) where event.writable {
                if let connection = connections[event.fd] { flush(connection) }
            }
        }
        for connection in Array(connections.values) { drop(connection) }
        service.close()
        log.event("stopped", [("conversations", .number(Double(service.conversationCount)))])
    }
}
