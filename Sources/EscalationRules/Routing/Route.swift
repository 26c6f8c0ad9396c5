/// Where a practitioner should go next under a policy, and everything needed to act on it.
public struct Route: Equatable, Sendable {
    public enum Outcome: String, Sendable, CaseIterable {
        case stage, urgent
        /// The policy names another procedure for this disagreement.
        case outOfScope = "out-of-scope"
        /// The policy does not cover this case: not whom it is for, or a kind of disagreement it is silent about.
        case notCovered = "not-covered"
        case exhausted
    }

    public var policyID: String
    public var outcome: Outcome
    /// The risk the route was given for.
    public var risk: Risk
    /// The headline, said first.
    public var headline: String
    public var stage: StageSummary?
    /// On an urgent route, the stage to pursue (or expedite) at this risk, with its own contact, form and time.
    public var stageToPursue: PursuedStage?
    /// On an urgent route that leaves the stage to start at to the practitioner (Torbay's discretion), the stage reached,
    /// whose time is the outer limit; its contacts are among the stages to choose from. Nil elsewhere.
    public var outerLimit: PursuedStage? = nil
    public var contact: RoutedContact
    /// Everyone else the route names with details: the out-of-hours team, a front door that is
    /// closed now, each area's number, the contacts a special case gives.
    public var otherContacts: [RoutedContact]
    public var notify: [RoutedContact]
    public var form: RoutedForm?
    public var deadline: Day?
    /// The UK clock time on `deadline` the time ends, minutes since midnight, where the policy's time is clock hours (48 or 24)
    /// counted from now; nil otherwise, the time being a day's.
    public var deadlineTime: Int? = nil
    /// How the policy words the time, such as "5 working days"; nil where no time applies.
    public var timescale: String?
    /// What the time runs from, in words: "5 working days from Monday 30 November 2026, when Stage Two ended without agreement".
    public var deadlineBasis: String?
    /// What must be done by the deadline, where it is not simply the stage.
    public var deadlinePurpose: String?
    /// The date another honest reading of the policy's words gives.
    public var otherReading: AlternativeDeadline?
    /// The earliest date any reading of the policy's words gives, where it is earlier than `deadline`: the
    /// date to work to (not from the policy), said first, as a hurried reader takes the first date they see.
    public var workTo: WorkTo?
    public var actions: [String]
    public var record: [String]
    /// Where the policy gives nothing to record at the stage the route gives, that it is silent, and where it does say,
    /// in its words: said on the Record line in place of a duty, and in the JSON beside an empty `record` (an outside
    /// routing review, round 17, 2026-12-01: the Isle of Man's Stages One to Three had no Record line at all).
    public var recordNote: String? = nil
    public var citations: [Citation]
    public var warnings: [String]
    /// The stage's own time has run out: said on its "By:" line, not only in a note below (a chat review, 2026-11-30).
    public var deadlinePassed = false
    /// Where it has, what the route says of it and what to do now, as its note says it: said again wherever the date is
    /// given later, such as with a calendar entry (a chat review, round 16, 2026-12-01).
    public var deadlinePassedNote: String?
    public var deadlineIsToday = false
    /// The warnings that are about the stage's time, in order: said beside a deadline a practice round marks, as the
    /// route says them (an outside review, round 9: training marked a date already passed without saying so).
    public var timeNotes: [String] = []

    /// The national emergency number's line, not from any policy, as the route says it first whenever someone may be at
    /// risk; nil where no one is.
    public var emergencyLine: String? { actions.first { $0 == RouteDraft.emergencyLine } }
}

extension Route: StageDetails {}

public struct StageSummary: Equatable, Sendable {
    public var position: Int
    public var label: String
    /// The label with who raises it with whom, where the label alone does not say.
    public var title: String
    /// How many stages the policy has.
    public var of: Int = 0

    /// "Stage One – Professional to Professional (stage 1 of 5)": the stage as a record names it, one way for every policy,
    /// as the route's headline does (a chat review, round 19, Po3: "Stage: Stage 1" on one path, "Stage: 1: Stage One – ..."
    /// on another).
    public var named: String { "\(title) (stage \(position) of \(of))" }
}

/// A second date for a stage, from a second reading of the policy's words.
public struct AlternativeDeadline: Equatable, Sendable {
    /// The reading in a few words.
    public var reading: String
    public var deadline: Day?
    public var basis: String
    /// The UK clock time on `deadline` the reading ends, minutes since midnight, where it is clock hours counted from now.
    public var time: Int? = nil
    /// A reading the words allow but argue against (`OtherReading.weaker`): never the date to work to.
    public var weaker = false
    /// Its date has passed: read this way, the time is up, though the date above may still be ahead (an outside routing
    /// review, round 22, F3: the JSON gave no sign of it but the basis's words).
    public var passed = false
}

/// A contact as a route presents it: nil wherever the policy gives no detail.
public struct RoutedContact: Equatable, Sendable {
    /// Nil when the policy does not say who, or when who is unknown because the part of the policy that says it is
    /// missing from the source text: then `note` says so. The route's warnings say why.
    public var role: String?
    public var name: String?
    public var email: String?
    public var phone: String?
    public var hours: String?
    public var openNow: Bool?
    public var how: String?
    /// The area's name, where the policy's contacts differ by area.
    public var area: String?
    /// Why the route names them: "out of hours", "closed now", "call now in Halton".
    public var note: String?

    public init(role: String?, name: String? = nil, email: String? = nil, phone: String? = nil, hours: String? = nil,
                openNow: Bool? = nil, how: String? = nil, area: String? = nil, note: String? = nil) {
        self.role = role
        self.name = name
        self.email = email
        self.phone = phone
        self.hours = hours
        self.openNow = openNow
        self.how = how
        self.area = area
        self.note = note
    }

    /// "TSCP Business Manager, Neil Cotton, neil.cotton@torbay.gov.uk".
    public var summary: String {
        let details = [name, email, phone].compactMap { $0 }
        return ([role ?? "not named in the policy"] + details).joined(separator: ", ")
    }

    /// Whether there is any way to reach them: a phone number or an email address.
    public var isReachable: Bool { phone != nil || email != nil }
}

public struct RoutedForm: Equatable, Sendable {
    public var name: String
    public var fields: [Form.Field]
    public var submitTo: RoutedContact?
    /// When it is sent, where the policy says.
    public var when: String?
}

/// A quote from a source policy behind something the route says.
///
/// Worded as `why` and a record give it when it is made: the router makes one for each of its policy's
/// quotes once, so a route cites them without wording them again (issue 17).
public struct Citation: Equatable, Sendable {
    public let source: String
    /// The source's characters, markup and all, so it is still found in the source as it stands.
    public let quote: String
    /// The quote as it is shown: its words exactly, the extraction's markup taken out (`withoutSourceMarkup`).
    public let shown: String
    /// `"quote" (source)`, as `why` gives it.
    public let why: String
    /// `Source (source): "quote"`, as a text record gives it.
    public let recordLine: String
    /// Where the quote joins separate passages of the source with " / ", each as it is shown; nil where it is one passage.
    public let parts: [String]?

    public init(source: String, quote: String, parts: [String]? = nil) {
        self.source = source
        self.quote = quote
        self.parts = parts?.map(\.withoutSourceMarkup)
        shown = quote.withoutSourceMarkup
        why = "\"\(shown)\" (\(source))"
        recordLine = "Source (\(source)): \"\(shown)\""
    }

    /// Equal when they quote the same words from the same source: the rest is worded from those.
    public static func == (a: Citation, b: Citation) -> Bool { a.source == b.source && a.quote == b.quote }
}

/// The date to work to where the policy's words give more than one and an earlier one is still ahead.
public struct WorkTo: Equatable, Sendable {
    /// The earliest date a reading gives, as that reading gives it, a day off or not.
    public var day: Day
    /// What the day is where it is a day off ("Boxing Day (observed), a bank holiday"): a count of calendar days can end
    /// on one (Torbay's "two additional weeks" as 14 days). The date is kept and the day said: no policy says what happens
    /// when its time ends on a day off, and the working day before it, worked to until an outside routing review (round
    /// 17, 2026-12-01), was a date neither reading gave, called "the earliest date the readings below give".
    public var dayOff: String?
    /// The last working day before `day` where that is a day off, named beside it and no more: which to aim for is the
    /// practitioner's to judge (a chat review, round 19, C4: Torbay's Stage Four on New Year's Day gave no working day).
    /// Nil where it would be before today: then no working day is left before it, and that is said.
    public var lastWorkingDay: Day? = nil
    /// Whether the date comes from a reading said only in a note, not from the two readings the route lists.
    public var inNote = false
    /// Whether a weaker reading was set aside in choosing it.
    public var weakerAside = false
    /// Said as "today" in a route, which is read at once; never in a record, which is read later.
    public var isToday = false
    /// Whether the policy asks for haste at the risk given, so the earlier reading is worked to whatever the words favour.
    public var hastened = false

    public init(day: Day, dayOff: String? = nil) {
        self.day = day
        self.dayOff = dayOff
    }

    public static func == (a: WorkTo, b: WorkTo) -> Bool { a.day == b.day && a.dayOff == b.dayOff }

    /// Why this date: where it comes from, whether a weaker reading was set aside, the rule that chose it, and, where it
    /// is a day off, that the policy does not say what then. `listed` names where the readings are: "below" in the text,
    /// the JSON's own fields there.
    public func reason(listed: Listing = .below) -> String {
        let source = inNote ? "the earliest date the readings give (the one in \(listed.note))" : "the earliest date the readings \(listed.readings) give"
        return source + (weakerAside ? WorkTo.lessLikelyAside : "") + " " + (hastened ? WorkTo.hasteRule : WorkTo.rule)
            + (dayOffNote.map { ". " + $0 } ?? "")
    }

    /// Where the readings a reason points to are: below the "Work to" line, or in the route's JSON.
    public enum Listing: Sendable {
        case below, json
        var readings: String { self == .below ? "below" : "in deadline and otherReading" }
        var note: String { self == .below ? "a note below" : "warnings" }
    }

    /// "It is Boxing Day (observed), a bank holiday, not a working day: ...", where the date is a day off.
    public var dayOffNote: String? {
        dayOff.map { "It is \($0), not a working day: \(WorkTo.dayOffSilence). " + (lastWorkingDay.map(WorkTo.lastWorkingDaySaid) ?? WorkTo.noWorkingDayLeft) }
    }

    /// "The last working day before it is Thursday 31 December 2026": said wherever a date the bot gives falls on a day off,
    /// a date to work to, a reading's date, or the end of a policy's clock hours. A calendar fact beside the policy's date,
    /// never in its place.
    public static func lastWorkingDaySaid(_ day: Day) -> String { "The last working day before it is \(day.spoken)" }

    /// The last working day before `day` as `lastWorkingDaySaid` says it, or, where that is before `floor` (today, or the
    /// day the time is counted from where that is later), that none is left: a day before the disagreement arose, or one
    /// already gone, is no day to aim for (an outside routing review, round 21, F9: 48 hours from Good Friday named
    /// Thursday 25 March, the day before it arose).
    public static func lastWorkingDaySaid(before day: Day, in calendar: HolidayCalendar, notBefore floor: Day) -> String {
        let last = calendar.lastWorkingDay(before: day)
        return last < floor ? noWorkingDayLeft : lastWorkingDaySaid(last)
    }

    /// Said in place of a last working day that would be before the day counted from, or before today.
    public static let noWorkingDayLeft = "There is no working day left before it"

    /// Said of a date to work to that is a day off, as Pan-Cheshire's 48 clock hours ending on one are said: the date is
    /// the reading's, and what follows is the practitioner's to judge.
    public static let dayOffSilence = "the policy does not say what happens when its time ends on a day off"

    public static let hasteRule = "(the policy asks for haste where someone is at immediate risk; working to the earliest reading follows from that, not from its words)"

    /// Said where a reading the words argue against was not worked to: "a weaker one aside" read as if the earliest date
    /// were the weaker (a chat review, round 10, item 10a).
    public static let lessLikelyAside = ", leaving aside a less likely reading"

    public static let rule = "(not from the policy: where the words allow more than one reading, the earlier is the safer)"

    /// "Monday 28 December 2026".
    public var spoken: String { day.spoken }
}
