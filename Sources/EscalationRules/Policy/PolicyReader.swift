/// Builds a `Policy` from a policy file's JSON, or reports every way the file is wrong.
///
/// The format is documented in docs/policy-format.md; this reader is its definition.
struct PolicyReader {
    var json: JSONReader
    /// The policy's own week, read before the stages whose timescales count in it.
    var week: WeekDefinition?
    /// Every quote read so far, each once.
    var quotes: [String] = []
    /// The quotes given as lists of separate passages, by the quote they join into.
    var quoteParts: [String: [String]] = [:]
    /// The quotes read so far by their words, so that one said again is kept as the same string.
    private var quoteIndex: [String: String] = [:]

    init(file: String) { json = JSONReader(file: file) }

    var problems: [PolicyProblem] { json.problems }

    /// The policy as far as it could be read, with gaps filled by empty values; nil only when the
    /// document is not an object. The caller decides from `problems` whether it may be used.
    mutating func policy(_ root: JSONValue) -> Policy? {
        guard json.object(root, at: "") != nil else { return nil }
        onlyMembers(root, at: "", of: "a policy file", Members.policy, meant: Members.policyMeant)
        json.format(root, of: "policy files")
        let covers = coverage(root)
        week = weekDefinition(root)
        let stages = json.list(root, "stages", at: "", required: true).compactMap { stage($0, at: $1) }
        let urgent = json.member(root, "urgent", at: "")
        if let urgent { onlyMembers(urgent, at: "urgent", of: "urgent", Members.urgent) }
        let policy = Policy(
            id: json.text(root, "id", at: "") ?? "",
            name: json.text(root, "name", at: "") ?? "",
            shortName: json.text(root, "shortName", at: "") ?? "",
            aliases: json.texts(root, "aliases", at: ""),
            areas: json.list(root, "areas", at: "", required: true).compactMap { area($0, at: $1) },
            covers: covers ?? Coverage(children: false, adults: false, quote: ""),
            approved: policyDate(root, "approved"),
            reviewDue: policyDate(root, "reviewDue"),
            dated: json.member(root, "dated", at: "", required: false).flatMap { cited($0, at: "dated") },
            source: source(root) ?? SourceDocument(file: "", title: ""),
            calendarID: json.text(root, "calendar", at: "") ?? "",
            checklist: json.list(root, "checklist", at: "").compactMap { checklistItem($0, at: $1) },
            stages: stages,
            week: week,
            timescalesNote: json.member(root, "timescalesNote", at: "", required: false).flatMap { cited($0, at: "timescalesNote") },
            atAnyRiskOfHarm: json.member(root, "atAnyRiskOfHarm", at: "", required: false).flatMap { cited($0, at: "atAnyRiskOfHarm") },
            riskTriggers: citedList(root, "riskTriggers", at: ""),
            immediateRisk: urgent.flatMap { urgentRoute($0, "immediate", at: "urgent") } ?? Self.noRoute,
            significantRisk: urgent.flatMap { urgentRoute($0, "significant", at: "urgent") } ?? Self.noRoute,
            outOfScope: json.list(root, "outOfScope", at: "").compactMap { outOfScopeRoute($0, at: $1) },
            alsoInScope: json.list(root, "alsoInScope", at: "").compactMap { inclusion($0, at: $1) },
            partlyInScope: json.list(root, "partlyInScope", at: "").compactMap { inclusion($0, at: $1) },
            specialCases: json.list(root, "specialCases", at: "").compactMap { specialCase($0, at: $1) },
            exhausted: exhausted(root),
            recordKeeping: citedList(root, "recordKeeping", at: ""),
            disagreementExamples: json.list(root, "disagreementExamples", at: "").compactMap { example($0, at: $1) },
            contacts: json.list(root, "contacts", at: "").compactMap { contact($0, at: $1) },
            forms: json.list(root, "forms", at: "").compactMap { form($0, at: $1) },
            quotes: quotes,
            quoteParts: quoteParts
        )
        return policy
    }

    private static let noRoute = UrgentRoute(actions: [], contacts: [], timescale: StageTimescale(.unknown, quote: ""))

    // MARK: Facts with quotes

    mutating func cited(_ value: JSONValue, at path: String) -> Cited? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "a cited text", Members.cited)
        let text = json.text(value, "text", at: path)
        let quote = self.quote(value, at: path)
        guard let text, let quote else { return nil }
        var cited = Cited(text, quote: quote)
        cited.checklist = json.member(value, "checklist", at: path, required: false).flatMap { checklistStep($0, at: JSONReader.join(path, "checklist")) }
        return cited
    }

    /// A step said part by part for the checklist items it does.
    mutating func checklistStep(_ value: JSONValue, at path: String) -> ChecklistStep? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "a checklist step", Members.checklistStep)
        guard let lead = json.text(value, "lead", at: path) else { return nil }
        let parts = json.list(value, "parts", at: path).compactMap { part, here -> (id: String, text: String)? in
            onlyMembers(part, at: here, of: "a checklist part", Members.checklistPart)
            guard let id = json.text(part, "item", at: here), let text = json.text(part, "text", at: here) else { return nil }
            return (id, text)
        }
        return ChecklistStep(lead: lead, parts: parts)
    }

    /// A fact's source words; a fact without one is the commonest authoring slip, so it gets its own sentence.
    mutating func quote(_ value: JSONValue, at path: String) -> String? {
        guard value["quote"] != nil else {
            json.problem(JSONReader.join(path, "quote"), "is missing: every fact needs a quote from the source policy")
            return nil
        }
        let given: String?
        if case .array = value["quote"] { given = joinedQuote(value, at: path) } else { given = json.text(value, "quote", at: path) }
        guard let quote = given else { return nil }
        // A quote said again (Torbay's stage one gives the same words for who raises it and whom to
        // contact) is kept once, so a route finds it in the router's table by identity, not by its bytes.
        if let earlier = quoteIndex[quote], QuoteHolds.sameBytes(earlier, quote) { return earlier }
        quoteIndex[quote] = quote
        quotes.append(quote)
        return quote
    }

    /// A quote given as a list of separate passages of the source (a flowchart's cells, a form's fields), joined with " / "
    /// as it is shown; its parts are kept by the joined quote, for the JSON to give each as the source has it (an outside
    /// routing review, round 24, F5: joined with " / ", it read as words the policy wrote, and some policies write " / ").
    /// Nil, with the problem, where the list has fewer than two passages or an empty one.
    mutating func joinedQuote(_ value: JSONValue, at path: String) -> String? {
        let here = JSONReader.join(path, "quote")
        let parts = json.texts(value, "quote", at: path)
        guard parts.count > 1, !parts.contains(where: \.isEmpty) else {
            json.problem(here, "is a list, which is for a quote joined from separate passages: give two or more, none empty, or give the quote as text")
            return nil
        }
        let quote = parts.joined(separator: " / ")
        quoteParts[quote] = parts
        return quote
    }

    mutating func knownCited(_ value: JSONValue, at path: String) -> Known<Cited>? {
        if let reason = unknownReason(value, at: path) { return .unknown(reason: reason) }
        return cited(value, at: path).map(Known.known)
    }

    /// The reason in `{"unknown": "..."}`, the form every silent fact takes.
    mutating func unknownReason(_ value: JSONValue, at path: String) -> String? {
        guard value["unknown"] != nil else { return nil }
        onlyMembers(value, at: path, of: "an unknown fact", Members.unknown)
        return json.text(value, "unknown", at: path) ?? "not stated"
    }

    mutating func citedList(_ object: JSONValue, _ key: String, at path: String) -> [Cited] {
        json.list(object, key, at: path).compactMap { cited($0, at: $1) }
    }

    // MARK: Parts of a policy

    mutating func coverage(_ root: JSONValue) -> Coverage? {
        guard let value = json.member(root, "covers", at: ""), json.object(value, at: "covers") != nil else { return nil }
        onlyMembers(value, at: "covers", of: "covers", Members.covers)
        let children = json.bool(value, "children", at: "covers")
        let adults = json.bool(value, "adults", at: "covers")
        let quote = self.quote(value, at: "covers")
        guard let children, let adults, let quote else { return nil }
        return Coverage(children: children, adults: adults, quote: quote)
    }

    mutating func policyDate(_ root: JSONValue, _ key: String) -> PolicyDate? {
        guard let text = json.text(root, key, at: "", required: false) else { return nil }
        guard let date = PolicyDate(text) else {
            json.problem(key, "should be a date as YYYY-MM or YYYY-MM-DD, but is \"\(text)\"")
            return nil
        }
        return date
    }

    mutating func source(_ root: JSONValue) -> SourceDocument? {
        guard let value = json.member(root, "source", at: ""), json.object(value, at: "source") != nil else { return nil }
        onlyMembers(value, at: "source", of: "source", Members.source)
        let file = json.text(value, "file", at: "source")
        let title = json.text(value, "title", at: "source")
        guard let file, let title else { return nil }
        return SourceDocument(file: file, title: title)
    }

    mutating func area(_ value: JSONValue, at path: String) -> Area? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "an area", Members.area)
        let id = json.text(value, "id", at: path)
        let name = json.text(value, "name", at: path)
        guard let id, let name else { return nil }
        return Area(id: id, name: name, places: json.member(value, "places", at: path, required: false) == nil ? [] : json.texts(value, "places", at: path))
    }

    mutating func checklistItem(_ value: JSONValue, at path: String) -> ChecklistItem? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "a checklist item", Members.checklistItem)
        let id = json.text(value, "id", at: path)
        let question = json.text(value, "question", at: path)
        let ifNot = json.text(value, "ifNot", at: path)
        let quote = self.quote(value, at: path)
        guard let id, let question, let ifNot, let quote else { return nil }
        return ChecklistItem(id: id, question: question, ifNot: ifNot, quote: quote)
    }

    mutating func stage(_ value: JSONValue, at path: String) -> Stage? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "a stage", Members.stage, meant: Members.stageMeant)
        let position = json.integer(value, "position", at: path)
        let label = json.text(value, "label", at: path)
        let quote = self.quote(value, at: path)
        let raisedBy = json.member(value, "raisedBy", at: path).flatMap { knownCited($0, at: JSONReader.join(path, "raisedBy")) }
        let contact = json.member(value, "contact", at: path).flatMap { contactPoint($0, at: JSONReader.join(path, "contact")) }
        let timescale = json.member(value, "timescale", at: path).flatMap { stageTimescale($0, at: JSONReader.join(path, "timescale"), counted: true) }
        let form = json.member(value, "form", at: path, required: false).flatMap { formUse($0, at: JSONReader.join(path, "form")) }
        let between = json.member(value, "between", at: path, required: false).flatMap { knownCited($0, at: JSONReader.join(path, "between")) }
        let other = json.member(value, "otherReading", at: path, required: false).flatMap { otherReading($0, at: JSONReader.join(path, "otherReading")) }
        let also = json.member(value, "alsoReading", at: path, required: false).flatMap { otherReading($0, at: JSONReader.join(path, "alsoReading")) }
        var stage = Stage(
            position: position ?? 0, label: label ?? "", between: between,
            raisedBy: raisedBy ?? .unknown(reason: ""),
            contact: contact ?? ContactPoint(role: .unknown(reason: "")),
            escalatorMust: citedList(value, "escalatorMust", at: path),
            receiverMust: citedList(value, "receiverMust", at: path),
            notify: json.list(value, "notify", at: path).compactMap { contactPoint($0, at: $1) },
            support: json.list(value, "support", at: path).compactMap { contactPoint($0, at: $1) },
            form: form, timescale: timescale ?? StageTimescale(.unknown, quote: ""), otherReading: other,
            record: citedList(value, "record", at: path), quote: quote ?? "")
        stage.alsoReading = also
        stage.atRisk = json.member(value, "atRisk", at: path, required: false).flatMap { atRisk($0, at: JSONReader.join(path, "atRisk")) }
        // Kept even when incomplete, so later stages keep their positions and are still checked.
        return position == nil ? nil : stage
    }

    /// A stage's words and time when someone is at risk of harm; at least one action.
    mutating func atRisk(_ value: JSONValue, at path: String) -> StageAtRisk? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "atRisk", Members.atRisk)
        let actions = citedList(value, "actions", at: path)
        let timescale = json.member(value, "timescale", at: path).flatMap { stageTimescale($0, at: JSONReader.join(path, "timescale")) }
        if actions.isEmpty { json.problem(JSONReader.join(path, "actions"), "should list at least one action: what the policy says of this stage at risk") }
        guard let timescale, !actions.isEmpty else { return nil }
        return StageAtRisk(actions: actions, timescale: timescale, replaces: json.texts(value, "replaces", at: path))
    }

    mutating func contactPoint(_ value: JSONValue, at path: String) -> ContactPoint? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "a contact point", Members.contactPoint)
        let role = json.member(value, "role", at: path).flatMap { knownCited($0, at: JSONReader.join(path, "role")) }
        let ref = json.member(value, "ref", at: path, required: false).flatMap { contactRef($0, at: JSONReader.join(path, "ref")) }
        let how = json.text(value, "how", at: path, required: false)
        let missing = json.flag(value, "missing", at: path)
        let pointers = citedList(value, "pointers", at: path)
        guard let role else { return nil }
        return ContactPoint(role: role, ref: ref, how: how, missing: missing, pointers: pointers)
    }

    mutating func contactRef(_ value: JSONValue, at path: String) -> ContactRef? {
        switch value {
        case .string(let id): return .single(id)
        case .object(let members):
            var ids: [String: String] = [:]
            for (area, entry) in members {
                guard case .string(let id) = entry else {
                    json.problem(JSONReader.join(path, area), "should be a contact id, but is \(entry.kindName)")
                    continue
                }
                ids[area] = id
            }
            return .byArea(ids)
        default:
            json.problem(path, "should be a contact id, or an object of contact ids by area, but is \(value.kindName)")
            return nil
        }
    }

    mutating func formUse(_ value: JSONValue, at path: String) -> FormUse? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "a stage's form", Members.formUse)
        let ref = json.text(value, "ref", at: path)
        let quote = self.quote(value, at: path)
        let when = json.text(value, "when", at: path, required: false)
        let attached = json.text(value, "attached", at: path, required: false)
        let submitTo = json.member(value, "submitTo", at: path, required: false).flatMap { contactPoint($0, at: JSONReader.join(path, "submitTo")) }
        guard let ref, let quote else { return nil }
        return FormUse(formID: ref, quote: quote, when: when, submitTo: submitTo, attached: attached)
    }

    mutating func urgentRoute(_ urgent: JSONValue, _ key: String, at path: String) -> UrgentRoute? {
        guard let value = json.member(urgent, key, at: path) else { return nil }
        let here = JSONReader.join(path, key)
        guard json.object(value, at: here) != nil else { return nil }
        onlyMembers(value, at: here, of: "an urgent route", Members.urgentRoute)
        let timescale = json.member(value, "timescale", at: here).flatMap { stageTimescale($0, at: JSONReader.join(here, "timescale")) }
        var leads = UrgentRoute.Leads.urgent
        if let text = json.text(value, "leads", at: here, required: false) {
            if let known = UrgentRoute.Leads(rawValue: text), key == "significant" || known == .urgent {
                leads = known
            } else {
                json.problem(JSONReader.join(here, "leads"), key == "significant" ? "should be \"urgent\" or \"stage\", but is \"\(text)\""
                                                                               : "should be \"urgent\": immediate risk always comes before the stages")
            }
        }
        var stage = UrgentRoute.StageUse.then
        if let text = json.text(value, "stage", at: here, required: false) {
            if let known = UrgentRoute.StageUse(rawValue: text) {
                stage = known
            } else {
                json.problem(JSONReader.join(here, "stage"), "should be \"then\", \"expedite\", \"choose\", \"levels\" or \"none\", but is \"\(text)\"")
            }
        }
        var route = UrgentRoute(
            leads: leads,
            stage: stage,
            actions: citedList(value, "actions", at: here),
            contacts: json.list(value, "contacts", at: here).compactMap { contactPoint($0, at: $1) },
            timescale: timescale ?? StageTimescale(.unknown, quote: ""),
            pursue: citedList(value, "pursue", at: here),
            otherReading: json.member(value, "otherReading", at: here, required: false).flatMap {
                otherReading($0, at: JSONReader.join(here, "otherReading"), counted: false)
            })
        route.safety = citedList(value, "safety", at: here)
        route.forEveryone = json.flag(value, "forEveryone", at: here)
        route.onStages = citedList(value, "onStages", at: here)
        route.trigger = json.member(value, "trigger", at: here, required: false).flatMap { cited($0, at: JSONReader.join(here, "trigger")) }
        if route.actions.isEmpty, json.problems.allSatisfy({ !$0.path.hasPrefix(JSONReader.join(here, "actions")) }) {
            json.problem(JSONReader.join(here, "actions"), "should list at least one action: what to do when someone is at risk")
        }
        return timescale == nil ? nil : route
    }

    mutating func outOfScopeRoute(_ value: JSONValue, at path: String) -> OutOfScopeRoute? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "an outOfScope entry", Members.outOfScope)
        let counterpart = self.counterpart(value, at: path)
        let procedure = json.text(value, "procedure", at: path)
        let quote = self.quote(value, at: path)
        let actions = citedList(value, "actions", at: path)
        guard let counterpart, let procedure, let quote else { return nil }
        let headline = json.text(value, "headline", at: path, required: false)
        var subject: Subject?
        if let text = json.text(value, "subject", at: path, required: false) {
            subject = Subject(rawValue: text)
            if subject == nil { json.problem(JSONReader.join(path, "subject"), "should be child or adult, but is \"\(text)\"") }
        }
        return OutOfScopeRoute(counterpart: counterpart, procedure: procedure, actions: actions, quote: quote, headline: headline, subject: subject,
                               stagesReading: json.text(value, "stagesReading", at: path, required: false))
    }

    mutating func inclusion(_ value: JSONValue, at path: String) -> ScopeInclusion? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "an inclusion", Members.inclusion)
        let counterpart = self.counterpart(value, at: path)
        let quote = self.quote(value, at: path)
        let note = json.text(value, "note", at: path, required: false)
        let subject = json.text(value, "subject", at: path, required: false).flatMap(Subject.init(rawValue:))
        guard let counterpart, let quote else { return nil }
        return ScopeInclusion(counterpart: counterpart, quote: quote, note: note, subject: subject)
    }

    mutating func counterpart(_ value: JSONValue, at path: String) -> Counterpart? {
        guard let text = json.text(value, "with", at: path) else { return nil }
        guard let counterpart = Counterpart(rawValue: text) else {
            let names = Counterpart.allCases.map(\.rawValue).joined(separator: ", ")
            json.problem(JSONReader.join(path, "with"), "should be one of \(names), but is \"\(text)\"")
            return nil
        }
        return counterpart
    }

    mutating func specialCase(_ value: JSONValue, at path: String) -> SpecialCase? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "a special case", Members.specialCase)
        let kindText = json.text(value, "kind", at: path)
        let advice = json.member(value, "advice", at: path).flatMap { cited($0, at: JSONReader.join(path, "advice")) }
        let positions = json.list(value, "positions", at: path).compactMap { element, here -> Int? in
            guard case .number(let n) = element, n == n.rounded() else {
                json.problem(here, "should be a stage position, but is \(element.kindName)")
                return nil
            }
            return Int(n)
        }
        var bySetting: [Setting: String] = [:]
        for (name, text, here) in json.textTable(value, "bySetting", at: path) {
            guard let setting = Setting(rawValue: name) else {
                json.problem(here, "is not a setting: use one of \(Setting.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            bySetting[setting] = text
        }
        let contact = json.member(value, "contact", at: path, required: false).flatMap { contactRef($0, at: JSONReader.join(path, "contact")) }
        let contactRole = json.member(value, "contactRole", at: path, required: false).flatMap { cited($0, at: JSONReader.join(path, "contactRole")) }
        guard let kindText, let advice else { return nil }
        guard let kind = SpecialCase.Kind(rawValue: kindText) else {
            json.problem(JSONReader.join(path, "kind"), "should be one of \(SpecialCase.Kind.allCases.map(\.rawValue).joined(separator: ", ")), but is \"\(kindText)\"")
            return nil
        }
        var special = SpecialCase(kind: kind, positions: positions, advice: advice, contactRole: contactRole, bySetting: bySetting, contact: contact)
        special.replaces = json.texts(value, "replaces", at: path)
        special.timeFor = json.text(value, "timeFor", at: path, required: false)
        return special
    }

    mutating func exhausted(_ root: JSONValue) -> Known<[Cited]> {
        guard let value = json.member(root, "exhausted", at: ""), json.object(value, at: "exhausted") != nil else {
            return .unknown(reason: "")
        }
        if let reason = unknownReason(value, at: "exhausted") { return .unknown(reason: reason) }
        onlyMembers(value, at: "exhausted", of: "exhausted", Members.exhausted)
        return .known(citedList(value, "actions", at: "exhausted"))
    }

    mutating func example(_ value: JSONValue, at path: String) -> DisagreementExample? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "a disagreement example", Members.example)
        guard let typeText = json.text(value, "type", at: path) else { return nil }
        let quote = self.quote(value, at: path)
        guard let type = DisagreementType(rawValue: typeText) else {
            json.problem(JSONReader.join(path, "type"), "should be one of \(DisagreementType.allCases.map(\.rawValue).joined(separator: ", ")), but is \"\(typeText)\"")
            return nil
        }
        var subject: Subject?
        if let text = json.text(value, "subject", at: path, required: false) {
            subject = Subject(rawValue: text)
            if subject == nil { json.problem(JSONReader.join(path, "subject"), "should be child or adult, but is \"\(text)\"") }
        }
        return quote.map { DisagreementExample(type: type, quote: $0, subject: subject) }
    }

    mutating func contact(_ value: JSONValue, at path: String) -> Contact? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "a contact", Members.contact)
        let id = json.text(value, "id", at: path)
        let role = json.text(value, "role", at: path)
        let quote = self.quote(value, at: path)
        var hours: OpeningHours?
        if let text = json.text(value, "hours", at: path, required: false) {
            hours = OpeningHours(text: text)
            if hours == nil {
                json.problem(JSONReader.join(path, "hours"), "should read like \"Mon-Thu 08:30-17:00; Fri 08:30-16:30\", but is \"\(text)\"")
            }
        }
        guard let id, let role, let quote else { return nil }
        return Contact(id: id, role: role, name: json.text(value, "name", at: path, required: false),
                       email: json.text(value, "email", at: path, required: false),
                       phone: json.text(value, "phone", at: path, required: false),
                       area: json.text(value, "area", at: path, required: false), hours: hours,
                       outOfHours: json.text(value, "outOfHours", at: path, required: false), quote: quote)
    }

    mutating func form(_ value: JSONValue, at path: String) -> Form? {
        guard json.object(value, at: path) != nil else { return nil }
        onlyMembers(value, at: path, of: "a form", Members.form)
        let id = json.text(value, "id", at: path)
        let name = json.text(value, "name", at: path)
        let quote = self.quote(value, at: path)
        let fields = json.list(value, "fields", at: path).compactMap { element, here -> Form.Field? in
            guard json.object(element, at: here) != nil else { return nil }
            onlyMembers(element, at: here, of: "a form field", Members.field)
            guard let label = json.text(element, "label", at: here) else { return nil }
            let personal = json.flag(element, "personal", at: here)
            return Form.Field(label: label, personal: personal, fill: fill(element, personal: personal, at: here))
        }
        let submitTo = json.member(value, "submitTo", at: path, required: false).flatMap { contactRef($0, at: JSONReader.join(path, "submitTo")) }
        guard let id, let name, let quote else { return nil }
        return Form(id: id, name: name, fields: fields, submitTo: submitTo, quote: quote)
    }

    /// A field's `"fill"`, with the stage `"stage-ended"` names in `"stage"`; a personal field is never filled.
    mutating func fill(_ field: JSONValue, personal: Bool, at path: String) -> Form.Fill? {
        guard let name = json.text(field, "fill", at: path, required: false) else {
            if field["stage"] != nil { json.problem(JSONReader.join(path, "stage"), "is read only with \"fill\": \"stage-ended\"") }
            return nil
        }
        if personal {
            json.problem(JSONReader.join(path, "fill"), "is on a personal field: the bot never fills one")
            return nil
        }
        switch name {
        case "description": return .description
        case "attempt-dates": return .attemptDates
        case "stage-ended": return json.integer(field, "stage", at: path).map { .stageEnded(position: $0) }
        default:
            json.problem(JSONReader.join(path, "fill"), "should be one of \(Form.Fill.names.joined(separator: ", ")), but is \"\(name)\"")
            return nil
        }
    }
}
