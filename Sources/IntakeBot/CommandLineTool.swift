/// Dispatches `intake-bot COMMAND ...` and turns failures into messages and exit codes.
enum CommandLineTool {
    typealias Runner = @Sendable (Arguments, Console) throws(CommandFailure) -> Void

    static let commands: [(spec: CommandSpec, run: Runner)] = [
        (RouteCommand.spec, RouteCommand.run),
        (ValidateCommand.spec, ValidateCommand.run),
        (PoliciesCommand.spec, PoliciesCommand.run),
        (ClassifyCommand.spec, ClassifyCommand.run),
        (ChatCommand.spec, ChatCommand.run),
        (StatsCommand.spec, StatsCommand.run),
        (ServeCommand.spec, ServeCommand.run),
        (PathwayCommand.spec, PathwayCommand.run),
        (CompareCommand.spec, CompareCommand.run),
        (TrainCommand.spec, TrainCommand.run),
    ]

    /// Tools for developers' scripts, run like any command but not listed for practitioners.
    static let hidden: [(spec: CommandSpec, run: Runner)] = [
        (TrainClassifierCommand.spec, TrainClassifierCommand.run),
        (BenchCommand.spec, BenchCommand.run),
    ]

    static let overview = """
        IntakeBot: under your safeguarding partnership's escalation policy, which stage
        you are at, whom to contact and notify, which form, and by when.

        Usage: intake-bot [COMMAND] [options]

        With no command, starts the guided chat.

        Commands:
        \(commands.flatMap { Wrapping.hanging("  " + $0.spec.name, $0.spec.summary, column: 12) }.joined(separator: "\n"))

        Run 'intake-bot COMMAND --help' for a command's options.

        \(Wrapping.wrap(FileFormats.help, width: 80).joined(separator: "\n"))
        """

    static func run(_ words: [String]) -> Int32 {
        // A leading "--" (as some wrappers pass) only marks the end of their own options.
        let words = words.first == "--" ? Array(words.dropFirst()) : words
        let console = Console()
        guard let first = words.first else { return ChatCommand.start([], console: console) }
        if first == "--help" || first == "-h" || first == "help" {
            console.line(overview)
            return 0
        }
        if first.hasPrefix("--"), first != "--help" { return ChatCommand.start(words, console: console) }
        guard let command = (commands + hidden).first(where: { $0.spec.name == first }) else {
            Console.error("intake-bot: unknown command '\(first)'. See 'intake-bot --help'.")
            return 2
        }
        let rest = Array(words.dropFirst())
        if rest.contains("--help") {
            console.line(command.spec.help)
            return 0
        }
        do {
            let arguments = try command.spec.parse(rest)
            try command.run(arguments, console)
            return 0
        } catch let error as UsageError {
            Console.error(error.message)
            return 2
        } catch let failure as CommandFailure {
            if !failure.message.isEmpty { Console.error(failure.message) }
            return failure.status
        } catch {
            Console.error("intake-bot: \(error)")
            return 1
        }
    }
}
