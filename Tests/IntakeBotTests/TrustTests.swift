import Foundation
import Testing
@testable import IntakeBot

/// Paths another user controls are not trusted: the default socket's directory, and the socket a
/// bridge connects to (checked with SO_PEERCRED before anything is sent).
@Suite("Trusting paths", .serialized)
struct TrustTests {
    static var isRoot: Bool { geteuid() == 0 }

    @Test("the default socket lives in $XDG_RUNTIME_DIR, which must be this user's alone") func runtimeDirectory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        chmod(folder.path, 0o700)
        #expect(try ServerConfiguration.defaultSocketPath(environment: ["XDG_RUNTIME_DIR": folder.path]) == folder.path + "/intake-bot.sock")
        chmod(folder.path, 0o777)
        let result = try Executable.run(["serve", "--state-dir", folder.path + "/state"], seconds: 10, changes: ["XDG_RUNTIME_DIR": folder.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("cannot be trusted as the runtime directory"), "\(result.errors)")
    }

    @Test("without $XDG_RUNTIME_DIR the default socket is in a private 0700 directory, never directly in /tmp") func privateSocketDirectory() throws {
        let path = try ServerConfiguration.defaultSocketPath(environment: [:])
        #expect(path == "/tmp/intake-bot-\(geteuid())/intake-bot.sock")
        var status = stat()
        #expect(lstat("/tmp/intake-bot-\(geteuid())", &status) == 0)
        #expect(status.st_mode & 0o777 == 0o700 && status.st_uid == geteuid())
    }

    @Test("a socket directory another user made first is refused, not used", .enabled(if: isRoot)) func plantedSocketDirectory() throws {
        // As nobody, whose default directory root (another user) has made first.
        let planted = "/tmp/intake-bot-65534"
        try? FileManager.default.removeItem(atPath: planted)
        try FileManager.default.createDirectory(atPath: planted, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o777])
        defer { try? FileManager.default.removeItem(atPath: planted) }
        let result = try Executable.run(["--reuid=65534", "--regid=65534", "--clear-groups", Executable.url.path, "serve"], seconds: 10,
                                        changes: ["XDG_RUNTIME_DIR": nil], executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        #expect(result.status == 1)
        #expect(result.errors.contains("\(planted): is owned by uid 0, not by this server's user (uid 65534)"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: planted + "/intake-bot.sock"))
    }

    @Test("the example bridge checks the server's uid with SO_PEERCRED and sends nothing to anyone else") func bridgeChecksPeer() throws {
        let server = try ServerProcess(["--protocol", "jsonl", "--quiet"])
        defer { server.stop(); server.folder.remove() }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scripts/bridge-example.swift").path
        let swift = URL(fileURLWithPath: "/usr/bin/env")
        let refused = try Executable.run(["swift", script, server.socket, "b1"], input: Executable.lines(["no"]), seconds: 120,
                                         changes: ["INTAKE_BOT_SERVER_UID": "\(getuid() &+ 4242)"], executable: swift)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("is answered by uid \(geteuid()), not by the server's uid \(getuid() &+ 4242)"), "\(refused.errors)")
        let status = try SocketClient(server.socket)
        defer { status.close() }
        #expect((status.request(["command": "status"])?["status"] as? [String: Any])?["conversations"] as? Int == 0, "nothing was sent")
        let accepted = try Executable.run(["swift", script, server.socket, "b2"], input: Executable.lines(["no"]), seconds: 120, executable: swift)
        #expect(accepted.output.contains("Hello, I'm IntakeBot"), "\(accepted.output) \(accepted.errors)")
    }
}
