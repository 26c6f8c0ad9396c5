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
