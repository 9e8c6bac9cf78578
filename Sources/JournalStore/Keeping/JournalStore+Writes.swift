import GRDB
import JournalFoundation

/// Carrying out the writing statements: every write in one transaction (the script's, when
/// it runs in one), checked by the `Authorizer` against the rows it touches before anything is
/// written, and refused as a whole at its first problem.
extension JournalStore {
    /// Applies `write` for `authorizer.actor` at `now` (`YYYY-MM-DD HH:MM`), recorded in the change
    /// trail as `statement` (the text as typed; the outcome's summary when nil).
    public func apply(_ write: JournalWrite, by authorizer: Authorizer, now: String, statement: String? = nil) throws
        -> WriteOutcome
    {
        do {
            return try self.write { db in
                var writer = JournalWriter(db: db, authorizer: authorizer, now: now)
                let outcome = try writer.apply(write)
                try Self.recordChange(
                    in: db, by: authorizer.actor.id ?? Self.administratorName,
                    statement: statement ?? outcome.summary.description, at: now)
                return outcome
            }
        } catch let error as DatabaseError {
            // A rule the store keeps itself (a closed year, the correction rule, a foreign key).
            throw WriteRefusal(StoreFailure.explain(error), hint: Message(StoreText.nothingWritten))
        }
    }
}

struct JournalWriter {
    let db: Database
    let authorizer: Authorizer
    let now: String
    var actor: Actor { authorizer.actor }
    var today: String { String(now.prefix(10)) }

    init(db: Database, authorizer: Authorizer, now: String) {
        self.db = db
        self.authorizer = authorizer
        self.now = now
    }

    func schoolYear() throws -> String {
        try String.fetchOne(db, sql: "SELECT year FROM school") ?? ""
    }

    mutating func apply(_ write: JournalWrite) throws -> WriteOutcome {
        switch write {
        case .setFolder(let folder, let path):
            try authorizer.check(.year)
            return try setFolder(folder, path: path)
        case .addStaff(let person, let roles, let email, let phone):
            try authorizer.check(.lists)
            try requireNewID(person.id)
            try db.execute(
                sql:
                    "INSERT INTO staff (id, last_name, first_name, middle_name, email, phone) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [person.id, person.lastName, person.firstName, person.middleName, email, phone])
            for (position, role) in roles.enumerated() {
                try db.execute(
                    sql: "INSERT INTO staff_role (staff_id, role, position) VALUES (?, ?, ?)",
                    arguments: [person.id, role, position])
            }
            return WriteOutcome(
                summary: Message(StoreText.addedStaffMember, person.id, person.lastName, person.firstName))
        case .addStudent(let person, let classID, let birthDate, let sex, let risk):
            try authorizer.check(.lists)
            try requireNewID(person.id)
            try db.execute(
                sql: """
                    INSERT INTO student (id, last_name, first_name, middle_name, sex, birth_date, class_id, risk_group)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    person.id, person.lastName, person.firstName, person.middleName, sex, birthDate, classID, risk,
                ])
            try db.execute(
                sql: "INSERT INTO enrolment (student_id, class_id, since, reason) VALUES (?, ?, ?, 'admitted')",
                arguments: [person.id, classID, today])
            return WriteOutcome(
                summary: Message(
                    StoreText.addedStudent, person.id, person.lastName, person.firstName, try className(classID)))
        case .addParent(let person, let children, let phone, let email):
            try authorizer.check(.lists)
            try requireNewID(person.id)
            try db.execute(
                sql:
                    "INSERT INTO parent (id, last_name, first_name, middle_name, phone, email) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [person.id, person.lastName, person.firstName, person.middleName, phone, email])
            for (position, child) in children.enumerated() {
                try db.execute(
                    sql: "INSERT INTO parent_child (parent_id, student_id, position) VALUES (?, ?, ?)",
                    arguments: [person.id, child, position])
            }
            return WriteOutcome(summary: Message(StoreText.addedParent, person.id, person.lastName, person.firstName))
        case .addClass(let name, let grade, let scheme, let teacher):
            try authorizer.check(.lists)
            let year = try schoolYear()
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM class WHERE year = ? AND name = ?", arguments: [year, name])
                ?? false
            {
                throw WriteRefusal(Message(StoreText.classExists, name, year))
            }
            try db.execute(
                sql: "INSERT INTO class (name, grade, year, scheme, class_teacher) VALUES (?, ?, ?, ?, ?)",
                arguments: [name, grade, year, scheme, teacher])
            return WriteOutcome(
                summary: Message(StoreText.addedClass, name, grade, StoreText.schemePlural(scheme), year))
        case .addSubject(let code, let name, let parent, let foreign):
            try authorizer.check(.lists)
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM subject WHERE code = ? OR name = ?", arguments: [code, name]) ?? false
            {
                throw WriteRefusal(Message(StoreText.subjectExists, code, name))
            }
            try db.execute(
                sql: "INSERT INTO subject (code, name, parent, is_foreign_language) VALUES (?, ?, ?, ?)",
                arguments: [code, name, parent, foreign ? 1 : 0])
            return WriteOutcome(summary: Message(StoreText.addedSubject, code, name))
        case .addPeriod(let scheme, let number, let start, let end):
            try authorizer.check(.lists)
            let year = try schoolYear()
            let clash = try Row.fetchOne(
                db,
                sql: """
                    SELECT number, start, "end" FROM study_period
                    WHERE year = ? AND scheme = ? AND (number = ? OR (start <= ? AND "end" >= ?))
                    """, arguments: [year, scheme, number, end, start])
            if let clash {
                throw WriteRefusal(
                    Message(
                        StoreText.periodExists, StoreText.scheme(scheme), clash["number"] as Int, year,
                        clash["start"] as String, clash["end"] as String),
                    hint: Message(StoreText.removePeriodFirst, scheme, clash["number"] as Int))
            }
            try db.execute(
                sql: "INSERT INTO study_period (year, scheme, number, start, \"end\") VALUES (?, ?, ?, ?, ?)",
                arguments: [year, scheme, number, start, end])
            return WriteOutcome(
                summary: Message(StoreText.addedPeriod, StoreText.scheme(scheme), number, year, start, end))
        case .addTimetable(let slot):
            try authorizer.check(.lists)
            try addTimetable(slot)
            return WriteOutcome(
                summary: Message(
                    StoreText.addedToTimetable, try className(slot.classID), StoreText.weekday(slot.weekday),
                    slot.number, slot.subject))
        case .addLoad(let classID, let groupID, let subject, let teacher, let hours):
            try authorizer.check(.lists)
            let existing = try String.fetchOne(
                db,
                sql: "SELECT teacher FROM teaching_load WHERE class_id = ? AND group_id IS ? AND subject = ?",
                arguments: [classID, groupID, subject])
            if let existing {
                throw WriteRefusal(
                    Message(StoreText.loadExists, try className(classID), subject, existing),
                    hint: Message(StoreText.removeLoadFirst, try className(classID), subject))
            }
            try db.execute(
                sql: """
                    INSERT INTO teaching_load (class_id, group_id, subject, teacher, hours_per_week) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [classID, groupID, subject, teacher, hours])
            return WriteOutcome(
                summary: Message(StoreText.addedToLoad, try className(classID), subject, teacher, hours))
        case .removeLoad(let classID, let groupID, let subject):
            try authorizer.check(.lists)
            try db.execute(
                sql: "DELETE FROM teaching_load WHERE class_id = ? AND group_id IS ? AND subject = ?",
                arguments: [classID, groupID, subject])
            guard db.changesCount > 0 else {
                throw WriteRefusal(Message(StoreText.noSuchLoad, try className(classID), subject))
            }
            return WriteOutcome(summary: Message(StoreText.removedFromLoad, subject, try className(classID)))
        case .confirmLoad(let classIDs):
            try authorizer.check(.lists)
            let year = try schoolYear()
            let ids = try classIDs ?? Int.fetchAll(db, sql: "SELECT id FROM class WHERE year = ?", arguments: [year])
            var confirmed = 0
            for id in ids {
                try db.execute(
                    sql: "UPDATE teaching_load SET draft = 0 WHERE class_id = ? AND draft = 1", arguments: [id])
                confirmed += db.changesCount
            }
            let left =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM teaching_load tl JOIN class c ON c.id = tl.class_id
                        WHERE c.year = ? AND tl.draft = 1
                        """, arguments: [year]) ?? 0
            return WriteOutcome(
                summary: Message.joined(
                    [Message(StoreText.confirmedLoad, confirmed)]
                        + (left > 0 ? [Message(StoreText.loadStillDraft, left)] : []), separator: ""))
        case .change(let record, let assignments):
            return try change(record, assignments)
        case .remove(let record):
            return try remove(record)
        case .move(let student, let classID, let date, let order):
            try authorizer.check(.lists)
            return try move(student, to: classID, on: date, order: order)
        case .withdraw(let student, let date, let order):
            try authorizer.check(.lists)
            guard let from = try classOf(student: student) else {
                throw WriteRefusal(Message(StoreText.leftAlready, student))
            }
            try db.execute(
                sql: """
                    UPDATE enrolment SET until = ?, end_order_number = ?, end_order_date = ?
                    WHERE student_id = ? AND until IS NULL
                    """,
                arguments: [date, order?.number, order?.date, student])
            try db.execute(
                sql: "UPDATE student SET class_id = NULL, left_on = ?, left_reason = 'left' WHERE id = ?",
                arguments: [date, student])
            try leaveGroups(student, lastDay: date, ofClass: nil)
            return WriteOutcome(summary: Message(StoreText.withdrawn, student, try className(from), date))
        case .createLessons(let classIDs, let from, let to):
            try authorizer.check(.lists)
            return try createLessons(classIDs: classIDs, from: from, to: to)
        case .lessonTopic(let ref, let text):
            let lesson = try findLesson(ref)
            try authorizer.check(.lesson(teacher: lesson.teacher, substitute: lesson.substitute))
            try db.execute(
                sql: "UPDATE lesson SET topic = ?, entered_at = coalesce(entered_at, ?) WHERE id = ?",
                arguments: [text, now, lesson.id])
            return WriteOutcome(summary: Message(StoreText.topicRecorded, lesson.described))
        case .lessonHomework(let ref, let text):
            let lesson = try findLesson(ref)
            try authorizer.check(.lesson(teacher: lesson.teacher, substitute: lesson.substitute))
            try db.execute(
                sql: "UPDATE lesson SET homework = ?, entered_at = coalesce(entered_at, ?) WHERE id = ?",
                arguments: [text, now, lesson.id])
            return WriteOutcome(summary: Message(StoreText.homeworkRecorded, lesson.described))
        case .lessonSubstitute(let ref, let staff):
            let lesson = try findLesson(ref)
            try authorizer.check(.substitution)
            if staff == lesson.teacher {
                throw WriteRefusal(Message(StoreText.teachesAlready, lesson.teacher), at: ref.place)
            }
            try db.execute(sql: "UPDATE lesson SET substitute = ? WHERE id = ?", arguments: [staff, lesson.id])
            return WriteOutcome(
                summary: staff.map { Message(StoreText.substitutes, $0, lesson.described) }
                    ?? Message(StoreText.noSubstitute, lesson.described))
        case .marks(let ref, let entries):
            return try putMarks(ref, entries)
        case .absences(let ref, let entries):
            return try putAbsences(ref, entries)
        case .grades(let classID, let groupID, let subject, let period, let entries):
            return try putGrades(classID: classID, groupID: groupID, subject: subject, period: period, entries)
        case .exams(let exam, let subject, let takenOn, let receivedOn, let entries):
            return try putExams(exam: exam, subject: subject, takenOn: takenOn, receivedOn: receivedOn, entries)
        case .group(let change):
            try authorizer.check(.groups)
            return try changeGroup(change)
        case .remark(let teacher, let classID, let subject, let due, let text):
            try authorizer.check(.remark)
            try db.execute(
                sql: """
                    INSERT INTO remark (teacher, class_id, subject, text, made_by, made_at, due)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [teacher, classID, subject, text, actor.id, now, due])
            return WriteOutcome(summary: Message(StoreText.remarkMade, Int(db.lastInsertedRowID), teacher, due))
        case .resolveRemark(let id, let place, let resolution):
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT teacher, resolved_at FROM remark WHERE id = ?", arguments: [id])
            else {
                throw WriteRefusal(
                    Message(StoreText.noRemark, id), hint: Message(StoreText.listRemarks, Message.keyword("remarks")),
                    at: place)
            }
            try authorizer.check(.resolveRemark(teacher: row["teacher"]))
            if let resolved: String = row["resolved_at"] {
                throw WriteRefusal(Message(StoreText.remarkResolvedAlready, id, resolved), at: place)
            }
            try db.execute(
                sql: "UPDATE remark SET resolved_at = ?, resolution = ? WHERE id = ?",
                arguments: [now, resolution, id])
            return WriteOutcome(summary: Message(StoreText.remarkResolved, id))
        case .correct(let mark, let place, let value, let reason):
            return try correct(mark: mark, place: place, to: value, reason: reason)
        case .decide(let correction, let place, let approve, let reason):
            return try decide(correction: correction, place: place, approve: approve, reason: reason)
        case .promote(let year, let order, let date, let exceptions, let dryRun):
            try authorizer.check(.year)
            return try promote(year: year, order: order, date: date, exceptions: exceptions, dryRun: dryRun)
        case .openYear(let year, let file):
            try authorizer.check(.year)
            return try openYear(year, periodsFile: file)
        }
    }

    // MARK: - Lists

    func requireNewID(_ id: String) throws {
        let holder = try Row.fetchOne(
            db,
            sql: """
                SELECT 'staff' AS kind, last_name || ' ' || first_name AS name FROM staff WHERE id = ?1
                UNION ALL SELECT 'student', last_name || ' ' || first_name FROM student WHERE id = ?1
                UNION ALL SELECT 'parent', last_name || ' ' || first_name FROM parent WHERE id = ?1
                """, arguments: [id])
        if let holder {
            let kind: StoreText =
                switch holder["kind"] as String {
                case "staff": .idTakenByStaffMember
                case "student": .idTakenByStudent
                default: .idTakenByParent
                }
            throw WriteRefusal(Message(kind, id, holder["name"] as String), hint: Message(StoreText.uniqueIDs))
        }
    }

    /// A class's name, for messages.
    func className(_ id: Int) throws -> Message {
        try String.fetchOne(db, sql: "SELECT name FROM class WHERE id = ?", arguments: [id]).map(Message.verbatim)
            ?? Message(StoreText.classNumbered, id)
    }

    func classOf(student: String) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT class_id FROM student WHERE id = ?", arguments: [student])
    }

    func addTimetable(_ slot: JournalWrite.TimetableSlot) throws {
        let clash = try Row.fetchOne(
            db,
            sql: """
                SELECT t.subject, t.teacher, t.group_id, c.name AS class FROM timetable_entry t
                JOIN class c ON c.id = t.class_id
                WHERE t.weekday = ?1 AND t.number = ?2 AND (t.valid_to IS NULL OR t.valid_to >= ?3)
                  AND ((t.class_id = ?4 AND (t.group_id IS NULL OR ?5 IS NULL OR t.group_id = ?5)) OR t.teacher = ?6)
                LIMIT 1
                """,
            arguments: [slot.weekday, slot.number, slot.validFrom, slot.classID, slot.groupID, slot.teacher])
        if let clash {
            let teacher: String = clash["teacher"]
            let ownClass = try String.fetchOne(
                db, sql: "SELECT name FROM class WHERE id = ?", arguments: [slot.classID])
            throw WriteRefusal(
                teacher == slot.teacher && (clash["class"] as String) != ownClass
                    ? Message(StoreText.teacherBusy, teacher, clash["class"] as String)
                    : Message(StoreText.classBusy, clash["class"] as String, clash["subject"] as String, teacher),
                hint: Message(
                    StoreText.removeTimetableFirst, clash["class"] as String, CivilDate.weekdayNames[slot.weekday - 1],
                    slot.number))
        }
        try db.execute(
            sql: """
                INSERT INTO timetable_entry (class_id, group_id, weekday, number, subject, teacher, room, valid_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                slot.classID, slot.groupID, slot.weekday, slot.number, slot.subject, slot.teacher, slot.room,
                slot.validFrom,
            ])
    }

    func change(_ record: JournalWrite.Record, _ assignments: [JournalWrite.Assignment]) throws -> WriteOutcome {
        let table: String
        let key: String
        let id: DatabaseValue
        switch record {
        case .student(let student):
            if let classID = try classOf(student: student) {
                try authorizer.check(.classList(classID: classID))
            } else {
                try authorizer.check(.lists)
            }
            (table, key, id) = ("student", "id", student.databaseValue)
        case .parent(let parent):
            let classes = try Int.fetchAll(
                db,
                sql: "SELECT DISTINCT s.class_id FROM parent_child pc JOIN student s ON s.id = pc.student_id "
                    + "WHERE pc.parent_id = ? AND s.class_id IS NOT NULL", arguments: [parent])
            if !classes.contains(where: { authorizer.allows(.classList(classID: $0)) }) {
                try authorizer.check(.lists)
            }
            (table, key, id) = ("parent", "id", parent.databaseValue)
        case .staff(let staff):
            try authorizer.check(.lists)
            (table, key, id) = ("staff", "id", staff.databaseValue)
        case .schoolClass(let classID):
            try authorizer.check(.lists)
            (table, key, id) = ("class", "id", classID.databaseValue)
        case .subject(let code):
            try authorizer.check(.lists)
            (table, key, id) = ("subject", "code", code.databaseValue)
        default:
            throw WriteRefusal(Message(StoreText.removeAndAddAnew))
        }
        var roles: String?
        var sets: [String] = []
        var arguments: [DatabaseValueConvertible?] = []
        for assignment in assignments {
            if assignment.column == "roles" {
                roles = assignment.value
                continue
            }
            sets.append("\"\(assignment.column)\" = ?")
            arguments.append(assignment.value)
        }
        if !sets.isEmpty {
            arguments.append(id)
            try db.execute(
                sql: "UPDATE \"\(table)\" SET \(sets.joinedText(separator: ", ")) WHERE \(key) = ?",
                arguments: StatementArguments(arguments))
        }
        if let roles, case .staff(let staff) = record {
            try db.execute(sql: "DELETE FROM staff_role WHERE staff_id = ?", arguments: [staff])
            for (position, role) in roles.split(separator: ",").enumerated() {
                try db.execute(
                    sql: "INSERT INTO staff_role (staff_id, role, position) VALUES (?, ?, ?)",
                    arguments: [staff, String(role), position])
            }
        }
        let fields = Message.keywords(assignments.map(\.column))
        let what: Message
        switch record {
        case .student(let key): what = Message(StoreText.studentNamed, key)
        case .staff(let key): what = Message(StoreText.staffNamed, key)
        case .parent(let key): what = Message(StoreText.parentNamed, key)
        case .subject(let key): what = Message(StoreText.subjectNamed, key)
        case .schoolClass(let classID): what = Message(StoreText.classNamed, try className(classID))
        default: what = .verbatim(table)
        }
        return WriteOutcome(summary: Message(StoreText.changedFields, fields, what))
    }

    func remove(_ record: JournalWrite.Record) throws -> WriteOutcome {
        try authorizer.check(.lists)
        let (sql, arguments, what): (String, StatementArguments, Message)
        var uses: [(StoreText, String)] = []
        switch record {
        case .student(let id):
            uses = [
                (.marksCount, "SELECT count(*) FROM mark WHERE student_id = ?1"),
                (.attendanceRecordsCount, "SELECT count(*) FROM attendance WHERE student_id = ?1"),
                (.gradesCount, "SELECT count(*) FROM period_grade WHERE student_id = ?1"),
            ]
            (sql, arguments, what) = ("DELETE FROM student WHERE id = ?1", [id], Message(StoreText.studentNamed, id))
        case .staff(let id):
            uses = [
                (.lessonsCount, "SELECT count(*) FROM lesson WHERE teacher = ?1 OR substitute = ?1"),
                (.marksCount, "SELECT count(*) FROM mark WHERE entered_by = ?1"),
                (.timetableEntriesCount, "SELECT count(*) FROM timetable_entry WHERE teacher = ?1"),
                (.loadLinesCount, "SELECT count(*) FROM teaching_load WHERE teacher = ?1"),
                (.classesCount, "SELECT count(*) FROM class WHERE class_teacher = ?1"),
            ]
            (sql, arguments, what) = ("DELETE FROM staff WHERE id = ?1", [id], Message(StoreText.staffMemberNamed, id))
        case .parent(let id):
            (sql, arguments, what) = ("DELETE FROM parent WHERE id = ?1", [id], Message(StoreText.parentNamed, id))
        case .schoolClass(let id):
            uses = [
                (.studentsCount, "SELECT count(*) FROM student WHERE class_id = ?1"),
                (.lessonsCount, "SELECT count(*) FROM lesson WHERE class_id = ?1"),
                (.timetableEntriesCount, "SELECT count(*) FROM timetable_entry WHERE class_id = ?1"),
            ]
            (sql, arguments, what) = (
                "DELETE FROM class WHERE id = ?1", [id], Message(StoreText.classNamed, try className(id))
            )
        case .subject(let code):
            uses = [
                (.lessonsCount, "SELECT count(*) FROM lesson WHERE subject = ?1"),
                (.loadLinesCount, "SELECT count(*) FROM teaching_load WHERE subject = ?1"),
                (.coursesCount, "SELECT count(*) FROM subject WHERE parent = ?1"),
            ]
            (sql, arguments, what) = (
                "DELETE FROM subject WHERE code = ?1", [code], Message(StoreText.subjectNamed, code)
            )
        case .period(let scheme, let number):
            let year = try schoolYear()
            (sql, arguments, what) = (
                "DELETE FROM study_period WHERE year = ?1 AND scheme = ?2 AND number = ?3", [year, scheme, number],
                Message(StoreText.periodNamed, StoreText.scheme(scheme), number)
            )
        case .timetable(let classID, let groupID, let weekday, let number):
            (sql, arguments, what) = (
                """
                DELETE FROM timetable_entry WHERE class_id = ?1 AND group_id IS ?2 AND weekday = ?3 AND number = ?4
                """, [classID, groupID, weekday, number],
                Message(StoreText.timetableEntryNamed, try className(classID), StoreText.weekday(weekday), number)
            )
        case .group(let id):
            uses = [(.lessonsCount, "SELECT count(*) FROM lesson WHERE group_id = ?1")]
            (sql, arguments, what) = ("DELETE FROM class_group WHERE id = ?1", [id], Message(StoreText.theGroup))
        }
        let held = try uses.compactMap { name, query -> Message? in
            let count = try Int.fetchOne(db, sql: query, arguments: arguments) ?? 0
            return count > 0 ? Message(name, count) : nil
        }
        if !held.isEmpty {
            throw WriteRefusal(
                Message(StoreText.cannotRemove, what, Message.joined(held, separator: ", ")),
                hint: Message(StoreText.journalKeepsHistory))
        }
        try db.execute(sql: sql, arguments: arguments)
        guard db.changesCount > 0 else { throw WriteRefusal(Message(StoreText.noSuchRecord, what)) }
        return WriteOutcome(summary: Message(StoreText.removed, what))
    }

    func move(_ student: String, to classID: Int, on date: String, order: JournalWrite.Order?) throws -> WriteOutcome {
        guard let from = try classOf(student: student) else {
            throw WriteRefusal(Message(StoreText.studentInNoClass, student), hint: Message(StoreText.addToAClass))
        }
        if from == classID { throw WriteRefusal(Message(StoreText.inClassAlready, student, try className(classID))) }
        let last = try String.fetchOne(
            db, sql: "SELECT max(since) FROM enrolment WHERE student_id = ?", arguments: [student])
        if let last, date <= last {
            throw WriteRefusal(
                Message(StoreText.moveBeforeEnrolment, student, last), hint: Message(StoreText.giveLaterDate))
        }
        // The order (when given) ends the old enrolment and begins the new one.
        try db.execute(
            sql: """
                UPDATE enrolment SET until = date(?, '-1 day'), end_order_number = ?, end_order_date = ?
                WHERE student_id = ? AND until IS NULL
                """,
            arguments: [date, order?.number, order?.date, student])
        try db.execute(
            sql: """
                INSERT INTO enrolment (student_id, class_id, since, reason, order_number, order_date)
                VALUES (?, ?, ?, 'moved', ?, ?)
                """,
            arguments: [student, classID, date, order?.number, order?.date])
        try db.execute(sql: "UPDATE student SET class_id = ? WHERE id = ?", arguments: [classID, student])
        // Groups belong to a class: the student leaves the old class's groups the day before.
        try leaveGroups(student, lastDay: CivilDate(date).map { $0.adding(days: -1).text } ?? date, ofClass: from)
        return WriteOutcome(
            summary: Message(StoreText.moved, student, try className(from), try className(classID), date))
    }

    func createLessons(classIDs: [Int]?, from: String, to: String) throws -> WriteOutcome {
        guard let start = CivilDate(from), let end = CivilDate(to), start <= end else {
            throw WriteRefusal(Message(StoreText.emptyRange, from, to), hint: Message(StoreText.firstDayThenLast))
        }
        let year = try schoolYear()
        // Lessons are made within the school year's study periods: a range beyond them is a mistake
        // (and walking centuries of days one by one would take minutes).
        let bounds = try Row.fetchOne(
            db, sql: "SELECT min(start) AS first, max(\"end\") AS last FROM study_period WHERE year = ?",
            arguments: [year])
        guard let first = bounds?["first"] as String?, let last = bounds?["last"] as String? else {
            throw WriteRefusal(Message(StoreText.noStudyPeriods, year), hint: Message(StoreText.addPeriodsFirst))
        }
        guard from >= first, to <= last else {
            throw WriteRefusal(
                Message(StoreText.rangeBeyondYear, year, first, last, from, to),
                hint: Message(StoreText.createLessonsWithin, max(from, first), min(to, last)))
        }
        let classes = try classIDs ?? Int.fetchAll(db, sql: "SELECT id FROM class WHERE year = ?", arguments: [year])
        var created = 0
        var day = start
        while day <= end {
            for classID in classes {
                // A day of a study period of the class's scheme (no lessons in the holidays).
                let inPeriod =
                    try Bool.fetchOne(
                        db,
                        sql: """
                            SELECT 1 FROM study_period p JOIN class c ON c.year = p.year AND c.scheme = p.scheme
                            WHERE c.id = ? AND ? BETWEEN p.start AND p."end"
                            """, arguments: [classID, day.text]) ?? false
                guard inPeriod else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO lesson (id, date, number, class_id, group_id, subject, teacher)
                        SELECT 'L' || ?1 || '-' || t.class_id || '-' || t.number || coalesce('-' || t.group_id, ''),
                               ?1, t.number, t.class_id, t.group_id, t.subject, t.teacher
                        FROM timetable_entry t
                        WHERE t.class_id = ?2 AND t.weekday = ?3 AND t.valid_from <= ?1
                          AND (t.valid_to IS NULL OR t.valid_to >= ?1)
                          AND NOT EXISTS (SELECT 1 FROM lesson l WHERE l.class_id = t.class_id AND l.date = ?1
                                          AND l.number = t.number AND l.group_id IS t.group_id)
                        """, arguments: [day.text, classID, day.weekday])
                created += db.changesCount
            }
            day = day.adding(days: 1)
        }
        return WriteOutcome(summary: Message(StoreText.lessonsCreated, created, from, to))
    }
}
