#if canImport(Glibc)
import Glibc
#endif
import Foundation
import EscalationRules

/// How the server takes new connections: a bounded number a pass, each admitted or refused at once, and refusals
/// logged at most once a second for each limit.
extension Server {
    /// Connections accepted in one pass at most: a client connecting and closing in a loop refilled the backlog as fast
    /// as it was emptied, so accepting until `EAGAIN` never ended and no one else was served (an outside attack test,
    /// round 4, 2026-12-01). The listener stays ready, so the rest are accepted in the next pass.
    static let acceptsPerPass = 64

    func acceptConnections() {
        for _ in 0..<Self.acceptsPerPass {
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
        let connection = Connection(fd: fd, number: numbered, now: Posix.monotonicSeconds(), heldInput: heldInput,
                                    answersCutAtEnd: configuration.wireProtocol == .jsonl)
        connection.credentials = Posix.peerCredentials(fd)
        guard permits(connection.credentials) else {
            logRefusal("refused", [("connection", .number(Double(numbered))), ("uid", .number(Double(connection.credentials?.uid ?? 0)))])
            close(fd)
            return
        }
        if let refusal = refusal(connection) { return refuse(connection, refusal) }
        connections[fd] = connection
        if let uid = connection.credentials?.uid { connectionsByUser[uid, default: 0] += 1 }
        loop.watch(fd)
        log.event("connect", [("connection", .number(Double(numbered))), ("connections", .number(Double(connections.count)))])
        if configuration.wireProtocol == .line { stage(lineProtocol.opened(connection, at: connection.lastActive), on: connection) }
    }

    /// Tells a refused connection the server is busy: it is never counted among the connections, so `--max-connections`
    /// holds (refusals had waited for the pass to end, 15,633 open at once at a limit of 1,024). It is closed a moment
    /// later, so a client that writes as it connects can still read why; at most `acceptsPerPass` wait so.
    private func refuse(_ connection: Connection, _ refusal: [(String, JSONValue)]) {
        logRefusal("limit", refusal)
        _ = busyMessage.withUnsafeBytes { Posix.send(connection.fd, $0) }
        refused.append((connection.fd, Posix.monotonicSeconds() + Self.refusedGrace))
        if refused.count > Self.acceptsPerPass { closeRefused(refused.removeFirst().fd) }
    }

    static let refusedGrace = 0.1

    /// Closes refused connections whose moment is over (all of them when stopping).
    func closeRefused(at now: Double = .infinity) {
        while let first = refused.first, first.until <= now {
            refused.removeFirst()
            closeRefused(first.fd)
        }
    }

    private func closeRefused(_ fd: Int32) {
        // What it sent is taken first: closing on unread input would reset the connection before it read why.
        _ = Posix.receive(fd, into: readBuffer)
        close(fd)
    }

    /// Why a new connection cannot be served, if it cannot: its user holds its share of connections,
    /// or the server holds all the connections it can and none is silent. Slots are for people: a
    /// connection that has never sent a line is closed to make room for a new one, and so is one
    /// whose line conversation no one has answered when every conversation slot is taken.
    private func refusal(_ connection: Connection) -> [(String, JSONValue)]? {
        if let uid = connection.credentials?.uid, uid != geteuid(), connectionsByUser[uid, default: 0] >= configuration.connectionsPerUser {
            return [("limit", "connections-per-uid"), ("uid", .number(Double(uid))), ("maximum", .number(Double(configuration.connectionsPerUser)))]
        }
        // Other users together leave a quarter to the server's own user (its bridges): four users each within their share
        // had filled every connection (an outside attack test, round 3, 2026-12-01).
        if let uid = connection.credentials?.uid, uid != geteuid(),
           connectionsByUser.reduce(0, { $0 + ($1.key == geteuid() ? 0 : $1.value) }) >= configuration.connectionsOfOthers {
            return [("limit", "connections-other-users"), ("maximum", .number(Double(configuration.connectionsOfOthers)))]
        }
        if connections.count >= configuration.maximumConnections, !closeSilent(besides: connection, limit: "connections") {
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

    /// Logs a refusal, unless one for the same reason was logged less than a second ago: then it is counted, and the
    /// next logged says how many went unlogged (`alsoRefused`).
    private func logRefusal(_ event: String, _ fields: [(String, JSONValue)]) {
        var reason = event
        if case .string(let limit)? = fields.first(where: { $0.0 == "limit" })?.1 { reason = limit }
        let now = Posix.monotonicSeconds()
        guard now - lastRefusalEvent[reason, default: -.infinity] >= 1 else {
            unloggedRefusals[reason, default: 0] += 1
            return
        }
        let unlogged = unloggedRefusals.removeValue(forKey: reason) ?? 0
        log.event(event, fields + (unlogged > 0 ? [("alsoRefused", .number(Double(unlogged)))] : []))
        lastRefusalEvent[reason] = now
    }

    /// Logs the refusals not yet logged, before the server stops, so the counts add up to every one refused.
    func logRefusals() {
        for (reason, count) in unloggedRefusals.sorted(by: { $0.key < $1.key }) {
            log.event("refusals-unlogged", [("reason", .string(reason)), ("count", .number(Double(count)))])
        }
        unloggedRefusals = [:]
    }
}
