/// `all(f)` over the query's own rows: the families the query reads already, pooled.
///
/// `teachers in 7А show name, marks(term 1), all(marks(term 1))` reads 7А's marks of term 1 once:
/// the family that gives each teacher's average also gives each teacher's count and sum of marks
/// (`f1.tt`, `f1.n`), and `all()` pools them over the query's rows in a subquery SQLite runs once:
///
/// ```
/// WITH f1 AS MATERIALIZED (SELECT … AS k1, avg(m.value) AS av, total(m.value) AS tt, count(*) AS n …)
/// SELECT …, round(f1.av, 2), (SELECT round(total(f1.tt) / NULLIF(total(f1.n), 0), 2)
///                             FROM staff t LEFT JOIN f1 ON f1.k1 = t.id WHERE …) …
/// ```
///
/// The families are the query's when the rows that own them are: the same source, scope, span and
/// year, and a `where` that keeps no row out of them (none, or one of functions only, which the
/// families never read). Otherwise (`students in 7А where risk show all(…)`: the risk group's
/// families against the whole class), or when the query's rows do not read the family themselves
/// (`show name, all(marks(term 1))`), `all()` is a statement of its own, its families its own.
extension SQLGenerator {
    /// Whether `all()`'s rows own the families of this query's rows, and its value is a function of
    /// the row pooled from them.
    func sharesFamilies(with whole: Resolved.Query) -> Bool {
        guard whole.source == query.source, whole.scope == query.scope, whole.span == query.span,
            whole.pastYear == query.pastYear, whole.condition == nil, whole.groups.isEmpty,
            query.groups.isEmpty, !query.summarized, query.padded == nil, !ownerKeys.isEmpty,
            Self.conjuncts(query.condition).allSatisfy(Self.asksAFunction),
            whole.columns.count == 1, case .measure(let measure) = whole.columns[0].expression
        else { return false }
        // A median or a list is not pooled from the families' columns; a series is not pooled at all.
        return ![.median, .list].contains(measure.aggregate) && measure.buckets == nil && rowsRead(measure)
    }

    /// Whether the query's rows read the family of `measure` themselves (a function of the row they
    /// show, order by or are filtered on): a family only `all()` reads is read in its own statement.
    private func rowsRead(_ measure: Resolved.Measure) -> Bool {
        func reads(_ expression: Resolved.Expression) -> Bool {
            if case .measure(let own) = expression, own.buckets == nil, rows(of: own) == rows(of: measure),
                own.subjects == measure.subjects, own.span == measure.span, own.filter == measure.filter
            {
                return true
            }
            return expression.children.contains(where: reads)
        }
        var expressions = query.columns.map(\.expression) + query.order.map(\.expression)
        if let condition = query.condition { expressions.append(condition) }
        return expressions.contains(where: reads)
    }

    /// `all()` pooled from this query's families over the whole's rows: a subquery of no correlation,
    /// which SQLite runs once.
    mutating func sharedWholeScope(_ whole: Resolved.Query) -> String {
        var inner = SQLGenerator(query: whole, dialect: dialect)
        inner.arguments = arguments
        inner.families = families
        let column = whole.columns[0]
        var value = inner.expression(column.expression, grouped: true)
        if let decimals = column.decimals { value = dialect.round(value, places: decimals) }
        var joins = ""
        for index in inner.askedFamilies.sorted() where index < Self.joinedFamilies {
            joins += " LEFT JOIN f\(index + 1) ON " + inner.joined(inner.families[index], "f\(index + 1)")
        }
        let conditions = inner.rowConditions()
        families = inner.families
        arguments = inner.arguments
        var sql = "(SELECT \(value) FROM \(inner.schema.from)\(joins)"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joinedText(separator: " AND ") }
        return sql + ")"
    }
}
