/// The SQL of aggregates over linked rows (`sum(load.hours)`, `count(parents)`).
extension SQLGenerator {
    /// An aggregate over the owning row's linked rows: the linked source's own statement (its scope
    /// and span are this query's, its functions its own families), each row with the key that ties
    /// it to its owner, summed up for the owner. The statement does not depend on the owning row,
    /// so SQLite makes its rows once.
    mutating func linked(_ linked: Resolved.Linked, grouped: Bool) -> String {
        guard let link = SourceLink.links(of: linked.owner).first(where: { $0.name == linked.link }) else {
            preconditionFailure("the resolver let an unknown link through: \(linked.link)")
        }
        let tie = Resolved.Field(name: "link key", type: .text, sql: link.targetKey, keySQL: nil)
        let rows = Resolved.Query(
            source: link.target, scope: query.scope, span: linked.span, condition: nil, groups: [],
            columns: [
                Resolved.Column(title: "k", expression: .field(tie), type: .text),
                // A listed value is shown as it would be on its own (an average with 2 decimals).
                Resolved.Column(
                    title: "x", expression: linked.value ?? .bool(true), type: .number,
                    decimals: linked.aggregate == .list ? linked.value.flatMap(Resolver.decimals) : nil),
            ],
            order: [], limit: nil, pastYear: query.pastYear)
        var inner = SQLGenerator(query: rows, dialect: dialect)
        // Only a list shows the linked rows in their order.
        inner.unordered = linked.aggregate != .list
        // The linked rows' parameters are numbered on from this statement's.
        inner.arguments = arguments
        let statement = inner.statement()
        arguments = statement.arguments
        let value: String
        switch linked.aggregate {
        case .count: value = linked.value == nil ? "count(*)" : "count(lnk.x)"
        case .sum: value = "coalesce(sum(lnk.x), 0)"
        case .list: value = dialect.groupConcat("lnk.x", separator: ", ")
        case .share: value = "(100.0 * avg(CASE WHEN lnk.x THEN 1.0 ELSE 0.0 END))"
        case .avg, .min, .max: value = "\(linked.aggregate.rawValue)(lnk.x)"
        case .stddev: value = stddev(of: "lnk.x")
        case .median: value = ""  // ranked below
        }
        var sql: String
        if linked.aggregate == .median {
            // Every owner's linked values ranked once (not row by row), and the mean of the owner's one
            // or two middle ones.
            var owner = "lnk.k"
            var rows = "FROM (\(statement.sql)) lnk"
            if let pairs = link.pairs {
                owner = pairs.owner
                rows += " JOIN \(pairs.table) ON \(pairs.target) = lnk.k"
            }
            let ranked = """
                SELECT \(owner) AS o, lnk.x AS x, row_number() OVER (PARTITION BY \(owner) ORDER BY lnk.x) AS r, \
                count(*) OVER (PARTITION BY \(owner)) AS n \(rows) WHERE lnk.x IS NOT NULL
                """
            // Materialized, the ranking runs once for the statement, not once for each owner.
            sql = """
                (WITH rk AS MATERIALIZED (\(ranked)) SELECT avg(rk.x) FROM rk WHERE rk.o = \(link.ownerKey) \
                AND rk.r IN ((rk.n + 1) / 2, (rk.n + 2) / 2))
                """
        } else if let pairs = link.pairs {
            // The target column's index kept out of the join (`Pairs.byOwner`); not for a list, which
            // reads the linked rows in their own order.
            let target = pairs.byOwner && linked.aggregate != .list ? dialect.noIndex(pairs.target) : pairs.target
            sql =
                "(SELECT \(value) FROM (\(statement.sql)) lnk JOIN \(pairs.table) ON \(target) = lnk.k "
                + "WHERE \(pairs.owner) = \(link.ownerKey))"
        } else {
            sql = "(SELECT \(value) FROM (\(statement.sql)) lnk WHERE lnk.k = \(link.ownerKey))"
        }
        guard grouped else { return sql }
        // Over a `by` group, each row's part combined: counts and sums add up, the least of the least.
        switch linked.aggregate {
        case .count, .sum: return "coalesce(sum(\(sql)), 0)"
        case .list: return dialect.groupConcat(sql, separator: ", ")
        default: return "\(linked.aggregate.rawValue)(\(sql))"
        }
    }
}
