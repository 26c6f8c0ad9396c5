import ConversationEngine
import EscalationRules

/// One conversation per connection, as in the terminal: lines in, the bot's lines out, and each
/// turn closed by a line holding only `>` so a client knows the turn is over without a timeout.
struct LineProtocol {
    static let endOfTurn = ">"
    /// Said in place of a turn whose state could not be made durable: the answer was not taken.
    static let storageUnavailable = "Your answer could not be saved (the server's storage is unavailable just now), so it was not taken. Please send it again in a moment."
    let service: ConversationService

    /// A new conversation and its resume code, sent as the connection opens.
    func opened(_ connection: Connection, at now: Double) -> [UInt8] {
        let code = newCode()
        do {
            let turn = try service.start("line:" + code, policy: nil, at: now)
            connection.key = "line:" + code
            let note = "Your resume code is \(code). If you are cut off, connect again and type: resume \(code)"
            return render(turn.replies.flatMap(\.textLines) + [note])
        } catch {
            connection.closeWhenFlushed = true
            return render(["The server is carrying as many conversations as it can. Please try again shortly."])
        }
    }

    func handle(_ line: [UInt8]?, on connection: Connection, at now: Double) -> [UInt8] {
        guard let line else { return render(["That line was too long, so it was ignored. Please type a shorter answer."]) }
        let text = String(decoding: line, as: UTF8.self)
        let words = text.split(separator: " ")
        if words.count == 2, words[0].lowercased() == "resume" {
            return resume(String(words[1]).uppercased(), on: connection, at: now)
        }
        guard let key = connection.key, let turn = service.reply(key, to: text, at: now) else {
            connection.closeWhenFlushed = true
            return render(["This conversation has expired. Connect again to start a new one."])
        }
        if turn.effects.contains(.end) { connection.closeWhenFlushed = true }
        return render(turn.replies.flatMap(\.textLines))
    }

    func resume(_ code: String, on connection: Connection, at now: Double) -> [UInt8] {
        let key = "line:" + code
        guard key != connection.key, let turn = service.resume(key, at: now) else {
            return render(["There is no conversation with the resume code \(code)."])
        }
        // The conversation opened for this connection had no answers yet: nothing is lost.
        if let fresh = connection.key, service.store[fresh]?.session.history.isEmpty == true { service.store.remove(fresh) }
        connection.key = key
        return render(turn.replies.flatMap(\.textLines))
    }

    func render(_ lines: [String]) -> [UInt8] {
        Array((lines + [Self.endOfTurn]).map { $0 + "\n" }.joined().utf8)
    }

    /// Six characters that cannot be misread for each other, as ABC-234.
    func newCode() -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        while true {
            let letters = (0..<6).map { _ in alphabet.randomElement()! }
            let code = String(letters[0..<3]) + "-" + String(letters[3..<6])
            if service.store["line:" + code] == nil { return code }
        }
    }
}
