/// The family names the privacy guard knows, and the words that tell a capitalised pair is someone's name: a first name it
/// has no list for beside a family name it has ("Bethan Jones", "Andrei Popescu", "Saoirse O'Brien"), or a capitalised pair
/// after a word that introduces a person ("worried about Gwenllian Pritchard"). A chat review, round 16, 2026-12-01, found
/// full names kept whenever the first name was on no list; first names are open-ended, family names much less so.
extension PrivacyGuard {
    /// Family names common in the UK and Ireland, in lower case: Welsh, English, Irish, Scottish, Traveller, South Asian,
    /// African, Eastern European, Chinese, Vietnamese, Portuguese, Spanish, Italian and Turkish. A name that is also an
    /// everyday word is in `everydayFamilyNames` too; one that is mostly a place's, a thing's or a document's part ("Day",
    /// "Hill", "Grant", "Power") is left out, as "Boxing Day", "Castle Hill", "Housing Grant" and "Lasting Power" are capitalised
    /// pairs too. Shapes no list needs (O'Brien, McAllister, Kowalski, Popescu, Ivanova, Robson) are `familyNameShape`.
    static let familyNames: Set<Substring> = Set("""
        jones williams davies davis evans thomas roberts hughes lewis morgan griffiths griffith edwards owen owens price jenkins rees lloyd
        morris parry james phillips powell pritchard pugh bowen vaughan howells howell watkins probert prosser gittins humphreys humphries
        pryce meredith rowlands llewellyn llewelyn llywelyn gruffydd bevan beynon ellis ifans madoc mostyn wynne prydderch cadwaladr jenkin
        harries hopkins parri penry gwynne cadogan maddock maddocks nicholas perkins prothero protheroe rowland gwilliam bennion breese eynon
        kyffin mathias parfitt voyle
        murphy kelly walsh byrne ryan reilly doyle mccarthy gallagher doherty kennedy lynch murray quinn moore mclaughlin carroll connolly
        daly connell dunne brennan burke collins campbell clarke johnston farrell fitzgerald maguire nolan flynn callaghan kavanagh brady
        cullen keane sheehan hegarty foley duffy mahon mulligan rooney flanagan dolan sweeney boyle devlin hanlon costello cassidy corcoran
        hennessy geraghty dillon egan fahy regan tierney kearney mcmahon mcgrath mcnamara mcdonagh mccann mckenna mcguinness mcbride mcgovern
        mcneill healy hogan kane kenny lyons mcevoy molloy moran mullen murtagh nugent riordan sheridan slattery tobin whelan hickey hurley
        horgan fogarty donnelly donovan dwyer finnegan keogh mcauley mcgee mcintyre mckeown monaghan mooney morrissey mulcahy mullan mulvey
        nagle naughton noonan phelan quigley quinlan rafferty redmond scanlon scully shanahan sheehy twomey walshe callan keenan kehoe
        kiernan larkin loughlin lowry madden maher malone mcardle mccabe mccormack mcdermott mcelroy mcfadden mcgowan mcguire mckay mckeever
        mcmanus mcshane mcveigh meehan moloney mulhern nevin shea sullivan connor neill brien toole donnell leary rourke keefe mahony
        driscoll donoghue grady connors maughan lovell boswell loveridge buckland doran
        stewart thomson robertson anderson macdonald scott reid taylor clark ross watson morrison paterson mitchell walker fraser miller
        mcdonald gray grey henderson hamilton duncan graham ferguson kerr davidson bell cameron hunter allan mackenzie simpson mackay mclean
        macleod russell marshall wallace gibson gordon sutherland munro craig buchanan drummond erskine forbes galbraith gillespie lindsay
        logan menzies ogilvie rankin sinclair urquhart wylie boyd crawford mcintosh macintosh mackintosh mcgregor macgregor mckenzie mcleod
        mcpherson macpherson mckinnon mackinnon mclennan maclennan docherty laing lamont mcrae macrae morton muir napier pollock rennie
        ritchie shearer strachan tait wilkie wilson baird barr cowan cunningham dickson dunlop fleming gilmour inglis irvine jamieson kidd
        lockhart mccallum mcculloch mcewan mcfarlane mcgill mckie mcmillan mcneil melville moffat neilson paton scobie whyte christie cairns
        calder chalmers crichton dalziel findlay gallacher gillies guthrie haig mcconnell mcghee mcgurk mcinnes mcivor mackie mclaren
        pringle robb sloan sommerville watt wishart
        smith brown black johnson robinson wright thompson white green jackson patel khan mason rose rodgers harris cooper turner king baker
        harrison allen lee parker bennett cook carter shaw bailey cox richardson chapman webb hunt holmes mills palmer ali hussain fox
        stevens matthews reynolds knight lawrence butler barnes holland dixon pearson saunders fisher hudson atkinson riley lawson armstrong
        bradley hayes pearce barker burton dean payne gardner spencer hart elliott fletcher watts andrews harvey rogers berry bird cole rowe
        francis barrett nicholson lambert dawson lamb perry fuller howard newman higgins sharp potter holt fowler carr adams baxter brooks
        bryant burgess dyer ellison emery gibbs glover goodwin gough greenwood hammond hancock hardy hargreaves harding hawkins hewitt
        hicks hobbs hodgson holden hooper horton houghton howe hurst hutchinson jarvis jennings kay kemp kirby knowles leach lees lowe mann
        nash nelson newton nicholls norris norton osborne parsons pickering pollard poole preston randall rhodes richards ridley robson
        rowley sanders schofield sharpe sims slater stokes tate thornton todd tucker wade walters walton warren webster welch wheeler
        whitehead wilkinson willis wyatt yates
        kaur singh begum ahmed akhtar iqbal rahman miah uddin chowdhury hamid hassan hussein sharif rashid mahmood mahmud qureshi malik bibi
        aslam raza siddiqui sheikh mirza yusuf nawaz anwar saleem javed nazir bashir sandhu sidhu dhillon grewal bains johal sahota bhatti
        virdi kang atwal dhaliwal sohal reddy rao naidu pillai nair menon iyer krishnan patil bose banerjee chatterjee mukherjee ghosh dutta
        sharma kumar shah mistry parmar chauhan joshi mehta desai gupta verma rana gurung thapa solanki pandya trivedi vyas thakkar kapoor
        khanna malhotra chopra arora bhatia sethi chadha ahmad ahmadi hosseini karimi rezaei mohammadi haidari popal hossain haque hoque alam
        sarkar khatun akter
        mensah owusu boateng asante osei appiah agyeman addo adjei ofori amoah acheampong darko opoku quaye tetteh adeyemi okafor okonkwo
        okeke okoro eze nwosu nwachukwu chukwu adeleke afolabi akinola balogun bello ogunleye oladipo olawale adewale ojo okoye onyango
        otieno odhiambo kamau mwangi njoroge wanjiku achieng farah mohamud warsame osman jama diallo traore keita kone toure camara sesay
        kamara conteh bangura kanu moyo ncube dube sibanda ndlovu mutasa banda phiri mwale tembo nkosi khumalo mokoena adeola adeyinka
        akande alabi ayodele bamidele coker daramola lawal ogundipe olaniyan oyewole sanni nwankwo onuoha amadi boakye frimpong gyamfi kyei
        antwi bonsu sarpong yeboah donkor ansah amponsah danso okonjo
        nowak wojcik wójcik kowalczyk wozniak woźniak mazur krawczyk adamczyk dudek zajac zając wieczorek krol król wrobel wróbel pawlak
        walczak stepien stępień michalak sikora baran duda szewczyk pietrzak marciniak wlodarczyk włodarczyk kubiak kazmierczak sobczak
        cieslak kolodziej kołodziej szymczak szulc popa radu dumitru stoica gheorghe matei ciobanu constantin rusu munteanu lungu florea
        dinu barbu moldovan mocanu neagu nistor olteanu oprea lazar ursu vasile preda sandu cristea dobre suciu stanciu rotaru diaconu
        ardeleanu avram bucur chirila coman dragomir enache grigore iordache ilie manea nedelcu paraschiv pirvu serban tanase kazlauskas
        jankauskas petrauskas stankevicius vasiliauskas butkus paulauskas urbonas kavaliauskas berzins kalnins ozolins ozols liepins
        krumins balodis melnyk boyko koval oliynyk svoboda novak novotny dvorak cerny prochazka kucera vesely horak pokorny pospisil hajek
        jelinek ruzicka benes fiala sedlacek dolezal zeman kolar navratil cermak vanek blaha kovac varga nagy kovacs toth szabo horvath
        molnar nemeth farkas balogh takacs juhasz lakatos meszaros hoxha gashi berisha krasniqi shala morina kelmendi
        wang zhang liu chen yang huang zhao zhou zhu guo luo gao zheng liang xie feng deng peng zeng xiao tian yuan cai jiang cheng shen
        yao cui zhong wong cheung lau leung yip tsang kwok fung tse yeung choi siu chan lam lim teo goh koh nguyen tran pham hoang huynh
        phan dang bui ngo duong truong dinh trinh luu luong vuong li wu xu ng vu
        silva santos ferreira pereira oliveira costa rodrigues martins sousa souza fernandes goncalves gonçalves gomes lopes marques alves
        almeida ribeiro pinto carvalho teixeira moreira correia mendes nunes soares vieira monteiro cardoso rocha coelho cunha pires ramos
        reis simoes antunes fonseca matos araujo barbosa castro garcia rodriguez gonzalez fernandez lopez martinez sanchez perez gomez
        jimenez ruiz hernandez diaz moreno alvarez romero alonso gutierrez navarro torres dominguez vazquez ramirez serrano molina rossi
        russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti mancini giordano rizzo lombardi moretti yilmaz
        kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan cetin koc kurt ozkan simsek
        """.split { $0 == " " || $0 == "\n" }).subtracting(notFamilyNameWords)

    /// Family names that are everyday words too ("brown bruising", "the cook", "a white van"), or short enough to be part of one:
    /// a family name only when capitalised, or after a professional's title ("sgt brown").
    static let everydayFamilyNames: Set<Substring> = Set("""
        brown black white green rose king baker cook carter turner walker parker mason hunter knight mills fox bird lamb cole price parry
        gray grey bell sharp sharpe hart holland butler fisher potter fuller dean hardy nash hunt barker newman glover dyer lowe howe
        wade kay mann lee reis li wu xu ng vu lam tse koh goh teo yao cui lim dang bui popa radu ilie kang rao nair shah bose
        """.split { $0 == " " || $0 == "\n" })

    /// Words never read as a family name, whatever the lists say: words that are never names, what is done to a body ("Severe
    /// Burns"), a street's, a house's or a place's part, and conditions named for a person ("Parkinson's").
    static let notFamilyNameWords: Set<Substring> = notNames.union(harmWords).union(streetTypes).union(everydayStreetTypes).union(houseWords)
        .union(["parkinson", "parkinsons", "alzheimer", "alzheimers", "huntington", "huntingtons", "asperger", "aspergers", "crohn", "crohns",
                "tourette", "tourettes", "ngo", "cao"])

    /// English words ending "son" that are not family names: "Person", "Reason", "Liaison" ("Police Liaison", "Named Person").
    static let sonWords: Set<Substring> = Set("""
        person reason season lesson prison poison liaison arson comparison garrison unison parson venison crimson damson treason jettison
        caisson chanson orison benison stetson
        """.split { $0 == " " || $0 == "\n" })

    /// Capitalised words that start a name of a thing, a place or a body rather than a person, so are never a first name before a
    /// family name: "Cheshire West", "North West", "Mixed White", "Royal Stoke", "Operation Encompass", "Church Stretton",
    /// "Market Drayton". With `notNames`, the months and the towns of the policies' areas.
    static let notFirstNames: Set<Substring> = notNames.union(monthNames).union(places).union(notNamesAfterFor).union(streetTypes)
        .union(everydayStreetTypes).union(houseWords).union(Set("""
        north south east west mid upper lower greater great central royal national british general saint st queen queens kings princess
        lady sir lord mount port fort lake glen market church castle much bishops bishop's abbey priory forest wood woods hill park town
        city county borough village district parish mixed other any light dark pale bright navy code red amber operation op project
        programme team unit ward hospital academy college university primary secondary infant infants junior juniors nursery trust
        foundation council police fire ambulance army navy air force bank holiday new happy merry good best dear hi hello thanks thank
        regards kind yours sincerely faithfully please dear google microsoft apple amazon facebook instagram snapchat whatsapp tiktok tik
        youtube twitter xbox playstation netflix zoom android iphone samsung universal credit child working tax pension state personal
        independence disability living attendance carer's carers young adult community integrated multi joint single specialist domestic
        mental physical learning special additional sexual criminal youth justice crown magistrates family county high supreme appeal
        european human rights act acts section children's adults' women's men's citizens victim legal aid shared lives steam packet manx
        isle herbert language line care protection social services early help health visitor designated safeguarding lead named
        traveller travellers irish welsh english scottish polish romanian chipping midsomer burger
        """.split { $0 == " " || $0 == "\n" }))
        .union(englandWalesPlaces).union(clientServices)

    /// Words in lower case before a family name that are not a first name: prepositions and the verbs of getting in touch ("near
    /// newton abbot", "ask evans", "cc patel").
    static let notLowerCaseFirstNames: Set<Substring> = Set("""
        near via per towards toward beside behind outside inside across around round through against between among amongst like unlike
        except plus versus vs cc fao attn dear hi hello thanks ask tell call ring email contact phone text see meet chase visit help
        inform update refer escalate discuss speak talk write message remind advise
        """.split { $0 == " " || $0 == "\n" })

    /// Counties, cities and towns a capitalised pair starts with that are no one's first name: "Wirral West", "Telford Wrekin".
    static let englandWalesPlaces: Set<Substring> = Set("""
        cheshire shropshire telford wrekin wirral chester crewe warrington halton widnes runcorn knutsford macclesfield northwich winsford
        nantwich sandbach congleton alsager middlewich frodsham neston ellesmere oswestry ludlow bridgnorth shrewsbury whitchurch wem
        wrexham flintshire denbighshire powys gwynedd conwy anglesey ceredigion pembrokeshire carmarthenshire glamorgan gwent cardiff
        swansea newport merseyside liverpool manchester stockport trafford salford wigan bolton stoke staffordshire birmingham wolverhampton
        dudley walsall sandwell worcester hereford herefordshire gloucester gloucestershire bristol bath somerset devon cornwall torbay
        torquay paignton brixham plymouth exeter dorset wiltshire london england wales scotland ireland britain mercia midlands mids
        """.split { $0 == " " || $0 == "\n" })

    /// Words after a capitalised pair that make it a thing's name, not someone's: "Bethan Jones School", "Gwyn Evans Court".
    static let institutionWords: Set<Substring> = Set("""
        school schools academy college hospital hospitals centre center practice surgery clinic nursery university trust foundation church
        chapel mosque temple gurdwara synagogue library unit ward team service services partnership group solicitors ltd limited plc
        memorial institute society fund charity award prize scholarship lecture syndrome disease protocol act report review inquiry
        """.split { $0 == " " || $0 == "\n" })

    /// Capitalised plurals after "the" that are not a family: places ("the Pennines", "the Valleys", "the Curraghs"), bodies and
    /// groups ("the Samaritans", "the Scouts", "the Greens"), peoples and faiths ("the Poles", "the Quakers"), events ("the
    /// Olympics"), shops and chains named for their founders ("the McDonalds car park", in the labelled descriptions) and the words
    /// of a case written with a capital ("the Minutes", "the Allegations"). With these, any word the guard
    /// knows is never a name, in the plural (`capitalPluralsKeptForms`): "the Courts", "the Teams call", "the Services". A chat
    /// review, round 22, F5.
    static let capitalPluralsKept: Set<Substring> = Set("""
        pennines midlands cotswolds chilterns mendips quantocks malverns stiperstones wrekin lakes dales moors downs broads fens highlands
        lowlands borders hebrides valleys marches beacons curraghs ayres potteries rows quays docks cliffs hills mountains islands isles
        samaritans scouts guides brownies cubs beavers cadets rangers guards forces greens tories conservatives liberals democrats
        nationalists friends witnesses quakers mormons methodists baptists catholics anglicans christians muslims jews hindus sikhs
        poles scots brits kurds travellers gypsies
        olympics paralympics games nationals finals championships elections riots troubles proms illuminations races
        news times minutes notes concerns actions allegations findings recommendations outcomes records reports plans procedures guidelines
        regulations rules standards thresholds timescales timelines partners issues incidents injuries visits checks calls emails texts
        messages letters forms documents papers details contacts numbers dates results tests scans bloods meds medications notifications
        circumstances proceedings orders conditions arrangements parties respondents applicants trustees
        mcdonalds sainsburys tescos morrisons asdas aldis lidls currys wetherspoons spoons nandos dominos halfords debenhams
        """.split { $0 == " " || $0 == "\n" })

    /// The words a capitalised plural after "the" is not a family as, in each form a plural may take ("Courts", "Churches",
    /// "Authorities"): `capitalPluralsKept`, and the words the guard knows are never a name, a place, a body, a kind of home or
    /// what a case is made of.
    static let capitalPluralsKeptForms: Set<Substring> = {
        let words = capitalPluralsKept.union(notFirstNames).union(notFamilyNameWords).union(thingWords).union(caseWords).union(labelWords)
            .union(professionalTitles).union(placesKept).union(houseNames).union(notProfessionalNames)
        return words.reduce(into: Set<Substring>()) { forms, word in
            forms.formUnion([word, word + "s", word + "es"])
            if word.hasSuffix("y") { forms.insert(word.dropLast() + "ies") }
        }
    }()

    /// The words after which a capitalised pair is someone, whatever their names: "worried about Gwenllian Pritchard", "CSC closed the
    /// case on Bethan Jones", "re: Iolo Gwyn", "the child is Cai Rhun".
    static let personLeads: Set<Substring> = Set("""
        about regarding re concerning on for named called is was with visited saw see seen assess assessed assessing
        """.split { $0 == " " || $0 == "\n" }).union(personLeadNouns)
    /// Who someone is, before their name in lower case ("her son Gruffydd Hughes", "pupil Mabli Evans"); capitalised, they start a
    /// service's name ("Pupil Premium Grant", "Child Benefit Office").
    static let personLeadNouns: Set<Substring> = Set("""
        child son daughter boy girl baby pupil brother sister sibling nephew niece grandson granddaughter stepson stepdaughter
        """.split { $0 == " " || $0 == "\n" })

    /// The particles a family name may start with, as the guard's one pass over the bytes reads them (`particle` in the patterns):
    /// "de la Cruz", "O Sullivan", "Ní Bhriain" (read whole only in ASCII).
    static let particles: Set<Substring> = ["o", "a", "ni", "nic", "mac", "mc", "mhic", "ui", "bean", "ap", "ab", "ferch", "verch", "van", "von", "de",
                                            "da", "di", "du", "del", "della", "dos", "das", "le", "la", "al", "el", "bin", "ibn", "an", "na", "der", "den"]

    /// Whether a word read by the guard's one pass over the bytes (in lower case) has a family name's shape: an "O" on its own (the
    /// O of "O'Brien"), "Mc" or "Mac" before more ("McAllister", "MacLeod"), an ending of Romanian, Polish, Czech, Ukrainian,
    /// Lithuanian, Balkan, Greek or Turkish family names ("Popescu", "Kowalski", "Ivanova", "Shevchenko", "Kazlauskas",
    /// "Jovanovic", "Papadopoulos", "Ozoglu"), or "son" on a capitalised word that is not an English one ("Robson"). Looser than
    /// the patterns' own shapes, as it only wakes them. Asked of every word a text has, so most are answered by their last letter:
    /// asking each ending of each word took a third of the guard's time over the labelled descriptions (a debug build, round 16).
    static func hasFamilyNameShape(_ word: [UInt8], titleCase: Bool) -> Bool {
        guard let last = word.last else { return false }
        if word.count == 1 { return last == UInt8(ascii: "o") }
        if word.count >= 4, word[0] == UInt8(ascii: "m"), word[1] == UInt8(ascii: "c") || (word.count >= 6 && word[1] == UInt8(ascii: "a") && word[2] == UInt8(ascii: "c")) {
            return true
        }
        guard word.count >= 3, last < 0x80 else { return false }
        for ending in familyNameEndings[Int(last)] where word.count > ending.count && word.ends(with: ending) {
            return ending != sonEnding || titleCase && word.count >= 5 && !sonWords.contains(Substring(decoding: word, as: UTF8.self))
        }
        return false
    }

    static let sonEnding = Array("son".utf8)
    /// The endings of family names' shapes, by their last letter's byte.
    static let familyNameEndings: [[[UInt8]]] = ["escu", "ski", "ska", "ova", "ov", "enko", "chuk", "wicz", "czyk", "auskas", "ovic", "evic",
                                                 "opoulos", "oglu", "son"].reduce(into: Array(repeating: [], count: 0x80)) { byLast, ending in
        byLast[Int(ending.utf8.last!)].append(Array(ending.utf8))
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        guard count >= suffix.count else { return false }
        for index in suffix.indices where self[count - suffix.count + index] != suffix[index] { return false }
        return true
    }
}
