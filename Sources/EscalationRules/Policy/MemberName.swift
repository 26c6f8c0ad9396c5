/// The member a file's author most likely meant by a name the reader does not know.
enum MemberName {
    /// A name as compared: lower case, letters and digits only, so "stage_started", "Stage-Started" and "stageStarted"
    /// are one name.
    static func key(_ name: String) -> String {
        name.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// The one member of `known` that `name` plainly stands for: an alias, the same name spelt another way, or a slip of a
    /// letter or two; nil where none is plain, or where two are equally near.
    static func meant(_ name: String, among known: [String], aliases: [String: String] = [:]) -> String? {
        let typed = key(name)
        if let alias = aliases[typed], known.contains(alias) { return alias }
        if let same = known.first(where: { key($0) == typed }) { return same }
        guard typed.count >= 3 else { return nil }
        let near = known.map { ($0, distance(typed, key($0))) }.filter { $0.1 <= (typed.count >= 6 ? 2 : 1) }
        guard let best = near.min(by: { $0.1 < $1.1 }), near.filter({ $0.1 == best.1 }).count == 1 else { return nil }
        return best.0
    }

    /// The number of letters to insert, delete or change to turn `a` into `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
