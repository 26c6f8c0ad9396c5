/// The classifier's vocabulary: words and phrases from the five policies' own lists of disagreements,
/// the field's abbreviations, and the way practitioners put things, each weighted towards a type.
enum Lexicon {
    typealias Entry = (phrase: String, weight: Double)

    /// Abbreviations practitioners type, opened into the words the lexicon knows.
    static let abbreviations: [String: String] = [
        "csc": "children social care", "cs": "children social care", "asc": "adult social care",
        "mash": "multi agency safeguarding hub", "dsl": "designated safeguarding lead", "cp": "child protection",
        "cin": "child in need", "cpc": "child protection conference", "icpc": "initial child protection conference",
        "rcpc": "review child protection conference", "edt": "emergency duty team", "iro": "independent reviewing officer",
        "ehcp": "education health care plan", "ehc": "education health care plan", "sw": "social worker",
        "hv": "health visitor", "info": "information", "strat": "strategy", "s47": "section 47", "s17": "section 17",
        "nfa": "no further action", "nfad": "no further action", "tac": "team around child", "taf": "team around family",
        "dv": "domestic violence", "da": "domestic abuse", "cse": "sexual exploitation", "cce": "criminal exploitation",
        "lado": "local authority designated officer", "marac": "multi agency risk assessment conference",
        "comms": "communication", "asap": "as soon as possible", "sg": "safeguarding", "cpp": "child protection plan",
    ]

    static let entries: [DisagreementType: [Entry]] = [
        .thresholdLevelOfNeed: [
            ("threshold", 3), ("threshold criteria", 5), ("level of need", 3), ("level", 1.5), ("criteria", 2),
            ("not meet", 2), ("not met", 2), ("not reach", 2), ("below", 1.5), ("no further action", 1.5),
            ("multi agency safeguarding hub", 1), ("referral", 0.8), ("early help", 2), ("step down", 2), ("stepped down", 2),
            ("screen", 2), ("screened out", 3), ("universal", 1.5), ("targeted", 1), ("section 17", 1.5), ("child in need", 1),
            ("reject", 1.5), ("grade", 1.5), ("perceived", 1), ("risk", 0.5), ("front door", 1), ("declin", 0.5), ("needs are", 1),
            ("level of risk", 3.5),
            // How people outside the field say it: "not bad enough", "nothing they can do until something happens".
            ("not bad enough", 3), ("not serious enough", 3), ("not enough for them", 3), ("doesnt qualify", 3), ("not qualify", 2.5),
            ("not eligible", 2.5), ("tick the boxes", 2.5), ("not high enough", 3), ("until something happens", 3), ("bad enough", 2),
        ],
        .rolesResponsibilities: [
            ("role", 3), ("responsibility", 3), ("responsible", 3), ("whose job", 3), ("whose", 2), ("lead professional", 3),
            ("lead agency", 3), ("who should", 1.5), ("remit", 3), ("which agency", 2), ("passing it back", 2), ("pass", 1),
            ("nobody will take", 1.5), ("someone else", 1.5), ("coordinat", 1), ("chair", 1), ("take it on", 1.5),
            ("each service", 1), ("the other is", 1),
            // How practitioners say it: "not our job", "a police matter", "going round in circles".
            ("matter", 2), ("school matter", 3), ("health matter", 3), ("police matter", 3), ("social care matter", 3),
            ("job", 2), ("not our job", 3), ("not their job", 3), ("their job", 2.5), ("whose job", 3), ("theirs", 2.5),
            ("ours", 2), ("not ours", 2.5), ("round in circles", 3), ("going round", 2), ("ownership", 3), ("limbo", 2.5),
            ("neither", 1.5), ("ping pong", 3), ("back and forth", 3), ("passed between", 3), ("bounced", 2.5),
            ("argue over who", 3), ("arguing over who", 3), ("who does", 2), ("who is taking", 2), ("who takes", 2),
            ("who responds", 2.5), ("who should", 2), ("should coordinate", 2.5), ("left holding", 2.5), ("holding it", 1.5),
            ("issue not", 2), ("not their remit", 3), ("not our remit", 3), ("duty of", 1), ("their problem", 2.5), ("problem now", 1.5),
            // And outside the field: "not their department", "pillar to post", "told me to ring someone else".
            ("not their department", 3), ("their department", 2), ("not their area", 2.5), ("pillar to post", 3), ("ring someone else", 3),
            ("someone else's", 2), ("not for them", 2.5), ("nothing to do with them", 3), ("up to the school", 2.5), ("up to the council", 2),
        ],
        .decisionOrNeedForAction: [
            ("decision", 2.5), ("decid", 2.5), ("need for action", 3), ("action needs", 2), ("act", 1.5), ("acted", 1.5),
            ("no further action", 1), ("decision made at", 5), ("decided at", 5), ("not to proceed", 1.5), ("proceed", 1),
            ("return", 1.5), ("close the case", 1.5), ("clos", 0.8), ("discharg", 1), ("response to", 1.5),
            ("unsubstantiated", 1.5), ("allegation", 1), ("contact", 1), ("question", 0.5), ("remov", 1), ("register", 1),
            ("decison", 2.5), ("wait", 0.5), ("accept", 1),
            // Outside the field: "sent her home", "let him go back", "dropped it".
            ("sent her home", 2.5), ("sent him home", 2.5), ("let her go back", 2.5), ("let him go back", 2.5), ("dropped it", 2.5),
            ("dropped the case", 3), ("closed it", 2.5), ("no crime", 2.5), ("nothing wrong", 1.5),
        ],
        .lackOfActionOrDriftDelay: [
            ("drift", 3), ("delay", 3), ("overdue", 3), ("still waiting", 3), ("waiting", 1.5), ("not done", 2),
            ("not been done", 2), ("nothing", 1.5), ("nothing has been done", 3.5), ("nothing has happened", 3.5),
            ("no progress", 2.5), ("progress", 1.5), ("lack of action", 3), ("no response", 2), ("week", 1), ("month", 1), ("ages", 1),
            ("allocat", 1.5), ("not followed through", 2), ("followed through", 1), ("carried over", 2), ("cancel", 1.5),
            ("chase", 1.5), ("late", 1.5), ("follow up", 1), ("since", 0.8), ("agreed", 1), ("still", 1), ("haven", 0.5),
            ("havent", 1), ("not visited", 1.5), ("no social worker visit", 2), ("missed", 1),
            // How practitioners say it: "nobody has called back", "nothing since", "now they're saying tomorrow".
            ("nothing since", 3), ("nobody has called back", 3), ("no one has called back", 3), ("not called back", 2.5),
            ("no call back", 2.5), ("not answering", 2), ("no reply", 2), ("no one has visited", 3), ("nobody has visited", 3),
            ("nobody has been out", 3), ("no one has been out", 3), ("not been picked up", 2.5), ("not picked up", 1.5),
            ("sat on", 2), ("sitting on", 2), ("gone quiet", 2.5), ("heard nothing", 3), ("no update", 2.5), ("saying tomorrow", 2),
            ("next week", 1), ("in the next", 1), ("still no", 2.5), ("yet to", 2), ("neither done", 3), ("not happened", 2.5),
            // Outside the field: "nobody came", "they keep saying", "been weeks".
            ("nobody came", 3), ("no one came", 3), ("never came", 2.5), ("never turned up", 2.5), ("keep saying", 2), ("keeps saying", 2),
            ("been weeks", 3), ("weeks now", 2.5), ("still nothing", 3), ("fell through", 2.5),
        ],
        .informationSharingCommunication: [
            ("shar", 3), ("information", 2.5), ("communication", 3), ("told", 2), ("tell", 2), ("inform", 2),
            ("consent", 2), ("record", 1), ("minute", 2), ("invit", 1.5), ("feedback", 2), ("email", 1), ("call back", 1.5),
            ("reply", 1.5), ("confidential", 2), ("disclos", 1), ("copy", 1.5), ("copying", 1.5), ("passed on", 2),
            ("found out", 2), ("told about", 4), ("not told", 2), ("hold", 1), ("know what happened", 1.5), ("outcome", 0.3),
            // Outside the field: "kept in the dark", "won't tell me anything", "data protection".
            ("kept in the dark", 3), ("in the dark", 2.5), ("wont tell me", 3), ("would not tell me", 3), ("didnt tell", 2.5),
            ("nobody told", 3), ("no one told", 3), ("let me know", 2), ("data protection", 3), ("cant say anything", 2.5),
        ],
        .planOrAssessmentOutcome: [
            ("plan", 2.5), ("assess", 1.5), ("outcome of", 1.5), ("finding", 2), ("conclud", 2), ("inadequate", 1.5),
            ("care plan", 3.5), ("safety plan", 3.5), ("protection plan", 3.5), ("pathway plan", 3.5), ("action plan", 3.5),
            ("quality", 2), ("address", 1.5), ("reflect", 1.5), ("implement", 2), ("capacity", 1.5), ("realistic", 1.5),
            ("observation", 1), ("outcome", 1), ("adequate", 1.5), ("parenting assessment", 3), ("single assessment", 3),
            ("misses", 1), ("ignor", 1), ("evidence", 0.8), ("coping", 1),
            // How practitioners say it: "understates his needs", "not measurable", "doesn't reflect".
            ("understat", 3), ("underestimat", 3), ("overstat", 2.5), ("not measurable", 3), ("recommendation", 2),
            ("does not reflect", 3), ("not reflect", 2.5), ("found that", 1.5), ("says she only", 2), ("says he only", 2),
            ("conclusion", 2.5), ("risk assessment", 2.5), ("best interest", 1.5), ("capacity assessment", 3), ("care act assessment", 2),
            // Outside the field: "what they wrote", "got it wrong", "the report says she's fine".
            ("what they wrote", 3), ("they wrote", 2), ("got it wrong", 2), ("the report", 2), ("report says", 2.5), ("paperwork", 2),
            ("written down", 1.5), ("says she can cope", 3), ("says he can cope", 3),
        ],
        .provisionOfServices: [
            ("servic", 2.5), ("provision", 3), ("provid", 3), ("fund", 3), ("support", 1.5), ("package", 2.5),
            ("respite", 3), ("waiting list", 3), ("withdrawn", 2), ("declin", 1.5), ("refus", 0.8), ("commission", 3),
            ("placement", 2), ("accommodation", 2.5), ("transport", 2.5), ("therapy", 2), ("programme", 2),
            ("signpost", 2), ("offer", 1.5), ("stop", 1.5), ("cut", 2), ("re engag", 1.5), ("replac", 1.5), ("diagnos", 1),
            // Outside the field: "stopped her carers", "no help", "won't pay for".
            ("her carers", 2), ("his carers", 2), ("no help", 2.5), ("wont pay", 3), ("not pay for", 2.5), ("no places", 3),
            ("no spaces", 3), ("nowhere for", 2), ("day centre", 2.5), ("taken away", 1.5), ("help at home", 2.5),
        ],
        .conveningStrategyOrConference: [
            ("strategy", 3), ("conference", 3), ("conven", 3), ("section 47", 1.5), ("meeting", 1),
            ("case conference", 4), ("brought forward", 1.5), ("discussion", 1), ("discusion", 1), ("request", 0.5),
            ("unborn", 1), ("call an", 0.5),
            // Outside the field: "a meeting about her", "get everyone round a table".
            ("have a meeting", 3), ("meeting about", 3), ("get everyone together", 3), ("round the table", 3), ("round a table", 3),
            ("all get together", 3), ("sit down together", 2.5), ("big meeting", 2.5), ("no meeting", 2.5),
        ],
        .powerAuthority: [
            ("power", 3), ("authority", 3), ("intimidat", 3), ("overrul", 3), ("pulling rank", 3), ("rank", 2.5),
            ("controlling", 2.5), ("hierarchy", 3), ("senior", 1.5), ("challeng", 1.5), ("dominat", 3), ("overrid", 3),
            ("threat", 1.5), ("hostil", 2.5), ("status", 2), ("undermin", 2.5), ("dictat", 2.5), ("back down", 1.5),
            ("backed down", 1.5), ("backing down", 1.5), ("back off", 1.5), ("defer", 2), ("afraid", 1), ("complaint", 1.5),
            ("voice", 1.5), ("dismiss", 2), ("solicitor", 1.5), ("disguised compliance", 2.5), ("junior", 2), ("only the", 1),
            // How practitioners say it: "told me to be quiet", "over our heads", "I've been doing this 20 years".
            ("told me to stop", 3), ("stop interfering", 3), ("stop asking", 3), ("stop ringing", 2), ("be quiet", 3),
            ("leave it to", 2), ("grown ups", 2.5), ("belittl", 3), ("patronis", 3), ("condescend", 3), ("rude", 2.5),
            ("final say", 3), ("over our heads", 3), ("over my head", 3), ("without asking", 2), ("without consulting", 2),
            ("not listened", 2.5), ("not listen", 2.5), ("shouted", 3), ("shot down", 3), ("shut down", 2.5), ("talked over", 3),
            ("no right", 2.5), ("not his place", 2.5), ("not my place", 2.5), ("newly qualified", 2.5), ("only a", 1.5),
            ("just a", 1.5), ("doing this", 1), ("years", 0.5), ("question doctor", 3), ("question his", 2), ("pulled rank", 3),
            ("made the decision for", 2.5), ("not to attend", 2), ("excluded", 2), ("noted", 1.5), ("moves on", 1.5),
            ("overreact", 2.5), ("ignored", 2), ("listen to", 1.5), ("in front of", 1.5), ("told off", 2.5), ("laughed", 2.5),
            // Outside the field: "made me feel stupid", "brushed me off", "just the cleaner".
            ("made me feel stupid", 3), ("feel stupid", 2.5), ("talked down", 3), ("looked down on", 3), ("brushed me off", 2.5),
            ("put me in my place", 3), ("knew better", 2.5), ("know better", 2), ("wouldnt listen", 2.5), ("didnt listen", 2),
            ("just the", 1), ("only the cleaner", 3), ("just a volunteer", 3),
        ],
    ]

    /// Phrases that turn off what follows: "not about info sharing" is not about information sharing.
    static let negations: [[String]] = [
        ["not", "about"], ["not", "really", "about"], ["nothing", "to", "do", "with"], ["rather", "than"],
        ["not", "a"], ["not", "an"], ["other", "than"], ["is", "not", "the", "issue"],
    ]
}
