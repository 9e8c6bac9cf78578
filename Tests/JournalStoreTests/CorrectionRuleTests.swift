import Foundation
import GRDB
import JournalStore
import TestSupport
import XCTest

/// The correction rule (R18), kept by the store whatever writes to it.
final class CorrectionRuleTests: XCTestCase {
    private var store: JournalStore!
    private let teacher = Authorizer(
        actor: Actor(kind: .staff, id: "T007", roles: ["teacher"], name: "teacher T007"), scope: ActorScope())
    private let director = Authorizer(
        actor: Actor(kind: .staff, id: "T001", roles: ["director"], name: "director T001"), scope: ActorScope())
    private var lesson: JournalWrite.LessonRef!

    override func setUpWithError() throws {
        store = try Fixtures.sampleStore()
        let classID = try XCTUnwrap(
            try store.read { db in try Int.fetchOne(db, sql: "SELECT id FROM class WHERE name = '7А'") })
        // 7А's algebra on 2026-11-27 is T007's lesson 3.
        lesson = .init(
            classID: classID, className: "7А", groupID: nil, subjects: ["alg"], date: "2026-11-27", number: nil,
            place: .init(0, 1))
    }

    /// Puts one mark (by T007, at `now`) and returns its id.
    private func putMark(_ value: Int, now: String = "2026-11-27 12:00") throws -> String {
        _ = try store.apply(
            .marks(lesson, [.init(student: "S0055", value: value, kind: "answer", place: .init(0, 1))]), by: teacher,
            now: now)
        return try XCTUnwrap(
            try store.read { db in
                try String.fetchOne(
                    db, sql: "SELECT id FROM mark WHERE student_id = 'S0055' AND entered_at = ? ORDER BY id DESC",
                    arguments: [now])
            })
    }

    private func value(_ mark: String) throws -> Int? {
        try store.read { db in try Int.fetchOne(db, sql: "SELECT value FROM mark WHERE id = ?", arguments: [mark]) }
    }

    private func correction(_ mark: String) throws -> Row? {
        try store.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM mark_correction WHERE mark_id = ? ORDER BY id DESC", arguments: [mark])
        }
    }

    func testAPlainSQLUpdateOfAMarksValueOnTheFileIsRefused() throws {
        let mark = try putMark(4)
        // Another program opens the store file and edits the mark directly.
        let queue = try DatabaseQueue(path: store.path)
        XCTAssertThrowsError(
            try queue.write { db in try db.execute(sql: "UPDATE mark SET value = 5 WHERE id = ?", arguments: [mark]) }
        ) {
            error in
            XCTAssertTrue("\(error)".contains("never edited in place (R18)"), "\(error)")
        }
        XCTAssertThrowsError(
            try queue.write { db in try db.execute(sql: "DELETE FROM mark WHERE id = ?", arguments: [mark]) })
        XCTAssertThrowsError(
            try queue.write { db in
                try db.execute(sql: "UPDATE mark SET student_id = 'S0033' WHERE id = ?", arguments: [mark])
            })
        XCTAssertThrowsError(
            try queue.write { db in try db.execute(sql: "UPDATE mark SET value = value + 1") })
        XCTAssertEqual(try value(mark), 4)
        // The sqlite3 shell is refused the same way.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") {
            let result = try runTool(
                "/usr/bin/sqlite3", [store.path, "UPDATE mark SET value = 5 WHERE id = '\(mark)'"])
            XCTAssertNotEqual(result.status, 0)
            XCTAssertTrue(result.stderr.contains("R18"), result.stderr)
            XCTAssertEqual(try value(mark), 4)
        }
    }

    func testATeacherCorrectsTheirOwnMarkAloneOnlyOnTheDayItWasEntered() throws {
        let mark = try putMark(4)
        let outcome = try store.apply(
            .correct(mark: mark, .init(0, 1), to: 5, reason: "описка"), by: teacher, now: "2026-11-27 12:05")
        XCTAssertTrue(outcome.summary.description.contains("corrected"), outcome.summary.description)
        XCTAssertEqual(try value(mark), 5)
        let row = try XCTUnwrap(try correction(mark))
        XCTAssertEqual(row["status"] as String, "own")
        XCTAssertEqual(row["old_value"] as Int, 4)
        XCTAssertEqual(row["new_value"] as Int, 5)
        XCTAssertEqual(row["requested_by"] as String, "T007")
        XCTAssertEqual(row["reason"] as String, "описка")
        // Forging an "own" correction of another teacher's mark, or a day later, is refused by the store.
        let queue = try DatabaseQueue(path: store.path)
        XCTAssertThrowsError(
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO mark_correction (mark_id, old_value, new_value, requested_by, at, status)
                        VALUES (?, 5, 3, 'T007', '2026-11-28 09:00', 'own')
                        """, arguments: [mark])
            })
    }

    func testADayLaterACorrectionIsARequestThatOnlyTheDirectorDecides() throws {
        let mark = try putMark(3)
        let outcome = try store.apply(
            .correct(mark: mark, .init(0, 1), to: 4, reason: "пересдача"), by: teacher, now: "2026-11-28 09:00")
        XCTAssertTrue(outcome.summary.description.contains("asked for"), outcome.summary.description)
        XCTAssertEqual(try value(mark), 3, "a request changes nothing")
        let request = try XCTUnwrap(try correction(mark))
        let id: Int = request["id"]
        XCTAssertEqual(request["status"] as String, "requested")
        // The teacher cannot approve it, through the shell or around it.
        XCTAssertThrowsError(
            try store.apply(
                .decide(correction: id, .init(0, 1), approve: true, reason: nil), by: teacher, now: "2026-11-28 09:01")
        ) {
            error in
            XCTAssertEqual((error as? WriteRefusal)?.message.description, "teacher T007 may not decide a correction")
        }
        let queue = try DatabaseQueue(path: store.path)
        XCTAssertThrowsError(
            try queue.write { db in
                try db.execute(
                    sql:
                        "UPDATE mark_correction SET status = 'approved', approved_by = 'T007', decided_at = '2026-11-28 09:02' WHERE id = ?",
                    arguments: [id])
            })
        XCTAssertEqual(try value(mark), 3)
        // The director approves it: now the mark changes, and the record says who and when.
        _ = try store.apply(
            .decide(correction: id, .init(0, 1), approve: true, reason: nil), by: director, now: "2026-11-29 10:00")
        XCTAssertEqual(try value(mark), 4)
        let decided = try XCTUnwrap(try correction(mark))
        XCTAssertEqual(decided["status"] as String, "approved")
        XCTAssertEqual(decided["approved_by"] as String, "T001")
        XCTAssertEqual(decided["decided_at"] as String, "2026-11-29 10:00")
        // Deciding again is refused; a kept correction is never edited or deleted.
        XCTAssertThrowsError(
            try store.apply(
                .decide(correction: id, .init(0, 1), approve: false, reason: nil), by: director, now: "2026-11-29 10:01"
            ))
        XCTAssertThrowsError(
            try queue.write { db in
                try db.execute(sql: "UPDATE mark_correction SET new_value = 5 WHERE id = ?", arguments: [id])
            })
        XCTAssertThrowsError(
            try queue.write { db in try db.execute(sql: "DELETE FROM mark_correction WHERE id = ?", arguments: [id]) })
        XCTAssertEqual(try value(mark), 4)
    }

    func testARejectedRequestLeavesTheMarkAndAStaleOneCannotBeApproved() throws {
        let mark = try putMark(2)
        _ = try store.apply(.correct(mark: mark, .init(0, 1), to: 3, reason: nil), by: teacher, now: "2026-11-28 09:00")
        _ = try store.apply(.correct(mark: mark, .init(0, 1), to: 4, reason: nil), by: teacher, now: "2026-11-28 09:05")
        let ids = try store.read { db in
            try Int.fetchAll(db, sql: "SELECT id FROM mark_correction WHERE mark_id = ? ORDER BY id", arguments: [mark])
        }
        XCTAssertEqual(ids.count, 2)
        _ = try store.apply(
            .decide(correction: ids[0], .init(0, 1), approve: false, reason: "нет оснований"), by: director,
            now: "2026-11-29 10:00")
        XCTAssertEqual(try value(mark), 2)
        _ = try store.apply(
            .decide(correction: ids[1], .init(0, 1), approve: true, reason: nil), by: director, now: "2026-11-29 10:01")
        XCTAssertEqual(try value(mark), 4)
        // A third request made from 4, then a direct correction by the director from 4 to 5:
        // the request no longer starts from the mark's value and cannot be approved.
        _ = try store.apply(.correct(mark: mark, .init(0, 1), to: 3, reason: nil), by: teacher, now: "2026-11-29 11:00")
        let stale = try XCTUnwrap(try correction(mark))["id"] as Int
        _ = try store.apply(
            .correct(mark: mark, .init(0, 1), to: 5, reason: "решение директора"), by: director, now: "2026-11-29 11:05"
        )
        XCTAssertEqual(try value(mark), 5)
        XCTAssertThrowsError(
            try store.apply(
                .decide(correction: stale, .init(0, 1), approve: true, reason: nil), by: director,
                now: "2026-11-29 11:10")
        ) {
            error in
            XCTAssertTrue("\(error)".contains("has changed since the request"), "\(error)")
        }
        XCTAssertEqual(try value(mark), 5)
    }
}
