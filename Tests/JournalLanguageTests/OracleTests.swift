import Foundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// Each required example of the spec against an independent answer: SQL written by
/// hand here, from the spec's words, not generated. The rows must be equal.
///
/// The sample school's periods: quarter 1 is 2026-09-01…2026-10-25, quarter 2 is
/// 2026-11-05…2026-12-28, half 1 is 2026-09-01…2026-12-28; today is 2026-11-27.
final class OracleTests: XCTestCase {
    private static let name = "s.last_name || ' ' || s.first_name || ' ' || s.middle_name"

    private func assertSameRows(
        _ query: String, _ handWritten: String, ordered: Bool = false, file: StaticString = #filePath,
        line: UInt = #line
    ) throws {
        let store = try SampleSchool.store()
        let compiled = try Compiler.compile(query, catalog: try store.catalog(), today: CivilDate(SampleSchool.today)!)
        guard case .query(let sql) = compiled.first else { return XCTFail("not a query", file: file, line: line) }
        let ours = try SampleSchool.rows(sql.sql, arguments: sql.arguments, in: store)
        let theirs = try SampleSchool.rows(handWritten, in: store)
        XCTAssertFalse(
            theirs.isEmpty, "the hand-written query found nothing: the check would be empty", file: file, line: line)
        if ordered {
            XCTAssertEqual(ours, theirs, query, file: file, line: line)
        } else {
            XCTAssertEqual(
                ours.map { $0.joined(separator: "|") }.sorted(), theirs.map { $0.joined(separator: "|") }.sorted(),
                query, file: file, line: line)
        }
    }

    func testQ1() throws {
        try assertSameRows(
            "students in 7A where marks(math, term 2) < 3",
            """
            SELECT s.id, \(Self.name), c.name FROM student s JOIN class c ON c.id = s.class_id
            WHERE c.name = '7А' AND (SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                WHERE m.student_id = s.id AND l.subject IN ('math', 'alg', 'geom')
                AND l.date BETWEEN '2026-11-05' AND '2026-11-27') < 3
            """)
    }

    func testQ2() throws {
        try assertSameRows(
            "students in 7А where count(marks(alg, term 1)) < 3",
            """
            SELECT s.id, \(Self.name), c.name FROM student s JOIN class c ON c.id = s.class_id
            WHERE c.name = '7А' AND (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                WHERE m.student_id = s.id AND l.subject = 'alg' AND l.date BETWEEN '2026-09-01' AND '2026-10-25') < 3
            """)
    }

    func testQ3() throws {
        try assertSameRows(
            "students in 7 where marks(term 1) >= 4.5 show name, class, marks(term 1)",
            """
            SELECT \(Self.name), c.name, round(x.average, 2) FROM student s JOIN class c ON c.id = s.class_id
            JOIN (SELECT m.student_id AS id, avg(m.value) AS average FROM mark m JOIN lesson l ON l.id = m.lesson_id
                  WHERE l.date BETWEEN '2026-09-01' AND '2026-10-25' GROUP BY m.student_id) x ON x.id = s.id
            WHERE c.grade = 7 AND x.average >= 4.5
            """)
    }

    func testQ4() throws {
        try assertSameRows(
            "students where absences(term 1) > 10 order by absences(term 1) desc limit 5",
            """
            SELECT s.id, \(Self.name), c.name FROM student s JOIN class c ON c.id = s.class_id
            JOIN (SELECT a.student_id AS id, count(*) AS n FROM attendance a JOIN lesson l ON l.id = a.lesson_id
                  JOIN class lc ON lc.id = l.class_id
                  WHERE a.code <> 'late' AND l.date BETWEEN '2026-09-01'
                        AND CASE lc.scheme WHEN 'quarter' THEN '2026-10-25' ELSE '2026-11-27' END
                  GROUP BY a.student_id) x ON x.id = s.id
            WHERE x.n > 10 ORDER BY x.n DESC, c.grade, c.name, s.last_name, s.first_name LIMIT 5
            """, ordered: true)
    }

    func testQ5() throws {
        try assertSameRows(
            "students where risk show name, class, list(marks(today)), absences(today)",
            """
            SELECT \(Self.name), c.name,
                (SELECT group_concat(value, ' ') FROM (SELECT m.value FROM mark m JOIN lesson l ON l.id = m.lesson_id
                    WHERE m.student_id = s.id AND l.date = '2026-11-27' ORDER BY l.number)),
                (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id
                    WHERE a.student_id = s.id AND l.date = '2026-11-27' AND a.code IN ('absent', 'sick', 'excused'))
            FROM student s JOIN class c ON c.id = s.class_id WHERE s.risk_group IS NOT NULL
            """)
    }

    func testQ6() throws {
        try assertSameRows(
            "parents in 7Б where visits(last 14 days) = 0 show name, phone, email",
            """
            SELECT p.last_name || ' ' || p.first_name || ' ' || p.middle_name, p.phone, p.email FROM parent p
            WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc JOIN student s ON s.id = pc.student_id
                           JOIN class c ON c.id = s.class_id WHERE c.name = '7Б')
              AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.user_id = p.id
                              AND date(v.at) BETWEEN '2026-11-14' AND '2026-11-27')
            """)
    }

    func testQ7() throws {
        try assertSameRows(
            "lessons in 7А during term 1 where homework is empty show date, subject, teacher",
            """
            SELECT l.date, sub.name, t.last_name || ' ' || t.first_name || ' ' || t.middle_name
            FROM lesson l JOIN class c ON c.id = l.class_id JOIN subject sub ON sub.code = l.subject
            JOIN staff t ON t.id = l.teacher
            WHERE c.name = '7А' AND l.date BETWEEN '2026-09-01' AND '2026-10-25'
              AND (l.homework IS NULL OR l.homework = '')
            """)
    }

    func testQ8() throws {
        try assertSameRows(
            "marks during term 1 where kind = control and delay > 3 show student, class, subject, date, entered_at",
            """
            SELECT \(Self.name), c.name, sub.name, l.date, m.entered_at
            FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id
            JOIN student s ON s.id = m.student_id JOIN subject sub ON sub.code = l.subject
            WHERE m.kind = 'control'
              AND l.date BETWEEN '2026-09-01' AND CASE c.scheme WHEN 'quarter' THEN '2026-10-25' ELSE '2026-11-27' END
              AND julianday(date(m.entered_at)) - julianday(l.date) > 3
            """)
    }

    func testQ9() throws {
        // R21: written works 3 days; essays, expositions, control works in mathematics in 10–11 and
        // any written work in a foreign language 7 days; everything else the same day.
        try assertSameRows(
            "marks during term 1 where late show id",
            """
            SELECT m.id FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id
            WHERE l.date BETWEEN '2026-09-01' AND CASE c.scheme WHEN 'quarter' THEN '2026-10-25' ELSE '2026-11-27' END
              AND julianday(date(m.entered_at)) - julianday(l.date) > CASE
                  WHEN m.kind IN ('essay', 'exposition') THEN 7
                  WHEN l.subject = 'eng' AND m.kind IN ('control', 'test', 'dictation', 'independent') THEN 7
                  WHEN m.kind = 'control' AND c.grade >= 10 AND l.subject IN ('math', 'alg', 'geom') THEN 7
                  WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN 3
                  ELSE 0 END
            """)
    }

    func testQ10() throws {
        try assertSameRows(
            "classes show name, count(students), avg(marks(term 1)), quality(term 1), pass_rate(term 1), sou(term 1)",
            """
            WITH lowest AS (
                SELECT s.class_id, g.student_id,
                       min(CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END) AS low
                FROM period_grade g JOIN student s ON s.id = g.student_id
                WHERE g.period = '1' AND g.value IN ('2', '3', '4', '5', 'н/а') GROUP BY g.student_id),
            weights AS (
                SELECT s.class_id, avg(CASE g.value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36
                                       WHEN '2' THEN 16 ELSE 7 END) AS sou
                FROM period_grade g JOIN student s ON s.id = g.student_id
                WHERE g.period = '1' AND g.value IN ('2', '3', '4', '5', 'н/а') GROUP BY s.class_id)
            SELECT c.name,
                (SELECT count(*) FROM student s WHERE s.class_id = c.id),
                round((SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                       JOIN student s ON s.id = m.student_id WHERE s.class_id = c.id
                       AND l.date BETWEEN '2026-09-01'
                           AND CASE c.scheme WHEN 'quarter' THEN '2026-10-25' ELSE '2026-11-27' END), 2),
                round((SELECT 100.0 * sum(low >= 4) / count(*) FROM lowest WHERE lowest.class_id = c.id), 1),
                round((SELECT 100.0 * sum(low >= 3) / count(*) FROM lowest WHERE lowest.class_id = c.id), 1),
                round((SELECT sou FROM weights WHERE weights.class_id = c.id), 1)
            FROM class c
            """)
    }

    func testQ11() throws {
        try assertSameRows(
            "subjects in 7Б show name, count(marks(term 1)), avg(marks(term 1))",
            """
            SELECT sub.name,
                (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN student s ON s.id = m.student_id
                 JOIN class c ON c.id = s.class_id LEFT JOIN subject ls ON ls.code = l.subject
                 WHERE c.name = '7Б' AND (l.subject = sub.code OR ls.parent = sub.code)
                 AND l.date BETWEEN '2026-09-01' AND '2026-10-25'),
                round((SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                 JOIN student s ON s.id = m.student_id JOIN class c ON c.id = s.class_id
                 LEFT JOIN subject ls ON ls.code = l.subject
                 WHERE c.name = '7Б' AND (l.subject = sub.code OR ls.parent = sub.code)
                 AND l.date BETWEEN '2026-09-01' AND '2026-10-25'), 2)
            FROM subject sub
            WHERE sub.code IN (SELECT tl.subject FROM teaching_load tl JOIN class c ON c.id = tl.class_id WHERE c.name = '7Б')
            """)
    }

    func testQ12() throws {
        try assertSameRows(
            "students in 7Б where grade(alg, term 1) = 2 or grade(geom, term 1) = 2",
            """
            SELECT s.id, \(Self.name), c.name FROM student s JOIN class c ON c.id = s.class_id
            WHERE c.name = '7Б' AND EXISTS (SELECT 1 FROM period_grade g WHERE g.student_id = s.id
                AND g.subject IN ('alg', 'geom') AND g.period = '1' AND g.value = '2')
            """)
    }

    func testQ13() throws {
        try assertSameRows(
            "lessons during last 2 weeks where substitute is not empty show date, class, subject, teacher, substitute",
            """
            SELECT l.date, c.name, sub.name, t.last_name || ' ' || t.first_name || ' ' || t.middle_name,
                   u.last_name || ' ' || u.first_name || ' ' || u.middle_name
            FROM lesson l JOIN class c ON c.id = l.class_id JOIN subject sub ON sub.code = l.subject
            JOIN staff t ON t.id = l.teacher JOIN staff u ON u.id = l.substitute
            WHERE l.date BETWEEN '2026-11-14' AND '2026-11-27'
            """)
    }

    func testQ14() throws {
        try assertSameRows(
            "teachers show name, count(lessons(term 1)), topics(term 1), homework(term 1)",
            """
            WITH taught AS (
                SELECT coalesce(l.substitute, l.teacher) AS who, l.topic, l.homework
                FROM lesson l JOIN class c ON c.id = l.class_id
                WHERE l.date BETWEEN '2026-09-01'
                      AND CASE c.scheme WHEN 'quarter' THEN '2026-10-25' ELSE '2026-11-27' END)
            SELECT t.last_name || ' ' || t.first_name || ' ' || t.middle_name,
                (SELECT count(*) FROM taught WHERE who = t.id),
                round((SELECT 100.0 * sum(coalesce(topic, '') <> '') / count(*) FROM taught WHERE who = t.id), 1),
                round((SELECT 100.0 * sum(coalesce(homework, '') <> '') / count(*) FROM taught WHERE who = t.id), 1)
            FROM staff t
            WHERE t.id IN (SELECT staff_id FROM staff_role WHERE role IN ('teacher', 'class_teacher'))
            """)
    }

    func testQ15() throws {
        try assertSameRows(
            "corrections show mark, student, subject, old_value, new_value, approved_by, at",
            """
            SELECT x.mark_id, \(Self.name), sub.name, x.old_value, x.new_value,
                   d.last_name || ' ' || d.first_name || ' ' || d.middle_name, x.at
            FROM mark_correction x JOIN mark m ON m.id = x.mark_id JOIN lesson l ON l.id = m.lesson_id
            JOIN student s ON s.id = m.student_id JOIN subject sub ON sub.code = l.subject
            LEFT JOIN staff d ON d.id = x.approved_by
            """)
    }

    func testQ16() throws {
        try assertSameRows(
            "students in 5А where count(marks(eng, term 2)) = 0",
            """
            SELECT s.id, \(Self.name), c.name FROM student s JOIN class c ON c.id = s.class_id
            WHERE c.name = '5А' AND NOT EXISTS (SELECT 1 FROM mark m JOIN lesson l ON l.id = m.lesson_id
                WHERE m.student_id = s.id AND l.subject = 'eng' AND l.date BETWEEN '2026-11-05' AND '2026-11-27')
            """)
    }

    func testQ17() throws {
        try assertSameRows(
            "visits during last week by role",
            """
            SELECT CASE WHEN v.user_id IN (SELECT id FROM student) THEN 'student'
                        WHEN v.user_id IN (SELECT id FROM parent) THEN 'parent' ELSE 'staff' END AS role, count(*)
            FROM visit v WHERE date(v.at) BETWEEN '2026-11-16' AND '2026-11-22' GROUP BY role
            """)
    }

    func testQ18() throws {
        try assertSameRows(
            "students in 10А where count(marks(alg, term 1)) < 8 show name, count(marks(alg, term 1))",
            """
            SELECT \(Self.name), (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                WHERE m.student_id = s.id AND l.subject = 'alg' AND l.date BETWEEN '2026-09-01' AND '2026-12-28') AS n
            FROM student s JOIN class c ON c.id = s.class_id WHERE c.name = '10А' AND n < 8
            """)
    }
}
