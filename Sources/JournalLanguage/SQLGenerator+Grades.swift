import JournalFoundation

/// Period grades (`quality`, `pass_rate`, `sou`, `grades(…)`): each student's grades of the period first —
/// their lowest (н/а as 1), the sum of their СОУ weights and how many — then the row's: its students'
/// shares (`q`, `pr`, `n5`…) and, for a `by` group's rows, its lowest grade (`low`), weights (`w`) and
/// count (`gn`).
///
/// Of every subject, a student's three numbers are one row of the summary the store keeps
/// (`grade_summary`, by year, period and student: `JournalStore+GradeSummary`); of some subjects
/// (`quality(math, term 1)`) or by subject (`subjects show quality(term 1)`) they are made from the
/// grades. The rows are the same either way.
extension SQLGenerator {
    /// Whether a family of period grades reads the summary by student and period.
    func readsGradeSummary(_ family: MeasureFamily) -> Bool {
        family.rows == .grades && family.subjects == nil && query.source != .subjects
            && Self.summaryChoice != .never
    }

    /// Where the query's period grades come from, for `explain`: nil when it reads none.
    var gradeUse: SQLQuery.GradeUse? {
        let read = families.filter { $0.rows == .grades }
        guard !read.isEmpty else { return nil }
        let summarized = read.filter(readsGradeSummary).count
        return summarized == read.count ? .summary : summarized == 0 ? .grades : .both
    }

    mutating func gradesSQL(_ family: MeasureFamily) -> String {
        let join = dialect.orderedJoin
        let summary = readsGradeSummary(family)
        let table = summary ? "grade_summary" : "period_grade"
        // From the owners' students by the grades' key when the scope names them; for the whole school,
        // from the grades of the period by their index. The summary's key is (year, period, student):
        // the three of them find a student's row.
        let byStudent = query.scope != nil || year.pastYear != nil
        let dialect = self.dialect
        let column = { (name: String) in byStudent && !summary ? dialect.noIndex(name) : name }
        var keys = ownerKeys
        var from: String
        var conditions = [
            "\(column("g.year")) = \(year.year)",
            "\(column("g.period")) = \(parameter(.text(family.span?.periodKey ?? "")))",
        ]
        if !summary { conditions.append("g.value IN ('2', '3', '4', '5', 'н/а')") }
        switch query.source {
        case .subjects:
            keys = ["fm.owner"]
            // By subject: the grades themselves (the summary by student does not tell subjects apart).
            from = "period_grade g \(join) \(Self.subjectFamilies) fm ON fm.member = g.subject"
            if let scope = query.scope { conditions.append(studentScope(scope, column: "g.student_id")) }
        case .classes where byStudent:
            from = "class k JOIN student os ON \(year.pooledStudentInClass) \(join) \(table) g ON g.student_id = os.id"
            conditions += ownerConditions()
        case .classes:
            // The whole school this year: each grade's student's class, kept when it is one of the
            // query's (not each grade's class looked up again).
            keys = ["os.class_id"]
            from = "\(table) g \(join) student os ON os.id = g.student_id"
            let classes = ownerConditions()
            conditions.append(
                "os.class_id IN (SELECT k.id FROM class k"
                    + (classes.isEmpty ? "" : " WHERE " + classes.joinedText(separator: " AND ")) + ")")
        default:
            from =
                byStudent
                ? "\(schema.from) \(join) \(table) g ON g.student_id = s.id"
                : "\(table) g \(join) \(schema.from)"
            if !byStudent { conditions.append("s.id = g.student_id") }
            conditions += ownerConditions()
        }
        if let subjects = family.subjects { conditions.append("g.subject IN (\(parameters(subjects)))") }
        if let scheme = family.span?.periodScheme {
            conditions.append(
                """
                (SELECT gc.scheme FROM student gst JOIN class gc ON gc.id = gst.class_id \
                WHERE gst.id = g.student_id) = \(parameter(.text(scheme)))
                """)
        }
        let number = "(CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END)"
        let weight = "(CASE g.value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END)"
        let student =
            summary
            ? "min(g.low) AS glow, sum(g.weight) AS gw, sum(g.n) AS gcount"
            : "min(\(number)) AS glow, \(dialect.sumOrZero(weight)) AS gw, count(*) AS gcount"
        let named = keys.enumerated().map { "\($1) AS k\($0 + 1)" }
        let inner = """
            SELECT \(named.joinedText(separator: ", ")), \(student) \
            FROM \(from) WHERE \(conditions.joinedText(separator: " AND ")) \
            GROUP BY \(keys.joinedText(separator: ", ")), g.student_id
            """
        let outerKeys = keys.indices.map { "k\($0 + 1)" }
        let columns = family.columns.map { name -> String in
            let sql: String
            switch name {
            case "q": sql = "100.0 * \(dialect.sumOrZero("glow >= 4")) / count(*)"
            case "pr": sql = "100.0 * \(dialect.sumOrZero("glow >= 3")) / count(*)"
            case "sou": sql = "\(dialect.sumOrZero("gw")) / sum(gcount)"
            case "n5": sql = "sum(glow = 5)"
            case "n4": sql = "sum(glow = 4)"
            case "n3": sql = "sum(glow = 3)"
            case "n2": sql = "sum(glow = 2)"
            case "nna": sql = "sum(glow = 1)"
            case "low": sql = "min(glow)"
            case "w": sql = dialect.sumOrZero("gw")
            default: sql = "sum(gcount)"
            }
            return "\(sql) AS \(name)"
        }
        return "SELECT \((outerKeys + columns).joinedText(separator: ", ")) FROM (\(inner)) GROUP BY "
            + outerKeys.joinedText(separator: ", ")
    }
}
