/// Names found by where they stand rather than by a list: a capitalised word starting a sentence before "is" or "has" ("Leon is
/// going home to his dad tonite"), a word before a school class ("Leon from 6B", "leon in yr 6"), an initial before a family name
/// ("my pupil T. Williams") and an Irish or Scottish family name by its shape ("O'Connor kids", "McAllister"). A chat review, round
/// 23, F5, found each kept, quoted back in the risk question and saved in the record's summary and `riskAskedAgain`.
extension PrivacyGuard {
    /// Capitalised words that start a sentence before "is", "has" or "from" and are no one's name, beyond the words the guard
    /// knows are never names: the words that start a sentence in the labelled descriptions and are typed in lower case within one
    /// at least as often as capitalised ("Email", "Pasted", "Paperwork", "Winter", "Rehab", "Ours", "Ive"), with a few more
    /// ("Pop", "Spring"). Built from half the descriptions, such a list left about 20 ordinary words starting a sentence before
    /// "is" or "has" in the other 41,000 to be taken for names; it is kept whole so that none of the descriptions loses one.
    static let sentenceOpeners: Set<Substring> = Set("""
        about absences absolutely abuse abuser academy accept access accommodation according account accused acknowledged action actions
        actually acute admin admissions adolescent adopted adoption adult adults advanced advice advised advocacy advocate after
        after-school afternoon again age agency agree agreed airline airport alarm alarms alcohol all allegation allegations alleged
        allocated already alternative am ambulance an and animal announced annual another answer antenatal any anybody anyone anything
        anyway apologies apparently appeal application applied appointment appreciate apprentice appropriate approved are area arguing
        argument army arrested as ask asked asking assaulted assembly assessment assessor at attendance attended au audiology audit aunt
        auntie autism autistic babies baby back background backup bag bail band bank barber bath bathroom because bed beds been before
        befriender befriending behaviour being below benefit benefits bereavement best bills birth bit bite blind board boarder boarding
        boat boiler booked booking both bounced boxing boy boyfriend boys branch breach breakfast breastfeeding brilliant brokerage
        brother bruise bruises bruising bullying burn bus but by cadet cadets call called caller callers calls came camp can canal
        cancelled cannabis cant capacity car caravan care carer carers caretaker cars case cases cat catch centre ceremony chair
        challenge challenged challenging changes channel chaplain charge charges charity chased chasing chastisement chat child
        childminder children childrens childs chronic church citing citizens class classic clean cleaner clear client clients clinic
        clinical closed closing closure club clutter co-worker coach coercive colleague collection college come commissioner
        commissioners commissioning committee communication community complainant complaint completely concern concerns concluded
        conclusion conference conferences confusion consent constant consultant consultation contact contacts context continence
        contingency continuing contractor control conversation conveyed convicted coordinator copied coping copying core corner coroner
        could couldnt council counselling county course court cousin crew crews crisis cross crossing cubs cuckooed cuckooing cumulative
        curfew current custody customer cut dad dance data date daughter daughter-in-law day deadline deaf dealers debt decided decides
        decision decisions declined defence definately delay delegated delivery dementia dental dentist depot deputy deputyship
        designated despite detached detained detainee detective detention detox diabetes diagnosis did didnt difference different
        digital dinner diocesan diocese direct director disabled disagree disagreeing disagreement discharge discharged discharging
        disclosed disclosure disclosures discussed dismissed disproportionate dispute disruption district do doctor doctors does doesnt
        dog dogs doing dom domestic domiciliary done dont door doubly downgraded dr draft dressing drift drinking driver drivers driving
        dropped drug drugs dual due duplication during duty each early easy eating education eight either elderly eldest elective
        electrician email emailed emails emergency employer end ending engagement engaging enquiry environmental epilepsy equipment
        escalated escalating escalation escort estate even evening event ever every everybody everyone everything everythings evicted
        eviction evidence ex ex-partner exams excluded exclusion expected exploitation extra fair falls families family familys far
        father feedback feeding feel feeling feels fees felt female ferry festival final finally finance finances financial fine
        fingertip fire firefighter first five flag flagged flagging flat flatmates flight floating following food foodbank football for
        forced forces forecast forensic form formal former forwarding foster fostering found four fourteen fourth fracture frail frankly
        freedom frequent fresh fri friday fridge friend from front frustrating fund funded funding gambling garden gas gate general
        genetics gent gentleman getting girl girls given goes going gone good got governance governing governor governors grade graded
        grading gran grandad granddad grandma grandmother grandparents grandson grant great group growth guardian guidance guide guiding
        gurdwara gym gymnastics had hairdresser half half-brother half-sister hall handover happened happens happy harassment hard has
        have having he head headlice headteacher health healthcare heard hearing heater heating height hell her here hes hidden
        hierarchy high high-risk his historic history hitting hmm hoarding hoist holiday holidays home homeless homelessness homes
        homestay hometime homework honestly honour hosp hospice hospital host hostel hotel house housemate houseparent houses housing
        how hub humiliating husband hygiene id if ignores illness im image images imam improvement in inappropriate incident inclusion
        independent individually info informal information inhaler initial injuries injury inpatient input inquest inspection inspector
        instead instructor interim international interpreter interpreters interpreting interview intimidated intimidating investigation
        invited is isnt issue issues it its ive job joint junior just karate keep keeps kept key keys keyworker kid kids kind kinship
        known labour lad lads lady landlord language last lately later latest lead leader league learner learning learnt leave leaving
        left legal legally leisure less lesson lessons let letter letters letting lettings level levels liaison librarian library
        licence life lifeguard lifeline lifting likely limited little live lives local located locks locum logged logging long looked
        looked-after looking looks lost lots lovely low lunch lunchtime made madrassa main makes making male mam man managed manager
        managers managing marac marks maternal maternity matron maybe me meals meanwhile med mediation medical medically medication
        medicines medium meds meeting member members memory mental mentor mentoring message messages meter midwife midwifery midwives
        might mindee minor minus minutes misper miss missed missing mo monday money monitor monthly months mood more mosque most mostly
        mother move moved moving multi-agency multiple mum mummy mums music my nain named nan nana nanny national near need needle needs
        neglect neighbour neighbourhood neighbours neither neonatal nephew net neurology never new newborn newly next nice night
        nightmares nights no no-one nobody nobodys non non-mobile non-mol non-verbal none noone normally not note notes nothing notified
        now nowhere nurse nursery nursing obs occupational of offence offender offered office officer officers oh ok okay old older on
        once oncology one ongoing online only op open operation optician order ordinary organisational other otherwise our ours out
        outcome outcomes outreach over overcrowded overdose overkill overnight overreach overruled overseas owner oxygen package
        packages paed paediatric paediatrician paediatrics paeds paid pain palliative panel paperwork paramedic paramedics parent
        parenting parents parish parole part partially partner partnership passed passing past pasted pastor pastoral paternal pathway
        patient patients patronising pattern peer people per perinatal permanently perp perpetrator persistent person pest petty
        pharmacist pharmacy phone phoned photo photos physical physio pick picked picture pictures ping placed placement placements
        placing plan planning plans platform play please pls plumber podiatry police policy pop port portage porter positive possibly
        post posting postman postnatal power practice practitioner pre pre-birth pre-discharge pre-school pregnant premature
        preschool pressure prevent previous previously primary prison prisoner private probably probation probationer procedure process
        professional professionals progress promised property protection protocol provider psych psychiatrist psychology pt pts public
        pulled pupil pupils pushing put quality queried query querying question quick quiet radiology rail raised raising ramp rang
        rapid rash rats re re-referred reablement reading reads ready real really reassessment rebooked received receiving recent
        reception receptionist recieved recorded recording records recovery recurring redirected referal referral referrals referred
        refuge refugee refunded refuse refused refuses reg regional registered registrar regular rehab reinfibulation reintegration
        relationships relaying release released releasing removal removed rent repairs repeat repeated repeatedly reply replying report
        reported reports request requested requesting rescue resi resident residential residents resolved respite response
        responsibility restorative restrictive result results return returning reunification review reviewed reviewing right ringing
        risk roles round routine row rule rumour rumours rung safe safegaurding safeguarding safer safety said same same-sex sanctuary
        sat saturday saw say says scan scheme school schools scout scouts screened screening second secondary section secure security
        seeking seems seen self self-neglect senior sensors sensory sent separated sergeant seriously served service session setting
        settled seven several severe sextortion sexual sgt shared she sheltered shes shocking shop short should shouted sibling siblings
        sick sickness signposted signs silly simple since single sister site sitting six sixth skeletal skin sleep sleep-in slightly
        small smelly smoking snow so social sofa solicitor solution some somebody somehow someone something son sores sorry sorted
        sounds special specialist speech spoke spoken sports spring squad stable staff staffing stage stairlift standard station stay
        staying step step-dad step-mum stepdad stepmum stepped stepping still stillbirth store strangulation strat strategy strong
        strongly stuck student students subject submitted substance suite summary sun sunday superintendent supermarket supervisee
        supervising supplementary supplier supply support supported surely surgery survivor suspect swelling swim swimming tag taid
        taking talked talking targeted taxi tbh tea teacher teachers teaching team teams teatime technically teen teenage telecare temp
        temple tenancy tenant tenants tennis term test textbook texted thank thanks that thats the their then therapeutic therapy there
        theres these they theyll theyre theyve thing things think third this those threats three threshhold threshold thresholds
        thursday to today todays toddler told tomorrow tonight too took tooth top totally tournament trading trafficking trainee
        training trans transfer transfer-in transferred transition transitions translation transport trauma travel treated treatment
        triage trial tried trip trust trustees trying tues tuesday turned turns tutor twelve twice twin twins two ulcerated unacceptable
        unbalanced unborn uncle under uni uniform unit unless unrealistic unsubstantiated unsupervised update upset urgent us verdict
        vet vicar victim video violence virtual visit visited visiting visitor visits voicemail vol voluntary volunteer volunteers
        vulnerable wait waited waiting waitlist walk-in walking want wanted ward warehouse warm warning was wasnt waste watch way we wed
        week weekend weeks weight welfare well went were wet weve what whatever whats wheelchair when whenever where which whistleblower
        who whoever whole whose why widow widowed wife wing winter with within without witness woman women womens work worker working
        worried worries worry would wound wounds writing written wrong year yesterday yet you young younger youngest your yours youth yr
        zero
        """.split { $0 == " " || $0 == "\n" })

    /// The words a capitalised word starting a sentence is never a name as: the guard's lists of words that are never names,
    /// places, roles and what a case is made of, with `sentenceOpeners`.
    static let openingNotNames: Set<Substring> = notFirstNames.union(thingWords).union(caseWords).union(labelWords).union(appositionLeads)
        .union(professionalTitles).union(kinWords).union(capitalPluralsKept).union(everydayNames).union(sentenceOpeners).union(harmWords)

    /// Word endings a name seldom has and an ordinary word starting a sentence often does: "Bullying", "Disclosure", "Attendance",
    /// "Assessment", "Capacity", "Apparently". A first name of the shape is on `firstNames` ("Florence", "Clarence").
    static let ordinaryWordEnding = #"(?!\p{Lu}\p{Ll}{2,}(?:ing|tions?|sions?|ments?|ness|ity|ance|ence|ship|hood|isms?|ists?|ures?|ally|ently|ously|antly|ately|ively|edly|ingly|fully)\b)"#

    /// A capitalised word that may be a name where a sentence starts: not an abbreviation ("CSC"), nor a word the guard knows, nor
    /// one of an ordinary word's endings. A word the guard knows is read whole, but with "'s" too ("Email's been sent").
    static let openingName = #"(?=\p{Lu}\p{Ll})(?!(?i:\#(alternation(openingNotNames)))(?![\p{L}-]|['’]\p{L}{2}))\#(ordinaryWordEnding)\p{Lu}\p{Ll}[\p{L}'’-]*"#

    /// A capitalised word that may be a name before a school class: as `openingName`, but a name may end as a noun does there
    /// ("Kaydence from year 3"), so only the endings of what is done ("Bullying in year 9", "Exclusion from Y6") are left.
    static let classmateName = #"(?=\p{Lu}\p{Ll})(?!(?i:\#(alternation(openingNotNames)))(?![\p{L}-]|['’]\p{L}{2}))(?!\p{Lu}\p{Ll}{2,}(?:ing|tions?|sions?|ments?)\b)\p{Lu}\p{Ll}[\p{L}'’-]*"#

    /// A school class or year group: "6B", "10JS", "year 3", "yr 6", "Y6", "class 2"; in lower case one letter from "a" to "g"
    /// ("6b"), as "4x", "5m" and "6h" are counts and lengths.
    static let schoolClass = #"(?:(?-i:\d{1,2}[A-Z]{1,3})|\d{1,2}[a-g]|(?i:year|yr|y|class)\s?\d{1,2})(?![\p{L}\d'’])(?!\s+(?i:boys|girls|pupils|students|kids|children|lads|teacher|teachers|class|parents|staff|group|chat|trip|assembly|team)\b)"#

    /// What is said of someone after their name starts a sentence: "is", "has", "was", "had", their "not", and "'s" before what
    /// they are doing ("Leon's going home"); not "'s mum", which `kin` reads.
    static let openingVerb = #"(?:\s+(?i:is|was|has|had|isn['’]?t|wasn['’]?t|hasn['’]?t|hadn['’]?t)\b|['’]s\s+(?i:been|got|gone|not|never|still|just|always|already|now|missing|off|back|\p{Ll}+ing)\b)"#
}
