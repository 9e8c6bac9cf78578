/// The pieces of generated SQL that depend on the school year a statement reads: an input of
/// the generator, so no stage rewrites another's SQL.
///
/// The current year reads today's classes and each student's class now; a past year (`during
/// year 2026/2027`) reads that year's classes and grades, and each student's class that year
/// from the enrolment history.
struct SchoolYearSQL: Equatable, Sendable {
    /// The past year read, `YYYY/YYYY`; nil for the school's current year.
    let pastYear: String?

    /// The school's current year.
    static let current = SchoolYearSQL(pastYear: nil)

    /// The year of a catalog: its own when it is a past year's. The year comes from the store,
    /// and only a `YYYY/YYYY` one is ever written into SQL text.
    init(pastYear: String?) {
        self.pastYear = pastYear.flatMap { year in
            year.count == 9 && year.allSatisfy({ $0.isNumber || $0 == "/" }) ? year : nil
        }
    }

    private var literal: String { pastYear.map { "'\($0)'" } ?? "" }

    /// The year read.
    var year: String { pastYear == nil ? "(SELECT year FROM school)" : literal }

    /// Students with their class (the students source).
    var studentsWithClass: String {
        pastYear == nil
            ? "student s JOIN class c ON c.id = s.class_id"
            : "student s JOIN enrolment se ON se.student_id = s.id JOIN class c ON c.id = se.class_id "
                + "AND c.year = \(literal)"
    }

    /// Grades with their student's class (the grades source).
    var gradesWithClass: String {
        pastYear == nil
            ? "JOIN student gs ON gs.id = g.student_id JOIN class lc ON lc.id = gs.class_id"
            : "JOIN student gs ON gs.id = g.student_id JOIN enrolment ge ON ge.student_id = gs.id "
                + "JOIN class lc ON lc.id = ge.class_id AND lc.year = g.year"
    }

    /// A class's students in a measure of the class (`students()`).
    var measuredStudentInClass: String {
        pastYear == nil
            ? "s2.class_id = k.id" : "s2.id IN (SELECT e2.student_id FROM enrolment e2 WHERE e2.class_id = k.id)"
    }

    /// A class's students whose rows a measure of the class pools.
    var pooledStudentInClass: String {
        pastYear == nil
            ? "os.class_id = k.id" : "os.id IN (SELECT eo.student_id FROM enrolment eo WHERE eo.class_id = k.id)"
    }
}
