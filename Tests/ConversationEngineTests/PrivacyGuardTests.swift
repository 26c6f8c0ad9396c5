import Foundation
import Testing
@testable import ConversationEngine

/// The privacy guard on what people really type: lower case, misspelt, half an address, a name with
/// an age. Each case names what must go and what must stay.
@Suite("Privacy guard")
struct PrivacyGuardTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var removed: [String]
        var kept: [String]
        var description: String { text }
    }

    static let identifying: [Case] = [
        Case(text: "jane quixote aged 11 lives at acacia road and csc closed the case", removed: ["jane", "quixote", "11", "acacia"], kept: ["lives at", "csc closed the case"]),
        Case(text: "child is jayne smith, 11yo, school wont refer", removed: ["jayne", "smith", "11yo"], kept: ["school wont refer"]),
        Case(text: "her name's chloe-mae o'brien and mum disagrees", removed: ["chloe", "brien"], kept: ["and mum disagrees"]),
        Case(text: "the kid is called tyler jones aged 9", removed: ["tyler", "jones", "9"], kept: ["the kid is"]),
        Case(text: "quixote aged 11 was sent home", removed: ["quixote", "11"], kept: ["was sent home"]),
        Case(text: "we are worried about the quixote family", removed: ["quixote"], kept: ["worried about the", "family"]),
        Case(text: "mrs quixote refused the home visit", removed: ["quixote"], kept: ["refused the home visit"]),
        Case(text: "known as jj, he was not seen", removed: ["jj"], kept: ["he was not seen"]),
        Case(text: "dob 3rd march 2015, not seen since", removed: ["3rd", "march", "2015"], kept: ["not seen since"]),
        Case(text: "born 3/4/15 and on a plan", removed: ["3/4/15"], kept: ["and on a plan"]),
        Case(text: "d.o.b. 03.04.2015", removed: ["03.04.2015"], kept: []),
        Case(text: "born in 2015, the school says", removed: ["2015"], kept: ["the school says"]),
        Case(text: "nhs no 485 777 3456", removed: ["485", "3456"], kept: ["nhs no"]),
        Case(text: "NHS: 485-777-3456 on file", removed: ["485-777-3456"], kept: ["on file"]),
        Case(text: "nhs 4857773456", removed: ["4857773456"], kept: []),
        Case(text: "ring mum on 07700 900123", removed: ["07700", "900123"], kept: ["ring mum on"]),
        Case(text: "call +44 (0)7700 900123 after 5", removed: ["7700", "900123"], kept: ["after 5"]),
        Case(text: "landline 0117 496 0123", removed: ["0117", "496", "0123"], kept: ["landline"]),
        Case(text: "postcode tq1 2ab", removed: ["tq1", "2ab"], kept: ["postcode"]),
        Case(text: "postcode TQ1, the rest unknown", removed: ["TQ1"], kept: ["the rest unknown"]),
        Case(text: "somewhere in tq12ab", removed: ["tq12ab"], kept: ["somewhere in"]),
        Case(text: "lives at 14 acacia avenue with mum", removed: ["14", "acacia"], kept: ["with mum"]),
        Case(text: "at 14a acacia ave. since june", removed: ["14a", "acacia"], kept: []),
        Case(text: "flat 3, 22 station rd", removed: ["flat 3", "22", "station"], kept: []),
        Case(text: "they live on oak tree close now", removed: ["oak", "tree"], kept: ["they live on", "now"]),
        Case(text: "at acacia raod, near the shop", removed: ["acacia"], kept: ["near the shop"]),
        Case(text: "email jane.q@example.com", removed: ["jane.q", "example.com"], kept: ["email"]),
        Case(text: "Sam Brown 03/04/2015 was not seen", removed: ["Sam", "Brown", "2015"], kept: ["was not seen"]),
        Case(text: "OLIVER PATEL AGED 4", removed: ["OLIVER", "PATEL", "4"], kept: []),
        // An outside review (2026-11-30): a date of birth written out with "the", a case-system number, and a
        // name that took the verb after it.
        Case(text: "she was born on the 3rd of April 2019, mosaic id 998877; school and CSC disagree", removed: ["3rd", "April", "2019", "998877"], kept: ["school and CSC disagree"]),
        Case(text: "LCS ref 4455667 shows it was closed", removed: ["4455667"], kept: ["shows it was closed"]),
        Case(text: "case no. AB12345 was stepped down", removed: ["AB12345"], kept: ["was stepped down"]),
        Case(text: "client id: 77889 refused the visit", removed: ["77889"], kept: ["refused the visit"]),
        Case(text: "Social worker Dave Jones closed the case", removed: ["Dave", "Jones"], kept: ["Social worker", "closed the case"]),
        // A third outside review (2026-11-30): case numbers with letters and dashes, dates of birth with dashes, in
        // words or year first, Welsh street names, and children known by an initial. In words of our own.
        Case(text: "case number KL-7731-02 closed by MASH", removed: ["7731", "KL-7731"], kept: ["closed by MASH"]),
        Case(text: "ur. 11-09-2016, school want a CIN plan", removed: ["11-09-2016"], kept: ["school want a CIN plan"]),
        Case(text: "she was born twenty-first june 2017 and the GP disagrees", removed: ["twenty-first", "june", "2017"], kept: ["the GP disagrees"]),
        Case(text: "DOB: 2016-09-11, not seen at school", removed: ["2016", "09-11"], kept: ["not seen at school"]),
        Case(text: "referral dated 12/10/2026 was screened out", removed: ["12/10/2026"], kept: ["referral dated", "was screened out"]),
        Case(text: "they live at Heol y Bryn in Cardiff now", removed: ["Heol", "Bryn"], kept: ["they live at", "in Cardiff now"]),
        Case(text: "the baby, Baby R in our notes, went home", removed: ["Baby R"], kept: ["the baby", "in our notes, went home"]),
        Case(text: "known to us as TK, the lad was excluded", removed: ["TK"], kept: ["the lad was excluded"]),
        // A fourth review (2026-11-30): house names, Welsh places, a day and month of birth, two initials, hospital numbers.
        Case(text: "they live at Primrose Cottage now and CSC closed it", removed: ["Primrose", "Cottage"], kept: ["they live at", "now and CSC closed it"]),
        Case(text: "mum moved to The Old Vicarage last week", removed: ["Old Vicarage"], kept: ["mum moved to", "last week"]),
        Case(text: "she is at Bryn Teg with her nan", removed: ["Bryn", "Teg"], kept: ["she is at", "with her nan"]),
        Case(text: "he lives in Ffordd Glan Mor and school disagree", removed: ["Ffordd", "Glan", "Mor"], kept: ["and school disagree"]),
        Case(text: "DOB 14/07, not seen by the HV", removed: ["14/07"], kept: ["not seen by the HV"]),
        Case(text: "b 9 Feb 19, nursery say fine", removed: ["9 Feb"], kept: ["nursery say fine"]),
        Case(text: "Child PT (8) was sent home", removed: ["PT", "(8)"], kept: ["was sent home"]),
        Case(text: "hosp no XYZ7654321 and the ward disagree", removed: ["7654321"], kept: ["and the ward disagree"]),
    ]

    @Test("identifying details are removed however they are typed", arguments: identifying)
    func removes(_ example: Case) {
        let result = PrivacyGuard.redact(example.text)
        #expect(result.removed)
        for detail in example.removed { #expect(!result.text.lowercased().contains(detail.lowercased()), "\(detail) kept in: \(result.text)") }
        for words in example.kept { #expect(result.text.contains(words), "\(words) lost from: \(result.text)") }
    }

    @Test("the words of a disagreement are left as they are", arguments: [
        "the social worker will not share the plan", "CSC decided to close the case", "a close friend of the family said",
        "the police were called", "the named nurse has not attended", "a boy aged 11 was not seen at school", "mum is in court next week",
        "in place of a strategy meeting", "MASH said NFA, we think it meets threshold", "the foster family want a review",
        "we may escalate in june", "the gp will not make a referral", "no strat discussion was held after the disclosure",
        "dad has 3 children under 5", "the school nurse saw her in year 6", "referral made on 12/11 was closed",
        "the id badge was not shown", "we referred 3 times in 2024",
        "the child I saw on Monday had not eaten", "the Child Protection plan was ended", "the meeting on 3rd March was cancelled",
        "pick up is at 3.15 today", "the strategy is on 30/11", "pt with MS bedbound and no carers",
        "the foster house is full", "she was in the house when he came back", "the farm is two miles from the school", "the ICPC on 14 Jan was moved", "the family moved to Port Erin and the school disagrees",
    ])
    func keeps(_ text: String) {
        #expect(PrivacyGuard.redact(text).text == text)
    }
}
