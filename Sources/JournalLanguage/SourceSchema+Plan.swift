/// The sources of the school's planning: the teaching load, the timetable, the thematic plan, the
/// groups of a class and the study periods. Their rows have no student: every member of staff
/// reads them.
///
/// Aliases: `ld` a row of the load, `tt` of the timetable, `pt` of the plan, `gr` a group, `pd` a
/// study period; `lc` the class of the row (its scheme decides a span's dates).
extension SourceSchema {
    /// The schema of one of the planning sources.
    static func planning(_ source: Resolved.Source, year: SchoolYearSQL, dialect: any SQLDialect) -> SourceSchema {
        switch source {
        case .load:
            return SourceSchema(
                source: source,
                from:
                    "teaching_load ld JOIN class lc ON lc.id = ld.class_id LEFT JOIN class_group lg ON lg.id = ld.group_id",
                baseWhere: "lc.year = \(year.year)",
                fields: [
                    Field(name: "class", type: .schoolClass, sql: "lc.name", keySQL: nil),
                    Field(name: "grade", type: .number, sql: "lc.grade", keySQL: nil),
                    Field(name: "group", type: .text, sql: "lg.name", keySQL: nil),
                    subject("subject", code: "ld.subject"),
                    person("teacher", id: "ld.teacher", in: "staff", dialect),
                    // Hours a week, as the load is planned (a whole number or a half).
                    Field(name: "hours", type: .number, sql: "ld.hours_per_week", keySQL: nil),
                    // Imported or typed but not yet confirmed (`confirm load`).
                    Field(name: "draft", type: .bool, sql: "ld.draft", keySQL: nil),
                ],
                natural: ["class", "group", "subject", "teacher", "hours", "draft"],
                order: "lc.grade, lc.name, ld.subject, lg.name, ld.id")
        case .timetable:
            return SourceSchema(
                source: source,
                from:
                    "timetable_entry tt JOIN class lc ON lc.id = tt.class_id LEFT JOIN class_group lg ON lg.id = tt.group_id",
                baseWhere: "lc.year = \(year.year)",
                fields: [
                    Field(name: "class", type: .schoolClass, sql: "lc.name", keySQL: nil),
                    Field(name: "grade", type: .number, sql: "lc.grade", keySQL: nil),
                    Field(name: "group", type: .text, sql: "lg.name", keySQL: nil),
                    // 1 Monday … 7 Sunday, as `weekday(date)` of a lesson.
                    Field(name: "weekday", type: .number, sql: "tt.weekday", keySQL: nil),
                    Field(name: "number", type: .number, sql: "tt.number", keySQL: nil),
                    subject("subject", code: "tt.subject"),
                    person("teacher", id: "tt.teacher", in: "staff", dialect),
                    Field(name: "room", type: .text, sql: "tt.room", keySQL: nil),
                    Field(name: "valid_from", type: .date, sql: "tt.valid_from", keySQL: nil),
                    Field(name: "valid_to", type: .date, sql: "tt.valid_to", keySQL: nil),
                ],
                natural: [
                    "class", "group", "weekday", "number", "subject", "teacher", "room", "valid_from", "valid_to",
                ],
                order: "lc.grade, lc.name, tt.weekday, tt.number, lg.name, tt.valid_from, tt.id")
        case .plan:
            return SourceSchema(
                source: source,
                from:
                    "plan_topic pt JOIN class lc ON lc.id = pt.class_id LEFT JOIN class_group lg ON lg.id = pt.group_id",
                baseWhere: "lc.year = \(year.year)",
                fields: [
                    Field(name: "class", type: .schoolClass, sql: "lc.name", keySQL: nil),
                    Field(name: "grade", type: .number, sql: "lc.grade", keySQL: nil),
                    Field(name: "group", type: .text, sql: "lg.name", keySQL: nil),
                    subject("subject", code: "pt.subject"),
                    Field(name: "number", type: .number, sql: "pt.number", keySQL: nil),
                    Field(name: "topic", type: .text, sql: "pt.topic", keySQL: nil),
                    Field(name: "date", type: .date, sql: "pt.planned_date", keySQL: nil),
                    {
                        var given = Field(name: "given", type: .bool, sql: givenSQL, keySQL: nil)
                        given.family = .journal
                        return given
                    }(),
                ] + calendarFields("pt.planned_date", dialect),
                natural: ["class", "group", "subject", "number", "date", "topic", "given"],
                order: "lc.grade, lc.name, pt.subject, lg.name, pt.number, pt.id")
        case .groups:
            return SourceSchema(
                source: source,
                from: "class_group gr JOIN class lc ON lc.id = gr.class_id",
                baseWhere: "lc.year = \(year.year)",
                fields: [
                    Field(name: "name", type: .text, sql: "gr.name", keySQL: nil),
                    Field(name: "class", type: .schoolClass, sql: "lc.name", keySQL: nil),
                    Field(name: "grade", type: .number, sql: "lc.grade", keySQL: nil),
                    subject("subject", code: "gr.subject"),
                    // The teacher of the group's load; empty when the load names none (or several: the first).
                    person("teacher", id: groupTeacherSQL, in: "staff", dialect),
                ],
                natural: ["name", "class", "subject", "teacher"],
                order: "lc.grade, lc.name, gr.subject, gr.name")
        default:
            return SourceSchema(
                source: source, from: "study_period pd", baseWhere: "pd.year = \(year.year)",
                fields: [
                    Field(name: "year", type: .text, sql: "pd.year", keySQL: nil),
                    Field(name: "scheme", type: .text, sql: "pd.scheme", keySQL: nil),
                    Field(name: "number", type: .number, sql: "pd.number", keySQL: nil),
                    Field(name: "start", type: .date, sql: "pd.start", keySQL: nil),
                    Field(name: "end", type: .date, sql: "pd.\"end\"", keySQL: nil),
                    Field(
                        name: "classes", type: .text,
                        sql: """
                            (SELECT \(dialect.groupConcat("pk.name", separator: ", ")) FROM \
                            (SELECT k2.name FROM class k2 WHERE k2.year = pd.year AND k2.scheme = pd.scheme \
                            ORDER BY k2.grade, k2.name) pk)
                            """,
                        keySQL: nil),
                ],
                natural: ["scheme", "number", "start", "end", "classes"],
                order: "pd.scheme, pd.number")
        }
    }

    /// A planned topic was given: a lesson of its class and subject (of its group, when the plan is a
    /// group's) has it as its topic, spaces at either end aside.
    static let givenSQL = """
        EXISTS (SELECT 1 FROM lesson gl WHERE gl.class_id = pt.class_id AND gl.subject = pt.subject \
        AND gl.group_id IS pt.group_id AND trim(gl.topic) = trim(pt.topic))
        """

    /// A lesson's topic is in the plan: the plan of its class and subject (of its group, when the
    /// lesson is a group's) has the topic, spaces at either end aside. A lesson with no topic is not.
    static let plannedSQL = """
        EXISTS (SELECT 1 FROM plan_topic pl WHERE pl.class_id = l.class_id AND pl.subject = l.subject \
        AND pl.group_id IS l.group_id AND trim(pl.topic) = trim(l.topic))
        """

    /// The teacher of a group: of the load of its class and subject that names the group.
    static let groupTeacherSQL = """
        (SELECT gt.teacher FROM teaching_load gt WHERE gt.class_id = gr.class_id AND gt.subject = gr.subject \
        AND gt.group_id = gr.id ORDER BY gt.id LIMIT 1)
        """
}
