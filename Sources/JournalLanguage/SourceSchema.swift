import Foundation
import JournalStore

/// What each source's rows are: the tables behind them, their fields, the columns
/// shown by default and the order rows come in.
///
/// The aliases are fixed per source and relied on by the SQL generator:
/// `s` student, `c` the student's class, `t` staff, `p` parent, `k` class (of
/// `classes`), `sub` subject, `l` lesson, `lc` the lesson's class, `m` mark,
/// `a` attendance, `g` period grade, `gs` its student, `v` visit, `x` correction,
/// `f` failed log-in, `cr` credentials re-issued.
struct SourceSchema {
    let source: Resolved.Source
    let from: String
    let baseWhere: String?
    let fields: [Resolved.Field]
    let natural: [String]
    let order: String

    func field(_ name: String) -> Resolved.Field? {
        // The generator asks by the schema's own (lower-case) names: found without respelling.
        if let field = fields.first(where: { $0.name == name }) { return field }
        let wanted = name.lowered()
        return fields.first { $0.name == wanted }
    }

    typealias Field = Resolved.Field

    /// A person's full name: last, first and (when there is one) middle name.
    static func fullName(_ alias: String, in dialect: any SQLDialect) -> String {
        let middle = dialect.concat(["' '", "\(alias).middle_name"])
        return dialect.concat(["\(alias).last_name", "' '", "\(alias).first_name", "coalesce(\(middle), '')"])
    }

    static func staffName(_ id: String, in dialect: any SQLDialect) -> String {
        "(SELECT \(fullName("n", in: dialect)) FROM staff n WHERE n.id = \(id))"
    }

    static func studentName(_ id: String, in dialect: any SQLDialect) -> String {
        "(SELECT \(fullName("n", in: dialect)) FROM student n WHERE n.id = \(id))"
    }

    /// Whose a user id is: a student's, a parent's or else a member of staff's. Each table's key
    /// probed with `IN`, not a subquery run for every row (a week's visits are thousands).
    static func role(of id: String) -> String {
        """
        (CASE WHEN \(id) IN (SELECT u.id FROM student u) THEN 'student' \
        WHEN \(id) IN (SELECT u.id FROM parent u) THEN 'parent' ELSE 'staff' END)
        """
    }

    static func subjectName(_ code: String) -> String {
        "(SELECT n.name FROM subject n WHERE n.code = \(code))"
    }

    static func person(_ name: String, id: String, in table: String, _ dialect: any SQLDialect) -> Field {
        let student = table == "student"
        var field = Field(
            name: name, type: .person, sql: student ? studentName(id, in: dialect) : staffName(id, in: dialect),
            keySQL: id)
        field.lookup = .init(table: student ? "student" : "staff", key: "id", id: id)
        return field
    }

    static func subject(_ name: String, code: String) -> Field {
        var field = Field(name: name, type: .subject, sql: subjectName(code), keySQL: code)
        field.lookup = .init(table: "subject", key: "code", id: code)
        return field
    }

    /// What a looked-up name shows, read from the table joined as `alias`.
    static func lookedUp(_ lookup: Field.Lookup, alias: String, in dialect: any SQLDialect) -> String {
        lookup.table == "subject" ? "\(alias).name" : fullName(alias, in: dialect)
    }

    /// The join of a name's table as `alias`, by the key `id` (the row's own, `lookup.id`, when nil).
    static func lookupJoin(_ lookup: Field.Lookup, alias: String, on id: String? = nil) -> String {
        " LEFT JOIN \(lookup.table) \(alias) ON \(alias).\(lookup.key) = \(id ?? lookup.id)"
    }

    static func names(_ alias: String, _ dialect: any SQLDialect) -> [Field] {
        [
            Field(name: "id", type: .text, sql: "\(alias).id", keySQL: nil),
            Field(name: "name", type: .text, sql: fullName(alias, in: dialect), keySQL: nil),
            Field(name: "last_name", type: .text, sql: "\(alias).last_name", keySQL: nil),
            Field(name: "first_name", type: .text, sql: "\(alias).first_name", keySQL: nil),
            Field(name: "middle_name", type: .text, sql: "\(alias).middle_name", keySQL: nil),
        ]
    }

    /// Whole days from the lesson to the day the mark was entered.
    static func delaySQL(_ dialect: any SQLDialect) -> String {
        dialect.daysBetween("l.date", dialect.day(of: "m.entered_at"))
    }

    /// Whether a mark was entered after the regulation's deadline for its kind (R17, R21): the day
    /// it was entered against the lesson's day plus the days its kind may wait, text against text.
    /// The same as its delay above those days (dates are whole days, `YYYY-MM-DD`), without working
    /// out two day numbers a mark: the ordinary marks, most of them, compare with the lesson's day.
    /// The foreign languages and mathematics with its courses are lists of the subject table, each
    /// made once.
    static func lateSQL(_ dialect: any SQLDialect) -> String {
        let deadline = JournalStore.markDelayRule { days in
            days == 0 ? "l.date" : dialect.adding(days: days, to: "l.date")
        }
        return "(\(dialect.day(of: "m.entered_at")) > \(deadline))"
    }

    static func lessonFields(_ dialect: any SQLDialect) -> [Field] {
        [
            Field(name: "class", type: .schoolClass, sql: "lc.name", keySQL: nil),
            Field(name: "grade", type: .number, sql: "lc.grade", keySQL: nil),
            subject("subject", code: "l.subject"),
            person("teacher", id: "l.teacher", in: "staff", dialect),
            Field(name: "date", type: .date, sql: "l.date", keySQL: nil),
            Field(name: "number", type: .number, sql: "l.number", keySQL: nil),
        ] + calendarFields("l.date", dialect)
    }

    /// Buckets of a date for `by`: its week (the Monday it starts on), its month (`2026-11`) and
    /// its weekday (1 Monday … 7 Sunday).
    static func calendarFields(_ date: String, _ dialect: any SQLDialect) -> [Field] {
        [
            Field(name: "week", type: .date, sql: dialect.weekStart(of: date), keySQL: nil),
            Field(name: "month", type: .text, sql: dialect.yearMonth(of: date), keySQL: nil),
            Field(name: "weekday", type: .number, sql: dialect.weekday(of: date), keySQL: nil),
        ]
    }

    /// The schema of a source, its SQL in `dialect` (the store's SQLite unless said).
    static func schema(
        _ source: Resolved.Source, year: SchoolYearSQL = .current, dialect: any SQLDialect = SQLiteDialect()
    ) -> SourceSchema {
        // The current year's in SQLite, which nearly every query asks for (twice: to resolve and to
        // write the SQL), is made once per source.
        guard year == .current, dialect is SQLiteDialect else { return make(source, year: year, dialect: dialect) }
        return SchemaCache.shared.schema(source) { make(source, year: year, dialect: dialect) }
    }

    private static func make(_ source: Resolved.Source, year: SchoolYearSQL, dialect: any SQLDialect) -> SourceSchema {
        switch source {
        case .students:
            return SourceSchema(
                source: source, from: year.studentsWithClass, baseWhere: nil,
                fields: names("s", dialect) + [
                    Field(name: "class", type: .schoolClass, sql: "c.name", keySQL: nil),
                    Field(name: "grade", type: .number, sql: "c.grade", keySQL: nil),
                    Field(name: "birth_date", type: .date, sql: "s.birth_date", keySQL: nil).personal(),
                    Field(name: "sex", type: .enumeration(name: "sex", values: ["m", "f"]), sql: "s.sex", keySQL: nil)
                        .personal(),
                    Field(name: "risk", type: .bool, sql: "(s.risk_group IS NOT NULL)", keySQL: nil).personal(),
                    Field(name: "risk_reason", type: .text, sql: "s.risk_group", keySQL: nil).personal(),
                ],
                natural: ["id", "name", "class"],
                order: "c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id")
        case .teachers, .staff:
            return SourceSchema(
                source: source, from: "staff t",
                baseWhere: source == .teachers
                    ? "EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher'))"
                    : nil,
                fields: names("t", dialect) + [
                    Field(
                        name: "roles", type: .text,
                        sql: """
                            (SELECT \(dialect.groupConcat("role", separator: ", ")) FROM \
                            (SELECT role FROM staff_role WHERE staff_id = t.id ORDER BY position))
                            """,
                        keySQL: nil),
                    Field(name: "email", type: .text, sql: "t.email", keySQL: nil),
                    Field(name: "phone", type: .text, sql: "t.phone", keySQL: nil),
                ],
                natural: ["id", "name", "roles"],
                order: "t.last_name, t.first_name, t.middle_name, t.id")
        case .parents:
            return SourceSchema(
                source: source, from: "parent p", baseWhere: nil,
                fields: names("p", dialect) + [
                    Field(name: "phone", type: .text, sql: "p.phone", keySQL: nil),
                    Field(name: "email", type: .text, sql: "p.email", keySQL: nil),
                    Field(
                        name: "children", type: .text,
                        sql: """
                            (SELECT \(dialect.groupConcat("nm", separator: ", ")) FROM \
                            (SELECT \(fullName("ch", in: dialect)) AS nm FROM parent_child pc \
                            JOIN student ch ON ch.id = pc.student_id WHERE pc.parent_id = p.id ORDER BY pc.position))
                            """,
                        keySQL: nil),
                ],
                natural: ["id", "name", "phone", "email", "children"],
                order: "p.last_name, p.first_name, p.middle_name, p.id")
        case .classes:
            return SourceSchema(
                source: source, from: "class k", baseWhere: "k.year = \(year.year)",
                fields: [
                    Field(name: "name", type: .schoolClass, sql: "k.name", keySQL: nil),
                    Field(name: "grade", type: .number, sql: "k.grade", keySQL: nil),
                    Field(name: "year", type: .text, sql: "k.year", keySQL: nil),
                    Field(name: "scheme", type: .text, sql: "k.scheme", keySQL: nil),
                    person("class_teacher", id: "k.class_teacher", in: "staff", dialect),
                ],
                natural: ["name", "grade", "scheme", "class_teacher"],
                order: "k.grade, k.name")
        case .subjects:
            return SourceSchema(
                source: source, from: "subject sub", baseWhere: nil,
                fields: [
                    Field(name: "code", type: .text, sql: "sub.code", keySQL: nil),
                    Field(name: "name", type: .text, sql: "sub.name", keySQL: nil),
                    subject("parent", code: "sub.parent"),
                ],
                natural: ["code", "name", "parent"],
                order: dialect.rowID(of: "sub"))
        case .lessons:
            return SourceSchema(
                source: source,
                from: "lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id",
                baseWhere: nil,
                fields: [Field(name: "id", type: .text, sql: "l.id", keySQL: nil)] + lessonFields(dialect) + [
                    Field(name: "group", type: .text, sql: "lg.name", keySQL: nil),
                    person("substitute", id: "l.substitute", in: "staff", dialect),
                    Field(name: "topic", type: .text, sql: "l.topic", keySQL: nil),
                    Field(name: "homework", type: .text, sql: "l.homework", keySQL: nil),
                    Field(name: "entered_at", type: .timestamp, sql: "l.entered_at", keySQL: nil),
                    // Filled in after the day of the lesson (R17 asks for the same day).
                    Field(
                        name: "late", type: .bool,
                        sql: "(l.entered_at IS NOT NULL AND \(dialect.day(of: "l.entered_at")) > l.date)",
                        keySQL: nil),
                    Field(name: "planned", type: .bool, sql: plannedSQL, keySQL: nil),
                ],
                natural: [
                    "id", "date", "number", "class", "group", "subject", "teacher", "substitute", "topic", "homework",
                ],
                order: "l.date, l.number, lc.grade, lc.name, l.id")
        case .marks:
            return SourceSchema(
                source: source, from: "mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id",
                baseWhere: nil,
                fields: [
                    Field(name: "id", type: .text, sql: "m.id", keySQL: nil),
                    person("student", id: "m.student_id", in: "student", dialect),
                ] + lessonFields(dialect) + [
                    Field(name: "value", type: .number, sql: "m.value", keySQL: nil),
                    Field(
                        name: "kind",
                        type: .enumeration(name: "kind of mark", values: JournalStore.Vocabulary.markKinds),
                        sql: "m.kind",
                        keySQL: nil),
                    Field(name: "entered_at", type: .timestamp, sql: "m.entered_at", keySQL: nil),
                    person("entered_by", id: "m.entered_by", in: "staff", dialect),
                    Field(name: "delay", type: .number, sql: delaySQL(dialect), keySQL: nil),
                    Field(name: "late", type: .bool, sql: lateSQL(dialect), keySQL: nil),
                    Field(name: "lesson", type: .text, sql: "m.lesson_id", keySQL: nil),
                    Field(
                        name: "risk", type: .bool,
                        sql: "(SELECT rs.risk_group IS NOT NULL FROM student rs WHERE rs.id = m.student_id)",
                        keySQL: nil
                    ).personal(),
                ],
                natural: ["id", "student", "class", "subject", "date", "value", "kind", "entered_at", "entered_by"],
                order: "l.date, l.number, lc.grade, lc.name, m.id")
        case .absences:
            return SourceSchema(
                source: source,
                from: "attendance a JOIN lesson l ON l.id = a.lesson_id JOIN class lc ON lc.id = l.class_id",
                baseWhere: "a.code IN ('absent', 'sick', 'excused')",
                fields: [person("student", id: "a.student_id", in: "student", dialect)] + lessonFields(dialect) + [
                    Field(
                        name: "code",
                        type: .enumeration(
                            name: "absence code",
                            values: JournalStore.Vocabulary.attendanceCodes.filter { $0 != "late" }),
                        sql: "a.code", keySQL: nil),
                    Field(name: "entered_at", type: .timestamp, sql: "a.entered_at", keySQL: nil),
                    Field(name: "lesson", type: .text, sql: "a.lesson_id", keySQL: nil),
                    Field(
                        name: "risk", type: .bool,
                        sql: "(SELECT rs.risk_group IS NOT NULL FROM student rs WHERE rs.id = a.student_id)",
                        keySQL: nil
                    ).personal(),
                ],
                natural: ["student", "class", "subject", "date", "number", "code"],
                order: "l.date, l.number, lc.grade, lc.name, a.student_id")
        case .grades:
            return SourceSchema(
                source: source,
                from: "period_grade g \(year.gradesWithClass)",
                baseWhere: "g.year = \(year.year)",
                fields: [
                    person("student", id: "g.student_id", in: "student", dialect),
                    Field(name: "class", type: .schoolClass, sql: "lc.name", keySQL: nil),
                    subject("subject", code: "g.subject"),
                    Field(name: "period", type: .text, sql: "g.period", keySQL: nil),
                    Field(name: "value", type: .grade, sql: "g.value", keySQL: nil),
                    Field(name: "entered_at", type: .timestamp, sql: "g.entered_at", keySQL: nil),
                    person("entered_by", id: "g.entered_by", in: "staff", dialect),
                ],
                natural: ["student", "class", "subject", "period", "value"],
                order: "lc.grade, lc.name, gs.last_name, gs.first_name, g.student_id, g.subject, g.period")
        case .visits:
            let role = role(of: "v.user_id")
            return SourceSchema(
                source: source, from: "visit v", baseWhere: nil,
                fields: [
                    Field(
                        name: "user", type: .person,
                        sql: """
                            coalesce(\(studentName("v.user_id", in: dialect)), (SELECT \(fullName("n", in: dialect)) \
                            FROM parent n WHERE n.id = v.user_id), \(staffName("v.user_id", in: dialect)))
                            """,
                        keySQL: "v.user_id"),
                    Field(
                        name: "role", type: .enumeration(name: "role", values: ["student", "parent", "staff"]),
                        sql: role, keySQL: nil),
                    Field(name: "at", type: .timestamp, sql: "v.at", keySQL: nil),
                    Field(name: "date", type: .date, sql: dialect.day(of: "v.at"), keySQL: nil),
                ],
                natural: ["user", "role", "at"],
                order: "v.at, v.id")
        case .corrections:
            return SourceSchema(
                source: source,
                from: """
                    mark_correction x JOIN mark m ON m.id = x.mark_id JOIN lesson l ON l.id = m.lesson_id \
                    JOIN class lc ON lc.id = l.class_id
                    """,
                baseWhere: nil,
                fields: [
                    Field(name: "id", type: .number, sql: "x.id", keySQL: nil),
                    Field(name: "mark", type: .text, sql: "x.mark_id", keySQL: nil),
                    person("student", id: "m.student_id", in: "student", dialect),
                ] + lessonFields(dialect) + [
                    Field(name: "old_value", type: .number, sql: "x.old_value", keySQL: nil),
                    Field(name: "new_value", type: .number, sql: "x.new_value", keySQL: nil),
                    person("requested_by", id: "x.requested_by", in: "staff", dialect),
                    person("approved_by", id: "x.approved_by", in: "staff", dialect),
                    Field(name: "at", type: .timestamp, sql: "x.at", keySQL: nil),
                    Field(name: "reason", type: .text, sql: "x.reason", keySQL: nil),
                    Field(
                        name: "status",
                        type: .enumeration(name: "status", values: JournalStore.Vocabulary.correctionStatuses),
                        sql: "x.status", keySQL: nil),
                    Field(name: "decided_at", type: .timestamp, sql: "x.decided_at", keySQL: nil),
                    Field(name: "decision", type: .text, sql: "x.decision_note", keySQL: nil),
                ],
                natural: [
                    "mark", "student", "subject", "old_value", "new_value", "requested_by", "approved_by", "at",
                    "reason",
                ],
                order: "x.at, x.id")
        case .failedLogins:
            return SourceSchema(
                source: source, from: "failed_login f", baseWhere: nil,
                fields: [
                    Field(name: "login", type: .text, sql: "f.login", keySQL: nil),
                    Field(name: "at", type: .timestamp, sql: "f.at", keySQL: nil),
                    Field(name: "date", type: .date, sql: dialect.day(of: "f.at"), keySQL: nil),
                    // A later log-in with the login succeeded: the failures no longer slow it down.
                    Field(name: "cleared", type: .bool, sql: "f.cleared", keySQL: nil),
                ],
                natural: ["login", "at", "cleared"],
                order: "f.at, f.id")
        case .reissues:
            return SourceSchema(
                source: source, from: "credential_reissue cr", baseWhere: nil,
                fields: [
                    Field(
                        name: "user", type: .person,
                        sql: """
                            coalesce(\(studentName("cr.user_id", in: dialect)), (SELECT \(fullName("n", in: dialect)) \
                            FROM parent n WHERE n.id = cr.user_id), \(staffName("cr.user_id", in: dialect)))
                            """,
                        keySQL: "cr.user_id"),
                    // NULL: the local administrator, who has no id.
                    Field(
                        name: "issued_by", type: .person,
                        sql: "coalesce(\(staffName("cr.issued_by", in: dialect)), 'the local administrator')",
                        keySQL: "cr.issued_by"
                    ),
                    Field(name: "at", type: .timestamp, sql: "cr.at", keySQL: nil),
                    Field(name: "date", type: .date, sql: dialect.day(of: "cr.at"), keySQL: nil),
                ],
                natural: ["user", "issued_by", "at"],
                order: "cr.at, cr.id")
        case .changes:
            return changes(source, dialect)
        case .load, .timetable, .plan, .groups, .periods:
            return planning(source, year: year, dialect: dialect)
        case .exams, .enrolment, .accounts, .backups, .orders:
            return records(source, dialect: dialect)
        case .remarks:
            return SourceSchema(
                source: source,
                from: "remark r LEFT JOIN class lc ON lc.id = r.class_id",
                baseWhere: nil,
                fields: [
                    Field(name: "id", type: .number, sql: "r.id", keySQL: nil),
                    person("teacher", id: "r.teacher", in: "staff", dialect),
                    Field(name: "class", type: .schoolClass, sql: "lc.name", keySQL: nil),
                    subject("subject", code: "r.subject"),
                    Field(name: "text", type: .text, sql: "r.text", keySQL: nil),
                    person("made_by", id: "r.made_by", in: "staff", dialect),
                    Field(name: "made_at", type: .timestamp, sql: "r.made_at", keySQL: nil),
                    Field(name: "due", type: .date, sql: "r.due", keySQL: nil),
                    Field(name: "resolved_at", type: .timestamp, sql: "r.resolved_at", keySQL: nil),
                    Field(name: "resolution", type: .text, sql: "r.resolution", keySQL: nil),
                ],
                natural: ["id", "teacher", "class", "subject", "text", "due", "resolved_at"],
                order: "r.due, r.id")
        }
    }

    /// The change trail (`change`, `ch`): each entry, who made it, when, the statement as typed, how
    /// many rows it wrote and to which tables.
    static func changes(_ source: Resolved.Source, _ dialect: any SQLDialect) -> SourceSchema {
        SourceSchema(
            source: source, from: "change ch", baseWhere: nil,
            fields: [
                Field(name: "id", type: .number, sql: "ch.id", keySQL: nil),
                Field(name: "at", type: .timestamp, sql: "ch.at", keySQL: nil),
                Field(name: "date", type: .date, sql: dialect.day(of: "ch.at"), keySQL: nil),
                Field(name: "user", type: .text, sql: "ch.user", keySQL: nil),
                Field(name: "statement", type: .text, sql: "ch.statement", keySQL: nil),
                Field(name: "rows", type: .number, sql: "ch.rows", keySQL: nil),
                Field(
                    name: "tables", type: .text,
                    sql: """
                        (SELECT \(dialect.groupConcat("t.table_name", separator: ", ")) FROM \
                        (SELECT DISTINCT r.table_name FROM change_row r \
                        WHERE r.change_id = ch.id ORDER BY r.table_name) t)
                        """, keySQL: nil),
                Field(name: "hash", type: .text, sql: "ch.hash", keySQL: nil),
            ],
            natural: ["id", "at", "user", "statement", "rows", "tables"],
            order: "ch.id")
    }
}

/// The schemas of the current year in SQLite's dialect, each made once (kept by the source's place
/// among all sources: a dictionary keyed by source is one more generic type made at every start).
private final class SchemaCache: @unchecked Sendable {
    static let shared = SchemaCache()
    private let lock = NSLock()
    private let sources = Resolved.Source.allCases
    private var schemas = [SourceSchema?](repeating: nil, count: Resolved.Source.allCases.count)

    func schema(_ source: Resolved.Source, make: () -> SourceSchema) -> SourceSchema {
        let place = sources.firstIndex(of: source)!
        lock.lock()
        defer { lock.unlock() }
        if let schema = schemas[place] { return schema }
        let schema = make()
        schemas[place] = schema
        return schema
    }
}
