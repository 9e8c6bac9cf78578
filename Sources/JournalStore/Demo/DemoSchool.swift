import GRDB
import JournalFoundation

/// A made-up school year that looks like a real one, for trying the shell without real data.
///
/// The demo school follows the sample school of the spec: the year 2026/2027 in quarters
/// (halves for grades 10–11), Russian names with patronymics that match the fathers,
/// English in two groups, a timetable built from the teaching load, a thematic plan, and
/// a journal filled in up to `until` the way teachers fill it: mostly on the day, written
/// work checked within the regulation's deadlines or a little after, some topics and
/// homework missing, substitutions, illnesses in streaks, period grades, log-ins of
/// parents, students and staff, and a few approved corrections of marks.
///
/// The same options always give the same rows, byte for byte:
///
/// ```
/// let store = try JournalStore(path: "demo.sqlite")
/// let summary = try DemoSchool.generate(into: store, options: .init(classes: 60, until: "2027-05-26"))
/// print(summary)   // 60 classes, 1516 students, 2195 parents, … 358502 marks, …
/// ```
public struct DemoSchool {
    /// What to generate.
    public struct Options: Equatable, Sendable {
        /// How many classes, 1 to 99: four give the sample's 5А, 7А, 7Б, 10А; sixty a large school.
        public var classes: Int
        /// The seed of every random choice; another seed gives another school.
        public var seed: UInt64
        /// The last day with lessons, `YYYY-MM-DD`, from 2026-09-01 to 2027-05-26; also the school's `today`.
        public var until: String

        public init(classes: Int = 4, seed: UInt64 = 1, until: String = "2026-11-27") {
            self.classes = classes
            self.seed = seed
            self.until = until
        }
    }

    /// How many rows of each kind were generated.
    public struct Summary: Equatable, Sendable, CustomStringConvertible {
        public var classes = 0
        public var students = 0
        public var parents = 0
        public var staff = 0
        public var subjects = 0
        public var groups = 0
        public var timetableEntries = 0
        public var planTopics = 0
        public var lessons = 0
        /// Lessons taught by a substitute (R19).
        public var substitutions = 0
        public var marks = 0
        /// Attendance rows for missed lessons: absent, sick and excused.
        public var absences = 0
        /// Attendance rows for coming late.
        public var lates = 0
        public var periodGrades = 0
        /// Students in the risk group.
        public var riskGroup = 0
        public var visits = 0
        public var corrections = 0

        public var description: String {
            """
            \(classes) classes, \(students) students, \(parents) parents, \(staff) staff, \(subjects) subjects, \
            \(groups) groups; \(timetableEntries) timetable entries, \(planTopics) plan topics; \(lessons) lessons \
            (\(substitutions) substituted), \(marks) marks, \(absences) absences, \(lates) lates, \
            \(periodGrades) period grades, \(riskGroup) in the risk group, \(visits) visits, \(corrections) corrections
            """
        }
    }

    let options: Options
    let until: SchoolDate
    /// The school's number in its name and e-mail domain (№ 14 in the sample).
    let schoolNumber: Int
    var classes: [SchoolClass] = []
    var students: [Student] = []
    var families: [Family] = []
    var parents: [Parent] = []
    var staff: [StaffMember] = []
    var groups: [Group] = []
    var courses: [Course] = []
    /// A student's leaning in each subject, added to the marks: `[student × subjects + subject]`.
    var subjectBias: [Double] = []
    /// Per class, per weekday (0 = Monday), the lessons in number order.
    var timetable: [[[TimetableLesson]]] = []
    /// Per course, its plan for the whole year.
    var plans: [[PlannedLesson]] = []

    /// Fills an empty store with the demo school, in one transaction.
    ///
    /// Throws a `Diagnostic` for options out of range and for a store that already holds a school.
    public static func generate(into store: JournalStore, options: Options, progress: ((Message) -> Void)? = nil)
        throws -> Summary
    {
        let until = try validate(options)
        guard try isEmpty(store) else { throw occupied(store) }
        let school = DemoSchool(options: options, until: until, progress: progress)
        return try store.writeWithoutTransaction { db in
            // Every row is made consistent here; SQLite's foreign-key checks are switched off
            // for the load (a third faster) and run once over everything before the commit.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            var summary = Summary()
            try db.inTransaction {
                guard try isEmpty(db) else { throw occupied(store) }
                let out = try DemoWriter(db)
                let substitutions = try JournalStore.bulkLoad(
                    db, indexes: false,
                    statement: "demo --classes \(options.classes) --seed \(options.seed) --until \(until.text)"
                ) {
                    try school.writeRoster(out)
                    progress?(Message(CheckText.demoJournal, until.text))
                    let substitutions = try school.writeJournal(out, progress: progress)
                    progress?(Message(CheckText.demoVisits))
                    try school.writeVisits(out)
                    return substitutions
                }
                let dangling = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                guard dangling.isEmpty else {
                    let table: String = dangling[0][0]
                    throw Diagnostic(
                        Message(CheckText.demoRowsDangle, dangling.count, table), hint: Message(CheckText.demoFault))
                }
                summary = school.summary(out, substitutions: substitutions)
                return .commit
            }
            return summary
        }
    }

    /// Builds everything that does not depend on the store: people, load, timetable, plan.
    init(options: Options, until: SchoolDate, progress: ((Message) -> Void)? = nil) {
        self.options = options
        self.until = until
        var random = SeededRandom(seed: options.seed, stream: "school")
        schoolNumber = random.int(in: 1...150)
        makeClasses(&random)
        var people = SeededRandom(seed: options.seed, stream: "people")
        makeStudents(&people)
        makeStudentTraits(&people)
        makeParents(&people)
        progress?(Message(CheckText.demoPeople, students.count, parents.count))
        makeGroupsAndCourses()
        var staffing = SeededRandom(seed: options.seed, stream: "staff")
        makeStaff(&staffing)
        var timetabling = SeededRandom(seed: options.seed, stream: "timetable")
        makeTimetable(&timetabling)
        progress?(Message(CheckText.demoTimetable, staff.count, courses.count))
        makePlans()
    }

    /// The plan of every course over the whole year, from the timetable and the calendar.
    private mutating func makePlans() {
        var dates = [[SchoolDate]](repeating: [], count: courses.count)
        for date in DemoCalendar.firstDay...DemoCalendar.lastDay where !date.isWeekend {
            for (classIndex, schoolClass) in classes.enumerated()
            where DemoCalendar.isSchoolDay(date, grade: schoolClass.grade) {
                for lesson in timetable[classIndex][date.weekday - 1] {
                    for course in lesson.courses { dates[course].append(date) }
                }
            }
        }
        plans = courses.indices.map { index in
            let course = courses[index]
            return Self.plan(
                Self.subjects[course.subject].code, grade: classes[course.classIndex].grade, dates: dates[index])
        }
    }

    /// Checks the options, giving back the `until` date.
    static func validate(_ options: Options) throws -> SchoolDate {
        guard (1...99).contains(options.classes) else {
            throw Diagnostic(
                Message(CheckText.demoClassCount, options.classes), hint: Message(CheckText.demoClassCountHint))
        }
        let range = Message(CheckText.fromTo, DemoCalendar.firstDay.text, DemoCalendar.lastDay.text)
        guard let until = SchoolDate(parsing: options.until) else {
            throw Diagnostic(
                Message(CheckText.demoNotADate, options.until), hint: Message(CheckText.demoUntilHint, range))
        }
        guard until >= DemoCalendar.firstDay, until <= DemoCalendar.lastDay else {
            throw Diagnostic(
                Message(CheckText.demoOutsideYear, options.until, DemoCalendar.year),
                hint: Message(CheckText.demoLessonsRun, range))
        }
        return until
    }

    private static func isEmpty(_ store: JournalStore) throws -> Bool {
        try store.read { db in try isEmpty(db) }
    }

    private static func isEmpty(_ db: Database) throws -> Bool {
        for table in JournalStore.tables {
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \"\(table)\")") == true { return false }
        }
        return true
    }

    private static func occupied(_ store: JournalStore) -> Diagnostic {
        Diagnostic(Message(StoreText.journalHoldsSchool, store.path), hint: Message(CheckText.demoIntoNewStore))
    }

    private func summary(_ out: DemoWriter, substitutions: Int) -> Summary {
        var summary = Summary()
        summary.classes = out.count("class")
        summary.students = out.count("student")
        summary.parents = out.count("parent")
        summary.staff = out.count("staff")
        summary.subjects = out.count("subject")
        summary.groups = out.count("class_group")
        summary.timetableEntries = out.count("timetable_entry")
        summary.planTopics = out.count("plan_topic")
        summary.lessons = out.count("lesson")
        summary.substitutions = substitutions
        summary.marks = out.count("mark")
        summary.absences = out.count("attendance") - out.count("late")
        summary.lates = out.count("late")
        summary.periodGrades = out.count("period_grade")
        summary.riskGroup = students.filter { $0.riskGroup != nil }.count
        summary.visits = out.count("visit")
        summary.corrections = out.count("mark_correction")
        return summary
    }
}
