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
            .init(name: "risk", value: "none|significant|immediate", help: "Risk of harm, in the tool's words, not a policy's: immediate risk of significant harm now, significant risk but not immediate, or none (the default). The policies word their own triggers, and routes quote them: B&NES and Torbay act at \"risk of immediate harm\"; Shropshire expedites \"if someone is at risk of harm\", which its routes say at every level."),
            .init(name: "with", value: "WHO", help: "other-agency (default), own-manager, own-organisation, individual-conduct, conference (how a child protection conference worked, or its outcome), conference-convening (another agency's view on whether to convene one)."),
            .init(name: "subject", value: "child|adult", help: "Whom the disagreement is about."),
            .init(name: "tried", value: "N", help: "Stages already tried without resolution (default 0), counted from the policy's first stage as 1, in the order `pathway` lists them. A policy's own numbers may differ: Pan-Cheshire's first stage is an unnumbered conversation, so its Step 1 is stage 2, and having tried Step 1 is --tried 2."),
            .init(name: "raised", value: "YYYY-MM-DD", help: "When the disagreement arose, first raised (default --now's day)."),
            .init(name: "stage-started", value: "YYYY-MM-DD", help: "When the stage after --tried began: the day the stage before ended without agreement (default --now's day). Only with --tried 1 or more: the first stage counts from --raised."),
            .init(name: "now", value: "YYYY-MM-DDTHH:MM", help: "The time to route at (default now)."),
            .init(name: "setting", value: "SETTING", help: "Your setting: \(Setting.allCases.map(\.rawValue).joined(separator: ", "))."),
            .init(name: "area", value: "ID", help: "The area, where a policy covers several (e.g. cheshire-east)."),
            .init(name: "away", value: nil, help: "The person you need to raise it with is away."),
            .init(name: "contact-unknown", value: nil, help: "You cannot tell whom to contact."),
            .init(name: "dsl-is-line-manager", value: nil, help: "Your line manager is also your Designated Safeguarding Lead (give --setting too)."),
            .init(name: "chain-exhausted", value: nil, help: "Your agency's management chain is exhausted: there is no one more senior."),
            .init(name: "json", value: nil, help: "Print the route as JSON (see README): dateToWorkTo, with timeToWorkTo for clock hours, is the date to act by; deadline is the main reading's, and can be later."),
        ])

    static func run(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        do throws(CommandFailure) {
            try printRoute(arguments, output: output)
        } catch {
            // A mistyped option at immediate risk printed only the error: nothing urgent was said until it was fixed (an
            // outside routing review, round 23, F6).
            guard arguments.value("risk")?.lowercased() == Risk.immediate.rawValue else { throw error }
            throw CommandFailure(message: error.message + "\n" + urgentWhileFixing, status: error.status)
        }
    }

    static let urgentWhileFixing = "intake-bot: you gave --risk immediate: while you fix the option, if anyone is in immediate danger, call 999 now (national emergency number; not part of any policy)."

    static func printRoute(_ arguments: Arguments, output: Console) throws(CommandFailure) {
        let now = try moment(arguments.value("now"))
        let library = try PolicySource.library(policyFile: arguments.value("policy-file"), today: now.day)
        guard let policy = try PolicySource.policy(id: arguments.value("policy"), policyFile: arguments.value("policy-file"), in: library)
        else { throw usage("--policy or --policy-file is required") }
        let facts = try self.facts(arguments, now: now, policy: policy)
        var route = Router(policy: policy, calendar: library.calendar(for: policy)).route(facts)
        if let tried = facts.tried, let note = numberingNote(tried: tried, in: policy) { route.warnings.append(note) }
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
        facts.raised = try day(arguments, "raised", notAfter: now.day)
        facts.stageStarted = try day(arguments, "stage-started", notAfter: now.day)
        if facts.stageStarted != nil, (facts.tried ?? 0) == 0 {
            // The first stage has no stage before it to end: its time counts from the day it was raised, and a --stage-started
            // given here was said as "when the stage before ended" (an outside routing review, round 23, F9).
            throw usage("--stage-started is the day a later stage began; with --tried 0 the first stage counts from the day the disagreement was first raised: give --raised instead")
        }
        if let started = facts.stageStarted, let raised = facts.raised, started < raised {
            throw usage("--stage-started \(started) is before --raised \(raised): a stage cannot begin before the disagreement arose")
        }
        for (flag, kind) in specialCaseFlags where arguments.has(flag) { facts.specialCases.insert(kind) }
        if let area = arguments.value("area") {
            // In any case, as --policy is: "--area Halton" failed with nothing urgent said (an outside routing review, round 23, F6).
            guard let known = policy.areas.first(where: { $0.id.lowercased() == area.lowercased() }) else {
                throw usage("--area '\(area)' is not an area of \(policy.id): use \(policy.areas.map(\.id).joined(separator: ", "))")
            }
            facts.area = known.id
        }
        return facts
    }

    /// Where the policy's own step numbers are not the stage count --tried takes (Pan-Cheshire's Step 1 is its stage 2), what
    /// --tried N was taken to mean, and what to give for the policy's Step N: a DSL who had tried "Step 1" gave --tried 1 and
    /// was sent back to the line managers (an outside routing review, round 21). The chat asks from a list of the stages by
    /// name and says the one taken back by its name, so it needs no such note.
    static func numberingNote(tried: Int, in policy: Policy) -> String? {
        let steps = policy.stages.compactMap { stage in stepNumber(stage.label).map { (position: stage.position, step: $0) } }
        guard tried > 0, tried <= policy.stages.count, let first = steps.first, first.position != first.step,
              let meant = steps.first(where: { $0.step == tried }) else { return nil }
        return "--tried counts the \(policy.shortName) policy's stages from its first, \(policy.stages[0].name), as 1, and the policy "
            + "numbers its steps from its stage \(first.position), so its Step \(tried) is stage \(meant.position) here: --tried \(tried) "
            + "was taken as tried up to \(policy.stages[tried - 1].name). If you have tried up to Step \(tried), give --tried \(meant.position)."
    }

    /// "Step 1: Line Manager to Line Manager (Day 3-7)" as 1; nil for a label not numbered as a step.
    static func stepNumber(_ label: String) -> Int? {
        guard label.hasPrefix("Step ") else { return nil }
        return Int(label.dropFirst(5).prefix { $0.isNumber })
    }

    static let specialCaseFlags: [(String, SpecialCase.Kind)] = [
        ("away", .personAway), ("contact-unknown", .unsureWhomToContact), ("dsl-is-line-manager", .managerIsDesignatedLead),
        ("chain-exhausted", .chainExhausted),
    ]

    /// A date option, which cannot be after today: a deadline counted from the future would look later than it is.
    static func day(_ arguments: Arguments, _ name: String, notAfter today: Day) throws(CommandFailure) -> Day? {
        guard let text = arguments.value(name) else { return nil }
        guard let day = Day(iso: text) else { throw usage("--\(name) needs a date as YYYY-MM-DD, not '\(text)'") }
        guard day <= today else { throw usage("--\(name) \(text) is after --now's day, \(today): give the day it happened") }
        return day
    }

    /// An option's value as one of `T`'s, in any case, as `--policy` is matched: "--risk Immediate" was refused, and with it the
    /// urgent route (an outside routing review, round 23, F6).
    static func choice<T: CaseIterable & RawRepresentable>(_ arguments: Arguments, _ name: String, _ make: (String) -> T?) throws(CommandFailure) -> T?
    where T.RawValue == String {
        guard let text = arguments.value(name) else { return nil }
        guard let value = make(text) ?? T.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
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
        switch moment.clockChange {
        case .ordinary: break
        case .skipped:
            // The hour the clocks go forward past is not a UK time: counting from it would give hours nobody lived.
            throw CommandFailure(message: "intake-bot: --now \(text) is not a UK time: the clocks go forward from 01:00 to 02:00 on \(moment.day.spoken), so the clock never shows it. Give a time before 01:00 or from 02:00.", status: 2)
        case .repeated:
            Console.error(repeatedTimeNote(moment))
        }
        return moment
    }

    /// Said on stderr of a `--now` the clock shows twice, with the one taken: the first, in British Summer Time, as `Moment`
    /// counts it. Not on stdout, which `--json` keeps to the route.
    static func repeatedTimeNote(_ moment: Moment) -> String {
        let gmt = Moment.clockText(moment.minute - 60)
        return "intake-bot: note: \(Moment.clockText(moment.minute)) on \(moment.day.spoken) happens twice, as the clocks go back from 02:00 to 01:00 that morning: it is taken as the first, in British Summer Time (\(gmt) GMT), and times counted from it are counted from then. The second, an hour later, cannot be given as a UK time."
    }

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: spec.usage(message).message, status: 2)
    }
}
