/// Wrong resume codes, slowed and capped per connection and per peer user, so that codes cannot be
/// guessed even where they could be: each wrong code on a connection doubles the wait before it may
/// try again, the fifth closes it, and a user past `userLimit` wrong codes in `window` seconds is
/// refused without a look until the oldest of them is that old.
final class ResumeAttempts {
    static let connectionLimit = 5
    static let userLimit = 20
    static let window: Double = 600
    /// The wait after a connection's first wrong code; each one after doubles it.
    let firstWait: Double

    init(firstWait: Double = 0.5) { self.firstWait = firstWait }

    /// When each user's recent wrong codes were tried, by peer uid (`UInt32.max`: a peer of unknown uid).
    private var failures: [UInt32: [Double]] = [:]

    /// Seconds until `uid` may try a code again; nil when it may now.
    func refusal(for uid: UInt32?, at now: Double) -> Double? {
        let recent = failures[uid ?? .max, default: []].filter { now - $0 < Self.window }
        failures[uid ?? .max] = recent.isEmpty ? nil : recent
        guard recent.count >= Self.userLimit, let oldest = recent.first else { return nil }
        return Self.window - (now - oldest)
    }

    /// Counts a wrong code: the connection may not be read again until its wait is over, and is to
    /// be closed when it has had too many. Returns the connection's and the user's counts.
    func failed(on connection: Connection, uid: UInt32?, at now: Double) -> (connection: Int, user: Int, close: Bool) {
        connection.resumeFailures += 1
        failures[uid ?? .max, default: []].append(now)
        let count = connection.resumeFailures
        connection.pausedUntil = now + firstWait * Double(1 << min(count - 1, 10))
        return (count, failures[uid ?? .max]?.count ?? 0, count >= Self.connectionLimit)
    }
}
