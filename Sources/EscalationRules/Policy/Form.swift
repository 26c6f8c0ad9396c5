/// A form a policy asks for, with its fields in order.
public struct Form: Equatable, Sendable, Identifiable {
    public struct Field: Equatable, Sendable {
        public var label: String
        /// Identifies the child or adult: the bot never fills it or keeps it.
        public var personal: Bool
    }

    public var id: String
    public var name: String
    public var fields: [Field]
    public var submitTo: ContactRef?
    public var quote: String

    /// What stands in a personal field in every record the bot writes.
    public static let personalPlaceholder = "[complete in your agency's secure record]"
}
