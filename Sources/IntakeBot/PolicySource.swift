import Foundation
import EscalationRules

/// Finds the policies a command works with: the bundled five, plus a partnership's own file.
enum PolicySource {
    /// What the conversational commands share: the clock (fixed by `--now` for demonstrations), the
    /// library with any `--policy-file`, and the policy named by `--policy` or that file.
    static func setting(_ arguments: Arguments) throws(CommandFailure) -> (clock: () -> Moment, library: PolicyLibrary, policy: Policy?) {
        let fixedNow = try RouteCommand.moment(arguments.value("now"), defaultingTo: nil)
        let clock = { fixedNow ?? Clock.now() }
        let library = try library(policyFile: arguments.value("policy-file"), today: clock().day)
        let policy = try policy(id: arguments.value("policy"), policyFile: arguments.value("policy-file"), in: library)
        return (clock, library, policy)
    }

    /// The library with `--policy-file` added when given; a bad file is reported path by path.
    static func library(policyFile: String?, today: Day) throws(CommandFailure) -> PolicyLibrary {
        try libraryWithWarnings(policyFile: policyFile, today: today).library
    }

    /// The library with `--policy-file` added, and that file's warnings, for a command that lists them (`policies`).
    static func libraryWithWarnings(policyFile: String?, today: Day) throws(CommandFailure) -> (library: PolicyLibrary, warnings: [PolicyProblem]) {
        let bundled = try bundledLibrary()
        guard let policyFile else { return (bundled, []) }
        let outcome = bundled.read(try FileBytes.read(policyFile), file: policyFile, today: today)
        guard let policy = outcome.policy else {
            throw CommandFailure(message: outcome.problems.map(\.description).joined(separator: "\n"), status: 1)
        }
        return (bundled.including(policy), outcome.problems)
    }

    /// The bundled policies; a bundled file that is missing or broken stops the command, path by path.
    static func bundledLibrary() throws(CommandFailure) -> PolicyLibrary {
        switch PolicyLibrary.bundledLoad {
        case .success(let library): return library
        case .failure(let error): throw CommandFailure(message: "intake-bot: the bundled policy data is broken:\n\(error)", status: 1)
        }
    }

    /// The policy named by `--policy` or the one `--policy-file` brought in.
    static func policy(id: String?, policyFile: String?, in library: PolicyLibrary) throws(CommandFailure) -> Policy? {
        if let id {
            // In any case, as a bridge's requests name it (an outside attack test, round 2, 2026-12-01: "TORBAY" was refused).
            guard let policy = library.policy(id) ?? library.policy(id.lowercased()) else {
                let ids = library.policies.map(\.id).joined(separator: ", ")
                throw CommandFailure(message: "intake-bot: no policy with id '\(id)'. Known: \(ids).", status: 2)
            }
            return policy
        }
        if policyFile != nil { return library.policies.last }
        return nil
    }
}

/// Reads whole files for commands, turning failures into messages that name the path.
enum FileBytes {
    static func read(_ path: String) throws(CommandFailure) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw CommandFailure(message: "\(path): \(reason).", status: 1)
        }
        return Array(data)
    }
}

/// A command that could not do its work; `status` is the exit code.
struct CommandFailure: Error {
    var message: String
    var status: Int32
}
