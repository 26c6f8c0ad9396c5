import EscalationRules
import Foundation

/// A referral refused by children's or adults' social care, offered first as the kind the policy lists it under: a chat review
/// (round 19, 2026-12-08, finding W2) found "CSC refused my referral" offered as provision of services or power and authority,
/// while Shropshire lists "disagreement about the response to a referral made by one agency to another agency or service (e.g.
/// decision making)" (004 l.29), the Isle of Man "A referral made by an agency was not considered to meet the threshold criteria
/// for assessment by Children and Families Division or Adult Social Care" (003 l.43) and Torbay "Levels of need" (001 l.9).
///
/// Done here, not in the type lexicon: in the labelled descriptions a referral refused by a service that provides one ("CAMHS
/// refused the referral") is provision of services, and "CSC refused" is as often a strategy meeting refused; only the two together,
/// social care and a refused referral, say which, and the model is not retrained for one reading. The practitioner still chooses:
/// the type is put first on a short list, never proposed alone in place of what the model read.
extension Conversation {
    /// The shortlist with the policy's kind for a refused referral first, where the description says social care refused one.
    static func shortlist(_ shortlist: [DisagreementType], readingRefusedReferralIn description: String, policy: Policy?) -> [DisagreementType] {
        let text = description.straightApostrophes
        guard !shortlist.isEmpty, refusedReferral.contains(where: { $0.firstMatch(in: text) != nil }),
              socialCare.firstMatch(in: text) != nil else { return shortlist }
        let lead = policy?.disagreementExamples.first { $0.quote.localizedCaseInsensitiveContains("referral") }?.type ?? .thresholdLevelOfNeed
        guard shortlist != [lead] else { return shortlist }
        return Array(([lead] + shortlist.filter { $0 != lead }).prefix(3))
    }

    /// Children's or adults' social care as practitioners name it: the front door a referral goes to.
    private static let socialCare = Pattern(#"\b(?:csc|cfd|mash|asc|edt|children'?s? (?:social care|services)|childrens services|adults'? (?:social care|services)|adult social care|social care|social services|(?:the )?front door|children and families division|duty (?:team|and assessment))\b"#)

    /// A referral refused, rejected, declined, bounced, screened out or closed with no further action, in either order.
    private static let refusedReferral = [
        Pattern(#"\b(?:refus|reject|declin|bounc|screen(?:ed|s|ing)? out|turn(?:ed|s|ing)? down|nfa|won'?t accept|wouldn'?t accept|didn'?t accept|did not accept|will not accept|not accept)\w*(?:'d)?\s+(?:\w+\s+){0,2}referral\b"#, needs: ["referral"]),
        Pattern(#"\breferral\b(?:\s+\w+){0,3}?\s+(?:was |has been |got |been |is )?(?:refused|rejected|declined|bounced|screened out|turned down|nfa'?d|not accepted)\b"#, needs: ["referral"]),
    ]
}
