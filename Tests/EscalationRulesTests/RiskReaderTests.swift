import Foundation
import Testing
@testable import EscalationRules

@Suite("Reading risk in descriptions")
struct RiskReaderTests {
    /// The urgency the conversation acts on: the rules, with the learnt second opinion.
    static func urgency(_ text: String) -> Urgency { CorpusReadings.reading(text).full.urgency }

    @Test("tuning part: every immediate-risk description caught") func tuning() {
        let figures = UrgencyFigures(Corpus.tuning, read: Self.urgency)
        print("risk, tuning part (\(Corpus.tuning.count)): \(figures)")
        if ProcessInfo.processInfo.environment["TUNING_REPORT"] != nil {
            for item in Corpus.tuning where (item.urgency == .immediate) != (Self.urgency(item.text) == .immediate) {
                let signs = RiskReader.standard.read(item.text).signs.map { "\($0.situation):\($0.words):\($0.urgency)" }
                print("  [\(item.urgency.rawValue) read \(Self.urgency(item.text).rawValue)] \(item.text)  {\(signs.joined(separator: "; "))}")
            }
        }
        #expect(figures.caught == figures.immediate)
    }

    /// Figures only: the evaluation third's misses are never printed, so nobody tunes on them. The
    /// issue's target is every one caught; this guards the figure reached (10,182 of 10,184 on 28,284 after part-z259; 9,902 of 9,904 on 27,470 after part-z251; 9,752 of 9,754 on 27,066 after part-z247; 9,459 of 9,461 on 26,275 after part-z239; 9,316 of 9,318 on 25,851 after part-z235; 9,183 of 9,185 on 25,442 after part-z231; 9,110 of 9,112 on 25,249 after part-z229; 9,049 of 9,051 on 25,053 after part-z227; 8,973 of 8,975 on 24,844 after part-z225; 8,827 of 8,829 on 24,449 after part-z221; 8,676 of 8,678 on 24,038 after part-z217; 8,539 of 8,541 on 23,658 after part-z213; 8,342 of 8,344 on 23,044 after part-z207; 8,199 of 8,201 on 22,638 after part-z203; 8,065 of 8,067 on 22,237 after part-z199; 7,928 of 7,930 on 21,826 after part-z195; 7,780 of 7,782 on 21,402 after part-z191; 7,640 of 7,642 on 21,021 after part-z187; 7,489 of 7,491 on 20,610 after part-z183; 7,349 of 7,351 on 20,200 after
    /// part-z179; 7,209 of 7,211 on 19,796 after part-z175; 6,994 of 6,996 on 19,209 after part-z169; 6,786 of 6,788 on 18,613 after part-z163; 6,562 of 6,564 on 18,002 after part-z157; 6,355 of 6,357 on 17,389 after part-z151; 6,144 of 6,146 on 16,789 after part-z145; 6,012 of 6,014 on 16,413 descriptions, after part-z1 to part-z141 joined: part-z136, measured whole before it joined, had one
    /// immediate description the classifier missed, 104 of 105; 5,798 of 5,799 on 15,821 after part-z135; 5,583 of 5,584 on 15,213 after part-z129; 5,354 of 5,355 on 14,617 after part-z123; 5,163 of 5,164 on 14,051 after part-z117 and the second opinion set to catch 99.7% in
    /// cross-validation by a rule decided on six fresh sets before it; 4,948 of 4,951 on 13,456 after part-z111: the retrained model's threshold rose from -1.70 to -1.62 and two
    /// misses came back; 4,844 of 4,845 on 13,159 after part-z108; 4,736 of 4,737 on 12,861 after part-z105; 4,622 of 4,625 on 12,555 after part-z102; 4,517 of 4,520 on 12,254 after part-z99; 4,408 of 4,411 on 11,956 after part-z96; 4,265 of 4,268 on 11,562 after part-z92; 4,208 of 4,211 after part-z90: the last three sets, 315 / 315 when measured whole, and the
    /// retraining brought a third miss; 4,101 of 4,103 before them and the learnt second opinion was set to catch 99.5%
    /// in cross-validation; 3,232 of 3,241 on 8,749 before, at 98%; 948 of 949 on 2,539 before part-z1;
    /// misses came and went as sets joined and the model was retrained; which they are was never looked
    /// at; see docs/classification.md) and the precision target.
    @Test("evaluation third: immediate risk caught as reached, precision at least 50%") func evaluation() {
        let figures = UrgencyFigures(Corpus.evaluation, read: Self.urgency)
        print("risk, evaluation third (\(Corpus.evaluation.count)): \(figures) (target: every one)")
        #expect(Corpus.evaluation.count >= 1000)
        #expect(figures.immediate - figures.caught <= 2)
        #expect(figures.precision >= 0.5)
    }
}

extension RiskReaderTests {
    @Test("the issue's situations are read as immediate, whatever words they use", arguments: [
        "5yo been home by himself since mum went out this morning, neighbour rang us, duty say theyll send someone tmrw",
        "yr6 lad said his uncle 'does stuff' when he stays over, hes staying there again tonite, MASH say it can wait for the strat",
        "3 month old with a bruise behind his ear, GP happy with mums story",
        "dad took an OD of his tablets earlier and hes the only adult with the kids, A&E discharged him",
        "16yo msgd me she has a knife and is going to meet the lads who jumped her brother, police say its a school matter",
        "left on his own since lunchtime and CSC say it's not their job",
        "mum turned up to collect the 4 year old drunk, nursery let her go, EDT not answering",
        "elderly man with dementia being discharged this afternoon to a house with no heating, ASC say not their criteria",
        "toddler locked in the flat, neighbours can hear crying, police say its a welfare matter for CSC",
        "misper since 3pm, 13yo, CSC say police matter",
        "DV last night, he's coming back tonight, MARAC not till next month",
        "6 week old, small mark on his cheek, HV says its from a dummy",
        // Rarer situations, in words of our own for what a 2026-11-30 tuning part showed the rules lacked.
        "yr 8 girl says she swallowed 15 paracetamol at break, head says ring mum",
        "his stepdad locks him in the bedroom when he goes out, CSC have not rung back",
        "reception child still sat in the office at quarter to six, no answer from either parent",
        "carer didnt turn up this morning and she can't get out of bed, agency say not their problem",
        "man with LD, his new friend keeps taking him to the bank and he can't say no",
        "dad is on the court order but his car is outside the school gate and the SW is on leave",
        // And from the four tuning parts that joined on 2026-11-30 (part-z1 to part-z4).
        "the PC wouldnt use police protection for the 14yo, CSC agreed, hes gone back to the house",
        "duty said the twins can go with mum though she was clearly high at the door",
        "resi staff lock his bedroom door at night, the LA that placed him say it's the home's policy",
        "he was beaten up last month and the same boys wait for him on his walk home, police say its for school",
        "the plan said a SW would be at handover. its 10 past 5 and dad is here, off his head",
        "she is in our office with the kids, he knows she's left, police say ring 101",
        "older man with dementia, the roofer has had £3000 cash off him and is back on friday, ASC say police matter",
        "she says her partner puts extra sedatives in her tea to keep her quiet, GP says its a family matter",
        "dad told the midwife he'd kill the baby if she keeps crying, the SW says he was joking",
        "her son sells her meds and she has been in withdrawal, the surgery just gave him another month of them",
        "we reported the disclosure a week ago, nobody has visited and she is at home with him every evening",
        "d/c planned in an hour to the flat where the DV happened, ward say not their decision",
        "young man with LD has just left college to meet an online friend who told him to bring his bank card",
        "he hit her last year and he is back living there now, CSC closed it",
        "police say no risk right now but he is coming round tonight to collect his things",
        "the care home let the man from the police investigation visit, he's in her room with the door shut",
        "custody are releasing the 14yo to his 'uncle' who we think runs him, AA not listened to",
        "CMHT have no beds and he's on the bridge saying he'll jump",
        "EDT say it can wait, the 3yo and the baby are on their own in the flat, mum not answering",
        "we are in the house with the kids and dad is getting more and more wound up, OOH GP wont share his history",
        "the 15yo is in A&E waiting for a placement and her dad is in the waiting room",
        "man in the cells all night with no bed and he keeps banging his head on the wall",
        "dad was rough with the baby and he is still on the ward with him, the registrar says leave it",
        "the 13yo just got into a car with older lads outside the youth club, police say not their job",
        "AMHP would not detain and she has gone home to the kids, the voices tell her they are not hers",
        // Said of "them": every phrase about "him" or "her" is read with "their", "them" and "themselves" too.
        "the twins are on their own and mum is not answering, EDT say monday",
        "the 15yo says they want to kill themselves, CAMHS say the wait is 12 weeks",
        "the care home locks their door at night and ASC say its for their safety",
        "nobody told us the abuser moved back in last week, the kids are home with him now",
        "the crisis team have no bed and he is on the bridge",
        "we are in the house with the kids and dad keeps getting more and more wound up, EDT say wait",
    ])
    func immediate(_ text: String) {
        #expect(Self.urgency(text) == .immediate)
    }

    /// The learnt second opinion may catch these too; the rules are what a reader can check, so each
    /// situation added from a tuning part is tested on the rules alone.
    @Test("the rules alone read the situations the community, housing and maternity sets showed", arguments: [
        "cubs leader here, the 8yo has not been picked up and its gone 9, EDT not answering",
        "two toddlers and mum sleeping in our reception since the flat flooded, housing say tomorrow, we are closing",
        "gym receptionist: a man says hes her dad and hes taking her home, the order says she goes with foster carer only",
        "the 13yo shouldnt leave with the man in the van but the SW says I cant stop her",
        "pregnant girl, shelter is full, they gave her a sleeping bag and ASC say not eligible",
        "partner isnt allowed on the ward and nobody told security, he is here now",
        "her ex was arrested for strangling her last week and is outside in the car park, the doctor says she can go",
        "the 17yo texted that he is heading for the motorway bridge, CAMHS say they have no slot",
        "no evening visit can be covered for a man on a syringe driver and his wife keeps altering his medication",
        // And from the island, social work, domestic abuse, education and emergency care sets (2026-11-30).
        "AMHP would not detain, he is back at the farmhouse where the shotgun is kept",
        "childminder: mum has not turned up for the 2yo and the line is dead, EDT say call police",
        "he got out of custody this morning and went straight to the house where she and the kids are",
        "the plan leaves the 12yo at home with the cousin who hurt him, he is home from school now",
        "DVPN never served and now he is messaging her that he is on his way",
        "15yo rang me from the bus station, the carers have locked her out",
        "he just threatened a staff member with a chair and there is only one nurse on till 10",
        "she is at the flat with the men and wont answer, police say she is 17 so it is her choice",
        "her partner said he will finish her when she gets home and the crew left her there",
        "the 5yo has been waiting at the club since 6 and nobody has come",
        "her husband has locked himself in the garage with tablets and the crisis line say ring 111",
        "the carer was shouting at the patient, who is 90, and the call was closed",
        "the 13yo left on the ferry with an unknown adult and the police will not say who",
        // From the care, older people, short, long and hub sets (2026-11-30).
        "the 15yo sent us a photo of pills lined up on the windowsill, CAMHS say no diagnosis so not theirs",
        "gran collapsed and the 3 little ones are at home with just the 12yo, duty say ring kinship team",
        "the car that picked her up last week is parked outside the unit now and police say it is a care matter",
        "she has a learning disability and the man she made allegations about has the room next door at the hostel",
        "A&E sending him home after the overdose, he says he will do it properly next time",
        "the agency have not been, he has been on the floor since breakfast",
        "she and the baby are in the car outside the GP surgery and he knows the car",
        // From the refugee, neglect, private sector and institutions sets (2026-11-30).
        "the 11yo told the link worker men come to the flat at night and she went home with them after school",
        "hotel night porter: a man police warned us about just asked which room the mum and little kids are in",
        "a man came in asking for her at the leisure centre, there is an order against him, she is in the pool",
        "customer is at the counter trying to transfer all her savings to a man she met online, he is on the phone to her",
        "the 16yo in a wheelchair was left at the bus station, nobody answering at home and it is getting dark",
        "the dentist saw a torn lip on a 4 month old and CSC said it was not for them",
        "he has fallen again and is on the floor in the corridor, staff will not ring 999",
        "her son who hit her last week is sitting with her in the day room",
        "the resident has been struggling to breathe since lunch and the nurse in charge says leave it",
        // From the cross-boundary, police, peer abuse, downplayed and night-time sets (2026-11-30).
        "police took the report a month ago and now he keeps texting her that he is outside her house",
        "the plan was that he would not stay there, the carer says he is there now and she heard shouting",
        "door staff think the 16yo was spiked, her mum is not answering and we are stood with her by the taxi rank",
        "the crew left the 17yo who took something at the festival, she can barely stand",
        "a man we do not know just collected the 13yo from the station office, she said she did not know him",
        "dad is in reception demanding we give him the 3yo and security say they cannot stop him",
        "the 15yo just boarded the last train with an older man she met tonight",
        "custody dropped off a 16yo with a head wound who has been sick twice and left",
        // From the less-seen communities, custody, allegations, pasted formats and households sets (2026-11-30).
        "the man in cell 4 is withdrawing from alcohol and shaking and sweating, the FME will not come",
        "the escort was seen to grab the autistic 9yo by the neck and is doing the school run again",
        "the coach the 12yo made the allegation about is doing one to one with her at training",
        "the 16yo is at an address with adult males police know about and will not come home",
        "1300 the 13yo was gone from school, her phone last pinged at the station, nobody has logged it",
        // From the allied health, medical needs, newly qualified, carers and agency-quotes sets (2026-11-30).
        "porter here, the teenager says she is scared of the man she came in with and he is in the car park",
        "the 85yo's son hit her last month and I have to leave her there in the next half hour",
        "the ex the risk assessment says is no longer a concern but he was sat in her room when I got there",
        "the 12yo is pregnant and came in with a much older man, CSC say no strategy",
        "the 4yo was wheezy at drop off and the nursery has no inhaler for her",
        "the 20yo with a learning disability says the people she lives with have taken her phone and will not let her out",
        "new mum says she can not be trusted with the baby and has not slept for days, perinatal say 6 weeks",
        "he has been agitated all day and his wife with dementia cannot use the phone",
        "his wife has stopped giving him his insulin and ASC will meet next week",
        "the ward are discharging her to the aunt whose partner hit her, she is leaving with the aunt now",
        // From the last four mixed sets (2026-11-30).
        "the school says it cannot keep the 12yo past 4, her stepdad is outside waiting",
        "the 7yo is in the room with mums ex who was meant to leave by monday",
        "the paediatrician overruled us on FII and mum is taking the child home this eve",
        // From six sets of brief encounters, substance use, disabled children, clubs, hidden times and adults (2026-11-30).
        "the 3 month old's bruise was called a birthmark and they were sent home",
        "mum is letting the 6yo stay at his after school and CSC will not say if he is the offender",
        "the nurse has just left her gran with the grandson who took her money and left her on the floor",
        "he locked her and the children in the kitchen and the officers left, he is still at the property",
        "the 9yo keeps undoing his seatbelt and there is no escort on the 3.15 run",
        "dad is picking up the 4yo at half 3 and he was arrested for hitting mum",
        "the agency pulled the care package and she can't do her own insulin, the last visit was yesterday",
        // From the unusual situations, plain words, hedged and adult care sets (2026-11-30).
        "the 10yo in foster care was left at the fair when the carer went home and is with a group of adults",
        "he has barricaded himself in the flat and the hall smells of gas, everyone says it is someone else's call",
        "nobody has seen the old man next door for 4 days, he is diabetic and fell last month, police will not go in",
        "the strategy meeting is in 2 weeks and the stepdad moved back in yesterday, he has a history of violence",
        "the plan is she rings police if he comes, he is outside the refuge and she is too frightened to ring",
        "the home say they must let her leave, she has dementia and wants to go and find her mum, it is dark by 4",
        "police said ring them if he comes in, there is a man at the bar with a young girl who is not his",
        "her plan says ring 999 if he comes back, he is back and has taken her phone",
        // From the conditionals, early help, health and own-words sets (2026-11-30).
        "the 5yo told us 'mum's had a few' and she is collecting her, school say it is not theirs to stop",
        // From the general mix, summer and housing sets (2026-11-30).
        "16yo rang me from the bus station with no money, EDT and housing both say it is the other's job",
        "it is 4.45 on friday, nothing booked by housing, dad and the 3 kids are in our office",
        "the gas is off and gran has the toddler, the fund said apply next week",
        "no epilepsy meds since yday for the 10yo, GP and pharmacy each say it is the other",
        "her new partner is a RSO and moved in, school were not told",
        // From the last three mixes (2026-11-30).
        "the man we support has not had his insulin all day and my manager says leave it",
        "a little girl has been at the crossing since half 4 and nobody come for her, the council said try the police",
        "the 14 yo should not go off with the man who picks her up, he is outside now and my boss says not my business",
        "her mum has been without her insulin since the carers stopped coming, nobody has rung back",
        // From four sets where today is only implied, plain words, adults and English as a second language (2026-11-30).
        "the lodger who has her bank card is back when he gets in from work and the old lady is frightened to be in the flat",
        "the carers will leave him in his chair till the morning call and he cannot reach his pendant",
        "the 7yo was left at the pool after his lesson, its been 3 hours and dad goes straight to voicemail",
        "the 15yo has been giving his things away and has shut himself in his room since he got home, CAMHS say monday",
        "her stepdad is in reception asking to take her out of school and the SW will not tell us if he is allowed",
        "he is on the register and is running the stall at the nursery fair at tea time, police say not their problem",
        "the order says he must not be in the house but the 6yo says he is there every night when he finishes work",
        "dad is not making sense on the phone and he is driving her home from the club",
        "the 5yo says his dad will get the belt when he gets home and the duty worker says its a parenting issue",
        "the 13yo gets in the same older man's car after practice and the police say she is not a child at risk",
        "the resident fell and her leg looks wrong, the manager said not to call an ambulance",
        // A chat review (round 5, 2026-11-30), in words of our own: a child living with an adult partner, a baby losing weight.
        "the 13yo is pregnant and living with her 22 year old boyfriend, police say no offence",
        "yr 9 girl staying with her 19yo boyfriend most nights and CSC say its her choice",
        "the baby's weight has dropped again and the HV has been told to close the case",
        // From plain words, disabled people who cannot tell, and a weekend duty log (2026-11-30), in words of our own.
        "a man with dementia wandered off from the day centre, a shop found him in his pyjamas and nobody is coming for him",
        "her catheter came out this evening, she is in agony and the out of hours service cannot send anyone",
        "the plan says the baby is not to be discharged with mum but mum is already packing the car seat",
        // A baby not gaining weight (a chat review, round 6), and a young child home while the adults are at work (the
        // holidays set), in words of our own.
        "the 4 month old is not gaining weight and the HV cannot get in",
        "the 7yo is home with his inhaler, dad has gone to work and his older sister has gone out, the club would not take him",
        // From plain words a sixth time, mental health crises and a trainer's mix (2026-11-30), in words of our own.
        "a baby has been in a car in the car park for 40 minutes in this heat, the store says call the police",
        "I dropped a 13yo at a flat full of older men and she looked frightened, the council said ring the police",
        "the plan says mum must stay sober, she has just turned up at the school gate legless to collect them",
        "the police have a 14yo in the van under s136 and nowhere will take him, we have been parked outside A&E for two hours",
        "the bus dropped a 6yo home to a locked door and nobody in, he is sat on the step as I write this",
        // From out of hours, disabled people, domestic abuse, plain words, phones and quoted words (2026-11-30), in words of our own.
        "the young man we support sent his key worker a picture of his tablets on the bed, the crisis line says ring 111",
        "she messaged her sister saying goodbye and is not answering, police say its a health matter",
        // From schools, older people, exploitation, a Monday mix, clinical notes and plain words (2026-11-30), in words of our own.
        "reception rang: a 14yo girl went up to a hotel room with two men an hour ago and the police say it is a civil matter",
        "the man we visit has not been eating or drinking since the weekend and is muddled, the GP will not come out",
        // From babies, drug and alcohol, police, first escalators, a hard-on-routine mix and families new here (2026-11-30).
        "a resident whos fitting after he stopped drinking on friday, 111 say the ambulance is a 3 hour wait",
        "the lad is having a seizure in the hostel kitchen and the GP surgery say ring someone else",
        // From families on the move, kinship care, adults in hospital, neglect, short messages and long emails (2026-11-30).
        "crisis team will not admit her and she says she'll do it as soon as she gets home",
        "the officer wants to take him to the cells now although the consultant says he is not medically fit",
        "3yo left at the nursery at closing and EDT say no carers available",
        // From winter, digital harms, questions, special schools, plain words and meetings (2026-11-30), in words of our own.
        "a man with memory problems is on the phone to someone from his bank who wants him to move his savings, he is doing it as we speak",
        // From summer, forty roles, adults and people close to them, and teenagers relayed (2026-11-30), in words of our own.
        "a man was filming children at the swimming baths, the police let him go and he is at the pool again",
        "the 12yo is staying with her step-grandad who has a conviction for abusing a child, she is there now",
        "the old lady in room 4 is burning up and has not drunk since breakfast, the nurse in charge says leave it",
        "a 15yo is still backstage with the band manager and his mates and security say not their job",
        "the lodger is in the flat now and will not let the social worker in",
        "CSC let the 9yo stay with her uncle for the summer though he has a conviction for harming a child. She's there now.",
        // From forced marriage, handovers, bereavement, separated parents and private settings (2026-11-30), in words of our own.
        "the 16yo says she flies to Pakistan in the morning to be married and dad has her passport, CSC will not go for an FMPO",
        "nobody will fund a taxi to take the 15yo to the safe house, she is sat in the office with me and it is gone 5",
        "EDT closed it as the family had moved away but a neighbour says the two little ones are still in the flat, shouting all evening",
        "a man with dementia cannot be left, his wife was admitted and he is sat in the waiting room, social care say its health",
        "the children are with a neighbour who can only have them until teatime while mum is in intensive care, nobody will take responsibility",
        "dad is at the front desk demanding to know where mum and the children are staying as they are in a refuge, SW not calling back",
        "the ex is at reception demanding her notes, she and the baby are in a refuge and the SW has not told us what the order says",
        // From plain words a tenth time, school attendance, venting, housing, adult shorthand and a weekend inbox (2026-11-30), in words of our own.
        "the 13yo who was reported missing on friday has just got out of a car with three older men at the bus station, police say she is back",
        "a man keeps trying to get children into his car outside the primary gates, police told me I was overreacting, he is parked up there",
        "the 8yo says her stepdad does bad things to her and she is being sent home at the end of the school day, CSC will not change the plan",
        "no refuge space and housing say not their duty, mum is in the hospital waiting room with the baby as the only place she feels safe from him",
        "the carer named in the s42 is on shift now with the same resident and the council did not tell us",
        "the paramedics left the old man on his bedroom floor saying carers would lift him, he is still on the floor after 4 hours",
        // From volunteers, both sides in one line, pregnancy, people who cannot say, escalations under way, and out of area (2026-11-30).
        "the agency say he has a live-in carer but there is nobody, he has been alone since she left, no food in and he is wet through, ASC say the plan is fine",
        "EDT say the day team will pick it up, the 14yo found at a trap house has been taken back to the same address",
        "the refuge turned her away because of her mental health, her ex is out looking for her and she is in our office",
        "the 3 week old baby had blood in her mouth, the officer said it was not my call, she is still at home with them",
        "the daughter moved out a fortnight ago and she's been alone, she's soaked through and ASC say it can wait",
        // From a phone at the end of the day, faith and language, substance use, after a death, secure settings, early help (2026-11-30).
        "crisis team say ring 111 and the GP says crisis team, meanwhile she is sending me goodbye messages",
        "police closed the missing episode because she messaged a friend, no one has seen her since friday night",
        "the plan was that police would see mum before he got out, he's home now and nobody has been",
        // From calm writing, islands, physical illness, work, people in uniform, and the adult's own wishes (2026-11-30).
        "the 15yo had a blade on him, police took it and left and MASH say no threshold, he has gone off with the older lads again",
        "the district nurses say his refusal is not their remit, I think he is septic and he is refusing hospital",
        "the provider says it is not their job to move his so-called friends on, they are still there now and they have got his meds",
        "we asked for an urgent meeting about the hoarding, the flat is full of gas cylinders and she smokes in bed, ASC say in two weeks",
        // From adults who say no, a Teams chat mix, siblings, and older people at home (2026-11-30), in words of our own.
        "the assessment was asked for two days ago and nobody has come, she has barricaded herself in and says she has a blade",
        "they decided she has capacity to refuse admission but she did not know where she was and her sats are 84",
        // From adults who say no a third time, young people who say no, nights and weekends, and plain words (2026-11-30).
        "we are with her now, type 1 and she has refused her insulin since yesterday, sugar reading HI, the duty team say it is her choice",
        "the officer says it is not for us to decide, they want us to leave her on the floor because she said no, we are still outside the flat",
        "the GP will not tell us anything because of consent, he told the counter assistant he is done with it all and bought more tablets",
        // From a chat review, round 10 (2026-11-30), in words of our own: adults neglected or restrained as a matter of
        // routine, in the present tense.
        "the gentleman hoards and has no running water or working toilet, adult services closed it on capacity",
        "the agency cut his calls to one a day and he is found in soaked pads every morning, the review is in a month",
        "staff put a lap belt on her in the chair from breakfast to bed, no DoLS in place, the council say it is a provider issue",
        "the unit restrains her face down when she is distressed, the commissioners say the provider follows its plan",
        "the home are not recording his fluids and he looks drawn, the GP has not been asked in",
        "her son has her bank card and will not buy her food, the team say it is a family dispute",
        // From adults in care settings, disabled children, long emails and domestic abuse a second time (2026-11-30).
        "the unit say one to one is not needed but the lady with dementia keeps trying to get out and the exit alarm is not working",
        "her husband has told the carers not to give her the antibiotics and she is getting worse by the hour, the GP says it is his right",
        "CSC say it is her choice but the 14yo is being kept at the older lad's flat and she is still there",
        // From babies, very short lines, the end of the school day and adults with mental illness (2026-11-30).
        "the assessment says he has capacity but he is out in the road in his pyjamas and confused now",
        "the family court said he is not allowed to see his father, and the father is in the queue at pick up",
        "the 15yo has taken 30 tablets and her mum says leave her be, CAMHS say no strategy needed",
        "the SW said dad is not to have them but he will not leave reception without the children",
        "mum in a mental health crisis with the 2 and 5 year old, the crisis team and police are arguing over whose job it is",
        "police will not take him to the 136 suite, the ambulance is 5 hours away and he is up on the top of the car park",
        "nobody told us the assessment was called off, he is back home now brandishing an axe at the neighbours",
        // From people new to their jobs, exploitation a second time, health in plain words and carers at home (2026-11-30).
        "the man in the silver car has been picking her up after school, police will not share anything and he is outside again now",
        "CSC say to wait until the missing episode ends before a strategy, she left on saturday and it is tuesday",
        // From the eleventh session's four last sets (2026-11-30): a dose missed with a word between, in our own words.
        "the new rota has no night visit so she has not had her bedtime insulin for three days and adults say it is a provider issue",
        "he has not had his lunchtime insulin since the new provider started last week and the commissioners say it is not safeguarding",
        "the crisis team say she is not their patient, and she has just messaged me a picture of her tablets lined up on the bed",
        "the placing authority will not send the order and dad is at the front door now saying he is taking them",
        "the trust will not share his history, he is in bay 6 asking to leave and his brother says he keeps a machete at home with the children",
        // From the twelfth session's sets (2026-11-30): carbon monoxide, and a 24-hour time with no stop, in our own words.
        "the landlord says the boiler is not his problem, the carbon monoxide detector is beeping and the children have headaches",
        "housing say to ring the gas board, there is a strong gas smell in the flat and a toddler asleep upstairs",
        "she walked out of the unit at 0645 and has not come back, she told staff yesterday she wanted to end it, police will not grade it",
        "the 8yo has been on his own since 1530, mum's phone is off and CSC say ring back on Monday",
        // From the fourteenth session's sets (2026-12-01): a carer who never came, a child asking where to sleep, and
        // a fight going on as the practitioner writes, in our own words.
        "the respite carer has not arrived, the agency say cover is the council's problem and the 6yo keeps asking where she is sleeping",
        "I am sat in the car with the 9yo while his parents are fighting in the house, the duty manager says it is not a strategy",
        "her partner had a broken bottle in his hand when we got there, the sergeant says it is a civil matter",
        // From a chat review, round 18 (2026-12-01): FGM spelled out, a bruise misspelt, images of a child shared, insulin
        // withheld and an adult who keeps falling, in our own words.
        "the aunt told the school nurse about female genital mutilation in the family and the 8yo is off to stay with them",
        "the 6yo has a brused cheek and the duty team say it was an accident at play",
        "nudes of the 14yo are going round her year group and the PCSO says it is for school",
        "the 9yo's insulin is not being given at home and the paediatric team say it is for social care",
        "the 84yo keeps falling in the bathroom and the reablement team will not come back",
        // From the fifteenth session's last two sets (2026-12-01): an overdose told without naming the tablets, in our own words.
        "the pharmacist says the man on her script rang to say he has taken the lot, the out of hours GP says it is for the police",
        "the 17yo messaged her youth worker that she took all of them an hour ago, the crisis line says it is not theirs",
        // From a chat review, round 18 (2026-12-01): a child under 16 said to be pregnant, in our own words.
        "13 year old pregnant, father is 19",
        "the 12 year old is pregnant and CSC say it is a health matter",
        "school nurse: year 9 girl, 14yo, told me about her pregnancy, the clinic say it is for school to refer",
        // From the seventeenth session's sets (2026-12-02): someone behind a door that has gone unanswered for days, and a
        // search for a missing man called off, in our own words.
        "the tenant is epileptic and has not answered his door since Sunday, the landlord will not let us in",
        "no answer at her door for three days and her methadone has not been collected, housing say it is not theirs",
        "police have stood down the search for the 15yo, she has been gone 9 hours and her phone is off",
        "the care home say he has been gone for 4 hours and the duty officer called off the search",
        "the lad in flat 2 hasn't opened his door for two days, the warden says he can't go in without the police",
        "student in halls hasnt answered her door since friday, her insulin pens are in the kitchen, security say not their job",
        // From the eighteenth session's sets (2026-12-02): "yest" for yesterday, and drugs a child found at home, in our own
        // words.
        "the 86yo has not opened up since yest, housing say its not theirs",
        "9yo showed her teacher a baggie she found in mums bag, duty say they will send a letter before she goes home",
        // From a routing review, round 22 (2026-12-02): "not being fed", in our own words, for a baby and an older adult.
        "the health visitor says the 5 week old isn't being fed and CSC have closed it",
        "ASC say no threshold though the 88yo with dementia is not being fed by her son",
        "the kids arent being fed at weekends, duty say early help",
        // From the eighteenth session's last sets: a plan to end one's life by water, in our own words.
        "she rang saying she is going to walk into the sea, the crisis team said ring back next week",
        // A sign that begins "without" ("without meds") had been taken as negated by its own first word, and heard only by the
        // model (found by the round-23 risk helper), in our own words.
        "young mum without her medication and the pharmacy is shut, HV says not her role",
        "nan without meds, carer agency says not their problem",
    ])
    func rulesAlone(_ text: String) {
        #expect(RiskReader.standard.read(text).urgency == .immediate)
    }

    /// An outside chat review (round 23, F2) found high-risk domestic abuse, a person with a record of harming children
    /// moving in, and a baby due where no pre-birth assessment was done read as routine. In our own words, each kind of
    /// standing risk is heard by the rules alone, and is significant: nothing in it places harm today.
    @Test("the rules alone hear standing risks as significant, not immediate", arguments: [
        ("IDVA: DASH was 16 and police still would not refer, CSC say the children are not affected", "highRiskAbuse"),
        ("she scored 19 on the Dash, ASC say she has capacity and closed it", "highRiskAbuse"),
        ("the marac referral was refused and the family support worker is closing", "highRiskAbuse"),
        ("CSC closed a high-risk DA case with three children in the house, we disagree", "highRiskAbuse"),
        ("her husband has previous for DV and she is his carer, ASC say she has capacity", "previousForHarm"),
        ("her partner has previous for DV and ASC say she has capacity", "previousForHarm"),
        ("her new partner has a conviction for GBH against his ex and has moved in, ASC say she has capacity", "previousForHarm"),
        ("dad's girlfriend is a Schedule 1 offender and the SW says it is private law", "previousForHarm"),
        ("mum's boyfriend is on the sex offenders register, nursery were never told", "previousForHarm"),
        ("probation say the man living with a mum of two is on the sex offender register and that CSC must decide", "previousForHarm"),
        ("mums new fella is a sched 1 and stays with them, early help say not their remit", "previousForHarm"),
        ("EDD in three weeks and the prebirth assessment has not been started, the midwife is chasing", "noPreBirthAssessment"),
        ("no PBA yet and the baby is due in a fortnight, CSC say after the birth", "noPreBirthAssessment"),
        ("she is 34 weeks pregnant, her two older children were adopted, and CSC will not open", "earlierChildrenRemoved"),
        ("pregnant again after her previous children were removed, the health visitor has not been told", "earlierChildrenRemoved"),
    ])
    func standingRisk(_ text: String, _ kind: String) {
        let read = RiskReader.standard.read(text)
        #expect(read.urgency == .significant && read.signs.contains { $0.situation == kind && $0.urgency == .significant }, "\(text): \(read.signs)")
    }

    /// The same, with a word of today in its clause: asked about today, as any sign is.
    @Test("a standing risk its own clause places today is immediate", arguments: [
        "the marac referral was rejected this morning and he is due out tonight",
        "mum's partner has previous for child cruelty and moves in today, duty say wait for the review",
        "no pre-birth assessment and she is being induced tomorrow",
    ])
    func standingRiskToday(_ text: String) {
        let read = RiskReader.standard.read(text)
        #expect(read.urgency == .immediate && read.signs.contains { $0.isStanding && $0.urgency == .immediate }, "\(read.signs)")
    }

    /// A word of today in another clause asks by itself, in its own words: a standing risk made immediate by it had been quoted
    /// instead ("schedule 1" over "they want to take baby out on leave this afternoon"), and a "no" to weaker words costs more.
    @Test("a word of today elsewhere is quoted, and the standing risk stays significant") func standingRiskBesideToday() {
        let read = RiskReader.standard.read("mum's new partner is a Schedule 1 offender, the kids are staying at hers tonight")
        #expect(read.urgency == .immediate && read.signs.first?.quote == "the kids are staying at hers tonight", "\(read.signs)")
        #expect(read.signs.contains { $0.isStanding && $0.urgency == .significant }, "\(read.signs)")
    }

    /// Negated, below the threshold, or with nobody near the person with the record: not a standing risk.
    @Test("a standing risk negated, below threshold or with nobody near is not heard", arguments: [
        "DASH standard risk, police say no MARAC, we disagree about the support plan",
        "the DASH was 9 so below threshold, we disagree about who offers the IDVA",
        "mum's new partner has no previous and has moved in, CSC want to close",
        "dad has never been convicted of harming anyone and has contact, the school wants the minutes",
        "the uncle has previous for assault, police will not share the detail with school",
        "pre-birth assessment was done and the baby went home with a plan, we disagree about the CIN review date",
        "her older children were removed in 2015, she is not pregnant and the dispute is about her housing",
        "mum's partner has previous for child cruelty but lives separately and has no contact",
    ])
    func notStandingRisk(_ text: String) {
        #expect(!RiskReader.standard.read(text).signs.contains { $0.isStanding }, "\(text): \(RiskReader.standard.read(text).signs)")
    }

    /// A year the harm is "from" is past (a chat review, round 8, 2026-11-30). The learnt second opinion still asks:
    /// it reads words, not years, and it may only add a question.
    /// A chat review (round 11, 2026-11-30): "14yo pregnant by a 22yo" and "13yo in a relationship with her 19yo coach"
    /// passed with no question. A child of 15 or under with someone of 18 or over is a sign; 16 and over is not, nor a
    /// relationship the text places in the past.
    @Test("a child of 15 or under in a relationship with an adult is a sign") func ageGap() {
        for text in ["the 15 year old is seeing a 23 year old he met online, the school say it is a police matter",
                     "13yo girl says her boyfriend is an 18 year old, MASH closed it"] {
            let read = RiskReader.standard.read(text)
            #expect(read.urgency == .immediate && read.signs.first?.situation == "exploitation", "\(text): \(read.signs)")
        }
        #expect(RiskReader.standard.read("the 17yo is going out with a 19yo, we disagree about the housing plan").urgency != .immediate)
        #expect(RiskReader.standard.read("the 14yo had a relationship with a 20yo two years ago, police took no action").urgency != .immediate)
    }

    /// A chat review (round 19, S3): "she's 15 and her boyfriend is 31" had no sign heard, where "13 year old has a 19 year
    /// old boyfriend" had one: ages written as bare numbers after "she's", "is" or "aged" were not read.
    @Test("a bare age after she's, is or aged beside a relationship is read as an age", arguments: [
        "she's 15 and her boyfriend is 31",
        "she is 14 and her boyfriend is 22, police say it is consensual",
        "girl aged 13 with a boyfriend who is 19",
        "he's 15 and his girlfriend is 45",
    ])
    func bareAgeGap(_ text: String) {
        let read = RiskReader.standard.read(text)
        #expect(read.urgency == .immediate && read.signs.contains { $0.situation == "exploitation" }, "\(text): \(read.signs)")
    }

    @Test("a bare age reading leaves counts and older ages alone", arguments: [
        "her boyfriend is 31 and the waiting list is 15 weeks",
        "she's 17 and her boyfriend is 19, housing say not eligible",
        "the boyfriend is 20 minutes away and she is 12 miles from school",
        "she is 15 and CSC will not allocate",
    ])
    func bareAgeNotCounts(_ text: String) {
        #expect(!RiskReader.standard.read(text).signs.contains { $0.words.hasPrefix("aged ") }, "\(text): \(RiskReader.standard.read(text).signs)")
    }

    @Test("a bare age and pregnant is a child's pregnancy") func bareAgePregnant() {
        #expect(RiskReader.standard.read("she is 14 and pregnant, school nurse told CSC").signs.contains { $0.words == "pregnant aged 14" })
    }

    @Test("the rules read harm from a past year as not today") func harmFromAYear() {
        #expect(RiskReader.standard.read("she told us about an assault from 2015 and the police will not look at it again").urgency == .significant)
    }

    /// An outside review (round 9, 2026-11-30) was asked again about risk denied in so many words, harm long over, and a
    /// day's meetings and decisions. In words of our own: the rules do not ask; a sign beside them still does.
    @Test("risk denied, harm over, and the day's meetings are not signs of risk today", arguments: [
        "no concerns about the child's safety today, we disagree about who chairs the core group",
        "the council closed the enquiry today, nobody is at risk, we think the decision is wrong",
        "the overdose was three years ago and he is well now, we want the service to keep him open",
        "the ICPC is at 2 and health were not invited",
        "the RCPC is tonight at 6 and the school were not invited",
        "we disagree with what was decided at today's core group about ending the plan",
        "MASH screened out our referral this morning, we think it meets threshold",
        "the SW will not reconsider the decision not to visit, the family need support",
        // A chat review, round 10 (2026-11-30): a clause saying someone is safe today, and a date read as a clock.
        "the team closed it and will not look again, she is safe with her nan today",
        "they closed the case, the boy is at school and safe today",
        "the strategy since 3/10 and the review both said no further action",
    ]) func deniedOverOrProcess(_ text: String) {
        #expect(RiskReader.standard.read(text).urgency != .immediate, "\(RiskReader.standard.read(text).signs)")
    }

    @Test("a sign beside a denial or a meeting today is still asked about") func signBesideDenial() {
        #expect(RiskReader.standard.read("the council closed the enquiry today, nobody is at risk they say, but the 3yo is home alone").urgency == .immediate)
        #expect(RiskReader.standard.read("the RCPC is at 4 and dad is collecting her from school at 3 though he hit her last night").urgency == .immediate)
    }

    /// The same review: the learnt opinion asked, quoting "CSC say it's a police matter", beside a child still living with
    /// a man charged last week. The rules read it now, and where they hear a sign, its words are the quote.
    @Test("the question quotes the sign, not the other agency's words") func quoteTheSign() {
        let read = Classifier.standard.classify("the two youngest are still living with the uncle who was charged on monday, police say its a civil matter")
        #expect(read.urgency == .immediate)
        #expect(read.cues.first?.contains("still living with the uncle") == true, "\(read.cues)")
    }

    /// A chat review (2026-11-30) was asked about "disclosed SH cutting" and not "a plan to end her life tonight".
    @Test("a sign its own clause places today is quoted before one that is today only by the rest of the text") func todaysSignFirst() {
        let signs = RiskReader.standard.read("the 14yo disclosed cutting last year, she has a plan to end her life tonight, CAMHS say not urgent").signs
        #expect(signs.first?.quote == "she has a plan to end her life tonight", "\(signs)")
    }

    /// A time phrase's words are read once as a time, but a sign may start inside it (a tuning part, 2026-11-30).
    @Test("a sign that starts inside a word of the present is still heard") func signInsideTime() {
        let signs = RiskReader.standard.read("we are in the house with his brother and the kids").signs
        #expect(signs.contains { $0.words == "in the house with" && $0.urgency == .immediate }, "\(signs)")
    }

    @Test("negated or resolved signs are not immediate", arguments: [
        "home visit done, no bruising seen, CSC want to close",
        "no marks seen at school, we just disagree with the threshold decision",
        "she was missing last month but was found safe, CSC closed the case too soon",
        "bruise healed, seen by GP last month, we think the plan is weak",
        "the immediate issue is we still don't have the minutes",
        "CIN plan has no health actions and he keeps missing 4 clinic appts",
        "disagree about who should chair the core group",
        // A state that is current ("now", "currently") with nothing else of risk is not today's danger.
        "currently no SW allocated and the review is overdue",
        "we have raised it twice now and nobody replies",
        "3 days ago",
        // Process words that read like this session's new situations, in words of our own.
        "we asked CSC to hold a strategy meeting as soon as possible about the DV history",
        "the SW did not turn up to the core group again",
        "he forgot his coat and the school rang CSC, we think it was over the top",
        "she is prescribed codeine and the GP wont share the care plan",
        "still here waiting for the core group minutes 3 weeks on",
        "police protection was considered last year and not needed, we disagree with the CIN plan",
        "we met at half past 2 about the CIN plan and the minutes are still not shared",
        "the case is still with him until the new SW starts, and we disagree with the plan",
        "the family gets cash from the council for the carer and ASC wont review the package",
        // Harm in the past beside a word of the present only, and risk now denied in so many words.
        "she took an overdose two years ago. she is fine now and we disagree about what goes on file",
        "no risk right now as she is settled in foster care, but the LAC review is overdue",
        "police sent it to MASH as a DV notification but it was a noise complaint and we dont think it should be flagged",
        "the exploitation concerns from last year are now managed through the exploitation panel",
        // Advice is not negation, but advice about process is not a sign either.
        "we should not have to chase the minutes three times",
        "the SW said the parents must not be told about the referral yet, we disagree",
        // Harm over, and ordinary words, from a fourth routine tuning set (2026-11-30), in words of our own.
        "the abuser is in prison now and the family have moved, we disagree about closing the CIN plan",
        "hx of exploitation as a teen, now 20 and doing really well, leaving care want to close",
        "older lady lives alone and manages, ASC and the GP disagree about who does the review",
        "CAMHS will not take her off the waiting list or give a date, she is doing well at school",
        "the review was a bit late and nobody else agreed with the chair about the plan",
        // Said in so many words, or long over (a chat review, round 5, 2026-11-30), in words of our own.
        "there is no risk of harm today, we disagree about the early help assessment",
        "the child is safe today, the issue is who chairs the review",
        "the kids are not at risk today but nobody sent the minutes",
        "nobody is at risk right now, we disagree about the plan",
        // And as a chat review (round 8, 2026-11-30) found them, in words of our own.
        "no marks were seen and there are no concerns today, we disagree with the threshold",
        "the council will not share the tenancy file with us, no one is in danger",
        "he was at risk of financial abuse before but the deputyship is now in place and the case is closed",
        "she neglected herself in 2019 but is fine now, we disagree about the review date",
        "mum was assaulted by her ex in 2017, he is in prison and the dispute is about the CIN plan",
        "she was neglected as a baby but has lived with her foster carers for six years, CSC want to close",
        "the assault was in 2019 and there has been no contact since, we disagree about the threshold",
        "she went missing from 2019 to 2020 and has been settled since 2021, the dispute is about the review",
        "the strategy meeting is at 1400 and health have not sent their report, nobody is at risk",
    ])
    func notImmediate(_ text: String) {
        #expect(Self.urgency(text) != .immediate)
    }

    /// Words the rules do not take for signs, which the learnt second opinion, set since 2026-11-30 to catch
    /// 99.5% of immediate descriptions in cross-validation, may still ask about once: "gone back to" is
    /// most often someone going back to an abuser.
    @Test("the rules alone do not read process words as signs", arguments: [
        "the SW has gone back to the office and still hasnt sent the minutes",
    ])
    func notImmediateByTheRules(_ text: String) {
        #expect(RiskReader.standard.read(text).urgency != .immediate)
    }

    /// A mother pregnant beside a child's age is not the child's pregnancy; a pregnancy placed in the past is significant.
    @Test("a child's pregnancy is read as the child's only, and placed in the past it is significant") func childPregnancy() {
        #expect(RiskReader.standard.read("mum is pregnant and the 14yo is refusing school, the EWO says it is for CSC").signs.allSatisfy { !$0.words.hasPrefix("pregnant aged") })
        #expect(RiskReader.standard.read("her mother is 30 weeks pregnant with the 12 year old's sibling, housing say no priority").signs.allSatisfy { !$0.words.hasPrefix("pregnant aged") })
        let past = RiskReader.standard.read("she was pregnant as a 15 year old in 2019 and the school were not told")
        #expect(past.signs.contains { $0.words == "pregnant aged 15" && $0.urgency == .significant })
        #expect(RiskReader.standard.read("the 13yo is pregnant, MASH say consensual").signs.first?.words == "pregnant aged 13")
    }

    @Test("the risk model was trained on exactly the tuning part and the routine tuning sets") func riskModelProvenance() throws {
        let model = try #require(RiskModel.bundled, "Resources/Classifier/risk-model.json is missing or unreadable")
        let tuning = Corpus.team + Corpus.tuning + Corpus.routineTuning
        #expect(model.trainedOn == TypeModel.Provenance(descriptions: tuning.count, digest: TypeModel.digest(of: tuning.map(\.text))))
    }

    /// Below its bias the model would ask about every description it cannot read, the question asked
    /// so often it is answered "no" unread: 0.99 recall in cross-validation put it there (docs/classification.md).
    @Test("the risk model asks only when the words raise the odds: its threshold is above its bias") func riskModelNeedsWords() throws {
        let model = try #require(RiskModel.bundled)
        #expect(model.threshold > model.bias)
        #expect(Classifier(riskModel: model).odds([]) < model.threshold)
    }

    @Test("the sign is quoted in the practitioner's own words") func quotes() throws {
        let sign = try #require(RiskReader.standard.read("CSC say NFA. 5yo left on his own since lunchtime, mum not answering").signs.first)
        #expect(sign.quote == "5yo left on his own since lunchtime")
        #expect(sign.situation == "alone")
    }

    /// A practitioner's review (2026-11-30): a long clause was quoted by its first fourteen words, and the
    /// re-ask quoted "she says he ..." without the "hits her" it was asking about.
    @Test("a sign late in a long clause is in the quote") func lateSignQuoted() throws {
        let text = "CSC closed it after one visit and the school nurse and the SW both agreed that she says he hits her when he has been drinking at the weekends"
        let sign = try #require(RiskReader.standard.read(text).signs.first { $0.situation == "violence" })
        #expect(sign.quote.contains("he hits her"), "\(sign.quote)")
        #expect(sign.quote.hasPrefix("... "))
    }

    @Test("ages and times written as one word are read") func agesAndTimes() {
        #expect(Self.urgency("2yo with a bruise") == .immediate)
        // The rules place it in the past; the learnt second opinion may still ask (a false alarm costs one question).
        #expect(RiskReader.standard.read("16yo was staying with her boyfriend last year").urgency == .significant)
        #expect(Self.urgency("16yo staying with her boyfriend, he picks her up at 6pm") == .immediate)
        #expect(Self.urgency("waiting 3 weeks for the discharge summary") == .routine)
    }
}

extension RiskReaderTests {
    /// How the learnt second opinion's threshold looks on the tuning part only: its own precision in
    /// five-fold cross-validation at each threshold, and what it adds to the rules. CROSS_VALIDATE=1.
    @Test("cross-validation of the risk model on the tuning part", .enabled(if: ProcessInfo.processInfo.environment["CROSS_VALIDATE"] != nil))
    func crossValidateRiskModel() {
        let all = Corpus.team + Corpus.tuning + Corpus.routineTuning
        let odds = RiskModel.crossValidatedOdds(on: all, lexicon: Classifier(), RiskTraining())
        let scored = zip(odds, all).map { ($0.0, $0.1.urgency == .immediate, RiskReader.standard.read($0.1.text).urgency == .immediate) }
        for threshold in stride(from: -4.0, through: 2.0, by: 0.5) {
            let flagged = scored.filter { $0.0 >= threshold }
            let added = flagged.filter { !$0.2 }
            print("threshold \(threshold): model alone flags \(flagged.count), right \(flagged.filter(\.1).count); adds \(added.count) to the rules, right \(added.filter(\.1).count)")
            let asked = scored.filter { $0.2 || $0.0 >= threshold }
            print("  with the rules: misses \(scored.filter { $0.1 && !$0.2 && $0.0 < threshold }.count) of \(scored.filter(\.1).count), asks \(asked.count), precision \(String(format: "%.1f", Double(asked.filter(\.1).count) / Double(asked.count) * 100))%")
        }
    }
}

extension RiskReaderTests {
    /// 200 everyday escalations with nobody at risk today, written by someone who had not seen the
    /// classifier (Fixtures/practice): how often ordinary practice gets the risk question again, where
    /// the corpus, with far more immediate risk than practice, cannot say. Figures only, never tuned on:
    /// 15 when first measured; 12 after process words were taught from a second, separate routine set;
    /// 11 or 12 since (2026-11-30), with the logistic second opinion, "now" alone no longer asked about,
    /// and the model retrained as each new set joined: the figure moves by one as the model does; 13
    /// after the second opinion was set to catch 99.7% (2026-11-30, eighth session), by a rule written
    /// before the six sets that decided it, which allowed up to 15: a false alarm costs one question;
    /// 10 once six more sets had joined, 11 after six more, 10 after six more, 9 after six more, 10 after four more, 9 after four more and 9 after four more (eleventh session); 10 after six more and 10 after four more (twelfth session); 10 after four more (thirteenth session); 10 after four more (fourteenth session); 10 after two more and 11 after two more (fifteenth session); 10 after two more (sixteenth session).
    @Test("ordinary practice: the risk question is asked again for few routine descriptions") func ordinaryPractice() throws {
        let text = try String(contentsOf: Paths.fixtures.appendingPathComponent("practice/routine-practice.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        let asked = lines.filter { Self.urgency($0) == .immediate }.count
        // Harm named as going on is asked about as significant risk after a "no" (a chat review, round 10): counted apart,
        // as it is a different question, and held to the figure it first had here (3, 2026-11-30).
        let significant = lines.filter { line in
            let read = Classifier.standard.classify(line)
            return read.urgency == .significant && read.signs.contains { $0.situation == "concern" }
        }.count
        print("ordinary practice (\(lines.count) routine descriptions): the risk question asked again for \(asked), and about significant risk for \(significant)")
        #expect(lines.count == 200)
        #expect(asked <= 15, "the most the rule that set the second opinion at 99.7% allowed")
        #expect(significant <= 5)
    }
}

/// A chat review, round 24, F1: harm in everyday words, with no word of a time, passed as routine after a "no", with no
/// question; and a sign beside a harmless clause was quoted by the harmless one. In the review's words and our own.
@Suite("Reading risk: harm in everyday words")
struct RiskReaderEverydayHarmTests {
    @Test("harm named in everyday words is asked about", arguments: [
        "dad dragged him by the hair, CSC said NFA",
        "she is being hurt and nobody listens",
        "being hurt by his brother, social care not interested",
        "danger at home, nobody doing anything",
        "she keeps talking about killing herself, no one will see her",
        "nan says the boyfriend knocks the kids about",
        "mum whacks him with a slipper",
        "he's scared of his stepdad",
        "she said she wants to disappear forever",
        "the neighbour's lads take his benefits every week and rough him up",
        "she's being pushed around by her daughter",
        "son shoved his elderly mum into a wall, ASC say she has capacity",
        // Our own words for the same.
        "stepmum drags her up the stairs by her arm, school says not our business",
        "his brother knocks him about and mum does nothing, EH closed it",
        "lad is terrified of mums new fella and CSC wont do a visit",
        "she is afraid of her son, he takes her pension, ASC say its a family matter",
        "pupil keeps saying he wants to disappear, CAMHS waiting list 9 months",
        "resident says her husband shoves her when he visits, home says she has dementia and imagines it",
    ])
    func asked(_ text: String) {
        #expect(RiskReader.standard.read(text).urgency != .routine, "\(text)")
    }

    @Test("harm in everyday words the weight and control of an adult are asked about as significant at least", arguments: [
        "child not brought to 5 appts, weight dropping, HV says fine",
        "her husband won't let her see anyone or have money",
    ])
    func significant(_ text: String) {
        #expect(RiskReader.standard.read(text).urgency != .routine, "\(text)")
    }

    @Test("the question quotes the harm, not the other agency's words", arguments: [
        ("he keeps talking about killing himself, CAMHS discharged him", "killing himself"),
        ("son shoved his elderly mum into a wall, ASC say she has capacity", "shoved"),
    ])
    func quotesTheHarm(_ text: String, _ words: String) {
        let quote = RiskReader.standard.read(text).signs.first?.quote ?? ""
        #expect(quote.contains(words), "\(text): quoted '\(quote)'")
    }

    @Test("process words beside these stay routine", arguments: [
        "school is scared of getting it wrong so they keep referring, CSC say stop",
        "CSC keep pushing the review back, it has been moved three times",
        "I feel like our referrals are being knocked back every time",
    ])
    func processStaysRoutine(_ text: String) {
        #expect(RiskReader.standard.read(text).urgency == .routine, "\(text)")
    }
}
