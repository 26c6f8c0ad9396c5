/// The word lists the privacy guard's patterns are built from, and the words it reads to know which patterns a text
/// can need: names, the words that are never names, and the words of addresses.
extension PrivacyGuard {
    /// First names common in England, Wales and the Isle of Man, in lower case, with their usual misspellings; names
    /// that are also everyday words (Will, Mark, Grace, May, Summer) are left out: they are `everydayNames`, found
    /// only with a cue.
    static let firstNames: Set<Substring> = Set("""
        oliver george harry noah jack jacob leo oscar charlie muhammad mohammed mohammad mohamed alfie thomas tom tommy joshua josh james jim jimmy
        william henry freddie freddy arthur archie theo isaac ethan lucas joseph joe joey samuel sam sammy daniel danny dan alexander alex logan dylan
        adam riley finley finlay tyler benjamin ben sebastian jayden jaden jaiden zachary zach harrison edward eddie elijah toby luca reuben ruben
        jenson kai louie louis rory frankie ollie bobby jamie jaime ronnie stanley albert alfred hugo elliot elliott nathan ryan aaron jake callum
        connor conor kieran liam lewis luke matthew matt michael mike mikey christopher chris david dave andrew andy anthony tony paul peter pete
        robert rob bob bobbie richard steven stephen steve simon martin kevin gary craig darren lee dean shaun sean wayne jason scott neil ian alan
        brian colin keith trevor graham nigel gavin carl karl jordan bradley brad kyle reece rhys owen evan ewan fraser cameron angus hamish aidan
        aiden ayden declan ciaran cillian niall patrick charles jonathan jon nicholas nick timothy tim ali omar ahmed ahmad hassan hussain ibrahim
        yusuf yusef zain ayaan aarav arjun rohan kacper jakub szymon filip mateusz oskar lenny sonny reggie harley jesse caleb ezra ellis jude felix
        rowan harvey jasper ralph roman jackson billy billie kenny terry barry gordon derek roger clive malcolm howard kenneth ronald donald gerald
        leonard victor vincent walter wilfred dominic marcus tristan mustafa bilal hamza idris musa abdullah tariq imran kamran junaid dwayne
        tyrone jermaine marlon nathaniel darius mason kayden kaden kaiden caden brayden braydon braden jaxon jaxson grayson greyson kian keegan
        tyson bentley kobe dafydd dewi gethin iwan ioan osian emyr aled gareth rhodri huw hywel llyr sion siôn tomos juan illiam orry
        olivia amelia isla ava mia lily lilly isabella isabel isobel sophia sofia sophie sofie freya florence rosie ella evie poppy charlotte emily
        emma jessica jess jessie chloe chloë phoebe sienna millie milly matilda tilly harper elsie eva esme alice ellie maisie layla leila lola luna
        hannah scarlett scarlet isabelle imogen erin molly mollie lucy katie katy kaitlyn caitlin caitlyn megan meg rebecca becky lauren bethany beth
        amy abigail abbie abby georgia jasmine yasmin leah niamh eleanor elizabeth liz lizzie anna zara aisha ayesha fatima maryam zainab hafsa
        amira aaliyah priya anya maya nina alicia courtney chelsea shannon danielle gemma kirsty kelly stacey stacy tracey tracy sharon karen julie
        sarah sara claire clare nicola nikki joanne jo lisa michelle amanda helen louise rachel victoria vicky samantha natalie kerry donna debbie
        deborah debra susan sue linda margaret maggie patricia barbara elaine carol janet jane jayne janice ann anne annie mary christine
        catherine kathryn katherine kate jennifer jenny jen laura charlene leanne toni zoe zoë evelyn harriet martha beatrice aria mila nancy edith
        ada hallie sadie thea orla aoife siobhan ciara sinead roisin bronwen cerys ffion carys nia tegan elin demi paige kayleigh jodie chantelle
        tia lacey lottie peggy polly dolly betty hattie nell alana kayla keira kiera macie brooke bella darcie darcy lexi gracie daisy ruby kim
        shanice tanisha precious keeley kimberley jacqueline jackie wendy gillian gill pauline sandra shirley maureen brenda denise lorraine
        sian siân seren eleri gwen angharad lowri manon mali catrin nerys rhian rhiannon fenella breeshey aalish ealish
        finlo fynlo breesha aalin ealee moirrey voirrey kirree illiam jamys niallan paaie mona calum lou bea bex zac kenzie mackenzie
        mckenzie zofia zuzanna wiktoria oliwia alicja hanna lena maja natalia antoni franciszek wojciech tomasz piotr krzysztof pawel paweł
        agnieszka katarzyna magdalena malgorzata małgorzata ewa aneta
        ron fred bert stan sid roy norman doris mavis vera joan jean sheila beryl pam dorothy marjorie phyllis irene hilda ethel
        edna gladys winifred nora norah agnes muriel lilian lillian gertrude enid freda maud maude nellie joyce marion sylvia audrey
        eileen kathleen mildred rita glenys glenda thelma bernard cyril percy arnold harold leslie cecil reginald horace
        clifford dennis raymond eric frederick geoffrey jeffrey lionel maurice sidney vernon
        bethan gwenllian eluned llinos iolo gruffydd hedd efa cai taliesin bleddyn heledd gwion mabli nanw alys elis gwilym ifan emrys
        macsen harri jac nel mari elen ela hafwen lleucu sioned carwyn geraint meilyr cadi lili mabon deio guto ianto owain tirion enfys
        gwenno elliw begw anest gwawr awen tesni glesni hawys myfanwy branwen eirlys dilys menna gwyneth eirian cerian mererid nansi
        siwan rhydian cynan dyfan emlyn ieuan ifor llion rhun steffan tudur trystan
        saoirse oisin oisín caoimhe clodagh grainne gráinne eimear aisling sorcha deirdre maeve cian darragh eoin padraig pádraig ruairi
        ruairí fionn colm donal dónal seamus séamus eamon eamonn ronan cathal diarmuid fergal shauna aoibhinn meabh éabha ciarán cormac
        odhran fiachra ailsa eilidh kirsteen mhairi morag iain ruaridh alasdair alistair alastair fergus murdo struan euan innes lachlan
        aarav vihaan reyansh ishaan krish arav aryan harpreet gurpreet jaspreet manpreet simran navdeep sukhdeep amrit kiran anjali
        deepa sunita anita pooja riya diya sana noor hira iqra zayn zayan rayyan usman faisal shahid rizwan nadia samira saira shabana
        rukhsana nasreen tahira rahul ravi sanjay vijay amit anil sunil ashok rajesh suresh ramesh mahesh nisha neha shreya ananya aditi
        kavya rabia humaira aliyah alisha haris shayan arham mikail mohsin nabeel waqas kashif adnan aamir asif arif tanvir sadia
        farhana ruksana rehana jamila khadija safiya sumaiya inaaya anaya myra amara
        kofi kwame kwabena kwasi kojo akua abena adwoa efua chidi chinedu chukwuemeka emeka obinna ngozi chioma chiamaka adaeze nneka
        amaka ifeoma oluwaseun seun tunde babatunde femi funmi folake bisi tobi tolu ayo adebayo temitope damilola olumide segun
        yetunde abimbola kemi bola tendai tatenda farai chipo rudo nyasha kudzai thabo sipho lerato zanele amani baraka juma wanjiru
        abdi abdirahman hodan hamdi fartun hibo ifrah asha sagal nasra
        andrei andrej bogdan ionut ionuț mihai alexandru vasile gheorghe florin marius cristian adrian catalin cătălin ionela elena
        andreea ioana alina bianca roxana daniela mihaela gabriela larisa denisa raluca dragos razvan sorin ovidiu petru nicolae dorin
        cosmin iulian stefan ștefan lukas tomas jonas mantas dovydas matas kajus aiste ruta egle gintare jurgita vilma janis andris
        kristaps liga ilze inese dmitri dmytro oleksandr oleksii olena oksana iryna yulia nataliya svetlana tatiana olga sergei sergiy
        vladimir volodymyr mykola yuri ivan igor maksym artem bohdan taras viktor anastasia sofiia milena jana petra lucie tereza jiri
        marek martina zuzana katarina dominik patrik ivana mirela arben besnik blerim ardit erion elira klea ermal dritan bartosz dawid
        kamil lukasz łukasz michal michał marcin grzegorz przemek zbigniew jacek adrianna weronika julia kinga karolina dominika paulina
        patrycja izabela joanna beata dorota iwona justyna monika renata sylwia urszula grazyna grażyna halina basia tiago joao joão
        thanh mei wei jing ying ming hui xin lei hao xiao ling jie zhen qiang jian hua zhi minh anh linh huong trang hoa ngoc
        phuong quang tuan duc hieu khanh nhung thao thuy trung vinh huy bao hanh hien huyen tien
        oakley bodhi nevaeh rocco arlo finn jax kairo nico otis albie blake brody cody colby dexter eli flynn harlow hendrix jago kylo
        lennon maddox marley mateo milo nate rafael remi ryder tobias zane aurora ayla bonnie delilah eliza elodie emilia esmae everly
        kali lyla margot marnie mabel maddison madison nyla ophelia penelope piper renee rosa serena talia tallulah kaylee kaycee kacey
        leyla lilah lexie macey mya myla neve skyla tiana aurelia alba cora clara elsa pippa nala lana gabriella
        maria marta teresa carmen lucia ines joana beatriz catarina mariana pedro miguel jose luis carlos antonio manuel francisco nuno
        paulo ricardo sergio diego pablo javier alejandro marco giuseppe giovanni francesca giulia chiara
        ernie alf wilf dottie winnie bertha bernie queenie
        leon ruth raj amir teddy clarence terence terrence laurence constance trinity kaydence kadence caydence
        """.split { $0 == " " || $0 == "\n" })

    /// Words that are not a name where a name could stand: the words around names in a sentence,
    /// and the safeguarding words a description is made of.
    static let notNames: Set<Substring> = Set("""
        a an the and or but if of to in on at by for with from as is was were are be been being has have had do does did not no yes he she they
        them his her hers their theirs him it its we us our you your i me my this that these those who whom whose which what when where why how
        said says told asked went goes going gone came comes will would could should can may might must shall also then than so very too just
        only still now again there here about after before since until because while over under up down out off into onto upon all any some each
        every both either neither more most less other another such same own new old young little big one two three four five six seven eight
        nine ten first second last next really lives living lived attends attended needs needed wants wanted disclosed reported refused missed
        stayed moved lives say see saw seen got get gets made make makes left leave stay stays has hasnt wasnt isnt cant wont dont didnt
        child children baby babies boy boys girl girls son sons daughter daughters brother brothers sister sisters sibling siblings twin twins
        mother father mum mums mom dad dads parent parents carer carers family families foster fostering birth adoptive adopted step stepdad stepmum
        grandparent grandparents grandmother grandfather nan nana gran grandma grandad granddad aunt auntie uncle cousin partner boyfriend
        girlfriend husband wife ex person people man men woman women adult adults teenager teen pupil pupils student students patient client
        resident victim perpetrator case police social care services service worker workers nurse doctor gp school teacher head headteacher
        health visitor midwife team manager officer lado mash csc camhs cafcass ambulance hospital court youth crown magistrates county high
        council agency agencies referral referrals strategy conference meeting plan assessment decision threshold section safeguarding designated
        named lead duty emergency home house flat address road street removed unknown nobody someone anyone everyone male female aged age year
        years months weeks old yo school's mother's father's mum's dad's child's
        hostile troubled chaotic whole extended wider vulnerable local traveller travelling host kinship blended nuclear immediate dysfunctional
        difficult complex entire different single lone large poor abusive violent resistant uncooperative avoidant angry aggressive reluctant
        neglectful struggling homeless refugee asylum seeking known concerning worrying
        closed closes closing opened decided decides agreed agrees rang rung phoned emailed texted wrote visited declined ignored
        overruled dismissed nfa nfad screened stepped shared sent sends refuses disagrees disagreed thinks thought feels felt till til
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning later previously recently
        christmas easter halloween diwali eid ramadan hanukkah mon tue tues wed weds thu thur thurs fri sat sun sector voluntary charity
        tenant tenants client clients customer customers claimant claimants learner learners
        welsh english scottish irish british polish romanian lithuanian latvian roma gypsy asian african caribbean muslim jewish sikh hindu
        catholic eritrean syrian afghan kurdish iraqi iranian somali sudanese albanian vietnamese chinese indian pakistani bangladeshi
        nigerian ghanaian portuguese spanish italian french german turkish ukrainian russian czech slovak hungarian bulgarian deaf autistic
        disabled blind
        initially eventually apparently allegedly reportedly again never always often both neither everybody somebody nobody
        protection sexual exploitation arrangements looked criminal abuse neglect development minder
        friend friends lad lads lass kid kids mate mates neighbour neighbours colleague colleagues professional professionals
        toddler toddlers infant infants youngest eldest oldest middle mummy daddy nanny granny grandpa
        go oh hi ah um er ow ox lo ma na ye ya oi aw ha ho mm xx born manx isle postcode
        week month term weekend fortnight lady gentleman gent user pt pts rm bed beds bay bays cell cubicle subject
        farmer member members landlord landlady owner boss employer driver coach vicar priest pastor imam rabbi dementia
        """.split { $0 == " " || $0 == "\n" }).union(roles).union(abbreviations).union(agencies).union(recordSystems).union(contractions)

    /// Verbs and their "not" as typed, with either apostrophe: never a surname after a name. "Kacper hasn't had his review"
    /// was kept as "[removed] had his review" and "Kacper isn't safe at home" as "[removed] at home", each saying the
    /// opposite of what was typed (a chat review, round 11, 2026-11-30).
    static let contractions: Set<Substring> = Set("""
        hasn't isn't wasn't weren't aren't haven't hadn't didn't doesn't don't won't wouldn't can't couldn't shouldn't mustn't
        needn't ain't he's she's it's they're we're you're i'm he'd she'd they'd he'll she'll they'll i've we've they've
        """.split { $0 == " " || $0 == "\n" }.flatMap { [$0, Substring($0.replacingOccurrences(of: "'", with: "\u{2019}"))] })

    /// Roles and agencies, which stand where a name could ("School said", "Health said", "SW's view")
    /// and are never one.
    static let roles: Set<Substring> = Set("""
        police officer officers pc pcso dc ds sgt cid health nhs hv hvs sw sws dsl dsp dslo dso gp gps csc mash lado camhs yot yos edt idva isva iro
        senco sendco sen ehcp cin cp cpp icpc rcpc lac cla cic ot pe ae paramedic paramedics staff teachers tutor deputy senior ward consultant
        paediatrician paeds paediatrics triage supervisor front door early help aid refuge children's adults' housing education probation
        nursery college academy pru ofsted nspcc barnardos barnardo's childline ambulance a&e fire gps practice surgery clinic unit hub panel
        board partnership safeguarding social workers nurses doctors everyone all others many most some parents siblings mother's carers
        chair chairperson legal matron registrar registrars sergeant inspector constable detective superintendent chief guardian advocate
        advocacy director directors manager managers liaison magistrate judge justice coroner visitor sister council trust panel warden
        principal governor governors head solicitor barrister counsel lawyer reviewing independent caseworker keyworker mentor therapist
        psychologist psychiatrist counsellor dentist pharmacist physio receptionist secretary clerk admin caretaker councillor paediatric
        neonatal maternity obstetrics tribunal commissioner ombudsman service services department dept directorate office centre project
        class form group room classroom reception division branch bureau authority constabulary command ministry
        dns las dsls iros ots pcsos idvas amhps sencos hcas
        insp supt det dci dsi dsu cllr cllrs prof professor rev revd reverend practitioner practitioners
        """.split { $0 == " " || $0 == "\n" })

    /// Abbreviations of one to three capitals that are not someone's initials: "GP", "SW", "CIN", "MS".
    static let abbreviations: Set<Substring> = Set("""
        i gp gps sw sws hv dsl dsp dso csc cp cin cpp lac cla cic nfa pc dc ds ot pe re it ae iro yot yos edt la sen dv da fgm cse cce
        adhd asd ocd nhs mrn id ok uk tv am pm ms mr mrs dr bp hr rxx sgo cao pru sar mp nb aka dob yo tbc asap fyi ref rcp ccc eha eh
        tac tam cyp sdq scr fgc fsw isw rsw ssw ifs mfh cme ehe icu scbu sti ipv dva va ypp cpn aos los ldd pdf
        ni nino upn uln pa ta lsa ht dht dci dcs kc qc sbm
        asc ed ep eps slt hca rgn rmn mh ld ppo cps nps crc yjs cjs ssd icb ccg dfe
        cfd dhsc desc iom iomc yp su ss sc cs sa sg ce sv ca pd pp po rn dn sn mw si ra ir ia ks ct iv od xr sm cc ps bf gf fb ig tt wa dm
        ap ho dbs caf taf plo fii nai dhr cqc hmp yoi sch stc gmp mps met btp nca mit ppu ooh utc miu gum hdu mdt mha chc opg cop nrm
        eal fsm bsl smt mat lea ewo ews rta spa ics ahp hcp ccn ipa asb hbv hba fmu msp ico dpa dwp sia ceop sarc nicu picu spoa spoc
        amhp dols imca imha uasc semh slcn send marac mappa lscb lscp cspr dash hmrc ukvi
        mca sh dsh hx dx rx tx sx fx ip op im ng ga lp mr di ci tm ad dd aht yw fw kw cw fc rc ifa bc mbc ua pr co epo ico nmo dvpn dvpo ro uc pip
        dla esa jsa hb rsl ha hmo cr dt cb aa ptsd eupd bpd aod gcs nbm nfr dnr eol peg bmi rr iq eq dct nqsw asye om
        """.split { $0 == " " || $0 == "\n" })

    /// Front doors, teams, partnerships and services by the names and acronyms practitioners call them, which stand where a
    /// name could ("MARS said", "Compass said no further action") and are never one (review, round 9). The policies' own
    /// first: Warrington's MARS, Cheshire West's IART, Halton's ICART, Cheshire East's ChECS, Shropshire's Compass and FPOC,
    /// the partnerships (BCSSP, TSCP, SSCP, SCP, CESCP, LSAB), the Safeguarding Children in Education team (SCiE); then
    /// common ones across the UK.
    static let agencies: Set<Substring> = Set("""
        mars iart icart checs compass fpoc bcssp tscp sscp scp cescp lsab lscb lscp sab scie banes nes pcc pccs torbay shropshire cheshire
        spa spoa spoc ifd cads mast cait crht htt iapt cmht cmhts eip salt acct ngb oasys matac sendiass iass cgl wdp kooth sirona mind
        shelter samaritans relate homestart nobles pals ukhsa nhse hse prevent channel jobcentre
        """.split { $0 == " " || $0 == "\n" })
    /// The case-record systems a number is kept in, which name the number after them ("Mosaic ID 1234567", "LCS 998877", "PNC
    /// ID 19/123456A") and stay when they stand alone ("the LCS record was closed"). Review, round 9. Systems that are names
    /// too (RiO, Paris, Athena, Storm) are labels only before a number, and not in this list of words that are never names.
    static let recordSystems: Set<Substring> = Set("""
        mosaic liquidlogic lcs ehm ehcr eclipse systmone emis carefirst frameworki niche pnc pnd crn urn cpoms myconcern delius ndelius
        """.split { $0 == " " || $0 == "\n" })
    /// Towns in the policies' own areas, which the "are" cue would otherwise take for names when a list is only of them:
    /// "Port Erin and Douglas were flooded", "Ludlow and Paignton are far apart" (review, round 9). With a name in the list
    /// ("Douglas and Zebedee are left") they go as names do, and before what only a person does ("Douglas said") a town's
    /// name is read as someone's, as a person is likelier there; as part of an address it goes with the address.
    static let places: Set<Substring> = Set("""
        douglas onchan ramsey peel castletown laxey ballasalla ballaugh jurby foxdale andreas torquay paignton brixham shrewsbury ludlow
        oswestry bridgnorth whitchurch wem ellesmere chester northwich winsford crewe macclesfield congleton nantwich wilmslow runcorn
        widnes warrington halton bath keynsham radstock
        """.split { $0 == " " || $0 == "\n" })

    /// The words after a name that give it away as one: "Grace said", "Grace is scared".
    static let speechWords: Set<Substring> = ["said", "says", "told", "tells", "disclosed", "discloses", "alleged", "alleges", "scared",
                                              "frightened", "afraid", "terrified"]
    /// The people and places a name's owner has: "Mason's mum", "Juan Quayle's school".
    static let kinWords: Set<Substring> = ["mum", "mam", "mom", "mother", "dad", "father", "nan", "nana", "nanna", "gran", "granny", "grandma",
                                           "grandad", "grandpa", "school", "teacher", "class", "brother", "sister", "siblings", "sw", "social",
                                           "stepdad", "stepmum", "step", "partner", "boyfriend", "girlfriend", "aunt", "auntie", "uncle", "cousin",
                                           "foster", "carer", "carers", "family", "home", "house", "friend", "friends", "nursery", "college", "gp",
                                           "key", "keyworker", "parents", "baby", "wife", "husband", "son", "sons", "daughter", "daughters",
                                           "kids", "children", "grandson", "granddaughter", "niece", "nephew", "neighbour", "neighbours"]
    /// First names that are everyday words too ("summer holidays", "may be", "will go", "hope so"): a name in any
    /// case only with a cue after it ("summer told", "hope is 4 and", "may's mum", "willow (yr 3)").
    static let everydayNames: Set<Substring> = Set("""
        summer river hope faith grace brooklyn autumn skye willow rose holly ivy jay dawn joy april june may mark will bill pat rich sky storm
        rain star blue angel princess king prince duke honey amber jade crystal misty robin heather hazel violet iris blossom destiny harmony
        melody liberty journey ocean indie story bay raven phoenix reign royal hunter archer chance ray sunny penny ginger cherry frank drew
        chase miles guy ash sunshine precious heaven blessing paisley ama ana favour miracle lincoln
        rocky rusty sandy lucky pearl olive fern wren ebony clover sage dot
        """.split { $0 == " " || $0 == "\n" })
    /// What is a child's own in a case, after a name's "'s" ("Rose's case", "Faith's CP plan") or before "for" and a name ("the
    /// case for Holly"): a chat review, round 14, 2026-11-30, found everyday-word names kept there.
    static let caseWords: Set<Substring> = ["case", "cases", "plan", "plans", "referral", "referrals", "file", "files", "record", "records",
                                            "notes", "assessment", "assessments", "review", "placement", "needs", "situation", "safety",
                                            "welfare", "ehcp", "s47", "s17", "strategy", "conference", "support", "sw"]
    /// Capitalised words that "for" puts where a name could stand and that are not one: a service or a kind of help ("a referral for
    /// Speech and Language Therapy", "the plan for Early Help"), a direction in a place's name.
    static let notNamesAfterFor: Set<Substring> = Set("""
        speech language occupational therapy therapies counselling respite support adoption mental special additional short universal
        targeted specialist tier level stage step day night public private north south east west central emergency intensive edge
        """.split { $0 == " " || $0 == "\n" })
    /// Capitalised words after an everyday-word name that make it a thing, not a person's first and family name: "May Day", "Summer
    /// Term", "Grace Period", "Mark Scheme", "Amber Alert" (a chat review, round 15, 2026-12-01).
    static let notFamilyNames: Set<Substring> = Set("""
        day days term terms holiday holidays half period time times fair fete camp camps club clubs break festival scheme schemes power
        party ball show sale session sessions programme program award awards chart charts badge light lights alert alerts warning warnings
        rating news sports card cards fund foundation appeal garden hall church chapel primary infants infant juniors junior preschool
        playgroup bank holidays evening events event rota list lists plan plans review reviews meeting
        """.split { $0 == " " || $0 == "\n" }).union(streetTypes).union(everydayStreetTypes).union(houseWords)
    /// Everyday-word names that mostly start the name of a thing or a body, not a person: "Royal Shrewsbury Hospital", "King
    /// Charles", "Storm Babet", "Blue Cross".
    static let notPairLeads: Set<Substring> = ["royal", "king", "prince", "princess", "duke", "storm", "blue"]
    /// Words a name may follow to end a clause: "worried about Faith,", "CSC won't assess Summer", "the enquiry on Mark." (a chat
    /// review, round 15).
    static let nameLeads: Set<Substring> = ["about", "assess", "assessed", "assesses", "assessing", "on", "for", "regarding", "concerning", "re"]
    /// The words between "has", "is" or "was" and a harm word: "Mark has a black eye", "Will has been hit".
    static let harmFillers: Set<Substring> = Set("""
        a an got been some new more fresh old visible several multiple unexplained bad nasty large small big two three four lots of very
        really so being badly severely again also now still black financially sexually physically emotionally verbally
        psychologically
        """.split { $0 == " " || $0 == "\n" })
    /// What is done to a body or seen on it, after "has", "is" or "was": "Mark has bruises", "Grace was hit" (a chat review,
    /// round 15); and what an older person has or is put through: "Iris has dementia", "Violet is being exploited" (a chat review,
    /// round 19, 2026-12-08).
    static let harmWords: Set<Substring> = Set("""
        bruise bruises bruised bruising injury injuries injured burn burns burned burnt cut cuts scratch scratches scratched marks marked
        fracture fractures fractured broken bleeding bled hurt hit punched kicked slapped beaten strangled choked bitten bite bites swelling
        swollen sore pain welts welt wound wounds wounded assaulted abused harmed neglected raped molested touched limping graze grazes
        lice nits rash lesions lesion thrown pushed shaken smacked eye eyes dementia alzheimers alzheimer exploited groomed scammed
        """.split { $0 == " " || $0 == "\n" }).union(["mark"])
    /// Pairs that start a sentence, "X and Y are", and are not names when both are of these: months, seasons and the colours of a
    /// rating ("April and May were busy", "Summer and Autumn are", "Amber and Red are the ratings").
    static let ordinaryPairWords: Set<Substring> = monthNames.union(["spring", "summer", "autumn", "winter", "fall", "red", "amber", "green",
                                                                      "blue", "black", "white", "gold", "silver"])
    /// House names that are "The" and a plural, mostly of trees: "The Willows", "The Laurels", "The Old Oaks", after an address cue.
    static let houseNames: Set<Substring> = Set("""
        willows laurels beeches oaks elms limes firs cedars hollies poplars pines birches larches maples chestnuts sycamores rowans yews
        hawthorns acacias magnolias lilacs myrtles laburnums junipers alders hazels gables paddocks meadows orchards maltings stables
        cloisters spinney coppice hollows brambles briars heathers ferns
        """.split { $0 == " " || $0 == "\n" })
    /// "ap" and "ab" of a Welsh name ("Dafydd ap Rhys"), "ferch" and "verch" of a daughter's.
    static let patronymics: Set<Substring> = ["ap", "ab", "ferch", "verch"]

    /// Street words that mean an address wherever they follow a name: "acacia road".
    static let streetTypes: Set<Substring> = ["road", "rd", "raod", "street", "streeet", "steet", "avenue", "ave", "avenu", "lane", "crescent",
                                              "cres", "gardens", "gdns", "terrace", "grove", "mews", "boulevard", "drive", "parade", "wharf"]
    /// Street words that are everyday words too ("a close friend", "in place"): an address only with
    /// a house number, or after "at", "on", "lives" and the like.
    static let everydayStreetTypes: Set<Substring> = ["close", "way", "place", "park", "court", "hill", "row", "view", "green", "walk", "rise",
                                                      "square", "st", "dr", "estate", "vale", "gate", "end", "fields"]

    static let nameCues: Set<Substring> = ["called", "named", "name", "names", "known", "goes", "aka", "nicknamed", "nickname", "hereafter",
                                           "hereinafter", "henceforth", "referred"]
    /// The words a nickname can start with, which are not names alone: "known as Nanny Peg", "goes by Big Dave" (review, round 10).
    static let nicknameLeads: Set<Substring> = ["nanny", "nan", "nana", "nanna", "granny", "gran", "grandma", "grandad", "granddad", "grandpa",
                                                "auntie", "aunty", "aunt", "uncle", "big", "little", "lil", "old", "young", "lady", "mama", "papa"]
    /// The people a service writes of by their role, which a name follows as it follows a title: "Resident Bill Smith", "Patient
    /// Jo Bloggs" (review, round 10). "Service user" is read whole.
    static let clientWords: Set<Substring> = ["resident", "patient", "pt", "client", "tenant", "customer", "pupil", "student", "learner",
                                              "claimant", "prisoner", "detainee", "inmate", "victim", "occupant", "applicant", "user"]
    /// The words after those roles that name a service, not a person: "Patient Transport", "Pupil Premium", "Victim Support".
    static let clientServices: Set<Substring> = Set("""
        transport premium safety experience voice advice records record notes participation involvement feedback forum portal access finance
        loan loans support flow choice incident incidents rights charter outcome outcomes engagement allowance benefit benefits money plus
        information info liaison led centred centered focused journey pathway passport profile file summary personal impact attendance
        escort contact progress welfare discharge status statement admission transfer
        """.split { $0 == " " || $0 == "\n" })
    /// Who a name in brackets or after a colon is: family, the people a service works with ("the son (Stuart)", "mother: Catriona",
    /// "the adult (AB)": review, round 10).
    static let labelWords: Set<Substring> = kinTitles.union(relationWords).union(personWords).union(clientWords)
        .union(["adult", "adults", "person", "carer", "carers", "yp"])
    /// What a label says of someone that is not a name: "mother: Deceased", "the son (Unborn)", "resident (Dementia)".
    static let labelValues: Set<Substring> = Set("""
        deceased absent estranged unborn supportive pregnant present aware unaware none dead abroad prison custody fine safe unsafe unwell
        well ill elderly frail dementia alzheimers alzheimer's autism epilepsy diabetes diabetic stroke cancer primary main sole joint
        informed involved uninvolved consenting consented agreed agrees declined declines refusing engaging engaged disengaged resident
        nok next kin separated divorced married widowed single working unemployed retired pensioner bedbound housebound nonverbal
        non-verbal verbal mobile immobile ok n/a tbc tba black white mixed
        """.split { $0 == " " || $0 == "\n" })
    /// The places a person is by number, whose number is theirs: "room 7", "bed 4", "Rm 14" (review, round 10). A ward's number
    /// stays, as a ward is many people's, like a team.
    static let roomWords: Set<Substring> = ["room", "rooms", "rm", "bed", "beds", "bay", "bays", "cell", "cubicle", "bedroom", "bedsit"]
    /// The roles "named" goes before in the policies: "the Named Doctor", "Named Nurse", "named social worker".
    static let namedRoles: Set<Substring> = roles.union(["doctor", "doctors", "nurse", "nurses", "person", "worker", "practitioner", "professional",
                                                         "lead", "contact", "individual", "midwife", "teacher", "officer", "member", "key"])
    static let titles: Set<Substring> = ["mr", "mrs", "ms", "miss", "mx", "dr"]
    /// The titles a professional's name follows, which stay with the name removed: police ranks and their abbreviations, nursing
    /// titles, a councillor's, a professor's and a minister's ("PC Smith", "DS Jones", "Sgt Brown", "Nurse Hughes", "Cllr Davies", "Rev
    /// Smith"). A chat review, round 16, 2026-12-01, found them kept while "Dr Patel" went. "Sister" is a family word's title already.
    static let professionalTitles: Set<Substring> = policeTitles.union(["cllr", "councillor", "prof", "professor", "rev", "revd", "reverend",
                                                                        "nurse", "matron", "midwife"])
    /// The titles written with a full stop as abbreviations, never a sentence alone: "Sgt. Brown", "Insp. Taylor", "Cllr. Davies".
    static let dottedTitles: Set<Substring> = ["sgt", "insp", "supt", "det", "cllr", "prof", "rev", "revd"]
    /// Police ranks and their abbreviations, which a collar number goes with: "PC 1234 Smith", "PC 1234".
    static let policeTitles: Set<Substring> = ["pc", "pcso", "ds", "dc", "di", "dci", "dsi", "dsu", "supt", "sgt", "insp", "det", "constable",
                                               "sergeant", "inspector", "detective", "superintendent"]
    /// Capitalised words after a professional's title that say what kind of one, not who: "Nurse Practitioner", "Midwife Led Unit".
    static let notProfessionalNames: Set<Substring> = Set("""
        practitioner practitioners specialist specialists advisor advisors adviser advisers led prescriber prescribers associate associates
        bank apprentice apprentices educator educators assessor assessors visit visits review reviews assessment assessments appointment
        appointments training report reports referral referrals station stations custody call calls car cars response patrol
        """.split { $0 == " " || $0 == "\n" })
    static let ageWords: Set<Substring> = ["aged", "age"]
    static let familyWords: Set<Substring> = ["family", "household"]
    static let addressCues: Set<Substring> = ["at", "on", "in", "from", "off", "lives", "living", "address", "moved", "near", "to"]
    static let initialCues: Set<Substring> = ["baby", "child", "little", "lil"]
    /// Two-letter words that are someone's initials when typed in capitals after who they are, in text not typed in capitals:
    /// "for AS and her brother", "and AS were not seen" (a chat review, round 12, 2026-11-30: each was kept as a word).
    static let wordsAsInitials: Set<Substring> = ["as", "am", "me", "it", "is", "at", "on", "in", "an", "be", "by", "do", "go", "he", "if", "my",
                                                  "no", "of", "or", "so", "to", "up", "us", "we"]
    static let initialsWords: Set<Substring> = ["initial", "initials", "inits"]
    static let houseWords: Set<Substring> = ["cottage", "house", "farm", "farmhouse", "lodge", "rectory", "vicarage", "barn", "villa", "manor",
                                             "grange", "mill", "bungalow", "ty", "bryn", "maes", "llys", "plas", "bron", "cwrt", "glan", "pant", "cae"]
    static let monthNames: Set<Substring> = ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
                                             "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"]
    static let welshStreetTypes: Set<Substring> = ["heol", "ffordd", "stryd", "lon", "rhodfa", "cilgant", "clos", "teras", "rhes", "llwyn", "allt",
                                                   "parc", "gerddi"]
    /// Manx streets put the street word first as Welsh ones do: "Bayr ny Skeddan", "Croit ny Glionney", "Close Mooar", "Lhon Dhoo",
    /// "Reayrt ny Marrey".
    static let manxStreetTypes: Set<Substring> = ["bayr", "croit", "close", "thie", "magher", "straid", "cronk", "purt", "lhon", "reayrt", "raad",
                                                  "cooil", "lhergy", "slieau", "bwoaillee", "booilley", "giau"]
    /// The words before a road that say which road, not where anyone lives: "by the main road", "on a busy road" (review, round 8).
    static let genericStreetWords: Set<Substring> = Set("""
        main busy quiet dual ring back side slip private country coast coastal mountain local nearby narrow wide dark long steep same bypass
        relief link access service top bottom public residential rural major minor fast straight winding busiest nearest adjacent opposite
        toll trunk dirt farm muddy icy unlit unmade
        """.split { $0 == " " || $0 == "\n" })

    /// The family and friends a name can follow: "his sister Lou", "her son bill" (review, round 8).
    static let relationWords: Set<Substring> = Set("""
        son sons daughter daughters brother brothers sister sisters sibling siblings twin stepson stepdaughter stepbrother stepsister child
        baby mum mam mother dad father stepdad stepmum nan nana nanna gran granny grandma grandad granddad grandpa grandson granddaughter
        aunt auntie uncle cousin niece nephew partner boyfriend girlfriend husband wife ex friend bf gf
        """.split { $0 == " " || $0 == "\n" })
    /// The family words a name follows with no "his" or "her" before them, as a title: "nan Betty", "grandad Ron", "mum's
    /// partner Dean" (review, round 9).
    static let kinTitles: Set<Substring> = Set("""
        nan nana nanna gran granny grandma grandmother nanny grandad granddad grandpa grandfather aunt auntie aunty uncle cousin brother
        sister stepbrother stepsister stepdad stepmum stepfather stepmother mum mam mom mother dad father partner boyfriend girlfriend
        husband wife ex son daughter niece nephew friend neighbour
        sisters brothers siblings twins cousins sons daughters stepbrothers stepsisters nieces nephews
        """.split { $0 == " " || $0 == "\n" })
    /// The words a date of birth is cued by: "born", "DOB", "d.o.b.", "date of birth".
    static let birthWords: Set<Substring> = ["born", "dob", "birth", "birthday", "birthdate", "d", "b", "ur", "urodzona", "urodzony"]
    /// The words that say whose relation it is: "his sister", "their mum".
    static let ownerWords: Set<Substring> = ["his", "her", "their", "my", "our", "your"]
    /// The people a name can stand beside between commas: "the child, Will, will be moved".
    static let personWords: Set<Substring> = Set("""
        child boy girl baby son daughter brother sister youngest eldest oldest toddler teenager teen pupil twin kid lad lass children boys
        girls kids twins siblings
        """.split { $0 == " " || $0 == "\n" })
    /// What two names together are, which makes everyday words names too: "grace and summer are twins".
    static let siblingWords: Set<Substring> = ["twins", "siblings", "sisters", "brothers", "cousins"]
    /// What two capitalised names together do: "Lou and Bea are being left".
    static let pluralVerbs: Set<Substring> = ["are", "were", "both", "have", "had"]
    /// The second halves of double first names: "Kenzie-Leigh", "T-Jay", "Lacey-Mae".
    static let nameEndings: Set<Substring> = ["leigh", "lee", "jay", "jai", "mae", "mai", "rose", "louise", "marie", "ann", "anne", "jo", "belle",
                                              "lou", "jane", "rae", "lyn", "lynn"]
    /// The words after which the rest of the clause is an address: "lives at Seaview", "address: 12 Lhon Dhoo, Ballasalla".
    static let addressLeads: Set<Substring> = ["lives", "living", "live", "lived", "staying", "stays", "stopping", "resides", "residing", "reside",
                                               "address"]
    /// The Welsh "the" a house name starts with: "Y Bwthyn", "Yr Hafod".
    static let welshArticles: Set<Substring> = ["y", "yr"]
    /// Manx family names, which are not English words: "Breesha Kinvig", "the Quayles" (review, round 8).
    static let manxSurnames: Set<Substring> = Set("""
        quayle kinvig kermode corlett cregeen costain crellin faragher fargher gelling kewley quilliam qualtrough skillicorn kneale clague
        callister cannell corkill kaighin karran kissack mylchreest quine shimmin cowley craine crebbin cretney curphey kerruish killey killip
        kinley kinrade lewin maddrell mylrea quiggin sayle skelly stowell teare watterson bridson cashen christory clucas collister comish
        cottier crennell cubbon gawne kennaugh kewish kinnish lowey moughtin quilleash scarffe caine
        """.split { $0 == " " || $0 == "\n" })
    /// Numbers and ordinals in words, which a date of birth removed with a name is made of: never a name to look for elsewhere.
    static let numberWords: Set<Substring> = Set("""
        one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
        thirty forty fifty sixty seventy eighty ninety hundred thousand oh first second third fourth fifth sixth seventh eighth ninth tenth
        eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth
        """.split { $0 == " " || $0 == "\n" })
}
