import Foundation
import TestSupport
import XCTest

/// End-to-end, the analyst's vocabulary: a count by a listed dimension says under its result that it
/// lists members with no rows only when it does; the median, the standard deviation and a filter in
/// either language.
final class AnalystCommandLineTests: XCTestCase {
    private var db = ""

    override func setUpWithError() throws {
        db = try Fixtures.storePath()
        let result = try ejournal(["import", Fixtures.sampleSchool.path, "--db", db])
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    func testACountByTeacherListsTheLoadsTeachersWithZeroAndSaysSoOnlyWhenItDoes() throws {
        let some = try ejournal([
            "--db", db, "--today", "2026-11-27", "--lang", "en", "-c",
            "marks in 7А during yesterday by teacher show teacher, count() order by count() desc",
        ])
        XCTAssertEqual(some.status, 0, some.stderr)
        XCTAssertTrue(some.stdout.contains("Александров Даниил Игоревич      |       0\n"), some.stdout)
        XCTAssertTrue(
            some.stdout.hasSuffix(
                "(13 rows)\nnote: every teacher of 7А's load is listed: 0 where none of these rows are theirs\n"),
            some.stdout)
        // The first rows alone have marks: nothing was added to what is shown, so nothing is said.
        let top = try ejournal([
            "--db", db, "--today", "2026-11-27", "--lang", "en", "-c",
            "marks in 7А during yesterday by teacher show teacher, count() order by count() desc limit 3",
        ])
        XCTAssertTrue(top.stdout.hasSuffix("(3 rows)\n"), top.stdout)
        // The rows and the note come in one pass: the mark of an added row is never a column of its own.
        let json = try ejournal([
            "--db", db, "--today", "2026-11-27", "--lang", "en", "--format", "json", "-c",
            "marks in 7А during yesterday by teacher show teacher, count() order by count() desc",
        ])
        XCTAssertTrue(json.stdout.contains(#"{"teacher": "Александров Даниил Игоревич", "count()": 0}"#), json.stdout)
        XCTAssertFalse(json.stdout.contains("added"), json.stdout)
        XCTAssertEqual(
            json.stderr, "note: every teacher of 7А's load is listed: 0 where none of these rows are theirs\n")
        // For programs, the note goes to standard error, in the reader's language.
        let csv = try ejournal([
            "--db", db, "--today", "2026-11-27", "--lang", "ru", "--format", "csv", "-c",
            "отметки в 7А за вчера по предмету показать предмет, количество()",
        ])
        XCTAssertTrue(csv.stdout.contains("История,0\n"), csv.stdout)
        XCTAssertEqual(csv.stderr, "примечание: показаны все предметы из нагрузки 7А: 0 — где таких строк нет\n")
    }

    func testTheMedianTheDeviationAndAFilterReadTheSameInRussian() throws {
        let english = try ejournal([
            "--db", db, "--today", "2026-11-27", "--format", "csv", "-c",
            "marks in 7А during term 1 by subject show subject, median(value), stddev(value), count(where late)",
        ])
        let russian = try ejournal([
            "--db", db, "--today", "2026-11-27", "--format", "csv", "-c",
            "отметки в 7А за период 1 по предмету показать предмет, медиана(значение), ско(значение), "
                + "количество(где поздно)",
        ])
        XCTAssertEqual(english.status, 0, english.stderr)
        XCTAssertTrue(english.stdout.contains("\nАлгебра,4.0,0.96,30\n"), english.stdout)
        XCTAssertEqual(
            english.stdout.split(separator: "\n").dropFirst(), russian.stdout.split(separator: "\n").dropFirst())
    }
}
