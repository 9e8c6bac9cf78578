import JournalFoundation

extension DemoSchool {
    /// A class of the school year, with its list of students in the journal's order.
    struct SchoolClass {
        /// `class.id` in the store, 1-based.
        var id: Int
        var grade: Int
        var name: String
        var scheme: String
        var size: Int
        /// Student indices, sorted as the class list is (by surname, then first name).
        var students: [Int] = []
        var classTeacher = -1
        /// Lessons on Monday … Friday.
        var dayLengths: [Int] = []
        /// The class's teaching load: indices into `courses`.
        var courses: [Int] = []
    }

    /// A pupil, with the traits the journal's marks and absences are drawn from.
    struct Student {
        var id = ""
        var lastName: String
        var firstName: String
        var middleName: String
        var male: Bool
        var birthDate: SchoolDate
        var classIndex: Int
        var family: Int
        var riskGroup: String?
        /// The mark the student earns on a typical day, about 2.3 to 5.
        var ability: Double
        /// Chance of falling ill on a school day.
        var sickliness: Double
        /// Chance of skipping one lesson, and of skipping a whole day.
        var truancy: Double
        /// Chance of coming late to the first lesson.
        var lateness: Double
        /// Exempt from physical education (a medical group): no marks, `осв` as the grade.
        var peExempt: Bool
    }

    /// The children of one father and mother (or of a single parent) who study at the school.
    struct Family {
        var surname: String
        var father: Names.MaleName
        var children: [Int] = []
        var parents: [Int] = []
    }

    /// A parent of one or more students.
    struct Parent {
        var id = ""
        var lastName: String
        var firstName: String
        var middleName: String
        var male: Bool
        var phone: String
        var email: String?
        var family: Int
        /// Log-ins a day on a school day; 0 for a parent who never logs in.
        var engagement: Double
    }

    /// A member of staff: administration and teachers.
    struct StaffMember {
        var id = ""
        var lastName: String
        var firstName: String
        var middleName: String
        var male: Bool
        var roles: [String]
        var email = ""
        var phone: String
        var specialty: Specialty?
        var room: String?
        /// How many marks the teacher gives a lesson, relative to the school's habit (0.7–1.3).
        var diligence: Double = 1
        /// Chance the lesson's topic, homework and marks are entered on the day (R17).
        var promptness: Double = 0.92
        /// Chance written work is checked within the regulation's deadline (R21).
        var timelyChecking: Double = 0.93
        /// Added to every mark the teacher gives (a strict teacher marks lower).
        var leniency: Double = 0
    }

    /// A sub-group of a class for one subject (R34).
    struct Group {
        var id: Int
        /// 1 or 2: the first or second half of the list, or the girls' and the boys' group.
        var number: Int
        var name: String
        var classIndex: Int
        var subject: Int
        var members: [Int]
    }

    /// One line of the teaching load: a class or group, a subject, its teacher and hours.
    struct Course {
        var classIndex: Int
        var group: Int?
        var subject: Int
        var teacher: Int
        var hours: Int
        /// The students who sit in its lessons.
        var audience: [Int]
    }

    /// A lesson of the weekly timetable: one course, or the parallel courses of a class's groups.
    struct TimetableLesson {
        var courses: [Int]
    }

    /// A line of the calendar-thematic plan.
    struct PlannedLesson {
        var topic: String
        var date: SchoolDate
        /// The written or practical work of the whole class on that lesson, if any.
        var work: String?
    }
}
