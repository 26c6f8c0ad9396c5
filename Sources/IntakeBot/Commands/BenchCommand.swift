import Foundation
import ConversationEngine
import EscalationRules

/// `intake-bot bench`: in-process micro benchmarks of the pure core, for Scripts/bench.
enum BenchCommand {
    static let spec = CommandSpec(
        name: "bench",
        synopsis: "bench [--seconds S | --calls N] [--step NAME]",
        summary: "Measures the core on this machine: routes/s, classifications/s, conversation turns/s, and the server's path without the socket.",
        options: [.init(name: "seconds", value: "S", help: "How long each measurement runs (default 2)."),
                  .init(name: "calls", value: "N", help: "Run each measurement N times instead, for instruction counts under callgrind."),
                  .init(name: "step", value: "NAME", help: "Time only the step so named (as `step NAME:` prints it), for a profile of that one turn.")])

    /// How long each measurement goes on.
    enum Limit {
        case seconds(Double)
        case calls(Int)
    }

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let limit: Limit = arguments.value("calls").flatMap(Int.init).map(Limit.calls)
            ?? .seconds(Double(arguments.value("seconds") ?? "2") ?? 2)
        let library = PolicyLibrary.bundled
        let now = Moment(iso: "2026-11-23T10:00")!
        if let only = arguments.value("step") {
            for line in stepCosts(limit, conversation: Conversation(library: library), now: now, only: only) { output.line(line) }
            return
        }
        let routers = library.policies.map { Router(policy: $0, calendar: library.calendar(for: $0)) }
        let facts = (0..<5).flatMap { tried in Risk.allCases.map { Facts(risk: $0, tried: tried, raised: now.day.adding(days: -tried * 3), now: now, area: nil) } }
        let routes = measure(limit) { i in _ = routers[i % routers.count].route(facts[i % facts.count]) }
        output.line("routes/s \(Int(routes))")

        let descriptions = ["CSC say the referral doesnt meet threshold for assessment", "no strat discussion was held after the disclosure",
                            "the social worker hasnt done anything that was agreed", "GP will not share records citing consent",
                            "the plan for the child is inadequate to meet her needs", "they refused to fund the support service"]
        let classifications = measure(limit) { i in _ = Classifier.standard.classify(descriptions[i % descriptions.count]) }
        output.line("classifications/s \(Int(classifications))")
        let risks = measure(limit) { i in _ = RiskReader.standard.read(descriptions[i % descriptions.count]) }
        output.line("risk-readings/s \(Int(risks))")

        let conversation = Conversation(library: library)
        for line in stepCosts(limit, conversation: conversation, now: now) { output.line(line) }
        let script = ["no", "no", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today", "restart"]
        var turn = conversation.start(policyID: "torbay", at: now)
        let turns = measure(limit) { i in turn = conversation.reply(to: script[i % script.count], in: turn.session, at: now) }
        output.line("turns/s \(Int(turns))")
        // A routed session, the largest the script makes, whatever turn the timed loop stopped at.
        var routed = conversation.start(policyID: "torbay", at: now)
        for answer in script.dropLast() { routed = conversation.reply(to: answer, in: routed.session, at: now) }
        let encodes = measure(limit) { _ in _ = routed.session.jsonBytes }
        output.line("session-encodings/s \(Int(encodes))")
        output.line("server-turns/s \(Int(try serverTurns(limit, script: script, library: library, now: now)))")
        let mix = try mixTurns(limit, library: library, now: now)
        output.line("mix-turns/s \(Int(mix.perSecond)) (\(mix.routed) routed of \(mix.conversations) conversations)")
        output.line("mix-journal-bytes/turn \(mix.journalBytes / max(mix.turns, 1)) (\(mix.journalBytes) bytes for \(mix.turns) turns)")
    }

    /// Each kind of turn a practitioner takes, timed alone from the same session: the turn is a pure
    /// function, so every call does the same work. Choice and command steps are held to at most three
    /// times the cheapest (issue 17); a description pays for its classification and privacy guard.
    static func stepCosts(_ limit: Limit, conversation: Conversation, now: Moment, only: String? = nil) -> [String] {
        func session(_ answers: [String], policy: String? = nil) -> Session {
            answers.reduce(conversation.start(policyID: policy, at: now)) { conversation.reply(to: $1, in: $0.session, at: now) }.session
        }
        let atPolicy = session(["no", "no"])
        let atSubject = session(["no", "no", "torbay"])
        let atTried = session(["no", "no", "torbay", "1", "1", "yes", "CSC decided to close the case", "yes"])
        let atRaised = session(["no", "no", "torbay", "1", "1", "yes", "CSC decided to close the case", "yes", "0"])
        let routed = session(["no", "no", "torbay", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today"])
        let steps: [(String, Session, String)] = [
            ("risk: no", session([]), "no"),
            ("partnership by name: torbay", atPolicy, "torbay"),
            ("partnership by number: 2", atPolicy, "2"),
            ("partnership with a typo: torbya", atPolicy, "torbya"),
            ("partnership not recognised", atPolicy, "my local one"),
            ("subject not recognised", atSubject, "dunno really"),
            ("subject: child", atSubject, "child"),
            ("stages tried: 0", atTried, "0"),
            ("stages tried by name", atTried, "stage two"),
            ("status", atTried, "status"),
            ("back", atTried, "back"),
            ("record", routed, "record"),
            ("raised: today, then the route", atRaised, "today"),
            ("summarise", atTried, "summarise"),
        ]
        var lines: [String] = []
        var cheapest = Double.infinity
        var costs: [(String, Double)] = []
        for (name, from, answer) in steps where only == nil || only == name {
            // Once before timing, outside the counted function: a table built on its first use is not a turn's cost.
            _ = conversation.reply(to: answer, in: from, at: now)
            let perSecond = timedTurns(limit, conversation: conversation, answer: answer, in: from, now: now)
            let micros = 1_000_000 / perSecond
            cheapest = min(cheapest, micros)
            costs.append((name, micros))
        }
        for (name, micros) in costs { lines.append("step \(name): \(String(format: "%.2f", micros)) us (\(String(format: "%.1f", micros / cheapest))x the cheapest)") }
        // A description is not a choice: it may cost what its classification and privacy guard need, so it is
        // reported on its own line, not against the cheapest step (`--step description` times it alone).
        guard only == nil || only == "description" else { return lines }
        let atDescription = session(["no", "no", "torbay", "1", "1", "yes"])
        let description = "The social worker closed the case after one home visit although the school has reported three incidents of neglect this term and the child is often hungry"
        _ = conversation.reply(to: description, in: atDescription, at: now)
        let described = timedTurns(limit, conversation: conversation, answer: description, in: atDescription, now: now)
        lines.append("step free-text description (\(description.count) characters, classified and guarded): \(String(format: "%.2f", 1_000_000 / described)) us")
        return lines
    }

    /// One answer given again and again from the same session, calls per second. A function of its own so
    /// that callgrind can count it alone: `--toggle-collect='*timedTurns*'` with `--step`.
    @inline(never)
    static func timedTurns(_ limit: Limit, conversation: Conversation, answer: String, in session: Session, now: Moment) -> Double {
        measure(limit) { _ in _ = conversation.reply(to: answer, in: session, at: now) }
    }

    /// A jsonl request through the server's whole path but the socket: parsed, answered, journalled
    /// (written, flushed by the syncer), the reply encoded; 100 conversations in turn, as at N = 100.
    static func serverTurns(_ limit: Limit, script: [String], library: PolicyLibrary, now: Moment) throws(CommandFailure) -> Double {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("intake-bot-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let journal = try Journal(directory: directory)
        defer { journal.finish() }
        let store = ConversationStore(journal: journal, now: 0)
        let service = ConversationService(engine: Conversation(library: library), store: store, records: nil, defaultPolicy: "torbay",
                                          maximumConversations: 1000, clock: { now }, log: ServerLog(quiet: true))
        let jsonl = JSONLProtocol(service: service, status: { [] })
        // What Scripts/instruments/loadgen.c sends: a greeting starts each conversation, the answers
        // follow, and a restart command begins the next round, so each round routes once.
        let requests = (0..<100).map { id -> [[UInt8]] in
            let conversation = #""conversation": "c\#(id)""#
            let lines = [#"{\#(conversation), "text": "hi", "policy": "torbay"}"#]
                + script.dropLast().map { #"{\#(conversation), "text": "\#($0)"}"# }
                + [#"{\#(conversation), "command": "restart"}"#]
            return lines.map { Array($0.utf8) }
        }
        let round = requests[0].count
        return measure(limit) { i in
            // The greeting is sent once per conversation; later rounds begin at the first answer.
            let step = i / 100 < round ? i / 100 : 1 + (i / 100 - 1) % (round - 1)
            _ = jsonl.handle(.whole(requests[i % 100][step]), at: 0)
            if i % 100 == 99 { _ = try? store.commit() }
        }
    }

    /// What practitioners do, for the server's path without the socket: a server without `--policy`,
    /// the partnership chosen by name, by number and with a typo, unrecognised answers, descriptions
    /// of realistic length, `status`, `back`, `record`, and conversations that end rather than
    /// restart. 100 conversations side by side, as at N = 100, each playing the scripts in turn.
    static let mixScripts: [[String]] = [
        ["no", "no", "torbay", "1", "1", "yes", "CSC say the referral doesnt meet threshold for assessment although the school has reported three incidents of neglect this term", "no", "yes", "0", "today", "#record"],
        ["perhaps", "no", "no", "my local one", "2", "dunno", "child", "1", "yes", "the social worker hasnt done anything that was agreed at the core group and the child is still missing school most days", "yes", "0", "today", "status"],
        ["no", "no", "bath", "adult", "1", "yes", "GP will not share records citing consent, so we cannot complete the safeguarding enquiry for a vulnerable adult", "yes", "0", "today", "back", "today", "#record"],
        ["no", "no", "IOM", "adult", "1", "yes", "adult social care say the referral does not meet the criteria even though she has been financially exploited twice", "yes", "0", "today"],
        ["no", "no", "chesire east", "child", "1", "yes", "MASH NFA'd our referral, we think it meets threshold because of the domestic abuse reported by the school", "no", "yes", "0", "yesterday", "status"],
        ["yes", "cheshire east"],
        ["no", "no", "5", "adult", "1", "yes", "disagreement over the sharing of information between the hospital discharge team and the care provider", "yes", "0", "today"],
        ["no", "no", "torbya", "1", "1", "yes", "police decided to take no further action and we disagree with that decision given the injuries seen", "yes", "stage two", "today", "#record"],
    ]

    static func mixTurns(_ limit: Limit, library: PolicyLibrary, now: Moment) throws(CommandFailure)
        -> (perSecond: Double, routed: Int, conversations: Int, turns: Int, journalBytes: Int) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("intake-bot-mix-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let journal = try Journal(directory: directory)
        defer { journal.finish() }
        let store = ConversationStore(journal: journal, now: 0)
        let service = ConversationService(engine: Conversation(library: library), store: store, records: nil, defaultPolicy: nil,
                                          maximumConversations: 1000, clock: { now }, log: ServerLog(quiet: true))
        let jsonl = JSONLProtocol(service: service, status: { [] })
        // Each conversation: a greeting, its script, then `end`. "#record" is the record command.
        let scripts = mixScripts.map { script in
            [#""text": "hi""#] + script.map { $0 == "#record" ? #""command": "record""# : #""text": "\#($0)""# } + [#""command": "end""#]
        }
        var slots = (0..<100).map { (script: $0 % scripts.count, line: 0, generation: 0) }
        var routed = 0, conversations = 0, turns = 0
        let perSecond = measure(limit) { i in
            turns += 1
            let slot = i % 100
            var state = slots[slot]
            let id = "c\(slot)-\(state.generation)"
            _ = jsonl.handle(.whole(Array("{\"conversation\": \"\(id)\", \(scripts[state.script][state.line])}".utf8)), at: 0)
            // Checked once a conversation, before its end, by the step it reached: a look-up, not a search of the reply.
            if state.line == scripts[state.script].count - 2, let step = service.session(service.key(forBridgeID: id))?.step,
               step == .routed || step == .urgentShown { routed += 1 }
            state.line += 1
            if state.line == scripts[state.script].count {
                state = (script: (state.script + 1) % scripts.count, line: 0, generation: state.generation + 1)
                conversations += 1
                // An ended conversation is kept for the retention time (an hour by default), which this
                // clock never reaches: without this the store holds every one, and once it holds
                // `maximumConversations` every new conversation is refused and the figure counts refusals.
                _ = service.expire(now: 1, idle: .infinity, unanswered: .infinity, retention: 0)
            }
            slots[slot] = state
            if slot == 99 { _ = try? store.commit() }
        }
        // What the journal took, records and frames, written ahead zeros not counted.
        let journalBytes = (try? store.commit()) ?? 0
        return (perSecond, routed, conversations, turns, journalBytes)
    }

    /// Calls `work` with a counter until the limit, returning calls per second.
    static func measure(_ limit: Limit, _ work: (Int) -> Void) -> Double {
        let start = Posix.monotonicSeconds()
        var count = 0
        while true {
            for _ in 0..<100 { work(count); count += 1 }
            let elapsed = Posix.monotonicSeconds() - start
            switch limit {
            case .seconds(let seconds) where elapsed >= seconds: return Double(count) / elapsed
            case .calls(let calls) where count >= calls: return Double(count) / elapsed
            default: continue
            }
        }
    }
}
