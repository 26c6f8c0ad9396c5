/// The members each object of a policy file has, as docs/policy-format.md lists them: any other is an error at its own
/// path, as in a scenario file, since a member nobody reads is dropped without a word (an outside training review, round 23,
/// F4: a stage's `"notfy"` was valid, and the stage was drawn with no one to notify).
extension PolicyReader {
    enum Members {
        static let policy = ["format", "id", "name", "shortName", "aliases", "areas", "covers", "approved", "reviewDue", "dated", "source",
                             "calendar", "week", "timescalesNote", "atAnyRiskOfHarm", "riskTriggers", "checklist", "stages", "urgent", "outOfScope", "alsoInScope",
                             "partlyInScope", "specialCases", "exhausted", "recordKeeping", "disagreementExamples", "contacts", "forms"]
        static let policyMeant = ["version": "format", "stage": "stages", "contact": "contacts", "form": "forms", "area": "areas",
                                  "shortname": "shortName", "review": "reviewDue", "reviewdate": "reviewDue"]
        static let cited = ["text", "quote", "checklist"]
        static let unknown = ["unknown"]
        static let checklistStep = ["lead", "parts"]
        static let checklistPart = ["item", "text"]
        static let covers = ["children", "adults", "quote"]
        static let source = ["file", "title"]
        static let area = ["id", "name", "places"]
        static let checklistItem = ["id", "question", "ifNot", "quote"]
        static let stage = ["position", "label", "between", "quote", "raisedBy", "contact", "escalatorMust", "receiverMust", "notify", "support",
                            "form", "timescale", "otherReading", "alsoReading", "atRisk", "record"]
        static let stageMeant = ["notification": "notify", "notifications": "notify", "time": "timescale", "deadline": "timescale", "stage": "position"]
        static let atRisk = ["actions", "timescale", "replaces"]
        static let contactPoint = ["role", "ref", "how", "missing", "pointers"]
        static let formUse = ["ref", "quote", "when", "attached", "submitTo"]
        static let urgent = ["immediate", "significant"]
        static let urgentRoute = ["leads", "stage", "actions", "contacts", "timescale", "otherReading", "pursue", "safety", "onStages",
                                  "forEveryone", "trigger"]
        static let outOfScope = ["with", "procedure", "quote", "actions", "headline", "subject", "stagesReading"]
        static let inclusion = ["with", "quote", "note", "subject"]
        static let specialCase = ["kind", "positions", "advice", "contactRole", "contact", "bySetting", "replaces", "timeFor"]
        static let exhausted = ["actions"]
        static let example = ["type", "quote", "subject"]
        static let contact = ["id", "role", "name", "email", "phone", "area", "hours", "outOfHours", "quote"]
        static let form = ["id", "name", "submitTo", "quote", "fields"]
        static let field = ["label", "personal", "fill", "stage"]
        static let timescale = ["kind", "amount", "first", "last", "from", "for", "startsWhen", "oneStep", "quote"]
        static let reading = ["reading", "weaker", "earlierOnly"]
        static let week = ["workingDays", "quote"]
    }

    /// Every member of `object` not in `known` reported, with its path and the names `what` has.
    mutating func onlyMembers(_ object: JSONValue, at path: String, of what: String, _ known: [String], meant: [String: String] = [:]) {
        json.unknownMembers(object, at: path, of: what, known: known, meant: meant)
    }
}
