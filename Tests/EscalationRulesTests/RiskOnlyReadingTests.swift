import Testing
@testable import EscalationRules

@Suite("Reading an answer for risk alone")
struct RiskOnlyReadingTests {
    /// Short answers of the kind typed where a choice is asked, some with signs of risk in them.
    static let answers = [
        "my local one", "not sure which", "the one for the council", "somewhere else entirely", "dunno really mate",
        "left on his own since lunchtime", "she is alone tonight with him", "he hit the baby this morning",
        "no marks seen today", "found safe with gran", "the 3yo is at home alone", "mum says she will kill herself tonight",
        "year 2 pupil not collected", "he has a knife", "police took no further action last week", "",
    ]

    @Test("urgency and cues are what the full reading gives, on every labelled description and short answer")
    func agreesWithClassify() {
        for text in CorpusReadings.texts {
            let (full, risk) = (CorpusReadings.byText[text]!.full, CorpusReadings.byText[text]!.risk)
            #expect(risk.urgency == full.urgency, "\(text)")
            #expect(risk.cues == full.cues, "\(text)")
        }
    }
}
