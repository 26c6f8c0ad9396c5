import EscalationRules

/// `intake-bot route`: one answer to where am I, whom do I contact, whom do I tell, and by when.
enum RouteCommand {
    static let spec = CommandSpec(
        name: "route",
        synopsis: "route --policy ID [options]",
        summary: "Prints the route for a disagreement under a policy: stage, contact, notify, form and deadline.",
        options: [
            .init(name: "policy", value: "ID", help: "The policy: bcssp, torbay, pan-cheshire, isle-of-man, shropshire."),
            .init(name: "policy-file", value: "FILE", help: "Use a partnership's own policy file (see docs/policy-format.md)."),
            .init(name: "risk", value: "none|significant|immediate", help: "Risk of harm to the child or adult (default none)."),
            .init(name: "with", value: "WHO", help: "other-agency (default), own-manager, own-organisation, individual-conduct, conference."),
            .init(name: "subject", value: "child|adult", help: "Whom the disagreement is about."),
            .init(name: "tried", value: "N", help: "Stages already tried without resolution (default 0)."),
            .init(name: "raised", value: "YYYY-MM-DD", help: "When the disagreement was first raised (default today)."),
            .init(name: "now", value: "YYYY-MM-DDTHH:MM", help: "The time to route at (default now)."),
            .init(name: "setting", value: "SETTING", help: "Your setting: \(Setting.allCases.map(\.rawValue).joined(separator: ", "))."),
            .init(name: "area", value: "ID", help: "The area, where a policy covers several (e.g. cheshire-east)."),
            .init(name: "json", value: nil, help: "Print the route as JSON."),
        ])

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let now = try moment(arguments.value("now"))
        let library = try PolicySource.library(policyFile: arguments.value("policy-file"), today: now.day)
        guard let policy = try PolicySource.policy(id: arguments.value("policy"), policyFile: arguments.value("policy-file"), in: library)
        else { throw usage("--policy or --policy-file is required") }
        let facts = try self.facts(arguments, now: now, policy: policy)
        let route = Router(policy: policy, calendar: library.calendar(for: policy)).route(facts)
        if arguments.has("json") {
            output.line(route.json.prettyText)
        } else {
            route.lines(policy: policy).forEach { output.wrapped($0) }
        }
    }

    static func facts(_ arguments: Arguments, now: Moment, policy: Policy) throws(CommandFailure) -> Facts {
        var facts = Facts(now: now)
        facts.risk = try choice(arguments, "risk", Risk.init) ?? .none
        facts.counterpart = try choice(arguments, "with", Counterpart.init) ?? .otherAgency
        facts.subject = try choice(arguments, "subject", Subject.init)
        facts.setting = try choice(arguments, "setting", Setting.init)
        if let tried = arguments.value("tried") {
            guard let n = Int(tried), n >= 0 else { throw usage("--tried needs a whole number of stages, 0 or more, not '\(tried)'") }
            facts.tried = n
        }
        if let raised = arguments.value("raised") {
            guard let day = Day(iso: raised) else { throw usage("--raised needs a date as YYYY-MM-DD, not '\(raised)'") }
            facts.raised = day
        }
        if let area = arguments.value("area") {
            guard policy.area(area) != nil else {
                throw usage("--area '\(area)' is not an area of \(policy.id): use \(policy.areas.map(\.id).joined(separator: ", "))")
            }
            facts.area = area
        }
        return facts
    }

    static func choice<T: CaseIterable & RawRepresentable>(_ arguments: Arguments, _ name: String, _ make: (String) -> T?) throws(CommandFailure) -> T?
    where T.RawValue == String {
        guard let text = arguments.value(name) else { return nil }
        guard let value = make(text) else {
            throw usage("--\(name) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
        }
        return value
    }

    static func moment(_ text: String?) throws(CommandFailure) -> Moment {
        try moment(text, defaultingTo: Clock.now())!
    }

    static func moment(_ text: String?, defaultingTo fallback: Moment?) throws(CommandFailure) -> Moment? {
        guard let text else { return fallback }
        guard let moment = Moment(iso: text) else {
            throw CommandFailure(message: "intake-bot: --now needs a time as YYYY-MM-DDTHH:MM, not '\(text)'.", status: 2)
        }
        return moment
    }

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: spec.usage(message).message, status: 2)
    }
}
