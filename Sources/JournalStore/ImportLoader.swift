import GRDB
import JournalFoundation

/// The checks and inserts of an import, file by file, with what earlier files loaded.
struct ImportLoader {
    typealias Vocabulary = JournalStore.Vocabulary

    struct ClassInfo {
        let id: Int
        let grade: Int
        let year: String
        let scheme: String
    }

    struct GroupInfo {
        let id: Int
        let classID: Int
        let subject: String
    }

    struct LessonInfo {
        let classID: Int
        let groupID: Int?
        let date: String
    }

    let db: Database
    let progress: JournalImport.Progress?
    var rowsSoFar = 0

    var years: [String: Void] = [:]
    /// Periods per year and scheme.
    var periodCounts: [String: Int] = [:]
    /// The periods read so far by year and scheme, with the line each was given on.
    var periodRanges: [String: [PeriodRange]] = [:]
    var subjects: [String: Void] = [:]
    var staff: [String: Void] = [:]
    var classes: [String: ClassInfo] = [:]
    var students: [String: Int] = [:]
    var parents: [String: Void] = [:]
    var groups: [String: GroupInfo] = [:]
    var groupMembers: [Int: Set<String>] = [:]
    var classesByID: [Int: ClassInfo] = [:]
    var subjectNames: [String: Int] = [:]
    var lessons: [String: LessonInfo] = [:]
    var lessonLines: [String: Int] = [:]
    /// Mark ids, with the line each was given on.
    var marks: [String: Int] = [:]
    /// Where each person's id was first defined, to keep ids unique across staff, students and parents.
    var people: [String: String] = [:]
    var nextClassID = 1
    var nextGroupID = 1

    init(db: Database, progress: JournalImport.Progress?) throws {
        self.db = db
        self.progress = progress
    }

    /// Checks and writes every row of `source`; returns how many rows it had.
    mutating func load(_ source: CSVSource, layout: CSVTableLayout) throws -> Int {
        let insert = try PreparedInsert(db, Self.insertSQL[layout.file]!)
        var count = 0
        var seenKeys: [String: Int] = [:]
        while let (line, fields) = try source.next() {
            guard fields.count == source.header.count else {
                throw Diagnostic(
                    Message(StoreText.fieldCount, fields.count, source.header.count),
                    at: source.location(line: line, field: min(fields.count, source.header.count) - 1),
                    hint: Message(StoreText.quoteDelimiter, String(source.delimiter)))
            }
            try Self.refuseInvisibleCharacters(fields, source: source, line: line)
            let row = ImportRow(source: source, line: line, fields: fields, header: source.header)
            if let key = try uniqueKey(of: row, file: layout.file) {
                if let first = seenKeys.updateValue(line, forKey: key.value) {
                    throw row.failure(
                        key.column, Message(StoreText.appearsTwice, key.what, layout.file),
                        hint: Message(StoreText.firstGivenOnLineKeepOne, first))
                }
            }
            do {
                try loadRow(row, file: layout.file, into: insert)
            } catch let error as DatabaseError {
                // The checks above should have caught it; the schema's own rules are the last guard.
                throw Diagnostic(
                    Message(StoreText.rowBreaksRule, StoreFailure.explain(error)),
                    at: source.location(line: line, field: 0), hint: Message(StoreText.checkAgainstFormat))
            }
            count += 1
            rowsSoFar += 1
            if rowsSoFar % 10_000 == 0 { progress?(layout.file, rowsSoFar) }
        }
        if layout.file == "subjects.csv" { try checkSubjectParents() }
        if layout.file == "school.csv" && count != 1 {
            throw Diagnostic(
                Message(StoreText.oneSchoolRow, count), at: .init(file: "school.csv", line: 1, column: 1),
                hint: Message(StoreText.oneSchoolPerJournal))
        }
        progress?(layout.file, rowsSoFar)
        return count
    }

    /// The fields that must not repeat within a file, when the file has such a key: the column to
    /// point at, the key's value, and what it is called in a message.
    private func uniqueKey(of row: ImportRow, file: String) throws -> (column: String, value: String, what: Message)? {
        switch file {
        case "periods.csv":
            let value = [row.text("year"), row.text("scheme"), row.text("number")].joinedText(separator: " ")
            return ("number", value, Message(StoreText.periodKey, value))
        case "subjects.csv": return ("code", row.text("code"), Message(StoreText.subjectKey, row.text("code")))
        case "staff.csv", "students.csv", "parents.csv":
            return ("id", row.text("id"), Message(StoreText.idKey, row.text("id")))
        case "classes.csv": return ("name", row.text("name"), Message(StoreText.classKey, row.text("name")))
        case "groups.csv": return ("name", row.text("name"), Message(StoreText.groupKey, row.text("name")))
        case "attendance.csv":
            return (
                "student_id", row.text("student_id") + " in lesson " + row.text("lesson_id"),
                Message(StoreText.attendanceKey, row.text("student_id"), row.text("lesson_id"))
            )
        case "grades.csv":
            let value = [row.text("student_id"), row.text("subject"), row.text("year"), row.text("period")].joined(
                separator: " ")
            return ("period", value, Message(StoreText.gradeKey, value))
        default: return nil
        }
    }

    static let insertSQL: [String: String] = [
        "school.csv": "INSERT INTO school (id, name, year, today) VALUES (1, ?, ?, ?)",
        "periods.csv": "INSERT INTO study_period (year, scheme, number, start, \"end\") VALUES (?, ?, ?, ?, ?)",
        "subjects.csv": "INSERT INTO subject (code, name, parent, is_foreign_language) VALUES (?, ?, ?, ?)",
        "staff.csv":
            "INSERT INTO staff (id, last_name, first_name, middle_name, email, phone) VALUES (?, ?, ?, ?, ?, ?)",
        "classes.csv": "INSERT INTO class (id, name, grade, year, scheme, class_teacher) VALUES (?, ?, ?, ?, ?, ?)",
        "students.csv": """
        INSERT INTO student (id, last_name, first_name, middle_name, sex, birth_date, class_id, risk_group)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        "parents.csv":
            "INSERT INTO parent (id, last_name, first_name, middle_name, phone, email) VALUES (?, ?, ?, ?, ?, ?)",
        "groups.csv": "INSERT INTO class_group (id, name, class_id, subject) VALUES (?, ?, ?, ?)",
        "load.csv":
            "INSERT INTO teaching_load (class_id, group_id, subject, teacher, hours_per_week) VALUES (?, ?, ?, ?, ?)",
        "timetable.csv": """
        INSERT INTO timetable_entry (class_id, group_id, weekday, number, subject, teacher, room, valid_from, valid_to)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        "plan.csv": """
        INSERT INTO plan_topic (class_id, group_id, subject, number, topic, planned_date) VALUES (?, ?, ?, ?, ?, ?)
        """,
        "lessons.csv": """
        INSERT INTO lesson (id, date, number, class_id, group_id, subject, teacher, substitute, topic, homework, entered_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        "marks.csv": """
        INSERT INTO mark (id, lesson_id, student_id, value, kind, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        "attendance.csv": "INSERT INTO attendance (lesson_id, student_id, code, entered_at) VALUES (?, ?, ?, ?)",
        "grades.csv": """
        INSERT INTO period_grade (student_id, subject, year, period, value, entered_at, entered_by)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        "visits.csv": "INSERT INTO visit (user_id, at) VALUES (?, ?)",
        "corrections.csv": """
        INSERT INTO mark_correction (mark_id, old_value, new_value, requested_by, approved_by, at, reason)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
    ]

    private mutating func loadRow(_ row: ImportRow, file: String, into insert: PreparedInsert) throws {
        switch file {
        case "school.csv": try loadSchool(row, insert)
        case "periods.csv": try loadPeriod(row, insert)
        case "subjects.csv": try loadSubject(row, insert)
        case "staff.csv": try loadStaff(row, insert)
        case "classes.csv": try loadClass(row, insert)
        case "students.csv": try loadStudent(row, insert)
        case "parents.csv": try loadParent(row, insert)
        case "groups.csv": try loadGroup(row, insert)
        case "load.csv", "timetable.csv", "plan.csv": try loadClassPlan(row, file: file, insert)
        case "lessons.csv": try loadLesson(row, insert)
        case "marks.csv": try loadMark(row, insert)
        case "attendance.csv": try loadAttendance(row, insert)
        case "grades.csv": try loadGrade(row, insert)
        case "visits.csv": try loadVisit(row, insert)
        case "corrections.csv": try loadCorrection(row, insert)
        default: preconditionFailure("no loader for \(file)")
        }
    }

    /// A school year `YYYY/YYYY`, recorded the first time it is seen.
    private mutating func year(_ row: ImportRow, _ column: String) throws -> String {
        let value = try row.required(column)
        let parts = value.split(separator: "/").map { Int($0) }
        guard parts.count == 2, value.count == 9, let first = parts[0], let second = parts[1], second == first + 1
        else {
            throw row.failure(
                column, Message(StoreText.notASchoolYear, value), hint: Message(StoreText.writeSchoolYear))
        }
        if years.updateValue((), forKey: value) == nil {
            try db.execute(sql: "INSERT INTO school_year (year) VALUES (?)", arguments: [value])
        }
        return value
    }

    private mutating func loadSchool(_ row: ImportRow, _ insert: PreparedInsert) throws {
        insert.bind(1, try row.required("name"))
        insert.bind(2, try year(row, "year"))
        insert.bind(3, try row.optionalDate("today"))
        try insert.run(db)
    }

    private mutating func loadPeriod(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let year = try year(row, "year")
        let scheme = try row.oneOf("scheme", Vocabulary.schemes, what: .aSchemeOfPeriods)
        let limit = ["quarter": 4, "half": 2, "trimester": 3][scheme]!
        let number = try row.integer("number", in: 1...limit)
        let start = try row.date("start")
        let end = try row.date("end")
        guard start <= end else {
            throw row.failure(
                "end", Message(StoreText.periodEndsBeforeStart, end, start), hint: Message(StoreText.swapDates))
        }
        try checkOverlap(
            PeriodRange(number: number, start: start, end: end, line: row.line), of: "\(year) \(scheme)", row)
        periodCounts["\(year) \(scheme)", default: 0] += 1
        insert.bind(1, year)
        insert.bind(2, scheme)
        insert.bind(3, number)
        insert.bind(4, start)
        insert.bind(5, end)
        try insert.run(db)
    }

    /// Whether a subject's name names a foreign language (for the regulation's checking deadlines).
    static func isForeignLanguage(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard lower.contains("язык") || lower.contains("language") else { return false }
        return !lower.contains("русск") && !lower.contains("родн") && !lower.contains("russian")
    }

    private mutating func loadSubject(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let code = try row.required("code")
        let name = try row.required("name")
        if let first = subjectNames.updateValue(row.line, forKey: name) {
            throw row.failure(
                "name", Message(StoreText.subjectNameTwice, name), hint: Message(StoreText.firstGivenOnLine, first))
        }
        subjects[code] = ()
        insert.bind(1, code)
        insert.bind(2, name)
        insert.bind(3, row.optional("parent"))
        insert.bind(4, Self.isForeignLanguage(name) ? 1 : 0)
        try insert.run(db)
    }

    /// Parents of subjects may be named before or after their courses, so they are checked once all are read.
    private func checkSubjectParents() throws {
        for row in try Row.fetchAll(db, sql: "SELECT code, parent FROM subject WHERE parent IS NOT NULL") {
            let parent: String = row["parent"]
            guard subjects[parent] != nil else {
                throw Diagnostic(
                    Message(StoreText.unknownParentSubject, row["code"] as String, parent),
                    at: .init(file: "subjects.csv", line: 1, column: 1),
                    hint: Suggestion.meant(parent, in: Array(subjects.keys)) ?? Message(StoreText.nameASubjectCode))
            }
        }
    }

    private mutating func person(_ row: ImportRow, file: String) throws -> String {
        let id = try row.required("id")
        if let other = people.updateValue(file, forKey: id), other != file {
            throw row.failure(
                "id", Message(StoreText.idUsedIn, id, other), hint: Message(StoreText.distinctPersonIDs))
        }
        return id
    }

    private mutating func loadStaff(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let id = try person(row, file: "staff.csv")
        let roles = try row.required("roles").split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        for (position, role) in roles.enumerated() {
            guard Vocabulary.roles.contains(role) else {
                throw row.failure(
                    "roles", Message(StoreText.notARole, role),
                    hint: Suggestion.meant(role, in: Vocabulary.roles)
                        ?? Message(StoreText.rolesAre, Vocabulary.roles.joinedText(separator: ", ")))
            }
            guard roles.firstIndex(of: role) == position else {
                throw row.failure(
                    "roles", Message(StoreText.roleTwice, role), hint: Message(StoreText.nameEachRoleOnce))
            }
            try db.execute(
                sql: "INSERT INTO staff_role (staff_id, role, position) VALUES (?, ?, ?)",
                arguments: [id, role, position])
        }
        staff[id] = ()
        insert.bind(1, id)
        insert.bind(2, try row.required("last_name"))
        insert.bind(3, try row.required("first_name"))
        insert.bind(4, row.optional("middle_name"))
        insert.bind(5, row.optional("email"))
        insert.bind(6, row.optional("phone"))
        try insert.run(db)
    }

    private mutating func loadClass(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let name = try row.required("name")
        let grade = try row.integer("grade", in: 1...11)
        let letter = name.dropFirst(String(grade).count)
        guard name.hasPrefix(String(grade)), letter.count == 1, let scalar = letter.unicodeScalars.first,
            (0x0410...0x042F).contains(scalar.value) || scalar.value == 0x0401
        else {
            throw row.failure(
                "name", Message(StoreText.notAClassName, name, grade), hint: Message(StoreText.classNameHint, grade))
        }
        let year = try year(row, "year")
        let scheme = try row.oneOf("scheme", Vocabulary.schemes, what: .aSchemeOfPeriods)
        let teacher = try row.optionalReference("class_teacher", in: staff, what: .staffMember, file: "staff.csv")
        let id = nextClassID
        nextClassID += 1
        classes[name] = ClassInfo(id: id, grade: grade, year: year, scheme: scheme)
        classesByID[id] = classes[name]
        insert.bind(1, id)
        insert.bind(2, name)
        insert.bind(3, grade)
        insert.bind(4, year)
        insert.bind(5, scheme)
        insert.bind(6, teacher?.0)
        try insert.run(db)
    }

    private mutating func loadStudent(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let id = try person(row, file: "students.csv")
        let sex = try row.optional("sex").map { _ in
            try row.oneOf("sex", ["m", "f"], aliases: ["м": "m", "ж": "f"], what: .aSex)
        }
        let (_, schoolClass) = try row.reference("class", in: classes, what: .schoolClass, file: "classes.csv")
        students[id] = schoolClass.id
        insert.bind(1, id)
        insert.bind(2, try row.required("last_name"))
        insert.bind(3, try row.required("first_name"))
        insert.bind(4, row.optional("middle_name"))
        insert.bind(5, sex)
        insert.bind(6, try row.optionalDate("birth_date"))
        insert.bind(7, schoolClass.id)
        insert.bind(8, row.optional("risk_group"))
        try insert.run(db)
    }

    /// The ids of a `|`-separated list field, each checked against `known`.
    private func idList<T>(
        _ row: ImportRow, _ column: String, in known: [String: T], what: ImportThing,
        file: any MessageArgumentConvertible
    )
        throws -> [(String, T)]
    {
        var seen: Set<String> = []
        return try row.required(column).split(separator: "|", omittingEmptySubsequences: false).map { part in
            let id = String(part)
            guard let found = known[id] else {
                throw row.failure(
                    column, Message(StoreText.unknownReference, what.unknown, id, column),
                    hint: Suggestion.meant(id, in: Array(known.keys)).map { Message(StoreText.noSuchIDMeant, file, $0) }
                        ?? Message(StoreText.noSuchIDInList, file))
            }
            guard seen.insert(id).inserted else {
                throw row.failure(
                    column, Message(StoreText.listedTwice, what.noun, id, column), hint: Message(StoreText.listEachOnce)
                )
            }
            return (id, found)
        }
    }

    private mutating func loadParent(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let id = try person(row, file: "parents.csv")
        let children = try idList(row, "children", in: students, what: .student, file: "students.csv")
        parents[id] = ()
        insert.bind(1, id)
        insert.bind(2, try row.required("last_name"))
        insert.bind(3, try row.required("first_name"))
        insert.bind(4, row.optional("middle_name"))
        insert.bind(5, row.optional("phone"))
        insert.bind(6, row.optional("email"))
        try insert.run(db)
        for (position, (child, _)) in children.enumerated() {
            try db.execute(
                sql: "INSERT INTO parent_child (parent_id, student_id, position) VALUES (?, ?, ?)",
                arguments: [id, child, position])
        }
    }

    private mutating func loadGroup(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let name = try row.required("name")
        let (className, schoolClass) = try row.reference("class", in: classes, what: .schoolClass, file: "classes.csv")
        let (subject, _) = try row.reference("subject", in: subjects, what: .subject, file: "subjects.csv")
        let members = try idList(row, "students", in: students, what: .student, file: "students.csv")
        if let stranger = members.first(where: { $0.1 != schoolClass.id }) {
            throw row.failure(
                "students", Message(StoreText.studentNotInClass, stranger.0, className),
                hint: Message(StoreText.groupOfOwnClass))
        }
        let id = nextGroupID
        nextGroupID += 1
        groups[name] = GroupInfo(id: id, classID: schoolClass.id, subject: subject)
        groupMembers[id] = Set(members.map(\.0))
        insert.bind(1, id)
        insert.bind(2, name)
        insert.bind(3, schoolClass.id)
        insert.bind(4, subject)
        try insert.run(db)
        for (position, (student, _)) in members.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO group_member (group_id, student_id, position, since)
                    SELECT ?, ?, ?, substr(year, 1, 4) || '-09-01' FROM class WHERE id = ?
                    """, arguments: [id, student, position, schoolClass.id])
        }
    }

    /// The class and (optional) group of a row, checking that the group belongs to the class and subject.
    private func classAndGroup(_ row: ImportRow, subject: String) throws -> (ClassInfo, GroupInfo?) {
        let (className, schoolClass) = try row.reference("class", in: classes, what: .schoolClass, file: "classes.csv")
        guard let (groupName, group) = try row.optionalReference("group", in: groups, what: .group, file: "groups.csv")
        else { return (schoolClass, nil) }
        guard group.classID == schoolClass.id else {
            throw row.failure(
                "group", Message(StoreText.groupNotOfClass, groupName, className), hint: Message(StoreText.checkGroups))
        }
        guard group.subject == subject else {
            throw row.failure(
                "group", Message(StoreText.groupOfOtherSubject, groupName, group.subject, subject),
                hint: Message(StoreText.checkGroups))
        }
        return (schoolClass, group)
    }

    /// load.csv, timetable.csv and plan.csv: rows of a class (or group) and subject.
    private mutating func loadClassPlan(_ row: ImportRow, file: String, _ insert: PreparedInsert) throws {
        let (subject, _) = try row.reference("subject", in: subjects, what: .subject, file: "subjects.csv")
        let (schoolClass, group) = try classAndGroup(row, subject: subject)
        insert.bind(1, schoolClass.id)
        insert.bind(2, group?.id)
        switch file {
        case "load.csv":
            insert.bind(3, subject)
            insert.bind(4, try row.reference("teacher", in: staff, what: .staffMember, file: "staff.csv").0)
            let text = try row.required("hours_per_week")
            if let hours = Int(text), hours > 0 {
                insert.bind(5, hours)
            } else if let hours = Double(text.replacingOccurrences(of: ",", with: ".")), hours > 0, hours.isFinite {
                insert.bind(5, hours)
            } else {
                throw row.failure(
                    "hours_per_week", Message(StoreText.notHours, text), hint: Message(StoreText.writePositiveNumber))
            }
        case "timetable.csv":
            insert.bind(3, try row.integer("weekday", in: 1...7))
            insert.bind(4, try row.integer("number", in: 1...12))
            insert.bind(5, subject)
            insert.bind(6, try row.reference("teacher", in: staff, what: .staffMember, file: "staff.csv").0)
            insert.bind(7, row.optional("room"))
            let from = try row.date("valid_from")
            let to = try row.optionalDate("valid_to")
            if let to, to < from {
                throw row.failure(
                    "valid_to", Message(StoreText.entryEndsBeforeStart, to, from), hint: Message(StoreText.swapDates))
            }
            insert.bind(8, from)
            insert.bind(9, to)
        default:
            insert.bind(3, subject)
            insert.bind(4, try row.integer("number", in: 1...10_000))
            insert.bind(5, try row.required("topic"))
            insert.bind(6, try row.optionalDate("planned_date"))
        }
        try insert.run(db)
    }

    private mutating func loadLesson(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let id = try row.required("id")
        try Self.checkUnique(id, row, firstLine: lessonLines[id])
        let (subject, _) = try row.reference("subject", in: subjects, what: .subject, file: "subjects.csv")
        let (schoolClass, group) = try classAndGroup(row, subject: subject)
        let date = try row.date("date")
        try checkInPeriods(date, of: schoolClass, row)
        lessons[id] = LessonInfo(classID: schoolClass.id, groupID: group?.id, date: date)
        lessonLines[id] = row.line
        insert.bind(1, id)
        insert.bind(2, date)
        insert.bind(3, try row.integer("number", in: 1...12))
        insert.bind(4, schoolClass.id)
        insert.bind(5, group?.id)
        insert.bind(6, subject)
        insert.bind(7, try row.reference("teacher", in: staff, what: .staffMember, file: "staff.csv").0)
        insert.bind(8, try row.optionalReference("substitute", in: staff, what: .staffMember, file: "staff.csv")?.0)
        insert.bind(9, row.optional("topic"))
        insert.bind(10, row.optional("homework"))
        insert.bind(11, try row.optionalTimestamp("entered_at"))
        try insert.run(db)
    }

    /// The lesson and student of a mark or attendance row, checking the student sits in that lesson.
    private func lessonAndStudent(_ row: ImportRow) throws -> (String, String) {
        let (lessonID, lesson) = try row.reference("lesson_id", in: lessons, what: .lesson, file: "lessons.csv")
        let (studentID, classID) = try row.reference("student_id", in: students, what: .student, file: "students.csv")
        guard classID == lesson.classID else {
            throw row.failure(
                "student_id", Message(StoreText.studentNotInLessonClass, studentID, lessonID),
                hint: Message(StoreText.onlyStudentsOfLessonClass))
        }
        if let groupID = lesson.groupID, groupMembers[groupID]?.contains(studentID) != true {
            throw row.failure(
                "student_id", Message(StoreText.studentNotInLessonGroup, studentID, lessonID),
                hint: Message(StoreText.lessonForOneGroup))
        }
        return (lessonID, studentID)
    }

    private mutating func loadMark(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let id = try row.required("id")
        // Looked up into a local first: passing the mutation straight into a call on self would copy the
        // whole dictionary for every row.
        let firstLine = marks.updateValue(row.line, forKey: id)
        try Self.checkUnique(id, row, firstLine: firstLine)
        let (lessonID, studentID) = try lessonAndStudent(row)
        insert.bind(1, id)
        insert.bind(2, lessonID)
        insert.bind(3, studentID)
        insert.bind(4, try row.integer("value", in: 1...5))
        insert.bind(5, try row.oneOf("kind", Vocabulary.markKinds, what: .aKindOfMark))
        let entered = try row.timestamp("entered_at")
        try checkEnteredAfter(lessonID, entered, row)
        insert.bind(6, entered)
        insert.bind(7, try row.reference("entered_by", in: staff, what: .staffMember, file: "staff.csv").0)
        try insert.run(db)
    }

    private mutating func loadAttendance(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let (lessonID, studentID) = try lessonAndStudent(row)
        insert.bind(1, lessonID)
        insert.bind(2, studentID)
        insert.bind(
            3,
            try row.oneOf(
                "code", Vocabulary.attendanceCodes, aliases: Vocabulary.attendanceAliases, what: .anAttendanceCode))
        insert.bind(4, try row.optionalTimestamp("entered_at"))
        try insert.run(db)
    }

    private mutating func loadGrade(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let (studentID, classID) = try row.reference("student_id", in: students, what: .student, file: "students.csv")
        let (subject, _) = try row.reference("subject", in: subjects, what: .subject, file: "subjects.csv")
        let (year, _) = try row.reference(
            "year", in: years, what: .schoolYear, file: Message(StoreText.twoFiles, "school.csv", "periods.csv"))
        let period = try row.required("period")
        if !Vocabulary.gradePeriods.contains(period) {
            let schoolClass = classesByID[classID]!
            let count = periodCounts["\(year) \(schoolClass.scheme)"] ?? 0
            guard let number = Int(period), number >= 1, number <= count else {
                throw row.failure(
                    "period", Message(StoreText.notAPeriodOfScheme, period, StoreText.scheme(schoolClass.scheme), year),
                    hint: count > 0
                        ? Message(StoreText.usePeriodNumbers, count)
                        : Message(StoreText.noPeriodsOfScheme, StoreText.scheme(schoolClass.scheme), year))
            }
        }
        insert.bind(1, studentID)
        insert.bind(2, subject)
        insert.bind(3, year)
        insert.bind(4, period)
        insert.bind(5, try row.oneOf("value", Vocabulary.gradeValues, aliases: ["н/a": "н/а"], what: .aPeriodGrade))
        insert.bind(6, try row.optionalTimestamp("entered_at"))
        insert.bind(7, try row.optionalReference("entered_by", in: staff, what: .staffMember, file: "staff.csv")?.0)
        try insert.run(db)
    }

    private mutating func loadVisit(_ row: ImportRow, _ insert: PreparedInsert) throws {
        let (user, _) = try row.reference(
            "user_id", in: people, what: .user,
            file: Message(StoreText.threeFiles, "staff.csv", "students.csv", "parents.csv"))
        insert.bind(1, user)
        insert.bind(2, try row.timestamp("at"))
        try insert.run(db)
    }

    private mutating func loadCorrection(_ row: ImportRow, _ insert: PreparedInsert) throws {
        insert.bind(1, try row.reference("mark_id", in: marks, what: .mark, file: "marks.csv").0)
        insert.bind(2, try row.integer("old_value", in: 1...5))
        insert.bind(3, try row.integer("new_value", in: 1...5))
        insert.bind(4, try row.reference("requested_by", in: staff, what: .staffMember, file: "staff.csv").0)
        insert.bind(5, try row.optionalReference("approved_by", in: staff, what: .staffMember, file: "staff.csv")?.0)
        insert.bind(6, try row.timestamp("at"))
        insert.bind(7, row.optional("reason"))
        try insert.run(db)
    }
}
