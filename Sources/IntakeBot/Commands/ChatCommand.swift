/// The guided chat in the terminal (issue 3).
enum ChatCommand {
    static func start(_ words: [String], console: Console) -> Int32 {
        console.line("The guided chat is not built yet. Try 'intake-bot route --help'.")
        return 0
    }
}
