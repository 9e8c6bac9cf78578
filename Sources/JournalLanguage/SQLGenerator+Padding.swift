/// The SQL of a count by a listed dimension (`Resolver+Padding.swift`): the groups that have rows
/// (`g`, one pass, as any grouped query) and every member of the dimension the scope knows (`mb`:
/// the teachers or subjects of its teaching load — by key, their names looked up once a row —, its
/// classes), with the groups' own keys too; each member is a row, its counts and sums 0 and its other
/// aggregates empty where it has no group.
extension SQLGenerator {
    mutating func paddedBody(prefix: String, joins: String) -> SQLQuery {
        let keyExpression = query.groups[0].expression
        // A teacher or a subject is grouped and listed by its key, and its name looked up once a row
        // of the result (by name, the groups and the members were matched name by name).
        var lookup: Resolved.Field.Lookup?
        if case .field(let field) = keyExpression { lookup = ownField(field).lookup }
        let key = lookup == nil ? expression(keyExpression, grouped: false) : grouping(keyExpression)
        let shownKey = lookup.map { SourceSchema.lookedUp($0, alias: "nj1", in: dialect) } ?? "mb.k"
        // A count of marks by teacher: from the summary the store keeps, where it answers (`+TeacherMarks`).
        let fromSummary = joins.isEmpty && readsTeacherMarks ? teacherMarksSource() : nil
        var selected = ["\(key) AS k"]
        var outer: [String] = []
        for (index, column) in query.columns.enumerated() {
            if column.expression == keyExpression {
                outer.append(shownKey)
                continue
            }
            var sql =
                fromSummary.flatMap { _ in teacherMarksAggregate(column.expression) }
                ?? expression(column.expression, grouped: true)
            if let decimals = column.decimals { sql = dialect.round(sql, places: decimals) }
            selected.append("\(sql) AS c\(index + 1)")
            switch column.expression {
            case .groupAggregate(.count, _), .groupAggregate(.sum, _): outer.append("coalesce(g.c\(index + 1), 0)")
            default: outer.append("g.c\(index + 1)")
            }
        }
        var rows = "SELECT \(selected.joinedText(separator: ", ")) FROM \(fromSummary ?? schema.from + joins)"
        let conditions = fromSummary == nil ? rowConditions() : []
        if !conditions.isEmpty { rows += " WHERE " + conditions.joinedText(separator: " AND ") }
        rows += " GROUP BY " + grouping(keyExpression)
        let members = "SELECT \(membersSQL(byKey: lookup != nil)) UNION SELECT g.k FROM g"
        let with = Self.with(prefix, ["g AS MATERIALIZED (\(rows))", "mb AS (\(members))"])
        let shown = zip(query.columns, outer).map { "\($1) AS \(quoted($0.title))" }
        var core = "\nFROM mb LEFT JOIN g ON g.k IS mb.k"
        if let lookup { core += SourceSchema.lookupJoin(lookup, alias: "nj1", on: "mb.k") }
        var order: [String] = []
        for item in query.order {
            guard let index = query.columns.firstIndex(where: { $0.expression == item.expression }) else { continue }
            let value = outer[index]
            if query.columns[index].type == .schoolClass {
                order.append(
                    dialect.nullsLast(dialect.leadingInteger(value), descending: item.descending) + ", "
                        + dialect.nullsLast(value, descending: item.descending))
            } else {
                order.append(dialect.nullsLast(value, descending: item.descending))
            }
        }
        if lookup != nil {
            // Namesakes (two teachers of one name) in a fixed order: by who they are.
            order.append(shownKey + ", mb.k")
        } else {
            order.append(query.groups[0].type == .schoolClass ? dialect.leadingInteger("mb.k") + ", mb.k" : "mb.k")
        }
        core += "\nORDER BY " + order.joinedText(separator: ", ")
        if let limit = query.limit { core += "\nLIMIT " + parameter(.integer(Int64(limit))) }
        var result = SQLQuery(
            sql: with + "SELECT " + shown.joinedText(separator: ", ") + core, arguments: arguments,
            columns: query.columns.map(\.title), notes: query.notes)
        if let note = query.paddedNote {
            // The rows shown (the same order and limit), each marked when it is a member's with no group of rows.
            let marked = with + "SELECT " + (shown + ["(g.k IS NULL) AS \"+added\""]).joinedText(separator: ", ") + core
            result.addedRows = SQLQuery.AddedRows(markedSQL: marked, note: note)
        }
        return result
    }

    /// The members of the dimension the scope knows, as the `by` key shows them: the teachers or
    /// subjects of the teaching load of its classes (groups, a student's class and groups), or of
    /// the school's; its classes, or the school's.
    private mutating func membersSQL(byKey: Bool) -> String {
        let dimension = query.padded ?? "class"
        if dimension == "class" {
            var sql = "kc.name AS k FROM class kc WHERE kc.year = \(year.year)"
            if let scope = query.scope, !scope.covered.isEmpty { sql += " AND kc.id IN (\(integers(scope.covered)))" }
            if let span = query.span, span.common == nil {
                // A class whose own period has not begun, or that has none, has no rows yet rather than
                // none: the note of the missing period names it, and it is not listed with 0.
                let begun = span.ranges.filter { $0.value.from <= $0.value.to }.keys.sorted()
                sql += begun.isEmpty ? " AND 0" : " AND kc.scheme IN (\(parameters(begun)))"
            }
            return sql
        }
        let field =
            dimension == "teacher"
            ? SourceSchema.person("teacher", id: "tl.teacher", in: "staff", dialect)
            : SourceSchema.subject("subject", code: "tl.subject")
        var sql = """
            DISTINCT \(byKey ? field.keySQL ?? field.sql : field.sql) AS k FROM teaching_load tl \
            JOIN class kc ON kc.id = tl.class_id \
            WHERE kc.year = \(year.year) AND \(field.keySQL ?? field.sql) IS NOT NULL
            """
        if let scope = query.scope { sql += " AND " + planningScope(scope, row: "tl") }
        return sql
    }
}
