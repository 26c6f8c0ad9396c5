import Foundation
import Testing
@testable import ConversationEngine
import EscalationRules

/// A chat review, round 23, finding F5: names the privacy guard kept, quoted back in the risk question and saved in the record's
/// summary and `riskAskedAgain`: a capitalised first name starting the description before "from", "is" or "has" ("Leon from 6B is
/// going home to his dad tonite"), an initial and a family name ("my pupil T. Williams") and an O'/Mc/Mac family name before a
/// family word ("O'Connor kids"). The words that carry the risk stay, as the risk reader reads and quotes the guarded text.
@Suite("Chat review, round 23: names kept at a sentence's start, after an initial and by their shape")
struct ChatReviewRound23PrivacyTests: PlaysConversations {
    let conversation = Conversation(library: .bundled)
    let friday = Moment(iso: "2026-12-04T16:55")!
    var now: Moment { friday }

    /// The reviewer's replay: Torbay, a child, another agency, the checklist done, the description, no risk today twice.
    static func torbayChild(_ description: String) -> [String] {
        ["no", "no", "torbay", "child", "1", "yes", description, "no", "no", "skip", "0", "today"]
    }

    @Test("a name starting the description is never quoted back or kept, and its risk words are still asked about", arguments: [
        ("Leon from 6B is going home to his dad tonite, CSC say fine", "Leon"),
        ("Zeb from 6B is going home to his dad tonite, CSC say fine", "Zeb"),
        ("zeb from 6b is going home to his dad tonite, CSC say fine", "zeb"),
        ("Zeb is going home to his dad tonite, CSC say fine", "Zeb"),
        ("CSC say fine. Zeb is going home to his dad tonite", "Zeb"),
    ])
    func nameStartingTheDescription(_ description: String, _ name: String) throws {
        let all = try everything(Self.torbayChild(description))
        #expect(!all.contains(name), "\(all)")
        #expect(all.contains("going home to his dad tonite"), "\(all)")
    }

    @Test("an initial and a family name, or a family name by its shape before a family word, are never quoted back or kept", arguments: [
        ("my pupil T. Williams, DSL disagrees with MASH", "Williams"),
        ("O'Connor kids, CSC won't visit", "Connor"),
        ("McAllister kids, CSC won't visit", "McAllister"),
    ])
    func initialOrShapedFamilyName(_ description: String, _ name: String) throws {
        let all = try everything(Self.torbayChild(description))
        #expect(!all.lowercased().contains(name.lowercased()), "\(all)")
    }

    @Test("a capitalised word starting a sentence before 'is', 'has' or a school class is a name", arguments: [
        ("Zeb from 6B is going home", "[removed] from 6B is going home"),
        ("Kaydence in year 3 has a bruise", "[removed] in year 3 has a bruise"),
        ("Tyrese in Y6 told me", "[removed] in Y6 told me"),
        ("JS in 6B has a bruise", "[removed] in 6B has a bruise"),
        ("zeb from 6b is going home", "[removed] from 6b is going home"),
        ("Zeb has bruises on his arm", "[removed] has bruises on his arm"),
        ("Tyrese was hit by his dad. Tyrese is scared", "[removed] was hit by his dad. [removed] is scared"),
        ("Tyrese hasn't been in school", "[removed] hasn't been in school"),
        ("Zeb's going home to his dad tonite", "[removed]'s going home to his dad tonite"),
        ("CSC say NFA. Zeb is going home tonite", "CSC say NFA. [removed] is going home tonite"),
        ("leon is going home to his dad tonite", "[removed] is going home to his dad tonite"),
        ("ruth has bruises", "[removed] has bruises"),
    ])
    func nameByWhereItStands(_ text: String, _ guarded: String) {
        #expect(PrivacyGuard.redact(text).text == guarded)
    }

    @Test("an initial before a family name, and an O'/Mc/Mac family name, are a name in any case", arguments: [
        ("my pupil T. Williams, DSL disagrees with MASH", "my pupil [removed], DSL disagrees with MASH"),
        ("my pupil T Williams, DSL disagrees", "my pupil [removed], DSL disagrees"),
        ("my pupil t. williams, DSL disagrees", "my pupil [removed], DSL disagrees"),
        ("pupil T. Oddfellow disagrees", "pupil [removed] disagrees"),
        ("T.J. O'Brien is 8", "[removed] is 8"),
        ("O'Connor kids, CSC won't visit", "[removed] kids, CSC won't visit"),
        ("o'connor kids, CSC won't visit", "[removed] kids, CSC won't visit"),
        ("MacLeod children not seen", "[removed] children not seen"),
        ("Williams kids, CSC won't visit", "[removed] kids, CSC won't visit"),
        ("kowalski twins not in school", "[removed] twins not in school"),
        ("CSC won't visit O'Connor or mcallister", "CSC won't visit [removed] or [removed]"),
    ])
    func initialOrShapedName(_ text: String, _ guarded: String) {
        #expect(PrivacyGuard.redact(text).text == guarded)
    }

    @Test("an ordinary word starting a sentence, a term before a class, a description of children and a shop stay", arguments: [
        "School is refusing to refer", "Mum is drinking again", "Dad has hit him", "CSC is not listening", "Nursery has concerns",
        "Attendance is poor", "Lunch is not given", "Health has closed it", "Evidence is thin", "Violence has escalated",
        "Who is the DSL", "Refuge is full", "Email's been sent to CSC", "Paperwork's been sat with the manager", "Winter is coming",
        "Rehab is due to start", "Ive had a voicemail", "No-one has told me", "Step-dad is collecting at 3:30", "Nain is 78 with heart failure",
        "Nobody from CSC came", "Police from Torquay attended", "Bullying in year 9 is ignored", "Photos from Y9 group chat shared",
        "Excluded from year 6 trip", "Moved from 6B to 6C last week", "Boy in yr 7 is self harming", "HSB in yr 6, CSC say school",
        "something in yr7 happened", "White boys in year 10", "Black kids excluded more", "at McDonald's after school",
        "McDonalds car park at 2am", "back at 5 o'clock", "Smith v Jones judgement", "A Williams family member",
    ])
    func ordinaryWordsStay(_ text: String) {
        #expect(PrivacyGuard.redact(text).text == text)
    }
}
