/// A command's parsed command line: options by name and the words left over.
///
/// Hand-written because the owner allows no package dependencies; it knows just what our commands need.
struct Arguments {
    var values: [String: String] = [:]
    var repeated: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ name: String) -> String? { values[name] }
    func has(_ name: String) -> Bool { flags.contains(name) }
    func all(_ name: String) -> [String] { repeated[name] ?? [] }
}

/// What a command accepts, used to parse its arguments and to print its help.
struct CommandSpec: Sendable {
    struct Option: Sendable {
        var name: String
        var value: String?
        var help: String
        var repeats = false
    }

    var name: String
    var synopsis: String
    var summary: String
    var options: [Option]
    var positional: String?

    /// Parses `words`, or throws a usage error that names the bad word.
    func parse(_ words: [String]) throws(UsageError) -> Arguments {
        var parsed = Arguments()
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("--"), word.count > 2 else {
                guard positional != nil else { throw usage("unexpected argument '\(word)'") }
                parsed.positionals.append(word)
                continue
            }
            var name = String(word.dropFirst(2))
            var inline: String?
            if let equals = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = options.first(where: { $0.name == name }) else { throw usage("unknown option '--\(name)'") }
            guard option.value != nil else {
                if inline != nil { throw usage("'--\(name)' takes no value") }
                parsed.flags.insert(name)
                continue
            }
            guard let value = inline ?? (index < words.count ? words[index] : nil) else {
                throw usage("'--\(name)' needs a value: \(option.value!)")
            }
            if inline == nil { index += 1 }
            parsed.values[name] = value
            parsed.repeated[name, default: []].append(value)
        }
        return parsed
    }

    func usage(_ message: String) -> UsageError {
        UsageError(message: "intake-bot \(name): \(message). See 'intake-bot \(name) --help'.")
    }

    var help: String {
        var lines = Wrapping.hanging("Usage:", "intake-bot \(synopsis)", column: 7) + [""] + Wrapping.wrap(summary, width: 80)
        if !options.isEmpty {
            lines += ["", "Options:"]
            let width = max(options.map { optionLabel($0).count }.max() ?? 0, 6)
            // Descriptions wrap under their own column, so help fits an 80-column terminal.
            for (label, help) in options.map({ (optionLabel($0), $0.help) }) + [("--help", "Show this help.")] {
                lines += Wrapping.hanging("  " + label, help, column: min(width + 4, 36))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func optionLabel(_ option: Option) -> String {
        option.value.map { "--\(option.name) \($0)" } ?? "--\(option.name)"
    }
}

/// A command line that cannot be run as given; the program exits 2 after printing it.
struct UsageError: Error {
    var message: String
}
