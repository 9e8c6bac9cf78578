import Foundation
import JournalStore
import TestSupport
import XCTest

/// A class teacher's day entered by a script, end to end on the real binary: the audit sees it.
final class SchoolDayTests: XCTestCase {
    private var db = ""
    private var folder: URL!

    override func setUpWithError() throws {
        (folder, db) = try Fixtures.sampleFolder()
    }

    /// Monday 2026-11-30 in 7А: history, geography (twice), PE, Russian.
    static let day = """
        -- school-day.ejs: the lessons of Monday 2026-11-30 in 7А, as the teachers fill them in
        create lessons in 7А from 2026-11-30 to 2026-11-30

        topic 7А hist 2026-11-30: "Смутное время"
        homework 7А hist 2026-11-30: "§14, вопросы 1–3"
        mark 7А hist 2026-11-30: Баранов 5, Беляев 4, "Борисова Василиса" 5 answer
        absent 7А hist 2026-11-30: Васильева sick

        topic 7А geo 2026-11-30 lesson 2: "Климат Евразии"
        homework 7А geo 2026-11-30 lesson 2: "§21"
        topic 7А geo 2026-11-30 lesson 4: "Практическая работа: климатограммы"
        homework 7А geo 2026-11-30 lesson 4: "закончить климатограммы"
        mark 7А geo 2026-11-30 lesson 4: Баранов 4 practical, Беляев 3 practical
        absent 7А geo 2026-11-30 lesson 4: Васильева sick

        topic 7А pe 2026-11-30: "Волейбол: подача"
        homework 7А pe 2026-11-30: "—"
        absent 7А pe 2026-11-30: Васильева sick, Борисова late

        topic 7А rus 2026-11-30: "Деепричастный оборот"
        homework 7А rus 2026-11-30: "упр. 215"
        mark 7А rus 2026-11-30: Баранов 4 dictation, Беляев 5 dictation, Борисова 4 dictation
        absent 7А rus 2026-11-30: Васильева sick
        """

    func testAScriptEntersAWholeDayAndTheAuditReportsItFilled() throws {
        let script = folder.appendingPathComponent("school-day.ejs").path
        try Self.day.write(toFile: script, atomically: true, encoding: .utf8)
        let audit = ["--db", db, "--today", "2026-11-30", "--format", "csv", "-c", "audit 7А during on 2026-11-30"]
        let before = try ejournal(audit)
        XCTAssertEqual(before.status, 0, before.stderr)
        XCTAssertFalse(before.stdout.contains(",100.0,100.0,"), "nothing is entered yet: \(before.stdout)")

        let run = try ejournal(["--db", db, "--today", "2026-11-30", script])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("created 5 lessons from the timetable"), run.stdout)
        XCTAssertTrue(run.stdout.contains("3 marks put in 7А Русский язык lesson 5 on 2026-11-30"), run.stdout)

        // Every lesson of the day has its topic and homework; every teacher of the day took part.
        let after = try ejournal(audit)
        XCTAssertEqual(after.status, 0, after.stderr)
        let row = try XCTUnwrap(after.stdout.split(separator: "\n").first { $0.hasPrefix("7А,") })
        let header = after.stdout.split(separator: "\n")[0].split(separator: ",").map(String.init)
        let cells = Dictionary(uniqueKeysWithValues: zip(header, row.split(separator: ",").map(String.init)))
        XCTAssertEqual(cells["topics_%"], "100.0", after.stdout)
        XCTAssertEqual(cells["homework_%"], "100.0", after.stdout)

        // The rows themselves: 8 marks and 5 absences of the day, entered at the time of entry (by
        // subject, every subject of 7А's load is listed, 0 for those with no marks that day).
        let counts = try ejournal([
            "--db", db, "--today", "2026-11-30", "--format", "csv", "-c",
            "marks in 7А during on 2026-11-30 by subject; absences in 7А during on 2026-11-30 by code",
        ])
        XCTAssertEqual(
            counts.stdout,
            """
            subject,count
            Алгебра,0
            Английский язык,0
            Биология,0
            География,2
            Геометрия,0
            Изобразительное искусство,0
            Информатика,0
            История,3
            Литература,0
            Русский язык,3
            Физика,0
            Физическая культура,0
            code,count
            sick,4

            """)
        let entered = try ejournal([
            "--db", db, "--today", "2026-11-30", "--format", "csv", "-c",
            "marks in 7А during on 2026-11-30 show entered_at limit 1",
        ])
        XCTAssertTrue(entered.stdout.contains("2026-11-30 "), entered.stdout)
    }

    func testAMistakeOnTheLastLineUndoesTheWholeDay() throws {
        let script = folder.appendingPathComponent("school-day.ejs").path
        try (Self.day + "\nmark 7А rus 2026-11-30: Баранов 6\n").write(
            toFile: script, atomically: true, encoding: .utf8)
        let before = try JournalStore(path: db).rowCounts()
        let run = try ejournal(["--db", db, "--today", "2026-11-30", script])
        XCTAssertEqual(run.status, 65)
        XCTAssertTrue(
            run.stderr.contains("school-day.ejs:24:33: error: expected a mark (1–5), found \"6\""), run.stderr)
        XCTAssertEqual(try JournalStore(path: db).rowCounts(), before, "a failed script writes nothing")
    }
}
