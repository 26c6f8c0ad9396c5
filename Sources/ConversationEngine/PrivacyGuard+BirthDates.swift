import Foundation

/// A date of birth written as a day's name or counted from today: "Born on Christmas Day 2018", "born yesterday at Torbay
/// hospital" (with the record's date, the day of birth), "born last Tuesday", "DOB Boxing Day". A chat review, round 17
/// (2026-12-01), found each kept while "born on 25 December 2018" went. The birth itself stays, as does a baby's age ("a 3 day
/// old baby"), which is not a date.
extension PrivacyGuard {
    /// A holiday, with its year if one follows: "Christmas Day 2018", "Boxing Day", "New Year's Eve", "Bonfire Night", "Easter Sunday".
    static let holidayDate = #"(?:(?:christmas|xmas)(?:\s+(?:day|eve))?|boxing\s+day|new\s+year['’]?s(?:\s+(?:day|eve))?|valentine['’]?s(?:\s+day)?|hallowe['’]?en|bonfire\s+night|guy\s+fawkes(?:\s+night)?|easter(?:\s+(?:day|sunday|monday|saturday))?|good\s+friday|(?:mother|father)['’]?s\s+day|st\.?\s+\p{L}+['’]?s\s+day|remembrance\s+(?:day|sunday)|(?:eid|diwali|hanukkah)(?:\s+day)?)(?:,?\s+(?:\d{4}|['’]\d{2}))?"#

    /// A day counted from today: "yesterday", "last night", "this morning", "last Tuesday", "on Tuesday", "3 days ago", "a week
    /// ago", "last week", "at the weekend", "on the 3rd".
    static let countedDay = #"(?:yesterday|today|tonight|last\s+night|overnight|earlier\s+(?:today|this\s+week)|the\s+day\s+before\s+yesterday|(?:this|yesterday)\s+(?:morning|afternoon|evening)|(?:(?:last|this|on|past)\s+)?\#(weekday)|(?:last|this|past)\s+(?:week|weekend|month|year)|at\s+the\s+weekend|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|wks?|months?|years?)\s+ago|(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:floor|time|attempt|child|baby|pregnancy)))"#

    static let weekday = #"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"#

    /// The words a birth's date follows: the cue, and for "born" up to four words of the same clause ("born prematurely at Torbay
    /// hospital yesterday"), which stay.
    static let birthDateLead = #"(?:\#(bornLead)|\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|birthday)(?:\s+(?:is|was))?)\s*:?\s*"#
    static let bornLead = #"\bborn(?:\s+(?!(?:and|but|or|so|because|to|who|which|she|he|they|mum|dad|when|after|before|since|until)\b)[\p{L}\d'’-]+){0,4}?"#

    /// A birth's removed date as the risk reading reads it: today, whatever it was. "Baby born this morning, discharge planned"
    /// was read as today by its time; read as no word, a newborn's description could lose the reason to ask about risk today,
    /// and asking costs less than a miss.
    static let bornRemoval = try! NSRegularExpression(pattern: #"(?i)(\#(bornLead)\s*(?:on\s+)?)\[removed\]"#)

    /// A date of birth counted from today: the cue kept, its date removed, so the reading still hears a birth today.
    static let birthDayCounted = #"(?i)(\#(birthDateLead)(?:on\s+)?)\#(countedDay)"#
    /// A date of birth as a holiday goes whole with its cue, as one in figures does: "Born on [removed], lives with nan".
    static let birthDayHoliday = #"(?i)\b(?:\#(birthDateLead)(?:on\s+)?)\#(holidayDate)"#
}
