import Foundation
import GRDB
import JournalFoundation
import JournalStore
import TestSupport
import XCTest

@testable import JournalLanguage

/// A question answered from the summaries the store keeps gives the rows it gives from the raw
/// rows: every golden query, compiled both ways, on a copy of the sample school whose lessons were
/// moved across the edges of weeks, months, classes and subjects, given substitutes, other teachers
/// and no topic, whose marks were corrected, and whose period grades were changed (some to н/а or
/// осв) and removed.
final class SummaryQueryTests: XCTestCase {
    func testEveryGoldenQueryGivesTheSameRowsFromTheSummariesAsFromTheRawRows() throws {
        let store = try Fixtures.sampleStore()
        try store.write { db in
            try db.execute(
                sql: """
                    UPDATE lesson SET date = '2026-10-01' WHERE rowid % 5 = 0 AND date BETWEEN '2026-09-20' AND '2026-09-30';
                    UPDATE lesson SET date = '2026-09-30' WHERE rowid % 5 = 1 AND date BETWEEN '2026-10-01' AND '2026-10-10';
                    UPDATE lesson SET date = '2026-10-31' WHERE rowid % 7 = 2 AND date BETWEEN '2026-10-20' AND '2026-10-30';
                    UPDATE lesson SET date = '2026-09-06' WHERE rowid % 9 = 5 AND date BETWEEN '2026-09-07' AND '2026-09-13';
                    UPDATE lesson SET date = '2026-09-07' WHERE rowid % 9 = 6 AND date BETWEEN '2026-09-01' AND '2026-09-05';
                    UPDATE lesson SET class_id = (SELECT max(id) FROM class) WHERE rowid % 11 = 3;
                    UPDATE lesson SET subject = (SELECT min(code) FROM subject) WHERE rowid % 13 = 4;
                    INSERT INTO mark_correction (mark_id, old_value, new_value, requested_by, approved_by, at, status,
                        decided_at)
                    SELECT m.id, m.value, m.value % 5 + 1, r.staff_id, r.staff_id, '2026-11-27 12:00', 'approved',
                        '2026-11-27 12:00'
                    FROM mark m, staff_role r WHERE r.role = 'director' AND m.rowid % 17 = 0;
                    DELETE FROM attendance WHERE rowid % 19 = 0;
                    UPDATE lesson SET substitute = (SELECT min(staff_id) FROM staff_role WHERE role = 'teacher')
                        WHERE rowid % 23 = 1;
                    UPDATE lesson SET topic = NULL, homework = '' WHERE rowid % 29 = 2;
                    UPDATE lesson SET teacher = (SELECT max(staff_id) FROM staff_role WHERE role = 'teacher')
                        WHERE rowid % 31 = 3;
                    UPDATE period_grade SET value = 'н/а' WHERE rowid % 7 = 1;
                    UPDATE period_grade SET value = 'осв' WHERE rowid % 11 = 2;
                    DELETE FROM period_grade WHERE rowid % 13 = 3;
                    """)
        }
        let catalog = try store.catalog()
        var compared = 0
        var summarized = 0
        var tables: [String: Int] = [:]
        var gradesSummarized = 0
        for (name, query) in try GoldenTests.cases("queries") {
            let compile = {
                try Compiler.compile(query, catalog: catalog, today: CivilDate(SampleSchool.today)!)
                    .compactMap { statement -> SQLQuery? in
                        if case .query(let compiled) = statement { return compiled }
                        return nil
                    }
            }
            // Wherever the summaries can serve, not only where they are faster (one class's marks).
            let fromSummaries = try SQLGenerator.$summaryChoice.withValue(.wherePossible) { try compile() }
            let fromRawRows = try SQLGenerator.$summaryChoice.withValue(.never) { try compile() }
            for (summaries, raw) in zip(fromSummaries, fromRawRows) {
                XCTAssertNotEqual(raw.summaryUse, .summaries, name)
                XCTAssertNotEqual(raw.gradeUse, .summary, name)
                // Period grades: from `grade_summary` (a quality, pass rate or СОУ of every subject).
                if [.summary, .both].contains(summaries.gradeUse) {
                    XCTAssertTrue(summaries.sql.contains("grade_summary"), name)
                    gradesSummarized += 1
                }
                guard
                    [.summaries, .both, .days].contains(summaries.summaryUse)
                        || [.summary, .both].contains(summaries.gradeUse)
                else { continue }
                summarized += 1
                for table in ["lesson_week", "lesson_teacher_week", "mark_teacher_week", "mark_day"]
                where summaries.sql.contains(table) {
                    tables[table, default: 0] += 1
                }
                XCTAssertEqual(
                    try SampleSchool.rows(summaries.sql, arguments: summaries.arguments, in: store),
                    try SampleSchool.rows(raw.sql, arguments: raw.arguments, in: store), name)
                compared += 1
            }
        }
        XCTAssertGreaterThanOrEqual(summarized, 20)
        // A teacher's or a subject's lessons, and marks by teacher (`lsum01`…`lsum03`, `q14`, `own64`).
        XCTAssertGreaterThanOrEqual(tables["lesson_week"] ?? 0, 2, "\(tables)")
        XCTAssertGreaterThanOrEqual(tables["mark_teacher_week"] ?? 0, 2, "\(tables)")
        XCTAssertGreaterThanOrEqual(tables["lesson_teacher_week"] ?? 0, 2, "\(tables)")
        // Marks of the school or of some classes by weekday, date, week or month (`mday01`…`mday06`).
        XCTAssertGreaterThanOrEqual(tables["mark_day"] ?? 0, 6, "\(tables)")
        // A class's or the school's quality, pass rate and СОУ (`q10`, `own…`).
        XCTAssertGreaterThanOrEqual(gradesSummarized, 3)
        XCTAssertEqual(compared, summarized)
    }
}
