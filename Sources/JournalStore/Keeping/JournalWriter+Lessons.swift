import GRDB
import JournalFoundation

/// Lessons, marks, attendance, grades, exam results, groups and corrections.
extension JournalWriter {
    struct Lesson {
        var id: String
        var classID: Int
        var groupID: Int?
        var subject: String
        var teacher: String
        var substitute: String?
        var date: String
        var number: Int
        /// "7А Алгебра lesson 3 on 2026-11-20", for messages.
        var described: Message
    }

    /// The one lesson a statement names, or a refusal listing that day's lessons.
    func findLesson(_ ref: JournalWrite.LessonRef) throws -> Lesson {
        var sql = """
            SELECT l.id, l.class_id, l.group_id, l.subject, l.teacher, l.substitute, l.date, l.number,
                   s.name AS subject_name, g.name AS group_name
            FROM lesson l JOIN subject s ON s.code = l.subject LEFT JOIN class_group g ON g.id = l.group_id
            WHERE l.class_id = ? AND l.date = ?
            """
        var arguments: [DatabaseValueConvertible?] = [ref.classID, ref.date]
        if let groupID = ref.groupID {
            sql += " AND l.group_id = ?"
            arguments.append(groupID)
        }
        let day = try Row.fetchAll(
            db, sql: sql + " ORDER BY l.number, g.name", arguments: StatementArguments(arguments))
        let matching = day.filter { row in
            (ref.number == nil || (row["number"] as Int) == ref.number)
                && (ref.subjects == nil || ref.subjects!.contains(row["subject"] as String))
        }
        let listed = day.map { row in
            "\(row["number"] as Int) \(row["subject"] as String)"
                + ((row["group_name"] as String?).map { " (\($0))" } ?? "")
        }.joinedText(separator: ", ")
        let what = Message(
            StoreText.lessonAsNamed, ref.className, ref.subjects?.first.map { " \($0)" } ?? "",
            ref.number.map { Message(StoreText.lessonNumberPart, $0) } ?? Message.verbatim(""), ref.date)
        guard !matching.isEmpty else {
            if day.isEmpty {
                let weekday = CivilDate(ref.date).map {
                    Message(StoreText.inParentheses, StoreText.weekday($0.weekday))
                }
                throw WriteRefusal(
                    Message(StoreText.noLessonsOn, ref.className, ref.date, weekday ?? Message.verbatim("")),
                    hint: Message(StoreText.createLessonsOf, ref.className, ref.date), at: ref.place)
            }
            throw WriteRefusal(
                Message(StoreText.noSuchLesson, what), hint: Message(StoreText.thatDayHad, ref.className, listed),
                at: ref.place)
        }
        guard matching.count == 1 else {
            throw WriteRefusal(
                Message(StoreText.couldBeLessons, what, matching.count),
                hint: Message(StoreText.sayWhichLesson, listed),
                at: ref.place)
        }
        let row = matching[0]
        return Lesson(
            id: row["id"], classID: row["class_id"], groupID: row["group_id"], subject: row["subject"],
            teacher: row["teacher"], substitute: row["substitute"], date: row["date"], number: row["number"],
            described: Message(
                StoreText.lessonDescribed, row["group_name"] as String? ?? ref.className, row["subject_name"] as String,
                row["number"] as Int, row["date"] as String))
    }

    /// Refuses a student who did not sit the lesson: not in its class on its date, or not in its group.
    func requireAttends(_ student: String, _ lesson: Lesson, at place: JournalWrite.Place) throws {
        let enrolled =
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT 1 FROM enrolment WHERE student_id = ? AND class_id = ? AND since <= ?
                    AND (until IS NULL OR until >= ?)
                    """, arguments: [student, lesson.classID, lesson.date, lesson.date]) ?? false
        guard enrolled else {
            throw WriteRefusal(Message(StoreText.notInClassOfLesson, student, lesson.described), at: place)
        }
        if let group = lesson.groupID {
            let member =
                try Bool.fetchOne(
                    db,
                    sql: """
                        SELECT 1 FROM group_member gm WHERE gm.group_id = ? AND gm.student_id = ?
                        AND \(JournalStore.memberOn("gm", date: "?"))
                        """, arguments: [group, student, lesson.date, lesson.date]) ?? false
            guard member else {
                throw WriteRefusal(
                    Message(StoreText.notInGroupOfLesson, student, lesson.described),
                    hint: Message(StoreText.groupsSplitByDeputy), at: place)
            }
        }
    }

    /// Who a record of a lesson is entered by: the user, or (for the local administrator) the
    /// lesson's substitute or teacher.
    func enteredBy(_ lesson: Lesson) -> String {
        actor.id ?? lesson.substitute ?? lesson.teacher
    }

    /// The number after the highest mark id (`M0006397` → 6398). Ids are `M` and seven digits, so
    /// the highest is the last in the primary key's order: one step down the index, not a scan.
    func nextMarkNumber() throws -> Int {
        let last = try String.fetchOne(
            db, sql: "SELECT id FROM mark WHERE id GLOB 'M[0-9][0-9][0-9][0-9][0-9][0-9][0-9]' ORDER BY id DESC LIMIT 1"
        )
        return (last.flatMap { Int($0.dropFirst()) } ?? 0) + 1
    }

    func putMarks(_ ref: JournalWrite.LessonRef, _ entries: [JournalWrite.MarkEntry]) throws -> WriteOutcome {
        let lesson = try findLesson(ref)
        try authorizer.check(.lesson(teacher: lesson.teacher, substitute: lesson.substitute))
        var number = try nextMarkNumber()
        for entry in entries {
            try requireAttends(entry.student, lesson, at: entry.place)
            try db.execute(
                sql: """
                    INSERT INTO mark (id, lesson_id, student_id, value, kind, entered_at, entered_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    "M" + String(repeating: "0", count: max(0, 7 - String(number).count)) + String(number), lesson.id,
                    entry.student, entry.value, entry.kind, now, enteredBy(lesson),
                ])
            number += 1
        }
        var warnings: [Message] = []
        if lesson.date < today {
            warnings.append(Message(StoreText.enteredLate, lesson.date))
        }
        return WriteOutcome(summary: Message(StoreText.marksPut, entries.count, lesson.described), warnings: warnings)
    }

    func putAbsences(_ ref: JournalWrite.LessonRef, _ entries: [JournalWrite.AbsenceEntry]) throws -> WriteOutcome {
        let lesson = try findLesson(ref)
        try authorizer.check(.lesson(teacher: lesson.teacher, substitute: lesson.substitute))
        for entry in entries {
            try requireAttends(entry.student, lesson, at: entry.place)
            if let code = entry.code {
                try db.execute(
                    sql: """
                        INSERT INTO attendance (lesson_id, student_id, code, entered_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (lesson_id, student_id) DO UPDATE SET code = excluded.code, entered_at = excluded.entered_at
                        """, arguments: [lesson.id, entry.student, code, now])
            } else {
                try db.execute(
                    sql: "DELETE FROM attendance WHERE lesson_id = ? AND student_id = ?",
                    arguments: [lesson.id, entry.student])
            }
        }
        return WriteOutcome(summary: Message(StoreText.attendanceRecorded, entries.count, lesson.described))
    }

    /// The teachers of a subject (and its courses) in a class or group, from the teaching load.
    func subjectTeachers(classID: Int, groupID: Int?, subject: String) throws -> Set<String> {
        Set(
            try String.fetchAll(
                db,
                sql: """
                    SELECT teacher FROM teaching_load WHERE class_id = ? AND (group_id IS ? OR ? IS NULL)
                    AND subject IN (WITH RECURSIVE s(code) AS (SELECT ? UNION SELECT sub.code FROM subject sub
                                    JOIN s ON sub.parent = s.code) SELECT code FROM s)
                    """, arguments: [classID, groupID, groupID, subject]))
    }

    func putGrades(
        classID: Int, groupID: Int?, subject: String, period: String, _ entries: [JournalWrite.GradeEntry]
    ) throws -> WriteOutcome {
        let teachers = try subjectTeachers(classID: classID, groupID: groupID, subject: subject)
        try authorizer.check(.grades(classID: classID, teachers: teachers))
        let year = try schoolYear()
        let span = try Row.fetchOne(
            db,
            sql: """
                SELECT min(p.start) AS start, max(p."end") AS "end" FROM study_period p
                JOIN class c ON c.year = p.year AND c.scheme = p.scheme
                WHERE c.id = ? AND (CAST(p.number AS TEXT) = ? OR ? IN ('year', 'exam', 'final'))
                """, arguments: [classID, period, period])
        let hours =
            try Double.fetchOne(
                db,
                sql:
                    "SELECT sum(hours_per_week) FROM teaching_load WHERE class_id = ? AND subject = ? AND (group_id IS ? OR ? IS NULL)",
                arguments: [classID, subject, groupID, groupID]) ?? 0
        let needed = hours >= 2 ? 5 : 3
        var warnings: [Message] = []
        for entry in entries {
            if try classOf(student: entry.student) != classID {
                throw WriteRefusal(
                    Message(StoreText.notInClass, entry.student, try className(classID)), at: entry.place)
            }
            try db.execute(
                sql: """
                    INSERT INTO period_grade (student_id, subject, year, period, value, entered_at, entered_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (student_id, subject, year, period) DO UPDATE
                    SET value = excluded.value, entered_at = excluded.entered_at, entered_by = excluded.entered_by
                    """,
                arguments: [
                    entry.student, subject, year, period, entry.value, now, actor.id ?? teachers.sorted().first,
                ])
            if ["2", "3", "4", "5"].contains(entry.value), let start: String = span?["start"],
                let end: String = span?["end"]
            {
                let count =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                            WHERE m.student_id = ? AND l.date BETWEEN ? AND ?
                            AND l.subject IN (WITH RECURSIVE s(code) AS (SELECT ? UNION SELECT sub.code FROM subject sub
                                              JOIN s ON sub.parent = s.code) SELECT code FROM s)
                            """, arguments: [entry.student, start, end, subject]) ?? 0
                if count < needed {
                    warnings.append(Message(StoreText.tooFewMarks, entry.student, count, needed, hours))
                }
            }
        }
        let entered: StoreText =
            switch period {
            case "year": .yearGradesEntered
            case "exam": .examGradesEntered
            case "final": .finalGradesEntered
            default: .periodGradesEntered
            }
        return WriteOutcome(summary: Message(entered, entries.count, subject, period), warnings: warnings)
    }

    func putExams(
        exam: String, subject: String, takenOn: String, receivedOn: String?, _ entries: [JournalWrite.ExamEntry]
    ) throws -> WriteOutcome {
        var warnings: [Message] = []
        for entry in entries {
            guard let classID = try classOf(student: entry.student) else {
                throw WriteRefusal(Message(StoreText.inNoClass, entry.student), at: entry.place)
            }
            let teachers = try subjectTeachers(classID: classID, groupID: nil, subject: subject)
            if !(authorizer.allows(.grades(classID: classID, teachers: teachers)) || authorizer.allows(.remark)) {
                try authorizer.check(.grades(classID: classID, teachers: teachers))
            }
            try db.execute(
                sql: """
                    INSERT INTO exam_result (student_id, subject, exam, taken_on, received_on, score, mark, entered_at,
                                             entered_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (student_id, subject, exam) DO UPDATE SET taken_on = excluded.taken_on,
                        received_on = excluded.received_on, score = excluded.score, mark = excluded.mark,
                        entered_at = excluded.entered_at, entered_by = excluded.entered_by
                    """,
                arguments: [entry.student, subject, exam, takenOn, receivedOn, entry.score, entry.mark, now, actor.id])
        }
        if let receivedOn, let received = CivilDate(receivedOn), let day = CivilDate(today), day > received + 1 {
            warnings.append(Message(StoreText.resultsEnteredLate, day.day - received.day))
        }
        return WriteOutcome(
            summary: Message(StoreText.examResultsEntered, entries.count, exam, subject), warnings: warnings)
    }

    /// Ids as a JSON array, for `json_each` (one parameter for any number of ids).
    static func jsonList(_ ids: [String]) -> String {
        "[" + ids.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }.joinedText(separator: ",") + "]"
    }

    func correct(mark: String, place: JournalWrite.Place, to value: Int, reason: String?) throws -> WriteOutcome {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT m.value, m.entered_at, m.entered_by, l.teacher FROM mark m JOIN lesson l ON l.id = m.lesson_id
                    WHERE m.id = ?
                    """, arguments: [mark])
        else {
            throw WriteRefusal(Message(StoreText.noMark, mark), hint: Message(StoreText.findMarkID), at: place)
        }
        let enteredBy: String = row["entered_by"]
        let old: Int = row["value"]
        try authorizer.check(.correction(enteredBy: enteredBy, lessonTeacher: row["teacher"]))
        if old == value { throw WriteRefusal(Message(StoreText.markIsAlready, mark, value), at: place) }
        let sameDay = (row["entered_at"] as String).hasPrefix(today)
        let status: String
        var approvedBy: String?
        var requestedBy = actor.id ?? enteredBy
        if actor.roles.contains("director") {
            (status, approvedBy) = ("approved", actor.id)
        } else if sameDay && requestedBy == enteredBy {
            status = "own"
        } else {
            status = "requested"
            if actor.kind == .administrator { requestedBy = enteredBy }
        }
        // The store refuses a correction dated before its mark (R18); a session run `--today` an earlier
        // day takes the clock's time, which may fall before an entry made later that day.
        let at = max(now, row["entered_at"] as String)
        try db.execute(
            sql: """
                INSERT INTO mark_correction (mark_id, old_value, new_value, requested_by, approved_by, at, reason,
                                             status, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [mark, old, value, requestedBy, approvedBy, at, reason, status, approvedBy == nil ? nil : at])
        let id = Int(db.lastInsertedRowID)
        switch status {
        case "requested":
            return WriteOutcome(summary: Message(StoreText.correctionAskedFor, id, mark, old, value))
        default:
            return WriteOutcome(summary: Message(StoreText.corrected, mark, old, value, id))
        }
    }

    func decide(correction: Int, place: JournalWrite.Place, approve: Bool, reason: String?) throws -> WriteOutcome {
        try authorizer.check(.decideCorrection)
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT mark_id, old_value, new_value, status, at FROM mark_correction WHERE id = ?",
                arguments: [correction])
        else {
            throw WriteRefusal(
                Message(StoreText.noCorrection, correction), hint: Message(StoreText.listRequests), at: place)
        }
        let status: String = row["status"]
        guard status == "requested" else {
            throw WriteRefusal(
                Message(StoreText.notARequest, correction, StoreText.correctionStatus(status)), at: place)
        }
        let director =
            try actor.id
            ?? String.fetchOne(
                db, sql: "SELECT staff_id FROM staff_role WHERE role = 'director' ORDER BY staff_id LIMIT 1")
        guard let director else {
            throw WriteRefusal(Message(StoreText.noDirector), hint: Message(StoreText.addDirector))
        }
        try db.execute(
            sql: """
                UPDATE mark_correction SET status = ?, approved_by = ?, decided_at = ?, decision_note = ? WHERE id = ?
                """,
            // Decided after it was asked for, even when the session's `--today` clock says earlier.
            arguments: [approve ? "approved" : "rejected", director, max(now, row["at"] as String), reason, correction])
        let mark: String = row["mark_id"]
        return WriteOutcome(
            summary: approve
                ? Message(StoreText.correctionApproved, correction, mark, row["new_value"] as Int)
                : Message(StoreText.correctionRejected, correction, mark, row["old_value"] as Int))
    }
}
