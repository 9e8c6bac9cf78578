import Foundation
import GRDB
import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// `diary [STUDENT] [SPAN]` on the sample school, against SQL written by hand over the same
/// tables. S0001 (Тарасова Виктория, 5А) is in the group 5А-eng-1, not in 5А-eng-2, and was
/// sick on 2026-11-18…20.
final class DiaryTests: XCTestCase {
    static let today = CivilDate(SampleSchool.today)!

    /// Compiles one diary statement and runs its tables: rows as text cells, per table.
    private func diary(
        _ source: String, in store: JournalStore, defaults: [String] = []
    ) throws -> (studentID: String, titles: [String], tables: [[[String]]]) {
        let statements = try Compiler.compile(
            source, catalog: try store.catalog(), today: Self.today, diaryStudents: defaults)
        guard statements.count == 1, case .diary(let studentID, let tables) = statements[0] else {
            XCTFail("\(source) did not compile to one diary: \(statements)")
            return ("", [], [])
        }
        let rows = try tables.map { try SampleSchool.rows($0.query.sql, arguments: $0.query.arguments, in: store) }
        return (studentID, tables.map(\.title), rows)
    }

    /// The rendered message of a statement that does not compile.
    private func message(_ source: String, defaults: [String] = []) throws -> String {
        let catalog = try SampleSchool.store().catalog()
        do {
            _ = try Compiler.compile(source, catalog: catalog, today: Self.today, diaryStudents: defaults)
        } catch {
            return error.diagnostics(source: source, file: "<command line>").map(\.rendered).joined(separator: "\n")
        }
        XCTFail("\(source) compiled")
        return ""
    }

    /// A mark as the diary writes it, from the hand-written query's value and kind.
    private static func markText(_ value: String, _ kind: String) -> String {
        kind == "classwork" ? value : "\(value) (\(kind))"
    }

    func testAWeekEqualsTheHandWrittenQueryWithItsGroupLessonsOnly() throws {
        let store = try SampleSchool.store()
        let result = try diary("diary \"Тарасова Виктория\" from 2026-11-16 to 2026-11-22", in: store)
        XCTAssertEqual(result.studentID, "S0001")
        XCTAssertEqual(
            result.titles,
            [
                "diary of Тарасова Виктория Николаевна, 5А, from 2026-11-16 to 2026-11-22",
                "period grades of Тарасова Виктория Николаевна, 5А, quarter 2",
            ])
        let lessons = result.tables[0]
        let expected = try SampleSchool.rows(
            """
            SELECT l.date, l.number, l.id, l.group_id FROM lesson l JOIN student s ON s.id = 'S0001'
            WHERE l.class_id = s.class_id AND l.date >= '2026-11-16' AND l.date <= '2026-11-22'
              AND (l.group_id IS NULL OR l.group_id IN (SELECT group_id FROM group_member WHERE student_id = 'S0001'))
            ORDER BY l.date, l.number
            """, in: store)
        XCTAssertGreaterThan(expected.count, 20)
        XCTAssertEqual(lessons.map { [$0[0], $0[1]] }, expected.map { [$0[0], $0[1]] })
        // The group she is in has its English lessons in her diary; the other group's, at the
        // same hours, are not there.
        XCTAssertTrue(expected.contains { $0[3] == "1" })
        let otherGroup = try SampleSchool.rows(
            "SELECT date, number FROM lesson WHERE group_id = 2 AND date BETWEEN '2026-11-16' AND '2026-11-22'",
            in: store)
        XCTAssertFalse(otherGroup.isEmpty)
        for hour in otherGroup {
            XCTAssertEqual(lessons.filter { $0[0] == hour[0] && $0[1] == hour[1] }.count, 1, "\(hour)")
        }
        // Every lesson's marks as the hand-written query finds them.
        var marked = 0
        for (row, lesson) in zip(lessons, expected) {
            let marks = try SampleSchool.rows(
                "SELECT value, kind FROM mark WHERE lesson_id = ? AND student_id = 'S0001' ORDER BY entered_at, id",
                arguments: [.text(lesson[2])], in: store)
            XCTAssertEqual(row[6], marks.map { Self.markText($0[0], $0[1]) }.joined(separator: ", "), "\(lesson)")
            marked += marks.isEmpty ? 0 : 1
        }
        XCTAssertGreaterThan(marked, 0)
    }

    func testAnAbsenceShowsItsCode() throws {
        let store = try SampleSchool.store()
        let lessons = try diary("diary S0001 on 2026-11-18", in: store).tables[0]
        let codes = Dictionary(uniqueKeysWithValues: lessons.map { ($0[1], $0[7]) })
        XCTAssertEqual(codes["4"], "sick")
        XCTAssertEqual(codes["5"], "sick")
        XCTAssertEqual(codes["1"], "")
    }

    func testAStudentWhoMovedClassSeesTheOldClassBeforeTheMoveAndTheNewAfter() throws {
        let store = try Fixtures.sampleStore()
        try store.write { db in
            try db.execute(
                sql: """
                    UPDATE enrolment SET until = '2026-11-24' WHERE student_id = 'S0001';
                    INSERT INTO enrolment (student_id, class_id, since, reason)
                        VALUES ('S0001', (SELECT id FROM class WHERE name = '7А'), '2026-11-25', 'moved');
                    UPDATE student SET class_id = (SELECT id FROM class WHERE name = '7А') WHERE id = 'S0001';
                    INSERT INTO mark (id, lesson_id, student_id, value, kind, entered_at, entered_by)
                        SELECT 'M999999' || n.value, l.id, 'S0001', n.mark, n.kind, '2026-11-26 15:0' || n.value, l.teacher
                        FROM (SELECT l.id, l.teacher FROM lesson l JOIN class c ON c.id = l.class_id
                              WHERE c.name = '7А' AND l.date = '2026-11-26' AND l.group_id IS NULL
                              ORDER BY l.number LIMIT 1) l,
                             (SELECT 1 AS value, 5 AS mark, 'control' AS kind UNION ALL SELECT 2, 4, 'classwork') n;
                    """)
        }
        let result = try diary("diary Тарасова Виктория this week", in: store)
        XCTAssertTrue(result.titles[0].hasPrefix("diary of Тарасова Виктория Николаевна, 7А, this week"))
        let expected = try SampleSchool.rows(
            """
            SELECT l.date, l.number, sub.name FROM lesson l JOIN class c ON c.id = l.class_id
            JOIN subject sub ON sub.code = l.subject
            WHERE ((c.name = '5А' AND l.date BETWEEN '2026-11-23' AND '2026-11-24')
                   OR (c.name = '7А' AND l.date BETWEEN '2026-11-25' AND '2026-11-27'))
              AND (l.group_id IS NULL OR l.group_id IN (SELECT group_id FROM group_member WHERE student_id = 'S0001'))
            ORDER BY l.date, l.number
            """, in: store)
        let lessons = result.tables[0]
        XCTAssertEqual(lessons.map { Array($0[0...2]) }, expected)
        XCTAssertTrue(lessons.contains { $0[0] == "2026-11-24" } && lessons.contains { $0[0] == "2026-11-25" })
        XCTAssertEqual(
            lessons.filter { $0[0] == "2026-11-26" }.map { $0[6] }.filter { !$0.isEmpty }, ["5 (control), 4"])
    }

    func testAnOmittedStudentIsTheOnlyDefaultOne() throws {
        let result = try diary("diary term 1", in: try SampleSchool.store(), defaults: ["S0060"])
        XCTAssertEqual(result.studentID, "S0060")
        XCTAssertEqual(result.titles[1], "period grades of Тарасова Анна Андреевна, 7Б, term 1")
        XCTAssertEqual(result.tables[1].count, 12)
        XCTAssertEqual(result.tables[1].first, ["Русский язык", "1", "5"])
    }

    func testAnOmittedStudentWithNoneOrSeveralDefaultsIsAnError() throws {
        XCTAssertEqual(
            try message("diary this week"),
            """
            <command line>:1:1: error: whose diary? name the student
             1 | diary this week
               | ^~~~~~~~~~~~~~~
            hint: e.g. diary Тарасова Виктория this week, or diary S0001 term 2
            """)
        XCTAssertEqual(
            try message("diary", defaults: ["S0060", "S0066"]),
            """
            <command line>:1:1: error: name which child: S0060 Тарасова Анна Андреевна (7Б), \
            S0066 Тарасова Милана Александровна (7Б)
             1 | diary
               | ^~~~~
            hint: e.g. diary Тарасова Анна this week
            """)
    }

    func testAStudentIsNamedAsInQueries() throws {
        XCTAssertEqual(
            try message("diary Тарасова"),
            """
            <command line>:1:7: error: "Тарасова" matches 3 students: S0001 Тарасова Виктория Николаевна (5А), \
            S0060 Тарасова Анна Андреевна (7Б), S0066 Тарасова Милана Александровна (7Б)
             1 | diary Тарасова
               |       ^~~~~~~~
            hint: add the first name ("Тарасова Виктория") or use the id
            """)
        XCTAssertEqual(
            try message("diary Ивановв last week", defaults: ["S0001"]),
            """
            <command line>:1:7: error: there is no student named "Ивановв"
             1 | diary Ивановв last week
               |       ^~~~~~~
            hint: did you mean "Иванов"?
            """)
    }
}
