import JournalFoundation

extension DemoJournal {
    /// Period grades of every period that has ended by `until`, and year grades once the last
    /// one has. A grade is the rounded mean of the period's marks; with fewer marks than R22
    /// asks for (3 for a subject of one lesson a week, 5 for more) it is `н/а`; students
    /// exempt from PE get `осв`, and ОРКСЭ is passed (`зач`) without marks. Grade 1 has none.
    func writePeriodGrades() throws {
        for (courseIndex, course) in school.courses.enumerated() {
            let schoolClass = school.classes[course.classIndex]
            let subject = DemoSchool.subjects[course.subject]
            guard schoolClass.grade >= 2 else { continue }
            let periods = DemoCalendar.periods(of: schoolClass.scheme)
            let ended = periods.filter { $0.end <= school.until }
            guard !ended.isEmpty else { continue }
            let required = course.hours == 1 ? 3 : 5
            for (seat, student) in course.audience.enumerated() {
                let exempt = subject.code == "pe" && school.students[student].peExempt
                var values: [String] = []
                for period in ended {
                    let cell = (offset[courseIndex] + seat) * 4 + period.number - 1
                    let value: String
                    if subject.assessment == .passFail {
                        value = "зач"
                    } else if exempt {
                        value = "осв"
                    } else if periodMarks[cell] < required {
                        value = "н/а"
                    } else {
                        value = String(Self.rounded(sum: periodSums[cell], count: periodMarks[cell]))
                    }
                    values.append(value)
                    let day = period.end - random.int(in: 0...3)
                    try writeGrade(student, course: course, period: String(period.number), value: value, day: day)
                }
                if ended.count == periods.count {
                    try writeGrade(
                        student, course: course, period: "year", value: Self.yearGrade(values),
                        day: DemoCalendar.lastDay)
                }
            }
        }
    }

    /// The mean of marks rounded half up, within 2–5.
    static func rounded(sum: Int, count: Int) -> Int {
        min(5, max(2, (2 * sum + count) / (2 * count)))
    }

    /// The year's grade from the period grades: their rounded mean; `н/а` when none is a mark.
    static func yearGrade(_ values: [String]) -> String {
        if let first = values.first, values.allSatisfy({ $0 == first }), Int(first) == nil { return first }
        let numbers = values.compactMap { Int($0) }
        guard !numbers.isEmpty else { return "н/а" }
        return String(rounded(sum: numbers.reduce(0, +), count: numbers.count))
    }

    private func writeGrade(_ student: Int, course: DemoSchool.Course, period: String, value: String, day: SchoolDate)
        throws
    {
        try out.insert(
            "period_grade", ["student_id", "subject", "year", "period", "value", "entered_at", "entered_by"],
            [
                .text(school.students[student].id), .text(DemoSchool.subjects[course.subject].code),
                .text(DemoCalendar.year), .text(period), .text(value),
                .text(clock.stamp(day, minute: random.int(in: (14 * 60)...(19 * 60 + 59)))),
                .text(school.staff[course.teacher].id),
            ])
    }

    /// The corrections, in the order they were approved.
    func writeCorrections() throws {
        let director = school.staff[0].id
        let ordered = corrections.sorted {
            ($0.day, $0.minute, $0.markID) < ($1.day, $1.minute, $1.markID)
        }
        for correction in ordered {
            try out.insert(
                "mark_correction",
                ["mark_id", "old_value", "new_value", "requested_by", "approved_by", "at", "reason"],
                [
                    .text(correction.markID), .integer(correction.oldValue), .integer(correction.newValue),
                    .text(school.staff[correction.requestedBy].id), .text(director),
                    .text(clock.stamp(correction.day, minute: correction.minute)), .text(correction.reason),
                ])
        }
    }
}
