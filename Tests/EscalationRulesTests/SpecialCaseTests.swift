import Foundation
import Testing
@testable import EscalationRules

/// The situations the policies single out, given as facts: the policy's words where it speaks, and
/// "does not say" where it is silent, for every policy and kind.
@Suite("Special cases as facts")
struct SpecialCaseTests {
    struct Case: CustomStringConvertible, Sendable {
        var policy: String
        var kind: SpecialCase.Kind
        var tried: Int
        /// Words the route must hold when the policy speaks; nil when it is silent at this stage.
        var says: String?
        var setting: Setting? = nil
        var area: String? = "halton"
        var description: String { "\(policy) \(kind.rawValue) at stage \(tried + 1)" }
    }

    static let cases: [Case] = [
        // Torbay: "If you are unable to identify who the right person is to contact within the organisation,
        // please contact Neil Cotton, TSCP Business Manager neil.cotton@torbay.gov.uk who may be able to help you with this"
        .init(policy: "torbay", kind: .unsureWhomToContact, tried: 0, says: "neil.cotton@torbay.gov.uk"),
        .init(policy: "torbay", kind: .unsureWhomToContact, tried: 3, says: "neil.cotton@torbay.gov.uk"),
        .init(policy: "torbay", kind: .personAway, tried: 1, says: nil),
        .init(policy: "torbay", kind: .managerIsDesignatedLead, tried: 2, says: nil),
        .init(policy: "torbay", kind: .chainExhausted, tried: 3, says: nil),
        // B&NES: "Each agency must ensure that staff are aware of who they should contact in the first instance."
        .init(policy: "bcssp", kind: .unsureWhomToContact, tried: 0, says: "Ask your own agency whom to contact"),
        .init(policy: "bcssp", kind: .personAway, tried: 1, says: nil),
        .init(policy: "bcssp", kind: .managerIsDesignatedLead, tried: 1, says: nil),
        .init(policy: "bcssp", kind: .chainExhausted, tried: 3, says: nil),
        // Pan-Cheshire: "If the professional with who the challenge should be raised is away, then the concern
        // must be raised with the immediate line manager."
        .init(policy: "pan-cheshire", kind: .personAway, tried: 0, says: "immediate line manager"),
        // "If the manager with whom the challenge should be raised is away, then the concern must be brought to
        // the attention of their equivalent, or their immediate line manager"
        .init(policy: "pan-cheshire", kind: .personAway, tried: 1, says: "the concern must be brought to the attention of their equivalent, or their immediate line manager"),
        .init(policy: "pan-cheshire", kind: .personAway, tried: 2, says: nil),
        // "the Line Manager / Designated Safeguarding Lead should seek support from the following at Step 3: ... Schools – (SCiE)"
        .init(policy: "pan-cheshire", kind: .managerIsDesignatedLead, tried: 2, says: "For school: Safeguarding Children in Education Team (SCiE)", setting: .school),
        .init(policy: "pan-cheshire", kind: .managerIsDesignatedLead, tried: 3, says: "For general practice (GP): Named Doctor", setting: .gp),
        .init(policy: "pan-cheshire", kind: .managerIsDesignatedLead, tried: 2, says: "For police the policy names no one", setting: .police),
        .init(policy: "pan-cheshire", kind: .managerIsDesignatedLead, tried: 0, says: nil),
        // The text speaks of it only in its Step 2 section, of Steps 2 and 3: not at Step 1.
        .init(policy: "pan-cheshire", kind: .managerIsDesignatedLead, tried: 1, says: nil, setting: .school),
        // "For a full list of Designated Safeguarding Leads refer to Appendix B."
        .init(policy: "pan-cheshire", kind: .unsureWhomToContact, tried: 2, says: "0151 907 8305"),
        .init(policy: "pan-cheshire", kind: .unsureWhomToContact, tried: 0, says: nil),
        .init(policy: "pan-cheshire", kind: .chainExhausted, tried: 2, says: nil),
        // Isle of Man: "In agencies or organisations where the management chain has already been exhausted, the most
        // senior staff member should escalate their concerns to the next tier of management in the other agency."
        .init(policy: "isle-of-man", kind: .chainExhausted, tried: 1, says: "next tier of management in the other agency"),
        .init(policy: "isle-of-man", kind: .chainExhausted, tried: 3, says: "next tier of management in the other agency"),
        .init(policy: "isle-of-man", kind: .chainExhausted, tried: 0, says: nil),
        .init(policy: "isle-of-man", kind: .personAway, tried: 1, says: nil),
        .init(policy: "isle-of-man", kind: .unsureWhomToContact, tried: 1, says: nil),
        // "each practitioner should discuss this with their line manager and or Designated Safeguarding Lead": one person
        // holding both roles is what the words allow (a reviewer of 60 routing cases, 2026-11-30); silent at the other stages.
        .init(policy: "isle-of-man", kind: .managerIsDesignatedLead, tried: 1, says: "one person holding both roles is enough"),
        .init(policy: "isle-of-man", kind: .managerIsDesignatedLead, tried: 2, says: nil),
        // Shropshire speaks of none of them.
        .init(policy: "shropshire", kind: .personAway, tried: 1, says: nil),
        .init(policy: "shropshire", kind: .unsureWhomToContact, tried: 0, says: nil),
        .init(policy: "shropshire", kind: .managerIsDesignatedLead, tried: 2, says: nil),
        .init(policy: "shropshire", kind: .chainExhausted, tried: 3, says: nil),
    ]

    @Test("every policy and every kind is tried") func everyPolicyAndKind() {
        for id in PolicyLibrary.bundledIDs {
            #expect(Set(Self.cases.filter { $0.policy == id }.map(\.kind)) == Set(SpecialCase.Kind.allCases), "\(id)")
        }
    }

    @Test(arguments: cases) func specialCase(_ test: Case) {
        let route = Bundled.route(test.policy, .make(tried: test.tried, stageStarted: test.tried > 0 ? "2026-11-23" : nil,
                                                     setting: test.setting, area: test.area, special: [test.kind]))
        #expect(route.outcome == .stage)
        let text = route.lines(policy: Bundled.policy(test.policy)).joined(separator: "\n")
        if let says = test.says {
            #expect(text.contains(says), "\(text)")
            #expect(!route.warnings.contains { $0.contains("does not say what to do when") })
        } else {
            #expect(route.warnings.contains { $0.contains("does not say what to do when \(test.kind.phrase)") }, "\(route.warnings)")
        }
        // Every email address and phone number the route mentions is in a structured field.
        let structured = ([route.contact] + route.otherContacts + route.notify + [route.form?.submitTo].compactMap { $0 })
            .flatMap { [$0.email, $0.phone] }.compactMap { $0 }
        for detail in ["neil.cotton@torbay.gov.uk", "0151 907 8305", "SSCPBusinessUnit@shropshire.gov.uk", "safeguardingboard.co@gov.im"] where text.contains(detail) {
            #expect(structured.contains(detail), "\(detail) only in prose")
        }
    }

    @Test("without the fact, no special advice: it is not printed at fixed stages whatever the case") func onlyWhenSaid() {
        let route = Bundled.route("pan-cheshire", .make(tried: 0, area: "halton"))
        #expect(!route.actions.contains { $0.contains("is away") })
        let torbay = Bundled.route("torbay", .make(tried: 2))
        #expect(!torbay.actions.contains { $0.contains("neil.cotton") } && torbay.contact.name == nil)
    }

    @Test("Torbay, whom to contact unknown: the Business Manager is the contact, by name and email") func torbayBusinessManager() {
        let route = Bundled.route("torbay", .make(tried: 1, special: [.unsureWhomToContact]))
        #expect(route.contact.name == "Neil Cotton")
        #expect(route.contact.email == "neil.cotton@torbay.gov.uk")
        #expect(route.actions.contains("The person the policy means at this stage: your Supervisor/Manager within your own agency."))
    }

    @Test("Pan-Cheshire, person away at the first step: the immediate line manager is the contact instead") func cheshireAway() {
        let route = Bundled.route("pan-cheshire", .make(tried: 0, area: "halton", special: [.personAway]))
        #expect(route.contact.role == "The immediate line manager of the professional you need, who is away")
        // Whom they stand in for goes with the contact, not in a bullet of its own that is no sentence.
        #expect(route.contact.note == "in place of the professional you disagree with")
        #expect(route.lines(policy: Bundled.policy("pan-cheshire")).contains(
            "Contact: The immediate line manager of the professional you need, who is away (in place of the professional you disagree with)"))
        #expect(!route.actions.contains { $0.hasPrefix("In place of") })
    }

    @Test("Isle of Man, management chain exhausted: the next tier in the other agency, in place of the stage's usual contact") func isleOfManChainExhausted() {
        // "the most senior staff member should escalate their concerns to the next tier of management in the other agency"
        let route = Bundled.route("isle-of-man", .make(tried: 2, special: [.chainExhausted]))
        #expect(route.contact.role == "The next tier of management in the other agency, approached by your agency's most senior staff member")
        #expect(route.contact.note == "in place of a more senior manager within your agency's tiers of line management")
        #expect(!route.actions.contains { $0.hasPrefix("In place of") })
    }

    @Test("Pan-Cheshire Step 2 names the area's Appendix B key contact, with its hours and whether it is open now") func appendixBAtStepTwo() {
        // "For a full list of Designated Safeguarding Leads refer to Appendix B." Appendix B: "Area Specific List of Key
        // Contacts to support Designated Safeguarding Leads at Step 2": "Multi Agency Referral Service 01925 443322 (opt 1)
        // Mon – Thurs 08.30- 17.00 Fri 08.30 – 16.30"; "Cheshire East Children Consultation Service 0300 123 5012 (opt 3 opt 2)".
        let policy = Bundled.policy("pan-cheshire")
        let open = Bundled.route("pan-cheshire", .make(tried: 2, now: "2027-05-06T10:00", area: "warrington"))
        let mars = open.otherContacts.first { $0.phone == "01925 443322 (opt 1)" }
        #expect(mars?.openNow == true)
        #expect(mars?.note == "Appendix B key contact to support Designated Safeguarding Leads at Step 2")
        #expect(open.lines(policy: policy).contains { $0.hasPrefix("Also: Multi Agency Referral Service (Warrington), 01925 443322 (opt 1) (Appendix B key contact") && $0.hasSuffix("; open now; hours Mon-Thu 08:30-17:00, Fri 08:30-16:30)") })
        // At 08:29 the Cheshire East service is closed: it says so, with its hours; listed once when whom to contact is unknown too.
        let closed = Bundled.route("pan-cheshire", .make(tried: 2, now: "2027-01-12T08:29", area: "cheshire-east", special: [.unsureWhomToContact]))
        #expect(closed.otherContacts.filter { $0.phone == "0300 123 5012 (opt 3 opt 2)" }.count == 1)
        #expect(closed.lines(policy: policy).contains { $0.hasPrefix("Also: Cheshire East Children Consultation Service, 0300 123 5012 (opt 3 opt 2)") && $0.hasSuffix("; closed now; open Mon-Thu 08:30-17:00, Fri 08:30-16:30)") })
        // Appendix B is for Step 2: Step 1 does not list it.
        #expect(Bundled.route("pan-cheshire", .make(tried: 1, area: "warrington")).otherContacts.isEmpty)
    }

    @Test("a line manager who is also the DSL, with no setting given: every setting the policy lists") func everySetting() {
        let route = Bundled.route("pan-cheshire", .make(tried: 2, area: "halton", special: [.managerIsDesignatedLead]))
        #expect(route.actions.contains { $0.hasPrefix("By setting: School - Safeguarding Children in Education Team (SCiE)") })
    }

    @Test("Pan-Cheshire, a line manager who is also the DSL: spoken of at Step 2 and Step 3 only, each bullet with its own step's words, the numbering's disagreement said at Step 2", arguments: [0, 1])
    func cheshireDesignatedLeadElsewhere(_ tried: Int) {
        // "meaning they are already involved at Step 2. Where this occurs, the Line Manager / Designated Safeguarding Lead should seek
        // support from the following at Step 3", in the section "Step 2: Designated Safeguarding Leads (Day 8-13)".
        let route = Bundled.route("pan-cheshire", .make(tried: tried, setting: .school, area: "halton", special: [.managerIsDesignatedLead]))
        #expect(route.warnings.contains { $0.hasSuffix("it speaks of it only at Step 2 and Step 3.") }, "\(route.warnings)")
        #expect(!route.actions.contains { $0.contains("SCiE") })
    }

    @Test("Pan-Cheshire, a line manager who is also the DSL, at Step 2 and at Step 3", arguments: [
        (2, "Your line manager is also your Designated Safeguarding Lead, so they are already involved at Step 2. The policy says they should seek support from the following \"at Step 3\", in its section on Step 2: its step numbers do not agree, so the support is given at both steps (not from the policy)."),
        (3, "Your line manager is also your Designated Safeguarding Lead: the policy says they should seek support from the following at Step 3."),
    ])
    func cheshireDesignatedLead(_ tried: Int, _ advice: String) {
        let route = Bundled.route("pan-cheshire", .make(tried: tried, stageStarted: "2026-11-20", setting: .school, area: "halton", special: [.managerIsDesignatedLead]))
        #expect(route.actions.contains(advice), "\(route.actions)")
        #expect(route.actions.filter { $0.contains("SCiE") } == ["For school: Safeguarding Children in Education Team (SCiE)."])
        #expect(!route.actions.contains { $0.contains("Step 1") })
    }

    @Test("a special case spoken of elsewhere says where") func spokenElsewhere() {
        let route = Bundled.route("pan-cheshire", .make(tried: 2, area: "halton", special: [.personAway]))
        #expect(route.warnings.contains("At this stage the Pan-Cheshire policy does not say what to do when the person you need to raise it with is away; it speaks of it only at Professionals resolving disagreements and Step 1."))
    }
}

@Suite("Every detail in a structured field")
struct StructuredDetailsTests {
    /// Email addresses and UK phone numbers as the policies print them.
    static let detail = try! NSRegularExpression(pattern: #"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}|0[0-9 ]{9,13}[0-9]( \(opt [0-9]( opt [0-9])?\))?"#)

    @Test("every email address and phone number a route mentions is in contact, otherContacts, notify or the form, its own or its stage to pursue's", arguments: PolicyLibrary.bundledIDs)
    func detailsAreStructured(_ id: String) {
        let policy = Bundled.policy(id)
        var seen = 0
        defer { #expect((seen > 0) == (id != "bcssp"), "\(id): \(seen) details seen") }
        for tried in 0...policy.stages.count {
            for risk in Risk.allCases {
                for special in [[]] + SpecialCase.Kind.allCases.map({ [$0] }) as [Set<SpecialCase.Kind>] {
                    for (now, area) in [("2026-11-23T10:00", "halton" as String?), ("2026-11-28T22:00", nil), ("2026-12-25T10:00", "warrington")] {
                        let route = Bundled.route(id, .make(risk: risk, tried: tried, stageStarted: tried > 0 ? "2026-11-20" : nil, now: now,
                                                            setting: .school, area: area, special: special))
                        let text = route.lines(policy: policy).joined(separator: " ").replacingOccurrences(of: "\n", with: " ")
                        let details: [any StageDetails] = [route] + (route.stageToPursue.map { [$0] } ?? [])
                        let structured = details.flatMap { [$0.contact] + $0.otherContacts + $0.notify + [$0.form?.submitTo].compactMap { $0 } }
                            .flatMap { [$0.email, $0.phone] }.compactMap { $0 }
                        let found = Self.detail.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
                        seen += found.count
                        for detail in found {
                            #expect(structured.contains { $0.hasPrefix(detail) || detail.hasPrefix($0) }, "\(id) stage \(tried + 1) \(risk) \(special): \(detail) only in prose")
                        }
                    }
                }
            }
        }
    }

    @Test("Torbay, unsure whom to contact at Stage Three: the Business Manager is named once, and notified too") func torbayBusinessManagerOnce() {
        // "The Senior Manager should also notify the TSCP Business Manager by emailing neil.cotton@torbay.gov.uk"; "If you are unable
        // to identify who the right person is to contact within the organisation, please contact Neil Cotton, TSCP Business Manager".
        let route = Bundled.route("torbay", .make(tried: 2, special: [.unsureWhomToContact]))
        #expect(route.contact.email == "neil.cotton@torbay.gov.uk")
        #expect(route.notify.map(\.role) == ["TSCP Business Manager (the Senior Manager notifies them), the contact above"])
        let text = route.lines(policy: Bundled.policy("torbay")).joined(separator: " ")
        #expect(text.components(separatedBy: "Neil Cotton").count == 2, "\(text)")
    }

    @Test("a setting the policy does not list is called the practitioner's, not \"other\"") func otherSetting() {
        let route = Bundled.route("pan-cheshire", .make(tried: 2, setting: .other, special: [.managerIsDesignatedLead]))
        #expect(route.actions.contains { $0.hasPrefix("For your setting the policy names no one: it lists support for ") }, "\(route.actions)")
    }
}
