import JournalStore

/// The sources of the school's records: state exam results (R29), each student's enrolments (their
/// class history), the log-in accounts and the backups made (R6).
///
/// Aliases: `er` an exam result, `en` an enrolment, `es` the student of either, `ac` an account,
/// `bk` a backup; `lc` the class of the row (the student's now, for an exam result; the
/// enrolment's own, for an enrolment).
///
/// An account's password hash is never a field: no query, `explain` or message reads it.
extension SourceSchema {
    /// The schema of one of the records' sources.
    static func records(_ source: Resolved.Source, dialect: any SQLDialect) -> SourceSchema {
        switch source {
        case .exams:
            return SourceSchema(
                source: source,
                from:
                    "exam_result er JOIN student es ON es.id = er.student_id LEFT JOIN class lc ON lc.id = es.class_id",
                baseWhere: nil,
                fields: [
                    person("student", id: "er.student_id", in: "student", dialect),
                    // The student's class now (empty once they have left or graduated).
                    Field(name: "class", type: .schoolClass, sql: "lc.name", keySQL: nil),
                    Field(name: "grade", type: .number, sql: "lc.grade", keySQL: nil),
                    subject("subject", code: "er.subject"),
                    Field(
                        name: "exam", type: .enumeration(name: "exam", values: JournalStore.Vocabulary.exams),
                        sql: "er.exam", keySQL: nil),
                    Field(name: "taken_on", type: .date, sql: "er.taken_on", keySQL: nil),
                    Field(name: "received_on", type: .date, sql: "er.received_on", keySQL: nil),
                    Field(name: "score", type: .number, sql: "er.score", keySQL: nil),
                    Field(name: "mark", type: .number, sql: "er.mark", keySQL: nil),
                    Field(name: "entered_at", type: .timestamp, sql: "er.entered_at", keySQL: nil),
                    person("entered_by", id: "er.entered_by", in: "staff", dialect),
                    // Entered more than a day after the results were received (R29).
                    Field(
                        name: "late", type: .bool,
                        sql: """
                            (er.received_on IS NOT NULL AND \
                            \(dialect.daysBetween("er.received_on", dialect.day(of: "er.entered_at"))) > 1)
                            """,
                        keySQL: nil),
                ],
                natural: ["student", "class", "subject", "exam", "taken_on", "score", "mark"],
                order: "er.taken_on, er.exam, er.subject, es.last_name, es.first_name, er.student_id")
        case .enrolment:
            return SourceSchema(
                source: source,
                // The student's name is looked up where a row shows or sorts by it, not joined: a count
                // by class reads the enrolments by the class index alone.
                from: "enrolment en JOIN class lc ON lc.id = en.class_id",
                baseWhere: nil,
                fields: [
                    person("student", id: "en.student_id", in: "student", dialect),
                    // Grouped on the class itself: the enrolments of many years hold many a 7А.
                    Field(name: "class", type: .schoolClass, sql: "lc.name", keySQL: "en.class_id"),
                    Field(name: "grade", type: .number, sql: "lc.grade", keySQL: nil),
                    Field(name: "year", type: .text, sql: "lc.year", keySQL: nil),
                    Field(name: "start", type: .date, sql: "en.since", keySQL: nil),
                    // The last day in the class; empty while the student is still in it.
                    Field(name: "end", type: .date, sql: "en.until", keySQL: nil),
                    // As written: admitted, moved, promoted, conditional, retained; empty when imported.
                    Field(name: "reason", type: .text, sql: "en.reason", keySQL: nil),
                    Field(name: "current", type: .bool, sql: "(en.until IS NULL)", keySQL: nil),
                    // The order the enrolment began by (a move's) and the one it ended by (a move's or a
                    // withdrawal's), when one was given (R1).
                    Field(name: "order_number", type: .text, sql: "en.order_number", keySQL: nil),
                    Field(name: "order_date", type: .date, sql: "en.order_date", keySQL: nil),
                    Field(name: "end_order_number", type: .text, sql: "en.end_order_number", keySQL: nil),
                    Field(name: "end_order_date", type: .date, sql: "en.end_order_date", keySQL: nil),
                ],
                natural: ["student", "class", "start", "end", "reason"],
                order: """
                    (SELECT es.last_name FROM student es WHERE es.id = en.student_id), \
                    (SELECT es.first_name FROM student es WHERE es.id = en.student_id), en.student_id, en.since, en.id
                    """)
        case .accounts:
            return SourceSchema(
                source: source, from: "account ac", baseWhere: nil,
                fields: [
                    Field(name: "id", type: .text, sql: "ac.user_id", keySQL: nil),
                    Field(
                        name: "user", type: .person,
                        sql: """
                            coalesce(\(studentName("ac.user_id", in: dialect)), (SELECT \(fullName("n", in: dialect)) \
                            FROM parent n WHERE n.id = ac.user_id), \(staffName("ac.user_id", in: dialect)))
                            """,
                        keySQL: "ac.user_id"),
                    Field(
                        name: "role", type: .enumeration(name: "role", values: ["student", "parent", "staff"]),
                        sql: role(of: "ac.user_id"), keySQL: nil),
                    Field(name: "login", type: .text, sql: "ac.login", keySQL: nil),
                    // The one-time password is still to be changed at the next log-in.
                    Field(name: "must_change", type: .bool, sql: "ac.must_change", keySQL: nil),
                    Field(name: "issued_at", type: .timestamp, sql: "ac.issued_at", keySQL: nil),
                    // Empty: the local administrator.
                    person("issued_by", id: "ac.issued_by", in: "staff", dialect),
                    // The last log-in (a visit): who used the journal when is the log-ins' readers'.
                    {
                        var field = Field(
                            name: "last_login", type: .timestamp,
                            sql: "(SELECT max(lv.at) FROM visit lv WHERE lv.user_id = ac.user_id)", keySQL: nil)
                        field.family = .visits
                        return field
                    }(),
                    // Failed log-ins with the login not yet cleared by a successful one (R15): the audit's.
                    {
                        var field = Field(
                            name: "failed_logins", type: .number,
                            sql: """
                                (SELECT count(*) FROM failed_login lf \
                                WHERE lf.login_key = lower(trim(ac.login)) AND lf.cleared = 0)
                                """,
                            keySQL: nil)
                        field.family = .audit
                        return field
                    }(),
                ],
                natural: ["id", "user", "role", "login", "must_change", "issued_at", "issued_by"],
                order: "ac.login")
        case .orders:
            return SourceSchema(
                source: source, from: ordersSQL + " LEFT JOIN class lc ON lc.id = od.class_id", baseWhere: nil,
                fields: [
                    Field(
                        name: "kind",
                        type: .enumeration(name: "kind of order", values: ["promotion", "transfer", "withdrawal"]),
                        sql: "od.kind", keySQL: nil),
                    Field(name: "number", type: .text, sql: "od.number", keySQL: nil),
                    Field(name: "date", type: .date, sql: "od.date", keySQL: nil),
                    Field(name: "year", type: .text, sql: "od.year", keySQL: nil),
                    // A move's or a withdrawal's student and the class they moved to or left; empty
                    // for a promotion, which is of the whole school.
                    person("student", id: "od.student_id", in: "student", dialect),
                    Field(name: "class", type: .schoolClass, sql: "lc.name", keySQL: nil),
                ],
                natural: ["kind", "number", "date", "student", "class"],
                order: "od.date, od.number, od.kind, od.student_id")
        default:
            return SourceSchema(
                source: source, from: "backup_record bk", baseWhere: nil,
                fields: [
                    Field(name: "id", type: .number, sql: "bk.id", keySQL: nil),
                    Field(name: "at", type: .timestamp, sql: "bk.at", keySQL: nil),
                    Field(name: "date", type: .date, sql: dialect.day(of: "bk.at"), keySQL: nil),
                    Field(name: "path", type: .text, sql: "bk.path", keySQL: nil),
                    Field(name: "sha256", type: .text, sql: "bk.sha256", keySQL: nil),
                    // Read back and its checksum found equal.
                    Field(name: "verified", type: .bool, sql: "bk.verified", keySQL: nil),
                    Field(name: "problem", type: .text, sql: "bk.problem", keySQL: nil),
                ],
                natural: ["at", "path", "verified", "problem"],
                order: "bk.at, bk.id")
        }
    }

    /// The orders, one row each (`od`): each promotion order (R5), and each move's and withdrawal's
    /// order kept with the enrolments it began or ended (R1). A move's order ends the old enrolment
    /// and begins the new one: it is one row, the move's.
    static let ordersSQL = """
        (SELECT 'promotion' AS kind, po.number AS number, po.date AS date, po.year AS year, NULL AS student_id, \
        NULL AS class_id, po.id AS order_id FROM promotion_order po \
        UNION ALL SELECT 'transfer', oe.order_number, oe.order_date, oc.year, oe.student_id, oe.class_id, NULL \
        FROM enrolment oe JOIN class oc ON oc.id = oe.class_id WHERE oe.order_number IS NOT NULL \
        UNION ALL SELECT 'withdrawal', oe.end_order_number, oe.end_order_date, oc.year, oe.student_id, oe.class_id, \
        NULL FROM enrolment oe JOIN class oc ON oc.id = oe.class_id WHERE oe.end_order_number IS NOT NULL \
        AND NOT EXISTS (SELECT 1 FROM enrolment ne WHERE ne.student_id = oe.student_id AND ne.since > oe.since \
        AND ne.order_number IS oe.end_order_number AND ne.order_date IS oe.end_order_date)) od
        """
}
