/// Whom the practitioner's disagreement is with; only another agency is the escalation policy's business.
public enum Counterpart: String, CaseIterable, Codable, Sendable {
    case otherAgency = "other-agency"
    case ownManager = "own-manager"
    case ownOrganisation = "own-organisation"
    case individualConduct = "individual-conduct"
    /// How a child protection conference functioned, or its outcome or decision.
    case conference
    /// Another agency's view on whether a child (or adult) protection conference should be convened:
    /// a disagreement between agencies, which the stages handle.
    case conferenceConvening = "conference-convening"

    public var phrase: String {
        switch self {
        case .otherAgency: return "another agency's worker or decision"
        case .ownManager: return "your own manager"
        case .ownOrganisation: return "your own organisation's practice"
        case .individualConduct: return "one person's conduct or poor practice"
        case .conference: return "how a child protection conference worked, or its outcome"
        case .conferenceConvening: return "another agency, about whether to convene a protection case conference (for a child or an adult)"
        }
    }

    /// The phrase, about a child or an adult: an adult's conference is an adult protection conference (a chat review,
    /// round 12, 2026-11-30: the option and the record said "child protection conference" for an adult).
    public func phrase(about subject: Subject?) -> String {
        self == .conference && subject == .adult ? "how an adult protection conference worked, or its outcome" : phrase
    }

    /// The disagreement in a sentence: "a disagreement with your own manager".
    public var disagreement: String {
        switch self {
        case .otherAgency: return "a disagreement with another agency's worker or decision"
        case .ownManager: return "a disagreement with your own manager"
        case .ownOrganisation: return "a concern about your own organisation's practice"
        case .individualConduct: return "a complaint about one person's conduct or poor practice"
        case .conference: return "a disagreement about how a child protection conference worked, or its outcome"
        case .conferenceConvening: return "a disagreement about whether to convene a protection case conference (for a child or an adult)"
        }
    }

    /// The disagreement in a sentence, about a child or an adult: a conference about an adult is an adult
    /// protection conference (an outside review, 2026-11-30, found an adult's case called a child's).
    public func disagreement(about subject: Subject?) -> String {
        self == .conference ? "a disagreement about " + phrase(about: subject) : disagreement
    }

    /// Whether the stages take this disagreement whatever the policy says of it: one between agencies.
    public var isBetweenAgencies: Bool { self == .otherAgency || self == .conferenceConvening }
}

/// How much danger the child or adult is in now.
public enum Risk: String, CaseIterable, Codable, Sendable {
    case none, significant, immediate

    /// The answer as the practitioner gave it.
    public var phrase: String {
        switch self {
        case .none: return "no risk of significant harm"
        case .significant: return "significant risk of harm, but not immediate"
        case .immediate: return "immediate risk of significant harm now"
        }
    }
}

/// Whom the disagreement is about.
public enum Subject: String, CaseIterable, Codable, Sendable {
    case child, adult
}

/// Where the practitioner works; some policies route by it.
public enum Setting: String, CaseIterable, Codable, Sendable {
    case school, college
    case earlyYears = "early-years"
    case gp, hospital, health, police
    case childrensSocialCare = "childrens-social-care"
    case adultSocialCare = "adult-social-care"
    case other

    public var phrase: String {
        switch self {
        case .school: return "school"
        case .college: return "college"
        case .earlyYears: return "early years"
        case .gp: return "general practice (GP)"
        case .hospital: return "hospital"
        case .health: return "other health service"
        case .police: return "police"
        case .childrensSocialCare: return "children's social care"
        case .adultSocialCare: return "adult social care"
        case .other: return "other"
        }
    }
}

/// A place a policy covers, such as one of Pan-Cheshire's four partnerships.
public struct Area: Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// Towns practitioners name for the area ("Crewe" for Cheshire East): geography, not the policy's words, so a town
    /// typed for the partnership also gives the area (a chat review, round 18: it was asked again).
    public var places: [String] = []

    public init(id: String, name: String, places: [String] = []) {
        self.id = id
        self.name = name
        self.places = places
    }
}

/// Whom a policy is for.
public struct Coverage: Equatable, Sendable {
    public var children: Bool
    public var adults: Bool
    public var quote: String

    public func includes(_ subject: Subject) -> Bool { subject == .child ? children : adults }

    public var phrase: String {
        switch (children, adults) {
        case (true, true): return "children and adults"
        case (true, false): return "children"
        case (false, true): return "adults"
        case (false, false): return "nobody"
        }
    }
}

/// The published document a policy file was written from.
public struct SourceDocument: Equatable, Sendable {
    public var file: String
    public var title: String
}

/// A month or day a policy gives for its approval or review; "June 2021" is due by its last day.
public struct PolicyDate: Equatable, Sendable, CustomStringConvertible {
    public var text: String
    public var lastDay: Day

    /// Reads `YYYY-MM` or `YYYY-MM-DD`.
    public init?(_ text: String) {
        if let day = Day(iso: text) {
            self.text = text
            lastDay = day
            return
        }
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
              let day = Day(year: y, month: m, day: Day.length(ofMonth: max(1, min(m, 12)), in: y)) else { return nil }
        self.text = text
        lastDay = day
    }

    /// "June 2021" or "4 December 2026".
    public var description: String {
        let (y, m, d) = lastDay.components
        return text.count == 7 ? "\(Day.monthNames[m - 1]) \(y)" : "\(d) \(Day.monthNames[m - 1]) \(y)"
    }
}
