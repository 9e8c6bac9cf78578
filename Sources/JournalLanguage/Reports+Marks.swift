import JournalFoundation
import JournalStore

/// The marks of a report's students in its span, read set-based: the span's lessons of the classes
/// they were enrolled in (a mark is only ever given to a student of the lesson's class), through the
/// lessons' dates, then their marks by lesson; never each student's marks of the whole year.
extension ReportBuilder {
    /// The range of lesson dates every class of the report reads, when it is one for all of them (a
    /// span of common days, or one class, or classes of one scheme); nil when the classes' schemes
    /// have ranges of their own.
    var oneRangeForEveryClass: Resolved.DateRange? {
        if let common = span.common { return common }
        let covered = generator.query.scope?.covered ?? []
        let classes = covered.isEmpty ? catalog.classes : catalog.classes.filter { covered.contains($0.id) }
        let ranges = classes.map { span.range(scheme: $0.scheme) }
        guard let first = ranges.first, let range = first, ranges.allSatisfy({ $0 == range }) else { return nil }
        return range
    }

    /// The CTEs `pupil` (the report's students, with their class) and `scored` (per student and
    /// subject the count and average of their marks in the span). `own` narrows the students
    /// (`s.id = ?`). A student counts once per row of theirs in `pupil` (a past year lists a
    /// student once per enrolment in the report's classes), as each row's class's span has it.
    mutating func scoredMarks(own: String) -> String {
        let join = dialect.orderedJoin
        let pupils =
            "pupil AS MATERIALIZED (SELECT s.id, s.class_id FROM cls k \(join) \(studentTable) s ON s.class_id = k.id"
        let classes = lessonClasses(everyPupil: own.isEmpty)
        if !catalog.isPast, let range = oneRangeForEveryClass {
            // One range for every class and one row per student: the lessons' dates alone say which marks count.
            let from = generator.parameter(.text(range.from))
            let to = generator.parameter(.text(range.to))
            let ownMark = own.isEmpty ? "" : " WHERE m.student_id = \(generator.parameter(.text(student ?? "")))"
            return """
                \(pupils)\(own)),
                scored AS MATERIALIZED (SELECT m.student_id, l.subject, count(*) AS marks, avg(m.value) AS average
                    FROM \(classes)
                    \(join) lesson l ON l.class_id = lk.id AND l.date BETWEEN \(from) AND \(to)
                    \(join) mark m ON m.lesson_id = l.id\(ownMark)
                    GROUP BY m.student_id, l.subject)
                """
        }
        // Each student's marks in the lessons of their class's scheme's range.
        let bounds = generator.within(span, "l.date")
        return """
            \(pupils)\(own)),
            scored AS MATERIALIZED (SELECT m.student_id, l.subject, count(*) AS marks, avg(m.value) AS average
                FROM \(classes)
                \(join) lesson l ON l.class_id = lk.id AND \(bounds)
                \(join) mark m ON m.lesson_id = l.id
                \(join) pupil s ON s.id = m.student_id \(join) cls k ON k.id = s.class_id
                WHERE \(lessonDate(byStudent: true))
                GROUP BY m.student_id, l.subject)
            """
    }

    /// `lk`: the report's classes and every class their pupils were ever enrolled in — as the catalog
    /// gives them for whole classes (`JournalCatalog.enrolledClasses`), else looked up in the enrolment.
    /// `everyPupil`: the pupils are all the classes' students, not one of them.
    mutating func lessonClasses(everyPupil: Bool) -> String {
        if everyPupil, let covered = generator.query.scope?.covered, !covered.isEmpty,
            let enrolled = catalog.enrolledClasses(ofStudentsIn: covered)
        {
            let classes = generator.integers(Array(Set(covered + enrolled)).sorted())
            return "(SELECT lc2.id FROM class lc2 WHERE lc2.id IN (\(classes))) lk"
        }
        let join = dialect.orderedJoin
        return """
            (SELECT k.id FROM cls k UNION SELECT e.class_id FROM pupil p \(join) enrolment e ON e.student_id = p.id) lk
            """
    }

    /// The CTEs `pupil` and `absent`: per student (and class: a past year lists a student once per
    /// enrolment) their absences (absent, sick or excused), of them sick and excused, and their lates
    /// in the span, read as `scoredMarks` reads the marks.
    mutating func attendanceCounts() -> String {
        let join = dialect.orderedJoin
        let pupils =
            "pupil AS MATERIALIZED (SELECT s.id, s.class_id FROM cls k \(join) \(studentTable) s ON s.class_id = k.id)"
        let classes = lessonClasses(everyPupil: true)
        let counts = """
            sum(a.code IN ('absent', 'sick', 'excused')) AS absences, sum(a.code = 'sick') AS sick,
                  sum(a.code = 'excused') AS excused, sum(a.code = 'late') AS lates
            """
        if !catalog.isPast, let range = oneRangeForEveryClass {
            let from = generator.parameter(.text(range.from))
            let to = generator.parameter(.text(range.to))
            return """
                \(pupils),
                absent AS MATERIALIZED (SELECT a.student_id, NULL AS class_id, \(counts)
                    FROM \(classes)
                    \(join) lesson l ON l.class_id = lk.id AND l.date BETWEEN \(from) AND \(to)
                    \(join) attendance a ON a.lesson_id = l.id
                    GROUP BY a.student_id)
                """
        }
        let bounds = generator.within(span, "l.date")
        return """
            \(pupils),
            absent AS MATERIALIZED (SELECT a.student_id, s.class_id, \(counts)
                FROM \(classes)
                \(join) lesson l ON l.class_id = lk.id AND \(bounds)
                \(join) attendance a ON a.lesson_id = l.id
                \(join) (SELECT DISTINCT id, class_id FROM pupil) s ON s.id = a.student_id
                \(join) cls k ON k.id = s.class_id
                WHERE \(lessonDate(byStudent: true))
                GROUP BY a.student_id, s.class_id)
            """
    }
}
