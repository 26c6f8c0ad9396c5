/// Places in the UK and nearby that no bundled policy covers, as practitioners name them: each a local authority area, a
/// nation, or a large town, by its usual name. A chat review (round 18, 2026-12-01) typed neighbouring areas ("Bristol",
/// "Wirral", "Somerset") at the partnership question and was told only "Sorry, I didn't catch that".
///
/// A place a loaded policy names (by alias, area or town) is matched to that policy first, so is never read here; the list
/// holds no such place, nor a town whose name is an everyday word ("Reading", "Bury"). Which places it holds is geography,
/// not any policy's words.
enum PlacesNotCovered {
    /// The place `text` names, as the list spells it, or nil; the longest name found wins ("north somerset", not "somerset").
    /// Looked up by its runs of words, longest first: searching the answer for each of 150 names took about 100 us a turn.
    static func named(in text: String) -> String? {
        let words = Answers.words(text)
        // Only runs that begin with a word some name begins with are joined and looked up: most answers have none.
        let starts = words.indices.filter { firstWords.contains(String(words[$0])) }
        for length in stride(from: min(longest, words.count), through: 1, by: -1) {
            for start in starts where start + length <= words.count {
                if let name = byWords[words[start..<start + length].joined(separator: " ")] { return name }
            }
        }
        return nil
    }

    private static let firstWords = Set(byWords.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    private static let byWords: [String: String] = Dictionary(names.map { (Answers.normalized($0), $0) }, uniquingKeysWith: { first, _ in first })
    private static let longest = byWords.keys.map { $0.split(separator: " ").count }.max() ?? 0

    static let names = [
        // Around B&NES.
        "Bristol", "Somerset", "North Somerset", "South Gloucestershire", "Gloucestershire", "Wiltshire", "Swindon", "Dorset",
        "Bournemouth", "Poole", "Weston-super-Mare", "Frome", "Chippenham", "Trowbridge", "Yeovil", "Taunton", "Bridgwater",
        // Around Torbay.
        "Devon", "Plymouth", "Exeter", "Cornwall", "Newton Abbot", "Isles of Scilly",
        // Around Pan-Cheshire.
        "Wirral", "Birkenhead", "Liverpool", "Merseyside", "Knowsley", "Sefton", "St Helens", "Wigan", "Salford", "Trafford",
        "Manchester", "Greater Manchester", "Stockport", "Tameside", "Oldham", "Rochdale", "Bolton", "Derbyshire", "Derby",
        "Staffordshire", "Stoke", "Stoke-on-Trent", "Lancashire", "Blackpool", "Blackburn", "Preston",
        // Around Shropshire.
        "Telford", "Telford and Wrekin", "Wrekin", "Herefordshire", "Hereford", "Worcestershire", "Worcester", "Wolverhampton",
        "Dudley", "Walsall", "Sandwell", "Birmingham", "Coventry", "Solihull", "Warwickshire", "West Midlands",
        // Wales, nearest first.
        "Wales", "Wrexham", "Flintshire", "Denbighshire", "Powys", "Conwy", "Gwynedd", "Anglesey", "Ceredigion", "Monmouthshire",
        "Newport", "Cardiff", "Swansea", "Carmarthenshire", "Pembrokeshire", "Bridgend", "Caerphilly", "Torfaen",
        "Blaenau Gwent", "Merthyr Tydfil", "Rhondda Cynon Taf", "Neath Port Talbot", "Vale of Glamorgan",
        // Around the Isle of Man, and the other nations and islands.
        "Cumbria", "Carlisle", "Barrow-in-Furness", "Scotland", "Glasgow", "Edinburgh", "Dumfries", "Northern Ireland", "Belfast", "Ireland",
        "Dublin", "Jersey", "Guernsey",
        // Elsewhere in England.
        "London", "Kent", "Surrey", "Sussex", "East Sussex", "West Sussex", "Brighton", "Hampshire", "Southampton", "Portsmouth",
        "Isle of Wight", "Berkshire", "Oxfordshire", "Oxford", "Buckinghamshire", "Milton Keynes", "Hertfordshire",
        "Bedfordshire", "Luton", "Essex", "Southend", "Suffolk", "Norfolk", "Norwich", "Cambridgeshire", "Cambridge", "Peterborough",
        "Northamptonshire", "Leicestershire", "Leicester", "Rutland", "Nottinghamshire", "Nottingham", "Lincolnshire", "Lincoln",
        "Yorkshire", "North Yorkshire", "York", "Leeds", "Bradford", "Sheffield", "Rotherham", "Doncaster", "Barnsley", "Wakefield",
        "Kirklees", "Calderdale", "Hull", "Durham", "Newcastle", "Sunderland", "Gateshead", "Middlesbrough", "Northumberland",
    ]
}
