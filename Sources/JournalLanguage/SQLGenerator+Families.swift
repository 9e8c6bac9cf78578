/// The set-based plans of a row's functions.
///
/// Every function of a row reads one set of rows — marks, attendance, lessons, log-ins, students or
/// period grades — of a subject list and a span. The functions that read the same rows form a
/// family (`count(marks(term 1))` and `avg(marks(term 1))`), and each family is one pass: the rows
/// of the query's scope and span read once and grouped by the row that owns them, in a CTE joined
/// once to the query's rows (`LEFT JOIN f1 ON f1.k1 = s.id`). No function is a subquery run again
/// for every row.
///
/// How a family reaches its rows:
///
/// - the marks and attendance of students: from the query's students (the CTE `o`, each with the
///   scheme of periods its spans are counted in) to every class they were enrolled in; each class's
///   lessons in the range of each scheme its students count in (by class and date), their marks by
///   lesson, grouped by student and scheme, and each row takes the group of its class's scheme. A
///   class's are its students' the same way, each mark tied back to its student's class in `o`. A
///   mark is only ever given in a class the student is enrolled in (the store refuses any other, and
///   `check journal` reports one loaded around it), so no student's mark is left out;
/// - the lessons of a teacher or of a subject, and the marks and attendance of a subject: the
///   lessons of the scope's classes (of every class without a scope) in each class's own range, by
///   class and date; a lesson belongs to whoever taught it, and to its subject and the subject's
///   parent (the map `fm` of the small subject table, made once);
/// - the lessons and students of a class: from the class, by its index;
/// - log-ins: from each owner, by the log-ins' (user, time) index;
/// - period grades: of every subject, each student's row of the summary by year, period and student
///   (`grade_summary`), by its key; of some subjects or by subject, from the owners' students by the
///   grades' key, or, for the whole school, from the grades of the period by their index
///   (`SQLGenerator+Grades`).
struct MeasureFamily: Equatable {
    enum Rows: Equatable {
        case marks, absences, lates, lessons, visits, students, grades
    }

    let rows: Rows
    let subjects: [String]?
    let span: Resolved.Span?
    /// The buckets of a series family (`week`, `month`, `date`): its columns are each owner's numbers
    /// bucket by bucket, as one text; nil for a family of single numbers.
    var buckets: String? = nil
    /// A condition on its rows (`count(marks(term 1) where late)`), in the terms of `filterSource`.
    var filter: Resolved.Expression? = nil
    var filterSource: Resolved.Source? = nil
    /// The columns the query asks of it (`n`, `av`, …), in the order first asked.
    var columns: [String] = []

    func reads(
        _ rows: Rows, _ subjects: [String]?, _ span: Resolved.Span?, buckets: String? = nil,
        filter: Resolved.Expression? = nil
    ) -> Bool {
        self.rows == rows && self.subjects == subjects && self.span == span && self.buckets == buckets
            && self.filter == filter
    }
}

extension SQLGenerator {
    /// The column `name` of the family that reads `rows`, as the query's rows see it (`f1.n`); the
    /// family and the column are added when first asked for.
    mutating func familyColumn(
        _ rows: MeasureFamily.Rows, subjects: [String]?, span: Resolved.Span?, buckets: String? = nil,
        filter: Resolved.Expression? = nil, filterSource: Resolved.Source? = nil, _ name: String
    ) -> String {
        let index: Int
        if let found = families.firstIndex(where: { $0.reads(rows, subjects, span, buckets: buckets, filter: filter) })
        {
            index = found
        } else {
            families.append(
                MeasureFamily(
                    rows: rows, subjects: subjects, span: span, buckets: buckets, filter: filter,
                    filterSource: filterSource))
            index = families.count - 1
        }
        if !families[index].columns.contains(name) { families[index].columns.append(name) }
        askedFamilies.insert(index)
        let alias = "f\(index + 1)"
        guard index >= Self.joinedFamilies else { return "\(alias).\(name)" }
        return "(SELECT \(alias).\(name) FROM \(alias) WHERE \(joined(families[index], alias)))"
    }

    /// The condition that ties a family's group to the query's row: its key, and for a student's
    /// marks and attendance in a span of periods, the scheme of the student's class.
    func joined(_ family: MeasureFamily, _ alias: String) -> String {
        var keys = ownerKeys
        if query.source == .students && throughStudents(family) {
            keys = ["s.id"]
            if let span = family.span, span.common == nil, settled(family) == nil { keys.append("c.scheme") }
        }
        return keys.enumerated().map { "\(alias).k\($0 + 1) = \($1)" }.joinedText(separator: " AND ")
    }

    /// How many families are joined to the query's rows: SQLite joins at most 64 tables. The rest
    /// (a query of more than 48 subject lists and spans) are looked up by the row's key, on an index
    /// SQLite makes of each once.
    static let joinedFamilies = 48

    /// The key of a row that owns functions, as its families group theirs: `k1`, `k2`, ….
    var ownerKeys: [String] {
        switch query.source {
        case .students: return year.pastYear == nil ? ["s.id"] : ["s.id", "c.id"]
        case .teachers, .staff: return ["t.id"]
        case .parents: return ["p.id"]
        case .classes: return ["k.id"]
        case .subjects: return ["sub.code"]
        default: return []
        }
    }

    /// Whether a family's rows are found through the owning students (`o`).
    func throughStudents(_ family: MeasureFamily) -> Bool {
        [.students, .classes].contains(query.source) && [.marks, .absences, .lates].contains(family.rows)
    }

    /// The classes a student family's rows are read from when the catalog gives them (whole classes
    /// of one scheme, none of their students left out, from the raw rows): no `o`, no enrolment
    /// looked up, the span's dates those of the classes' scheme.
    func settled(_ family: MeasureFamily) -> Resolved.Enrolment? {
        guard query.source == .students, throughStudents(family), year.pastYear == nil, !ownersAreSomeOfTheirClasses,
            let enrolled = query.scope?.enrolled, !readsSummaries(family)
        else { return nil }
        return enrolled
    }

    /// The CTEs of the query's families (`WITH …`, empty when it has none) and their joins to its rows.
    mutating func familiesSQL() -> (with: String, joins: String) {
        guard !families.isEmpty else { return ("", "") }
        var tables: [String] = []
        if families.contains(where: { throughStudents($0) && settled($0) == nil }) {
            tables.append("o AS MATERIALIZED (\(owningStudents()))")
        }
        var joins = ""
        for (index, family) in families.enumerated() {
            let alias = "f\(index + 1)"
            tables.append("\(alias) AS MATERIALIZED (\(familySQL(family)))")
            guard index < Self.joinedFamilies, askedFamilies.contains(index) else { continue }
            joins += " LEFT JOIN \(alias) ON " + joined(family, alias)
        }
        return ("WITH " + tables.joinedText(separator: ",\n") + "\n", joins)
    }

    // MARK: - The owning rows

    /// The conditions on the query's own rows: its source's, its scope and the parts of its `where`
    /// that ask no function (`risk`, `class = 7А`), so that a family reads the rows of no other.
    mutating func ownerConditions() -> [String] {
        var conditions: [String] = []
        if let base = schema.baseWhere { conditions.append(base) }
        if let scope = query.scope { conditions.append(scopeCondition(scope)) }
        for part in Self.conjuncts(query.condition) where !Self.asksAFunction(part) {
            conditions.append(expression(part, grouped: false))
        }
        return conditions
    }

    /// The parts of a condition joined by `and`.
    static func conjuncts(_ condition: Resolved.Expression?) -> [Resolved.Expression] {
        guard let condition else { return [] }
        if case .binary("and", let left, let right) = condition { return conjuncts(left) + conjuncts(right) }
        return [condition]
    }

    /// Whether an expression calls a function of the row.
    static func asksAFunction(_ expression: Resolved.Expression) -> Bool {
        switch expression {
        case .measure, .grade, .gradeMeasure, .linked: return true
        default: return expression.children.contains(where: asksAFunction)
        }
    }

    /// Whether the query's students are fewer than their classes' (a group's, a student's, those of a
    /// `where` on their fields), so that the marks of their classes' lessons are worth sorting out.
    var ownersAreSomeOfTheirClasses: Bool {
        if let scope = query.scope, !scope.groupIDs.isEmpty || !scope.studentIDs.isEmpty { return true }
        return Self.conjuncts(query.condition).contains { !Self.asksAFunction($0) }
    }

    /// `o`: the students whose marks and attendance the query's rows own — each with the scheme of
    /// periods its spans are counted in (`sch`) and, for a class, the key of its row (`k1`).
    private mutating func owningStudents() -> String {
        var sql: String
        switch query.source {
        case .classes:
            sql = "SELECT os.id AS sid, k.id AS k1, k.scheme AS sch FROM class k JOIN student os ON "
            sql += year.pooledStudentInClass
        default:
            sql = "SELECT s.id AS sid, c.scheme AS sch FROM " + schema.from
        }
        let conditions = ownerConditions()
        if !conditions.isEmpty { sql += " WHERE " + conditions.joinedText(separator: " AND ") }
        return sql
    }

    // MARK: - One family

    private mutating func familySQL(_ family: MeasureFamily) -> String {
        if family.rows == .grades { return gradesSQL(family) }
        // Whole months from the summaries the store keeps, where the question allows (`+Summaries`).
        if let summarized = summaryFamilySQL(family) { return summarized }
        let join = dialect.orderedJoin
        var keys = ownerKeys
        var from: String
        var conditions: [String] = []
        var value = "1"
        var order = ""
        var count = "count(*)"
        var familiesAfterGrouping = false
        if let enrolled = settled(family) {
            // A student's, of whole classes: the lessons of the classes their students were ever
            // enrolled in (the catalog's, not looked up again), in the range of the classes' scheme.
            keys = [family.rows == .marks ? "m.student_id" : "a.student_id"]
            from = "lesson l"
            conditions.append(enrolled.classes.isEmpty ? "0" : "l.class_id IN (\(integers(enrolled.classes)))")
            if let span = family.span {
                if let range = span.range(scheme: enrolled.scheme) {
                    conditions.append(
                        "l.date BETWEEN \(parameter(.text(range.from))) AND \(parameter(.text(range.to)))")
                } else {
                    // The classes' scheme has no such period: none of their lessons is in it.
                    conditions.append("0")
                }
            }
            from += " " + rowsOfLessons(family.rows, &conditions)
        } else if throughStudents(family) && query.source == .students {
            // A student's: the lessons of the classes the query's students were enrolled in, in the range
            // of each scheme their students count in (one scheme a class but for a student who moved),
            // grouped by student and scheme: each row takes its own class's scheme.
            let student = family.rows == .marks ? "m.student_id" : "a.student_id"
            keys = [student]
            let enrolled = "FROM o \(join) enrolment e ON e.student_id = o.sid"
            if let span = family.span, span.common == nil {
                from = "(SELECT DISTINCT e.class_id AS id, o.sch AS sch \(enrolled)) lk"
                from += " \(join) lesson l ON l.class_id = lk.id AND " + within(span, "l.date", scheme: "lk.sch")
                keys.append("lk.sch")
            } else {
                from = "(SELECT DISTINCT e.class_id AS id \(enrolled)) lk \(join) lesson l ON l.class_id = lk.id"
                if let span = family.span { from += " AND " + within(span, "l.date") }
            }
            from += " " + rowsOfLessons(family.rows, &conditions)
            // When the query keeps to some of its classes' students (a group, the risk group), only theirs.
            if ownersAreSomeOfTheirClasses {
                conditions.append("\(dialect.noIndex(student)) IN (SELECT o.sid FROM o)")
            }
        } else if throughStudents(family) {
            // A class's: its students' marks, from the classes they were enrolled in, in the widest range
            // their class's scheme gives each, then each mark in its student's class's range.
            keys = ownerKeys.indices.map { "o.k\($0 + 1)" }
            from = enrolledClasses(family.span) + " \(join) lesson l ON l.class_id = lk.id"
            if let span = family.span {
                from += span.common == nil ? " AND l.date BETWEEN lk.lo AND lk.hi" : " AND " + within(span, "l.date")
                if span.common == nil { conditions.append(within(span, "l.date", scheme: "o.sch")) }
            }
            from += " " + rowsOfLessons(family.rows, &conditions)
            from += " \(join) o ON o.sid = \(family.rows == .marks ? "m" : "a").student_id"
        } else {
            switch (query.source, family.rows) {
            case (.classes, .lessons):
                from = "class k \(join) lesson l ON l.class_id = k.id"
                if let span = family.span { from += " AND " + within(span, "l.date", scheme: "k.scheme") }
                conditions += ownerConditions()
            case (.classes, .students):
                from = "class k JOIN student s2 ON \(year.measuredStudentInClass)"
                conditions += ownerConditions()
            case (.subjects, .students):
                // A subject's students: those of the classes whose load has it or one of its courses.
                keys = ["fm.owner"]
                from = "\(Self.subjectFamilies) fm JOIN teaching_load tl ON tl.subject = fm.member "
                from += "JOIN student s2 ON s2.class_id = tl.class_id"
                if let scope = query.scope { conditions.append(studentScope(scope, column: "s2.id")) }
                count = "count(DISTINCT s2.id)"
            case (_, .visits):
                from = "\(schema.from) \(join) visit v ON v.user_id = \(visitor)"
                if let span = family.span {
                    from += " AND " + timestampCondition(span, column: "v.at", scheme: ownerScheme)
                }
                conditions += ownerConditions()
            default:
                // A teacher's or a subject's: the lessons of the scope's classes, each class in its own range.
                from = "class lk \(join) lesson l ON l.class_id = lk.id"
                if let span = family.span { from += " AND " + within(span, "l.date", scheme: "lk.scheme") }
                if let scope = query.scope {
                    conditions.append("lk.id IN (\(integers(scope.covered)))")
                    conditions.append(lessonScope(scope))
                }
                if family.rows != .lessons { from += " " + rowsOfLessons(family.rows, &conditions) }
                if query.source == .subjects {
                    keys = ["fm.owner"]
                    // Each row counted in its subject and its subject's parent: grouped by the lesson's
                    // subject first where the columns allow (`+SubjectFamilies`), else joined row by row.
                    if family.buckets == nil, Self.bySubjectFirst(family.columns) {
                        familiesAfterGrouping = true
                    } else {
                        from += " \(join) \(Self.subjectFamilies) fm ON fm.member = l.subject"
                    }
                    if family.rows != .lessons, let scope = query.scope {
                        // Tested on each mark of the lessons, not looked up student by student.
                        let student = dialect.noIndex(family.rows == .marks ? "m.student_id" : "a.student_id")
                        conditions.append(studentScope(scope, column: student))
                    }
                } else {
                    // Whoever taught the lesson: its substitute, or its teacher when it had none.
                    keys = ["coalesce(l.substitute, l.teacher)"]
                }
            }
        }
        if let subjects = family.subjects, family.rows != .visits, family.rows != .students {
            conditions.append("l.subject IN (\(parameters(subjects)))")
        }
        if let filter = family.filter, let source = family.filterSource {
            // The filter is in the terms of the rows' own source: their lesson's class (and group).
            from += " JOIN class lc ON lc.id = l.class_id"
            if source == .lessons { from += " LEFT JOIN class_group lg ON lg.id = l.group_id" }
            conditions.append(filterSQL(filter, of: source))
        }
        switch family.rows {
        case .marks:
            value = "m.value"
            order = "l.date, l.number, m.id"
        case .lessons: order = "l.date, l.number"
        default: break
        }
        if familiesAfterGrouping {
            return groupedBySubjectFirst(from: from, conditions: conditions, columns: family.columns, value: value)
        }
        if let buckets = family.buckets {
            return series(
                keys: keys, from: from, conditions: conditions, columns: family.columns, value: value, count: count,
                bucket: bucketSQL(buckets))
        }
        return grouped(
            keys: keys, from: from, conditions: conditions, columns: family.columns, value: value, order: order,
            count: count)
    }

    /// The id of the row's person, whose log-ins are visits.
    private var visitor: String {
        ["students": "s.id", "teachers": "t.id", "staff": "t.id", "parents": "p.id"][query.source.rawValue] ?? "NULL"
    }

    /// Whether the row's person logged in during the measure's span.
    mutating func visitExists(_ measure: Resolved.Measure) -> String {
        var sql = "EXISTS (SELECT 1 FROM visit v WHERE v.user_id = \(visitor)"
        if let span = measure.span { sql += " AND " + timestampCondition(span, column: "v.at", scheme: ownerScheme) }
        return sql + ")"
    }

    /// The classes whose lessons hold the owning students' marks and attendance (`lk`): every class each
    /// was enrolled in, with the widest range of dates the students' own schemes give it (`lo`, `hi`).
    mutating func enrolledClasses(_ span: Resolved.Span?) -> String {
        let enrolled = "FROM o \(dialect.orderedJoin) enrolment e ON e.student_id = o.sid"
        guard let span, span.common == nil else { return "(SELECT DISTINCT e.class_id AS id \(enrolled)) lk" }
        let lowest = schemeCase(span, scheme: "o.sch") { $0.from }
        let highest = schemeCase(span, scheme: "o.sch") { $0.to }
        return
            "(SELECT e.class_id AS id, min(\(lowest)) AS lo, max(\(highest)) AS hi \(enrolled) GROUP BY e.class_id) lk"
    }

    /// The marks (`m`) or attendance (`a`) of the lessons `l`, joined by lesson.
    func rowsOfLessons(_ rows: MeasureFamily.Rows, _ conditions: inout [String]) -> String {
        let join = dialect.orderedJoin
        switch rows {
        case .marks: return "\(join) mark m ON m.lesson_id = l.id"
        default:
            conditions.append(rows == .lates ? "a.code = 'late'" : "a.code IN ('absent', 'sick', 'excused')")
            return "\(join) attendance a ON a.lesson_id = l.id"
        }
    }

    /// Each subject with the codes it includes (itself and its courses): `member` is included in `owner`.
    static let subjectFamilies = """
        (SELECT fs.code AS member, fs.code AS owner FROM subject fs \
        UNION ALL SELECT fs.code, fs.parent FROM subject fs WHERE fs.parent IS NOT NULL)
        """

    /// The SQL of the owning row's class scheme, when the row has one class.
    var ownerScheme: String? {
        switch query.source {
        case .students: return "c.scheme"
        case .classes: return "k.scheme"
        default: return nil
        }
    }

    /// The rows grouped by their owner's key (`k1`, …), with the columns asked. A list needs its
    /// rows in order, which a window gives (a group's own order is not SQL's to keep).
    private func grouped(
        keys: [String], from: String, conditions: [String], columns: [String], value: String, order: String,
        count: String
    ) -> String {
        let named = keys.enumerated().map { "\($1) AS k\($0 + 1)" }
        let where_ = conditions.isEmpty ? "" : " WHERE " + conditions.joinedText(separator: " AND ")
        let ranked = columns.contains("md")
        guard columns.contains("ls") || ranked else {
            // An average beside a total and a count is the one over the other: SQLite works out an
            // aggregate written twice once, so the rows are added up twice, not three times (a mark's
            // value is never empty, so the count of rows is the count of values).
            let averageOfTotal = columns.contains("tt") && count == "count(*)" && ["m.value", "1"].contains(value)
            let selected =
                named
                + columns.map { column in
                    column == "av" && averageOfTotal
                        ? "\(aggregate("tt", of: value, count: count)) / count(*) AS av"
                        : "\(aggregate(column, of: value, count: count)) AS \(column)"
                }
            return "SELECT \(selected.joinedText(separator: ", ")) FROM \(from)\(where_) GROUP BY "
                + keys.joinedText(separator: ", ")
        }
        let list = dialect.groupConcat(value, separator: " ")
        let window = """
            \(list) OVER (PARTITION BY \(keys.joinedText(separator: ", ")) ORDER BY \(order) \
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
            """
        // A median ranks each row in its owner's group by its value (`rn` of `cn`).
        let partition = keys.joinedText(separator: ", ")
        let ranks =
            ranked
            ? [
                "row_number() OVER (PARTITION BY \(partition) ORDER BY \(value)) AS rn",
                "count(*) OVER (PARTITION BY \(partition)) AS cn",
            ] : []
        let listed = columns.contains("ls") ? ["\(window) AS ls"] : []
        let inner =
            "SELECT \((named + ["\(value) AS v"] + listed + ranks).joinedText(separator: ", ")) FROM \(from)\(where_)"
        let outerKeys = keys.indices.map { "k\($0 + 1)" }
        let selected =
            outerKeys
            + columns.map { column in
                switch column {
                case "ls": return "min(ls) AS ls"
                case "md": return "\(Self.familyMedian) AS md"
                default: return "\(aggregate(column, of: "v", count: count)) AS \(column)"
                }
            }
        return
            "SELECT \(selected.joinedText(separator: ", ")) FROM (\(inner)) GROUP BY \(outerKeys.joinedText(separator: ", "))"
    }

    /// The bucket of a lesson's date a series goes by.
    private func bucketSQL(_ buckets: String) -> String {
        switch buckets {
        case "month": return dialect.yearMonth(of: "l.date")
        case "date": return "l.date"
        default: return dialect.weekStart(of: "l.date")
        }
    }

    /// A series family: its columns (`s` and a column's name: `sav`, `sn`) are each owner's numbers
    /// bucket by bucket, `2026-09-07=3.84 2026-09-14=4.1`, in the order of the buckets.
    private func series(
        keys: [String], from: String, conditions: [String], columns: [String], value: String, count: String,
        bucket: String
    ) -> String {
        let named = keys.enumerated().map { "\($1) AS k\($0 + 1)" }
        let where_ = conditions.isEmpty ? "" : " WHERE " + conditions.joinedText(separator: " AND ")
        let perBucket = columns.map { column -> String in
            let base = String(column.dropFirst())
            var sql = aggregate(base, of: value, count: count)
            if ["av", "tp", "hw"].contains(base) { sql = dialect.round(sql, places: base == "av" ? 2 : 1) }
            return "\(sql) AS \(column)"
        }
        let grouping = (keys + [bucket]).joinedText(separator: ", ")
        let inner =
            "SELECT \((named + ["\(bucket) AS b"] + perBucket).joinedText(separator: ", ")) FROM \(from)\(where_) "
            + "GROUP BY \(grouping) ORDER BY \(grouping)"
        let outerKeys = keys.indices.map { "k\($0 + 1)" }
        let joined = columns.map { column in
            let pair = dialect.concat(["b", "'='", "coalesce(\(column), '')"])
            return "\(dialect.groupConcat(pair, separator: " ")) AS \(column)"
        }
        return "SELECT \((outerKeys + joined).joinedText(separator: ", ")) FROM (\(inner)) GROUP BY "
            + outerKeys.joinedText(separator: ", ")
    }

    /// A column of a family, over its group's rows.
    private func aggregate(_ column: String, of value: String, count: String) -> String {
        let topic = "(coalesce(l.topic, '') <> '')"
        let homework = "(coalesce(l.homework, '') <> '')"
        switch column {
        case "av": return "avg(\(value))"
        case "tt": return dialect.sumOrZero(value)
        case "sm": return "sum(\(value))"
        case "lo": return "min(\(value))"
        case "hi": return "max(\(value))"
        case "tp": return "100.0 * sum(\(topic)) / count(*)"
        case "tpt": return dialect.sumOrZero(topic)
        case "hw": return "100.0 * sum(\(homework)) / count(*)"
        case "hwt": return dialect.sumOrZero(homework)
        case "sd": return stddev(of: value)
        case "sq": return dialect.sumOrZero("\(value) * \(value)")
        default: return count
        }
    }
}
