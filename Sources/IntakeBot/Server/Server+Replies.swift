import Glibc
import Foundation
import ConversationEngine
import EscalationRules

/// The server's promise on replies: a reply is sent only once the state it answers is durable; a
/// pass's replies wait for the syncer, and a failure to make them durable sends an error instead.
extension Server {
    // MARK: Durability, then replies

    /// Commits this pass's states and holds its replies until they are durable; sends every held
    /// reply whose states now are. A reply is never sent for a state that could still be lost.
    func commitAndFlush() {
        let through: Int
        do { through = try service.commit() } catch {
            return recover(from: error)
        }
        if !touched.isEmpty {
            waiting.append((through, touched.map { connection in
                defer { connection.held += connection.staged.count; connection.staged = []; connection.stagedAnswers = [] }
                return (connection, connection.staged, connection.stagedAnswers)
            }))
            touched.removeAll(keepingCapacity: true)
        }
        if let failure = service.journal?.syncer.failure { return recover(from: failure) }
        if storageFailing, through > storageFailedAt, service.durable >= through {
            storageFailing = false
            logWithdrawals()
            log.event("storage-recovered")
        }
        send(durableThrough: service.durable)
    }

    /// Sends every held reply whose states are durable through `durable`, oldest first.
    func send(durableThrough durable: Int) {
        let ready = waiting.prefix { $0.through <= durable }
        waiting.removeFirst(ready.count)
        for batch in ready {
            for (connection, bytes, _) in batch.replies {
                connection.held -= bytes.count
                guard connections[connection.fd] === connection else { continue }
                connection.output.append(adopting: bytes)
                flush(connection)
            }
        }
    }

    /// A write or flush failed (a full disk, a failing one): nothing that is not durable may be
    /// acknowledged. Every conversation goes back to its last durable state, the replies already
    /// durable go out, and every other reply becomes a `storage-unavailable` error in its place; the
    /// server carries on, and the next turn tries the disk again.
    func recover(from error: SystemError) {
        let withdrawal = service.rollBack()
        send(durableThrough: withdrawal.durable)
        var withdrawn = 0
        for (connection, bytes, answers) in waiting.flatMap(\.replies) {
            connection.held -= bytes.count
            withdrawn += answers.count
            substitute(answers, on: connection)
        }
        waiting.removeAll()
        for connection in touched {
            withdrawn += connection.stagedAnswers.count
            let answers = connection.stagedAnswers
            connection.staged = []
            connection.stagedAnswers = []
            substitute(answers, on: connection)
        }
        touched.removeAll()
        storageFailing = true
        storageFailedAt = withdrawal.durable
        unloggedWithdrawals.replies += withdrawn
        unloggedWithdrawals.conversations += withdrawal.conversations
        unloggedWithdrawals.message = "\(error)"
        if Posix.monotonicSeconds() - lastStorageEvent >= 1 { logWithdrawals() }
    }

    /// Logs what was withdrawn since the last such event, at most once a second while the disk refuses, and before the
    /// server says it has recovered or stops, so the events' counts add up to every turn refused.
    func logWithdrawals() {
        guard unloggedWithdrawals.replies + unloggedWithdrawals.conversations > 0 else { return }
        // A start logged before its turn was refused is taken back here: `conversationsWithdrawn` were never kept.
        log.event("storage-unavailable", [("message", .string(unloggedWithdrawals.message)), ("repliesWithdrawn", .number(Double(unloggedWithdrawals.replies))),
                                          ("conversationsWithdrawn", .number(Double(unloggedWithdrawals.conversations)))])
        unloggedWithdrawals = (0, 0, "")
        lastStorageEvent = Posix.monotonicSeconds()
    }

    /// Sends a `storage-unavailable` error in place of each reply whose state could not be made durable.
    func substitute(_ answers: [String?], on connection: Connection) {
        guard connections[connection.fd] === connection else { return }
        for conversation in answers {
            switch configuration.wireProtocol {
            case .line: connection.output += lineProtocol.render([LineProtocol.storageUnavailable])
            case .jsonl: connection.output += JSONLProtocol.storageUnavailable(conversation)
            }
        }
        flush(connection)
    }

    func flush(_ connection: Connection) {
        while connection.written < connection.output.count {
            let result = connection.output.withUnsafeBytes { Posix.send(connection.fd, UnsafeRawBufferPointer(rebasing: $0[connection.written...])) }
            switch result {
            case .done(let count):
                connection.written += count
                // Output draining is not idle: a client reading a long answer a little at a time was closed as idle
                // with a third of it unread (finding 11 of an outside attack test).
                connection.lastActive = Posix.monotonicSeconds()
            case .wouldBlock:
                if !connection.watchingWrite {
                    connection.watchingWrite = true
                    loop.change(connection.fd, reading: connection.reads, writable: true)
                }
                return
            case .closed:
                drop(connection)
                return
            }
        }
        connection.output.removeAll(keepingCapacity: false)
        connection.written = 0
        if connection.watchingWrite {
            connection.watchingWrite = false
            loop.change(connection.fd, reading: connection.reads, writable: false)
        }
        if connection.closeWhenFlushed, connection.staged.isEmpty, connection.held == 0 { drop(connection) }
    }

    func drop(_ connection: Connection) {
        guard connections.removeValue(forKey: connection.fd) != nil else { return }
        connection.dropInput()
        if let uid = connection.credentials?.uid { connectionsByUser[uid] = (connectionsByUser[uid] ?? 1) > 1 ? connectionsByUser[uid]! - 1 : nil }
        if configuration.wireProtocol == .line { lineProtocol.closed(connection) }
        loop.forget(connection.fd)
        close(connection.fd)
        log.event("disconnect", [("connection", .number(Double(connection.number))), ("connections", .number(Double(connections.count)))])
    }

    func sweep() {
        let now = Posix.monotonicSeconds()
        for connection in connections.values where now - connection.lastActive > configuration.connectionIdle {
            log.event("limit", [("limit", "connection-idle"), ("connection", .number(Double(connection.number)))])
            drop(connection)
        }
        let expired = Set(service.expire(now: now, idle: configuration.conversationIdle, unanswered: configuration.unansweredIdle,
                                               retention: configuration.retention))
        guard !expired.isEmpty else { return }
        log.event("conversations-expired", [("count", .number(Double(expired.count)))])
        for connection in connections.values where connection.key.map(expired.contains) == true && !connection.closeWhenFlushed {
            stage(lineProtocol.render(["This conversation was closed because nothing was typed for a while. Connect again to start a new one."]), on: connection)
            connection.closeWhenFlushed = true
        }
    }
}
