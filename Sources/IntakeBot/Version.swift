/// This build's version, as `{"command": "health"}` reports it to a bridge.
enum IntakeBotVersion {
    static let current = "0.18.0"
}
