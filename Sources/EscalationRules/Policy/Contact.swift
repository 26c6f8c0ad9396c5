/// Someone a policy names to contact or notify, with the details the policy gives and no others.
public struct Contact: Equatable, Sendable, Identifiable {
    public var id: String
    public var role: String
    public var name: String?
    public var email: String?
    public var phone: String?
    /// The area this contact serves, where the policy covers several.
    public var area: String?
    public var hours: OpeningHours?
    /// The contact to call while this one is closed, such as an Emergency Duty Team.
    public var outOfHours: String?
    public var quote: String

    public init(id: String, role: String, name: String? = nil, email: String? = nil, phone: String? = nil,
                area: String? = nil, hours: OpeningHours? = nil, outOfHours: String? = nil, quote: String) {
        self.id = id
        self.role = role
        self.name = name
        self.email = email
        self.phone = phone
        self.area = area
        self.hours = hours
        self.outOfHours = outOfHours
        self.quote = quote
    }
}

/// Which contact a stage means: one for the whole policy, or one per area.
public enum ContactRef: Equatable, Sendable {
    case single(String)
    case byArea([String: String])

    /// The contact id for `area`; nil when it depends on an area not yet known.
    public func id(in area: String?) -> String? {
        switch self {
        case .single(let id): return id
        case .byArea(let ids): return area.flatMap { ids[$0] }
        }
    }

    public var allIDs: [String] {
        switch self {
        case .single(let id): return [id]
        case .byArea(let ids): return ids.keys.sorted().compactMap { ids[$0] }
        }
    }
}

/// A person or team a stage or route points to: a role in the policy's words and, where given, details.
public struct ContactPoint: Equatable, Sendable {
    public var role: Known<Cited>
    public var ref: ContactRef?
    /// How to reach them, such as "email", where the policy says.
    public var how: String?
    /// Whether an unknown `role` is unknown because the part of the policy that says it is missing from the source
    /// text, not because the policy is silent (B&NES's flowchart for stages 3 and 4, lost in extraction).
    public var missing: Bool
    /// What the policy's own words say to do instead, where the role is unknown ("Refer to the flowchart").
    public var pointers: [Cited]

    public init(role: Known<Cited>, ref: ContactRef? = nil, how: String? = nil, missing: Bool = false, pointers: [Cited] = []) {
        self.role = role
        self.ref = ref
        self.how = how
        self.missing = missing
        self.pointers = pointers
    }
}
