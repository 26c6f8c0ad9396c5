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

    // MARK: Quotes as shown (a chat review, round 14, 2026-11-30: `<u>` and `**` were pasted into case systems)

    @Test("a quote is shown without the extraction's inline markup, its words exact", arguments: [
        ("emailed to the Safeguarding Board email address <u>safeguardingboard.co@gov.im</u> for the attention",
         "emailed to the Safeguarding Board email address safeguardingboard.co@gov.im for the attention"),
        ("Initial attempts to resolve the disagreement **within 1 working day** should be made",
         "Initial attempts to resolve the disagreement within 1 working day should be made"),
        (#"at <a href="mailto:SSCPBusinessUnit@shropshire.gov.uk">SSCPBusinessUnit@shropshire.gov.uk</a>"#, "at SSCPBusinessUnit@shropshire.gov.uk"),
        ("[bookmark: _Hlk75428051][bookmark: _Hlk75428141]Stage Four", "Stage Four"),
        ("<B>Stage</B> <em>one</em> and <strong>two</strong>", "Stage one and two"),
        ("fewer than <5 days, a<b, x > y and neil_cotton@torbay.gov.uk", "fewer than <5 days, a<b, x > y and neil_cotton@torbay.gov.uk"),
        ("plain words", "plain words"),
    ])
    func shownWithoutMarkup(_ quote: String, _ shown: String) {
        #expect(quote.withoutSourceMarkup == shown)
    }

    @Test("every quote a route can cite is shown without markup, in why, a record and JSON", arguments: Bundled.library.policies)
    func citationsShownPlain(_ policy: Policy) {
        for quote in policy.quotes {
            let citation = Citation(source: policy.source.file, quote: quote)
            for shown in [citation.shown, citation.why, citation.recordLine] {
                #expect(!["<u>", "</u>", "**", "<a ", "</a>"].contains { shown.contains($0) }, "\(shown)")
            }
        }
        let man = Bundled.route("isle-of-man", .make(tried: 3, stageStarted: "2026-11-20", subject: .child))
        #expect(man.citations.contains { $0.recordLine.contains("email address safeguardingboard.co@gov.im for the attention") })
        let json = man.json["citations"].map { "\($0)" } ?? ""
        #expect(json.contains("safeguardingboard.co@gov.im for the attention") && !json.contains("<u>"))
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
