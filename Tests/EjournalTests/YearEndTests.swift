import Foundation
import GRDB
import JournalStore
import TestSupport
import XCTest

/// The whole year-end sequence of the saved scripts (R5, R6): check, close, back up, promote,
/// open — on a copy of the sample school given its year grades.
final class YearEndTests: XCTestCase {
    private var db = ""
    private var folder: URL!
    private let scripts = Fixtures.testsFolder.deletingLastPathComponent().appendingPathComponent("scripts/journal")

    override func setUpWithError() throws {
        (folder, db) = try Fixtures.sampleFolder()
    }

    /// Every grade the regulation asks for, as the teachers would have entered them by June:
    /// 4 everywhere, but a year 2 in algebra for Баранов (S0055) and н/а in history for S0029.
    private func giveYearGrades() throws {
        try JournalStore(path: db).write { db in
            try db.execute(
                sql: """
                    INSERT INTO period_grade (student_id, subject, year, period, value, entered_at, entered_by)
                    SELECT s.id, tl.subject, c.year, p.period,
                           CASE WHEN s.id = 'S0055' AND tl.subject = 'alg' AND p.period = 'year' THEN '2'
                                WHEN s.id = 'S0029' AND tl.subject = 'hist' AND p.period = 'year' THEN 'н/а'
                                ELSE '4' END,
                           '2027-05-28 15:00', tl.teacher
                    FROM class c JOIN student s ON s.class_id = c.id
                    JOIN teaching_load tl ON tl.class_id = c.id AND (tl.group_id IS NULL OR tl.group_id IN
                        (SELECT group_id FROM group_member WHERE student_id = s.id))
                    JOIN (SELECT year, scheme, CAST(number AS TEXT) AS period FROM study_period
                          UNION ALL SELECT DISTINCT year, scheme, 'year' FROM study_period) p
                        ON p.year = c.year AND p.scheme = c.scheme
                    WHERE NOT EXISTS (SELECT 1 FROM period_grade g WHERE g.student_id = s.id
                                      AND g.subject = tl.subject AND g.year = c.year AND g.period = p.period)
                    """)
        }
    }

    private func run(_ script: String, _ variables: [String]) throws -> CommandResult {
        try ejournal(
            ["--db", db, "--today", "2027-06-20"] + variables.flatMap { ["--set", $0] }
                + [scripts.appendingPathComponent(script).path])
    }

    private func csv(_ query: String) throws -> [String] {
        let result = try ejournal(["--db", db, "--today", "2027-06-20", "--format", "csv", "-c", query])
        XCTAssertEqual(result.status, 0, "\(query): \(result.stderr)")
        return result.stdout.split(separator: "\n").dropFirst().map(String.init)
    }

    private func row(_ sql: String) throws -> Row? {
        try DatabaseQueue(path: db).read { db in try Row.fetchOne(db, sql: sql) }
    }

    func testTheYearEndSequenceMovesEveryoneWhereTheOrderPutThem() throws {
        try giveYearGrades()
        let oldMarks = try csv("marks in 7А during year by class")
        let graduate = try XCTUnwrap(try csv("students in 10А show id limit 1").first)

        let check = try run("year-end-check.ejs", [])
        XCTAssertEqual(check.status, 0, check.stderr)
        let close = try run("year-end-close.ejs", ["year=2026/2027"])
        XCTAssertEqual(close.status, 0, close.stderr)
        XCTAssertEqual(close.stdout, "closed the school year 2026/2027\n", "closed without force: every grade is there")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        let backup = try run("year-end-backup.ejs", ["a=\(folder.path)/a.sqlite", "b=\(folder.path)/b/a.sqlite"])
        XCTAssertEqual(backup.status, 0, backup.stderr)

        let promote = try run(
            "year-end-promote.ejs",
            [
                "year=2026/2027", "order=45-у", "date=2027-06-20",
                "exceptions=retain S0033, leave S0050, graduate \(graduate)",
            ])
        XCTAssertEqual(promote.status, 0, promote.stderr)
        // The students with a final 2 or н/а are listed for the order, in the dry run and in the promotion.
        let debts = """
            students with a final 2 or н/а, for the order:
              S0029 Васильева Варвара (7А): История н/а — promoted conditionally
              S0055 Баранов Ярослав (7А): Алгебра 2 — promoted conditionally
            """
        XCTAssertTrue(
            promote.stdout.hasPrefix(
                "dry run of order 45-у of 2027-06-20 — nothing was changed; it would move:\n" + debts), promote.stdout)
        XCTAssertTrue(
            promote.stdout.contains("promoted by order 45-у of 2027-06-20 into 2027/2028:\n" + debts), promote.stdout)
        XCTAssertTrue(
            promote.stdout.contains("  7А: left 1; conditional 2 → 8А; promoted 24 → 8А; retained 1 → 7А\n"),
            promote.stdout)

        let periods = folder.appendingPathComponent("periods-2027.csv").path
        try """
        year,scheme,number,start,end
        2027/2028,quarter,1,2027-09-01,2027-10-25
        2027/2028,quarter,2,2027-11-05,2027-12-28
        2027/2028,quarter,3,2028-01-09,2028-03-20
        2027/2028,quarter,4,2028-03-30,2028-05-26
        2027/2028,half,1,2027-09-01,2027-12-28
        2027/2028,half,2,2028-01-09,2028-05-26
        """.write(toFile: periods, atomically: true, encoding: .utf8)
        let open = try run("year-end-open.ejs", ["year=2027/2028", "periods=\(periods)"])
        XCTAssertEqual(open.status, 0, open.stderr)
        XCTAssertTrue(open.stdout.hasPrefix("opened 2027/2028: 5 classes, 6 study periods, "), open.stdout)

        // The new year's classes hold the promoted students; the order's exceptions are where it put them.
        XCTAssertEqual(try csv("classes show name, students()"), ["6А,28", "7А,1", "8А,26", "8Б,25", "11А,25"])
        XCTAssertEqual(try csv("students in 7А show id"), ["S0033"])
        // The enrolments of both years: the 7А of each is a class of its own, a row of its own.
        XCTAssertEqual(
            try csv("enrolment where class = 7А by class show class, count()"), ["7А,28", "7А,1"])
        XCTAssertEqual(
            try csv("enrolment where class = 7А by class, year show class, year, count()"),
            ["7А,2026/2027,28", "7А,2027/2028,1"])
        XCTAssertTrue(try csv("students in 8А show id").contains("S0055"))
        let left = try XCTUnwrap(try row("SELECT class_id, left_reason, left_on FROM student WHERE id = 'S0050'"))
        XCTAssertNil(left["class_id"] as Int?)
        XCTAssertEqual(left["left_reason"] as String, "left")
        XCTAssertEqual(
            try row("SELECT left_reason FROM student WHERE id = '\(graduate)'")?["left_reason"] as String?, "graduated")
        XCTAssertEqual(
            try row("SELECT count(*) AS n FROM teaching_load WHERE draft = 1")?["n"] as Int? ?? 0 > 0, true,
            "the load is carried over as a draft")
        XCTAssertEqual(
            try row("SELECT number, date FROM promotion_order")?["number"] as String?, "45-у", "the order is recorded")
        let confirm = try ejournal(["--db", db, "-c", "confirm load in 8А, 8Б"])
        XCTAssertEqual(confirm.status, 0, confirm.stderr)
        XCTAssertTrue(confirm.stdout.hasPrefix("confirmed "), confirm.stdout)
        XCTAssertTrue(confirm.stdout.contains("lines of other classes are still a draft"), confirm.stdout)

        // The old year still answers queries, through its own classes and the students' history.
        XCTAssertEqual(try csv("marks in 7А during year 2026/2027 by class"), oldMarks)
        XCTAssertEqual(oldMarks.count, 1)
        XCTAssertEqual(
            try csv("grades in 7А during year 2026/2027 where value = 2 show student"), ["Баранов Ярослав Николаевич"])
        XCTAssertEqual(try csv("students in 7А during year 2026/2027 show id").count, 28)
        XCTAssertEqual(
            try csv("classes during year 2026/2027 show name, students()"), ["5А,28", "7А,28", "7Б,25", "10А,26"])
        // … and refuses every write.
        let queue = try DatabaseQueue(path: db)
        XCTAssertThrowsError(
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO mark (id, lesson_id, student_id, value, kind, entered_at, entered_by)
                        VALUES ('M9999999', 'L001206', 'S0055', 5, 'answer', '2027-06-21 10:00', 'T007')
                        """)
            }
        ) { error in XCTAssertTrue("\(error)".contains("the school year is closed"), "\(error)") }
        XCTAssertThrowsError(
            try queue.write { db in try db.execute(sql: "UPDATE lesson SET topic = 'x' WHERE id = 'L001206'") })
        XCTAssertEqual(try JournalStore(path: db).integrityProblems(), [])

        // Promoting the same year again is refused, naming the order.
        let again = try ejournal(["--db", db, "-c", "promote year 2026/2027 order \"46\" of 2027-06-21"])
        XCTAssertEqual(again.status, 65)
        XCTAssertTrue(again.stderr.contains("were promoted already, by order 45-у of 2027-06-20"), again.stderr)
    }

    func testADryRunOfTheScriptPrintsThePromotionAndWritesNothing() throws {
        XCTAssertEqual(try ejournal(["--db", db, "-c", "close year 2026/2027 force 'test'"]).status, 0)
        let before = try JournalStore(path: db).rowCounts()
        let rehearsal = try ejournal(
            [
                "--db", db, "--dry-run", "--set", "year=2026/2027", "--set", "order=45-у", "--set", "date=2027-06-20",
                "--set", "exceptions=", scripts.appendingPathComponent("year-end-promote.ejs").path,
            ])
        XCTAssertEqual(rehearsal.status, 0, rehearsal.stderr)
        XCTAssertTrue(
            rehearsal.stdout.contains("promoted by order 45-у of 2027-06-20 into 2027/2028:\n"), rehearsal.stdout)
        XCTAssertEqual(rehearsal.stderr, "dry run: nothing was written\n")
        XCTAssertEqual(try JournalStore(path: db).rowCounts(), before)
        XCTAssertEqual(try row("SELECT count(*) AS n FROM class WHERE year = '2027/2028'")?["n"] as Int?, 0)
    }

    func testPromotionIsRefusedBeforeTheYearIsClosedAndAWrongExceptionIsPointedAt() throws {
        let open = try ejournal(["--db", db, "-c", "promote year 2026/2027 order \"45\" of 2027-06-20"])
        XCTAssertEqual(open.status, 65)
        XCTAssertTrue(open.stderr.contains("the school year 2026/2027 is not closed"), open.stderr)
        XCTAssertTrue(open.stderr.contains("hint: close it first: close year 2026/2027"), open.stderr)
        let wrong = try ejournal(["--db", db, "-c", "promote year 2026/2027 order \"45\" of 2027-06-20: retian S0033"])
        XCTAssertEqual(wrong.status, 65)
        XCTAssertTrue(
            wrong.stderr.contains("1:50: error: expected retain, leave or graduate, found \"retian\""), wrong.stderr)
    }

    /// SIGKILL in the middle of `promote`: the store is found wholly before or wholly after it.
    func testKillingTheProcessDuringPromotionLeavesTheStoreBeforeOrAfter() throws {
        let big = folder.appendingPathComponent("big.sqlite").path
        XCTAssertEqual(try ejournal(["demo", "--db", big, "--classes", "12", "--until", "2027-05-26"]).status, 0)
        XCTAssertEqual(try ejournal(["--db", big, "-c", "close year 2026/2027 force 'test'"]).status, 0)
        let pristine = folder.appendingPathComponent("pristine.sqlite").path
        try FileManager.default.copyItem(atPath: big, toPath: pristine)
        let students = try DatabaseQueue(path: big).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM student WHERE class_id IS NOT NULL") ?? 0
        }
        var outcomes: Set<String> = []
        for delay in [0.005, 0.02, 0.05, 0.1, 0.2, 0.4] {
            try? FileManager.default.removeItem(atPath: big)
            try FileManager.default.copyItem(atPath: pristine, toPath: big)
            try ejournalKilled(["--db", big, "-c", "promote year 2026/2027 order '1' of 2027-06-20"], after: delay)
            let store = try JournalStore(path: big)
            XCTAssertEqual(try store.integrityProblems(), [], "after \(delay) s")
            let state = try store.read { db in
                (
                    orders: try Int.fetchOne(db, sql: "SELECT count(*) FROM promotion_order") ?? -1,
                    moved: try Int.fetchOne(db, sql: "SELECT count(*) FROM promotion") ?? -1,
                    newClasses: try Int.fetchOne(db, sql: "SELECT count(*) FROM class WHERE year = '2027/2028'") ?? -1,
                    open: try Int.fetchOne(db, sql: "SELECT count(*) FROM enrolment WHERE until IS NULL") ?? -1,
                    gone: try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM promotion WHERE outcome IN ('graduated', 'left')") ?? -1
                )
            }
            if state.orders == 0 {
                XCTAssertEqual(state.moved, 0, "before, after \(delay) s")
                XCTAssertEqual(state.newClasses, 0, "before, after \(delay) s")
                outcomes.insert("before")
            } else {
                XCTAssertEqual(state.orders, 1)
                XCTAssertEqual(state.moved, students, "after: every student moved, after \(delay) s")
                XCTAssertGreaterThan(state.newClasses, 0)
                outcomes.insert("after")
            }
            XCTAssertEqual(state.open, students - state.gone, "one open enrolment each but graduates, after \(delay) s")
        }
        XCTAssertFalse(outcomes.isEmpty)
    }
}
