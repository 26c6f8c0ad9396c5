import Foundation
import ConversationEngine
import EscalationRules

/// `intake-bot bench`: in-process micro benchmarks of the pure core, for Scripts/bench.
enum BenchCommand {
    static let spec = CommandSpec(
        name: "bench",
        synopsis: "bench [--seconds S]",
        summary: "Measures the core on this machine: routes/s, classifications/s and conversation turns/s.",
        options: [.init(name: "seconds", value: "S", help: "How long each measurement runs (default 2).")])

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let seconds = Double(arguments.value("seconds") ?? "2") ?? 2
        let library = PolicyLibrary.bundled
        let now = Moment(iso: "2026-11-23T10:00")!
        let routers = library.policies.map { Router(policy: $0, calendar: library.calendar(for: $0)) }
        let facts = (0..<5).flatMap { tried in Risk.allCases.map { Facts(risk: $0, tried: tried, raised: now.day.adding(days: -tried * 3), now: now, area: nil) } }
        let routes = measure(seconds) { i in _ = routers[i % routers.count].route(facts[i % facts.count]) }
        output.line("routes/s \(Int(routes))")

        let descriptions = ["CSC say the referral doesnt meet threshold for assessment", "no strat discussion was held after the disclosure",
                            "the social worker hasnt done anything that was agreed", "GP will not share records citing consent",
                            "the plan for the child is inadequate to meet her needs", "they refused to fund the support service"]
        let classifications = measure(seconds) { i in _ = Classifier.standard.classify(descriptions[i % descriptions.count]) }
        output.line("classifications/s \(Int(classifications))")

        let conversation = Conversation(library: library)
        let script = ["no", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today", "restart"]
        var turn = conversation.start(policyID: "torbay", at: now)
        let turns = measure(seconds) { i in turn = conversation.reply(to: script[i % script.count], in: turn.session, at: now) }
        output.line("turns/s \(Int(turns))")
        let encodes = measure(seconds) { _ in _ = turn.session.json.compactBytes }
        output.line("session-encodings/s \(Int(encodes))")
    }

    /// Calls `work` with a counter until `seconds` pass, returning calls per second.
    static func measure(_ seconds: Double, _ work: (Int) -> Void) -> Double {
        let start = Posix.monotonicSeconds()
        var count = 0
        while true {
            for _ in 0..<100 { work(count); count += 1 }
            let elapsed = Posix.monotonicSeconds() - start
            if elapsed >= seconds { return Double(count) / elapsed }
        }
    }
}
