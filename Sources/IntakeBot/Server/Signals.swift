#if canImport(Glibc)
import Glibc
#endif

/// Every signal whose default action ends the process, as a readable descriptor, so the event loop
/// hears them with everything else and stops cleanly: the socket file removed, every acknowledged
/// turn on disk. SIGHUP (a closed terminal, or a supervisor's reload) stops it like SIGTERM.
///
/// The handler only writes the signal's number to a pipe, which is async-signal-safe; the loop does the rest.
enum Signals {
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    /// The signals that stop the server: with the default action each would leave the socket file behind.
    static let stopping: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGPWR, SIGIO, SIGSTKFLT]

    /// Installs the handlers and returns the descriptor to watch; each byte read from it is a signal's number.
    static func shutdownRequests() throws(SystemError) -> Int32 {
        let ends = try Posix.wakePipe()
        writeEnd = ends.write
        // A file over RLIMIT_FSIZE would kill us with SIGXFSZ; ignored, the write fails with EFBIG
        // and the turn gets a storage-unavailable error like any other full disk.
        signal(SIGXFSZ, SIG_IGN)
        // A parent may have started us with these blocked (Foundation's Process does): unblock them.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for number in stopping { sigaddset(&wanted, number) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        for number in stopping {
            signal(number) { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(Signals.writeEnd, &byte, 1)
            }
        }
        return ends.read
    }

    /// The signal that asked for the stop, read from the descriptor: its name, as in `kill -l`.
    static func received(on fd: Int32) -> String {
        var byte: UInt8 = 0
        guard read(fd, &byte, 1) == 1 else { return "unknown" }
        return name(Int32(byte))
    }

    static func name(_ number: Int32) -> String {
        let names: [Int32: String] = [SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGTERM: "SIGTERM", SIGUSR1: "SIGUSR1",
                                      SIGUSR2: "SIGUSR2", SIGALRM: "SIGALRM", SIGVTALRM: "SIGVTALRM", SIGPROF: "SIGPROF", SIGXCPU: "SIGXCPU",
                                      SIGPWR: "SIGPWR", SIGIO: "SIGIO", SIGSTKFLT: "SIGSTKFLT"]
        return names[number] ?? "signal \(number)"
    }
}
