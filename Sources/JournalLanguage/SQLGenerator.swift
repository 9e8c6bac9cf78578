import JournalFoundation
import JournalStore

/// One SQLite statement with its parameters: what a query compiles to.
public struct SQLQuery: Equatable, Sendable {
    public var sql: String
    public var arguments: [CellValue]
    /// The titles of the result's columns, as the user typed the items.
    public var columns: [String]
    /// What each column holds, in the order of `columns` (empty when not known).
    public var columnKinds: [ColumnKind] = []
    /// What the query reads, for deciding who may run it: the kinds of data and whose.
    public var reads = Reading([], classIDs: nil)
    /// Notes to print under the result: what it leaves out though the query names it.
    public var notes: [Message] = []
    /// Where the query asks for its rows as a chart (`… chart`), or nil for a table.
    public var chart: SourceSpan?
    /// For a count by a listed dimension (`by teacher`), the statement (with this one's arguments)
    /// that also marks the rows of the result listed with no rows of their own, and the note to say
    /// under the result when there are any.
    public var addedRows: AddedRows?
    /// What its marks and attendance are read from (nil: it reads none), for `explain`.
    public var summaryUse: SummaryUse?
    /// What its period grades are read from (nil: it reads none), for `explain`.
    public var gradeUse: GradeUse?

    /// Where a query's marks and attendance come from: the summaries the store keeps (whole months,
    /// the raw rows for the days at a span's edges), the raw rows, or each for some of its functions.
    public enum SummaryUse: Equatable, Sendable {
        case summaries, rawRows, both
        /// Every mark of the span counted from the summary by class and day (`mark_day`).
        case days
    }

    /// Where a query's period grades come from: the summary by student and period the store keeps
    /// (`grade_summary`), the grades themselves (of some subjects, by subject), or each for some of its
    /// functions.
    public enum GradeUse: Equatable, Sendable {
        case summary, grades, both
    }

    public struct AddedRows: Equatable, Sendable {
        /// The query's own statement with one more column, last: 1 on a row added, else 0 (the rows
        /// and the note in one pass).
        public var markedSQL: String
        public var note: Message
    }
}

/// The fourth stage: resolved query → one parameterised SQLite statement.
///
/// Every value the user typed becomes a `?` parameter; the SQL text holds only the
/// schema's names and the language's own constants. Functions of a row are read set by set,
/// each set in one pass grouped by the row that owns it (`SQLGenerator+Families.swift`).
public struct SQLGenerator {
    var arguments: [CellValue] = []
    let query: Resolved.Query
    let schema: SourceSchema
    /// The school year the query reads: the generator's input, never a rewrite of its output.
    let year: SchoolYearSQL
    /// The engine's spellings: the generator's input too.
    let dialect: any SQLDialect

    /// Generates the statement of a resolved query.
    public static func generate(_ query: Resolved.Query, dialect: any SQLDialect = SQLiteDialect()) -> SQLQuery {
        var generator = SQLGenerator(query: query, dialect: dialect)
        return generator.statement()
    }

    init(query: Resolved.Query, dialect: any SQLDialect = SQLiteDialect()) {
        self.query = query
        self.year = SchoolYearSQL(pastYear: query.pastYear)
        self.dialect = dialect
        self.schema = SourceSchema.schema(query.source, year: year, dialect: dialect)
    }

    mutating func parameter(_ value: CellValue) -> String {
        arguments.append(value)
        // Numbered, so a piece of SQL used twice (a `by` key in GROUP BY and ORDER BY) binds the same value.
        return dialect.parameter(arguments.count)
    }

    /// A field as the generator's own schema has it, in its dialect: the resolver looked the
    /// field up (by name, in the SQLite schema) only to type it.
    func ownField(_ field: Resolved.Field) -> Resolved.Field {
        schema.field(field.name) ?? field
    }

    /// What a `by` item groups on: a person or a subject (or a class of many years) by its key
    /// (`l.teacher`), not by the name looked up for every row (the name is shown, looked up once a
    /// group); anything else as shown.
    mutating func grouping(_ expression: Resolved.Expression) -> String {
        if case .field(let field) = expression, [.person, .subject, .schoolClass].contains(field.type),
            let key = ownField(field).keySQL
        {
            return key
        }
        return self.expression(expression, grouped: false)
    }

    mutating func parameters(_ values: [String]) -> String {
        values.map { parameter(.text($0)) }.joinedText(separator: ", ")
    }

    /// Rows in no particular order (linked rows summed up for their owner): without an ORDER BY,
    /// SQLite can fold the statement into the owner's and read it by the link's index.
    var unordered = false
    /// The families of the query's functions, each one pass over the rows it reads, joined once to
    /// the query's rows (`SQLGenerator+Families.swift`).
    var families: [MeasureFamily] = []
    /// The indexes of the families whose columns the generator has asked for: those the query's rows
    /// join (a family only `all()` pools is joined in its subquery alone).
    var askedFamilies: Set<Int> = []
    /// The values whose median a `by` group (or the whole result) asks, each one pass over the
    /// query's rows in a CTE of its own (`SQLGenerator+Median.swift`).
    var medians: [Resolved.Expression] = []

    mutating func statement() -> SQLQuery {
        // A first pass finds the families the query's functions read and what it asks of each, so
        // that their SQL comes first and the parameters are numbered in the order of the text (after
        // those of the statement this one is part of, for linked rows).
        let before = arguments
        var first = self
        var draft = first.body(prefix: "", joins: "")
        _ = first.mediansSQL(joins: "")
        // A query of no functions over other rows (no family, no median) is written the same the
        // second time: the first is it.
        if first.families.isEmpty, first.medians.isEmpty {
            self = first
            draft.summaryUse = teacherMarksUse ?? markDayUse ?? summaryUse
            draft.gradeUse = gradeUse
            return draft
        }
        families = first.families
        askedFamilies = first.askedFamilies
        medians = first.medians
        arguments = before
        let (prefix, joins) = familiesSQL()
        let tables = mediansSQL(joins: joins)
        var statement = body(prefix: Self.with(prefix, tables), joins: joins + medianJoins())
        statement.summaryUse = teacherMarksUse ?? markDayUse ?? summaryUse
        statement.gradeUse = gradeUse
        return statement
    }

    private mutating func body(prefix: String, joins: String) -> SQLQuery {
        if query.padded != nil { return paddedBody(prefix: prefix, joins: joins) }
        let grouped = !query.groups.isEmpty || query.summarized
        // Marks by day: from the summary the store keeps, where it answers (`+MarkDay`).
        let byDay = joins.isEmpty && readsMarkDay
        var from = byDay ? Self.markDayFrom : schema.from + joins
        // A name shown for each row (a lesson's teacher, a mark's student) is joined once by its key:
        // SQLite runs a subquery a row slower than the same look-up in the join.
        var lookups: [Resolved.Field.Lookup] = []
        let value = { (generator: inout SQLGenerator, expression: Resolved.Expression) -> String in
            if !grouped, !byDay, case .field(let field) = expression, let lookup = generator.ownField(field).lookup {
                let index = lookups.firstIndex(of: lookup) ?? lookups.count
                if index == lookups.count { lookups.append(lookup) }
                return SourceSchema.lookedUp(lookup, alias: "nj\(index + 1)", in: generator.dialect)
            }
            return (byDay ? generator.markDayAggregate(expression) : nil)
                ?? generator.expression(expression, grouped: grouped)
        }
        var select: [String] = []
        for column in query.columns {
            var sql = value(&self, column.expression)
            if let decimals = column.decimals { sql = dialect.round(sql, places: decimals) }
            select.append("\(sql) AS \(quoted(column.title))")
        }
        let conditions = rowConditions()
        var order: [String] = []
        for item in query.order {
            // Empty values last, whichever the direction: a class with no grades yet is not the best or worst.
            let sql = value(&self, item.expression)
            if case .field(let field) = item.expression, field.type == .schoolClass {
                // Classes go by grade, then letter: 5А before 10А.
                order.append(
                    dialect.nullsLast(dialect.leadingInteger(sql), descending: item.descending) + ", "
                        + dialect.nullsLast(sql, descending: item.descending))
            } else {
                order.append(dialect.nullsLast(sql, descending: item.descending))
            }
        }
        for (index, lookup) in lookups.enumerated() {
            from += SourceSchema.lookupJoin(lookup, alias: "nj\(index + 1)")
        }
        var sql = prefix + "SELECT " + select.joinedText(separator: ", ") + "\nFROM " + from
        if !conditions.isEmpty { sql += "\nWHERE " + conditions.joinedText(separator: "\n  AND ") }
        if grouped {
            let keys = query.groups.map { expression($0.expression, grouped: false) }
            if !keys.isEmpty {
                sql += "\nGROUP BY " + query.groups.map { grouping($0.expression) }.joinedText(separator: ", ")
            }
            // Classes go by grade, then letter: 5А before 10А.
            order += zip(query.groups, keys).map {
                $0.type == .schoolClass ? dialect.leadingInteger($1) + ", " + $1 : $1
            }
            // Namesakes (two teachers, the 7А of two years) in a fixed order: by who or which they are.
            order += query.groups.map { grouping($0.expression) }.filter { !order.contains($0) && !keys.contains($0) }
        } else if !unordered {
            order.append(schema.order)
        }
        if !order.isEmpty { sql += "\nORDER BY " + order.joinedText(separator: ", ") }
        if let limit = query.limit { sql += "\nLIMIT " + parameter(.integer(Int64(limit))) }
        return SQLQuery(sql: sql, arguments: arguments, columns: query.columns.map(\.title), notes: query.notes)
    }

    /// The conditions on the query's rows: its source's, its scope, its span and its `where`.
    mutating func rowConditions() -> [String] {
        var conditions: [String] = []
        if let base = schema.baseWhere { conditions.append(base) }
        if let scope = query.scope { conditions.append(scopeCondition(scope)) }
        if let span = query.span, let condition = rowSpanCondition(span) { conditions.append(condition) }
        if let condition = query.condition { conditions.append(expression(condition, grouped: false)) }
        return conditions
    }

    /// Whether a count compared so asks whether there are none (true) or any (false); nil for another question.
    static func asksForNone(_ op: String, _ bound: Double) -> Bool? {
        switch (op, bound) {
        case ("=", 0), ("<", 1), ("<=", 0): return true
        case ("!=", 0), ("<>", 0), (">", 0), (">=", 1): return false
        default: return nil
        }
    }

    /// Whether `left op right` holds of two numbers.
    static func holds(_ op: String, _ left: Double, _ right: Double) -> Bool {
        switch op {
        case "=": return left == right
        case "!=", "<>": return left != right
        case "<": return left < right
        case "<=": return left <= right
        case ">": return left > right
        case ">=": return left >= right
        default: return true
        }
    }

    /// A column's title as an SQL name in double quotes.
    func quoted(_ name: String) -> String { sqlQuoted(name, mark: "\"") }

    // MARK: - Expressions

    mutating func expression(_ expression: Resolved.Expression, grouped: Bool) -> String {
        // A `by` key shown again is the key itself, not a total over the group's rows
        // (`students by absences(term 1) show absences(term 1), count()`).
        if grouped, query.groups.contains(where: { $0.expression == expression }) {
            return self.expression(expression, grouped: false)
        }
        switch expression {
        case .number(let value):
            if value == value.rounded(), abs(value) < 1e15 { return parameter(.integer(Int64(value))) }
            return parameter(.real(value))
        case .text(let text), .date(let text):
            return parameter(.text(text))
        case .bool(let value):
            return value ? "1" : "0"
        case .field(let field):
            return ownField(field).sql
        case .keyIn(let field, let keys):
            let field = ownField(field)
            return "(\(field.keySQL ?? field.sql) IN (\(parameters(keys))))"
        case .measure(let measure):
            return grouped ? pooled(measure) : self.measure(measure)
        case .grade(let subject, let span):
            return grade(subject, span, value: "g.value")
        case .gradeMeasure(let measure, let subjects, let span):
            return familyGradeMeasure(measure, subjects: subjects, span: span, grouped: grouped)
        case .groupAggregate(let aggregate, let argument):
            guard let argument else { return "count(*)" }
            // A median is looked up in its own pass over the rows; its value is read there.
            if aggregate == .median { return groupMedian(argument) }
            if aggregate == .share, case .filtered(let value, let condition) = argument {
                // The share among the rows the filter keeps: the others are not counted at all.
                let holds = self.expression(condition, grouped: false)
                let inner = self.expression(value, grouped: false)
                return "(100.0 * avg(CASE WHEN \(holds) THEN (CASE WHEN \(inner) THEN 1.0 ELSE 0.0 END) END))"
            }
            let inner = self.expression(argument, grouped: false)
            switch aggregate {
            case .list: return dialect.groupConcat(inner, separator: ", ")
            case .sum: return "coalesce(sum(\(inner)), 0)"
            // A row whose condition is unknown (an empty value) does not count as holding.
            case .share: return "(100.0 * avg(CASE WHEN \(inner) THEN 1.0 ELSE 0.0 END))"
            case .stddev: return stddev(of: inner)
            default: return "\(aggregate.rawValue)(\(inner))"
            }
        case .unary(let op, let inner):
            let sql = self.expression(inner, grouped: grouped)
            return op == "not" ? "NOT (\(sql))" : "(-\(sql))"
        case .binary(let op, .measure(let measure), .number(let bound))
        where !grouped && measure.set == .visits && measure.aggregate == .count && Self.asksForNone(op, bound) != nil:
            // Whether a person logged in at all: SQLite answers at the first log-in, by the (user, time) index.
            let exists = visitExists(measure)
            return Self.asksForNone(op, bound)! ? "NOT " + exists : exists
        case .binary(let op, .measure(let measure), .number(let bound))
        where !grouped && [.count, .sum].contains(measure.aggregate) && !Self.holds(op, 0, bound):
            // A row with no rows in the set fails the comparison: the family's own rows are compared,
            // so SQLite may start from them (`students where absences(term 1) > 10`).
            return "(\(self.measure(measure, orZero: false)) \(op) \(self.expression(.number(bound), grouped: false)))"
        case .binary(let op, let left, let right):
            let l = self.expression(left, grouped: grouped)
            let r = self.expression(right, grouped: grouped)
            switch op {
            case "and": return "(\(l) AND \(r))"
            case "or": return "(\(l) OR \(r))"
            case "/": return "(\(dialect.real(l)) / \(r))"
            default: return "(\(l) \(op) \(r))"
            }
        case .isEmpty(let inner, let negated):
            let sql: String
            if case .field(let field) = inner, let key = ownField(field).keySQL {
                sql = "\(key) IS NULL"
            } else {
                let value = self.expression(inner, grouped: grouped)
                sql = "coalesce(\(value), '') = ''"
            }
            return negated ? "NOT (\(sql))" : "(\(sql))"
        case .numericGrade(.grade(let subject, let span)):
            // A period grade's number worked out in its own look-up (one subquery, not one around it).
            return grade(subject, span, value: Self.numericGrade("g.value", in: dialect))
        case .numericGrade(let inner):
            // The value is named once, so that its parameters are bound once.
            let value = self.expression(inner, grouped: grouped)
            return "(SELECT \(Self.numericGrade("gv", in: dialect)) FROM (SELECT \(value) AS gv))"
        case .datePart(let part, let inner):
            let date = self.expression(inner, grouped: grouped)
            switch part {
            case "month": return dialect.month(of: date)
            case "weekday": return dialect.weekday(of: date)
            default: return dialect.weekStart(of: date)
            }
        case .dateOf(let inner):
            return dialect.day(of: self.expression(inner, grouped: grouped))
        case .linked(let linked):
            return self.linked(linked, grouped: grouped)
        case .wholeScope(let whole) where sharesFamilies(with: whole):
            return sharedWholeScope(whole)
        case .wholeScope(let whole):
            // Its own statement, a scalar subquery SQLite runs once; its parameters go on from this one's.
            var generator = SQLGenerator(query: whole, dialect: dialect)
            generator.arguments = arguments
            let statement = generator.statement()
            arguments = generator.arguments
            return "(" + statement.sql + ")"
        case .filtered(let value, let condition):
            let holds = self.expression(condition, grouped: grouped)
            return "(CASE WHEN \(holds) THEN \(self.expression(value, grouped: grouped)) END)"
        }
    }

    /// The row's student's grade in `subject` for `span`'s period, as `value` of the grade `g`.
    private mutating func grade(_ subject: String, _ span: Resolved.Span, value: String) -> String {
        var sql = """
            (SELECT \(value) FROM period_grade g WHERE g.student_id = s.id AND g.subject = \(parameter(.text(subject))) \
            AND g.year = c.year AND g.period = \(parameter(.text(span.periodKey ?? "")))
            """
        if let scheme = span.periodScheme { sql += " AND c.scheme = \(parameter(.text(scheme)))" }
        return sql + ")"
    }

    /// A grade's number: 2 to 5 as they are, н/а as 1, a pass or an exemption none.
    static func numericGrade(_ grade: String, in dialect: any SQLDialect) -> String {
        "CASE WHEN \(dialect.matches(grade, glob: "[2-5]")) THEN CAST(\(grade) AS INTEGER) WHEN \(grade) = 'н/а' THEN 1 END"
    }
}
