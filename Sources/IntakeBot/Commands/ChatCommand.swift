import Foundation
import ConversationEngine
import EscalationRules

/// The guided chat in the terminal: reads a line, takes a turn, prints the replies, flushed at once.
enum ChatCommand {
    static let spec = CommandSpec(
        name: "chat",
        synopsis: "[chat] [--policy ID] [--policy-file FILE] [--record-dir DIR] [--now YYYY-MM-DDTHH:MM]",
        summary: "The guided chat (the default with no command). End of input, or 'quit', ends it.",
        options: [
            .init(name: "policy", value: "ID", help: "Skip choosing a partnership: bcssp, torbay, pan-cheshire, isle-of-man, shropshire."),
            .init(name: "policy-file", value: "FILE", help: "Use a partnership's own policy file."),
            .init(name: "record-dir", value: "DIR", help: "Save each finished conversation's record there (files are 0600)."),
            .init(name: "now", value: "YYYY-MM-DDTHH:MM", help: "Fix the clock, for demonstrations and training."),
        ])

    static func start(_ words: [String], console: Console) -> Int32 {
        do {
            let arguments = try spec.parse(words)
            try run(arguments, output: console)
            return 0
        } catch {
            Console.error(error.message)
            return 2
        } 
    }

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let (now, library, policy) = try PolicySource.setting(arguments)
        let store = try arguments.value("record-dir").map { path throws(CommandFailure) in try RecordStore(directory: path) }
        let chat = TerminalChat(conversation: Conversation(library: library), console: output, store: store, now: now)
        chat.run(opening: chat.conversation.start(policyID: policy?.id, at: now()))
    }
}

/// The terminal side of a conversation: styling, the prompt, and acting on effects.
struct TerminalChat {
    let conversation: Conversation
    let console: Console
    let store: RecordStore?
    let now: () -> Moment
    let interactive = isatty(0) == 1
    let colour = isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        && ProcessInfo.processInfo.environment["TERM"].map { $0 != "dumb" } ?? false

    func run(opening: Turn) {
        var turn = opening
        let chat = RecordStore.randomConversation()
        show(turn, name: RecordStore.recordName(for: turn.session, conversation: chat))
        while !turn.effects.contains(.end) {
            if interactive { console.write("> ") }
            guard let line = readLine(strippingNewline: true) else {
                // Input ended mid-conversation: say so, and what to do if someone is at risk, rather than stop
                // silently (an outside review, 2026-11-30).
                turn.session.inputEndedNotice.forEach(console.line)
                break
            }
            turn = conversation.reply(to: line, in: turn.session, at: now())
            show(turn, name: RecordStore.recordName(for: turn.session, conversation: chat))
        }
    }

    func show(_ turn: Turn, name: String) {
        // What was done is said before the question that follows it: "Saved: ..." had come after "You have your route
        // above ...", where it read as an answer to nothing (a chat review, round 19, 2026-12-02).
        let (said, asked) = turn.effects.isEmpty ? (turn.replies[...], []) : (turn.replies.dropLast(), turn.replies.suffix(1))
        write(said)
        for effect in turn.effects { act(on: effect, name: name) }
        write(asked)
        console.line("")
    }

    func write(_ replies: some Sequence<Reply>) {
        for reply in replies {
            // Wrap first: colour codes take no columns on screen.
            for line in reply.textLines {
                let pieces = reply.preformatted ? [line] : Wrapping.wrap(line, width: console.width)
                console.write(pieces.map { styled($0, urgent: line.hasPrefix("URGENT") || line.hasPrefix("Call now")) }.joined(separator: "\n") + "\n")
            }
        }
    }

    func styled(_ line: String, urgent: Bool) -> String {
        guard colour, urgent else { return line }
        return "\u{1B}[1;31m" + line + "\u{1B}[0m"
    }

    func act(on effect: Effect, name: String) {
        do {
            switch effect {
            case .saveRecord(let record):
                try store?.save(record, conversation: name)
            case .saveCalendarEntry(let file, let text):
                // Without --record-dir, in the folder the bot was started from, named in full so it can be found; readable
                // by its owner alone, as every file the bot writes.
                let path = try (store ?? RecordStore(workingDirectory: FileManager.default.currentDirectoryPath)).saveCalendarEntry(text, name: file)
                let saved = store == nil ? "Saved, for you alone to read, in the folder you started me from: \(path)" : "Saved, for you alone to read, with your records: \(path)"
                console.line(Wrapping.wrap(saved, width: console.width).joined(separator: "\n"))
            case .end: break
            }
        } catch {
            console.line("Could not save: \(error.message)")
        }
    }
}

extension Error {
    /// The text a command-line user should see for this error.
    var message: String {
        if let usage = self as? UsageError { return usage.message }
        if let failure = self as? CommandFailure { return failure.message }
        return "\(self)"
    }
}
