import Foundation
import TestSupport
import XCTest

/// `explain` says, in its first line and in the session's language, whether a query's marks and
/// attendance come from the summaries the store keeps or from the raw rows.
final class SummaryExplainTests: XCTestCase {
    private var db = ""

    override func setUpWithError() throws {
        db = try Fixtures.storePath()
        let result = try ejournal(["import", Fixtures.sampleSchool.path, "--db", db])
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    private func firstLine(_ statement: String, language: String = "en") throws -> String {
        let result = try ejournal(["--db", db, "-c", statement], environment: ["EJOURNAL_LANG": language])
        XCTAssertEqual(result.status, 0, result.stderr)
        return String(result.stdout.split(separator: "\n").first ?? "")
    }

    func testExplainSaysWhereMarksAndAttendanceComeFrom() throws {
        XCTAssertTrue(
            try firstLine("explain students in 7 show marks(term 1), absences(term 1)").hasPrefix(
                "-- marks, attendance and lessons: from the summaries the store keeps for whole weeks and months"))
        XCTAssertTrue(
            try firstLine("explain students in 7 show list(marks(term 1))").hasPrefix(
                "-- marks, attendance and lessons: from the raw rows"))
        XCTAssertTrue(
            try firstLine("explain students in 7 show marks(term 1), list(marks(term 2))").hasPrefix(
                "-- marks, attendance and lessons: from the summaries for whole weeks and months where a function allows"
            ))
        XCTAssertTrue(
            try firstLine("объяснить ученики в 7 показать отметки(период 1)", language: "ru").hasPrefix(
                "-- отметки, посещаемость и уроки: из сводок, которые хранилище ведёт по целым неделям и месяцам"))
        // One class's marks: its few raw rows are read sooner than the summaries and the span's edges.
        XCTAssertTrue(
            try firstLine("explain students in 7А show marks(term 1)").hasPrefix(
                "-- marks, attendance and lessons: from the raw rows"))
        // A teacher's lessons, topics and homework: from `lesson_week`; with a filter, each lesson.
        XCTAssertTrue(
            try firstLine("explain teachers show name, count(lessons(term 1)), topics(term 1), homework(term 1)")
                .hasPrefix("-- marks, attendance and lessons: from the summaries the store keeps"))
        XCTAssertTrue(
            try firstLine("explain teachers show name, count(lessons(term 1) where topic is empty)").hasPrefix(
                "-- marks, attendance and lessons: from the raw rows"))
        XCTAssertTrue(
            try firstLine("объяснить учителя показать фио, темы(период 1)", language: "ru").hasPrefix(
                "-- отметки, посещаемость и уроки: из сводок, которые хранилище ведёт"))
        // Marks by teacher: from `mark_teacher_week`; with a filter on the marks, each mark.
        XCTAssertTrue(
            try firstLine("explain marks during term 1 by teacher show teacher, share(late), count()").hasPrefix(
                "-- marks, attendance and lessons: from the summaries the store keeps"))
        XCTAssertTrue(
            try firstLine("explain marks during term 1 where kind = control by teacher show teacher, count()")
                .hasPrefix("-- marks, attendance and lessons: from the raw rows"))
        XCTAssertTrue(
            try firstLine("объяснить отметки за период 1 по учителю показать учитель, количество()", language: "ru")
                .hasPrefix("-- отметки, посещаемость и уроки: из сводок"))
        // Marks of the school or of some classes (one too) by day, week, month or weekday: from `mark_day`; with a
        // filter on the marks, or of a student, each mark.
        XCTAssertTrue(
            try firstLine("explain marks during term 1 by weekday show weekday, avg(value)").hasPrefix(
                "-- marks, attendance and lessons: from the summary the store keeps by class and day (mark_day"))
        XCTAssertTrue(
            try firstLine("explain marks in 7А, 7Б during term 1 by month show month, count(), sum(value)").hasPrefix(
                "-- marks, attendance and lessons: from the summary the store keeps by class and day"))
        XCTAssertTrue(
            try firstLine("explain marks during term 1 where kind = control by weekday show weekday, count()")
                .hasPrefix("-- marks, attendance and lessons: from the raw rows"))
        XCTAssertTrue(
            try firstLine("explain marks in 7А during term 1 by week show week, avg(value), count()").hasPrefix(
                "-- marks, attendance and lessons: from the summary the store keeps by class and day"))
        XCTAssertTrue(
            try firstLine("explain marks in S0001 during term 1 by week show week, avg(value)").hasPrefix(
                "-- marks, attendance and lessons: from the raw rows"))
        XCTAssertTrue(
            try firstLine(
                "объяснить отметки за период 1 по дням недели показать день_недели, среднее(значение)", language: "ru"
            )
            .hasPrefix("-- отметки, посещаемость и уроки: из сводки, которую хранилище ведёт по классам и дням"))
        // A query that reads no marks or attendance says nothing of them.
        XCTAssertTrue(try firstLine("explain students in 7А where risk").hasPrefix("SELECT"))
    }

    private func lines(_ statement: String, language: String = "en") throws -> [String] {
        let result = try ejournal(["--db", db, "-c", statement], environment: ["EJOURNAL_LANG": language])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.split(separator: "\n").map(String.init)
    }

    /// Period grades: of every subject from `grade_summary`, of some subjects each grade; the line after
    /// the marks' line, when the query reads both.
    func testExplainSaysWherePeriodGradesComeFrom() throws {
        XCTAssertEqual(
            try lines("explain classes show name, quality(term 1), sou(term 1)").first,
            "-- period grades: from the summary the store keeps by student and period (grade_summary: the lowest, the СОУ weights, how many), no grade read one by one"
        )
        XCTAssertEqual(
            try lines("explain classes in 7 show name, pass_rate(math, term 1)").first,
            "-- period grades: each grade read (of some subjects, or by subject, the summary by student does not tell them apart)"
        )
        XCTAssertEqual(
            try lines("explain subjects in 7А show name, quality(term 1)").first,
            "-- period grades: each grade read (of some subjects, or by subject, the summary by student does not tell them apart)"
        )
        let both = try lines("explain classes show name, avg(marks(term 1)), quality(math, term 1), quality(term 1)")
        XCTAssertTrue(both[0].hasPrefix("-- marks, attendance and lessons: from the summaries"), "\(both)")
        XCTAssertEqual(
            both[1],
            "-- period grades: from the summary by student and period where a function is of every subject, each grade where it is of some"
        )
        XCTAssertEqual(
            try lines("объяснить классы показать название, качество(период 1)", language: "ru").first,
            "-- итоговые отметки: из сводки, которую хранилище ведёт по ученикам и периодам (grade_summary: наименьшая, веса СОУ, сколько), без чтения отдельных итоговых отметок"
        )
        // One that reads no period grades says nothing of them.
        XCTAssertFalse(
            try lines("explain classes show name, avg(marks(term 1))").contains { $0.contains("period grades") })
    }
}
