import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 17 (2026-12-01): names that are everyday words, dates of birth in words and house numbers kept, quoted
/// back and saved; quotes cut oddly. Each replayed in the engine as the reviewer typed it.
@Suite("Chat review, round 17: privacy and quotes")
struct ChatReviewRound17PrivacyTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let monday = Moment(iso: "2026-12-07T09:30")!
    var now: Moment { monday }

    static func torbay(_ description: String) -> [String] { ["3", "torbay", "1", "1", "yes", description, "no", "no", "skip", "0", "today"] }

    @Test("a first name that is an everyday word is never quoted back or kept where it stands as a name", arguments: [
        "Grace", "Faith", "Joy", "Summer", "River", "Rose", "Amber", "Jade", "Holly", "Ivy", "Autumn", "Angel", "Mark", "Frank", "Sky",
        "Willow", "Storm", "Rocky",
    ])
    func everydayNameAfterReferralOn(_ name: String) throws {
        let all = try everything(Self.torbay("CSC closed the referral on \(name) after her dad hit her"))
        #expect(!all.contains(name), "\(all)")
        #expect(all.contains("CSC closed the referral on [removed] after her dad hit her"))
    }

    @Test("a name set off by commas or before what a person does is removed", arguments: [
        ("the resident in room 12, Edna, has bruises and CSC closed it", "Edna"),
        ("a coach, Will, who messages 13 year olds, CSC say no", "Will"),
        ("Rocky hit her last night and CSC closed it", "Rocky"),
    ])
    func nameByItsPlace(_ description: String, _ name: String) throws {
        let all = try everything(Self.torbay(description))
        #expect(!all.contains(name), "\(all)")
    }

    @Test("a date of birth in words and a house number are never quoted back or kept", arguments: [
        ("Born on Christmas Day 2018, lives with nan; CSC closed it", ["Christmas", "2018"]),
        ("baby born yesterday at Torbay hospital, CSC say no pre-birth needed", ["born yesterday"]),
        ("baby born last Tuesday, DOB Boxing Day, CSC closed it", ["last Tuesday", "Boxing"]),
        ("living at no. 23 with the new boyfriend who has a conviction for violence", ["23"]),
    ])
    func birthDateAndHouseNumber(_ description: String, _ gone: [String]) throws {
        let all = try everything(Self.torbay(description))
        for word in gone { #expect(!all.contains(word), "\(word): \(all)") }
    }

    /// The first risk question after the description, its quote only.
    func quote(_ policy: String, _ subject: String, _ description: String) throws -> String {
        let text = said(play(["3", policy, subject, "1", "yes", description])).replacingOccurrences(of: "\n", with: " ")
        let start = try #require(text.range(of: "You wrote '"), "\(text)")
        let end = try #require(text[start.upperBound...].range(of: "'. "), "\(text)")
        return String(text[start.upperBound..<end.lowerBound])
    }

    @Test("a quote starts with a word, keeps an agency's name and a number's unit whole, and holds the words that raised it")
    func quotesCutOnBoundaries() throws {
        let colon = try quote("isle-of-man", "2", "Social worker (adult): the GP will not share records about an older woman whose son controls her money and medication")
        #expect(colon.hasPrefix("the GP will not share records"), "\(colon)")
        let agency = try quote("bcssp", "2", "Care home manager: adult social care closed the safeguarding concern about a resident with dementia who has unexplained bruising")
        #expect(agency.contains("adult social care closed"), "\(agency)")
        let car = try quote("shropshire", "2", "Social prescriber: ASC and the mental health trust both say a man who is sleeping in his car is not their responsibility")
        #expect(car.contains("sleeping in his car"), "\(car)")
        #expect(!car.contains("... health trust"), "\(car)")
        let age = try quote("torbay", "1", "Police will not share information about a man who is picking up a 15 year old from school")
        #expect(age.contains("a 15 year old"), "\(age)")
        let house = try quote("torbay", "1", "living at no. 23 with the new boyfriend who has a conviction for violence")
        #expect(house.hasPrefix("living at"), "\(house)")
        for quoted in [colon, agency, car, age, house] {
            #expect(quoted.first.map { $0.isLetter || $0 == "." } == true, "\(quoted)")
        }
    }

    @Test("a clause is not broken at the stop of 'no.' before a number")
    func numberLabelIsNotABreak() {
        #expect(Classifier.standard.urgency(of: "Step no. 2 was tried and the 4 year old was left alone tonight with a man who hit him").cues
            .allSatisfy { !$0.hasPrefix("2 was") })
    }
}
