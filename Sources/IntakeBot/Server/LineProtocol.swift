import ConversationEngine
import EscalationRules

/// One conversation per connection, as in the terminal: lines in, the bot's lines out, and each
/// turn closed by a line holding only `>` so a client knows the turn is over without a timeout.
///
/// A conversation opened for a connection is not on disk until someone answers its first question:
/// one nobody answers goes when its connection closes or after `--unanswered-timeout`, and is never
/// carried across a restart, so connecting without typing holds no slot a person needs.
struct LineProtocol {
    static let endOfTurn = ">"
    /// Said in place of a turn whose state could not be made durable: the answer was not taken.
    static let storageUnavailable = "Your answer could not be saved (the server's storage is unavailable just now), so it was not taken. Please send it again in a moment."
    let service: ConversationService
    let attempts: ResumeAttempts

    /// A new conversation and its resume code, sent as the connection opens.
    func opened(_ connection: Connection, at now: Double) -> [UInt8] {
        let code = newCode()
        let key = service.keys.line(code)
        do {
            let turn = try service.start(key, policy: nil, at: now, owner: connection.credentials?.uid, answered: false)
            connection.key = key
            let note = "Your resume code is \(code). If you are cut off, connect again and type: resume \(code)"
            return render(turn.replies.flatMap(\.textLines) + [note])
        } catch {
            connection.closeWhenFlushed = true
            // A user at its own limit is told so: waiting does not help while it holds them (an outside attack test, round 2).
            switch error {
            case .conversationLimit: return render(["The server is carrying as many conversations as it can. Please try again shortly."])
            case .userLimit: return render(["You already have as many conversations open as one user may. Finish or quit one of them first."])
            }
        }
    }

    /// The reply to a line. One over `--max-line` is answered from its first `--max-line` bytes, as the terminal answers a
    /// long paste: kept in part, the rest of that read for risk, and the practitioner told the rest was not read (a chat
    /// review, round 20: "That line was too long, so it was ignored" lost a pasted account and any risk in it).
    func handle(_ line: HeldLine, on connection: Connection, at now: Double) -> [UInt8] {
        let message: Conversation.Message
        switch line {
        case .whole(let bytes):
            let text = String(decoding: bytes, as: UTF8.self)
            let words = text.split(separator: " ")
            if words.count >= 2, words[0].lowercased() == "resume" {
                return resume(words.dropFirst().joined(), on: connection, at: now)
            }
            message = .text(text)
        case .cut(let head, _):
            message = .cutText(String(decoding: head, as: UTF8.self))
        }
        guard let key = connection.key, let turn = service.reply(key, to: message, at: now) else {
            connection.closeWhenFlushed = true
            return render(["This conversation has expired. Connect again to start a new one."])
        }
        if turn.effects.contains(.end) { connection.closeWhenFlushed = true }
        // This protocol carries lines of text, not files (an outside review, 2026-11-30, found a file promised and none made).
        let calendar = turn.effects.contains { if case .saveCalendarEntry = $0 { return true } else { return false } }
        return render(turn.replies.flatMap(\.textLines) + (calendar ? [Self.noFiles] : []))
    }

    static let noFiles = "This connection carries text only, so no calendar file is saved: put the date in your calendar yourself."

    /// Carries on the conversation `code` names. A wrong code is logged (never the code), and slows
    /// and then closes the connection (see `ResumeAttempts`).
    func resume(_ code: String, on connection: Connection, at now: Double) -> [UInt8] {
        let uid = connection.credentials?.uid
        if let wait = attempts.refusal(for: uid, at: now) {
            service.log.event("limit", [("limit", "resume-attempts"), ("connection", .number(Double(connection.number))),
                                        ("uid", .number(Double(uid ?? .max)))])
            return render(["Too many wrong resume codes have been tried from your user account. Try again in \(Int(wait / 60) + 1) minutes."])
        }
        let key = service.keys.line(code)
        // The code of the conversation already on this connection is no wrong guess: it had been answered "no conversation
        // with that resume code" and counted towards the lock-out (an outside attack test, 2026-11-30).
        if key == connection.key, let turn = service.resume(key, at: now) {
            return render(["That is this conversation's own code: you are in it already."] + turn.replies.flatMap(\.textLines))
        }
        guard key != connection.key, let turn = service.resume(key, at: now) else {
            let counts = attempts.failed(on: connection, uid: uid, at: now)
            service.log.event("resume-failed", [("connection", .number(Double(connection.number))), ("uid", .number(Double(uid ?? .max))),
                                                ("connectionFailures", .number(Double(counts.connection))), ("userFailures", .number(Double(counts.user)))])
            guard !counts.close else {
                connection.closeWhenFlushed = true
                return render(["There is no conversation with that resume code. Too many wrong codes: this connection is closed."])
            }
            return render(["There is no conversation with that resume code. Check it, and try again in a moment."])
        }
        // The conversation opened for this connection had no answers yet: nothing is lost.
        if let fresh = connection.key { service.forgetUnanswered(fresh) }
        connection.key = key
        return render(turn.replies.flatMap(\.textLines))
    }

    /// Said when the client closes its side mid-way, as the terminal says it when its input ends (a chat review,
    /// round 9, half-closed a connection and heard nothing): nothing once a route was given or if nothing was answered.
    func inputEnded(_ connection: Connection) -> [UInt8]? {
        guard let key = connection.key, !service.isUnanswered(key), let session = service.session(key) else { return nil }
        let notice = session.inputEndedNotice
        guard !notice.isEmpty else { return nil }
        return render(notice + ["Your conversation is kept: connect again and type resume and your code to carry on."])
    }

    /// When a connection closes, its conversation goes too if no one answered it: there is nothing to resume.
    func closed(_ connection: Connection) {
        if let key = connection.key { service.forgetUnanswered(key) }
    }

    func render(_ lines: [String]) -> [UInt8] {
        Array((lines + [Self.endOfTurn]).map { $0 + "\n" }.joined().utf8)
    }

    func newCode() -> String {
        while true {
            let code = ResumeCode.make()
            if !service.hasConversation(service.keys.line(code)) { return code }
        }
    }
}
