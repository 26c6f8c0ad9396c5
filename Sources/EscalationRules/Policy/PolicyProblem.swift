/// Something wrong with a policy file, located by its JSON path so the author can go straight to it.
public struct PolicyProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var file: String
    public var path: String
    public var message: String
    public var severity: Severity

    public init(file: String, path: String, message: String, severity: Severity = .error) {
        self.file = file
        self.path = path
        self.message = message
        self.severity = severity
    }

    public var description: String {
        let location = path.isEmpty ? file : "\(file): \(path)"
        let said = severity == .warning ? "\(location): warning: \(message)" : "\(location): \(message)"
        // A message quotes the file's values, and a control character in one would act on the terminal it is shown in.
        guard said.unicodeScalars.contains(where: { JSONReader.isControl($0) || $0 == "\n" || $0 == "\t" }) else { return said }
        return said.unicodeScalars.map { JSONReader.isControl($0) || $0 == "\n" || $0 == "\t" ? "\\u{\(String($0.value, radix: 16, uppercase: true))}" : String($0) }.joined()
    }
}

/// A policy file that could not be used, with everything wrong with it.
public struct PolicyFileError: Error, Sendable, CustomStringConvertible {
    public var problems: [PolicyProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
