import EscalationRules

extension Session {
    /// What to say when the practitioner's input ends before a route was given (the terminal's input closes, or a
    /// socket client closes its side): nothing once a route, the urgent route or the end was reached. The 999 line
    /// is there whenever risk was answered yes or significant, or the risk question is still open: the one thing
    /// that matters most when someone stops mid-way (chat reviews, rounds 5 and 9).
    /// A practice round keeping a live case counts as unfinished too.
    public var inputEndedNotice: [String] {
        guard training?.caseWaiting ?? true, ![.routed, .urgentShown, .ended].contains(step) else { return [] }
        // A practice round asked for, its partnership never chosen: no route was to come, unless a live case was under way
        // (a chat review, round 17, 2026-12-01: "Input ended before a route was given." meant nothing in a practice round).
        if trainingRequested, training == nil, intake.risk == nil { return [Self.practiceNotStarted] }
        let ended = wentBackFromRoute == nil ? Self.inputEnded : Self.inputEndedAfterBack
        let riskOpen = [.immediateRisk, .riskAgain].contains(step)
        guard riskOpen || intake.risk.map({ $0 != .none }) == true else { return [ended] }
        return [ended, Self.call999]
    }

    static let inputEnded = "Input ended before a route was given."
    static let practiceNotStarted = "Input ended before a partnership was chosen, so no practice round was played."
    /// A route was given, and the practitioner went back from it (a chat review, round 14, 2026-11-30).
    static let inputEndedAfterBack = "Input ended after you went back to change an answer: the route given before no longer stands, as the questions were not finished again."
    static let call999 = "If anyone is in danger now, call 999 (the national emergency number; not part of any policy)."
}
