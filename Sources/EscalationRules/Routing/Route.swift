/// Where a practitioner should go next under a policy, and everything needed to act on it.
public struct Route: Equatable, Sendable {
    public enum Outcome: String, Sendable, CaseIterable {
        case stage, urgent
        case outOfScope = "out-of-scope"
        case notCovered = "not-covered"
        case exhausted
    }

    public var policyID: String
    public var outcome: Outcome
    public var stage: StageSummary?
    public var contact: RoutedContact
    public var notify: [RoutedContact]
    public var form: RoutedForm?
    public var deadline: Day?
    /// How the policy words the time, such as "5 working days"; nil where no time applies.
    public var timescale: String?
    public var actions: [String]
    public var record: [String]
    public var citations: [Citation]
    public var warnings: [String]
}

public struct StageSummary: Equatable, Sendable {
    public var position: Int
    public var label: String
}

/// A contact as a route presents it: nil wherever the policy gives no detail.
public struct RoutedContact: Equatable, Sendable {
    /// Nil when the policy does not say who; the route's warnings say why.
    public var role: String?
    public var name: String?
    public var email: String?
    public var phone: String?
    public var hours: String?
    public var openNow: Bool?
    public var how: String?
    /// Whom to call while this contact is closed, such as an Emergency Duty Team.
    public var fallback: [RoutedContact]

    public init(role: String?, name: String? = nil, email: String? = nil, phone: String? = nil, hours: String? = nil,
                openNow: Bool? = nil, how: String? = nil, fallback: [RoutedContact] = []) {
        self.role = role
        self.name = name
        self.email = email
        self.phone = phone
        self.hours = hours
        self.openNow = openNow
        self.how = how
        self.fallback = fallback
    }

    /// "TSCP Business Manager, Neil Cotton, neil.cotton@torbay.gov.uk".
    public var summary: String {
        let details = [name, email, phone].compactMap { $0 }
        return ([role ?? "Unknown"] + details).joined(separator: ", ")
    }
}

public struct RoutedForm: Equatable, Sendable {
    public var name: String
    public var fields: [Form.Field]
    public var submitTo: RoutedContact?
}

/// A quote from a source policy behind something the route says.
public struct Citation: Equatable, Sendable {
    public var source: String
    public var quote: String
}
