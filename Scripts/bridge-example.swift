// An example chat bridge for `intake-bot serve --protocol jsonl`: what a Teams, Slack or Matrix bridge
// does, with the chat replaced by your terminal. Each line you type is sent as one chat message.
//
//   swift Scripts/bridge-example.swift [SOCKET] [CONVERSATION-ID]
//
// Type /status for the server's counts, /record for the case record, /end to finish, /restart to begin again.
// Before sending anything it checks, with SO_PEERCRED, that the server is running as the user it
// expects (your own, or INTAKE_BOT_SERVER_UID): a socket path can be bound first by someone else.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments
let environment = ProcessInfo.processInfo.environment
let socketPath = arguments.count > 1 ? arguments[1]
    : (environment["XDG_RUNTIME_DIR"].flatMap { $0.isEmpty ? nil : $0 + "/intake-bot.sock" } ?? "/tmp/intake-bot-\(geteuid())/intake-bot.sock")
let conversation = arguments.count > 2 ? arguments[2] : "terminal-\(getpid())"
let serverUID = environment["INTAKE_BOT_SERVER_UID"].flatMap { UInt32($0) } ?? geteuid()

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

// Connect to the Unix domain socket.
let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
var address = sockaddr_un()
address.sun_family = sa_family_t(AF_UNIX)
withUnsafeMutableBytes(of: &address.sun_path) { raw in
    let bytes = Array(socketPath.utf8.prefix(raw.count - 1))
    raw.copyBytes(from: bytes)
    raw[bytes.count] = 0
}
let connected = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
}
guard connected == 0 else {
    fail("Cannot connect to \(socketPath): \(String(cString: strerror(errno))). Is 'intake-bot serve --protocol jsonl' running?")
}

// Whom we are talking to, from the kernel (struct ucred: pid, uid, gid), before a word is sent.
var credentials: (pid: Int32, uid: UInt32, gid: UInt32) = (0, 0, 0)
var length = socklen_t(MemoryLayout.size(ofValue: credentials))
guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0, length == 12 else {
    fail("Cannot tell who is listening on \(socketPath) (SO_PEERCRED failed); not sending anything.")
}
guard credentials.uid == serverUID else {
    fail("\(socketPath) is answered by uid \(credentials.uid), not by the server's uid \(serverUID): someone else may have bound it. "
         + "Not sending anything. (Set INTAKE_BOT_SERVER_UID if the server runs as another user.)")
}
let stream = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
var pending = Data()

/// Sends one request object as a line and returns the reply object: replies to a conversation come back in order.
func exchange(_ request: [String: Any]) -> [String: Any] {
    stream.write(try! JSONSerialization.data(withJSONObject: request) + Data("\n".utf8))
    while true {
        if let newline = pending.firstIndex(of: 0x0A) {
            let line = pending[..<newline]
            pending.removeSubrange(...newline)
            return (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] ?? [:]
        }
        let chunk = stream.availableData
        if chunk.isEmpty { print("The server closed the connection."); exit(0) }
        pending.append(chunk)
    }
}

/// What a bridge shows: the bot's messages, and the options as buttons (here, a list).
func show(_ reply: [String: Any]) {
    if let error = reply["error"] as? [String: Any] { print("[error \(error["code"] ?? "")] \(error["message"] ?? "")"); return }
    if let status = reply["status"] { print("[status] \(status)"); return }
    if let record = reply["record"], let data = try? JSONSerialization.data(withJSONObject: record, options: [.prettyPrinted]) {
        print(String(decoding: data, as: UTF8.self)); return
    }
    for message in reply["replies"] as? [String] ?? [] { print(message + "\n") }
    let buttons = (reply["options"] as? [[String: String]] ?? []).map { "[\($0["key"] ?? "")] \($0["short"] ?? "")" }
    if !buttons.isEmpty { print("Buttons: " + buttons.joined(separator: "  ")) }
    if reply["state"] as? String == "ended" { print("(conversation finished)"); exit(0) }
}

show(exchange(["conversation": conversation, "text": "hello"]))
while let line = readLine() {
    switch line {
    case "/status": show(exchange(["command": "status"]))
    case "/record", "/end", "/restart": show(exchange(["conversation": conversation, "command": String(line.dropFirst())]))
    default: show(exchange(["conversation": conversation, "text": line]))
    }
}
