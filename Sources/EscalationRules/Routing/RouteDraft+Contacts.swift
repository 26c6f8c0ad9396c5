extension RouteDraft {
    // MARK: Whom to call now

    /// Leads an urgent route with a number that answers now: the area's front door while it is open,
    /// its out-of-hours team while it is closed or on a bank holiday; with no area known, each area's.
    mutating func callNow(_ point: ContactPoint) {
        guard let (ref, role) = reference(citing: point) else { return }
        if let contact = policy.contact(ref.id(in: area)) {
            let (now, others) = answering(contact, role: role?.text)
            route.contact = now
            route.otherContacts += others
            return
        }
        route.contact = RoutedContact(role: role?.text, note: "each area has its own number: call your area's, below")
        for area in policy.areas {
            guard let contact = policy.contact(ref.id(in: area.id)) else { continue }
            var (now, others) = answering(contact, role: role?.text)
            now.note = Route.callNowIn + area.name + (now.note.map { "; \($0)" } ?? "")
            route.otherContacts.append(now)
            // While the front door is open its out-of-hours team comes next, as with an area given: a
            // practitioner who reads this at 16:59 and dials at 17:00 needs the number that answers then.
            guard now.openNow == true, var outOfHours = others.first else { continue }
            let soon = Self.closingSoon(contact, at: facts.now)
            outOfHours.note = Route.callNowIn + area.name + "; " + (soon.map { "call now " + Self.ifNoAnswer(closes: $0) } ?? "out of hours, once the line above has closed")
                + Self.noHours(outOfHours)
            route.otherContacts.append(outOfHours)
        }
    }

    /// At significant risk, the policy's words send the practitioner to a front door, with no word of now or out of hours
    /// (Pan-Cheshire 002 l.27: "should they be considered at significant risk the local authority children's social care front
    /// door should be contacted"): the front door is the contact while it is open, with its hours, and its out-of-hours team
    /// once it has closed. While it is shut, the team comes first, as at immediate risk, and the front door after it, with when
    /// it opens: leading with a line closed over Christmas, the team second "if the child may be at significant risk before
    /// then", was weaker than the policy's words (an outside routing review, round 24, F1). "Call now" and "URGENT" stay for
    /// immediate risk (a chat review, round 20, F9).
    mutating func frontDoor(_ point: ContactPoint) {
        guard let (ref, role) = reference(citing: point) else { return }
        if let contact = policy.contact(ref.id(in: area)) {
            let numbers = doorOrTeam(contact, role: role?.text)
            route.contact = numbers[0]
            route.otherContacts += numbers.dropFirst()
            return
        }
        route.contact = RoutedContact(role: role?.text, note: "each area has its own number: contact your area's, below")
        for area in policy.areas {
            guard let contact = policy.contact(ref.id(in: area.id)) else { continue }
            for var number in doorOrTeam(contact, role: role?.text) {
                number.note = Route.contactIn + area.name + (number.note.map { "; \($0)" } ?? "")
                route.otherContacts.append(number)
            }
        }
    }

    /// The front door and its out-of-hours team, the one that answers now first: the door while it is open, the team once
    /// it has closed; while the door is shut or it is a bank holiday, the team, then the door with when it opens.
    mutating func doorOrTeam(_ contact: Contact, role: String?) -> [RoutedContact] {
        let door = doorWithHours(contact, role: role)
        guard let fallback = policy.contact(contact.outOfHours) else { return [door] }
        var team = RoutedContact(role: fallback.role)
        fill(&team, from: fallback)
        let noHours = Self.noHours(team)
        switch door.openNow {
        case true?:
            team.note = Route.onceClosed + (noHours.isEmpty ? " (not from the policy)" : noHours)
            return [door, team]
        case false?:
            team.note = "\(contact.role) is closed now" + noHours
        case nil:
            let holiday = router.calendar.holiday(on: facts.now.day)?.name ?? "a bank holiday"
            team.note = "today is \(holiday), a bank holiday: the policy gives \(contact.role)'s weekday hours only" + noHours
        }
        return [team, door]
    }

    /// With no area given, a stage's contact that differs by area is listed for every area, each labelled by its area, below
    /// the contact: Pan-Cheshire's Step 3 gave no address at all, where its Step 2 and its urgent routes list every area's
    /// (an outside routing review, round 24, F6; 002 l.143: "Please submit this referral to: Cheshire West SCP via ...").
    /// The note asking for the area stays (`resolve`).
    mutating func everyAreasContact(_ point: ContactPoint) {
        guard area == nil, case .byArea? = point.ref, let ref = point.ref else { return }
        var kinds: Set<String> = []
        for each in policy.areas {
            guard let contact = policy.contact(ref.id(in: each.id)) else { continue }
            var routed = RoutedContact(role: contact.role)
            fill(&routed, from: contact)
            routed.note = Route.contactIn + each.name
            route.otherContacts.append(routed)
            kinds.insert(contact.email != nil && contact.phone == nil ? "address" : "details")
        }
        guard !kinds.isEmpty, route.contact.note == nil else { return }
        route.contact.note = "each area has its own \(kinds.count == 1 ? kinds.first! : "details"): use your area's, below"
    }

    /// The point's role, cited, and the contact it refers to; where it refers to none, the role alone is the route's contact.
    mutating func reference(citing point: ContactPoint) -> (ContactRef, Cited?)? {
        let role = point.role.value
        role.map { cite($0.quote) }
        guard let ref = point.ref else {
            route.contact = RoutedContact(role: role?.text)
            return nil
        }
        return (ref, role)
    }

    /// The front door with its hours, open or not now, and when it next opens.
    mutating func doorWithHours(_ contact: Contact, role: String?) -> RoutedContact {
        var door = RoutedContact(role: role)
        fill(&door, from: contact)
        switch door.openNow {
        case true?: door.note = Self.openUntil(contact, at: facts.now)
        case false?:
            door.note = "closed now" + opening(contact) + "; open \(door.hours ?? "")"
        case nil:
            door.note = "today is a bank holiday, whose hours the policy does not give" + opening(contact) + "; weekday hours \(door.hours ?? "")"
        }
        return door
    }

    /// "; opens Tuesday 1 September 2026 at 09:00", with any bank holiday passed over on the way said as unknown, as its
    /// hours are.
    func opening(_ contact: Contact) -> String {
        guard let hours = contact.hours, let next = hours.nextOpening(after: facts.now, in: router.calendar) else { return "" }
        let passed = hours.holidaysPassed(after: facts.now, until: next, in: router.calendar)
        let unknown = passed.isEmpty ? "" : " by its weekday hours, \(passed.map(\.spoken).listed) being \(passed.count == 1 ? "a bank holiday" : "bank holidays") whose hours the policy does not give"
        return "; opens \(Self.spokenOpening(next, from: facts.now))" + unknown
    }

    /// "at 08:30, in 5 minutes" (today, within `closingWindow`), "today at 08:30", "Monday 7 December 2026 at 08:30".
    static func spokenOpening(_ moment: Moment, from now: Moment) -> String {
        if moment.day == now.day, moment.minute - now.minute <= closingWindow {
            return "at \(Moment.clockText(moment.minute)), in \(minutes(moment.minute - now.minute))"
        }
        return "\(moment.day == now.day ? "today" : moment.day.spoken) at \(Moment.clockText(moment.minute))"
    }

    /// The contact that answers at `facts.now`, and the others worth knowing: the out-of-hours team
    /// while the front door is open, the front door while it is shut.
    mutating func answering(_ contact: Contact, role: String?) -> (RoutedContact, [RoutedContact]) {
        var door = RoutedContact(role: role)
        fill(&door, from: contact)
        guard let fallback = policy.contact(contact.outOfHours) else {
            if door.openNow != true, door.hours != nil {
                warn("\(contact.role) is not open now (open \(door.hours ?? "")), and the policy names no one to call out of hours: follow your agency's safeguarding procedures, and call 999 if anyone is in danger")
            }
            return (door, [])
        }
        var outOfHours = RoutedContact(role: fallback.role)
        fill(&outOfHours, from: fallback)
        switch door.openNow {
        case true?:
            door.note = Self.openUntil(contact, at: facts.now)
            // Near closing both answer-now numbers lead: the daytime line, then the out-of-hours team if it does not answer.
            outOfHours.note = (Self.closingSoon(contact, at: facts.now).map { Self.ifNoAnswer(closes: $0) } ?? "out of hours") + Self.noHours(outOfHours)
            return (door, [outOfHours])
        case false?:
            // Near opening, when it opens, as near closing when it closes (an outside routing review, round 20: at 08:25 the
            // daytime line was only "closed now", its hours beside).
            let opening = Self.openingSoon(contact, at: facts.now).map { "; opens at \(Moment.clockText($0)), in \(Self.minutes($0 - facts.now.minute))" } ?? ""
            outOfHours.note = "\(contact.role) is closed now\(opening)" + Self.noHours(outOfHours)
            door.note = "closed now\(opening); open \(door.hours ?? "")"
            return (outOfHours, [door])
        case nil:
            // No policy gives its front doors' bank holiday hours: a holiday is out of hours.
            let holiday = router.calendar.holiday(on: facts.now.day)?.name ?? "a bank holiday"
            outOfHours.note = "today is \(holiday), a bank holiday: the policy gives \(contact.role)'s weekday hours only" + Self.noHours(outOfHours)
            door.note = "bank holiday hours not stated in the policy"
            return (outOfHours, [door])
        }
    }

    /// Said of an out-of-hours team the policy gives no hours (Pan-Cheshire's Emergency Duty Teams, listed
    /// beside each daytime number): that it answers out of hours is the bot's reading, not the text's.
    static func noHours(_ team: RoutedContact) -> String {
        team.hours == nil ? Route.noHoursCaveat : ""
    }

    /// "open now, until 16:30", and "closes in 1 minute" when it closes within `closingWindow`.
    static func openUntil(_ contact: Contact, at now: Moment) -> String {
        guard let closes = closes(contact, at: now) else { return "open now" }
        let left = closes - now.minute
        return "open now, until \(Moment.clockText(closes))" + (left <= closingWindow ? "; closes in \(left) minute\(left == 1 ? "" : "s")" : "")
    }

    static func closes(_ contact: Contact, at now: Moment) -> Int? {
        contact.hours?.sessions.first { $0.days.contains(now.day.weekday) && $0.opens <= now.minute && now.minute < $0.closes }?.closes
    }

    /// The opening time, when the line is closed and opens today within `closingWindow` minutes.
    static func openingSoon(_ contact: Contact, at now: Moment) -> Int? {
        contact.hours?.sessions.filter { $0.days.contains(now.day.weekday) && now.minute < $0.opens && $0.opens - now.minute <= closingWindow }
            .map(\.opens).min()
    }

    /// "5 minutes", "1 minute".
    static func minutes(_ count: Int) -> String { "\(count) minute\(count == 1 ? "" : "s")" }

    /// Not from the policy: how near closing a daytime line is treated as closing, so that the team
    /// answering after it is a call-now number too.
    static let closingWindow = 30

    /// The closing time, when the line is open and closes within `closingWindow` minutes.
    static func closingSoon(_ contact: Contact, at now: Moment) -> Int? {
        closes(contact, at: now).flatMap { $0 - now.minute <= closingWindow ? $0 : nil }
    }

    /// The out-of-hours team's note near closing; `Route.ifNoAnswer` starts it, and makes it a "Call now" line.
    static func ifNoAnswer(closes: Int) -> String {
        Route.ifNoAnswer + ", or from \(Moment.clockText(closes))"
    }

    // MARK: Special cases

    /// What the policy says of each situation the practitioner said applies, or that it says nothing.
    mutating func specialCases(at position: Int) {
        for kind in facts.specialCases.sorted() {
            let here = policy.specialCases.filter { $0.kind == kind && $0.applies(at: position) }
            if here.isEmpty {
                silentSpecialCase(kind)
            } else {
                here.forEach { apply($0) }
            }
        }
    }

    mutating func silentSpecialCase(_ kind: SpecialCase.Kind) {
        let elsewhere = policy.specialCases.filter { $0.kind == kind }.flatMap(\.positions)
        let stages = Set(elsewhere).sorted().compactMap { policy.stage(at: $0)?.name }
        if stages.isEmpty {
            warn("The \(policy.shortName) policy does not say what to do when \(kind.phrase)" + nextStageNote(kind))
        } else {
            warn("At this stage the \(policy.shortName) policy does not say what to do when \(kind.phrase); it speaks of it only at \(stages.listed)" + nextStageNote(kind))
        }
    }

    /// With nobody more senior in the agency, the route named a more senior contact and then said there was none
    /// (review 7, 2026-11-30): the stage after this one is where the policy goes next, said as a pointer only.
    func nextStageNote(_ kind: SpecialCase.Kind) -> String {
        guard kind == .chainExhausted, let next = router.nextStageIndex(facts).map({ $0 + 1 }), next < policy.stages.count else { return "" }
        return ". Its next stage is \(policy.stages[next].label); whether to go to it now, it does not say (not from the policy)"
    }

    mutating func apply(_ special: SpecialCase) {
        if let role = special.contactRole {
            var instead = RoutedContact(role: settingNamed(in: role.text, special.bySetting))
            cite(role.quote)
            if let contact = policy.contact(special.contact?.id(in: area)) { fill(&instead, from: contact) }
            if let usual = route.contact.role {
                if special.kind == .unsureWhomToContact {
                    route.actions.append("The person the policy means at this stage: \(usual.lowercasedFirst).")
                } else if special.kind != .managerIsDesignatedLead {
                    // Your line manager is your Designated Safeguarding Lead: the role names the same person, with whom
                    // they seek support from, so it is not "in place of" anyone (a chat review, round 10, item 10j).
                    instead.note = "in place of \(usual.lowercasedFirst)"
                }
            }
            route.contact = instead
        } else if let ref = special.contact {
            supportContacts(ref, note: "if \(special.kind.phrase)")
        }
        act(special.advice)
        guard !special.bySetting.isEmpty else { return }
        // The same sentence of the policy as the advice, so added as its own line rather than acted.
        let support = settingSupport(special.bySetting)
        if !route.actions.contains(support) { route.actions.append(support) }
    }

    /// A contact role's "{setting}" as whom the policy lists for the practitioner's setting, or as "the contact for your
    /// setting below" where it is not known or not listed: a practitioner in a hurry read "below" and met another number
    /// first (an outside routing review, round 11, 2026-11-30).
    func settingNamed(in role: String, _ bySetting: [Setting: String]) -> String {
        guard role.contains(Self.settingPlaceholder) else { return role }
        if let setting = facts.setting, bySetting[setting] == nil {
            // A setting the policy lists no one for has no contact below to point to (a chat review, round 12: police), and
            // "seek support from someone the policy does not name for other health service" read as garbled (a chat review,
            // round 17, 2026-12-01): the support is said, then that the policy names no one for the setting, and whom it lists.
            let none = "the policy names no one for \(Self.plural(setting)) (it lists \(Self.listed(bySetting)))"
            guard role.contains(Self.fromSetting) else { return role.replacingOccurrences(of: Self.settingPlaceholder, with: none) }
            return role.replacingOccurrences(of: Self.fromSetting, with: " at this step; " + none)
        }
        let named = facts.setting.flatMap { setting in bySetting[setting].map { "\($0) (for \(setting.phrase))" } }
        let below = role.hasPrefix(Self.settingPlaceholder) ? "The contact for your setting below" : "the contact for your setting below"
        return role.replacingOccurrences(of: Self.settingPlaceholder, with: named ?? below)
    }

    static let settingPlaceholder = "{setting}"
    /// How a role names whom to seek support from in the practitioner's setting: left out whole where the policy names no one.
    static let fromSetting = " from " + settingPlaceholder

    /// A setting as more than one of them: "other health services", "schools"; "your setting" for one the bot does not name.
    static func plural(_ setting: Setting) -> String {
        switch setting {
        case .school, .college, .hospital: return setting.phrase + "s"
        case .health: return "other health services"
        case .other: return "your setting"
        case .earlyYears, .gp, .police, .childrensSocialCare, .adultSocialCare: return setting.phrase
        }
    }

    /// The settings the policy lists support for: "schools, colleges, early years, general practice (GP) and hospitals".
    static func listed(_ bySetting: [Setting: String]) -> String {
        Setting.allCases.filter { bySetting[$0] != nil }.map(plural).listed
    }

    /// Whom to seek support from in the practitioner's setting, or in each setting the policy lists.
    func settingSupport(_ bySetting: [Setting: String]) -> String {
        let listed = Setting.allCases.filter { bySetting[$0] != nil }
        if let setting = facts.setting {
            if let support = bySetting[setting] { return "For \(setting.phrase): \(support)." }
            return "For \(Self.plural(setting)) the policy names no one: it lists support for \(Self.listed(bySetting)) only."
        }
        return "By setting: " + listed.map { "\($0.phrase.capitalisedFirst) - \(bySetting[$0]!)" }.joined(separator: "; ") + "."
    }

    /// Contacts listed beside the stage's, with their details and why they are named: the area's, or
    /// every area's when it is not known. One already listed is not listed again.
    /// The same person listed for a second stage is said once, with both: Torbay's Business Manager is notified
    /// at Stage Three and at Stage Four, and the note said Stage Three only (review 6, 2026-11-30).
    mutating func alsoAt(_ listed: Int, _ note: String) {
        guard let prefix = [Route.toNotifyAtStage, Route.atStage].first(where: note.hasPrefix),
              let existing = route.otherContacts[listed].note, existing.hasPrefix(prefix) else { return }
        let stage = note.dropFirst(prefix.count)
        if !existing.hasSuffix(stage) { route.otherContacts[listed].note = existing + " and " + stage }
    }

    mutating func supportContacts(_ ref: ContactRef, note: String) {
        let areas: [String?] = area.map { [$0] } ?? policy.areas.map(\.id)
        for id in areas {
            guard let contact = policy.contact(ref.id(in: id)) else { continue }
            var routed = RoutedContact(role: contact.role)
            fill(&routed, from: contact)
            if let listed = route.otherContacts.firstIndex(where: { $0.role == routed.role && $0.phone == routed.phone && $0.email == routed.email }) {
                alsoAt(listed, note)
                continue
            }
            routed.note = note
            route.otherContacts.append(routed)
        }
    }
}
