import JournalFoundation

/// The SQL of a row's functions (`marks(math, term 2)` of a student, `quality(term 1)`
/// of a class), of scopes and of spans.
extension SQLGenerator {
    /// A function of the owning row, on its own: a column of its family (a count or a sum of a row
    /// with no rows in the set is 0, or, `orZero` false, empty).
    mutating func measure(_ measure: Resolved.Measure, orZero: Bool = true) -> String {
        func column(_ name: String) -> String {
            familyColumn(
                rows(of: measure), subjects: measure.subjects, span: measure.span, filter: measure.filter,
                filterSource: measure.filterSource, name)
        }
        if let buckets = measure.buckets {
            let name: String
            switch (measure.set, measure.aggregate) {
            case (.topics, _): name = "tp"
            case (.homework, _): name = "hw"
            case (_, .count): name = "n"
            case (_, .sum): name = "sm"
            case (_, .min): name = "lo"
            case (_, .max): name = "hi"
            default: name = "av"
            }
            return familyColumn(
                rows(of: measure), subjects: measure.subjects, span: measure.span, buckets: buckets,
                filter: measure.filter, filterSource: measure.filterSource, "s" + name)
        }
        switch (measure.set, measure.aggregate) {
        case (.topics, _): return column("tp")
        case (.homework, _): return column("hw")
        case (_, .count): return orZero ? "coalesce(\(column("n")), 0)" : column("n")
        case (_, .list): return column("ls")
        case (_, .sum): return orZero ? "coalesce(\(column("sm")), 0)" : column("sm")
        case (_, .min): return column("lo")
        case (_, .max): return column("hi")
        case (_, .median): return column("md")
        case (_, .stddev): return column("sd")
        default: return column("av")
        }
    }

    /// A function of the rows of a `by` group: each row's part, combined.
    mutating func pooled(_ measure: Resolved.Measure) -> String {
        func column(_ name: String) -> String {
            familyColumn(
                rows(of: measure), subjects: measure.subjects, span: measure.span, filter: measure.filter,
                filterSource: measure.filterSource, name)
        }
        switch (measure.set, measure.aggregate) {
        case (.topics, _), (.homework, _):
            let part = column(measure.set == .topics ? "tpt" : "hwt")
            return "(100.0 * \(dialect.sumOrZero(part)) / NULLIF(\(dialect.sumOrZero(column("n"))), 0))"
        case (_, .count):
            return "CAST(\(dialect.sumOrZero(column("n"))) AS INTEGER)"
        case (_, .avg):
            return "(\(dialect.sumOrZero(column("tt"))) / NULLIF(\(dialect.sumOrZero(column("n"))), 0))"
        case (_, .list):
            return dialect.groupConcat(column("ls"), separator: " ")
        case (_, .sum):
            return "coalesce(sum(\(column("sm"))), 0)"
        case (_, .stddev):
            // Of every mark of the group's rows: from each row's count, sum and sum of squares.
            return stddev(
                count: dialect.sumOrZero(column("n")), sum: dialect.sumOrZero(column("tt")),
                squares: dialect.sumOrZero(column("sq")))
        default:
            return "\(measure.aggregate.rawValue)(\(self.measure(measure)))"
        }
    }

    /// The rows a set function reads: the lessons' for topics and homework.
    func rows(of measure: Resolved.Measure) -> MeasureFamily.Rows {
        switch measure.set {
        case .marks: return .marks
        case .absences: return .absences
        case .lates: return .lates
        case .lessons, .topics, .homework: return .lessons
        case .visits: return .visits
        case .students: return .students
        }
    }

    // MARK: - Period-grade measures

    /// A period-grade measure of the owning row, or of a `by` group's rows: a column of its family.
    mutating func familyGradeMeasure(
        _ measure: Resolved.GradeMeasure, subjects: [String]?, span: Resolved.Span, grouped: Bool
    ) -> String {
        func column(_ name: String) -> String {
            familyColumn(.grades, subjects: subjects, span: span, name)
        }
        let counted: [Resolved.GradeMeasure: (column: String, test: String)] = [
            .n5: ("n5", "= 5"), .n4: ("n4", "= 4"), .n3: ("n3", "= 3"), .n2: ("n2", "= 2"), .n_na: ("nna", "= 1"),
        ]
        if grouped {
            // Each row's part (its lowest grade, or its SOU weights), combined over the group.
            switch measure {
            case .sou:
                return "(\(dialect.sumOrZero(column("w"))) / NULLIF(\(dialect.sumOrZero(column("gn"))), 0))"
            case .quality, .pass_rate:
                let lowest = column("low")
                let test = measure == .quality ? ">= 4" : ">= 3"
                return "(100.0 * \(dialect.sumOrZero("\(lowest) \(test)")) / NULLIF(count(\(lowest)), 0))"
            default:
                return "CAST(\(dialect.sumOrZero("\(column("low")) \(counted[measure]!.test)")) AS INTEGER)"
            }
        }
        switch measure {
        case .quality: return column("q")
        case .pass_rate: return column("pr")
        case .sou: return column("sou")
        default: return "coalesce(\(column(counted[measure]!.column)), 0)"
        }
    }

    // MARK: - Period-grade measures on their own

    /// A period-grade measure as one expression of the owning row (a class `k`), for statements built
    /// outside a query (the reports' summary sheet); a query's own are columns of its families.

    static let gradeNumber = "(CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END)"
    static let souWeight = """
        (CASE g.value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END)
        """

    mutating func gradeMeasure(
        _ measure: Resolved.GradeMeasure, subjects: [String]?, span: Resolved.Span, grouped: Bool
    ) -> String {
        // Each use of the conditions binds its own parameters, so they are made anew for each.
        func conditions(_ generator: inout SQLGenerator) -> String {
            var conditions = [
                // Off their indexes, year and period keep SQLite on the grades' key (which starts with the
                // student) rather than the index by period, which would read the grades of the whole school.
                "\(generator.dialect.noIndex("g.year")) = \(generator.year.year)",
                "\(generator.dialect.noIndex("g.period")) = \(generator.parameter(.text(span.periodKey ?? "")))",
                "g.value IN ('2', '3', '4', '5', 'н/а')",
            ]
            if let subjects {
                conditions.append("g.subject IN (\(generator.parameters(subjects)))")
            } else if generator.query.source == .subjects {
                conditions.append("g.subject IN \(Self.subjectOfRow)")
            }
            if let scheme = span.periodScheme {
                conditions.append(
                    """
                    (SELECT gc.scheme FROM student gst JOIN class gc ON gc.id = gst.class_id \
                    WHERE gst.id = g.student_id) = \(generator.parameter(.text(scheme)))
                    """)
            }
            if generator.query.source == .classes && !grouped {
                // From the class's students to their grades: the grades' key starts with the student.
                conditions.append(generator.year.pooledStudentInClass)
            } else {
                conditions.append(generator.ownsStudent("g.student_id"))
            }
            return conditions.joinedText(separator: " AND ")
        }
        let grades =
            query.source == .classes && !grouped
            ? "student os JOIN period_grade g ON g.student_id = os.id" : "period_grade g"
        let thresholds: [Resolved.GradeMeasure: String] = [
            .quality: ">= 4", .pass_rate: ">= 3", .n5: "= 5", .n4: "= 4", .n3: "= 3", .n2: "= 2", .n_na: "= 1",
        ]
        if grouped {
            // Each student's part (the lowest grade, or the SOU weights), combined over the group.
            if measure == .sou {
                let weights =
                    "(SELECT \(dialect.sumOrZero(Self.souWeight)) FROM period_grade g WHERE \(conditions(&self)))"
                let count = "(SELECT count(*) FROM period_grade g WHERE \(conditions(&self)))"
                return "(\(dialect.sumOrZero(weights)) / NULLIF(\(dialect.sumOrZero(count)), 0))"
            }
            let test = thresholds[measure]!
            let lowest = "(SELECT min(\(Self.gradeNumber)) FROM period_grade g WHERE \(conditions(&self)))"
            if measure == .quality || measure == .pass_rate {
                let counted = "(SELECT min(\(Self.gradeNumber)) FROM period_grade g WHERE \(conditions(&self)))"
                return "(100.0 * \(dialect.sumOrZero("\(lowest) \(test)")) / NULLIF(count(\(counted)), 0))"
            }
            return "CAST(\(dialect.sumOrZero("\(lowest) \(test)")) AS INTEGER)"
        }
        if measure == .sou {
            return
                "(SELECT \(dialect.sumOrZero(Self.souWeight)) / count(*) FROM \(grades) WHERE \(conditions(&self)))"
        }
        let lowest = """
            (SELECT min(\(Self.gradeNumber)) AS low FROM \(grades) WHERE \(conditions(&self)) GROUP BY g.student_id)
            """
        let test = thresholds[measure]!
        if measure == .quality || measure == .pass_rate {
            return "(SELECT 100.0 * \(dialect.sumOrZero("low \(test)")) / count(*) FROM \(lowest))"
        }
        return "(SELECT count(*) FROM \(lowest) WHERE low \(test))"
    }

    /// Each subject row's codes: itself and its courses.
    static let subjectOfRow = "(SELECT cs.code FROM subject cs WHERE cs.code = sub.code OR cs.parent = sub.code)"

    /// The condition that ties a grade's student id column to the owning row.
    mutating func ownsStudent(_ column: String) -> String {
        switch query.source {
        case .students: return "\(column) = s.id"
        case .classes: return "\(column) IN (SELECT os.id FROM student os WHERE \(year.pooledStudentInClass))"
        case .subjects:
            guard let scope = query.scope else { return "1" }
            return studentScope(scope, column: column)
        default: return "0"
        }
    }

    // MARK: - Scopes

    /// A condition on a student id column: the student is in the scope.
    mutating func studentScope(_ scope: Resolved.Scope, column: String) -> String {
        var parts: [String] = []
        if !scope.classIDs.isEmpty && scope.byEnrolment {
            parts.append(
                "\(column) IN (SELECT en.student_id FROM enrolment en WHERE en.class_id IN (\(integers(scope.classIDs))))"
            )
        } else if !scope.classIDs.isEmpty && column == "s.id" {
            // The students source has the class at hand.
            parts.append("s.class_id IN (\(integers(scope.classIDs)))")
        } else if !scope.classIDs.isEmpty {
            parts.append(
                "\(column) IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (\(integers(scope.classIDs))))")
        }
        if !scope.groupIDs.isEmpty {
            parts.append(
                "\(column) IN (SELECT gm.student_id FROM group_member gm WHERE gm.until IS NULL AND gm.group_id IN (\(integers(scope.groupIDs))))"
            )
        }
        if !scope.studentIDs.isEmpty { parts.append("\(column) IN (\(parameters(scope.studentIDs)))") }
        return "(" + parts.joinedText(separator: " OR ") + ")"
    }

    mutating func integers(_ values: [Int]) -> String {
        values.map { parameter(.integer(Int64($0))) }.joinedText(separator: ", ")
    }

    /// A condition on a lesson `l`: it is a lesson of the scope.
    mutating func lessonScope(_ scope: Resolved.Scope) -> String {
        var parts: [String] = []
        if !scope.classIDs.isEmpty { parts.append("l.class_id IN (\(integers(scope.classIDs)))") }
        if !scope.groupIDs.isEmpty { parts.append("l.group_id IN (\(integers(scope.groupIDs)))") }
        if !scope.studentIDs.isEmpty {
            let ids = parameters(scope.studentIDs)
            let again = parameters(scope.studentIDs)
            parts.append(
                """
                (l.class_id IN (SELECT sl.class_id FROM student sl WHERE sl.id IN (\(ids))) AND (l.group_id IS NULL \
                OR l.group_id IN (SELECT gm.group_id FROM group_member gm WHERE gm.student_id IN (\(again)) \
                AND gm.since <= l.date AND (gm.until IS NULL OR l.date <= gm.until))))
                """)
        }
        return "(" + parts.joinedText(separator: " OR ") + ")"
    }

    mutating func scopeCondition(_ scope: Resolved.Scope) -> String {
        switch query.source {
        case .students: return studentScope(scope, column: "s.id")
        case .teachers, .staff:
            var parts: [String] = []
            if !scope.classIDs.isEmpty { parts.append("tl.class_id IN (\(integers(scope.classIDs)))") }
            if !scope.groupIDs.isEmpty { parts.append("tl.group_id IN (\(integers(scope.groupIDs)))") }
            return "t.id IN (SELECT tl.teacher FROM teaching_load tl WHERE \(parts.joinedText(separator: " OR ")))"
        case .parents:
            return
                "p.id IN (SELECT pc.parent_id FROM parent_child pc WHERE \(studentScope(scope, column: "pc.student_id")))"
        case .classes:
            var parts: [String] = []
            if !scope.classIDs.isEmpty { parts.append("k.id IN (\(integers(scope.classIDs)))") }
            if !scope.groupIDs.isEmpty {
                parts.append(
                    "k.id IN (SELECT cg.class_id FROM class_group cg WHERE cg.id IN (\(integers(scope.groupIDs))))")
            }
            return "(" + parts.joinedText(separator: " OR ") + ")"
        case .subjects:
            var parts: [String] = []
            if !scope.classIDs.isEmpty { parts.append("tl.class_id IN (\(integers(scope.classIDs)))") }
            if !scope.groupIDs.isEmpty { parts.append("tl.group_id IN (\(integers(scope.groupIDs)))") }
            return "sub.code IN (SELECT tl.subject FROM teaching_load tl WHERE \(parts.joinedText(separator: " OR ")))"
        case .lessons:
            return lessonScope(scope)
        case .marks, .corrections:
            return rowScope(scope, student: "m.student_id")
        case .absences:
            return rowScope(scope, student: "a.student_id")
        case .grades:
            var parts: [String] = []
            if !scope.classIDs.isEmpty && scope.byEnrolment {
                parts.append(
                    "g.student_id IN (SELECT en.student_id FROM enrolment en WHERE en.class_id IN (\(integers(scope.classIDs))))"
                )
            } else if !scope.classIDs.isEmpty {
                parts.append("gs.class_id IN (\(integers(scope.classIDs)))")
            }
            if !scope.groupIDs.isEmpty {
                parts.append(
                    "g.student_id IN (SELECT gm.student_id FROM group_member gm WHERE gm.until IS NULL AND gm.group_id IN (\(integers(scope.groupIDs))))"
                )
            }
            if !scope.studentIDs.isEmpty { parts.append("g.student_id IN (\(parameters(scope.studentIDs)))") }
            return "(" + parts.joinedText(separator: " OR ") + ")"
        case .changes:
            // An entry that wrote a row of the scope's classes: their lessons, marks, corrections and
            // attendance, their students' grades and enrolments, the classes themselves. (Each `integers`
            // is its own parameter, in the order of the text.)
            guard !scope.covered.isEmpty else { return "0" }
            let lessons = "SELECT sl.id FROM lesson sl WHERE sl.class_id IN"
            let students = "SELECT se.student_id FROM enrolment se WHERE se.class_id IN"
            let dialect = self.dialect
            let data = { (key: String) in dialect.jsonField("r.data", key: key) }
            return """
                EXISTS (SELECT 1 FROM change_row r WHERE r.change_id = ch.id AND (\
                (r.table_name = 'lesson' AND r.key IN (\(lessons) (\(integers(scope.covered))))) \
                OR (r.table_name IN ('mark', 'attendance') AND \(data("lesson_id")) IN \
                (\(lessons) (\(integers(scope.covered))))) \
                OR (r.table_name = 'mark_correction' AND \(data("mark_id")) IN \
                (SELECT sm.id FROM mark sm WHERE sm.lesson_id IN (\(lessons) (\(integers(scope.covered)))))) \
                OR (r.table_name IN ('period_grade', 'enrolment') AND \(data("student_id")) IN \
                (\(students) (\(integers(scope.covered))))) \
                OR (r.table_name = 'student' AND r.key IN (\(students) (\(integers(scope.covered))))) \
                OR (r.table_name = 'class' AND CAST(r.key AS INTEGER) IN (\(integers(scope.covered))))))
                """
        case .remarks:
            return scope.covered.isEmpty ? "0" : "r.class_id IN (\(integers(scope.covered)))"
        case .failedLogins:
            // A failed log-in belongs to no class.
            return "0"
        case .reissues:
            let students = studentScope(scope, column: "vs.id")
            let parents = studentScope(scope, column: "pc.student_id")
            return """
                (cr.user_id IN (SELECT vs.id FROM student vs WHERE \(students)) \
                OR cr.user_id IN (SELECT pc.parent_id FROM parent_child pc WHERE \(parents)))
                """
        case .visits:
            let students = studentScope(scope, column: "vs.id")
            let parents = studentScope(scope, column: "pc.student_id")
            return """
                (v.user_id IN (SELECT vs.id FROM student vs WHERE \(students)) \
                OR v.user_id IN (SELECT pc.parent_id FROM parent_child pc WHERE \(parents)))
                """
        case .load: return planningScope(scope, row: "ld")
        case .timetable: return planningScope(scope, row: "tt")
        case .plan: return planningScope(scope, row: "pt")
        case .groups:
            var parts: [String] = []
            if !scope.classIDs.isEmpty { parts.append("gr.class_id IN (\(integers(scope.classIDs)))") }
            if !scope.groupIDs.isEmpty { parts.append("gr.id IN (\(integers(scope.groupIDs)))") }
            if !scope.studentIDs.isEmpty {
                parts.append(
                    "gr.id IN (SELECT gm.group_id FROM group_member gm WHERE gm.until IS NULL AND gm.student_id IN (\(parameters(scope.studentIDs))))"
                )
            }
            return "(" + parts.joinedText(separator: " OR ") + ")"
        case .periods:
            // The periods of the schemes the scope's classes are taught in.
            guard !scope.covered.isEmpty else { return "0" }
            return "pd.scheme IN (SELECT ps.scheme FROM class ps WHERE ps.id IN (\(integers(scope.covered))))"
        case .exams, .enrolment, .accounts, .backups, .orders:
            return recordsScope(scope)
        }
    }

    /// A row of the load, the timetable or the plan (`row` its alias) of the scope: of its classes,
    /// its groups, or a student's class (a group's rows, of the student's groups only).
    mutating func planningScope(_ scope: Resolved.Scope, row: String) -> String {
        var parts: [String] = []
        if !scope.classIDs.isEmpty { parts.append("\(row).class_id IN (\(integers(scope.classIDs)))") }
        if !scope.groupIDs.isEmpty { parts.append("\(row).group_id IN (\(integers(scope.groupIDs)))") }
        if !scope.studentIDs.isEmpty {
            let ids = parameters(scope.studentIDs)
            let again = parameters(scope.studentIDs)
            parts.append(
                """
                (\(row).class_id IN (SELECT sl.class_id FROM student sl WHERE sl.id IN (\(ids))) AND (\(row).group_id IS NULL \
                OR \(row).group_id IN (SELECT gm.group_id FROM group_member gm WHERE gm.until IS NULL \
                AND gm.student_id IN (\(again)))))
                """)
        }
        return "(" + parts.joinedText(separator: " OR ") + ")"
    }

    /// Marks and absences of a scope: of its classes' and groups' lessons, or of its students.
    private mutating func rowScope(_ scope: Resolved.Scope, student: String) -> String {
        var parts: [String] = []
        if !scope.classIDs.isEmpty { parts.append("l.class_id IN (\(integers(scope.classIDs)))") }
        if !scope.groupIDs.isEmpty { parts.append("l.group_id IN (\(integers(scope.groupIDs)))") }
        if !scope.studentIDs.isEmpty { parts.append("\(student) IN (\(parameters(scope.studentIDs)))") }
        return "(" + parts.joinedText(separator: " OR ") + ")"
    }

    // MARK: - Spans

    /// The `during` of a source whose rows have a date of their own.
    mutating func rowSpanCondition(_ span: Resolved.Span) -> String? {
        switch query.source {
        case .lessons, .marks, .absences: return dateCondition(span, column: "l.date", scheme: "lc.scheme")
        case .corrections: return timestampCondition(span, column: "x.at", scheme: "lc.scheme")
        case .visits: return timestampCondition(span, column: "v.at", scheme: nil)
        case .remarks: return timestampCondition(span, column: "r.made_at", scheme: nil)
        case .failedLogins: return timestampCondition(span, column: "f.at", scheme: nil)
        case .reissues: return timestampCondition(span, column: "cr.at", scheme: nil)
        case .changes: return timestampCondition(span, column: "ch.at", scheme: nil)
        case .exams, .enrolment, .accounts, .backups, .orders: return recordsSpanCondition(span)
        case .plan: return dateCondition(span, column: "pt.planned_date", scheme: "lc.scheme")
        case .timetable:
            // An entry in force on some day of the span.
            let from = span.common == nil ? schemeCase(span, scheme: "lc.scheme") { $0.from } : nil
            let to = span.common == nil ? schemeCase(span, scheme: "lc.scheme") { $0.to } : nil
            let start = from ?? parameter(.text(span.common!.from))
            let end = to ?? parameter(.text(span.common!.to))
            return "tt.valid_from <= \(end) AND (tt.valid_to IS NULL OR tt.valid_to >= \(start))"
        case .grades:
            var sql = "g.period = \(parameter(.text(span.periodKey ?? "")))"
            if let scheme = span.periodScheme { sql += " AND lc.scheme = \(parameter(.text(scheme)))" }
            return sql
        default: return nil
        }
    }

    /// `column` (a date) lies in the span; per class scheme when the span depends on it.
    mutating func dateCondition(_ span: Resolved.Span, column: String, scheme: String?) -> String {
        if let common = span.common {
            return "\(column) BETWEEN \(parameter(.text(common.from))) AND \(parameter(.text(common.to)))"
        }
        guard let scheme else {
            let range = widest(span)
            return "\(column) BETWEEN \(parameter(.text(range.from))) AND \(parameter(.text(range.to)))"
        }
        // The widest range first, in constants an index can use; then each scheme's own.
        let range = widest(span)
        let outer = "\(column) BETWEEN \(parameter(.text(range.from))) AND \(parameter(.text(range.to)))"
        let from = schemeCase(span, scheme: scheme) { $0.from }
        let to = schemeCase(span, scheme: scheme) { $0.to }
        return "\(outer) AND \(column) BETWEEN \(from) AND \(to)"
    }

    /// `column` (a date) in the span: in its own range per `scheme` (an SQL expression) when the span
    /// depends on it, so that an index by date reads the range of each row's scheme; without a scheme,
    /// from the earliest start to the latest end.
    mutating func within(_ span: Resolved.Span, _ column: String, scheme: String? = nil) -> String {
        guard span.common == nil, let scheme else {
            let range = span.common ?? widest(span)
            return "\(column) BETWEEN \(parameter(.text(range.from))) AND \(parameter(.text(range.to)))"
        }
        let from = schemeCase(span, scheme: scheme) { $0.from }
        let to = schemeCase(span, scheme: scheme) { $0.to }
        return "\(column) BETWEEN \(from) AND \(to)"
    }

    /// `column` (a date and time) lies in the span's days.
    mutating func timestampCondition(_ span: Resolved.Span, column: String, scheme: String?) -> String {
        let dayAfter: (Resolved.DateRange) -> String = { range in
            CivilDate(range.to).map { $0.adding(days: 1).text } ?? range.to
        }
        if let common = span.common ?? (scheme == nil ? widest(span) : nil) {
            return "\(column) >= \(parameter(.text(common.from))) AND \(column) < \(parameter(.text(dayAfter(common))))"
        }
        let from = schemeCase(span, scheme: scheme!) { $0.from }
        let to = schemeCase(span, scheme: scheme!, dayAfter)
        return "\(column) >= \(from) AND \(column) < \(to)"
    }

    mutating func schemeCase(
        _ span: Resolved.Span, scheme: String, _ value: (Resolved.DateRange) -> String
    ) -> String {
        var sql = "(CASE \(scheme)"
        for key in span.ranges.keys.sorted() {
            sql += " WHEN \(parameter(.text(key))) THEN \(parameter(.text(value(span.ranges[key]!))))"
        }
        return sql + " END)"
    }

    /// For rows with no class (visits of parents and staff): from the earliest start to the latest end.
    func widest(_ span: Resolved.Span) -> Resolved.DateRange {
        let ranges = span.ranges.values
        return Resolved.DateRange(
            from: ranges.map(\.from).min() ?? "9999-12-31", to: ranges.map(\.to).max() ?? "0000-01-01")
    }
}
