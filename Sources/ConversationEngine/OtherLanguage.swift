/// Free text the classifier cannot read. It knows English only, and practitioners on the Welsh border write in Welsh:
/// "trais domestig yn y cartref neithiwr, plant yn bresennol" passed as routine with a guessed type (a chat review, round
/// 16, 2026-12-01). Such text is asked about, as a sign of risk would be, and its type is asked, not guessed.
enum OtherLanguage {
    /// Words common in written Welsh that English does not use: a sentence with several is Welsh. Words English shares
    /// ("a", "i", "am", "mam", "tad", "ben") are left out, so an English description is never taken for Welsh.
    static let welshWords: Set<Substring> = [
        "mae", "yn", "yr", "wedi", "ddim", "mewn", "gyda", "efo", "heno", "neithiwr", "heddiw", "yfory", "ddoe", "plentyn",
        "plant", "trais", "domestig", "cam", "drin", "camdrin", "esgeulustod", "perygl", "cartref", "gartref", "adref", "achos",
        "gwasanaethau", "cymdeithasol", "heddlu", "ysgol", "ysbyty", "meddyg", "fod", "oes", "nid", "gan", "iddo", "iddi",
        "nhw", "roedd", "oedd", "wnaeth", "diogel", "niwed", "babi", "merch", "bachgen", "rhieni", "teulu", "bore",
        "prynhawn", "gweithiwr", "penderfyniad", "asesiad", "cynllun", "amddiffyn", "pryder", "pryderus", "ynghylch",
        "ynglŷn", "ond", "hefyd", "iawn", "eisiau", "angen", "cau", "atgyfeirio", "atgyfeiriad", "trothwy", "bresennol",
        "ei", "eu", "ein", "ac", "yw", "ydy", "dros", "tan", "gofal", "maeth", "oedolyn", "oedolion", "digwydd",
    ]

    /// At least three Welsh words, and a quarter of all the words.
    static func isWelsh(_ text: String) -> Bool {
        let words = text.lowercased().unicodeScalars.split { !isWordScalar($0) }.map(Substring.init)
        let welsh = words.filter { welshWords.contains($0) }
        return Set(welsh).count >= 3 && welsh.count * 4 >= words.count
    }

    /// A letter or an apostrophe. Read scalar by scalar, ASCII first: `Character.isLetter` on every character of every
    /// description was a sixth of a description turn by callgrind (issue 17).
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "'" }
        return scalar.properties.isAlphabetic
    }

    /// The words quoted back when asking: the first eight.
    static func quote(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.prefix(8).joined(separator: " ") + (words.count > 8 ? " ..." : "")
    }
}
