extension SQLGenerator {
    /// Whether a subject's columns can be worked out from its rows grouped by their lesson's subject
    /// first: counts, sums, averages, lowest and highest, shares and deviations can (each adds up from
    /// its parts); a list or a median cannot.
    static func bySubjectFirst(_ columns: [String]) -> Bool {
        columns.allSatisfy { ["n", "av", "tt", "sm", "lo", "hi", "tp", "tpt", "hw", "hwt", "sd", "sq"].contains($0) }
    }

    /// A subject's columns over its own rows and its courses' (`fm`: a course counts in its parent
    /// subject too): the rows grouped by their lesson's subject first, a dozen groups, and each group
    /// then added to the subjects it counts in — not every row joined to its subjects one by one.
    /// `value` is a row's number (a mark's value, or 1); the columns are those of `aggregate`.
    func groupedBySubjectFirst(from: String, conditions: [String], columns: [String], value: String) -> String {
        let number = dialect.real(value)
        let topic = "(coalesce(l.topic, '') <> '')"
        let homework = "(coalesce(l.homework, '') <> '')"
        var parts = ["l.subject AS sj", "count(*) AS n"]
        // A mark's value is never empty: its count is the count of rows.
        let values = ["m.value", "1"].contains(value) ? "n" : "c"
        var needed = Set<String>()
        for column in columns {
            switch column {
            case "av": needed.formUnion(["s", values])
            case "tt", "sm": needed.insert("s")
            case "lo", "hi", "sq": needed.insert(column)
            case "tp", "tpt": needed.insert("tp")
            case "hw", "hwt": needed.insert("hw")
            case "sd": needed.formUnion([values, "rs", "sq"])
            default: break
            }
        }
        if needed.contains("s") { parts.append("sum(\(value)) AS s") }
        if needed.contains("c") { parts.append("count(\(value)) AS c") }
        if needed.contains("rs") { parts.append("\(dialect.sumOrZero(number)) AS rs") }
        if needed.contains("sq") { parts.append("\(dialect.sumOrZero("\(number) * \(number)")) AS sq") }
        if needed.contains("lo") { parts.append("min(\(value)) AS lo") }
        if needed.contains("hi") { parts.append("max(\(value)) AS hi") }
        if needed.contains("tp") { parts.append("sum(\(topic)) AS tp") }
        if needed.contains("hw") { parts.append("sum(\(homework)) AS hw") }
        let combined = columns.map { column -> String in
            let sql: String
            switch column {
            case "av": sql = "\(dialect.real("sum(g.s)")) / sum(g.\(values))"
            case "tt": sql = dialect.sumOrZero("g.s")
            case "sm": sql = "sum(g.s)"
            case "lo": sql = "min(g.lo)"
            case "hi": sql = "max(g.hi)"
            case "tp": sql = "100.0 * sum(g.tp) / sum(g.n)"
            case "tpt": sql = dialect.sumOrZero("g.tp")
            case "hw": sql = "100.0 * sum(g.hw) / sum(g.n)"
            case "hwt": sql = dialect.sumOrZero("g.hw")
            case "sd":
                sql = stddev(
                    count: "sum(g.\(values))", sum: dialect.sumOrZero("g.rs"), squares: dialect.sumOrZero("g.sq"))
            case "sq": sql = dialect.sumOrZero("g.sq")
            default: sql = "sum(g.n)"
            }
            return "\(sql) AS \(column)"
        }
        let where_ = conditions.isEmpty ? "" : " WHERE " + conditions.joinedText(separator: " AND ")
        let inner = "SELECT \(parts.joinedText(separator: ", ")) FROM \(from)\(where_) GROUP BY l.subject"
        return "SELECT \((["fm.owner AS k1"] + combined).joinedText(separator: ", ")) FROM (\(inner)) g "
            + "\(dialect.orderedJoin) \(Self.subjectFamilies) fm ON fm.member = g.sj GROUP BY fm.owner"
    }
}
