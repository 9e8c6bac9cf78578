import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// The set-based plans read a row's functions by sets, through the classes' lessons; these are the
/// cases the sample school's golden rows do not hold, each against SQL that says the definition
/// plainly, row by row: a student who moved to a class of another scheme of periods (all the
/// student's marks count, each span in the new class's periods), and more families than SQLite joins.
final class SetBasedPlanTests: XCTestCase {
    /// The sample school with S0001 moved from 5А (quarters) to 10А (halves) on 2026-11-25, with two
    /// marks and an absence in a 10А lesson on 2026-11-26; and S0030 moved from 7А to 7Б the same day.
    static func storeWithMovedStudents() throws -> JournalStore {
        let store = try Fixtures.sampleStore()
        try store.write { db in
            for (student, to, n) in [("S0001", "10А", "1"), ("S0030", "7Б", "2")] {
                try db.execute(
                    sql: """
                        UPDATE enrolment SET until = '2026-11-24' WHERE student_id = ?1;
                        INSERT INTO enrolment (student_id, class_id, since, reason)
                            VALUES (?1, (SELECT id FROM class WHERE name = ?3), '2026-11-25', 'moved');
                        UPDATE student SET class_id = (SELECT id FROM class WHERE name = ?3) WHERE id = ?1;
                        INSERT INTO mark (id, lesson_id, student_id, value, kind, entered_at, entered_by)
                            SELECT 'M99' || ?4 || n.value, l.id, ?1, n.mark, n.kind, '2026-11-26 15:0' || n.value, l.teacher
                            FROM (SELECT l.id, l.teacher FROM lesson l JOIN class c ON c.id = l.class_id
                                  WHERE c.name = ?3 AND l.date = '2026-11-26' AND l.group_id IS NULL
                                  ORDER BY l.number LIMIT 1) l,
                                 (SELECT 1 AS value, 2 AS mark, 'control' AS kind
                                  UNION ALL SELECT 2, 5, 'classwork') n;
                        INSERT INTO attendance (lesson_id, student_id, code)
                            SELECT l.id, ?1, 'absent' FROM lesson l JOIN class c ON c.id = l.class_id
                            WHERE c.name = ?3 AND l.date = '2026-11-26' AND l.group_id IS NULL
                            ORDER BY l.number DESC LIMIT 1;
                        """.replacingOccurrences(of: "?1", with: "'\(student)'")
                            .replacingOccurrences(of: "?3", with: "'\(to)'").replacingOccurrences(
                                of: "?4", with: "'\(n)'"))
            }
        }
        return store
    }

    private func rows(_ query: String, in store: JournalStore) throws -> [[String]] {
        let statements = try Compiler.compile(
            query, catalog: try store.catalog(), today: CivilDate(SampleSchool.today)!)
        guard case .query(let sql)? = statements.first else { throw TestFailure("\(query) is not a query") }
        return try SampleSchool.rows(sql.sql, arguments: sql.arguments, in: store)
    }

    /// Period `number` of each scheme, stopped at today, as a table `r(scheme, start, stop)`.
    private static func period(_ number: Int) -> String {
        """
        (SELECT scheme, start, CASE WHEN "end" > '\(SampleSchool.today)' THEN '\(SampleSchool.today)' ELSE "end" END \
        AS stop FROM study_period WHERE year = (SELECT year FROM school) AND number = \(number))
        """
    }

    private static let name = "s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '')"

    func testAStudentWhoMovedKeepsEveryMarkCountedInTheNewClassPeriods() throws {
        let store = try Self.storeWithMovedStudents()
        let marksOf = "FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id"
        let absencesOf = """
            FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id \
            AND a.code IN ('absent', 'sick', 'excused')
            """
        let expected = try SampleSchool.rows(
            """
            SELECT \(Self.name), (SELECT count(*) \(marksOf) AND l.date BETWEEN r1.start AND r1.stop),
                round((SELECT avg(m.value) \(marksOf) AND l.date BETWEEN r1.start AND r1.stop), 2),
                (SELECT group_concat(v, ' ') FROM (SELECT m.value AS v \(marksOf)
                    AND l.date BETWEEN '2026-11-20' AND '2026-11-27' ORDER BY l.date, l.number, m.id)),
                (SELECT count(*) \(absencesOf) AND l.date BETWEEN r1.start AND r1.stop),
                (SELECT count(*) \(marksOf) AND l.date BETWEEN r2.start AND r2.stop)
            FROM student s JOIN class c ON c.id = s.class_id
            JOIN \(Self.period(1)) r1 ON r1.scheme = c.scheme JOIN \(Self.period(2)) r2 ON r2.scheme = c.scheme
            WHERE c.name IN ('10А', '7Б')
            ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
            """, in: store)
        XCTAssertTrue(expected.contains { $0[0].hasPrefix("Тарасова Виктория") }, "S0001 is in 10А now")
        XCTAssertEqual(
            try rows(
                """
                students in 7Б, 10А show name, count(marks(term 1)), avg(marks(term 1)),
                list(marks(from 2026-11-20 to 2026-11-27)), absences(term 1), count(marks(term 2))
                """, in: store),
            expected)
    }

    /// One class of one scheme reads the classes its students were enrolled in with the catalog (no
    /// enrolment in the SQL): S0001's marks from 5А count in 10А's halves, S0030's from 7А in 7Б's
    /// quarters.
    func testAClassOfOneSchemeCountsTheMarksOfTheClassesItsStudentsLeft() throws {
        let store = try Self.storeWithMovedStudents()
        for name in ["10А", "7Б"] {
            let query = "students in \(name) show id, count(marks(term 1)), sum(marks(term 1)), absences(term 1)"
            let statements = try Compiler.compile(
                query, catalog: try store.catalog(), today: CivilDate(SampleSchool.today)!)
            guard case .query(let sql)? = statements.first else { throw TestFailure("\(query) is not a query") }
            XCTAssertFalse(sql.sql.contains("enrolment"), sql.sql)
            let expected = try SampleSchool.rows(
                """
                SELECT s.id, (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                        WHERE m.student_id = s.id AND l.date BETWEEN r1.start AND r1.stop),
                    (SELECT coalesce(sum(m.value), 0) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                        WHERE m.student_id = s.id AND l.date BETWEEN r1.start AND r1.stop),
                    (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id
                        WHERE a.student_id = s.id AND a.code IN ('absent', 'sick', 'excused')
                        AND l.date BETWEEN r1.start AND r1.stop)
                FROM student s JOIN class c ON c.id = s.class_id JOIN \(Self.period(1)) r1 ON r1.scheme = c.scheme
                WHERE c.name = '\(name)'
                ORDER BY s.last_name, s.first_name, s.middle_name, s.id
                """, in: store)
            XCTAssertTrue(expected.contains { ["S0001", "S0030"].contains($0[0]) && $0[1] != "0" }, name)
            XCTAssertEqual(try SampleSchool.rows(sql.sql, arguments: sql.arguments, in: store), expected, name)
        }
    }

    /// Every statement reads the same rows with the classes students were enrolled in read with the
    /// catalog as looked up in the enrolment by the statement itself (a batch that writes).
    func testTheEnrolmentOfTheCatalogAndOfTheStatementGiveTheSameRows() throws {
        let store = try Self.storeWithMovedStudents()
        let settled = try store.catalog()
        var unsettled = settled
        unsettled.enrolmentSettled = false
        let today = CivilDate(SampleSchool.today)!
        func tables(_ text: String, _ catalog: JournalCatalog) throws -> [SQLQuery] {
            switch try Compiler.compile(text, catalog: catalog, today: today).first {
            case .query(let sql)?: return [sql]
            case .report(let tables)?: return tables.map(\.query)
            default: throw TestFailure("\(text) is neither a query nor a report")
            }
        }
        var read = 0
        for text in [
            "students in 7Б show id, count(marks(term 1)), avg(marks(alg, term 1)), absences(term 1), lates(term 2)",
            "students in 10А where count(marks(term 1)) > 3 show id, list(marks(from 2026-11-20 to 2026-11-27))",
            "students in 7Б show name, spark(marks(term 1) by week), median(marks(term 1))",
            "parents in 7Б show name, avg(children.marks(term 1))",
            "report 7Б term 1", "report 10А term 1", "forecast 7Б term 2", "check density in 7Б during term 1",
        ] {
            let fast = try tables(text, settled)
            let slow = try tables(text, unsettled)
            XCTAssertEqual(fast.count, slow.count, text)
            for (a, b) in zip(fast, slow) {
                if a.sql != b.sql { read += 1 }
                XCTAssertEqual(
                    try SampleSchool.rows(a.sql, arguments: a.arguments, in: store),
                    try SampleSchool.rows(b.sql, arguments: b.arguments, in: store), text)
            }
        }
        XCTAssertGreaterThan(read, 6, "the catalog's enrolment is read by most of them")
    }

    func testAClassCountsItsStudentsMarksWhereverTheyWereGiven() throws {
        let store = try Self.storeWithMovedStudents()
        let marksOf = """
            FROM student os JOIN mark m ON m.student_id = os.id JOIN lesson l ON l.id = m.lesson_id \
            WHERE os.class_id = k.id
            """
        let expected = try SampleSchool.rows(
            """
            SELECT k.name, (SELECT count(*) \(marksOf) AND l.date BETWEEN r1.start AND r1.stop),
                round((SELECT avg(m.value) \(marksOf) AND l.date BETWEEN r2.start AND r2.stop), 2),
                (SELECT count(*) FROM student os JOIN attendance a ON a.student_id = os.id
                    JOIN lesson l ON l.id = a.lesson_id WHERE os.class_id = k.id
                    AND a.code IN ('absent', 'sick', 'excused') AND l.date BETWEEN '2026-09-01' AND '2026-11-27')
            FROM class k JOIN \(Self.period(1)) r1 ON r1.scheme = k.scheme JOIN \(Self.period(2)) r2 ON r2.scheme = k.scheme
            ORDER BY k.grade, k.name
            """, in: store)
        XCTAssertEqual(
            try rows(
                """
                classes show name, count(marks(term 1)), avg(marks(term 2)),
                absences(from 2026-09-01 to 2026-11-27)
                """, in: store),
            expected)
        // By class: each student's part, pooled.
        let pooled = try SampleSchool.rows(
            """
            SELECT c.name, round(total((SELECT total(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                WHERE m.student_id = s.id AND l.date BETWEEN r1.start AND r1.stop))
                / NULLIF(total((SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                WHERE m.student_id = s.id AND l.date BETWEEN r1.start AND r1.stop)), 0), 2), count(*)
            FROM student s JOIN class c ON c.id = s.class_id JOIN \(Self.period(1)) r1 ON r1.scheme = c.scheme
            GROUP BY c.name ORDER BY c.grade, c.name
            """, in: store)
        XCTAssertEqual(try rows("students by class show class, avg(marks(term 1)), count()", in: store), pooled)
    }

    func testTeachersAndSubjectsCountTheScopeLessonsMarks() throws {
        let store = try Self.storeWithMovedStudents()
        let lessons = """
            FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id \
            JOIN \(Self.period(1)) r1 ON r1.scheme = lc.scheme \
            WHERE lc.name = '10А' AND l.date BETWEEN r1.start AND r1.stop
            """
        let teachers = try SampleSchool.rows(
            """
            SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, ''),
                (SELECT count(*) \(lessons) AND coalesce(l.substitute, l.teacher) = t.id)
            FROM staff t WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id
                AND r.role IN ('teacher', 'class_teacher'))
              AND t.id IN (SELECT tl.teacher FROM teaching_load tl JOIN class c ON c.id = tl.class_id WHERE c.name = '10А')
            ORDER BY t.last_name, t.first_name, t.middle_name, t.id
            """, in: store)
        XCTAssertEqual(try rows("teachers in 10А show name, count(marks(term 1))", in: store), teachers)
        let subjects = try SampleSchool.rows(
            """
            SELECT sub.name, (SELECT count(*) \(lessons) AND (l.subject = sub.code OR l.subject IN
                    (SELECT code FROM subject WHERE parent = sub.code))
                    AND m.student_id IN (SELECT s.id FROM student s JOIN class c ON c.id = s.class_id WHERE c.name = '10А')),
                (SELECT count(*) FROM student s JOIN class c ON c.id = s.class_id WHERE c.name = '10А'
                    AND s.class_id IN (SELECT tl.class_id FROM teaching_load tl WHERE tl.subject = sub.code
                    OR tl.subject IN (SELECT code FROM subject WHERE parent = sub.code)))
            FROM subject sub WHERE sub.code IN
                (SELECT tl.subject FROM teaching_load tl JOIN class c ON c.id = tl.class_id WHERE c.name = '10А')
            ORDER BY sub.rowid
            """, in: store)
        XCTAssertEqual(
            try rows("subjects in 10А show name, count(marks(term 1)), count(students)", in: store), subjects)
    }

    /// SQLite joins at most 64 tables: past the families it joins, the rest are looked up by key.
    func testMoreFamiliesThanSQLiteJoins() throws {
        let store = try SampleSchool.store()
        let days = (1...60).map { CivilDate("2026-11-27")!.adding(days: -$0).text }
        let all = try rows(
            "students in 7А show name, "
                + days.map { "count(marks(from \($0) to 2026-11-27))" }.joined(separator: ", "),
            in: store)
        XCTAssertEqual(all.count, 28)
        for (index, day) in days.enumerated() where index % 7 == 0 || index >= 47 {
            let one = try rows("students in 7А show name, count(marks(from \(day) to 2026-11-27))", in: store)
            XCTAssertEqual(all.map { [$0[0], $0[index + 1]] }, one, day)
        }
    }
}
