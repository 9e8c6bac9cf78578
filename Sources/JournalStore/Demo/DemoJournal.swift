import JournalFoundation

extension DemoSchool {
    /// Writes the journal from 1 September to `until`: lessons, attendance, marks, period
    /// grades and corrections. Gives back how many lessons a substitute taught.
    func writeJournal(_ out: DemoWriter, progress: ((Message) -> Void)?) throws -> Int {
        let journal = DemoJournal(school: self, out: out)
        try journal.keep(progress: progress)
        try journal.writePeriodGrades()
        try journal.writeCorrections()
        return journal.substitutions
    }
}

/// The journal as the school keeps it, day by day: who is ill, who is away, which lessons
/// are held by whom, what was entered and when.
final class DemoJournal {
    let school: DemoSchool
    let out: DemoWriter
    let clock: DemoClock
    var random: SeededRandom
    let lessonWidth: Int
    let markWidth = 7
    var lessonCount = 0
    var markCount = 0
    var substitutions = 0

    /// Lessons held so far per course: the index of its next plan line.
    var taught: [Int]
    /// Where a course's audience starts in the per-student-and-course tallies.
    let offset: [Int]
    /// Marks and their sum per (course audience seat × period), for the period grades.
    var periodMarks: [Int]
    var periodSums: [Int]
    /// Per course and plan line: lessons without a whole-class work left in its period (that
    /// one included), and whole-class works after it in the period. Teachers spread their marks to reach R22.
    let lessonsLeft: [[Int]]
    let worksLeft: [[Int]]

    /// School days a student is still ill for, and what keeps them away today.
    var sickDaysLeft: [Int]
    var away: [Absence?]
    /// School days a teacher is still away for (illness, courses).
    var teacherAwayLeft: [Int]
    /// Whether a teacher has a lesson of the timetable at a slot (weekday × 8 + number − 1).
    let teaching: [Bool]
    /// The day a teacher last covered a lesson at each number, so nobody covers two at once.
    var covering: [Int]
    var corrections: [DemoJournal.Correction] = []

    /// Why a student misses a whole day.
    enum Absence {
        case sick, excused, truant
        var code: String {
            switch self {
            case .sick: return "sick"
            case .excused: return "excused"
            case .truant: return "absent"
            }
        }
    }

    init(school: DemoSchool, out: DemoWriter) {
        self.school = school
        self.out = out
        clock = DemoClock(from: DemoCalendar.firstDay - 7, through: DemoCalendar.lastDay + 40)
        random = SeededRandom(seed: school.options.seed, stream: "journal")
        let planned = school.plans.reduce(0) { $0 + $1.count }
        lessonWidth = DemoText.width(for: planned, minimum: 6)
        taught = [Int](repeating: 0, count: school.courses.count)
        var offsets: [Int] = []
        var seats = 0
        for course in school.courses {
            offsets.append(seats)
            seats += course.audience.count
        }
        offset = offsets
        var lessonsLeft: [[Int]] = []
        var worksLeft: [[Int]] = []
        for (index, course) in school.courses.enumerated() {
            let scheme = school.classes[course.classIndex].scheme
            let plan = school.plans[index]
            var lessons = plan.map { $0.work == nil ? 1 : 0 }
            var works = [Int](repeating: 0, count: plan.count)
            for line in stride(from: plan.count - 2, through: 0, by: -1)
            where DemoCalendar.periodNumber(of: plan[line].date, scheme: scheme)
                == DemoCalendar.periodNumber(of: plan[line + 1].date, scheme: scheme)
            {
                lessons[line] += lessons[line + 1]
                works[line] = works[line + 1] + (plan[line + 1].work == nil ? 0 : 1)
            }
            lessonsLeft.append(lessons)
            worksLeft.append(works)
        }
        self.lessonsLeft = lessonsLeft
        self.worksLeft = worksLeft
        periodMarks = [Int](repeating: 0, count: seats * 4)
        periodSums = [Int](repeating: 0, count: seats * 4)
        sickDaysLeft = [Int](repeating: 0, count: school.students.count)
        away = [Absence?](repeating: nil, count: school.students.count)
        teacherAwayLeft = [Int](repeating: 0, count: school.staff.count)
        var slots = [Bool](repeating: false, count: school.staff.count * 40)
        for week in school.timetable {
            for (day, lessons) in week.enumerated() {
                for (place, lesson) in lessons.enumerated() {
                    for course in lesson.courses { slots[school.courses[course].teacher * 40 + day * 8 + place] = true }
                }
            }
        }
        teaching = slots
        covering = [Int](repeating: Int.min, count: school.staff.count * 8)
    }

    /// Walks the school days up to `until`.
    func keep(progress: ((Message) -> Void)?) throws {
        var month = 0
        for date in DemoCalendar.firstDay...school.until where !date.isWeekend {
            let classesToday = school.classes.indices.filter {
                DemoCalendar.isSchoolDay(date, grade: school.classes[$0].grade)
            }
            guard !classesToday.isEmpty else { continue }
            if date.civil.month != month {
                month = date.civil.month
                progress?(Message(CheckText.demoJournalMonth, String(date.text.prefix(7))))
            }
            updateTeachers()
            for classIndex in classesToday {
                updateStudents(of: classIndex, on: date)
                let scheme = school.classes[classIndex].scheme
                let period = DemoCalendar.periods(of: scheme).first { $0.start <= date && date <= $0.end }!
                for (place, lesson) in school.timetable[classIndex][date.weekday - 1].enumerated() {
                    for course in lesson.courses {
                        try holdLesson(course, on: date, number: place + 1, period: period)
                    }
                }
            }
        }
    }

    /// Teachers fall ill or go on courses for a few days now and then.
    private func updateTeachers() {
        for teacher in school.staff.indices where school.staff[teacher].specialty != nil {
            if teacherAwayLeft[teacher] > 0 {
                teacherAwayLeft[teacher] -= 1
            } else if random.chance(1.0 / 130) {
                teacherAwayLeft[teacher] = random.streak(continuing: 0.75, from: 2, to: 10)
            }
        }
    }

    private func isAway(_ teacher: Int) -> Bool { teacherAwayLeft[teacher] > 0 }

    /// Illness comes in streaks of days, more in winter; now and then a day off for family
    /// reasons (excused), and truants skip whole days.
    private func updateStudents(of classIndex: Int, on date: SchoolDate) {
        let month = date.civil.month
        let season = month == 12 || month <= 2 ? 1.7 : (month == 9 ? 0.6 : 1.0)
        for student in school.classes[classIndex].students {
            if sickDaysLeft[student] > 0 {
                sickDaysLeft[student] -= 1
                away[student] = .sick
            } else if random.chance(school.students[student].sickliness * season) {
                sickDaysLeft[student] = random.streak(continuing: 0.8, from: 2, to: 15) - 1
                away[student] = .sick
            } else if random.chance(0.008) {
                away[student] = .excused
            } else if random.chance(school.students[student].truancy * 0.6) {
                away[student] = .truant
            } else {
                away[student] = nil
            }
        }
    }

    /// A colleague free at that hour: one of the same subject team if possible, then any
    /// teacher, then the administration.
    private func substitute(for teacher: Int, weekday: Int, number: Int, on date: SchoolDate) -> Int? {
        let slot = (weekday - 1) * 8 + number - 1
        func free(_ candidate: Int) -> Bool {
            candidate != teacher && !isAway(candidate) && !teaching[candidate * 40 + slot]
                && covering[candidate * 8 + number - 1] != date.day
        }
        let specialty = school.staff[teacher].specialty
        let staff = school.staff.indices
        var candidates = staff.filter { school.staff[$0].specialty == specialty && free($0) }
        if candidates.isEmpty { candidates = staff.filter { school.staff[$0].specialty != nil && free($0) } }
        if candidates.isEmpty { candidates = staff.filter { school.staff[$0].roles.contains("deputy") && free($0) } }
        guard !candidates.isEmpty else { return nil }
        let chosen = random.pick(candidates)
        covering[chosen * 8 + number - 1] = date.day
        return chosen
    }

    /// The minute a lesson of that number ends (lessons of 45 minutes from 8:00, breaks of 10).
    static func lessonEnd(_ number: Int) -> Int { 8 * 60 + 45 + (number - 1) * 55 }

    /// One lesson: its row, then its attendance and marks.
    private func holdLesson(_ course: Int, on date: SchoolDate, number: Int, period: DemoCalendar.Period) throws {
        let info = school.courses[course]
        let schoolClass = school.classes[info.classIndex]
        let subject = DemoSchool.subjects[info.subject]
        let index = taught[course]
        taught[course] += 1
        let plan = school.plans[course][index]
        var substitute: Int?
        if isAway(info.teacher) || random.chance(0.004) {
            substitute = self.substitute(for: info.teacher, weekday: date.weekday, number: number, on: date)
            if substitute != nil { substitutions += 1 }
        }
        let writer = substitute ?? info.teacher
        let teacher = school.staff[writer]

        // The topic, homework and attendance are entered on the day (R17), or some days late.
        var entryDay = date
        var entryMinute = random.int(in: max(Self.lessonEnd(number) + 5, 13 * 60 + 30)...(21 * 60 + 59))
        if !random.chance(teacher.promptness) {
            // Late, but not past the end of the period: its grades are due then.
            entryDay = min(date + random.streak(continuing: 0.45, from: 1, to: 6), max(date, period.end))
            entryMinute = random.int(in: (14 * 60)...(21 * 60 + 59))
        }
        let entered = entryDay <= school.until
        let enteredAt = entered ? clock.stamp(entryDay, minute: entryMinute) : nil
        var topic: String? = nil
        var homework: String? = nil
        if entered {
            topic = random.chance(0.03) ? nil : plan.topic
            homework = DemoSchool.homework(
                subject.code, grade: schoolClass.grade, lesson: index, of: school.plans[course].count, &random)
            if plan.work != nil && random.chance(0.5) || random.chance(0.06) { homework = nil }
        }

        lessonCount += 1
        let lessonID = DemoText.id("L", lessonCount, width: lessonWidth)
        let statement = out.lesson
        statement.bind(1, lessonID)
        statement.bind(2, date.text)
        statement.bind(3, number)
        statement.bind(4, schoolClass.id)
        statement.bind(5, info.group.map { school.groups[$0].id })
        statement.bind(6, subject.code)
        statement.bind(7, school.staff[info.teacher].id)
        statement.bind(8, substitute.map { school.staff[$0].id })
        statement.bind(9, topic)
        statement.bind(10, homework)
        statement.bind(11, enteredAt)
        try out.run(statement, table: "lesson")
        guard let enteredAt else { return }

        let present = try writeAttendance(
            course, lessonID: lessonID, number: number, enteredAt: enteredAt)
        guard subject.hasMarks(inGrade: schoolClass.grade) else { return }
        try writeMarks(
            Lesson(
                course: course, index: index, id: lessonID, date: date, period: period.number, periodEnd: period.end,
                writer: writer, work: plan.work,
                entryDay: entryDay, entryMinute: entryMinute),
            present: present)
    }

    /// What the marks of a lesson need to know about it.
    struct Lesson {
        var course: Int
        /// Its line of the course's plan.
        var index: Int
        var id: String
        var date: SchoolDate
        var period: Int
        var periodEnd: SchoolDate
        /// Who teaches it and enters its marks: the teacher or the substitute.
        var writer: Int
        var work: String?
        var entryDay: SchoolDate
        var entryMinute: Int
    }

    /// Attendance rows of a lesson; gives back the audience seats of the students present.
    private func writeAttendance(_ course: Int, lessonID: String, number: Int, enteredAt: String) throws -> [Int] {
        let audience = school.courses[course].audience
        var present: [Int] = []
        present.reserveCapacity(audience.count)
        for (seat, student) in audience.enumerated() {
            let info = school.students[student]
            var code: String?
            if let absence = away[student] {
                code = absence.code
            } else if random.chance(info.truancy * (1 + Double(number) * 0.15)) {
                code = "absent"
            } else if random.chance(number == 1 ? info.lateness : info.lateness * 0.08) {
                code = "late"
            }
            if code == nil || code == "late" { present.append(seat) }
            guard let code else { continue }
            let statement = out.attendance
            statement.bind(1, lessonID)
            statement.bind(2, info.id)
            statement.bind(3, code)
            statement.bind(4, enteredAt)
            try out.run(statement, table: "attendance")
            if code == "late" { out.tally("late") }
        }
        return present
    }
}
