import EscalationRules
import Foundation

/// A description that says the disagreement is with someone other than the one chosen: "my manager won't let me escalate"
/// after choosing another agency. A chat review (round 18, 2026-12-01) found it ignored, and the route given for the
/// answer the description contradicted. The counterpart is then asked again, with both said, and the route follows that
/// answer; the description and every other answer are kept.
extension Conversation {
    /// Who the description says the disagreement is with, where that contradicts `answered`, and the words that say so.
    static func counterpartContradicted(by description: String, answered: Counterpart) -> (described: Counterpart, quote: String)? {
        let text = description.straightApostrophes
        for (described, patterns, contradicts) in described where contradicts.contains(answered) {
            guard let quote = patterns.lazy.compactMap({ $0.firstMatch(in: text) }).first else { continue }
            if described == .conference, convening.firstMatch(in: text) != nil { continue }
            return (described, quote)
        }
        return nil
    }

    /// One person's conduct or poor practice, as a description puts it ("complaint about the SW's rude and poor practice",
    /// "the social worker was rude to me"), after a disagreement with another agency was chosen: the words, where the policy
    /// takes such a complaint somewhere other than its stages, as the Isle of Man's does ("managed outside of the escalation
    /// procedural process", 003 l.63). A chat review (round 20, F5) found such a complaint taken into Stage One. Asked, not
    /// assumed: a worker's rudeness may be part of a disagreement about the case, which the stages take.
    static func conductDescribed(in description: String, answered: Counterpart, policy: Policy?, subject: Subject?) -> String? {
        guard [.otherAgency, .conferenceConvening].contains(answered), let policy else { return nil }
        if case .stages = policy.scope(of: .individualConduct, about: subject) { return nil }
        let text = description.straightApostrophes
        return conductSays.lazy.compactMap { $0.firstMatch(in: text) }.first
    }

    /// A worker, as practitioners name one.
    private static let worker = #"(?:sw|social worker|worker|key ?worker|support worker|teacher|head ?teacher|nurse|health visitor|hv|gp|doctor|midwife|police officer|officer|pc|practitioner|paramedic|consultant|therapist|lado|iro)"#

    /// Words said of a worker's conduct or practice.
    private static let conductWords = #"(?:poor|bad|rude|unprofessional|awful|terrible|appalling|dismissive)"#

    /// Words that put one person's conduct or poor practice at the centre: a complaint about a worker, a worker's conduct, a
    /// worker rude or unprofessional. A complaint made by others ("the complaint about the teacher was not upheld") is a
    /// disagreement about its outcome, so only the practitioner's own is read.
    static let conductSays = [
        Pattern(#"(?:^|\b(?:i|we|i'd|we'd|i'm|we're|my|our|to|make a|made a|making a|raise a|raised a|raising a|lodge a|have a|put in a|formal))\s*(?:complain(?:t|ts|ing|ed)?|grievance) (?:about|against|regarding|re|over) (?:the |a |an |one |this |that |their |our )?"# + worker + #"\b(?:'s(?: [a-z]+){0,4}? (?:practice|conduct|behaviou?r|attitude|manner|rudeness))?"#, needs: ["complain", "grievance"]),
        Pattern(#"\b"# + worker + #"'s (?:"# + conductWords + #"(?:,| and)? )*(?:conduct|attitude|manner|rudeness|unprofessionalism)\b"#, needs: ["'s "]),
        Pattern(#"\b"# + worker + #"'s (?:"# + conductWords + #"(?:,| and)? )+(?:practice|behaviou?r)\b"#, needs: ["'s "]),
        Pattern(#"\b(?:poor|unprofessional) (?:practice|conduct) (?:of|by|from) (?:the |a |an |one |this |that |their )?"# + worker + #"\b"#, needs: ["practice", "conduct"]),
        Pattern(#"\b"# + worker + #" (?:was|is|has been|keeps being|were|are) (?:so |very |really |extremely |quite |incredibly |always )?(?:rude|unprofessional|disrespectful|condescending|patroni[sz]ing)\b(?: (?:to|towards|with) (?:me|us|my colleagues?|staff))?"#, needs: ["rude", "unprofessional", "disrespectful", "condescending", "patroni"]),
    ]

    /// The kinds a description can state plainly, how it states them, and the answers each contradicts. One person's
    /// conduct is read apart (`conductDescribed`): it is asked about only where the policy routes it apart from the stages.
    private static let described: [(Counterpart, [Pattern], Set<Counterpart>)] = [
        (.ownManager, ownManagerSays, [.otherAgency, .conference, .conferenceConvening]),
        (.ownOrganisation, [Pattern(#"\b(?:disagree(?:ment|s|ing)?|dispute|differences?|concerns?|issues?) (?:with|about) (?:my|our) own (?:organisation|organization|agency|team|service)(?:'s (?:practice|decision|policy|approach))?\b"#, needs: ["own "]),
                            Pattern(#"\b(?:my|our) own (?:organisation|organization|agency|team|service)'?s? (?:practice|decision|policy|approach)\b"#, needs: ["own "])],
         [.otherAgency, .conference, .conferenceConvening]),
        // How a conference went, or its outcome, said of the conference itself: a conference named only in passing ("agreed at
        // RCPC the SW would visit") is another agency's work, and is not asked about.
        (.conference, [Pattern(#"\b(?:(?:the |an? )?(?:icpc|rcpc|conference) chair|chair of the (?:icpc|rcpc|conference|cp conference|child protection conference)|(?:icpc|rcpc|conference) (?:decided|decision|outcome)|(?:decision|outcome) (?:of|at|from) the (?:icpc|rcpc|conference|cp conference|child protection conference))\b(?:\s+\S+){0,3}"#, needs: ["icpc", "rcpc", "conference"])],
         [.otherAgency, .conferenceConvening]),
    ]

    /// Words that say the disagreement is with the practitioner's own manager, an agency named or not: "a disagreement with my
    /// line manager", "my manager won't let me make a referral to CSC". A chat review (round 19, 2026-12-08) found the second read
    /// at "who with" as a disagreement with CSC, because CSC is named, and B&NES routed to Stage 1 with the other worker rather
    /// than to its whistle-blowing line (000 l.24). A manager who won't let the practitioner refer, escalate or act is theirs.
    static let ownManagerSays = [
        Pattern(#"\b(?:disagree(?:ment|s|ing)?|dispute|differences?|conflict|falling out|fell out) with my (?:own |line |team |direct |senior )?(?:manager|supervisor|boss|team leader)\b"#, needs: managerWords),
        Pattern(#"\bmy (?:own |line |team |direct |senior )?(?:manager|supervisor|boss|team leader) (?:has |is |had )?(?:won'?t|will not|wouldn'?t|would not|refuses|refused|refusing|disagrees|disagreed|doesn'?t agree|does not agree|didn'?t agree|did not agree|overruled|overrode|blocked|blocking|stopped me|stopping me|says no|said no|says not to|said not to|told me not to|doesn'?t think|does not think|didn'?t think|did not think|isn'?t letting me|is not letting me|not letting me|doesn'?t want me to|does not want me to|didn'?t want me to|did not want me to|won'?t allow|will not allow)\b"#, needs: managerWords),
        // "my manager says the neglect concerns don't need a referral to CSC".
        Pattern(#"\bmy (?:own |line |team |direct |senior )?(?:manager|supervisor|boss|team leader) (?:says|said|thinks|thought|decided|feels|felt)\b[^.;!?]{0,60}?\b(?:(?:doesn'?t|don'?t|does not|do not) need (?:a |an |to )?(?:referral|refer|referring|escalat)|no need (?:for |to )|(?:isn'?t|is not|not) (?:needed|necessary))"#, needs: managerWords),
    ]

    /// A manager of one's own, as the patterns that say the disagreement is with one name them.
    static let managerWords = ["manager", "supervisor", "boss", "team leader"]

    /// Words about calling a conference, not how one went: a disagreement between agencies, which the stages take.
    private static let convening = Pattern(#"\b(?:convene|convened|convening|call(?:ing)? an?|hold(?:ing)? an?|request(?:ed|ing)? an?|need(?:s|ed)? an?|strategy)\b"#)

    /// A case-insensitive pattern, and the first words it finds.
    ///
    /// `needs`: words one of which any match contains, looked for (in lower case) before the expression is run. The checks
    /// run on every description, and a regular expression costs far more than a look for a word: these had made a
    /// description turn about 40% dearer (87-89 us -> 123-126 us, release bench, side by side).
    struct Pattern: @unchecked Sendable {
        let regex: NSRegularExpression
        let needs: [String]

        init(_ pattern: String, needs: [String] = []) {
            regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            self.needs = needs
        }

        func firstMatch(in text: String) -> String? {
            if !needs.isEmpty {
                let lower = text.lowercased()
                guard needs.contains(where: { lower.utf8.contains($0.utf8) }) else { return nil }
            }
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
                .flatMap { Range($0.range, in: text) }.map { String(text[$0]).trimmingCharacters(in: .punctuationCharacters) }
        }
    }
}
