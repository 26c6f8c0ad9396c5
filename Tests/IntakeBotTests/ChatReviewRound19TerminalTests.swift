import Foundation
import Testing

/// A chat review, round 19 (2026-12-02), Po2: 'calendar' said "Saved: ./escalation-deadline-....ics" after the next prompt,
/// and named the file only relative to wherever the bot was started.
@Suite("Chat review, round 19: the calendar file in the terminal")
struct ChatReviewRound19TerminalTests {
    let answers = ["no", "no", "1", "1", "yes", "CSC say it doesnt meet threshold", "yes", "0", "today", "calendar"]

    @Test("without --record-dir, the file is saved 0600 in the folder the bot was started from, named in full, before the next prompt")
    func savedInStartingFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Executable.run(["--policy", "torbay", "--now", "2026-11-23T10:00"], input: Executable.lines(answers), directory: folder.path)
        #expect(result.status == 0)
        let flat = result.output.replacingOccurrences(of: "\n  ", with: " ")
        let real = URL(fileURLWithPath: folder.path).resolvingSymlinksInPath().path
        let saved = flat.range(of: "Saved, for you alone to read, in the folder you started me from: ")
        #expect(saved != nil, "\(flat)")
        #expect(flat.contains("/escalation-deadline-2026-11-30.ics") && (flat.contains(folder.path) || flat.contains(real)), "\(flat)")
        let prompt = flat.range(of: "You have your route above.", options: .backwards)
        if let saved, let prompt { #expect(saved.lowerBound < prompt.lowerBound, "\(flat)") }
        #expect(try folder.mode(of: "escalation-deadline-2026-11-30.ics") == 0o600)
    }

    @Test("with --record-dir, the file goes with the records and says so") func savedWithRecords() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Executable.run(["--policy", "torbay", "--record-dir", folder.path, "--now", "2026-11-23T10:00"], input: Executable.lines(answers))
        let flat = result.output.replacingOccurrences(of: "\n  ", with: " ")
        #expect(flat.contains("Saved, for you alone to read, with your records: \(folder.path)/escalation-deadline-2026-11-30.ics"), "\(flat)")
    }
}
