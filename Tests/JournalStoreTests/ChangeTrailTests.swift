import Foundation
import GRDB
import JournalStore
import TestSupport
import XCTest

/// The change trail (migration `v6-change-trail`): every write recorded, hash-chained, append-only.
final class ChangeTrailTests: XCTestCase {
    private var store: JournalStore!
    private let teacher = Authorizer(
        actor: Actor(kind: .staff, id: "T007", roles: ["teacher"], name: "teacher T007"), scope: ActorScope())

    override func setUpWithError() throws {
        store = try Fixtures.sampleStore()
    }

    private func entries() throws -> [Row] {
        try store.read { db in try Row.fetchAll(db, sql: "SELECT * FROM change ORDER BY id") }
    }

    func testTheImportIsOneEntryHoldingEveryMarkCorrectionAndGrade() throws {
        let all = try entries()
        XCTAssertEqual(all.count, 2)
        XCTAssertEqual(all[0]["rows"] as Int, 0)
        XCTAssertEqual(all[1]["user"] as String, "administrator")
        XCTAssertTrue((all[1]["statement"] as String).hasPrefix("import "))
        let counts = try store.rowCounts()
        XCTAssertEqual(all[1]["rows"] as Int, counts["mark"]! + counts["mark_correction"]! + counts["period_grade"]!)
        XCTAssertEqual(all[1]["prev_hash"] as String, all[0]["hash"] as String)
        XCTAssertEqual(try store.trailProblems(), [])
    }

    func testAWriteIsAnEntryWithItsStatementUserAndRows() throws {
        let classID = try XCTUnwrap(
            try store.read { db in try Int.fetchOne(db, sql: "SELECT id FROM class WHERE name = '7А'") })
        let lesson = JournalWrite.LessonRef(
            classID: classID, className: "7А", groupID: nil, subjects: ["alg"], date: "2026-11-27", number: nil,
            place: .init(0, 1))
        _ = try store.apply(
            .marks(lesson, [.init(student: "S0055", value: 4, kind: "answer", place: .init(0, 1))]), by: teacher,
            now: "2026-11-27 12:00", statement: "mark 7А alg 2026-11-27: Баранов 4\n")
        let last = try XCTUnwrap(try entries().last)
        XCTAssertEqual(last["user"] as String, "T007")
        XCTAssertEqual(last["at"] as String, "2026-11-27 12:00")
        XCTAssertEqual(last["statement"] as String, "mark 7А alg 2026-11-27: Баранов 4")
        XCTAssertEqual(last["rows"] as Int, 1)
        let row = try XCTUnwrap(
            try store.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM change_row WHERE change_id = ?", arguments: [last["id"]])
            })
        XCTAssertEqual(row["table_name"] as String, "mark")
        XCTAssertTrue((row["data"] as String).contains("\"value\":4"), row["data"] as String)
        XCTAssertEqual(try store.trailProblems(), [])
    }

    func testTheTrailIsAppendOnlyForEveryProgram() throws {
        let before = try entries()
        for sql in [
            "UPDATE change SET user = 'T001' WHERE id = 2", "DELETE FROM change", "DELETE FROM change_row",
            "UPDATE change_row SET data = '{}' WHERE id = 1",
            "INSERT INTO change (at, user, statement, rows, rows_hash, prev_hash, hash) VALUES ('2026-11-27 10:00', "
                + "'T001', 'forged', 0, '', '\(String(repeating: "0", count: 64))', 'x')",
        ] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [store.path, sql]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertNotEqual(process.terminationStatus, 0, sql)
            XCTAssertTrue(message.contains("the change trail is append-only") || message.contains("chain"), message)
        }
        XCTAssertEqual(try entries(), before)
    }
}
