import Foundation
import ConversationEngine
import EscalationRules

/// `intake-bot train`: a practice round of realistic cases, marked against the policy, in the terminal.
enum TrainCommand {
    static let spec = CommandSpec(
        name: "train",
        synopsis: "train [--policy ID] [--now YYYY-MM-DDTHH:MM] [--scenarios FILE]",
        summary: "Practises the escalation pathway on realistic cases: next stage, contact, notify and deadline, marked and explained. " + FileFormats.help,
        options: [
            .init(name: "policy", value: "ID", help: "The policy to practise (asked for when not given)."),
            .init(name: "policy-file", value: "FILE", help: "Use a partnership's own policy file."),
            .init(name: "scenarios", value: "FILE", help: "Add a trainer's own scenario file (checked like 'intake-bot validate')."),
            .init(name: "now", value: "YYYY-MM-DDTHH:MM", help: "Fix the clock for a trainer's cases without a time of their own (each bundled case has its own)."),
        ])

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        var (now, library, policy) = try PolicySource.setting(arguments)
        if let path = arguments.value("scenarios") {
            let outcome = library.readScenarios(try FileBytes.read(path), file: path)
            // A file that is not an object at all had no problem to list, and the command ended saying nothing (a chat review,
            // round 12).
            let problems = outcome.problems.isEmpty
                ? ["\(path): not a scenario file: it should be a JSON object (run 'intake-bot validate \(path)' for every problem)"]
                : outcome.problems.map(\.description)
            guard let set = outcome.set else { throw CommandFailure(message: problems.joined(separator: "\n"), status: 1) }
            if let policy, policy.id != set.policyID { throw mismatch(path, set: set, policy: policy, in: library) }
            outcome.problems.forEach { Console.error($0.description) }
            library = library.including(set)
            policy = policy ?? library.policy(set.policyID)
        }
        if let policy, library.scenarios(for: policy.id).isEmpty { throw noScenarios(for: policy, file: arguments.value("policy-file")) }
        let chat = TerminalChat(conversation: Conversation(library: library), console: output, store: nil, now: now)
        chat.run(opening: chat.conversation.startTraining(policyID: policy?.id, at: now()))
    }

    /// A policy with no practice cases: refused before anything starts. The round's opening said "no practice scenarios" and
    /// went on as the live chat, where the trainee's next answer chose a partnership, with exit status 0 (an outside
    /// trainer's review, round 23, F2: `train --policy-file` with no `--scenarios`).
    static func noScenarios(for policy: Policy, file: String?) -> CommandFailure {
        let given = file.map { "--policy-file \($0) --scenarios FILE" } ?? "--policy \(policy.id) --scenarios FILE"
        return CommandFailure(message: "intake-bot train: there are no practice scenarios for \(policy.shortName), so no round was started. "
                              + "Give a trainer's scenario file for it (\(given)); 'intake-bot validate FILE' checks one.", status: 2)
    }

    /// A trainer's file for one partnership with a round asked for another: refused, not played either way. Both were named,
    /// and only the trainer knows which was the slip; a round under the file's policy teaches the room another partnership's
    /// pathway, and one under theirs leaves out the cases they wrote (a chat review, round 16, 2026-12-01: Pan-Cheshire's
    /// nine cases were played and a Torbay file's dropped without a word). Said before anything starts, it costs a re-run.
    static func mismatch(_ path: String, set: ScenarioSet, policy: Policy, in library: PolicyLibrary) -> CommandFailure {
        let theirs = library.policy(set.policyID)?.shortName ?? set.policyID
        let count = set.scenarios.count
        return CommandFailure(message: "\(path) is for \(theirs), not \(policy.shortName): its \(count) \(count == 1 ? "case is" : "cases are") not used, and no round was started. "
                              + "Give --policy \(set.policyID) to practise \(count == 1 ? "it" : "them"), or a scenario file for \(policy.shortName).", status: 2)
    }
}
