extension Policy {
    /// What is wrong with a policy that read cleanly: references to nothing, stages out of order,
    /// timescales that go backwards, malformed details, and (as a warning) a review date that has passed.
    public func problems(file: String, calendars: Set<String>, today: Day) -> [PolicyProblem] {
        var check = PolicyCheck(policy: self, file: file)
        check.identity(calendars: calendars)
        check.stageOrder()
        check.timescalesGoForward()
        check.references()
        check.checklistParts()
        check.contactDetails()
        check.timescalesAgreeWithQuotes()
        check.rolesAgreeWithQuotes()
        check.reviewDate(today: today)
        return check.problems
    }
}

/// One pass of the checks `Policy.problems` runs, gathering their findings.
struct PolicyCheck {
    let policy: Policy
    let file: String
    var problems: [PolicyProblem] = []

    mutating func add(_ path: String, _ message: String, _ severity: PolicyProblem.Severity = .error) {
        problems.append(PolicyProblem(file: file, path: path, message: message, severity: severity))
    }

    mutating func identity(calendars: Set<String>) {
        if !Self.isIdentifier(policy.id) { add("id", "should be lower-case words joined by hyphens, like \"pan-cheshire\", but is \"\(policy.id)\"") }
        if !calendars.contains(policy.calendarID) {
            add("calendar", "\"\(policy.calendarID)\" is not a known holiday calendar: use one of \(calendars.sorted().joined(separator: ", "))")
        }
        if policy.areas.isEmpty { add("areas", "should name at least one area") }
        for (index, area) in policy.areas.enumerated() where !Self.isIdentifier(area.id) {
            add("areas[\(index)].id", "should be lower-case words joined by hyphens, but is \"\(area.id)\"")
        }
        duplicates(policy.areas.map(\.id), "areas", "area")
        duplicates(policy.contacts.map(\.id), "contacts", "contact")
        duplicates(policy.forms.map(\.id), "forms", "form")
    }

    mutating func duplicates(_ ids: [String], _ list: String, _ noun: String) {
        var seen: Set<String> = []
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            add("\(list)[\(index)].id", "repeats the \(noun) id \"\(id)\"")
        }
    }

    mutating func stageOrder() {
        if policy.stages.isEmpty { add("stages", "should list at least one stage") }
        for (index, stage) in policy.stages.enumerated() where stage.position != index + 1 {
            add("stages[\(index)].position", "stages are out of order: expected position \(index + 1), found \(stage.position)")
        }
    }

    /// Counted from the day it arose, a later stage must not end before an earlier one; a stage
    /// counted from its own start has nothing to compare with. A week with no definition is seven days.
    mutating func timescalesGoForward() {
        var latest: (end: Double, index: Int)?
        for (index, stage) in policy.stages.enumerated() {
            for (timescale, path) in [(stage.timescale, "timescale"), (stage.otherReading?.timescale, "otherReading")] {
                guard let timescale else { continue }
                if case .weeks(_, nil) = timescale.timescale {
                    add("stages[\(index)].\(path)", "counts weeks, and the policy file gives no \"week\": each is read as 7 days", .warning)
                }
            }
            guard stage.timescale.anchor == .arose || index == 0, let end = stage.timescale.timescale.approximateDays else { continue }
            if let latest, end < latest.end {
                add("stages[\(index)].timescale", "goes backwards: counted from the day it arose, this stage would end before stage \(latest.index + 1) does")
            }
            if end >= latest?.end ?? 0 { latest = (end, index) }
        }
    }

    /// Each part of a step said for the checklist names one of the policy's checklist items: a part naming none would be
    /// said whatever was answered.
    mutating func checklistParts() {
        let ids = Set(policy.checklist.map(\.id))
        for (index, stage) in policy.stages.enumerated() {
            for (step, cited) in stage.escalatorMust.enumerated() {
                for (part, named) in (cited.checklist?.parts ?? []).enumerated() where !ids.contains(named.id) {
                    add("stages[\(index)].escalatorMust[\(step)].checklist.parts[\(part)].item", "\"\(named.id)\" is not one of the policy's checklist items")
                }
            }
        }
    }

    mutating func references() {
        let contactIDs = Set(policy.contacts.map(\.id))
        let areaIDs = Set(policy.areas.map(\.id))
        func check(_ ref: ContactRef?, at path: String) {
            guard let ref else { return }
            if case .byArea(let table) = ref {
                for area in table.keys.sorted() where !areaIDs.contains(area) {
                    add("\(path).\(area)", "\"\(area)\" is not one of the policy's areas")
                }
            }
            for id in ref.allIDs where !contactIDs.contains(id) {
                add(path, "refers to the contact \"\(id)\", which is not in contacts")
            }
        }
        for (index, stage) in policy.stages.enumerated() {
            check(stage.contact.ref, at: "stages[\(index)].contact.ref")
            for (n, point) in stage.notify.enumerated() { check(point.ref, at: "stages[\(index)].notify[\(n)].ref") }
            for (n, point) in stage.support.enumerated() { check(point.ref, at: "stages[\(index)].support[\(n)].ref") }
            if let use = stage.form, policy.form(use.formID) == nil {
                add("stages[\(index)].form.ref", "refers to the form \"\(use.formID)\", which is not in forms")
            }
            check(stage.form?.submitTo?.ref, at: "stages[\(index)].form.submitTo.ref")
        }
        for (key, route) in [("immediate", policy.immediateRisk), ("significant", policy.significantRisk)] {
            for (n, point) in route.contacts.enumerated() { check(point.ref, at: "urgent.\(key).contacts[\(n)].ref") }
        }
        for (index, special) in policy.specialCases.enumerated() {
            check(special.contact, at: "specialCases[\(index)].contact")
            for position in special.positions where policy.stage(at: position) == nil {
                add("specialCases[\(index)].positions", "names stage \(position), which the policy does not have")
            }
        }
        for (index, form) in policy.forms.enumerated() {
            check(form.submitTo, at: "forms[\(index)].submitTo")
            for (n, field) in form.fields.enumerated() {
                if case .stageEnded(let position)? = field.fill, policy.stage(at: position) == nil {
                    add("forms[\(index)].fields[\(n)].stage", "names stage \(position), which the policy does not have")
                }
            }
        }
        for (index, contact) in policy.contacts.enumerated() {
            if let out = contact.outOfHours, !contactIDs.contains(out) {
                add("contacts[\(index)].outOfHours", "refers to the contact \"\(out)\", which is not in contacts")
            }
            if let area = contact.area, !areaIDs.contains(area) {
                add("contacts[\(index)].area", "\"\(area)\" is not one of the policy's areas")
            }
        }
    }

    mutating func contactDetails() {
        for (index, contact) in policy.contacts.enumerated() {
            if let email = contact.email, !Self.isEmail(email) {
                add("contacts[\(index)].email", "\"\(email)\" is not an email address")
            }
            if let phone = contact.phone, !Self.isPhone(phone) {
                add("contacts[\(index)].phone", "\"\(phone)\" is not a phone number (10 to 13 digits, with any options in brackets)")
            }
        }
    }

    mutating func reviewDate(today: Day) {
        if let warning = policy.reviewWarning(on: today) { add("reviewDue", warning, .warning) }
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(" ") else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty } && (labels.last?.count ?? 0) >= 2
    }

    /// UK numbers as policies print them: "0300 123 5012 (opt 3 opt 2)".
    static func isPhone(_ text: String) -> Bool {
        let number = text.split(separator: "(").first.map(String.init) ?? ""
        let allowed = number.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == " " || $0 == "+" }
        let digits = number.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        return allowed && (10...13).contains(digits)
    }
}
