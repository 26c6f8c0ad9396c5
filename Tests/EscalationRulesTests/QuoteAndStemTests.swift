import Testing
@testable import EscalationRules

/// Two plain pieces issue 17 put back in place of hand-tuned ones: a route's quotes, each cited once
/// (a plain byte-by-byte search, done once per policy for its own quotes), and the stemmer (a plain
/// loop over the word's bytes).
@Suite("Citing quotes and stemming words")
struct QuoteAndStemTests {
    static func draft() -> RouteDraft {
        let policy = Bundled.policy("torbay")
        return RouteDraft(router: Router(policy: policy, calendar: PolicyLibrary.bundled.calendar(for: policy)),
                          facts: .make(risk: .none))
    }

    @Test("a quote a longer one holds is not cited again; a longer one replaces the shorter it holds") func quotesHeldInOthers() {
        var draft = Self.draft()
        draft.cite("within 5 working days")
        draft.cite("the manager should respond within 5 working days of the request")
        #expect(draft.route.citations.map(\.quote) == ["the manager should respond within 5 working days of the request"])
        draft.cite("respond within 5")
        draft.cite("")
        #expect(draft.route.citations.count == 1)
        draft.cite("within 5 working days of the request.")
        draft.cite("RESPOND within 5")
        #expect(draft.route.citations.count == 3, "a near miss is a quote of its own: \(draft.route.citations.map(\.quote))")
    }

    @Test("the router's table of which quote holds which agrees with a byte search on every pair of a policy's quotes",
          arguments: Bundled.library.policies)
    func quoteTableAgreesWithSearch(_ policy: Policy) throws {
        let table = QuoteHolds(policy.quotes)
        #expect(policy.quotes.count > 20)
        for holder in policy.quotes {
            let holderNumber = try #require(table.number(of: holder))
            // The same words in a string of their own are found too, by their bytes.
            #expect(table.number(of: String(decoding: Array(holder.utf8), as: UTF8.self)) == holderNumber)
            for quote in policy.quotes {
                #expect(table.holds(holder, numbered: holderNumber, quote, numbered: table.number(of: quote)) == QuoteHolds.searchedHolds(holder, quote))
            }
        }
        #expect(table.number(of: "words the policy never gives") == nil)
    }

    @Test("a route cites the same quotes, in the same order, with the table as with a byte search on every route",
          arguments: Bundled.library.policies)
    func citedAsSearched(_ policy: Policy) {
        var searched = policy
        searched.quotes = []
        let calendar = Bundled.library.calendar(for: policy)
        let tabled = Router(policy: policy, calendar: calendar), plain = Router(policy: searched, calendar: calendar)
        for risk in Risk.allCases {
            for counterpart in Counterpart.allCases {
                for tried in 0...policy.stages.count {
                    for special in [[], Set(SpecialCase.Kind.allCases)] {
                        let facts = Facts.make(risk: risk, with: counterpart, tried: tried, special: special)
                        #expect(tabled.route(facts).citations == plain.route(facts).citations, "\(risk) \(counterpart) \(tried)")
                    }
                }
            }
        }
        // Every quote of the policy cited in turn, shortest last, so that some replace others.
        var withTable = RouteDraft(router: tabled, facts: .make()), withSearch = RouteDraft(router: plain, facts: .make())
        for quote in policy.quotes.sorted(by: { $0.utf8.count > $1.utf8.count }) + policy.quotes {
            withTable.cite(quote)
            withSearch.cite(quote)
        }
        #expect(withTable.route.citations == withSearch.route.citations)
    }

    @Test("an empty quote is in everything; a longer one is in nothing shorter; a quote is found at either end") func searchEdges() {
        #expect("".utf8.contains("".utf8))
        #expect("abc".utf8.contains("".utf8))
        #expect(!"ab".utf8.contains("abc".utf8))
        let long = String(repeating: "x", count: 40) + "needle"
        #expect(long.utf8.contains("needle".utf8) && long.utf8.contains("xxneed".utf8) && long.utf8.contains(long.utf8))
        #expect(!long.utf8.contains("needles".utf8) && !long.utf8.contains("xneedle ".utf8))
    }

    @Test("shared, sharing and share meet; plurals and doubled consonants come off", arguments: [
        ("shared", "shar"), ("sharing", "shar"), ("share", "shar"), ("findings", "find"), ("finding", "find"),
        ("stopped", "stop"), ("studies", "study"), ("classes", "class"), ("boxes", "box"), ("status", "status"),
        ("repeatedly", "repeat"), ("arrangement", "arrang"), ("quickly", "quick"), ("the", "the"), ("kiss", "kiss"),
        ("CSC", "CSC"), ("don't", "don't"), ("naïve", "naïve"), ("referrals", "referral"),
    ])
    func stems(_ word: String, _ stem: String) {
        #expect(EscalationRules.Words.stem(word) == stem)
    }
}
