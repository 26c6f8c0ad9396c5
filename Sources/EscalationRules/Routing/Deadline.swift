extension Policy {
    /// The last day of every stage, in order, for a disagreement first raised on `raised`.
    ///
    /// A stage counted from the one before has no deadline once any earlier stage has none.
    public func stageDeadlines(raisedOn raised: Day, in calendar: HolidayCalendar) -> [Day?] {
        var previous: Day? = raised
        return stages.map { stage in
            let start = stage.timescale.anchor == .raised ? raised : previous
            let end = start.flatMap { stage.timescale.timescale.lastDay(from: $0, in: calendar) }
            previous = end
            return end
        }
    }
}
