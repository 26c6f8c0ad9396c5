/// Where the two kinds of file a partnership writes are described, for the help (an outside training review, round 23, F16:
/// no help said, and a trainer without the source built both by trial and error from the validator's messages).
enum FileFormats {
    static let policyHelp = "A partnership's own policy file is described in docs/policy-format.md in IntakeBot's source; "
        + "'intake-bot policies --export ID' prints a built-in one to start from."
    static let help = policyHelp + " A trainer's scenario file is described in README.md, 'Training sessions'; "
        + "'intake-bot policies --export-scenarios ID' prints a built-in one."
}
