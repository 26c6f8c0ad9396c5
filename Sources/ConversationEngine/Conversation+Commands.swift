import EscalationRules

extension Conversation {
    func run(_ command: Command, in session: Session, at now: Moment) -> Turn {
        switch command {
        case .help: return replying(session, Reply(Prompts.help), at: now)
        case .back: return back(session, at: now)
        case .restart:
            var fresh = start(policyID: session.policyFixed ? session.policyID : nil, at: now)
            fresh.session.policyFixed = session.policyFixed
            fresh.session.turns = session.turns
            fresh.session.caseTurn = session.turns
            return fresh
        case .status: return replying(session, Reply(status(session)), at: now)
        case .why:
            // A route the policy has no words for ("does not say") has no quotes, but advice was given.
            let none = session.step == .routed || session.step == .urgentShown ? Prompts.noWordsForThis : Prompts.noWhyYet
            return replying(session, Reply(session.why.isEmpty ? [none] : ["The policy's own words:"] + session.why), at: now)
        case .record(let format): return record(format, session: session, at: now)
        case .calendar: return calendar(session, at: now)
        case .train:
            guard let policyID = session.policyID else {
                var waiting = session
                waiting.trainingRequested = true
                return advance(waiting, at: now, saying: [Reply(Prompts.trainingAfterPolicy)])
            }
            return startTraining(policyID: policyID, at: now, in: session)
        case .end:
            var ended = session
            ended.routeStoodAtEnd = [.routed, .urgentShown].contains(session.step)
            ended.step = .ended
            return Turn(session: ended, replies: [Reply(Prompts.goodbye)], effects: [.end])
        }
    }

    /// Says something, then asks the current question again, so the practitioner never loses their place.
    func replying(_ session: Session, _ reply: Reply, at now: Moment, effects: [Effect] = []) -> Turn {
        Turn(session: session, replies: [reply, question(session.step, in: session, at: now)], effects: effects)
    }

    func back(_ session: Session, at now: Moment) -> Turn {
        var session = session
        guard let previous = session.history.popLast() else {
            return replying(session, Reply(Prompts.nothingToUndo), at: now)
        }
        // Back to a route ("away" typed after one, then "back"): that route is given again, as it stands, with its record and
        // its words for 'why'. Only the menu had followed, saying "You have your route above" of the route just undone, or of
        // none in sight (a chat review, round 18, 2026-12-01).
        if previous.step == .routed {
            let raised = session.intake.risk.map(Self.rank) ?? 0
            session.policyID = previous.policyID
            session.intake = previous.intake
            // Back past a risk raised after the route (a correction taken, `routeCorrected`), to a route with a lower risk: the
            // lower answer after the urgent advice is asked about once, as it is at the risk question itself.
            if session.urgentGiven != nil, !session.loweringChecked, Self.rank(previous.intake.risk ?? .none) < raised {
                session.intake.askingAfterUrgent = true
                return advance(session, at: now, saying: [Reply("Going back.")])
            }
            session.step = .routed
            session.misses = 0
            return routedTurn(session, at: now, before: [Reply(Prompts.backToRoute)])
        }
        // Back from a route to change an answer: the record kept of it says it may no longer apply.
        var superseded = record(for: session, at: now)
        superseded?.superseded = now
        if superseded != nil { session.wentBackFromRoute = now }
        session.policyID = previous.policyID
        session.intake = previous.intake
        session.step = previous.step
        session.misses = 0
        return Turn(session: session, replies: [Reply("Going back."), question(session.step, in: session, at: now)],
                    effects: superseded.map { [.saveRecord($0)] } ?? [])
    }

    func status(_ session: Session) -> [String] {
        let intake = session.intake
        let policy = self.policy(of: session)
        var lines = ["So far:"]
        lines.append("  Policy: \(policy?.name ?? "not chosen yet")")
        if let risk = intake.risk { lines.append("  Risk of harm: \(risk.phrase)") }
        if let subject = intake.subject { lines.append("  About: \(subject == .child ? "a child" : "an adult")") }
        if let counterpart = intake.counterpart { lines.append("  Disagreement with: \(counterpart.phrase(about: intake.subject))") }
        if intake.checklistAnswered { lines.append("  Checklist: \(intake.checklistGaps.isEmpty ? "all done" : "\(intake.checklistGaps.count) to do")") }
        if let type = intake.type ?? intake.suggestedType { lines.append("  Kind of disagreement: \(type.phrase)\(intake.type == nil ? " (not confirmed)" : "")") }
        if let tried = intake.tried, let policy { lines.append("  Tried: \(tried == 0 ? "no stages yet" : "up to \(policy.stage(at: tried)?.label ?? "stage \(tried)")")") }
        if let raised = intake.raised { lines.append("  First raised: \(raised.spoken)") }
        if let started = intake.stageStarted { lines.append("  Last stage ended without agreement: \(started.spoken)") }
        for kind in intake.specialCases { lines.append("  Also: \(kind.phrase)") }
        if let setting = intake.setting { lines.append("  Setting: \(setting.phrase)") }
        if let area = policy?.area(intake.area) { lines.append("  Area: \(area.name)") }
        return lines
    }

    func record(_ format: CaseRecord.Format, session: Session, at now: Moment) -> Turn {
        guard let record = record(for: session, at: now) else {
            return replying(session, Reply(session.wentBackFromRoute == nil ? Prompts.noRecordYet : Prompts.routeWithdrawn), at: now)
        }
        var reply = Reply(record.lines(format))
        reply.preformatted = format != .text
        return replying(session, reply, at: now, effects: [.saveRecord(record)])
    }

    func calendar(_ session: Session, at now: Moment) -> Turn {
        guard let record = record(for: session, at: now) else {
            return replying(session, Reply(session.wentBackFromRoute == nil ? Prompts.noCalendarYet : Prompts.routeWithdrawn), at: now)
        }
        guard let entry = record.calendarEntry, let lines = record.calendarLines, let name = record.calendarFileName else {
            return replying(session, Reply(Prompts.noDeadline), at: now)
        }
        // How the entry reaches the practitioner is the shell's to say: a file saved, sent, or not carried.
        return replying(session, Reply(lines), at: now, effects: [.saveCalendarEntry(name: name, text: entry)])
    }
}

extension Conversation {
    /// The current question again, for a practitioner coming back to a saved conversation.
    public func resume(_ session: Session, at now: Moment) -> Turn {
        let welcome = [Reply("Welcome back.")]
        // A practice round goes on where it was, not at the question of the case it keeps.
        if session.training != nil { return trainingNote(session, "Welcome back: the practice round goes on.") }
        // A route given just before a crash or on another device may never have been read: give it again.
        var turn: Turn
        switch session.step {
        case .urgentShown: turn = urgentTurn(session, at: now, before: welcome)
        case .routed: turn = routedTurn(session, at: now, before: welcome)
        default: return Turn(session: session, replies: welcome + [question(session.step, in: session, at: now)], effects: [])
        }
        // Coming back changes nothing and saves nothing.
        turn.session = session
        turn.effects = []
        return turn
    }

    /// The record of the route given so far, or nil before there is one.
    public func record(for session: Session, at now: Moment) -> CaseRecord? {
        guard let (route, router) = currentRoute(session, at: now) else { return nil }
        return caseRecord(session, route: route, policy: router.policy, at: now)
    }
}
