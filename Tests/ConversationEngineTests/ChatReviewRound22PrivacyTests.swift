import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 22, finding F5: names and places of residence the privacy guard kept, quoted back and saved. A family named
/// in the plural ("the Nowaks, elderly couple, ASC closed referral"), while "the Smith family" went; a first name that is an everyday
/// word starting a description in lower case ("summer is misper tonite"), quoted back in the risk question; a care home's or a
/// hospital's name with the room or ward an adult is in ("Oakwood care home room [removed] resident", "Ballamona Hospital ward 3").
@Suite("Chat review, round 22: names and places kept")
struct ChatReviewRound22PrivacyTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2026-12-04T10:00")!
    var now: Moment { friday }

    /// The reviewer's replay: the Isle of Man, an adult, another agency, the checklist done, and the description.
    static func isleOfManAdult(_ description: String) -> [String] {
        ["no", "no", "isle of man", "adult", "1", "yes", description, "1", "0", "today"]
    }

    @Test("a family in the plural after 'the' is never quoted back or kept", arguments: [
        ("the Nowaks, elderly couple, ASC closed referral", "Nowak"),
        ("the Smiths have been known for years, ASC closed the referral", "Smith"),
    ])
    func familyInThePlural(_ description: String, _ name: String) throws {
        let all = try everything(Self.isleOfManAdult(description))
        #expect(!all.contains(name), "\(all)")
    }

    @Test("a capitalised plural after 'the' is a family's name", arguments: [
        ("the Browns want a CIN plan", "the [removed] want a CIN plan"),
        ("the Patels' house was searched", "the [removed] house was searched"),
        ("the Murphys refused the visit", "the [removed] refused the visit"),
        ("the O'Briens were not seen", "the [removed] were not seen"),
        ("re the Khans CIN plan", "re the [removed] CIN plan"),
        ("The Kowalczyks moved in March", "The [removed] moved in March"),
    ])
    func capitalPluralIsAFamily(_ text: String, _ guarded: String) {
        #expect(PrivacyGuard.redact(text).text == guarded)
    }

    @Test("a capitalised plural that is a word, a place or a body stays", arguments: [
        "the Police have not visited", "the Samaritans were called", "the Courts have said no", "walking in the Pennines",
        "lives on the Wirral", "On the Teams call the DI said no", "we went to the Olympics", "police sent the Encompass this morning",
        "before the Christmas closure", "The Cafcass report was sent", "the Scouts leader was dismissed", "the Minutes were not sent",
        "the Authorities said no", "the Services are stretched", "the Valleys are poor", "the Greens said", "The Willows are by the river",
        "the Parents refused", "the Magistrates refused", "the Trustees said no", "at the McDonalds car park", "the Curraghs wildlife park",
        "the Quakers run it", "the Poles in the area", "the Judges said no", "the DNs said", "the SENCos met", "the GP's view",
    ])
    func wordsInThePluralStay(_ text: String) {
        #expect(PrivacyGuard.redact(text).text == text)
    }

    @Test("an everyday-word name starting a description is never quoted back or kept, and its sign is still asked about", arguments: [
        ("summer is misper tonite, police not looking", "summer", "… is misper tonite"),
        ("hope and her brother left home alone tonite", "hope", "… and her brother left home alone tonite"),
        ("rocky 13 missing tonight", "rocky", "… 13 missing tonight"),
    ])
    func everydayNameAtTheStart(_ description: String, _ name: String, _ quoted: String) throws {
        let all = try everything(Self.isleOfManAdult(description))
        #expect(!all.lowercased().contains(name), "\(all)")
        #expect(all.contains("You wrote '\(quoted)'"), "\(all)")
    }

    @Test("an everyday-word name at the start goes before 'is', 'and her' or an age, in any case", arguments: [
        ("Summer is misper tonite", "[removed] is misper tonite"),
        ("summer is a 14yo girl, self harming", "[removed] is a 14yo girl, self harming"),
        ("will and his dad were seen", "[removed] and his dad were seen"),
        ("Rocky 13yo missing tonight", "[removed] 13yo missing tonight"),
        ("jay 16 ASD told me", "[removed] 16 ASD told me"),
    ])
    func everydayNameBeforeItsCue(_ text: String, _ guarded: String) {
        #expect(PrivacyGuard.redact(text).text == guarded)
    }

    @Test("the same words as a season, a time, a date or a verb stay", arguments: [
        "summer is 8 weeks away and CSC closed it", "summer is over and CSC closed it", "hope is that CSC will act",
        "may 13 the meeting was cancelled", "chase 2 referrals sent no reply", "mark 3 as done", "CSC closed it. summer is busy",
        "the summer is 6 weeks long", "hope so, school disagree",
    ])
    func everydayWordsAtTheStartStay(_ text: String) {
        #expect(PrivacyGuard.redact(text).text == text)
    }

    @Test("a named care home or hospital ward where an adult is is never quoted back or kept", arguments: [
        ("Oakwood care home room 12 resident has bruises, ASC closed it", "Oakwood"),
        ("Ballamona Hospital ward 3 patient discharged without a plan, ASC closed it", "Ballamona"),
    ])
    func namedResidence(_ description: String, _ name: String) throws {
        let all = try everything(Self.isleOfManAdult(description))
        #expect(!all.contains(name), "\(all)")
    }

    @Test("a care home's or hospital's name goes with where someone lives, what kind of place it is stays", arguments: [
        ("Oakwood care home room 12 resident", "[removed] care home room [removed] resident"),
        ("resident at Oakwood Care Home, staff not reporting falls", "resident at [removed] Care Home, staff not reporting falls"),
        ("Oakwood Residential Care Home staff say no", "[removed] Residential Care Home staff say no"),
        ("St Mary's care home manager refused", "[removed] care home manager refused"),
        ("Visited Oakwood care home today", "Visited [removed] care home today"),
        ("resident of Oakwood supported living, provider closed it", "resident of [removed] supported living, provider closed it"),
        ("Ballamona Hospital ward 3 patient", "[removed] Hospital ward 3 patient"),
        ("Countess of Chester Hospital ward 31 says no", "[removed] Hospital ward 31 says no"),
        ("she is on ward 3 at Ballamona", "she is on ward 3 at [removed]"),
        ("bed 4, Royal Shrewsbury Hospital, no discharge plan", "bed [removed], [removed] Hospital, no discharge plan"),
    ])
    func residenceNameGoes(_ text: String, _ guarded: String) {
        #expect(PrivacyGuard.redact(text).text == guarded)
    }

    @Test("a hospital alone, a town, a kind of home and a ward's number stay", arguments: [
        "taken to Noble's Hospital last night", "the Royal Shrewsbury Hospital discharged him", "a Ludlow care home resident",
        "the care home said no", "Residential care home closed it", "Optometrist. Care home resident", "Dental. care home insisting",
        "ward 3 at night", "the ward 4 sister said", "bed [removed] on Ward 20",
        "In bed [removed] on ward 21 at RSH", "our care home manager disagrees", "a new care home for her",
    ])
    func placesThatIdentifyNoOneStay(_ text: String) {
        #expect(PrivacyGuard.redact(text).text == text)
    }
}
