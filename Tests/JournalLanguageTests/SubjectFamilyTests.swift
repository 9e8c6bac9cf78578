import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// A subject's measures count its own rows and its courses' (math: its lessons and algebra's,
/// geometry's…). Where the columns add up from parts, the rows are grouped by their lesson's
/// subject first and each group added to the subjects it counts in; a list or a median still joins
/// every row to its subjects. Both ways must give the same numbers.
final class SubjectFamilyTests: XCTestCase {
    func sql(_ text: String, _ catalog: JournalCatalog) throws -> String {
        try Compiler.compile(text, catalog: catalog, today: CivilDate(SampleSchool.today)!).compactMap {
            if case .query(let sql) = $0 { return sql.sql } else { return nil }
        }.joined(separator: "\n")
    }

    /// Counts, sums, averages, lowest, highest and deviations of a subject's marks, grouped by subject
    /// first, against the same columns asked beside a median (which joins each mark to its subjects):
    /// school-wide (math counts its courses' marks in 7А, 7Б and 10А), in a class, in a grade, with a
    /// filter on the marks and with a subject's family named.
    func testGroupedBySubjectFirstGivesWhatEachRowJoinedToItsSubjectsGives() throws {
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        let columns = [
            "count(M)", "avg(M)", "sum(M)", "min(M)", "max(M)", "stddev(M)",
        ]
        var compared = 0
        for scope in ["", " in 7Б", " in 7", " in 5А, 10А"] {
            for marks in ["marks(term 1)", "marks(year)", "marks(term 1) where late", "marks(math, year)"] {
                let asked = columns.map { $0.replacingOccurrences(of: "M", with: marks) }
                let text = "subjects\(scope) show code, " + asked.joined(separator: ", ")
                let median = text + ", median(\(marks))"
                XCTAssertTrue(try sql(text, catalog).contains("GROUP BY l.subject"), text)
                XCTAssertFalse(try sql(median, catalog).contains("GROUP BY l.subject"), median)
                let ours = try rows(text, store, catalog)
                let joined = try rows(median, store, catalog).map { Array($0.dropLast()) }
                XCTAssertEqual(ours, joined, text)
                compared += ours.filter { $0[1] != "0" }.count
            }
        }
        XCTAssertGreaterThan(compared, 100, "subjects with marks compared")
        // The parent's row is its courses' rows added up: math school-wide has algebra's marks.
        let math = try rows("subjects where code = \"math\" show code, count(marks(year))", store, catalog)
        let courses = try SampleSchool.rows(
            """
            SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN subject s ON s.code = l.subject
            WHERE s.code = 'math' OR s.parent = 'math'
            """, in: store)
        XCTAssertEqual(math.first?.last, courses[0][0])
        XCTAssertNotEqual(
            courses[0][0],
            try SampleSchool.rows(
                "SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE l.subject = 'math'", in: store)[
                    0][0],
            "math's courses have marks of their own in the sample school")
    }

    /// Topics and homework of a subject's lessons, grouped by subject first, against the lessons
    /// counted straight from the table: one class's, term 1.
    func testTopicsAndHomeworkOfASubjectAreItsLessonsShares() throws {
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        let text = "subjects in 7Б show code, count(lessons(term 1)), topics(term 1), homework(term 1)"
        XCTAssertTrue(try sql(text, catalog).contains("GROUP BY l.subject"))
        let ours = try rows(text, store, catalog)
        let theirs = try SampleSchool.rows(
            """
            SELECT t.subject, count(l.id),
                   round(100.0 * sum(coalesce(l.topic, '') <> '') / count(l.id), 1),
                   round(100.0 * sum(coalesce(l.homework, '') <> '') / count(l.id), 1)
            FROM class c JOIN (SELECT DISTINCT class_id, subject FROM teaching_load) t ON t.class_id = c.id
            JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
            LEFT JOIN lesson l ON l.class_id = c.id AND l.subject = t.subject
                AND l.date BETWEEN p.start AND min(p."end", '\(SampleSchool.today)')
            WHERE c.name = '7Б' GROUP BY t.subject
            """, in: store)
        func normal(_ rows: [[String]]) -> [String] {
            rows.map { row in row.map { $0.hasSuffix(".0") ? String($0.dropLast(2)) : $0 }.joined(separator: "|") }
                .sorted()
        }
        XCTAssertEqual(normal(ours), normal(theirs))
        XCTAssertGreaterThan(ours.count, 10)
    }
}
