import GRDB

/// The demo school's rows on their way into the store: one prepared statement per table,
/// bound value by value (no argument arrays on the hot paths), and a count per table.
final class DemoWriter {
    /// A value for a column of the generic `insert`.
    enum Value {
        case text(String?)
        case integer(Int?)
    }

    let db: Database
    private var statements: [String: PreparedInsert] = [:]
    /// Rows written, by table name.
    private(set) var counts: [String: Int] = [:]

    let lesson: PreparedInsert
    let mark: PreparedInsert
    let attendance: PreparedInsert
    let visit: PreparedInsert

    init(_ db: Database) throws {
        self.db = db
        lesson = try PreparedInsert(
            db,
            """
            INSERT INTO lesson (id, date, number, class_id, group_id, subject, teacher, substitute, topic, homework,
                entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        mark = try PreparedInsert(
            db,
            "INSERT INTO mark (id, lesson_id, student_id, value, kind, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)"
        )
        attendance = try PreparedInsert(
            db, "INSERT INTO attendance (lesson_id, student_id, code, entered_at) VALUES (?, ?, ?, ?)")
        visit = try PreparedInsert(db, "INSERT INTO visit (user_id, at) VALUES (?, ?)")
    }

    /// Runs one of the hot-path statements after its values were bound, counting the row.
    func run(_ statement: PreparedInsert, table: String) throws {
        try statement.run(db)
        counts[table, default: 0] += 1
    }

    /// Inserts one row into `table`, naming the columns; the statement is prepared once.
    func insert(_ table: String, _ columns: [String], _ values: [Value]) throws {
        let key = table + "(" + columns.joinedText(separator: ",") + ")"
        let statement: PreparedInsert
        if let prepared = statements[key] {
            statement = prepared
        } else {
            let names = columns.map { "\"\($0)\"" }.joinedText(separator: ", ")
            let marks = Array(repeating: "?", count: columns.count).joinedText(separator: ", ")
            statement = try PreparedInsert(db, "INSERT INTO \"\(table)\" (\(names)) VALUES (\(marks))")
            statements[key] = statement
        }
        for (index, value) in values.enumerated() {
            switch value {
            case .text(let text): statement.bind(Int32(index + 1), text)
            case .integer(let number): statement.bind(Int32(index + 1), number)
            }
        }
        try statement.run(db)
        counts[table, default: 0] += 1
    }

    /// Counts something that is not a table of its own (lates among the attendance rows).
    func tally(_ key: String) {
        counts[key, default: 0] += 1
    }

    func count(_ table: String) -> Int { counts[table] ?? 0 }
}

extension DemoSchool {
    /// The school, its year and periods, subjects, people, groups, load, timetable and plan.
    func writeRoster(_ out: DemoWriter) throws {
        let year = DemoCalendar.year
        try out.insert("school_year", ["year"], [.text(year)])
        try out.insert(
            "school", ["id", "name", "year", "today"],
            [.integer(1), .text("МБОУ «Средняя школа № \(schoolNumber)»"), .text(year), .text(until.text)])
        for period in DemoCalendar.periods {
            try out.insert(
                "study_period", ["year", "scheme", "number", "start", "end"],
                [
                    .text(year), .text(period.scheme), .integer(period.number), .text(period.start.text),
                    .text(period.end.text),
                ])
        }
        for subject in Self.subjects {
            try out.insert(
                "subject", ["code", "name", "parent", "is_foreign_language"],
                [
                    .text(subject.code), .text(subject.name), .text(subject.parent),
                    .integer(subject.isForeignLanguage ? 1 : 0),
                ])
        }
        for member in staff {
            try out.insert(
                "staff", ["id", "last_name", "first_name", "middle_name", "email", "phone"],
                [
                    .text(member.id), .text(member.lastName), .text(member.firstName), .text(member.middleName),
                    .text(member.email), .text(member.phone),
                ])
            for (position, role) in member.roles.enumerated() {
                try out.insert(
                    "staff_role", ["staff_id", "role", "position"], [.text(member.id), .text(role), .integer(position)])
            }
        }
        for schoolClass in classes {
            try out.insert(
                "class", ["id", "name", "grade", "year", "scheme", "class_teacher"],
                [
                    .integer(schoolClass.id), .text(schoolClass.name), .integer(schoolClass.grade), .text(year),
                    .text(schoolClass.scheme), .text(staff[schoolClass.classTeacher].id),
                ])
        }
        for student in classes.flatMap(\.students).map({ students[$0] }) {
            try out.insert(
                "student",
                ["id", "last_name", "first_name", "middle_name", "sex", "birth_date", "class_id", "risk_group"],
                [
                    .text(student.id), .text(student.lastName), .text(student.firstName), .text(student.middleName),
                    .text(student.male ? "m" : "f"), .text(student.birthDate.text),
                    .integer(classes[student.classIndex].id), .text(student.riskGroup),
                ])
        }
        for parent in parents {
            try out.insert(
                "parent", ["id", "last_name", "first_name", "middle_name", "phone", "email"],
                [
                    .text(parent.id), .text(parent.lastName), .text(parent.firstName), .text(parent.middleName),
                    .text(parent.phone), .text(parent.email),
                ])
            for (position, child) in families[parent.family].children.enumerated() {
                try out.insert(
                    "parent_child", ["parent_id", "student_id", "position"],
                    [.text(parent.id), .text(students[child].id), .integer(position)])
            }
        }
        // Every group's members are in it from the start of the year.
        let yearStart = String(year.prefix(4)) + "-09-01"
        for group in groups {
            try out.insert(
                "class_group", ["id", "name", "class_id", "subject"],
                [
                    .integer(group.id), .text(group.name), .integer(classes[group.classIndex].id),
                    .text(Self.subjects[group.subject].code),
                ])
            for (position, member) in group.members.enumerated() {
                try out.insert(
                    "group_member", ["group_id", "student_id", "position", "since"],
                    [.integer(group.id), .text(students[member].id), .integer(position), .text(yearStart)])
            }
        }
        for course in courses {
            try out.insert(
                "teaching_load", ["class_id", "group_id", "subject", "teacher", "hours_per_week"],
                [
                    .integer(classes[course.classIndex].id), .integer(course.group.map { groups[$0].id }),
                    .text(Self.subjects[course.subject].code), .text(staff[course.teacher].id), .integer(course.hours),
                ])
        }
        try writeTimetable(out)
        try writePlan(out)
    }

    private func writeTimetable(_ out: DemoWriter) throws {
        for (classIndex, week) in timetable.enumerated() {
            for (day, lessons) in week.enumerated() {
                for (place, lesson) in lessons.enumerated() {
                    for course in lesson.courses.map({ courses[$0] }) {
                        let teacher = staff[course.teacher]
                        try out.insert(
                            "timetable_entry",
                            [
                                "class_id", "group_id", "weekday", "number", "subject", "teacher", "room", "valid_from",
                                "valid_to",
                            ],
                            [
                                .integer(classes[classIndex].id), .integer(course.group.map { groups[$0].id }),
                                .integer(day + 1), .integer(place + 1), .text(Self.subjects[course.subject].code),
                                .text(teacher.id), .text(teacher.room), .text(DemoCalendar.firstDay.text),
                                .text(DemoCalendar.lastDay.text),
                            ])
                    }
                }
            }
        }
    }

    private func writePlan(_ out: DemoWriter) throws {
        for (index, course) in courses.enumerated() {
            for (number, line) in plans[index].enumerated() {
                try out.insert(
                    "plan_topic", ["class_id", "group_id", "subject", "number", "topic", "planned_date"],
                    [
                        .integer(classes[course.classIndex].id), .integer(course.group.map { groups[$0].id }),
                        .text(Self.subjects[course.subject].code), .integer(number + 1), .text(line.topic),
                        .text(line.date.text),
                    ])
            }
        }
    }
}
