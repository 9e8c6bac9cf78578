/// The SQL of the median and the standard deviation, set-based: no engine function but windows.
///
/// A median of a `by` group (`marks in 7А during term 1 by subject show subject, median(value)`)
/// is one pass over the query's rows in a CTE of its own: each row's group keys and value, ranked
/// in its group by the value (`row_number()` and `count(*)` over the group), and of each group the
/// mean of the one or two middle values. The query's group reads its median there by its keys. A
/// median of a row's own marks (`median(marks(term 1))`) is a column of the marks' family, ranked
/// the same way in the family's one pass. The standard deviation is the sample's (n − 1, as
/// Excel's STDEV.S / СТАНДОТКЛОН.В), from the sums of the values and of their squares; empty for
/// fewer than two values.
extension SQLGenerator {
    /// A `WITH` of the families' tables (`prefix`, maybe empty) and the medians' (`tables`).
    static func with(_ prefix: String, _ tables: [String]) -> String {
        guard !tables.isEmpty else { return prefix }
        guard prefix.hasPrefix("WITH ") else { return "WITH " + tables.joinedText(separator: ",\n") + "\n" }
        return String(prefix.dropLast()) + ",\n" + tables.joinedText(separator: ",\n") + "\n"
    }

    /// The sample standard deviation of a group's values, from their count, sum and sum of squares
    /// (each SQL of the group's rows); empty for fewer than two values.
    func stddev(count: String, sum: String, squares: String) -> String {
        let variance = "((\(squares) - \(sum) * \(sum) / NULLIF(\(count), 0)) / NULLIF(\(count) - 1, 0))"
        return dialect.squareRoot(dialect.greatest("0.0", variance))
    }

    /// The sample standard deviation of a value over a group's rows.
    func stddev(of value: String) -> String {
        let number = dialect.real(value)
        return stddev(
            count: "count(\(value))", sum: dialect.sumOrZero(number),
            squares: dialect.sumOrZero("\(number) * \(number)"))
    }

    /// The median of `value` over a group's rows (or the whole result): read from its pass, joined
    /// to the query's rows by the group's keys (every row of a group has its group's median).
    mutating func groupMedian(_ value: Resolved.Expression) -> String {
        let index: Int
        if let found = medians.firstIndex(of: value) {
            index = found
        } else {
            medians.append(value)
            index = medians.count - 1
        }
        let alias = "md\(index + 1)"
        guard !query.groups.isEmpty else { return "(SELECT \(alias).md FROM \(alias))" }
        return "max(\(alias).md)"
    }

    /// The joins of the medians' passes to the query's rows, by the group's keys (none for the whole
    /// result, whose one median is read as it is).
    mutating func medianJoins() -> String {
        guard !query.groups.isEmpty else { return "" }
        var joins = ""
        for index in medians.indices {
            let alias = "md\(index + 1)"
            // By what the group is (a subject's code, not its name looked up for every row).
            let keys = query.groups.map { grouping($0.expression) }
            let tied = keys.enumerated().map { "\(alias).k\($0 + 1) IS \($1)" }.joinedText(separator: " AND ")
            joins += " LEFT JOIN \(alias) ON \(tied)"
        }
        return joins
    }

    /// The CTEs of the medians the query asks (`md1 AS MATERIALIZED (…)`): each the query's own rows
    /// (`joins`: its families), their group keys and the value, ranked within the group.
    mutating func mediansSQL(joins: String) -> [String] {
        var tables: [String] = []
        for (index, value) in medians.enumerated() {
            let keys = query.groups.map { grouping($0.expression) }
            let named = keys.enumerated().map { "\($1) AS k\($0 + 1)" }
            let v = expression(value, grouped: false)
            var rows = "SELECT \((named + ["\(v) AS v"]).joinedText(separator: ", ")) FROM \(schema.from)\(joins)"
            let conditions = rowConditions()
            if !conditions.isEmpty { rows += " WHERE " + conditions.joinedText(separator: " AND ") }
            let outer = keys.indices.map { "k\($0 + 1)" }
            let partition = outer.isEmpty ? "" : "PARTITION BY \(outer.joinedText(separator: ", ")) "
            let ranked = """
                SELECT \((outer + ["v"]).joinedText(separator: ", ")), row_number() OVER (\(partition)ORDER BY v) AS r, \
                count(*) OVER (\(partition.trimmingCharacters(in: .whitespaces))) AS n FROM (\(rows)) WHERE v IS NOT NULL
                """
            var sql = "SELECT \((outer + ["avg(v) AS md"]).joinedText(separator: ", ")) FROM (\(ranked)) "
            sql += "WHERE r IN ((n + 1) / 2, (n + 2) / 2)"
            if !outer.isEmpty { sql += " GROUP BY " + outer.joinedText(separator: ", ") }
            tables.append("md\(index + 1) AS MATERIALIZED (\(sql))")
        }
        return tables
    }

    /// The middle value of a family's groups (`md`), over its ranked rows (`rn` of `cn`).
    static let familyMedian = "avg(CASE WHEN rn IN ((cn + 1) / 2, (cn + 2) / 2) THEN v END)"
}

extension SQLGenerator {
    /// The SQL of a filter on a family's rows (`where late` of `count(marks(term 1) where late)`),
    /// written in the terms of the rows' own source: its fields are that source's, whatever the
    /// query's rows are. Its parameters are numbered on from this statement's.
    mutating func filterSQL(_ filter: Resolved.Expression, of source: Resolved.Source) -> String {
        let rows = Resolved.Query(
            source: source, scope: nil, span: nil, condition: nil, groups: [], columns: [], order: [], limit: nil,
            pastYear: query.pastYear)
        var inner = SQLGenerator(query: rows, dialect: dialect)
        inner.arguments = arguments
        let sql = inner.expression(filter, grouped: false)
        arguments = inner.arguments
        return sql
    }
}
