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
    private var listener: Int32 = -1
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
    /// Lines one connection has answered in one pass: a thousand clients each pipelining made an ordinary turn wait 7 to 19
    /// seconds while each had a whole read answered in turn (an outside attack test, round 3, 2026-12-01).
    static let linesPerPass = 16
    /// Loop passes so far: a connection's share is counted per pass, not per read.
    var pass = 0
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
    /// Set when the server must stop for an error: it then exits non-zero.
    private var fatal: String?
    private var numbered = 0
    private var acceptPausedUntil = 0.0
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
            if !yielded.isEmpty { resumeYielded() }
            for event in loop.wait(milliseconds: waitLimit(now)) { handle(event) }
            if let failure = loop.failure { stop(fatally: "\(failure)") }
            if !backedUp.isEmpty { resumeDrained() }
            commitAndFlush()
            if Posix.monotonicSeconds() - lastSweep >= 1 { sweep(); lastSweep = Posix.monotonicSeconds() }
        }
        shutdown()
        if let fatal { throw CommandFailure(message: "intake-bot serve: stopped: \(fatal)", status: 1) }
    }

    /// Stops for an error the server cannot serve past: after a clean shutdown, it exits non-zero, so a supervisor restarts it.
    private func stop(fatally reason: String) {
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
        } else if event.readable {
            read(connection)
        }
        if event.writable, connections[connection.fd] === connection { flush(connection) }
    }

    /// How long the loop may wait: a quarter second, or less when a paused connection is due, or not at all when a
    /// connection had its share of the last pass with lines left, or a backed-up client has read its replies (sent whole
    /// by the last pass, they leave no event to wake the loop).
    private func waitLimit(_ now: Double) -> Int32 {
        if !yielded.isEmpty || backedUp.contains(where: drained) { return 0 }
        guard let due = paused.map(\.pausedUntil).min() else { return 250 }
        return Int32(max(1, min(250, (due - now) * 1000)))
    }

    private func acceptConnections() {
        while true {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                if errno == EINTR { continue }
                // The listening socket itself is broken: no one can connect again.
                if errno == EBADF || errno == EINVAL || errno == ENOTSOCK { return stop(fatally: "\(SystemError(call: "accept", errno: errno))") }
                if errno == EMFILE || errno == ENFILE {
                    // Out of descriptors: stop accepting for a moment rather than spin.
                    log.event("limit", [("limit", "descriptors")])
                    loop.forget(listener)
                    acceptPausedUntil = Posix.monotonicSeconds() + 0.1
                }
                return
            }
            // accept() inherits neither flag from the listener.
            Posix.setNonBlocking(fd)
            Posix.setCloseOnExec(fd)
            admit(fd)
        }
    }

    private func admit(_ fd: Int32) {
        numbered += 1
        let connection = Connection(fd: fd, number: numbered, now: Posix.monotonicSeconds())
        connection.credentials = Posix.peerCredentials(fd)
        guard permits(connection.credentials) else {
            log.event("refused", [("connection", .number(Double(numbered))), ("uid", .number(Double(connection.credentials?.uid ?? 0)))])
            close(fd)
            return
        }
        connections[fd] = connection
        if let uid = connection.credentials?.uid { connectionsByUser[uid, default: 0] += 1 }
        loop.watch(fd)
        log.event("connect", [("connection", .number(Double(numbered))), ("connections", .number(Double(connections.count)))])
        if let refusal = refusal(connection) {
            log.event("limit", refusal)
            stage(busyMessage, on: connection)
            connection.closeWhenFlushed = true
            return
        }
        if configuration.wireProtocol == .line { stage(lineProtocol.opened(connection, at: connection.lastActive), on: connection) }
    }

    /// Why a new connection cannot be served, if it cannot: its user holds its share of connections,
    /// or the server holds all the connections it can and none is silent. Slots are for people: a
    /// connection that has never sent a line is closed to make room for a new one, and so is one
    /// whose line conversation no one has answered when every conversation slot is taken.
    private func refusal(_ connection: Connection) -> [(String, JSONValue)]? {
        if let uid = connection.credentials?.uid, uid != geteuid(), connectionsByUser[uid, default: 0] > configuration.connectionsPerUser {
            return [("limit", "connections-per-uid"), ("uid", .number(Double(uid))), ("maximum", .number(Double(configuration.connectionsPerUser)))]
        }
        // Other users together leave a quarter to the server's own user (its bridges): four users each within their share
        // had filled every connection (an outside attack test, round 3, 2026-12-01).
        if let uid = connection.credentials?.uid, uid != geteuid(),
           connectionsByUser.reduce(0, { $0 + ($1.key == geteuid() ? 0 : $1.value) }) > configuration.connectionsOfOthers {
            return [("limit", "connections-other-users"), ("maximum", .number(Double(configuration.connectionsOfOthers)))]
        }
        if connections.count > configuration.maximumConnections, !closeSilent(besides: connection, limit: "connections") {
            return [("limit", "connections"), ("maximum", .number(Double(configuration.maximumConnections)))]
        }
        if configuration.wireProtocol == .line, service.conversationCount >= configuration.maximumConversations {
            // If none is silent, the conversation limit refuses the newcomer as it opens.
            _ = closeSilent(besides: connection, limit: "conversations")
        }
        return nil
    }

    /// Closes the oldest connection that has never sent a line, to make room; false if there is none. Another user's
    /// newcomer never closes one of the server's own user's (its bridges): an outside attack test (2026-11-30) closed a
    /// bridge's idle connections from another uid within its quota.
    private func closeSilent(besides newcomer: Connection, limit: String) -> Bool {
        let own = geteuid()
        let mayClose = { (candidate: Connection) in newcomer.credentials?.uid == own || candidate.credentials?.uid != own }
        let silent = connections.values.filter { !$0.spoken && $0 !== newcomer && !$0.closeWhenFlushed && mayClose($0) }.min { $0.number < $1.number }
        guard let silent else { return false }
        log.event("limit", [("limit", .string(limit)), ("closedSilent", .number(Double(silent.number)))])
        drop(silent)
        return true
    }

    private func permits(_ credentials: Posix.Credentials?) -> Bool {
        if configuration.allowedUIDs.isEmpty, configuration.allowedGIDs.isEmpty { return true }
        guard let credentials else { return false }
        return configuration.allowedUIDs.contains(credentials.uid) || configuration.allowedGIDs.contains(credentials.gid)
    }

    private var busyMessage: [UInt8] {
        switch configuration.wireProtocol {
        case .line: return lineProtocol.render(["The server is busy. Please try again shortly."])
        case .jsonl: return Array(#"{"conversation": null, "error": {"code": "connection-limit", "message": "The server is busy; try again shortly."}}"#.utf8) + [0x0A]
        }
    }

    // MARK: Stopping

    /// Stops accepting, sends what is pending, makes state durable, and removes the socket file.
    private func shutdown() {
        logWithdrawals()
        log.event("stopping", [("signal", .string(stopReason)), ("connections", .number(Double(connections.count)))])
        loop.forget(listener)
        close(listener)
        unlink(configuration.socketPath)
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
