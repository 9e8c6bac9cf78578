import JournalFoundation
import JournalStore

/// One titled table of a report.
public struct ReportTable: Equatable, Sendable {
    public var title: String
    public var query: SQLQuery

    public init(title: String, query: SQLQuery) {
        self.title = title
        self.query = query
    }
}

extension Syntax.Report.Kind {
    /// The report's name in the reader's language: `audit` (аудит), `check density` (накопляемость).
    var name: Message {
        switch self {
        case .audit: return Message(ReportText.audit)
        case .checkDensity: return Message(ReportText.checkDensity)
        case .report: return Message(ReportText.report)
        case .forecast: return Message(ReportText.forecast)
        }
    }
}

/// The four reports of the spec (`audit`, `check density`, `report`, `forecast`), each
/// compiled to SQL through the same resolver (names, scope, span, errors) and the same
/// parameterised span conditions as queries.
///
/// `report` and `forecast` are of classes (`report 7А term 1`: each class's summary sheet, its
/// results, then the long tables) or of one student (`report S0055 term 1`, `report "Баранов
/// Ярослав"`): that student's own, which the student and their parents read. `defaults` are the
/// students whose report `report` alone is (a student's own, a parent's child), as for `diary`.
///
/// ```
/// let tables = try Reports.compile(report, catalog: catalog, today: CivilDate("2026-11-27")!)
/// ```
public enum Reports {
    public static func compile(
        _ report: Syntax.Report, catalog: JournalCatalog, today: CivilDate, defaults: [String] = [],
        dialect: any SQLDialect = SQLiteDialect()
    ) throws(LanguageErrors) -> [ReportTable] {
        var resolver = Resolver(catalog: catalog, today: today, source: .classes)
        let ofStudents = report.kind == .report || report.kind == .forecast
        var scope =
            report.scope.isEmpty
            ? nil : resolver.resolveScope(report.scope, source: ofStudents ? .students : .classes)
        let student = ofStudents ? resolver.reportStudent(report, scope: scope, defaults: defaults) : nil
        var span: Resolved.Span?
        // A scope that named no one leaves no classes to find the span's periods in: its error is the one.
        if let during = report.during, resolver.errors.isEmpty {
            span = resolver.resolveSpan(during)
            if report.kind != .audit, let span, span.periodKey == nil {
                resolver.error(
                    Message(ResolverText.reportNeedsAPeriod, report.kind.name, span.text), at: during.span,
                    hint: Message(ResolverText.exampleReport, report.kind.name))
            }
        }
        guard resolver.errors.isEmpty else { throw LanguageErrors(resolver.errors) }
        let schemes = resolver.relevantSchemes
        let resolvedSpan: Resolved.Span
        if let span {
            resolvedSpan = span
        } else if report.kind == .audit {
            // The regulation's audit is fortnightly (R30).
            let from = today.adding(days: -13)
            resolvedSpan = Resolved.Span(
                ranges: [:], common: Resolved.DateRange(from: from.text, to: today.text), periodKey: nil,
                periodScheme: nil, text: Message(ResolverText.spanLastWeeks, 2))
        } else {
            guard let current = currentPeriod(catalog: catalog, schemes: schemes, today: today) else {
                throw LanguageErrors([
                    LanguageError(
                        Message(ResolverText.noPeriodRunning, today.text), at: report.span,
                        hint: Message(ResolverText.nameThePeriod, report.kind.name))
                ])
            }
            resolvedSpan = current
        }
        // The classes of the report, each with its own period's days and grade key.
        let covered = student?.schoolClass.map { [$0.id] } ?? scope?.covered ?? []
        let classes = covered.isEmpty ? catalog.classes : catalog.classes.filter { covered.contains($0.id) }
        let periods = classes.compactMap {
            ClassPeriod(of: $0, span: resolvedSpan, catalog: catalog, today: today)
        }
        let period = ClassPeriod.title(of: periods, span: resolvedSpan, today: today)
        if let student, let schoolClass = student.schoolClass {
            scope = Resolved.Scope(classIDs: [schoolClass.id], covered: [schoolClass.id])
        }
        var builder = ReportBuilder(
            scope: scope, span: periods.count == 1 && student != nil ? periods[0].span : resolvedSpan,
            catalog: catalog, today: today, schemes: schemes, dialect: dialect)
        builder.student = student?.person.id
        var tables: [ReportTable]
        switch (report.kind, student) {
        case (.audit, _): tables = [builder.audit()]
        case (.checkDensity, _): tables = [builder.density()]
        case (.report, let student?): tables = builder.studentReport(student.who, period: period)
        case (.forecast, let student?): tables = [builder.studentForecast(student.who, period: period)]
        case (.report, nil):
            tables = periods.map { classPeriod in
                var sheet = ReportBuilder(
                    scope: Resolved.Scope(
                        classIDs: [classPeriod.schoolClass.id], covered: [classPeriod.schoolClass.id]),
                    span: classPeriod.span, catalog: catalog, today: today, schemes: [classPeriod.schoolClass.scheme],
                    dialect: dialect)
                return sheet.summarySheet(of: classPeriod.schoolClass, title: classPeriod.title(today: today))
            }
            // What a cell holds is said once, under the first sheet.
            for index in tables.indices.dropFirst() { tables[index].query.notes = [] }
            if !periods.isEmpty { tables.append(builder.classResults(periods, period: period)) }
            tables += builder.classReport(period: period)
        case (.forecast, nil): tables = [builder.forecast(period: period)]
        }
        // A report reads its classes' journal and names; the audit also who of them logged in (R30);
        // one student's report only that student's own rows.
        let reads = Reading(
            report.kind == .audit ? [.journal, .visits] : [.journal],
            classIDs: covered.isEmpty ? nil : covered, classNames: catalog.classNames,
            students: student.map { [$0.person.id] })
        for index in tables.indices { tables[index].query.reads = reads }
        return tables
    }

    /// The period of each scheme that `today` falls in (or the last one that has begun).
    static func currentPeriod(catalog: JournalCatalog, schemes: [String], today: CivilDate) -> Resolved.Span? {
        var ranges: [String: Resolved.DateRange] = [:]
        var keys: Set<String> = []
        for scheme in schemes {
            let begun = catalog.periods(scheme: scheme).filter { CivilDate($0.start).map { $0 <= today } ?? false }
            guard let period = begun.last, let end = CivilDate(period.end) else { continue }
            ranges[scheme] = Resolved.DateRange(from: period.start, to: min(end, today).text)
            keys.insert(String(period.number))
        }
        guard !ranges.isEmpty else { return nil }
        // The period grade key is the number when every scheme is in the same-numbered period.
        return Resolved.Span(
            ranges: ranges, common: nil, periodKey: keys.count == 1 ? keys.first : nil, periodScheme: nil,
            text: Message(ResolverText.spanCurrentPeriod))
    }
}

/// One class's period of a report: its days (to today), its grade key and its end, so that a
/// class on quarters and one on halves each get their own, and a title names them (R13, R14).
struct ClassPeriod {
    let schoolClass: JournalCatalog.SchoolClass
    /// The class's days of the span, and its period grade key, as a span of its own.
    let span: Resolved.Span
    /// The period's last day, which may be after today.
    let end: String

    init?(of schoolClass: JournalCatalog.SchoolClass, span: Resolved.Span, catalog: JournalCatalog, today: CivilDate) {
        guard let range = span.range(scheme: schoolClass.scheme) else { return nil }
        let periods = catalog.periods(scheme: schoolClass.scheme)
        let period = periods.first {
            $0.start == range.from && (span.periodKey ?? String($0.number)) == String($0.number)
        }
        let key = span.periodKey ?? period.map { String($0.number) }
        self.schoolClass = schoolClass
        self.span = Resolved.Span(ranges: [:], common: range, periodKey: key, periodScheme: nil, text: span.text)
        // The year ends with its last period; a period that is not one of the scheme's ends with its days.
        self.end = period?.end ?? (key == "year" ? periods.map(\.end).max() : nil) ?? range.to
    }

    /// The period as a title names it: `term 1 (2026-09-01 to 2026-10-25), as of 2026-11-27`, and
    /// `preliminary` while it has not ended (R13).
    func title(today: CivilDate) -> Message {
        Self.dated(span.text, from: span.common?.from ?? "", end: end, today: today)
    }

    static func dated(_ text: Message, from: String, end: String, today: CivilDate) -> Message {
        let preliminary = CivilDate(end).map { today < $0 } ?? false
        return Message(
            preliminary ? ReportText.periodPreliminary : ReportText.periodMade, text, MessageArgument.date(from),
            MessageArgument.date(end), MessageArgument.date(today.text))
    }

    /// The period of several classes: their days when they share them, else the span and today.
    static func title(of periods: [ClassPeriod], span: Resolved.Span, today: CivilDate) -> Message {
        let days = Set(periods.map { [$0.span.common?.from ?? "", $0.end] })
        if days.count == 1, let first = periods.first { return first.title(today: today) }
        return Message(ReportText.periodAsOf, span.text, MessageArgument.date(today.text))
    }
}

/// Writes the SQL of the reports, binding every value as a parameter.
struct ReportBuilder {
    var generator: SQLGenerator
    let span: Resolved.Span
    let catalog: JournalCatalog

    /// The students of the report's classes: now, or (a past year) as their enrolment history has them.
    var studentTable: String {
        guard catalog.isPast else { return "student" }
        return """
            (SELECT s0.id, s0.last_name, s0.first_name, s0.middle_name, s0.sex, s0.birth_date, s0.risk_group, \
            e0.class_id FROM student s0 JOIN enrolment e0 ON e0.student_id = s0.id)
            """
    }
    let today: CivilDate
    let schemes: [String]
    /// The one student whose own report or forecast this is (`report S0055`); nil for classes.
    var student: String?

    init(
        scope: Resolved.Scope?, span: Resolved.Span, catalog: JournalCatalog, today: CivilDate, schemes: [String],
        dialect: any SQLDialect = SQLiteDialect()
    ) {
        generator = SQLGenerator(
            query: Resolved.Query(
                source: .classes, scope: scope, span: span, condition: nil, groups: [], columns: [], order: [],
                limit: nil, pastYear: catalog.isPast ? catalog.year : nil),
            dialect: dialect)
        self.span = span
        self.catalog = catalog
        self.today = today
        self.schemes = schemes
    }

    /// A report's table: its title and headers in the reader's language (the SQL is the same in
    /// every language), and what each column holds.
    mutating func finish(_ title: Message, _ sql: String, columns: [(ReportText, ColumnKind)]) -> ReportTable {
        var query = SQLQuery(
            sql: sql, arguments: generator.arguments, columns: columns.map { Message($0.0).description })
        query.columnKinds = columns.map(\.1)
        generator.arguments = []
        return ReportTable(title: title.description, query: query)
    }

    /// The classes of the scope, as the CTE `cls` (alias `k` in the conditions).
    mutating func classes() -> String {
        var sql =
            "cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = \(generator.year.year)"
        if let scope = generator.query.scope { sql += " AND " + generator.scopeCondition(scope) }
        return sql + ")"
    }

    /// The engine's spellings, the generator's.
    var dialect: any SQLDialect { generator.dialect }

    /// The lesson `l` is in the span. Rows found through one student pass `byStudent`, so that
    /// SQLite keeps to the student's index rather than the date index of the whole school.
    mutating func lessonDate(byStudent: Bool = false) -> String {
        generator.dateCondition(span, column: byStudent ? dialect.noIndex("l.date") : "l.date", scheme: "k.scheme")
    }

    private mutating func visitTime() -> String {
        generator.timestampCondition(span, column: "v.at", scheme: "k.scheme")
    }

    /// The student's full name.
    var name: String { SourceSchema.fullName("s", in: dialect) }

    /// A text as an SQL literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    // MARK: - audit (R30)

    mutating func audit() -> ReportTable {
        let dialect = self.dialect
        let join = dialect.orderedJoin
        func percent(_ sql: String) -> String { dialect.round(sql, places: 1) }
        // Of the parents: each counted once, though they have children in several classes.
        let parentsVisited = """
            (SELECT 100.0 * sum(visited) / count(*) FROM (SELECT parent_id, max(visited) AS visited
                                                                     FROM pa GROUP BY parent_id))
            """
        // The span's lessons of the classes are read once, and their marks once: the students' marks,
        // the lessons' topics and homework and the teachers' work are all counted from those two.
        // A student who was in another class too (a move) that has lessons in the span may have marks
        // of them: theirs are counted from their own marks, as few as such students are.
        var sql = "WITH " + classes() + ",\n"
        sql += """
            span_lessons AS MATERIALIZED (SELECT l.id, l.class_id, coalesce(l.substitute, l.teacher) AS taught_by,
                coalesce(l.topic, '') <> '' AS topic, coalesce(l.homework, '') <> '' AS homework
              FROM cls k \(join) lesson l ON l.class_id = k.id WHERE \(lessonDate())),
            span_marks AS MATERIALIZED (SELECT sl.class_id, m.student_id, m.entered_by
              FROM span_lessons sl \(join) mark m ON m.lesson_id = sl.id),
            own_marks AS MATERIALIZED (SELECT student_id, class_id, count(*) AS n FROM span_marks
              GROUP BY student_id, class_id),
            st AS MATERIALIZED (SELECT s.id, s.class_id,
                CASE WHEN EXISTS (SELECT 1 FROM enrolment e WHERE e.student_id = s.id AND e.class_id <> s.class_id
                  AND EXISTS (SELECT 1 FROM lesson l2 WHERE l2.class_id = e.class_id AND \(generator.within(span, "l2.date"))))
                THEN (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                      WHERE m.student_id = s.id AND \(lessonDate(byStudent: true)))
                ELSE coalesce((SELECT om.n FROM own_marks om WHERE om.student_id = s.id AND om.class_id = s.class_id), 0)
                END AS marks,
                EXISTS (SELECT 1 FROM visit v WHERE v.user_id = s.id AND \(visitTime())) AS visited
              FROM \(studentTable) s JOIN cls k ON k.id = s.class_id),
            pa AS MATERIALIZED (SELECT DISTINCT pc.parent_id, s.class_id,
                EXISTS (SELECT 1 FROM visit v WHERE v.user_id = pc.parent_id AND \(visitTime())) AS visited
              FROM parent_child pc JOIN \(studentTable) s ON s.id = pc.student_id JOIN cls k ON k.id = s.class_id),
            active AS MATERIALIZED (SELECT class_id, taught_by AS teacher FROM span_lessons WHERE topic OR homework
              UNION SELECT class_id, entered_by FROM span_marks),
            te AS MATERIALIZED (SELECT DISTINCT tl.class_id, tl.teacher,
                EXISTS (SELECT 1 FROM active a WHERE a.class_id = tl.class_id AND a.teacher = tl.teacher) AS active
              FROM teaching_load tl JOIN cls k ON k.id = tl.class_id),
            te_of AS (SELECT class_id, count(*) AS teachers, sum(CASE WHEN active THEN 1 ELSE 0 END) AS active
              FROM te GROUP BY class_id),
            st_of AS (SELECT class_id, \(percent("100.0 * sum(marks = 0) / count(*)")) AS no_marks,
                \(percent("100.0 * sum(marks = 1) / count(*)")) AS one_mark,
                \(percent("100.0 * sum(visited) / count(*)")) AS visited
              FROM st GROUP BY class_id),
            ls_of AS (SELECT class_id, \(percent("100.0 * sum(homework) / count(*)")) AS homework,
                \(percent("100.0 * sum(topic) / count(*)")) AS topics
              FROM span_lessons GROUP BY class_id),
            pa_of AS (SELECT class_id, \(percent("100.0 * sum(visited) / count(*)")) AS visited FROM pa GROUP BY class_id)
            SELECT class, teachers, active_teachers, no_marks_pct, one_mark_pct, homework_pct, topics_pct,
                   parents_pct, students_pct FROM (
              SELECT 0 AS part, k.grade AS grade, k.name AS class,
                coalesce(t.teachers, 0) AS teachers, coalesce(t.active, 0) AS active_teachers,
                st_of.no_marks AS no_marks_pct, st_of.one_mark AS one_mark_pct,
                ls_of.homework AS homework_pct, ls_of.topics AS topics_pct,
                pa_of.visited AS parents_pct, st_of.visited AS students_pct
              FROM cls k LEFT JOIN te_of t ON t.class_id = k.id LEFT JOIN st_of ON st_of.class_id = k.id
                LEFT JOIN ls_of ON ls_of.class_id = k.id LEFT JOIN pa_of ON pa_of.class_id = k.id
              UNION ALL
              SELECT 1, NULL, \(Self.literal(Message(ReportText.allClasses).description)),
                (SELECT count(DISTINCT teacher) FROM te),
                (SELECT count(DISTINCT teacher) FROM te WHERE active),
                \(percent("(SELECT 100.0 * sum(marks = 0) / count(*) FROM st)")),
                \(percent("(SELECT 100.0 * sum(marks = 1) / count(*) FROM st)")),
                \(percent("(SELECT 100.0 * sum(homework) / count(*) FROM span_lessons)")),
                \(percent("(SELECT 100.0 * sum(topic) / count(*) FROM span_lessons)")),
                \(percent(parentsVisited)),
                \(percent("(SELECT 100.0 * sum(visited) / count(*) FROM st)")))
            ORDER BY part, grade, class
            """
        return finish(
            Message(ReportText.auditTitle, span.text), sql,
            columns: [
                (.fieldClass, .text), (.teachers, .number), (.activeTeachers, .number), (.noMarksPercent, .number),
                (.oneMarkPercent, .number), (.homeworkPercent, .number), (.topicsPercent, .number),
                (.parentsPercent, .number), (.studentsPercent, .number),
            ])
    }

    // MARK: - check density (R22, R23)

    /// Per scheme: whole weeks of the period gone by today, and whether it has ended.
    private mutating func periodProgress(_ value: (_ weeks: Int, _ ended: Bool) -> Int) -> String {
        var sql = "(CASE k.scheme"
        for scheme in span.ranges.keys.sorted() + (span.common != nil ? schemes : []) {
            guard let range = span.range(scheme: scheme), let start = CivilDate(range.from),
                let asOf = CivilDate(range.to)
            else { continue }
            let end = catalog.periods(scheme: scheme).first { $0.start == range.from }.flatMap { CivilDate($0.end) }
            let ended = end.map { today >= $0 } ?? (asOf < today)
            let weeks = max(0, (asOf.day - start.day + 1) / 7)
            sql +=
                " WHEN \(generator.parameter(.text(scheme))) THEN \(generator.parameter(.integer(Int64(value(weeks, ended)))))"
        }
        return sql + " END)"
    }

    /// R22's minimum for a period grade, and R23's progression towards it.
    private var required: String {
        let progression =
            dialect.greatest("0", "weeks - 2") + " * " + dialect.greatest("1", "(CAST(hours AS INTEGER) + 1) / 2")
        return "CASE WHEN ended THEN final ELSE \(dialect.least("final", progression)) END"
    }

    /// Every student with every subject they study (their class's load, and their groups'),
    /// with the count and average of their marks in the span, as `scored` and `need`.
    mutating func studentSubjects() -> String {
        var own = ""
        var ownNeed = ""
        if let student {
            own = " AND s.id = \(generator.parameter(.text(student)))"
            ownNeed = "\n    WHERE s.id = \(generator.parameter(.text(student)))"
        }
        return scoredMarks(own: own) + ",\n" + """
            need AS (SELECT s.id AS student, \(name) AS name, k.name AS class, k.grade AS class_grade,
                  s.last_name, s.first_name, tl.subject, tl.hours_per_week AS hours,
                  CASE WHEN tl.hours_per_week >= 2 THEN 5 ELSE 3 END AS final,
                  \(periodProgress { weeks, _ in weeks }) AS weeks, \(periodProgress { _, ended in ended ? 1 : 0 }) AS ended,
                  coalesce(sc.marks, 0) AS marks, sc.average AS average
                FROM \(studentTable) s JOIN cls k ON k.id = s.class_id
                JOIN teaching_load tl ON tl.class_id = k.id AND (tl.group_id IS NULL OR EXISTS
                    (SELECT 1 FROM group_member gm WHERE gm.group_id = tl.group_id AND gm.student_id = s.id
                     AND gm.until IS NULL))
                LEFT JOIN scored sc ON sc.student_id = s.id AND sc.subject = tl.subject\(ownNeed))
            """
    }

    var subjectOrder: String { "(SELECT \(dialect.rowID(of: nil)) FROM subject WHERE code = subject)" }

    mutating func density() -> ReportTable {
        var sql = "WITH " + classes() + ",\n" + studentSubjects() + "\n"
        sql += """
            SELECT name, class, (SELECT name FROM subject WHERE code = subject) AS subject, hours, marks, required,
                   required - marks AS missing
            FROM (SELECT need.*, \(required) AS required FROM need)
            WHERE marks < required
            ORDER BY class_grade, class, last_name, first_name, student, \(subjectOrder)
            """
        return finish(
            Message(ReportText.densityTitle, span.text), sql,
            columns: [
                (.fieldStudent, .text), (.fieldClass, .text), (.fieldSubject, .text), (.hoursPerWeek, .number),
                (.marksCount, .number), (.required, .number), (.missing, .number),
            ])
    }

    // MARK: - report (R9, R13, R14)

    /// The period grade of `need`'s student and subject, or NULL where the span is no period.
    mutating func periodGrade() -> String {
        guard let key = span.periodKey else { return "NULL" }
        return """
            (SELECT g.value FROM period_grade g WHERE g.student_id = need.student AND g.subject = need.subject
             AND g.year = \(generator.year.year) AND g.period = \(generator.parameter(.text(key))))
            """
    }

    /// The likely period grade of `need`'s marks so far (R28).
    static let likelyGrade = """
        CASE WHEN average IS NULL THEN NULL WHEN average >= 4.5 THEN 5 WHEN average >= 3.5 THEN 4
                    WHEN average >= 2.5 THEN 3 ELSE 2 END
        """

    /// The classes' long tables under their summary sheets: per student and subject the marks,
    /// average and period grade; per student the absences and lates.
    mutating func classReport(period: Message) -> [ReportTable] {
        var tables: [ReportTable] = []
        var sql = "WITH " + classes() + ",\n" + studentSubjects() + "\n"
        let grade = periodGrade()
        let average = dialect.round("average", places: 2)
        sql += """
            SELECT need.name, class, sb.name AS subject, marks, \(average),
                   \(grade) AS period_grade
            FROM need LEFT JOIN subject sb ON sb.code = need.subject
            ORDER BY class_grade, class, last_name, first_name, student, \(dialect.rowID(of: "sb"))
            """
        tables.append(
            finish(
                Message(ReportText.marksTitle, period), sql,
                columns: [
                    (.fieldStudent, .text), (.fieldClass, .text), (.fieldSubject, .text), (.marksCount, .number),
                    (.average, .number), (.periodGrade, .text),
                ]))
        sql = "WITH " + classes() + ",\n" + attendanceCounts() + "\n"
        // In a past year `absent` is by student and class, each as their class's span has it.
        let sameClass = catalog.isPast || oneRangeForEveryClass == nil ? " AND ab.class_id = s.class_id" : ""
        sql += """
            SELECT \(name), k.name, coalesce(ab.absences, 0), coalesce(ab.sick, 0), coalesce(ab.excused, 0),
              coalesce(ab.lates, 0)
            FROM \(studentTable) s JOIN cls k ON k.id = s.class_id
              LEFT JOIN absent ab ON ab.student_id = s.id\(sameClass)
            ORDER BY k.grade, k.name, s.last_name, s.first_name, s.id
            """
        tables.append(
            finish(
                Message(ReportText.attendanceTitle, period), sql,
                columns: [
                    (.fieldStudent, .text), (.fieldClass, .text), (.absences, .number), (.sick, .number),
                    (.excused, .number), (.lates, .number),
                ]))
        return tables
    }

    // MARK: - forecast (R28)

    mutating func forecast(period: Message) -> ReportTable {
        var sql = "WITH " + classes() + ",\n" + studentSubjects() + "\n"
        let average = dialect.round("average", places: 2)
        sql += """
            SELECT need.name, class, sb.name AS subject, marks, \(average),
                   \(Self.likelyGrade),
                   final, \(dialect.greatest("0", "final - marks"))
            FROM need LEFT JOIN subject sb ON sb.code = need.subject
            ORDER BY class_grade, class, last_name, first_name, student, \(dialect.rowID(of: "sb"))
            """
        return finish(
            Message(ReportText.forecastTitle, period), sql,
            columns: [
                (.fieldStudent, .text), (.fieldClass, .text), (.fieldSubject, .text), (.marksCount, .number),
                (.average, .number), (.forecast, .number), (.required, .number), (.stillNeeded, .number),
            ])
    }
}
