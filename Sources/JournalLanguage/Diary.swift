import JournalFoundation
import JournalStore

/// A student's diary (`diary Тарасова this week`), compiled through the resolver's own
/// look-ups (people, spans, the class's scheme for `term N`) to titled tables of
/// parameterised SQL, as reports are.
///
/// The first table is the student's lessons day by day: a lesson counts when the student was
/// enrolled in its class on its date (`enrolment`, `until` being the last day there) and, for
/// a group's lesson, was in the group on its date (`group_member`, as enrolment). The second is the student's period grades of the
/// periods the span touches.
///
/// ```
/// let diary = try Diaries.compile(syntax, catalog: catalog, today: CivilDate("2026-11-27")!, defaults: ["S0001"])
/// diary.studentID  // "S0001"
/// ```
public enum Diaries {
    /// A compiled diary: whose it is (for the caller's permission checks) and its tables.
    public struct Compiled: Equatable, Sendable {
        public var studentID: String
        public var tables: [ReportTable]
    }

    /// Compiles one diary; `defaults` are the students an omitted name may stand for (ids).
    public static func compile(
        _ diary: Syntax.Diary, catalog: JournalCatalog, today: CivilDate, defaults: [String],
        dialect: any SQLDialect = SQLiteDialect()
    ) throws(LanguageErrors) -> Compiled {
        var resolver = Resolver(catalog: catalog, today: today, source: .students)
        guard let student = resolver.diaryStudent(diary, defaults: defaults) else {
            throw LanguageErrors(resolver.errors)
        }
        let schoolClass = catalog.classes.first { $0.name == student.className }
        // `term N` is the student's own class's period, as it is for a query scoped to the student.
        resolver.scopeClasses = schoolClass.map { [$0] }
        let during = diary.during ?? Syntax.TimeSpan(kind: .thisWeek, span: diary.span)
        guard let span = resolver.resolveSpan(during), resolver.errors.isEmpty else {
            throw LanguageErrors(resolver.errors)
        }
        let range = span.common ?? schoolClass.flatMap { span.ranges[$0.scheme] } ?? widest(span.ranges.values)
        let periods = gradePeriods(span: span, range: range, scheme: schoolClass?.scheme, catalog: catalog)
        let who = student.fullName + (student.className.map { ", \($0)" } ?? "")
        var tables = [
            lessons(
                of: student.id, range: range,
                title: Message(ReportText.diaryTitle, who, describe(span, range)).description, dialect)
        ]
        if !periods.isEmpty {
            let title = Message(ReportText.diaryGradesTitle, who, Message.joined(periods.map(\.text), separator: ", "))
            tables.append(grades(of: student.id, periods: periods.map(\.key), title: title.description, dialect))
        }
        // Explained, a diary reads its student's class's journal (run, it is checked as a diary).
        let reads = Reading(
            [.journal], classIDs: schoolClass.map { [$0.id] }, classNames: catalog.classNames)
        for index in tables.indices { tables[index].query.reads = reads }
        return Compiled(studentID: student.id, tables: tables)
    }

    private static func widest(_ ranges: some Collection<Resolved.DateRange>) -> Resolved.DateRange {
        Resolved.DateRange(from: ranges.map(\.from).min() ?? "", to: ranges.map(\.to).max() ?? "")
    }

    /// The span as typed, with its days unless it names them already.
    private static func describe(_ span: Resolved.Span, _ range: Resolved.DateRange) -> Message {
        let typed = span.text.text(in: .english)
        if typed.contains(range.from) && typed.contains(range.to) { return span.text }
        return range.from == range.to
            ? Message(ReportText.spanOnDay, span.text, MessageArgument.date(range.from))
            : Message(ReportText.spanDays, span.text, MessageArgument.date(range.from), MessageArgument.date(range.to))
    }

    /// The period grades the span asks for: its own period when it is one (`term 2`, `year`),
    /// otherwise every period of the student's scheme that the span's days touch.
    private static func gradePeriods(
        span: Resolved.Span, range: Resolved.DateRange, scheme: String?, catalog: JournalCatalog
    ) -> [(key: String, text: Message)] {
        if let key = span.periodKey { return [(key, span.text)] }
        guard let scheme else { return [] }
        return catalog.periods(scheme: scheme).filter { $0.start <= range.to && range.from <= $0.end }.map {
            (String($0.number), Resolver.periodText($0.scheme, $0.number))
        }
    }

    /// A mark as the diary shows it: `5 (control)`; an ordinary classwork mark as its value alone.
    static func markText(_ dialect: any SQLDialect) -> String {
        let kind = dialect.concat(["' ('", "m.kind", "')'"])
        return dialect.concat(["m.value", "CASE WHEN m.kind = 'classwork' THEN '' ELSE \(kind) END"])
    }

    private static func lessons(
        of student: String, range: Resolved.DateRange, title: String, _ dialect: any SQLDialect
    ) -> ReportTable {
        let teacher = SourceSchema.staffName("coalesce(l.substitute, l.teacher)", in: dialect)
        let marks = dialect.groupConcat("mark", separator: ", ")
        let sql = """
            SELECT l.date, l.number, sub.name, \(teacher),
              l.topic, l.homework,
              (SELECT \(marks) FROM (SELECT \(markText(dialect)) AS mark FROM mark m
                 WHERE m.lesson_id = l.id AND m.student_id = ? ORDER BY m.entered_at, m.id)),
              (SELECT a.code FROM attendance a WHERE a.lesson_id = l.id AND a.student_id = ?)
            FROM lesson l JOIN subject sub ON sub.code = l.subject
            WHERE l.class_id IN (SELECT e.class_id FROM enrolment e WHERE e.student_id = ?)
              AND l.date BETWEEN ? AND ?
              AND EXISTS (SELECT 1 FROM enrolment e WHERE e.student_id = ? AND e.class_id = l.class_id
                          AND e.since <= l.date AND (e.until IS NULL OR l.date <= e.until))
              AND (l.group_id IS NULL OR EXISTS (SELECT 1 FROM group_member gm
                                                 WHERE gm.group_id = l.group_id AND gm.student_id = ?
                                                   AND \(JournalStore.memberOn("gm", date: "l.date"))))
            ORDER BY l.date, l.number, l.id
            """
        let arguments: [CellValue] = [
            .text(student), .text(student), .text(student), .text(range.from), .text(range.to), .text(student),
            .text(student),
        ]
        return ReportTable(
            title: title,
            query: SQLQuery(
                sql: sql, arguments: arguments,
                columns: headers([
                    .fieldDate, .lesson, .fieldSubject, .fieldTeacher, .fieldTopic, .fieldHomework, .marksList,
                    .absence,
                ]),
                columnKinds: [.date, .number, .text, .text, .text, .text, .text, .enumeration]))
    }

    /// Year and period off their indexes keep SQLite on the student's own grades rather than the
    /// index of the whole school's grades of a period.
    private static func grades(
        of student: String, periods: [String], title: String, _ dialect: any SQLDialect
    ) -> ReportTable {
        let placeholders = Array(repeating: "?", count: periods.count).joinedText(separator: ", ")
        let sql = """
            SELECT sub.name, g.period, g.value
            FROM period_grade g JOIN subject sub ON sub.code = g.subject
            WHERE g.student_id = ? AND \(dialect.noIndex("g.year")) = \(SchoolYearSQL.current.year)
              AND \(dialect.noIndex("g.period")) IN (\(placeholders))
            ORDER BY \(dialect.rowID(of: "sub")), g.period
            """
        return ReportTable(
            title: title,
            query: SQLQuery(
                sql: sql, arguments: [.text(student)] + periods.map { .text($0) },
                columns: headers([.fieldSubject, .fieldPeriod, .periodGrade]),
                columnKinds: [.text, .enumeration, .text]))
    }

    /// Column headers in the reader's language.
    private static func headers(_ keys: [ReportText]) -> [String] {
        keys.map { Message($0).description }
    }
}

extension Resolver {
    /// The student a diary is for: the one named, or the only one of `defaults`.
    mutating func diaryStudent(_ diary: Syntax.Diary, defaults: [String]) -> JournalCatalog.Person? {
        if let name = diary.student {
            return findPeople(name.text, kinds: [.student], at: name.span)?.first
        }
        let students = defaults.map { id in
            catalog.people.first { $0.kind == .student && $0.id == id }
        }
        let listed = zip(defaults, students).map { id, person in
            person.map { "\(id) \($0.fullName)" + ($0.className.map { " (\($0))" } ?? "") } ?? id
        }
        switch students.count {
        case 0:
            error(Message(ResolverText.whoseDiary), at: diary.span, hint: Message(ResolverText.exampleDiary))
        case 1:
            if let student = students[0] { return student }
            error(
                Message(ResolverText.noStudentWithID, defaults[0]), at: diary.span,
                hint: Message(ResolverText.nameTheStudent))
        default:
            let example = students.compactMap { $0 }.first.map { "\($0.lastName) \($0.firstName)" } ?? defaults[0]
            error(
                Message(ResolverText.nameWhichChild, listed.joinedText(separator: ", ")), at: diary.span,
                hint: Message(ResolverText.exampleDiaryOf, example))
        }
        return nil
    }
}
