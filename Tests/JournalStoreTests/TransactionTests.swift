import Foundation
import GRDB
import JournalFoundation
import JournalStore
import TestSupport
import XCTest

/// A script's transaction: everything written inside it, or nothing.
final class TransactionTests: XCTestCase {
    func testAnErrorInsideTheTransactionUndoesEveryWriteOfIt() throws {
        let store = try Fixtures.sampleStore()
        let before = try store.rowCounts()
        struct Stop: Error {}
        XCTAssertThrowsError(
            try store.inTransaction {
                try store.write { db in try db.execute(sql: "DELETE FROM visit") }
                XCTAssertEqual(try store.rowCounts()["visit"], 0, "the write is seen inside the transaction")
                try store.write { db in try db.execute(sql: "DELETE FROM attendance") }
                throw Stop()
            }
        ) { XCTAssertTrue($0 is Stop) }
        XCTAssertEqual(try store.rowCounts(), before)
    }

    /// The store's connection enforces foreign keys (switched on through SQLite's C API when it
    /// opens, not by GRDB): a mark of a student who does not exist is refused, nothing written.
    func testTheStoresConnectionRefusesARowWhoseForeignKeyPointsNowhere() throws {
        let store = try Fixtures.sampleStore()
        XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }, 1)
        let before = try store.rowCounts()
        XCTAssertThrowsError(
            try store.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO attendance (lesson_id, student_id, code) SELECT id, 'no-such-student', 'absent' FROM lesson LIMIT 1"
                )
            }
        ) { error in
            XCTAssertTrue("\(error)".contains("FOREIGN KEY"), "\(error)")
        }
        XCTAssertEqual(try store.rowCounts(), before)
    }

    /// A read that fails leaves no transaction open and the connection writable; a read is read-only.
    func testAFailedReadLeavesNoTransactionOpenAndAReadCannotWrite() throws {
        let store = try Fixtures.sampleStore()
        struct Stop: Error {}
        XCTAssertThrowsError(try store.read { _ in throw Stop() }) { XCTAssertTrue($0 is Stop) }
        XCTAssertThrowsError(try store.read { db in try db.execute(sql: "DELETE FROM visit") })
        let before = try store.rowCounts()
        XCTAssertGreaterThan(before["visit"] ?? 0, 0)
        try store.write { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA query_only"), 0)
            try db.execute(sql: "DELETE FROM visit")
        }
        XCTAssertEqual(try store.rowCounts()["visit"], 0)
    }

    /// The language's queries run as one statement each, without a transaction or `query_only` of
    /// their own: a statement that would write is refused before it runs, in a script's transaction
    /// or not, and nothing is written.
    func testAQueryThatWouldWriteIsRefusedAndWritesNothing() throws {
        struct Rows: ResultSink {
            mutating func begin(columns: [String]) throws {}
            mutating func row(_ values: [CellValue]) throws {}
            mutating func end() throws {}
        }
        let store = try Fixtures.sampleStore()
        let before = try store.rowCounts()
        var rows = Rows()
        for sql in ["DELETE FROM visit", "UPDATE mark SET value = 5", "DROP TABLE visit"] {
            XCTAssertThrowsError(try store.query(sql, arguments: [], into: &rows), sql) {
                XCTAssertTrue($0 is StoreFault, "\($0)")
            }
            XCTAssertThrowsError(try store.inTransaction { try store.query(sql, arguments: [], into: &rows) }, sql)
        }
        XCTAssertEqual(try store.rowCounts(), before)
        try store.query("SELECT count(*) FROM visit", arguments: [], into: &rows)
    }

    func testAFinishedTransactionKeepsItsWrites() throws {
        let store = try Fixtures.sampleStore()
        try store.inTransaction {
            try store.write { db in try db.execute(sql: "DELETE FROM visit WHERE user_id = 'P0002'") }
        }
        XCTAssertEqual(try store.rowCounts()["visit"], 4068 - 20)
    }
}
