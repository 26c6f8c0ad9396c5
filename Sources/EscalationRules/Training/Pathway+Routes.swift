/// What `route` says of each stage's people, asked of the router itself, so a pathway or a comparison gives the same
/// addresses, form conditions and recipients in the same words (an outside training review, round 23, F9: no e-mail
/// address reached `pathway` or `compare`, and B&NES's Appendix A was drawn without "when the resolution is reached").
extension Pathway {
    /// What the route to one stage names, area by area where the policy's contacts differ.
    struct RoutedStage {
        var contact: String?
        var notify: [String]
        var form: String?
        /// Whom the policy says to contact where you cannot tell whom, where that is someone other than `contact`.
        var ifUnsure: String?
    }

    /// The router a pathway asks. It is asked only whom each stage names and how, which no holiday changes, so it counts
    /// in a calendar without holidays; the pathway draws no date from it.
    static func router(for policy: Policy) -> Router {
        let years = Day(year: 2000, month: 1, day: 1)!...Day(year: 2099, month: 12, day: 31)!
        return Router(policy: policy, calendar: HolidayCalendar(id: "none", name: "no holidays", source: "", covers: years, holidays: []))
    }

    static func routed(_ stage: Stage, in policy: Policy, by router: Router) -> RoutedStage {
        let areas: [Area?] = policy.areas.count > 1 ? policy.areas.map { $0 } : [nil]
        func routes(_ special: Set<SpecialCase.Kind>) -> [(area: String?, route: Route)] {
            areas.map { area in
                let facts = Facts(tried: stage.position - 1, now: Moment(day: Day(year: 2026, month: 1, day: 5)!, minute: 600), area: area?.id, specialCases: special)
                return (area?.name, router.route(facts))
            }
        }
        let plain = routes([])
        let contact = stage.contact.role.value == nil ? nil : merged(plain.map { ($0.area, $0.route.contact) })
        var ifUnsure: String?
        if policy.specialCases.contains(where: { $0.kind == .unsureWhomToContact && $0.applies(at: stage.position) && ($0.contact != nil || $0.contactRole != nil) }) {
            let unsure = merged(routes([.unsureWhomToContact]).map { ($0.area, $0.route.contact) })
            if unsure != contact { ifUnsure = unsure }
        }
        return RoutedStage(contact: contact, notify: notify(plain), form: form(plain), ifUnsure: ifUnsure)
    }

    /// Whom to notify, as the route's "Notify:" lines say it; where they differ by area, each area's.
    static func notify(_ routes: [(area: String?, route: Route)]) -> [String] {
        guard let first = routes.first?.route else { return [] }
        if routes.allSatisfy({ $0.route.notifyWording == first.notifyWording }) { return first.notifyWording }
        return first.notify.indices.map { index in
            let said = merged(routes.compactMap { $0.route.notify.indices.contains(index) ? ($0.area, $0.route.notify[index]) : nil })
            return said + (first.notify[index].how.map { " (by \($0))" } ?? "")
        }
    }

    /// The form as the route's "Form:" line says it, without its label; where whom to send it to differs by area, each area's.
    static func form(_ routes: [(area: String?, route: Route)]) -> String? {
        guard let form = routes.first?.route.form else { return nil }
        let lines = routes.map { $0.route.form.map(Route.formLine) }
        if Set(lines).count == 1, let line = lines[0] { return String(line.dropFirst("Form: ".count)) }
        var line = form.name + (form.when.map { " - \($0)" } ?? "")
        let recipients = routes.compactMap { routed in routed.route.form?.submitTo.map { (routed.area, $0) } }
        if !recipients.isEmpty { line += ", send to " + merged(recipients, byArea: "your area's: ") }
        return line
    }

    /// One contact as the route sums it up ("TSCP Business Manager, Neil Cotton, neil.cotton@torbay.gov.uk"); where areas name
    /// different people or addresses, the role once and then each area's ("...: Halton: ..., ...@halton.gov.uk; ...").
    static func merged(_ contacts: [(area: String?, contact: RoutedContact)], byArea: String = "by area: ") -> String {
        guard let first = contacts.first?.contact else { return "" }
        if contacts.allSatisfy({ $0.contact.summary == first.summary }) { return first.summary }
        let role = first.role ?? "not named in the policy"
        let sameRole = contacts.allSatisfy { $0.contact.role == first.role }
        let each = contacts.map { area, contact in
            let details = (sameRole ? [] : [contact.role ?? "not named in the policy"]) + [contact.name, contact.email, contact.phone].compactMap { $0 }
            return "\(area ?? ""): \(details.joined(separator: ", "))"
        }
        return (sameRole ? "\(role), \(byArea)" : byArea) + each.joined(separator: "; ")
    }
}
