// A reference bridge from a Matrix homeserver to `intake-bot serve --protocol jsonl`, Foundation only:
//
//   swift Scripts/matrix-bridge.swift --homeserver http://127.0.0.1:8008 --user intakebot \
//       --password-file bot.password --socket "$XDG_RUNTIME_DIR/intake-bot.sock" --state bridge-state.json
//
// It logs in as the bot user, follows /sync, joins the rooms it is invited to, and carries each room's
// messages to the bot as one conversation per room, posting the replies back: options as a numbered
// list (a number typed is sent as the option's key), the record as a formatted message, the calendar
// entry as a file. The room id goes to the bot only as a keyed hash (HMAC-SHA-256 under a key kept in
// the 0600 state file), and is never stored. Before it sends anything on a connection it checks that
// the server's uid (SO_PEERCRED) is the one expected. Every request carries its `turn`, kept in the
// state file, so a restart of either side resends the unanswered one and gets the reply it should
// have had (docs/bridge-protocol.md). It logs events and counts on stderr, never message text.
//
// Options: --policy ID (the partnership for every room), --server-uid UID (default: this user's),
// --device ID (default INTAKEBOT-BRIDGE). The password may also come in $MATRIX_BRIDGE_PASSWORD.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

// MARK: Settings

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("matrix-bridge: \(message)\n".utf8))
    exit(1)
}

var settings: [String: String] = [:]
var argumentIndex = 1
while argumentIndex < CommandLine.arguments.count {
    let name = CommandLine.arguments[argumentIndex]
    guard name.hasPrefix("--"), argumentIndex + 1 < CommandLine.arguments.count else { fail("expected --NAME VALUE, got \(name)") }
    settings[String(name.dropFirst(2))] = CommandLine.arguments[argumentIndex + 1]
    argumentIndex += 2
}
guard let homeserver = settings["homeserver"].flatMap(URL.init(string:)), let botUser = settings["user"] else {
    fail("usage: --homeserver URL --user NAME --password-file FILE --socket PATH --state FILE [--policy ID] [--server-uid UID]")
}
guard let password = ProcessInfo.processInfo.environment["MATRIX_BRIDGE_PASSWORD"]
    ?? settings["password-file"].flatMap({ try? String(contentsOfFile: $0, encoding: .utf8) })?.trimmingCharacters(in: .whitespacesAndNewlines) else {
    fail("give --password-file FILE or MATRIX_BRIDGE_PASSWORD")
}
let socketPath = settings["socket"]
    ?? (ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"].map { $0 + "/intake-bot.sock" } ?? "/tmp/intake-bot-\(getuid()).sock")
let statePath = settings["state"] ?? "matrix-bridge-state.json"
let policy = settings["policy"]
let serverUID = settings["server-uid"].flatMap(UInt32.init) ?? getuid()
let deviceID = settings["device"] ?? "INTAKEBOT-BRIDGE"

/// One JSON line per event on stderr: room hashes, turns and codes, never what anyone wrote.
func log(_ event: String, _ fields: [String: Any] = [:]) {
    var object = fields
    object["event"] = event
    object["time"] = ISO8601DateFormatter().string(from: Date())
    if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
        FileHandle.standardError.write(data + Data("\n".utf8))
    }
}

// MARK: Keyed hashing (HMAC-SHA-256), so room ids are never sent or stored as they are

func sha256(_ message: [UInt8]) -> [UInt8] {
    let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
        0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
        0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
        0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
        0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
        0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
    var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    var data = message + [0x80]
    while data.count % 64 != 56 { data.append(0) }
    data += (0..<8).map { UInt8(truncatingIfNeeded: (UInt64(message.count) * 8) >> (56 - 8 * UInt64($0))) }
    func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 - n) }
    for chunk in stride(from: 0, to: data.count, by: 64) {
        var w = (0..<16).map { i in (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(data[chunk + i * 4 + $1]) } }
        for i in 16..<64 {
            let s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w.append(w[i - 16] &+ s0 &+ w[i - 7] &+ s1)
        }
        var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
        for i in 0..<64 {
            let t1 = hh &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[i] &+ w[i]
            let t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
            (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        for (i, value) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] = h[i] &+ value }
    }
    return h.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
}

func hmac(_ key: [UInt8], _ text: String) -> String {
    let short = key.count > 64 ? sha256(key) : key
    let block = short + [UInt8](repeating: 0, count: 64 - short.count)
    let inner = sha256(block.map { $0 ^ 0x36 } + Array(text.utf8))
    return sha256(block.map { $0 ^ 0x5c } + inner).map { String(format: "%02x", $0) }.joined()
}

// MARK: State, kept between runs in one 0600 file

struct RoomState: Codable {
    /// The turn of the room's next request.
    var turn = 0
    /// The last reply's option keys, so "2" can be sent as the second option's key.
    var options: [String] = []
    var routed = false
    /// Hashes of the last events carried, so an event seen again after a restart is not carried twice.
    var recent: [String] = []
}

struct BridgeState: Codable {
    var key: String
    var since: String?
    var rooms: [String: RoomState] = [:]
}

func loadState() -> BridgeState {
    if let data = FileManager.default.contents(atPath: statePath) {
        guard let state = try? JSONDecoder().decode(BridgeState.self, from: data) else { fail("\(statePath) is not a bridge state file") }
        return state
    }
    var generator = SystemRandomNumberGenerator()
    return BridgeState(key: (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined())
}

func save(_ state: BridgeState) {
    let temporary = statePath + ".tmp"
    guard let data = try? JSONEncoder().encode(state),
          FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]),
          rename(temporary, statePath) == 0 else { fail("cannot write \(statePath)") }
}

var state = loadState()
let hashKey: [UInt8] = stride(from: 0, to: state.key.count, by: 2).map {
    let start = state.key.index(state.key.startIndex, offsetBy: $0)
    return UInt8(state.key[start..<state.key.index(start, offsetBy: 2)], radix: 16) ?? 0
}

// MARK: The bot, over its Unix socket

/// A connection to the bot: connected lazily, checked with SO_PEERCRED, and made again after any break.
final class Bot {
    private var fd: Int32 = -1
    private var pending: [UInt8] = []

    /// Sends one request and returns its reply, reconnecting (and resending, which `turn` makes safe)
    /// until the bot answers.
    func exchange(_ request: [String: Any]) -> [String: Any] {
        let line: [UInt8] = (try? JSONSerialization.data(withJSONObject: request)).map { [UInt8]($0) + [0x0A] } ?? []
        var wait = 0.2
        while true {
            if fd < 0 { connect() }
            if fd >= 0, send(line), let reply = readLine() {
                if let object = (try? JSONSerialization.jsonObject(with: Data(reply))) as? [String: Any] { return object }
            }
            disconnect()
            log("bot-unavailable", ["retryInSeconds": wait])
            usleep(UInt32(wait * 1_000_000))
            wait = min(wait * 2, 5)
        }
    }

    private func connect() {
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array(socketPath.utf8)
        guard socket >= 0, path.count < MemoryLayout.size(ofValue: address.sun_path) else { fail("cannot use the socket path \(socketPath)") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path)
            raw[path.count] = 0
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { close(socket); return }
        // `struct ucred` is not visible from Swift: its layout on Linux is pid, uid, gid.
        var credentials: (pid: Int32, uid: UInt32, gid: UInt32) = (0, 0, 0)
        var length = socklen_t(MemoryLayout.size(ofValue: credentials))
        guard getsockopt(socket, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0, length == 12 else {
            close(socket)
            fail("cannot read the credentials of the server at \(socketPath)")
        }
        guard credentials.uid == serverUID else {
            close(socket)
            fail("the server at \(socketPath) runs as uid \(credentials.uid), not \(serverUID): refusing to send it anything")
        }
        fd = socket
        log("bot-connected", ["serverUID": Int(credentials.uid)])
    }

    private func disconnect() {
        if fd >= 0 { close(fd) }
        fd = -1
        pending = []
    }

    private func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// The next line, or nil if the bot hangs up or says nothing for a minute.
    private func readLine() -> [UInt8]? {
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                defer { pending.removeSubrange(...newline) }
                return Array(pending[..<newline])
            }
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 60_000) > 0 else { return nil }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = recv(fd, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            pending += chunk[..<count]
        }
    }
}

// MARK: The homeserver, over the client-server API

var accessToken = ""

/// One call to the homeserver; retried while it cannot be reached, so a homeserver restart is waited out.
func matrix(_ method: String, _ path: String, query: [URLQueryItem] = [], json: Any? = nil, body: Data? = nil,
            contentType: String = "application/json", timeout: Double = 60) -> [String: Any] {
    var components = URLComponents(url: homeserver, resolvingAgainstBaseURL: false)!
    components.percentEncodedPath = path
    if !query.isEmpty { components.queryItems = query }
    var request = URLRequest(url: components.url!, timeoutInterval: timeout)
    request.httpMethod = method
    if !accessToken.isEmpty { request.setValue("Bearer \(accessToken)", forHTTPHeaderField: "Authorization") }
    request.setValue(contentType, forHTTPHeaderField: "Content-Type")
    request.httpBody = body ?? json.flatMap { try? JSONSerialization.data(withJSONObject: $0) }
    while true {
        let done = DispatchSemaphore(value: 0)
        var result: (Data?, URLResponse?, Error?) = (nil, nil, nil)
        URLSession.shared.dataTask(with: request) { result = ($0, $1, $2); done.signal() }.resume()
        done.wait()
        let status = (result.1 as? HTTPURLResponse)?.statusCode ?? 0
        let object = result.0.flatMap { try? JSONSerialization.jsonObject(with: $0) } as? [String: Any] ?? [:]
        if status == 200 { return object }
        if status == 429 || status == 0 || status >= 500 {
            log("homeserver-retry", ["status": status])
            sleep(1)
            continue
        }
        log("homeserver-error", ["status": status, "errcode": object["errcode"] as? String ?? ""])
        return ["error": status]
    }
}

func encoded(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
}

func post(_ content: [String: Any], room: String, transaction: String) {
    // The transaction id is made from the event answered, so a post repeated after a restart is
    // recognised by the homeserver and shown once.
    _ = matrix("PUT", "/_matrix/client/v3/rooms/\(encoded(room))/send/m.room.message/\(encoded(transaction))", json: content)
}

func html(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
}

/// A reply's messages as one chat message, its options as a numbered list under them.
func message(_ reply: [String: Any]) -> [String: Any] {
    let replies = reply["replies"] as? [String] ?? []
    let options = (reply["options"] as? [[String: Any]] ?? []).map { $0["label"] as? String ?? "" }
    let list = options.enumerated().map { "\($0.offset + 1). \($0.element)" }
    let body = (replies + (list.isEmpty ? [] : [list.joined(separator: "\n")])).joined(separator: "\n\n")
    let formatted = replies.map { "<p>" + html($0).replacingOccurrences(of: "\n", with: "<br>") + "</p>" }.joined()
        + (options.isEmpty ? "" : "<ol>" + options.map { "<li>" + html($0) + "</li>" }.joined() + "</ol>")
    return ["msgtype": "m.text", "body": body, "format": "org.matrix.custom.html", "formatted_body": formatted]
}

/// A file from the bot, uploaded to the homeserver's media store and posted as an attachment.
func attach(_ file: [String: Any], room: String, transaction: String) {
    let name = file["name"] as? String ?? "file", type = file["mediaType"] as? String ?? "text/plain"
    let content = Data((file["content"] as? String ?? "").utf8)
    let uploaded = matrix("POST", "/_matrix/media/v3/upload", query: [URLQueryItem(name: "filename", value: name)], body: content, contentType: type)
    guard let uri = uploaded["content_uri"] as? String else { return log("upload-failed") }
    post(["msgtype": "m.file", "body": name, "filename": name, "url": uri, "info": ["mimetype": type, "size": content.count]],
         room: room, transaction: transaction)
}

// MARK: Carrying messages

let bot = Bot()

/// One practitioner's message in a room: to the bot as the room's next turn, and the reply back.
func carry(_ text: String, room: String, event: String) {
    let conversation = "mx-" + String(hmac(hashKey, "room:" + room).prefix(32))
    let eventHash = String(hmac(hashKey, "event:" + event).prefix(16))
    var roomState = state.rooms[conversation] ?? RoomState()
    guard !roomState.recent.contains(eventHash) else { return }
    let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    var replyKind = "turn"
    if roomState.routed, ["record", "calendar"].contains(typed.lowercased()) {
        // Asked for as a command, the record comes as a formatted message and the deadline as a file.
        let reply = bot.exchange(["conversation": conversation, "command": typed.lowercased()])
        if let file = reply["file"] as? [String: Any] {
            if typed.lowercased() == "record" {
                let content = file["content"] as? String ?? ""
                post(["msgtype": "m.text", "body": content, "format": "org.matrix.custom.html",
                      "formatted_body": "<pre><code>" + html(content) + "</code></pre>"], room: room, transaction: "ib-" + eventHash)
            } else {
                attach(file, room: room, transaction: "ib-" + eventHash)
            }
        }
        replyKind = typed.lowercased()
    } else {
        // A number typed against a list of worded options is that option's key.
        var sent = typed
        if let number = Int(typed), roomState.options.indices.contains(number - 1), Int(roomState.options[number - 1]) == nil {
            sent = roomState.options[number - 1]
        }
        var request: [String: Any] = ["conversation": conversation, "text": sent, "turn": roomState.turn]
        if roomState.turn == 0, let policy { request["policy"] = policy }
        var reply = bot.exchange(request)
        var note: [String] = []
        if (reply["error"] as? [String: Any])?["code"] as? String == "turn-gap" {
            // The bot no longer has this conversation: begin it again rather than lose the room.
            log("conversation-lost", ["conversation": String(conversation.prefix(11))])
            roomState = RoomState()
            request["turn"] = 0
            if let policy { request["policy"] = policy }
            reply = bot.exchange(request)
            note = ["(The conversation had to start again.)"]
        }
        if let error = reply["error"] as? [String: Any] {
            log("bot-error", ["code": error["code"] as? String ?? ""])
            post(["msgtype": "m.notice", "body": "Sorry, that could not be passed on (\(error["code"] as? String ?? "error"))."],
                 room: room, transaction: "ib-" + eventHash)
        } else {
            var content = message(reply)
            if !note.isEmpty { content["body"] = note[0] + "\n\n" + (content["body"] as? String ?? "") }
            post(content, room: room, transaction: "ib-" + eventHash)
            for (index, file) in (reply["files"] as? [[String: Any]] ?? []).enumerated() {
                attach(file, room: room, transaction: "ib-\(eventHash)-\(index)")
            }
            roomState.turn = (reply["turn"] as? Int ?? roomState.turn) + 1
            roomState.options = (reply["options"] as? [[String: Any]] ?? []).map { $0["key"] as? String ?? "" }
            roomState.routed = reply["state"] as? String == "routed"
        }
    }
    roomState.recent = Array((roomState.recent + [eventHash]).suffix(50))
    state.rooms[conversation] = roomState
    save(state)
    log("carried", ["conversation": String(conversation.prefix(11)), "turn": roomState.turn, "kind": replyKind])
}

// MARK: Following /sync

let login = matrix("POST", "/_matrix/client/v3/login", json: [
    "type": "m.login.password", "identifier": ["type": "m.id.user", "user": botUser], "password": password,
    "device_id": deviceID, "initial_device_display_name": "IntakeBot bridge",
])
guard let token = login["access_token"] as? String, let me = login["user_id"] as? String else { fail("login as \(botUser) failed") }
accessToken = token
log("logged-in", ["rooms": state.rooms.count])

while true {
    var query = [URLQueryItem(name: "timeout", value: "30000")]
    if let since = state.since {
        query.append(URLQueryItem(name: "since", value: since))
    } else {
        // The first run starts from now: messages from before the bridge existed are not carried.
        query.append(URLQueryItem(name: "filter", value: #"{"room": {"timeline": {"limit": 0}}}"#))
    }
    let sync = matrix("GET", "/_matrix/client/v3/sync", query: query, timeout: 90)
    guard let next = sync["next_batch"] as? String else { sleep(1); continue }
    let rooms = sync["rooms"] as? [String: Any] ?? [:]
    for room in (rooms["invite"] as? [String: Any] ?? [:]).keys {
        _ = matrix("POST", "/_matrix/client/v3/join/\(encoded(room))", json: [String: Any]())
        log("joined")
    }
    if state.since != nil {
        for (room, value) in rooms["join"] as? [String: Any] ?? [:] {
            let events = ((value as? [String: Any])?["timeline"] as? [String: Any])?["events"] as? [[String: Any]] ?? []
            for event in events where event["type"] as? String == "m.room.message" && event["sender"] as? String != me {
                let content = event["content"] as? [String: Any] ?? [:]
                guard content["msgtype"] as? String == "m.text", let text = content["body"] as? String,
                      let id = event["event_id"] as? String else { continue }
                carry(text, room: room, event: id)
            }
        }
    }
    state.since = next
    save(state)
}
