/// A form a policy asks for, with its fields in order.
public struct Form: Equatable, Sendable, Identifiable {
    public struct Field: Equatable, Sendable {
        public var label: String
        /// Identifies the child or adult: the bot never fills it or keeps it.
        public var personal: Bool
        /// What the bot knows that the field asks for, which a record writes in it; nil where it knows nothing the field asks.
        public var fill: Fill? = nil
    }

    /// What a field asks for that the bot knows from the conversation (a chat review, round 14, 2026-11-30, found the record's
    /// form blank where the record above it had the answer). Never anything personal.
    public enum Fill: Equatable, Sendable {
        /// The practitioner's description, identifying details removed: "Brief details about the inter-agency disagreement".
        case description
        /// The dates of the attempts so far that the bot knows: when it was first raised, and when the last stage tried ended
        /// without agreement ("Attempts to resolve issue: Dates").
        case attemptDates
        /// The day the stage at this position ended without agreement, known only when it is the last stage tried ("Date that
        /// Step 2 was concluded").
        case stageEnded(position: Int)

        /// The names a policy file gives them, in `"fill"`.
        public static let names = ["description", "attempt-dates", "stage-ended"]
    }

    public var id: String
    public var name: String
    public var fields: [Field]
    public var submitTo: ContactRef?
    public var quote: String

    /// What stands in a personal field in every record the bot writes.
    public static let personalPlaceholder = "[complete in your agency's secure record]"
}
