#if canImport(Glibc)
import Glibc
#endif

/// SIGINT and SIGTERM as a readable descriptor, so the event loop hears them with everything else.
///
/// The handler only writes one byte to a pipe, which is async-signal-safe; the loop does the rest.
enum Signals {
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    /// Installs the handlers and returns the descriptor to watch.
    static func shutdownRequests() throws(SystemError) -> Int32 {
        let ends = try Posix.wakePipe()
        writeEnd = ends.write
        // A parent may have started us with these blocked (Foundation's Process does): unblock them.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        sigaddset(&wanted, SIGINT)
        sigaddset(&wanted, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        for number in [SIGINT, SIGTERM] {
            signal(number) { _ in
                var byte: UInt8 = 1
                _ = write(Signals.writeEnd, &byte, 1)
            }
        }
        return ends.read
    }
}
