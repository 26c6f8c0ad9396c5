extension Policy {
    /// The last day of every stage in order (up to the index `last`, when given), for a disagreement first raised on `raised`.
    ///
    /// A stage counted from the one before has no deadline once any earlier stage has none.
    public func stageDeadlines(raisedOn raised: Day, in calendar: HolidayCalendar, through last: Int? = nil) -> [Day?] {
        var previous: Day? = raised
        return stages.prefix((last ?? stages.count - 1) + 1).map { stage in
            let start = stage.timescale.anchor == .raised ? raised : previous
            let end = start.flatMap { stage.timescale.timescale.lastDay(from: $0, in: calendar) }
            previous = end
            return end
        }
    }
}
