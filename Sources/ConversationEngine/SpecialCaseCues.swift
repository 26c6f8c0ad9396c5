import EscalationRules

/// Words in a description that suggest one of the situations the policies single out ("on leave",
/// "no idea who", "I'm the DSL", "no-one above me"), so the conversation can ask about it with one
/// yes or no rather than guess.
enum SpecialCaseCues {
    /// Each situation's cue phrases, as a practitioner might write them.
    static let phrases: [(SpecialCase.Kind, [String])] = [
        (.personAway, ["on leave", "annual leave", "maternity leave", "sick leave", "off sick", "on holiday", "is away", "are away",
                       "away from work", "out of office", "off work", "not at work", "is absent", "unavailable"]),
        (.unsureWhomToContact, ["no idea who", "no idea whom", "don't know who", "do not know who", "don't know whom", "not sure who",
                                "unsure who", "unsure whom", "who to contact", "whom to contact", "who to speak to", "who to go to",
                                "who their manager is", "who the manager is", "can't find out who", "cannot find out who"]),
        (.managerIsDesignatedLead, ["I'm the DSL", "I am the DSL", "I'm also the DSL", "I am also the DSL", "manager is the DSL",
                                    "manager is also the DSL", "manager is DSL", "manager is also DSL", "head is the DSL",
                                    "headteacher is the DSL", "also the designated safeguarding lead", "I am the designated safeguarding lead",
                                    "I'm the designated safeguarding lead", "manager is the designated safeguarding lead"]),
        (.chainExhausted, ["no one above me", "no-one above me", "nobody above me", "no one more senior", "no-one more senior",
                           "nobody more senior", "no one higher", "no-one higher", "nobody higher", "no manager above", "top of the chain",
                           "nowhere else to escalate", "no one else to escalate to", "chain is exhausted", "most senior person"]),
    ]

    /// The phrases as the words they read as, worked out once.
    static let patterns: [(kind: SpecialCase.Kind, cue: String, words: String)] = phrases.flatMap { kind, cues in
        cues.map { (kind, $0, " " + Words.tokens($0).joined(separator: " ") + " ") }
    }

    /// Whether saying a situation applies can change a route under `policy`: the policy speaks of it at some stage, or it is
    /// that no one more senior is left, where every route names the policy's next stage (not from the policy). Of any other
    /// the route would only say the policy does not say what to do.
    static func changesRoute(_ kind: SpecialCase.Kind, under policy: Policy?) -> Bool {
        guard let policy, kind != .chainExhausted else { return true }
        return policy.specialCases.contains { $0.kind == kind }
    }

    /// The situations `text` seems to mention, each once, with the phrase heard. Compared as bytes:
    /// `String.contains` here reaches Foundation's search, which was 30% of a realistic mix's turn.
    static func spotted(in text: String) -> [SpottedCase] {
        let words = " " + Words.tokens(text).joined(separator: " ") + " "
        var found: [SpottedCase] = []
        for pattern in patterns where !found.contains(where: { $0.kind == pattern.kind }) && words.utf8.contains(pattern.words.utf8) {
            found.append(SpottedCase(kind: pattern.kind, cue: pattern.cue))
        }
        return found
    }
}

extension SpecialCase.Kind {
    /// The yes-or-no question that confirms the situation applies.
    var question: String {
        switch self {
        case .personAway: return "Is the person you need to raise this with away?"
        case .unsureWhomToContact: return "Are you unable to tell whom to contact at this stage?"
        case .managerIsDesignatedLead: return "Is your line manager also your Designated Safeguarding Lead (or are you both)?"
        case .chainExhausted: return "Is there no one more senior in your agency to escalate to?"
        }
    }

    /// What a practitioner types to say it applies, after a route.
    var key: String {
        switch self {
        case .personAway: return "away"
        case .unsureWhomToContact: return "unsure"
        case .managerIsDesignatedLead: return "dsl"
        case .chainExhausted: return "chain"
        }
    }

    var label: String {
        switch self {
        case .personAway: return "The person you need is away"
        case .unsureWhomToContact: return "You cannot tell whom to contact"
        case .managerIsDesignatedLead: return "Your line manager is also your DSL"
        case .chainExhausted: return "No one more senior in your agency"
        }
    }
}
