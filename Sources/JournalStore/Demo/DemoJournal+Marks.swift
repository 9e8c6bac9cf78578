import JournalFoundation

extension DemoJournal {
    /// A change of a mark after it was entered, requested by its teacher and approved by the director (R18).
    struct Correction {
        var markID: String
        var oldValue: Int
        var newValue: Int
        var requestedBy: Int
        var day: SchoolDate
        var minute: Int
        var reason: String
    }

    /// The kinds of work the regulation's checking deadlines apply to (R21).
    static let writtenWorks = ["control", "test", "dictation", "independent", "essay", "exposition"]

    /// Days the regulation gives to check a written work (R21): a week for essays and
    /// expositions, for control works in mathematics in grades 10–11 and for any written work
    /// in a foreign language; three days for the rest.
    static func checkingDeadline(_ kind: String, subject: DemoSchool.Subject, grade: Int) -> Int {
        if kind == "essay" || kind == "exposition" || subject.isForeignLanguage { return 7 }
        if kind == "control" && grade >= 10 && (subject.code == "math" || subject.parent == "math") { return 7 }
        return 3
    }

    /// The kinds of the marks given one by one in ordinary lessons, with weights, per subject.
    private static let oralKinds: [(kinds: [String], weights: [Int])] = DemoSchool.subjects.map { subject in
        switch subject.code {
        case "pe": return (["practical", "classwork", "answer"], [6, 3, 1])
        case "art", "tech", "music": return (["practical", "classwork", "answer"], [5, 3, 2])
        case "inf": return (["practical", "classwork", "answer"], [4, 3, 3])
        case "lit", "read": return (["answer", "homework", "classwork"], [6, 2, 2])
        case "eng", "deu": return (["answer", "classwork", "homework"], [5, 3, 2])
        case "rus", "math", "alg", "geom", "prob", "phys", "chem":
            return (["answer", "classwork", "homework", "independent"], [45, 25, 20, 10])
        default: return (["answer", "classwork", "homework"], [6, 2, 2])
        }
    }

    /// Subjects where marks run higher (art, music, PE) and kinds of work where they run lower.
    private static let subjectShift: [Double] = DemoSchool.subjects.map { subject in
        switch subject.code {
        case "pe", "art": return 0.6
        case "music": return 0.7
        case "tech": return 0.5
        case "obzr", "okr": return 0.3
        default: return 0
        }
    }

    private static func kindShift(_ kind: String) -> Double {
        switch kind {
        case "control", "dictation": return -0.3
        case "test": return -0.15
        case "essay", "exposition", "independent": return -0.1
        case "homework": return 0.15
        case "lab": return 0.2
        case "practical": return 0.3
        default: return 0.05
        }
    }

    /// A mark for `student`: ability, leaning in the subject, the teacher's habit, the kind
    /// of work, and the day's luck.
    private func markValue(_ student: Int, subject: Int, kind: String, teacher: Int, grade: Int) -> Int {
        let info = school.students[student]
        var x = info.ability + school.subjectBias[student * DemoSchool.subjects.count + subject]
        x += school.staff[teacher].leniency + Self.subjectShift[subject] + Self.kindShift(kind)
        x += (grade <= 4 ? 0.1 : 0) + 0.7 * random.normal()
        if x < 1.6 { return random.chance(0.15) ? 1 : 2 }
        if x < 2.5 { return 2 }
        if x < 3.5 { return 3 }
        if x < 4.5 { return 4 }
        return 5
    }

    /// The marks of one lesson: the whole class's written or practical work when the plan sets
    /// one, else a few students asked, those with the fewest marks in the period first (so most
    /// reach the minimum R22 and R23 ask for, and those long ill do not).
    func writeMarks(_ lesson: Lesson, present: [Int]) throws {
        let course = school.courses[lesson.course]
        let subject = DemoSchool.subjects[course.subject]
        let grade = school.classes[course.classIndex].grade
        let teacher = school.staff[lesson.writer]
        let isPE = subject.code == "pe"
        let base = offset[lesson.course]
        let candidates = isPE ? present.filter { !school.students[course.audience[$0]].peExempt } : present
        var chosen: [(seat: Int, kind: String)] = []
        if let work = lesson.work {
            for seat in candidates where random.chance(0.96) { chosen.append((seat, work)) }
        } else {
            let rate = isPE ? 0.22 : 0.17
            let usual = Int(Double(candidates.count) * rate * teacher.diligence + random.unit())
            // Enough marks for everyone by the end of the period, counting the works to come.
            let required = course.hours == 1 ? 3 : 5
            let coming = worksLeft[lesson.course][lesson.index]
            var deficit = 0
            for seat in candidates {
                deficit += max(0, required - coming - periodMarks[(base + seat) * 4 + lesson.period - 1])
            }
            let left = max(1, lessonsLeft[lesson.course][lesson.index])
            let needed = Double((deficit + left - 1) / left) * min(1, teacher.diligence + 0.2)
            let count = min(candidates.count, max(usual, Int(needed + random.unit())))
            if count > 0 {
                let scored = candidates.map { seat in
                    (seat, Double(periodMarks[(base + seat) * 4 + lesson.period - 1]) + random.uniform(0, 0.95))
                }
                let kinds = Self.oralKinds[course.subject]
                let picked = scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(count).map(\.0).sorted()
                for seat in picked { chosen.append((seat, kinds.kinds[random.weightedIndex(kinds.weights)])) }
            }
        }
        guard !chosen.isEmpty else { return }

        // Written work is checked later: within the deadline mostly (R21), some of it after.
        let written = lesson.work.map { Self.writtenWorks.contains($0) } ?? false
        var checkDay = lesson.entryDay
        let checkMinute = random.int(in: (15 * 60)...(20 * 60 + 30))
        if written, let work = lesson.work {
            let deadline = Self.checkingDeadline(work, subject: subject, grade: grade)
            let delay =
                random.chance(teacher.timelyChecking)
                ? min(random.int(in: 0...deadline), random.int(in: 0...deadline)) : deadline + random.int(in: 1...6)
            // Whatever is written before the end of a period is checked before its grades.
            checkDay = min(lesson.date + delay, max(lesson.date, lesson.periodEnd))
        }
        // Teachers sit down to the journal after the last lesson of the day.
        let earliest = Self.lessonEnd(7) + 5
        for (order, mark) in chosen.enumerated() {
            var day = checkDay
            var minute: Int
            if written {
                if random.chance(0.1) && day < lesson.periodEnd { day = day + 1 }
                minute = checkMinute + order + random.int(in: 0...1)
            } else {
                minute = day == lesson.date ? random.int(in: earliest...(21 * 60 + 59)) : lesson.entryMinute + order
            }
            guard day <= school.until else { continue }
            let student = course.audience[mark.seat]
            let value = markValue(
                student, subject: course.subject, kind: mark.kind, teacher: lesson.writer, grade: grade)
            markCount += 1
            let markID = DemoText.id("M", markCount, width: markWidth)
            let statement = out.mark
            statement.bind(1, markID)
            statement.bind(2, lesson.id)
            statement.bind(3, school.students[student].id)
            statement.bind(4, value)
            statement.bind(5, mark.kind)
            statement.bind(6, clock.stamp(day, minute: minute))
            statement.bind(7, teacher.id)
            try out.run(statement, table: "mark")
            let cell = (base + mark.seat) * 4 + lesson.period - 1
            periodMarks[cell] += 1
            periodSums[cell] += value
            if random.chance(0.0015) {
                proposeCorrection(markID, value: value, written: written, teacher: lesson.writer, entered: day)
            }
        }
    }

    /// A correction of a mark some days after it was entered; the stored mark is the new value.
    private func proposeCorrection(_ markID: String, value: Int, written: Bool, teacher: Int, entered: SchoolDate) {
        let day = entered + random.int(in: 1...10)
        guard day <= school.until else { return }
        let rewritten = written && value >= 3 && random.chance(0.5)
        let old: Int
        if rewritten {
            old = 2
        } else if value == 5 || (value > 2 && random.chance(0.5)) {
            old = value - 1
        } else {
            old = value + 1
        }
        let reason =
            rewritten
            ? "работа переписана" : random.pick(["ошибка при выставлении", "ошибка при выставлении", "описка"])
        corrections.append(
            Correction(
                markID: markID, oldValue: old, newValue: value, requestedBy: teacher, day: day,
                minute: random.int(in: (9 * 60)...(17 * 60 + 30)), reason: reason))
    }
}
