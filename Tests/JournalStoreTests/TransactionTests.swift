import Foundation
import GRDB
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

    func testAFinishedTransactionKeepsItsWrites() throws {
        let store = try Fixtures.sampleStore()
        try store.inTransaction {
            try store.write { db in try db.execute(sql: "DELETE FROM visit WHERE user_id = 'P0002'") }
        }
        XCTAssertEqual(try store.rowCounts()["visit"], 4068 - 20)
    }
}
