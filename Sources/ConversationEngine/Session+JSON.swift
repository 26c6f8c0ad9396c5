import EscalationRules

/// A session as the same JSON its Codable conformance reads, written by hand straight into bytes
/// because the journal writes one per turn. Kept by issue 17's measurements on a turn of the realistic
/// mix (`intake-bot bench`, mix-turns, callgrind): with Foundation's JSONEncoder over the session's
/// Codable conformance in its place a turn cost 196,000 instructions more (+69%), and with a streaming
/// `Encoder` writing straight into `JSONWriter` 130,400 more (+41%; see docs/performance.md).
/// Members still at their defaults (false, zero, empty) are left out, as the decoder reads a missing member as its default: that halves a typical record. Tests decode
/// it with JSONDecoder after every turn of every transcript, so the two shapes cannot drift apart.
extension Session {
    public func write(to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("policyID", ifPresent: policyID)
        writer.member("policyFixed", ifTrue: policyFixed)
        writer.member("step", step.rawValue)
        writer.key("intake")
        intake.write(to: &writer)
        if !history.isEmpty {
            writer.key("history")
            writer.open(.array)
            for snapshot in history { snapshot.write(to: &writer) }
            writer.close(.array)
        }
        writer.member("misses", ifNonZero: misses)
        writer.member("why", ifNonEmpty: why)
        writer.key("started")
        started.write(to: &writer)
        writer.member("turns", ifNonZero: turns)
        if let training {
            writer.key("training")
            training.write(to: &writer)
        }
        writer.member("trainingRequested", ifTrue: trainingRequested)
        if let sent {
            writer.key("sent")
            writer.open(.object)
            writer.member("turn", sent.turn)
            writer.member("request", sent.request)
            writer.member("reply", sent.reply)
            writer.close(.object)
        }
        writer.close(.object)
    }

    /// The session as compact JSON.
    public var jsonBytes: [UInt8] {
        JSONWriter.bytes(capacity: 1024) { write(to: &$0) }
    }
}

extension Snapshot {
    func write(to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("policyID", ifPresent: policyID)
        writer.member("step", step.rawValue)
        writer.key("intake")
        intake.write(to: &writer)
        writer.close(.object)
    }
}

extension Intake {
    func write(to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("risk", ifPresent: risk?.rawValue)
        writer.member("carriedOnAfterUrgent", ifTrue: carriedOnAfterUrgent)
        writer.member("subject", ifPresent: subject?.rawValue)
        writer.member("counterpart", ifPresent: counterpart?.rawValue)
        writer.member("checklistAnswered", ifTrue: checklistAnswered)
        writer.member("checklistGaps", ifNonEmpty: checklistGaps)
        writer.member("description", ifPresent: description)
        writer.member("type", ifPresent: type?.rawValue)
        writer.member("typeShortlist", ifNonEmpty: typeShortlist.map(\.rawValue))
        writer.member("typeSkipped", ifTrue: typeSkipped)
        writer.member("urgency", ifPresent: urgency?.rawValue)
        writer.member("cuesAsked", ifNonEmpty: cuesAsked)
        writer.member("pendingCues", ifNonEmpty: pendingCues)
        if let tried { writer.member("tried", tried) }
        writer.member("raised", ifPresent: raised?.description)
        writer.member("stageStarted", ifPresent: stageStarted?.description)
        writer.member("specialCases", ifNonEmpty: specialCases.map(\.rawValue))
        if !spotted.isEmpty {
            writer.key("spotted")
            writer.objects(spotted) { writer, spotted in
                writer.member("kind", spotted.kind.rawValue)
                writer.member("cue", spotted.cue)
            }
        }
        writer.member("specialCasesDeclined", ifNonEmpty: specialCasesDeclined.map(\.rawValue))
        writer.member("setting", ifPresent: setting?.rawValue)
        writer.member("area", ifPresent: area)
        writer.member("redacted", ifTrue: redacted)
        writer.close(.object)
    }
}

extension TrainingState {
    func write(to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("policyID", policyID)
        writer.member("scenarioIDs", strings: scenarioIDs)
        writer.member("index", index)
        writer.member("question", question.rawValue)
        writer.member("correct", correct)
        writer.member("answered", answered)
        writer.member("missed", strings: missed)
        writer.member("finished", finished)
        writer.key("now")
        now.write(to: &writer)
        writer.close(.object)
    }
}

extension Moment {
    func write(to writer: inout JSONWriter) {
        writer.open(.object)
        writer.member("day", day.description)
        writer.member("minute", minute)
        writer.close(.object)
    }
}
