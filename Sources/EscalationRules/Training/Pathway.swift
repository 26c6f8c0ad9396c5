/// A policy's escalation pathway laid out for pictures: the stages in order, who talks to whom,
/// their times, notifications and forms, with the urgent and out-of-scope routes branching off.
public struct Pathway: Sendable {
    public struct Step: Sendable {
        public var position: Int
        /// The label, with who raises it with whom where the text says.
        public var label: String
        /// Whom you contact at this stage, as the route's "Contact:" line says. Not an arrow from the one who raises
        /// it: where they are the one you contact, "Your Senior Manager -> Your Senior Manager" read as raising it with
        /// yourself (an outside review, round 9).
        public var contact: String
        /// Who raises it, where the policy does not say and whom to contact is known (Torbay's Stage Five).
        public var raisedByUnknown: String?
        public var time: String
        /// The time another honest reading of the words gives, where it is not a weaker one: said beside the first, as
        /// the live route says both (an outside review, round 9: the pictures showed the later only).
        public var otherTime: String?
        /// Whom to notify, as the route says it: who, their name and address, and how.
        public var notify: [String]
        /// The form as the route says it: when it is sent and to whom, where the policy says.
        public var form: String?
        /// Whom the policy says to contact where you cannot tell whom, as the route says it with `--contact-unknown`.
        public var ifUnsure: String? = nil
    }

    public struct Branch: Sendable {
        public var title: String
        public var detail: String
    }

    public var title: String
    public var source: String
    public var steps: [Step]
    public var checklist: [String]
    public var urgent: [Branch]
    public var outOfScope: [Branch]
    public var afterLastStage: String

    public init(policy: Policy) {
        title = "\(policy.name): escalation pathway"
        source = "Source: \(policy.source.title) (\(policy.source.file))"
        let router = Pathway.router(for: policy)
        steps = policy.stages.map { stage in
            var unknownRaiser: String?
            if case .unknown(let reason) = stage.raisedBy, stage.contact.role.value != nil { unknownRaiser = Pathway.words(.unknown(reason: reason)) }
            let routed = Pathway.routed(stage, in: policy, by: router)
            return Step(position: stage.position, label: stage.heading,
                        contact: routed.contact ?? Pathway.words(stage.contact.role.map(\.text)),
                        raisedByUnknown: unknownRaiser,
                        time: Pathway.time(stage.timescale),
                        otherTime: stage.otherReading.flatMap(Pathway.otherTime),
                        notify: routed.notify,
                        form: routed.form,
                        ifUnsure: routed.ifUnsure)
        }
        checklist = policy.checklist.map(\.question)
        let routes = policy.immediateRisk == policy.significantRisk
            ? [("Immediate or significant risk of harm", policy.immediateRisk)]
            : [("Immediate risk of significant harm", policy.immediateRisk), ("Significant risk of harm", policy.significantRisk)]
        urgent = routes.map { level, route in
            // The tool's level, then the policy's own trigger where it words it otherwise (round 21: B&NES's and Torbay's
            // "risk of immediate harm").
            let title = route.trigger.map { "\(level) (the policy's words: \($0.text))" } ?? level
            // The pathway is the disagreement with another agency, on the stages, so the words about their times hold.
            // Each a sentence, as the route says them: a file's action without a full stop ran into "Call:" (an outside training
            // review, round 23, F11).
            let actions = (route.actions + route.onStages).map(\.text.sentence).joined(separator: " ")
            guard route.leads == .urgent else { return Branch(title: title, detail: "Stays on the stages. \(actions)") }
            let call = route.contacts.first.map { Pathway.numbers(for: $0, in: policy) }
                ?? "the policy names no one to call: your agency's safeguarding procedures, and 999 if anyone is in danger"
            var time = route.timescale.timescale.isFixed ? Pathway.time(route.timescale) : "now (the policy sets no time of its own)"
            // An urgent route's time runs from now, not from when it arose.
            if let other = route.otherReading { time += "; another reading, \(other.reading): \(other.timescale.timescale.phrase) from now" }
            return Branch(title: title, detail: "\(actions) Call: \(call). Time: \(time).")
        }
        outOfScope = Counterpart.allCases.filter { $0 != .otherAgency }.map { counterpart in
            switch policy.scope(of: counterpart) {
            // In the route's own hedged words, not as a plain destination: "should consider", "the nearest it comes", "a
            // reading" (an outside routing review, round 22, F2: the pathway and compare stated readings as the policy's).
            case .elsewhere(let route):
                let detail = route.stagesReading.map { "\(route.procedure); but \($0)" } ?? route.headline ?? route.procedure
                return Branch(title: "With \(counterpart.phrase)", detail: detail)
            case .stages(let included):
                // Where a file has no words of its own for a conference's convening, the route's reading, as the route says it
                // (an outside training review, round 23, F11: "goes through these stages" flatly, of a text silent on conferences).
                let reading = included == nil && counterpart == .conferenceConvening ? ", by a reading: \(policy.conveningReading)" : ""
                return Branch(title: "With \(counterpart.phrase)", detail: "goes through these stages" + (included?.note.map { ", by a reading of its words: \($0)" } ?? reading))
            case .silent:
                let part = policy.partlyInScope.first { $0.counterpart == counterpart }
                return Branch(title: "With \(counterpart.phrase)", detail: "not covered: the policy does not say" + (part.map { ", except the part its words take in, for its stages: \"\($0.quote.withoutSourceMarkup)\"" } ?? ""))
            }
        }
        switch policy.exhausted {
        // A file's empty `exhausted` says nothing: unknown, not a blank (an outside training review, round 23, F11).
        case .known(let actions) where actions.isEmpty: afterLastStage = "unknown: the policy file says nothing of what follows the last stage"
        case .known(let actions): afterLastStage = actions.map(\.text).joined(separator: " ")
        case .unknown(let reason): afterLastStage = "unknown" + (reason.isEmpty ? "" : ": \(reason)")
        }
    }

    /// Whom to call, with every number the policy gives for them, area by area where they differ.
    static func numbers(for point: ContactPoint, in policy: Policy) -> String {
        let role = point.role.value?.text ?? "unknown"
        guard let ref = point.ref else { return role }
        let areas: [String?] = policy.areas.count > 1 ? policy.areas.map(\.id) : [nil]
        let listed = areas.compactMap { area -> String? in
            guard let contact = policy.contact(ref.id(in: area ?? policy.areas.first?.id)) else { return nil }
            var text = [contact.role, contact.phone, contact.email].compactMap { $0 }.joined(separator: " ")
            if let hours = contact.hours { text += " (\(hours.summary))" }
            if let fallback = policy.contact(contact.outOfHours) {
                text += "; out of hours " + [fallback.role, fallback.phone].compactMap { $0 }.joined(separator: " ")
                // Listed beside the daytime number with no hours of its own (Pan-Cheshire's Emergency Duty Teams).
                if fallback.hours == nil { text += " (out of hours: not from the policy, which gives it no hours)" }
            }
            return text
        }
        return listed.isEmpty ? role : "\(role): " + listed.joined(separator: "; ")
    }

    /// "4 working days from when it was first raised (another reading: counted from when it was first raised, ...)":
    /// nil for a weaker reading, which the route never works to.
    static func otherTime(_ other: OtherReading) -> String? {
        other.weaker ? nil : "\(time(other.timescale)) (another reading: \(other.reading)); where the two differ, work to the earlier (not from the policy)"
    }

    static func words(_ known: Known<String>) -> String {
        switch known {
        case .known(let text): return text
        case .unknown(let reason): return "unknown (\(reason.trimmingTrailingFullStop))"
        }
    }

    /// "5 working days from when it was first raised", "5 working days from when this stage begins",
    /// "Day 3-7 of the process", "to be agreed for each stage".
    static func time(_ stageTimescale: StageTimescale) -> String {
        let timescale = stageTimescale.timescale
        switch timescale {
        case .unknown: return "unknown" + (stageTimescale.quote.isEmpty ? "" : " (\(stageTimescale.quote.withoutSourceMarkup.trimmingTrailingFullStop))")
        case .agreedLocally: return "to be agreed for each stage (the policy sets none)"
        case .sameDay, .sameWorkingDay, .asSoonAsPossible: return timescale.phrase
        case .processDays: return "\(timescale.phrase) of the process (working days, the day it arose being Day 1)"
        case .processCalendarDays: return "\(timescale.phrase) of the process (calendar days, the day it arose being Day 1)"
        case .hours: return "\(timescale.phrase), clock hours, from when it arose"
        default:
            return stageTimescale.anchor == .arose ? "\(timescale.phrase) from when it was first raised" : "\(timescale.phrase) from when this stage begins"
        }
    }
}

extension Known where Value: Equatable & Sendable {
    func map<T>(_ transform: (Value) -> T) -> Known<T> where T: Equatable & Sendable {
        switch self {
        case .known(let value): return .known(transform(value))
        case .unknown(let reason): return .unknown(reason: reason)
        }
    }
}

extension String {
    /// The text without one closing full stop, to be set inside a sentence.
    public var trimmingTrailingFullStop: String { hasSuffix(".") ? String(dropLast()) : self }
}
