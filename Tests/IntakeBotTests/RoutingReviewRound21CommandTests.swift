import Foundation
import Testing

/// An outside routing review, round 21: what `route --help` says of the tool's own words and counting.
@Suite("Routing review, round 21: route --help")
struct RoutingReviewRound21CommandTests {
    static func help() throws -> String {
        let result = try Executable.run(["route", "--help"])
        // The help is wrapped; read as one line.
        return result.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// F1: the risk levels are the tool's; B&NES and Torbay say "risk of immediate harm" (000 l.54, 001 l.24), Shropshire
    /// "if someone is at risk of harm" (004 l.57).
    @Test("--risk says its levels are the tool's words, and gives the policies' own triggers") func riskHelp() throws {
        let help = try Self.help()
        #expect(help.contains("in the tool's words, not a policy's"), "\(help)")
        #expect(help.contains("\"risk of immediate harm\""))
        #expect(help.contains("\"if someone is at risk of harm\""))
    }
}

/// F5: Pan-Cheshire's steps are numbered from its second stage: "Step 1" (002 l.63) follows the unnumbered first conversation
/// (l.53). A DSL who had tried "Step 1" gave --tried 1 and was routed back to the line managers, with nothing in --help to say
/// how stages are counted.
@Suite("Routing review, round 21: how --tried counts stages")
struct TriedCountingTests {
    @Test("--help says how --tried counts stages, with Pan-Cheshire's Step 1 as stage 2") func triedHelp() throws {
        let help = try RoutingReviewRound21CommandTests.help()
        #expect(help.contains("counted from the policy's first stage as 1"), "\(help)")
        #expect(help.contains("Step 1 is stage 2, and having tried Step 1 is --tried 2"))
    }

    @Test("Pan-Cheshire --tried N says what it was taken as, and what to give for Step N", arguments: [
        (1, "--tried 1 was taken as tried up to Professionals resolving disagreements. If you have tried up to Step 1, give --tried 2."),
        (2, "--tried 2 was taken as tried up to Step 1. If you have tried up to Step 2, give --tried 3."),
    ])
    func panCheshireNote(_ tried: Int, _ says: String) throws {
        let result = try Executable.run(["route", "--policy", "pan-cheshire", "--area", "cheshire-east", "--tried", "\(tried)",
                                         "--raised", "2027-01-04", "--now", "2027-01-05T10:00", "--setting", "health"])
        let text = result.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Note: --tried counts the Pan-Cheshire policy's stages from its first"), "\(text)")
        #expect(text.contains(says), "\(text)")
    }

    @Test("no note where the policy's numbers are the stage count, or --tried is not given", arguments: [
        ["route", "--policy", "torbay", "--tried", "1", "--now", "2027-01-05T10:00"],
        ["route", "--policy", "pan-cheshire", "--area", "halton", "--now", "2027-01-05T10:00"],
    ])
    func noNote(_ arguments: [String]) throws {
        #expect(!(try Executable.run(arguments)).output.contains("--tried counts"))
    }
}
