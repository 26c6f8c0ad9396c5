import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 19 (2026-12-08), finding P1: first names that are everyday words (Bill, Pat, Frank, Dawn, Joy, Amber, Holly,
/// Mark, Ray, Iris, Violet, Dot) and older names on no list (Ernie) kept in the record and quoted back where they stand as a
/// care-home resident's name: "You wrote 'Bill the resident is being hit by staff'".
@Suite("Chat review, round 19: everyday-word names of residents")
struct ChatReviewRound19PrivacyTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let tuesday = Moment(iso: "2026-12-08T11:00")!
    var now: Moment { tuesday }

    /// The reviewer's replay: Shropshire, an adult, another agency, and the description.
    static func shropshireAdult(_ description: String) -> [String] {
        ["3", "shropshire", "2", "1", "yes", description, "no", "no", "1", "0", "today"]
    }

    static let names = ["Bill", "Pat", "Frank", "Dawn", "Joy", "Amber", "Holly", "Mark", "Ray", "Iris", "Violet", "Ernie", "Dot"]

    @Test("a resident's everyday-word name before who they are is never quoted back or kept", arguments: names)
    func nameBeforeTheResident(_ name: String) throws {
        for description in ["\(name) the resident is being hit by staff", "\(name), the resident in room 4, is being hit by staff"] {
            let all = try everything(Self.shropshireAdult(description))
            #expect(!all.contains(name), "\(all)")
        }
    }

    @Test("a name where it stands as a person's is removed", arguments: [
        ("Iris has dementia and her son takes her pension", "Iris"),
        ("we think Ernie is being financially abused", "Ernie"),
        ("Frank in room 12 has unexplained bruising", "Frank"),
        ("patient Ray was left on the floor", "Ray"),
        ("Dot the 84 year old service user was shouted at", "Dot"),
        ("Bill, a resident at the home, has bruises", "Bill"),
        ("Pat the client fell twice this week", "Pat"),
    ])
    func nameByItsPlace(_ description: String, _ name: String) {
        #expect(!PrivacyGuard.redact(description).text.contains(name))
    }

    @Test("the same words that are not names stay", arguments: [
        "he got a bill for the care and staff hit him", "there is a mark on his arm", "a dawn raid by police", "the holly bush by the door",
        "staff did a pat down", "Pupil Premium is being spent", "resident Amber rating was given", "the Herbert Protocol forms",
    ])
    func ordinaryWordsStay(_ description: String) {
        #expect(PrivacyGuard.redact(description).text == description)
    }

    @Test("what the person did stays when a titled name goes") func verbAfterTitledName() {
        #expect(PrivacyGuard.redact("Mrs Begum fell last night").text == "[removed] fell last night")
    }
}
