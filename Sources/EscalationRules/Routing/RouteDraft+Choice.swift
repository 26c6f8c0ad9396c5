extension RouteDraft {
    // MARK: Stages left to the practitioner's discretion

    /// Each stage from the one reached, as one the practitioner may start at, with whom it goes to:
    /// the policy leaves the choice to them (Torbay: "discretion should be used as to which stage is
    /// initiated"; B&NES: "escalate to an appropriate level"), so none is the route's own. What the
    /// policy says for a special case they gave comes first, so its contact is listed once, as theirs.
    mutating func stagesToChoose(asLevels: Bool = false) {
        let reached = facts.tried.map { max(0, $0) }
        let stages = policy.stages.dropFirst(reached ?? 0)
        specialCaseContacts(at: stages.first?.position ?? policy.stages.count)
        // Every stage tried: what the policy says after its last, with no stage left to start at.
        if stages.isEmpty, case .known(let actions) = policy.exhausted { actions.forEach { act($0) } }
        if asLevels, !stages.isEmpty {
            route.actions.append("The levels the policy has\(reached ?? 0 > 0 ? ", from the stage you have reached" : ""): it does not say which is the appropriate one for action on the same day.")
        }
        for stage in stages {
            route.actions.append(choice(stage, reached: reached.map { $0 + 1 == stage.position } ?? false, asLevel: asLevels))
        }
        // What the policy says to do where whom to contact is unknown, said once after the stages that need it.
        for stage in stages where stage.contact.role.value == nil { stage.contact.pointers.forEach { act($0) } }
    }

    /// How each stage the practitioner may start at is offered.
    static let choiceStart = "You may start at "

    /// "You may start at Stage Three – ... (the stage you have reached): contact your Head of Service ...; notify the TSCP Business Manager ...".
    mutating func choice(_ stage: Stage, reached: Bool, asLevel: Bool = false) -> String {
        let start = (asLevel ? "Level: " : Self.choiceStart) + "\(stage.label)\(reached ? " (the stage you have reached)" : ""): "
        cite(stage.quote)
        var parts: [String] = []
        if let role = stage.contact.role.value {
            cite(role.quote)
            parts.append("contact \(role.text.lowercasedFirst)")
            // Only a contact with details is listed beside the route: the line already names whom.
            if let ref = stage.contact.ref, policy.contact(ref.id(in: area)).map({ $0.email != nil || $0.phone != nil }) == true { supportContacts(ref, note: Route.atStage + stage.name) }
        } else {
            let reason = stage.contact.role.unknownReason.map { $0.trimmingTrailingFullStop } ?? ""
            let unknown = stage.contact.missing ? "whom to contact is unknown" : "the policy does not say whom to contact"
            parts.append(unknown + (reason.isEmpty ? "" : " (\(reason.lowercasedFirst)\(stage.contact.pointers.isEmpty ? "" : "; see below"))"))
        }
        for point in stage.notify {
            guard let role = point.role.value else { continue }
            cite(role.quote)
            parts.append("notify the \(role.text)")
            point.ref.map { supportContacts($0, note: Route.toNotifyAtStage + stage.name) }
        }
        if let sending = raisingForm(stage) { parts.append(sending) }
        return start + parts.joined(separator: "; ") + "."
    }

    /// "send the Service Manager's report, attached to Appendix A, to them (the policy gives no address)": a form that
    /// raises the stage, which a level's line keeps as the stage's own route does (an outside routing review, round 13:
    /// B&NES's urgent Stage 5 said only whom to contact). A form sent once the stage is resolved ("when the resolution is
    /// reached") is not how to start at it, so it is left to the stage's own route.
    mutating func raisingForm(_ stage: Stage) -> String? {
        guard let use = stage.form, use.when == nil, let form = policy.form(use.formID) else { return nil }
        cite(use.quote)
        let what = use.attached.map { "\($0), attached to \(form.name)," } ?? form.name
        let role = use.submitTo?.role.value
        role.map { cite($0.quote) }
        let ref = use.submitTo == nil ? form.submitTo?.id(in: area) : use.submitTo?.ref?.id(in: area)
        let reachable = policy.contact(ref).map { $0.email != nil || $0.phone != nil } ?? false
        let whom = role.map { $0.text.lowercased() == stage.contact.role.value?.text.lowercased() ? "them" : $0.text.lowercasedFirst }
            ?? policy.contact(ref)?.role ?? "where the policy says"
        return "send \(what) to \(whom)" + (reachable ? "" : " (the policy gives no address)")
    }

    /// What the policy says for each special case the practitioner gave, at the stage reached, with
    /// its contact beside the route's rather than in place of whom to call now.
    mutating func specialCaseContacts(at position: Int) {
        actOnSpecialCases(at: position).forEach { silentSpecialCase($0) }
    }

    /// Acts on what the policy says at `position` for each special case the practitioner gave; returns those it says nothing of there.
    mutating func actOnSpecialCases(at position: Int) -> [SpecialCase.Kind] {
        var silent: [SpecialCase.Kind] = []
        for kind in facts.specialCases.sorted() {
            let here = policy.specialCases.filter { $0.kind == kind && $0.applies(at: position) }
            if here.isEmpty { silent.append(kind) }
            for special in here {
                act(special.advice)
                special.contact.map { supportContacts($0, note: "if \(kind.phrase)") }
            }
        }
        return silent
    }
}
