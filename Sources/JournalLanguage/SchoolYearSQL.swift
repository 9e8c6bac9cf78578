/// The pieces of generated SQL that depend on the school year a statement reads.
///
/// The generator writes the current year's form of each; for a past year (`during year
/// 2026/2027`) `Compiler.asOfYear` puts the past form in its place: that year's classes and
/// grades, and each student's class that year from the enrolment history rather than today's.
/// Both forms live here, so the generator and the rewrite cannot drift apart.
enum SchoolYearSQL {
    /// The school's current year.
    static let currentYear = "(SELECT year FROM school)"
    /// Students with their class (the students source).
    static let studentsWithClass = "student s JOIN class c ON c.id = s.class_id"
    /// Grades with their student's class (the grades source).
    static let gradesWithClass = "JOIN student gs ON gs.id = g.student_id JOIN class lc ON lc.id = gs.class_id"
    /// A class's students in a measure of the class (`students()`).
    static let measuredStudentInClass = "s2.class_id = k.id"
    /// A class's students whose rows a measure of the class pools.
    static let pooledStudentInClass = "os.class_id = k.id"

    /// Each current form with the form that reads `year` (checked as `YYYY/YYYY` by the caller).
    static func past(_ year: String) -> [(current: String, past: String)] {
        let literal = "'\(year)'"
        return [
            (currentYear, literal),
            (
                studentsWithClass,
                "student s JOIN enrolment se ON se.student_id = s.id JOIN class c ON c.id = se.class_id "
                    + "AND c.year = \(literal)"
            ),
            (
                gradesWithClass,
                "JOIN student gs ON gs.id = g.student_id JOIN enrolment ge ON ge.student_id = gs.id "
                    + "JOIN class lc ON lc.id = ge.class_id AND lc.year = g.year"
            ),
            (measuredStudentInClass, "s2.id IN (SELECT e2.student_id FROM enrolment e2 WHERE e2.class_id = k.id)"),
            (pooledStudentInClass, "os.id IN (SELECT eo.student_id FROM enrolment eo WHERE eo.class_id = k.id)"),
        ]
    }
}
