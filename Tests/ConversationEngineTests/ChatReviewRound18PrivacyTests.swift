import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 18 (2026-12-01): names written without an apostrophe, surname first or as hyphenated initials, a date of
/// birth in words and parts of an address kept, quoted back and saved; and a removed name that took the next word with it, so
/// the record lost what happened. Each replayed in the engine as the reviewer typed it (Shropshire, as the reviewer chose).
@Suite("Chat review, round 18: privacy and what the record keeps")
struct ChatReviewRound18PrivacyTests {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2025-03-14T10:00")!

    func said(_ turn: Turn) -> String { turn.replies.flatMap(\.lines).joined(separator: "\n") }

    /// Everything the practitioner sees and the record keeps, as text and as JSON.
    func everything(_ description: String) throws -> (all: String, record: String) {
        var seen: [String] = []
        var turn = conversation.start(policyID: "shropshire", at: friday)
        for answer in ["3", "1", "1", "yes", description, "no", "no", "skip", "0", "today"] {
            turn = conversation.reply(to: answer, in: turn.session, at: friday)
            seen.append(said(turn))
        }
        let record = try #require(conversation.record(for: turn.session, at: friday), "\(seen.joined(separator: "\n"))")
        let kept = (record.textLines + [record.json.prettyText]).joined(separator: "\n")
        return ((seen + [kept]).joined(separator: "\n"), kept)
    }

    @Test("a name written without an apostrophe, surname first in capitals, or as hyphenated initials is never quoted back or kept", arguments: [
        ("Jaydens mum hits him, CSC NFA", ["Jayden"]),
        ("Olivias mum refuses to engage, CSC closed", ["Olivia"]),
        ("Mohammeds dad wont let HV in", ["Mohammed"]),
        ("Kacpers school say he is fine, CSC NFA", ["Kacper"]),
        ("Referral re: SMITH, Jayden declined by MASH", ["SMITH", "Jayden"]),
        ("Referral re: JONES, Tyler declined by MASH", ["JONES", "Tyler"]),
        ("Referral re: SMITH, Aeron declined by MASH", ["SMITH", "Aeron"]),
        ("T-J came in with a cut lip, CSC NFA", ["T-J"]),
        ("T-J has a cut lip and T-J is frightened of dad, CSC NFA", ["T-J"]),
    ])
    func nameForms(_ description: String, _ gone: [String]) throws {
        let all = try everything(description).all
        for name in gone { #expect(!all.contains(name), "\(name): \(all)") }
    }

    @Test("a removed name leaves what the person did in the record", arguments: [
        ("Kerry slapped her, police NFA", "[removed] slapped her, police NFA"),
        ("Gary pushed him into the door, CSC NFA", "[removed] pushed him into the door"),
        ("jayden hit by stepdad, CSC NFA", "[removed] hit by stepdad"),
        ("Mr and Mrs Khan refuse to engage and CSC closed", "[removed] refuse to engage"),
        ("Jaydens mum hits him, CSC NFA", "[removed] mum hits him"),
    ])
    func verbAfterNameKept(_ description: String, _ kept: String) throws {
        let record = try everything(description).record
        #expect(record.contains(kept), "\(record)")
    }

    @Test("a date of birth in words is never quoted back or kept", arguments: [
        "dob twelve march two thousand fifteen, MASH said no",
        "DOB twelve March 2015, MASH said no",
        "born march twelve two thousand and fifteen, MASH said no",
        "dob twenty one march, MASH said no",
    ])
    func dateOfBirthInWords(_ description: String) throws {
        let all = try everything(description).all.lowercased()
        for word in ["twelve", "twenty one", "fifteen", "2015"] { #expect(!all.contains(word), "\(word): \(all)") }
        #expect(all.contains("mash said no"), "\(all)")
    }

    @Test("where a child lives is never quoted back or kept: a town after a street, a hotel, an estate, a district, a town", arguments: [
        ("he lives at 14 oak rd shrewsbury, police no further action", ["oak", "shrewsbury"], "police no further action"),
        ("family lives at the Travelodge in Shrewsbury, CSC NFA", ["Travelodge", "Shrewsbury"], "CSC NFA"),
        ("dad hits her at their flat on the Castlefields estate", ["Castlefields"], "dad hits her at their flat"),
        ("family at Meole Brace, CSC NFA", ["Meole", "Brace"], "CSC NFA"),
        ("the child lives in Ludlow with nan, CSC NFA", ["Ludlow"], "with nan, CSC NFA"),
    ])
    func placeNames(_ description: String, _ gone: [String], _ kept: String) throws {
        let (all, record) = try everything(description)
        for word in gone { #expect(!all.lowercased().contains(word.lowercased()), "\(word): \(all)") }
        #expect(record.contains(kept), "\(record)")
    }
}
