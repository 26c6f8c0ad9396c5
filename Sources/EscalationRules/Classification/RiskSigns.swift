/// The situations, people and times the risk reader looks for, as practitioners type them.
///
/// Patterns are words in order; a word ending in `*` matches any word it begins. They are matched on
/// words after `RiskSigns.spellings` has opened abbreviations and common misspellings, so "tonite"
/// and "2nite" are "tonight", and "OD" is "overdose". docs/classification.md says why each is here.
enum RiskSigns {
    /// A kind of situation in which someone may be harmed today.
    enum Situation: String, CaseIterable, Sendable {
        case weapon, selfHarmToday, alone, locked, missing, notCollected, intoxicatedCarer, withAlleged, disclosure
        case injury, violence, unsafeDischarge, unsafeAtHome, sayUnsafe, exploitation, basicNeeds, selfHarm, homeless
        case carerUnavailable
    }

    /// Words typed for others: abbreviations, text speak and misspellings, each opened into the words below.
    static let spellings: [String: String] = [
        "w": "with", "yday": "yesterday", "ystday": "yesterday", "yest": "yesterday", "yesterdy": "yesterday", "yesturday": "yesterday", "rso": "registered sex offender", "tonite": "tonight", "tonites": "tonight", "tonights": "tonight", "tonigt": "tonight", "tonght": "tonight", "2nite": "tonight", "2night": "tonight", "tnight": "tonight",
        "tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow", "tomoz": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
        "tomorow": "tomorrow", "tommorow": "tomorrow", "2day": "today", "tday": "today", "todays": "today",
        "atm": "at the moment", "rn": "right now", "nite": "night", "arvo": "afternoon", "aft": "afternoon",
        "od": "overdose", "od'd": "overdose", "odd": "overdose", "oded": "overdose", "ods": "overdose", "overdosed": "overdose",
        "misper": "missing", "mispers": "missing", "mfh": "missing", "mfc": "missing",
        "dv": "domestic violence", "da": "domestic abuse", "ipv": "domestic violence", "dva": "domestic abuse",
        "cse": "sexual exploitation", "cce": "criminal exploitation", "sa": "sexual abuse",
        "bruse": "bruise", "bruses": "bruises", "brused": "bruised", "brusied": "bruised", "bruized": "bruised", "bruzed": "bruised", "brusing": "bruising", "bruiseing": "bruising", "bruis": "bruise",
        "injurys": "injuries", "injery": "injury", "alon": "alone", "aloneand": "alone",
        "nife": "knife", "knif": "knife", "sucidal": "suicidal", "suicidel": "suicidal", "suicdal": "suicidal",
        "drunkk": "drunk", "pissed": "drunk", "hammered": "drunk", "wasted": "drunk", "stoned": "drunk",
        "mins": "minutes", "min": "minutes", "hrs": "hours", "hr": "hours", "wk": "week", "wks": "weeks",
        "fmpo": "forced marriage protection order", "pic": "photo", "pics": "photos", "picture": "photo", "pictures": "photos", "mo": "month", "mths": "months", "mnths": "months", "yrs": "years", "bf": "boyfriend", "gf": "girlfriend",
        "step-dad": "stepdad", "stepfather": "stepdad", "mums": "mum", "mom": "mum", "mam": "mum", "mummy": "mum",
        "ed": "emergency department", "a&e": "emergency department", "ae": "emergency department",
        "hes": "he is", "shes": "she is", "theyre": "they are", "im": "i am", "isnt": "is not", "wasnt": "was not",
        "ca": "can", "wo": "will", "perp": "perpetrator", "perps": "perpetrator", "ld": "learning disability",
        "cant": "can not", "cannot": "can not", "wont": "will not", "dont": "do not", "doesnt": "does not", "didnt": "did not",
        "havent": "have not", "hx": "history", "shouldnt": "should not", "couldnt": "could not", "wouldnt": "would not", "mustnt": "must not", "arent": "are not", "werent": "were not", "hasnt": "has not", "whos": "who is", "aint": "is not", "noone": "no one", "no-one": "no one", "nobodys": "nobody",
    ]

    /// Situations, by kind. Patterns that begin with "no" or "not" are signs in themselves ("no adult
    /// at home"), so the negation check never turns them off.
    static let situations: [Situation: [String]] = [
        .weapon: ["knife", "knives", "blade*", "machete*", "gun", "guns", "firearm*", "weapon*", "armed", "zombie knife", "bat", "stab", "stabbed", "stabbing",
                  "arson", "set fire", "petrol", "a present for", "shotgun*", "rifle*", "crossbow*", "air gun", "airgun",
                  // From babies, very short lines, the end of the school day and adults with mental illness (2026-11-30).
                  "hammer", "axe", "brandish*", "waving a",
                  // From the fourteenth session's sets (2026-12-01): a bottle held as a weapon.
                  "broken bottle", "bottle in his hand", "bottle in her hand"],
        .selfHarmToday: [
            "overdose*", "suicid*", "ligature*", "hanging", "hang himself", "hang herself", "kill himself", "kill herself",
            "kill themself", "kill themselves", "kill myself", "killing himself", "killing herself", "killing themselves",
            "killing myself", "kills himself", "kills herself", "disappear forever", "disappear for ever", "want to disappear",
            "wants to disappear", "wanted to disappear", "end his life", "end her life", "end their life", "end it",
            "take his own life", "take her own life", "took tablets", "took pills", "taken tablets", "taken pills",
            "swallowed", "jump off", "jump in front", "he jump", "she jump", "they jump", "will jump", "going to jump", "gonna jump", "threatening to jump", "threatened to jump", "want to die", "wants to die", "wanted to die", "not want to live",
            "cut his wrists", "cut her wrists", "cutting her arms", "cutting his arms", "nothing to live for",
            "no reason to live", "stockpil*", "can not go on", "can not do this anymore", "can not cope anymore", "end it all",
            "not want to be here", "not want to be alive", "stopped her meds", "stopped his meds", "stopped taking her",
            "stopped taking his", "better off dead", "take the kids with her", "take the children with her", "take them with her",
            "take the kids with him", "take the children with him", "take them with him", "tonight the night", "tonights the night", "what the point",
            "whats the point", "no point", "done with it all", "done with life", "had enough of life", "had enough of living", "rope", "naloxone", "tolerance", "tablets saved", "pills saved", "saved up",
            "saving up tablets", "saving her tablets", "saving his tablets", "hoarding tablets", "hoarding pills", "better off without me", "better off without",
            // From the eleventh session's last four sets (2026-11-30): pills shown, not named as an overdose.
            "pile of pills", "pile of tablets", "photo of pills", "photo of tablets", "picture of pills", "picture of tablets",
            "pills lined up", "tablets lined up", "all her tablets out", "all his tablets out",
            "took _ tablets", "took _ pills", "took _ paracetamol", "taken _ paracetamol", "taken _ tablets", "taken _ pills",
            "top level of the car park", "top of the car park", "top floor of the car park", "top of the multi storey", "on the top level", "paracetamol overdose", "asking for _ co codamol", "asking for _ codeine", "asking for _ paracetamol", "voices are back", "hearing voices", "voices tell", "voices telling", "the voices",
            "taken all her", "taken all his", "took all her", "took all his", "taken her tablets", "taken his tablets",
            // From the fifteenth session's last two sets (2026-12-01): what was taken left unnamed.
            "taken all of them", "took all of them", "taken the lot", "took the lot", "taken all the tablets", "taken all the pills", "took all the tablets", "took all the pills",
            "taken a load", "took a load", "load of pills", "load of tablets", "loads of pills", "loads of tablets", "handful of pills", "handful of tablets",
            "into the river", "into the sea", "into the canal", "into the reservoir", "in front of a train", "in front of a lorry",
            "said goodbye to his kids", "said goodbye to her kids", "said goodbye to the kids", "said his goodbyes", "said her goodbyes", "to the bridge", "off the bridge", "on the bridge", "on a bridge", "on the roof", "on the railway", "train tracks", "railway line", "railway bridge", "motorway bridge", "the viaduct", "the tracks", "level crossing", "locked himself in", "locked herself in", "locked themselves in", "barricaded himself in", "barricaded herself in", "barricaded themselves in", "the gas will", "with tablets", "with pills", "with a blade", "tablets lined up", "pills lined up", "photo of tablets", "photo of pills", "photos of tablets", "photos of pills", "photo of _ tablets", "photo of _ pills", "photos of _ tablets", "photos of _ pills",
            "pills saying goodbye", "tablets saying goodbye", "text saying goodbye", "texts saying goodbye", "texting saying goodbye", "texting _ saying goodbye",
            "texting _ _ saying goodbye", "texted saying goodbye", "texted _ saying goodbye", "texted _ _ saying goodbye", "message saying goodbye",
            "messages saying goodbye", "messaged saying goodbye", "messaged _ saying goodbye", "messaged _ _ saying goodbye", "messaging _ saying goodbye",
            "messaging _ _ saying goodbye", "a goodbye message", "a goodbye text", "goodbye messages", "goodbye texts", "texting me goodbye", "messaging me goodbye",
            "a goodbye note", "note saying goodbye", "letter saying goodbye", "do it properly", "get it right next time",
            "giving his things away", "giving her things away", "giving away his", "giving away her", "given away his", "given away her",
            "gave away his", "gave away her", "shut himself in", "shut herself in",
            // "he'll do it as soon as he's out the door": "'ll" falls away as a word is read, as in "he jump".
            "he do it", "she do it", "do it as soon as",
        ],
        .selfHarm: ["can not cope", "not coping", "s136", "section 136", "place of safety", "no tier 4 bed", "no tier four bed", "no mental health bed", "might hurt", "hurt the baby", "harm the baby", "hurt herself", "hurt himself",
                    "harm herself", "harm himself", "self harm*", "selfharm*", "self injur*", "cutting herself", "cutting himself", "cut herself", "cut himself", "banging his head", "banging her head", "head banging", "hitting his head", "hitting her head"],
        .alone: [
            "alone", "home alone", "left alone", "can not be left", "must not be left", "on his own", "on her own", "on their own", "on there own", "on thier own", "by himself",
            "by herself", "by themselves", "by themself", "unsupervised", "no adult", "no adults", "no one home",
            "no one at home", "no one there", "no one looking after", "nobody home", "nobody at home", "nobody there",
            "nobody looking after", "no one caring", "nobody caring", "no carer", "no one to look after", "left in the car",
            "left in car", "left in a car", "in a car in the car park", "in a hot car", "locked in a car", "nobody in", "no one in", "left in charge", "looking after the little ones", "looking after his siblings",
            "looking after her siblings", "caring for the baby", "at home with just", "home with just the", "with only the", "left at nursery", "left at the nursery", "left at school", "left at the school", "left at the childminder", "left at the childminders", "left at after school club", "left at the club", "left at the bus station", "left at the station", "left at the bus stop", "left at the stop", "left at the festival", "left at the pool", "left at the leisure centre", "left at the park", "left at swimming", "left at training", "left at the music festival", "at the train station", "at a train station", "from a train station", "from the train station", "at the bus station with no", "left at the campsite", "left at the fair", "left at the park", "left at the beach", "left at the shops", "carer who went home", "carers went home", "no one answering", "nobody answering",
        ],
        .locked: [
            "locked in", "locked out", "door was locked", "locked door", "door is locked", "locked inside", "shut in", "shut out", "kicked out", "thrown out", "chucked out",
            "refusing to have her back", "refusing to have him back", "refuses to have her", "refuses to have him",
            "will not have her back", "will not have him back", "will not take her", "will not take him", "no one to take",
            "nobody to take", "who is taking", "not have her home", "not have him home", "can not get out", "could not get out",
            // Someone behind a door that has gone unanswered, for days or since a day (the seventeenth session's sets).
            "not answered _ door", "not answering _ door", "not opened _ door", "not opening _ door", "no answer at _ door",
            // The same, typed without "the" or "her" (the eighteenth session's sets): "not answered door since yest".
            "not answered door", "not answering door", "not opened door", "not opening door", "no answer at door",
            "not seen since", "not been seen", "forcing entry", "force entry", "forced entry", "welfare check",
            "lock* her in", "lock* him in", "lock* her room", "lock* his room", "lock* their room", "lock* her bedroom", "lock* his bedroom", "lock* her door", "lock* his door", "lock* them in", "lock* the kids in", "lock* the children in",
            "not let her leave", "not let him leave", "not letting her leave", "not letting him leave", "not let her out", "not let him out", "not letting her out", "not letting him out",
            "locked her out", "locked him out", "locked them out", "lock* her out", "lock* him out", "lock* her and", "lock* him and", "lock* them and",
            // From adults in care settings, disabled children, long emails and domestic abuse a second time (2026-11-30).
            "being kept in", "being kept at", "kept in his flat", "kept in her flat", "kept at his flat", "kept at her flat",
        ],
        .homeless: [
            "sleeping rough", "sleep rough", "nowhere to stay", "nowhere to sleep", "nowhere to go", "street homeless",
            "sofa surfing", "sleeping in a car", "sleeping in the car", "sleeping in the park", "on the streets",
            "sleeping bag", "shelter full", "shelter is full", "shelter was full", "no beds tonight", "no bed tonight", "sleeping in our", "sleeping in the foyer", "safe house", "refuge full", "refuge is full", "refuges are full", "no refuge", "no da beds", "safe from him", "safe from her", "refuge refused", "refused refuge", "refuge turned her away", "turned away by the refuge",
            // A child asking where they will sleep has no bed arranged tonight (the fourteenth session's sets, 2026-12-01).
            "where she is sleeping", "where he is sleeping", "where they are sleeping", "where she will sleep", "where he will sleep",
            "where they will sleep", "where to sleep",
            "sleeping in reception", "sleeping in the stairwell", "sleeping in a doorway", "sleeping in a tent", "in a tent", "on the street", "no refuge space", "no refuge", "no emergency accommodation", "nothing booked", "no b and b", "nowhere booked", "are in our office", "in our office with",
        ],
        .missing: [
            "missing", "nobody has seen her since", "nobody has seen him since", "nobody has actually seen", "no one has seen her since",
            "no one has seen him since", "not been seen since", "run away", "ran away", "runaway", "run off", "ran off", "absconded", "absconding",
            "not come home", "not came home", "not returned home", "not been home", "not gone home", "did not come home",
            "did not return", "has not returned", "not back", "whereabouts", "can not find", "can not locate", "no one knows where",
            "nobody knows where", "not know where", "unaccounted", "trying to leave", "tried to leave", "try to leave",
            "until the missing episode", "missing episode ends", "until she is found", "until he is found", "until she comes back",
            "until he comes back", "until she turns up", "until he turns up",
            "tried to get out", "trying to get out", "tries to get out", "door alarm is not working", "door alarm not working",
            "door alarm is broken", "door alarms are not working", "exit alarm is not working", "exit alarm not working",
            "climb out", "tried to climb", "trying to abscond", "wandering", "wandered", "wandered off", "wandered out", "in her nightie", "in nightie", "in a nightie", "in pyjamas", "in her dressing gown", "in his dressing gown", "in his pyjamas", "in her pyjamas", "in her nightdress", "in his nightclothes", "in her nightclothes", "walking the streets", "walking along", "gone from school", "gone from the home", "last pinged", "phone pinged", "pinged near",
            // Gone for hours, or a search called off while they are still gone (the seventeenth session's sets, 2026-12-02).
            "been gone _ hours", "been gone for _ hours", "gone for _ hours", "been gone _ hrs", "been gone for _ hrs",
            "stood down the search", "stand down the search", "standing down the search", "stood the search down",
            "called off the search", "call off the search", "calling off the search",
            "out at midnight", "nobody has seen", "no one has seen", "nobody seen", "not been seen for", "milk on the step", "milk on the doorstep", "post piling up", "curtains still closed", "let him leave", "let her leave", "wants to go and find", "going to go and find", "undoing his seatbelt", "undoing her seatbelt", "undoes his seatbelt", "undoes her seatbelt", "undo his seatbelt", "undo her seatbelt", "trying to open the door", "tried to open the door", "tries to open the door",
        ],
        .notCollected: [
            "not collected", "no one collected", "nobody collected", "no one came", "nobody came", "not picked up",
            "no one picked", "nobody picked", "uncollected", "no one to collect", "nobody to collect", "not been collected",
            "no one has collected", "no one to pick", "still at school", "still at nursery", "still at club",
            "not turned up to collect", "failed to collect", "not been picked up", "has not been picked up", "no one has picked", "nobody has picked",
            "nobody has come", "no one has come", "nobody come for", "no one come for", "nobody come to get", "still here with me", "nobody came for", "no one came for", "mum has not turned up", "dad has not turned up", "mum not turned up", "dad not turned up",
            "parent has not turned up", "parents have not turned up", "carer has not turned up", "nobody has turned up", "no one has turned up",
            "still here at closing", "still here after closing", "here at closing", "at closing time", "still here at home time",
            "still at the library", "still at the centre", "still at the setting", "still waiting to be collected",
            "still sat in reception", "still sat in the office", "still sitting in reception", "still sitting in the office", "still here at",
            "still not here", "waiting _ hours", "office has closed", "nursery has closed", "setting has closed",
        ],
        .intoxicatedCarer: [
            "drunk", "intoxicated", "under the influence", "smelt of alcohol", "smelled of alcohol", "smelling of alcohol",
            "smelt of drink", "smelled of drink", "smelling of drink", "smelt of cannabis", "smelled of cannabis",
            "smelling of cannabis", "smelt of weed", "smelling of weed", "slurring", "slurred", "off his face", "off her face",
            "high on", "was high", "is high", "were high", "clearly high", "visibly high", "obviously high", "passed out", "unconscious", "unrousable", "comatose",
            "injecting", "using drugs in front", "drink driv*", "drunk driv*", "needles out", "needles",
            "nodding off", "drove off", "driving with", "drove with", "methadone", "off his head", "off her head", "out of it",
            "off their face", "off their head", "over the limit", "the limit", "was drinking when", "been drinking", "is drinking", "had a few", "had a few drinks", "had a couple", "had a drink", "been on the drink", "been drinking since", "drinking since", "drinking all day", "paralytic", "paraletic", "legless", "steaming drunk", "mum is not making sense", "dad is not making sense", "she is not making sense", "he is not making sense", "mum not making sense", "dad not making sense", "spiked", "spiking", "took something", "taken something", "can barely stand", "barely stand", "barely conscious", "the dealer",
        ],
        .withAlleged: [
            "perpetrator*", "abuser*", "alleged", "back with", "moved back in", "moving back in", "returned home to",
            "returning home to", "return home to", "going home to", "go home to", "goes home to", "back home with",
            "back to his dad", "back to her dad", "back to dad", "back to mum", "back to the family home", "staying with",
            "not allowed to see his", "not allowed to see her", "not allowed to see their", "not allowed near", "not to have them",
            "not to have the kids", "not to have the children", "not allowed to have them", "give them to him", "give them to her",
            "hand them over to", "will not leave without the", "not leave reception without",
            "staying at", "stays over", "stay over", "staying over", "sleepover", "overnight", "contact with",
            "unsupervised contact", "contact visit", "bail", "released from", "released on", "out of prison", "back in the house",
            "back living", "living with him", "living with her", "in the same house", "in the house with",
            "going back", "goes back", "go back to", "sent back", "back there", "going there", "goes there", "go there",
            "go home", "going home", "coming round", "coming over", "come round", "turned up", "turning up", "at the house",
            "found out where", "knows where", "minding", "looking after him", "looking after her", "babysit*", "left with",
            "asking for her", "asking for him", "waiting for her", "waiting for him", "waiting outside", "non mol", "non molestation",
            "injunction", "restraining order", "come and get", "coming to get", "take him", "take her", "snatch*", "abduct*",
            "knows this road", "knows the address", "collected by", "collect her", "collect him", "collecting her", "collecting him", "collect", "at the gate", "carrying the _ into", "carrying her into", "carrying him into", "leaving with him", "left with him", "released to his", "released to her", "released to their", "releasing him", "releasing her", "releasing the _ to", "release the _ to", "who runs him", "who runs her", "who runs them", "release him to", "release her to",
            "gone straight back", "straight back to the house", "she is gone back to the house", "he is gone back to the house", "she has gone back to the house", "he has gone back to the house", "they have gone back to the house", "she gone back to the house", "he gone back to the house", "they gone back to the house", "back to the house where", "gone back to him", "gone back to her", "bailed*", "not give them back", "not give her back", "not give him back", "not return them",
            "leaving with the man", "leaving with the friend", "with a group of adults", "with a group of men", "with a group of older", "registered sex offender", "is a sex offender", "asking to take", "living with the _ boyfriend", "living with a _ boyfriend", "staying with the _ boyfriend", "staying with a _ boyfriend", "older boyfriend", "adult boyfriend", "here to take", "come to take", "turned up to take", "trying to take her", "trying to take him", "with a young girl", "with a young boy", "going out with them", "going out with him", "out with them again", "who is not his", "who is not hers", "not his daughter", "not his child", "he is back", "he back now", "got her phone", "has her phone", "took her phone", "got his phone", "took his phone", "mid 20s", "in his 20s", "in his twenties", "in the cubicle with",
            "knows she is here", "knows she is there", "knows she here", "knows she there", "knows they are here", "knows they here", "knows where she", "knows where they", "dad in the waiting room", "stepdad in the waiting room", "partner in the waiting room", "he is in the waiting room", "he in the waiting room", "still on the ward", "on the ward with", "knows she left", "knows she has left", "knows she gone", "knows she is gone", "knows they left", "knows they have left", "at home with him",
            "picking her", "picking him", "pick her", "pick him", "move in with", "moving in with", "moved in with",
            "go with", "going with", "goes with", "the victim", "victim's house", "victims house", "comes into her room", "comes into his room", "into her room", "he is in her room", "he in her room", "he is in his room", "he in his room",
            "into his room", "in her bed", "in his bed", "not on the list", "not on the collection list", "not allowed to collect",
            "not authorised to collect", "collected from", "lodger", "lodgers", "be in with", "left in with", "staying in with",
            "his boots and coat", "his boots in the hall", "his coat in the hall", "his car outside", "partner outside", "dad outside", "stepdad outside",
            "outside the school gate", "outside the gate", "outside the refuge", "outside the women refuge", "outside the womens refuge", "he is outside the", "he outside the", "he is outside now", "go off with", "going off with", "picks her up", "picks him up", "taken the kids", "taken the children", "taken the baby", "took the kids", "took the children", "took the baby",
            "court order banning", "sex offender being", "sex offender moving", "sex offender next door", "being released", "released at", "at the address with",
            "he is here", "she is here", "they are here", "is here now", "can not visit", "not allowed to visit", "banned from visiting", "not to visit",
            "taking her home", "taking him home", "taking them home", "he is taking her", "he is taking him", "he is taking them",
            "out of custody", "released from custody", "been released", "went straight to", "gone straight to", "on his way", "on her way", "on their way",
            "stay at his", "stay at hers", "stay at her", "stay the night at", "left mum with", "left dad with", "left her with", "left him with", "left the baby with", "left the kids with", "left the children with", "left her gran with", "left his gran with", "left her mum with", "left his mum with", "left her dad with", "left his dad with", "left gran with", "left nan with",
            "still at the address", "still at the property", "still in the property", "still at the house", "still in the house", "still in the flat", "still at the flat", "still living with", "who was charged", "who has been charged", "been charged with", "taken back to the same", "back to the same address", "before he got out", "before she got out", "he is home now", "he is back home now",
            "on shift now with", "on shift with the same", "working with the same resident", "still working with the same", "demanding to know where", "demanding where", "in reception demanding",
            "at the door now demanding", "at the front door now", "at the door demanding", "at the front door demanding", "demanding the kids", "demanding the children",
            "demanding the baby", "demanding to take", "at reception demanding", "at the front desk demanding", "demanding her address", "demanding his address", "demanding the address",
            "messaging her", "messaging him", "texting her", "ringing her", "calling her", "ringing her nonstop", "at the flat with", "with the men", "with men",
            "at home with the", "home with the brother", "home with her brother", "home with his brother", "left at home with", "with an adult", "with an unknown adult", "with an older man", "with a man",
            "parked outside", "the car outside", "car is outside", "same car", "in the room next door", "room next door", "next door to her", "next door to him",
            "gone home with", "went home with", "go home with", "come to the flat", "men come to", "which room", "what room", "order against",
            "says she is his wife", "sitting with her", "sitting with him", "in the lounge with", "with her now", "with him now", "says she his wife", "came in asking", "turned up asking", "is here asking",
            "outside her house", "outside his house", "outside her flat", "he is there", "he there now", "she there now", "hear shouting", "heard shouting",
            "just collected the", "give him the", "give her the", "hand him the", "hand over the", "with the older man", "an older man", "did not know him",
            "made the allegation", "made an allegation", "one to one with", "1 1 with", "together all afternoon", "together all day", "at an address with", "adult males",
            "scared of the man", "frightened of the man", "the man she came in with", "outside having a", "sat in her room", "in her room when", "with the door shut", "with the door closed", "door shut for", "door closed for",
            "much older man", "much older", "leaving with the", "taken her phone", "taken his phone", "outside waiting", "in the room with", "with mum ex", "taking child home", "taking the child home",
            "made allegations", "allegations about", "knows the car", "in the car outside",
            "leave with the man", "leave with a man", "leave with him", "leave with her", "leave with them", "leaving with her", "leaving with them",
        ],
        .disclosure: [
            "disclos*", "does stuff", "did stuff", "does bad things", "did bad things", "bad things to me", "bad things to her", "bad things to him", "does sex", "sex with her", "sex with him", "she named", "he named", "the man she named", "touch*", "sexual*", "rape*", "raped", "groom*",
        ],
        .injury: [
            "bruise*", "bruising", "bruised", "injur*", "mark", "marks", "burn", "burns", "burnt", "burned", "scald*",
            "fractur*", "broken arm", "broken leg", "broken wrist", "broken rib*", "broken bone*", "bleed*", "bled",
            "black eye", "blood in his mouth", "blood in her mouth", "blood in the mouth", "blood in his nappy", "blood in her nappy", "blood on his face", "blood on her face", "swelling", "swollen", "bite mark*", "head injury", "cut lip", "cuts", "welts", "lump on",
            "grab marks", "finger marks", "fingertip", "petechia*", "torn frenulum", "limping", "red mark*",
            "not breathing", "stopped breathing", "resus*", "unresponsive", "fitting", "seizure*", "fall off", "fell off", "a fall",
            "sleepy", "floppy", "drowsy", "not feeding", "vomiting", "lethargic", "bitten", "bit", "dog", "dogs", "cut over",
            "cut on her", "cut on his", "cut above", "cut to her", "cut to his", "fresh cut", "a cut", "haemorrhag*", "hemorrhag*", "subconjunctival", "split lip", "head wound", "been sick", "vomited", "torn lip", "lip injury", "shaking and sweating", "withdrawing from", "in withdrawal", "alcohol withdrawal", "fitted last time", "fits when",
            "struggling to breathe", "difficulty breathing", "in agony", "catheter has come out", "catheter came out", "catheter is out", "catheter has fallen out", "blocked catheter", "can not breathe", "could not breathe", "short of breath", "looks wrong", "looks broken", "after her fall", "after his fall",
        ],
        .violence: [
            "hit", "hits", "hitting", "beat", "beaten", "beating", "beats", "punch*", "kick*", "slap*", "strangl*",
            "chok*", "strangulation", "assault*", "attack*", "threat* to kill", "threatened", "threatening", "violent",
            "violence", "are fighting", "is fighting", "fighting in the", "kicking off", "domestic incident", "domestic abuse incident", "domestic violence incident", "smacked", "shook",
            "shaken", "shaking the baby", "thrown", "threw", "grabbed", "hurt him", "hurt her", "headbutt*", "head butt*",
            "hurt them", "hurts him", "hurts her", "does stuff", "wound up", "getting angry", "getting aggressive", "being aggressive", "rough with", "kill the baby", "kill her baby", "kill his baby", "kill the child", "kill the kids", "kill the children", "keep her quiet", "keep him quiet", "keep them quiet", "extra sedative*", "forces extra", "forcing extra", "forced extra", "gives her extra", "giving her extra", "gives him extra", "giving him extra", "sedating her", "sedating him", "sedates her", "sedates him",
            "finish it", "finish her", "finish him", "finish her off", "finish him off", "kill her", "kill him", "kill them", "kill you",
            "shouting at her", "shouting at him", "shouting at them", "screaming at her", "screaming at him", "yelling at her", "yelling at him", "shouting at the resident", "shouting at the patient", "shouting at the child", "shouting at the baby", "shouting at the kids", "screaming at the baby", "screaming at the kids", "agitated", "gets aggressive", "getting agitated", "grab", "grabs", "round the neck", "by the neck", "by the throat",
            // Harm in everyday words, with no word of a time (a chat review, round 24, F1: "dad dragged him by the hair, CSC said
            // NFA" and "nan says the boyfriend knocks the kids about" passed as routine with no question).
            "dragged", "drags him", "drags her", "dragging him", "dragging her", "knock* him about", "knock* her about",
            "knock* them about", "knock* _ about", "knock* _ _ about", "knocked about", "whack*", "wallop*", "belted him",
            "belted her", "leathered", "rough him up", "rough her up", "rough them up", "roughed him up", "roughed her up",
            "roughing him up", "roughing her up", "shove*", "shoving", "pushed around", "pushed about", "push* him around",
            "push* her around", "push* them around", "being hurt", "getting hurt", "been hurt", "hurt by", "hurting him",
            "hurting her", "hurting them", "hurting the", "battered", "knocks her", "knocks him",
        ],
        .unsafeDischarge: [
            "not medically fit", "medically unfit", "not fit for discharge", "not fit to be discharged", "not fit to go home",
            "discharg*", "sent home", "sending home", "sent back", "being sent home", "going home from hospital",
            "released home", "home from hospital", "d c", "leaving hospital", "self discharg*", "asking to leave", "wants to leave now", "about to leave the ward", "in labour", "not to be discharged with", "can not be discharged with", "not to go home with", "can not go home with", "packing the car seat", "the car seat", "early labour", "gone into labour", "waters broke", "waters have broken",
        ],
        .unsafeAtHome: [
            "fire risk", "fire hazard", "gas bottles", "gas cylinders", "and he smokes", "and she smokes", "smokes in bed", "oxygen", "oxygen cylinders", "camping heater", "gas heater", "naked flame", "smell of gas", "smells of gas", "smelt of gas", "smelled of gas", "gas leak", "gas on",
            // Carbon monoxide and gas as the practitioner names them (the twelfth session's sets): "the CO alarm keeps beeping".
            "gas smell", "smell gas", "smelling gas", "carbon monoxide", "co alarm", "co alarms", "co detector", "co monitor",
            "mh crisis", "mental health crisis", "in crisis with", "still in there with her", "still in there with him",
            "in the flat with her", "in the flat with him",
            "scared to go home", "afraid to go home", "frightened to go home", "not want to go home", "refusing to go home",
            "refuses to go home", "refused to go home", "will not go home", "scared of his dad", "scared of her dad",
            "scared of dad", "scared of mum", "scared of him", "scared of her", "frightened of", "terrified",
            "begging not to go home", "begging not to go", "pleading not to go home", "crying not to go home",
            "should not go home", "should not be going home", "not safe to go home", "should not be sent home",
            "send him home", "send her home", "sending him home", "sending her home",
            // Drugs a child has shown or found at home, named as they are carried (the eighteenth session's sets).
            "baggie", "baggies", "bag of white powder", "white powder",
            "begged me not to", "begging me not to", "begged not to", "pleaded not to", "begging to stay", "begged to stay", "paraffin*", "capped the gas", "gas capped",
        ],
        .sayUnsafe: [
            "in danger", "immediate danger", "police protection", "immediate risk", "at risk now", "at risk tonight", "at risk today", "not safe",
            "unsafe", "serious harm", "life threatening", "life at risk", "risk to life", "needs protecting now", "danger at home", "dangerous at home", "danger in the home", "scared of his",
            "scared of their", "scared of step*", "scared of mums", "scared of dads", "scared of going home", "scared of going back",
            "afraid of his", "afraid of her", "afraid of their", "afraid of him", "afraid of step*", "afraid of mum", "afraid of dad",
            "afraid of going home", "frightened by",
            "screamed", "screaming", "terrified", "petrified", "hysterical", "scared to go home", "frightened to go home",
            "mouthed help", "mouthed to me", "signalled for help", "signal for help", "signalled help", "looked frightened", "looked scared", "seemed frightened", "seemed scared", "can not be trusted with", "not be trusted with",
        ],
        .exploitation: [
            "county lines", "exploit*", "trafficked", "trafficking", "picked up by", "getting into cars", "got into a car",
            "radicalis*", "radicaliz*", "one way ticket", "flight booked", "flights booked", "travel booked", "tickets booked",
            "taken abroad", "sent abroad", "forced marriage", "fgm", "cut abroad", "honour based", "honour",
            "working unpaid", "unpaid work", "not paid", "sleeping in the stockroom", "sleeping at the", "modern slavery", "slavery",
            "cuckoo*", "taken over her flat", "taken over his flat", "can not say no",
            "older men", "older males", "older lads", "older boys", "getting into a car", "get into a car", "into a car with", "meeting men", "meet the lads", "meeting the lads", "meet up with", "meeting up with",
            "gang*", "drug running", "running drugs", "revenge", "jumped", "sold for sex", "for sex", "selling sex",
            "picking her up", "picking him up", "pick her up", "pick him up", "pimp*", "run out of county", "out of county",
            "do a run", "consequences", "debt", "adult men", "with drugs", "taken over", "dealing from", "moved into his flat",
            "moved into her flat", "move into his flat", "move into her flat", "airport", "flight", "going overseas", "go overseas", "brothers overseas", "join the brothers",
            "taking him to the bank", "taking her to the bank", "took him to the bank", "took her to the bank", "bring his bank card", "bring her bank card", "bring their bank card", "his bank card", "her bank card", "meet them at the station", "meet him at the station", "meet her at the station", "tablets were sold", "meds were sold", "transfer everything", "transfer all her", "transfer all his", "trying to transfer", "move her savings", "move his savings", "moving her savings", "moving his savings", "doing the transfer", "making the transfer", "on the other line", "met online", "on the phone to her", "on the phone to him", "sold her tablets", "sold his tablets", "sold her meds", "sold his meds", "selling her tablets", "selling his tablets", "selling her meds", "selling his meds",
            "can not leave till", "can not leave until", "package is sold", "sold the package", "counties away", "2 phones", "two phones", "burner*",
            "the one running", "is running him", "is running her", "man in the van", "man in a van", "getting in the van", "getting in the car", "getting in his car", "house full of", "flat full of", "full of grown men", "full of older men", "full of men", "in a room with adults", "in a room with men", "in a room with older", "in a hotel room with", "hotel room with", "the men are still", "getting into the van", "getting in a van", "gets in the same", "gets into the same", "gets in his car", "gets into his car", "gets in a car", "gets into a car", "gets in their car",
            "abroad", "going to be cut", "be cut", "married off",
            // A chat review, round 18 (2026-12-01): FGM spelled out, and sexual images of a child passed round.
            "female genital mutilation", "genital mutilation", "female circumcision", "nudes", "nude photo*", "nude image*",
            "naked photo*", "naked image*", "indecent image*", "indecent photo*", "explicit photo*", "explicit image*", "sexting",
            // From summer, a mix of forty roles, adults and people close to them, and teenagers relayed (2026-11-30).
            "filming kids", "filming children", "filming the kids", "filming the children", "filming girls", "photographing children",
            "she is there now", "he is there now", "they are there now", "she is there", "backstage with", "still backstage", "and his mates",
            "in the flat now", "in the house now", "will not let her in", "will not let him in", "will not let anyone in", "not let the",
            // From forced marriage, handovers, bereavement, separated parents and private settings (2026-11-30).
            "to be married", "being married", "has her passport", "has his passport", "taken her passport", "taken his passport",
            "took her passport", "took his passport",
            // From plain words a tenth time, school attendance, venting, housing, adult shorthand and a weekend inbox (2026-11-30).
            "into his van", "into his car", "in his van", "trying to get kids", "trying to get children", "trying to get girls",
            // From volunteers, both sides in one line, pregnancy, people who cannot say, escalations under way, and out of area (2026-11-30).
            "been picking up our", "been picking her up", "been picking him up", "keeps picking her up", "keeps picking him up",
            "car is outside", "car outside again", "outside again now", "waiting outside school", "waiting outside the school",
            "trap house", "trap houses", "gone off with", "went off with", "got his meds", "got her meds", "taken his meds",
            "taken her meds", "friends can not stay", "out looking for her", "out looking for him", "out looking for them", "looking for her now", "looking for him now",
        ],
        .basicNeeds: [
            "no food", "not been fed", "not being fed", "never fed", "never being fed", "not getting fed", "not properly fed", "not fed properly", "being starved", "not given food", "not getting food", "not given any food", "not given meals", "not getting meals", "not gaining weight", "not putting on weight", "not put on weight", "no lunch", "no breakfast", "not fed", "not eaten", "not eating", "burning up", "has not drunk", "not drunk anything", "not had a drink", "not had anything to drink", "stopped eating and drinking", "stopped eating or drinking", "not eating or drinking", "not eating and drinking", "not been eating or drinking", "no fluids", "not had any fluids", "starving", "hungry", "no heating",
            "peg", "peg fed", "no feed", "no feeds", "feeding pump", "pump", "syringing", "tube fed",
            "no electric*", "no gas", "electric is off", "electric off", "electric has gone off", "gas is off", "gas off", "power is off", "power off", "heating is off", "can not heat", "no money for", "with no money", "freezing", "its boiling", "it is boiling", "in this heat", "hypotherm*", "dehydrat*", "no insulin", "not had his insulin", "not had her insulin", "not had his _ insulin", "not had her _ insulin", "not had their _ insulin", "without his insulin", "without her insulin", "nurses stopped coming", "carers stopped coming", "stopped coming", "missed his insulin", "missed her insulin", "not had his medication",
            "not had her medication", "no medication", "soiled", "lying on the floor", "found on the floor", "fallen", "had a fall",
            "pressure sore*", "infested", "squalor", "filthy", "on the floor since", "been on the floor", "on the floor for", "on the floor in", "on the floor again", "on the floor now", "he on the floor", "she on the floor", "is on the floor", "is on floor", "on floor since", "still on the floor", "septic", "sepsis", "sats are 7*", "sats are 8*", "sats of 7*", "sats of 8*", "sats 7*", "sats 8*",
            "sats dropping", "sats have dropped", "low sats", "oxygen is low", "refusing hospital", "refuses hospital", "refusing to go to hospital", "wet through", "soaked through", "no food in", "on his kitchen floor", "on her kitchen floor", "on his bedroom floor", "on her bedroom floor", "left him on the floor", "left her on the floor", "no epilepsy meds", "no epilepsy medication", "no seizure meds", "no seizure medication", "runs out", "run out", "running out", "no meds", "without meds",
            "without his medication", "without her medication", "wheezy", "wheezing", "no inhaler", "without her inhaler", "without his inhaler", "keeps her inhaler", "keeps his inhaler",
            "stopped giving", "not giving him his", "not giving her her", "withholding", "not to give his", "not to give her",
            "not to give him", "not to give them",
            "refusing insulin", "refusing his insulin", "refusing her insulin", "refuses insulin", "refuses his insulin", "refuses her insulin", "refused insulin", "refused his insulin", "refused her insulin", "bm reading hi", "bm is hi", "bm hi", "bm reads hi", "sugar reading hi", "sugars reading hi", "left on the floor", "leave him on the floor", "leave her on the floor", "leaving him on the floor", "leaving her on the floor", "leave the man _ _ _ on the floor", "leave the woman _ _ _ on the floor", "refusing help on the floor", "can not do his own insulin", "can not do her own insulin", "can not do his insulin", "can not do her insulin", "can not give himself insulin", "can not give herself insulin", "can not manage his insulin", "can not manage her insulin",
            "package pulled", "package withdrawn", "carers pulled out", "care pulled",
            // A chat review, round 18 (2026-12-01): a child's insulin or treatment withheld, and an adult who keeps falling.
            "insulin not being given", "insulin is not being given", "insulin not given", "insulin is not given", "insulin withheld", "not giving her insulin",
            "not giving his insulin", "not giving insulin", "not given her insulin", "not given his insulin", "not being given insulin",
            "not being given her insulin", "not being given his insulin", "missed insulin", "missing insulin", "refuse treatment",
            "refuse cancer treatment", "refusing treatment", "refused treatment", "refuse medical treatment", "refusing medical treatment",
            "keeps falling", "keep falling", "kept falling", "keeps having falls", "repeated falls", "frequent falls", "several falls",
            "multiple falls", "falls at night", "falling at night", "fell again", "fallen again",
            // From a chat review, round 10 (2026-11-30): adults neglected or restrained as a matter of routine, in the
            // present tense, with no word of today: a state that is current now.
            "no working toilet", "no toilet", "no running water", "no water", "no hot water", "water cut off", "water has been cut off",
            "water is off", "water off", "toilet not working", "toilet is not working", "gas cut off", "gas has been cut off",
            "wet pads", "soaked pads", "soiled pads", "in wet clothes", "in wet bedding", "in a wet bed", "left wet", "sat in urine", "sitting in urine", "lying in urine",
            "in her own urine", "in his own urine", "in her own faeces", "in his own faeces", "cut her calls", "cut his calls",
            "calls cut", "calls have been cut", "calls were cut", "only come once a day", "only comes once a day", "only one call a day",
            "lap belt", "lap strap", "strapped to", "tied to a chair", "tied to the chair", "tied to the bed", "tied to her bed", "tied to his bed", "face down", "prone restraint",
            "restrain him", "restrain her", "restrain them", "restraining him", "restraining her", "restraining them", "restrained him",
            "restrained her", "restrained face down", "held him down", "held her down", "pinned him down", "pinned her down", "lost _ kg", "lost _ stone", "lost _ kilos",
            "not recording fluids", "not recording her fluids", "not recording his fluids", "fluids not recorded", "not weighing",
            "not being weighed", "will not buy her food", "will not buy his food", "will not buy food", "not buying her food",
            "not buying his food", "not buying food", "will not buy her tablets", "will not buy his tablets", "will not get her tablets",
            "will not get his tablets", "will not get her medication", "will not get his medication", "keeps her tablets from her",
            "keeps his tablets from him", "will not let her eat", "will not let him eat",
            "can not reach her pendant", "can not reach his pendant", "can not reach the pendant", "can not reach her alarm",
            "can not reach his alarm", "can not reach the alarm", "can not reach her call bell", "can not reach his call bell", "can not reach the call bell",
        ],
        .carerUnavailable: [
            "arrested", "in custody", "taken into custody", "sectioned", "hospitalised", "taken to hospital", "admitted to hospital",
            "carer has died", "carer died", "can only keep them", "can only have them", "can only keep her", "can only keep him",
            "can only have her", "can only have him", "no one to care", "nobody to care", "in for surgery", "no one else", "nobody else",
        "carer has not arrived", "carers have not arrived", "carer not arrived", "carer has not come", "carers have not come",
        "carer did not turn up", "carers did not turn up", "carer has not turned up", "carer not turned up", "carers not turned up", "no emergency cover", "on the commode", "no carers since", "mum has gone to work", "dad has gone to work", "mum is at work", "dad is at work", "mum went to work", "dad went to work", "parents are at work", "brother has gone out", "sister has gone out", "has gone out and left", "had no carers", "no carers came", "agency pulled out", "carers pulled out", "care package collapsed", "package broke down",
        "mum is not answering", "straight to voicemail", "goes to voicemail", "going to voicemail", "mum not answering", "dad is not answering", "dad not answering", "parents not answering", "carer not answering",
        "her phone is off", "his phone is off", "phone is off", "phone switched off", "phone is switched off", "collapsed",
        ],
    ]

    /// A practitioner's own claim of significant harm, which a "no" to the risk question contradicts: asked about
    /// again as significant risk (an outside review, 2026-11-30, found "suffering significant harm" and "s47 threshold
    /// met" after a "no" left as no risk at all).
    static let significantClaims: [String] = [
        "suffering significant harm", "suffered significant harm", "suffer significant harm", "at risk of significant harm",
        "risk of significant harm", "meets s47", "meet s47", "meets section 47", "meet section 47", "s47 threshold met",
        "s47 threshold is met", "section 47 threshold met", "threshold for s47 is met", "threshold for s47 met", "reached s47",
    ]

    /// A baby who cannot yet move about, a young child, or an adult who cannot protect themselves:
    /// any sign about one of them is worth asking about at once.
    static let vulnerable: [String] = [
        "baby", "babies", "babys", "infant*", "newborn*", "new born", "neonat*", "non mobile", "nonmobile", "not mobile",
        "premature", "prem", "toddler*", "pre schooler", "preschooler", "little one*", "little boy", "little girl",
        "nursery child", "reception", "under 5", "under five", "unborn",
        "elderly", "older man", "older woman", "older lady", "older gentleman", "frail", "dementia", "bedbound", "bed bound",
        "learning disab*", "disabled", "lacks capacity", "lack capacity", "no capacity", "nonverbal", "non verbal", "wheelchair", "little girls", "little boys", "little kids", "syringe driver", "end of life", "palliative",
    ]

    /// Harm done to someone, named as such: with nothing in the description to place it in the past, asked about as
    /// significant risk after a "no" (a chat review, round 10, 2026-11-30). Not the words of process or of a worry about
    /// circumstances ("CP plan", "adult at risk", "mental health", "hoarding", "money"), which ordinary disagreements are
    /// full of: a routine tuning set was asked about one in ten descriptions with them.
    static let harms: [String] = [
        "neglect*", "abuse*", "abusing", "abusive", "exploit*", "grooming", "groomed", "trafficking", "trafficked", "coercive control",
        "controlling her", "controlling him", "controlling them", "controls her", "controls him", "controls all her", "controls all his",
        "radicalis*", "fgm", "forced marriage", "honour based", "modern slavery", "financial abuse", "scamm*", "self neglect*",
        "malnourish*", "weight loss", "underweight", "failure to thrive", "faltering growth", "lost weight", "losing weight",
        "took her money", "took his money", "taking her money", "taking his money", "fii", "fabricated", "induced illness",
        // An adult's money taken as a matter of course (a chat review, round 13, 2026-11-30: "whose son takes her pension"
        // passed as routine, where the same words after a comma were asked about).
        "takes her pension", "takes his pension", "taking her pension", "taking his pension", "takes her money", "takes his money",
        "takes her benefits", "takes his benefits", "taking her benefits", "taking his benefits", "spends her money", "spends his money",
        "spending her money", "spending his money", "keeps her bank card", "keeps his bank card",
        "tampered", "tampering", "assault*", "hitting her", "hitting him", "hits her", "hits him", "bullying", "bullied",
        // Control and weight in everyday words (a chat review, round 24, F1: "her husband won't let her see anyone or have
        // money" and "weight dropping, HV says fine" were never asked about).
        "not let her see anyone", "not let him see anyone", "not let her see her", "not let him see his", "not let her have money",
        "not let him have money", "not let her have any money", "not let him have any money", "not allowed to see anyone",
        "not allowed out", "weight dropping", "weight going down", "weight falling",
    ]

    /// A relationship, read with the ages around it: a child of 15 or under with someone of 18 or over is a sign
    /// (`RiskReader.ageGap`).
    static let relationships: [String] = [
        "pregnant by", "relationship with", "in a relationship", "going out with", "boyfriend", "girlfriend", "sleeping with",
        "having sex with", "had sex with", "sex with", "dating", "seeing a", "seeing her", "seeing his", "engaged to",
        "living with her", "living with his", "staying with her", "staying with his", "partner is", "her partner", "his partner",
    ]

    /// Harm that is a concern but says nothing about today: significant, not immediate.
    static let concerns: [String] = [
        "significant harm", "at risk", "risk of harm", "neglect*", "domestic abuse", "domestic violence", "abuse*",
        "abusive", "exploit*", "self harm*", "selfharm*", "harm*", "grooming", "trafficking", "coercive", "controlling",
        "sexual*", "child protection", "cp plan", "cpp", "radicalis*", "fgm", "forced marriage", "honour based",
        "modern slavery", "financial abuse", "scam*", "hoarding", "self neglect*", "malnourish*", "weight loss",
        "underweight", "failure to thrive", "faltering growth", "weight has dropped", "weight dropped", "weight is dropping", "dropped weight", "dropping weight", "weight has fallen", "weight is falling", "weight dropping", "weight going down", "weight falling", "dropped centiles", "dropped _ centiles", "crossing centiles", "getting thinner", "lost a lot of weight", "poor home conditions", "home conditions",
        "drug use", "alcohol", "substance misuse", "mental health", "psychosis", "threats", "took her money", "took his money",
        "money", "cash", "rogue trader*", "non mol", "injunction", "lost weight", "losing weight", "medication error", "med error", "meds error", "wrong medication",
        "wrong meds", "wrong dose", "double dose*", "fii", "fabricated", "induced illness", "altered her medication", "altered his medication", "altering her medication", "altering his medication", "tampered", "tampering",
    ] + situations.values.flatMap { $0 }
}
