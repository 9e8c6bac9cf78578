import CSQLiteGate
import Foundation
import GRDB
import GRDBSQLite
import JournalFoundation
import JournalStore
import TestSupport
import XCTest

/// The gate in front of each connection's authorizer (CSQLiteGate): the language's statements are
/// prepared without it, every other statement with it, as before.
final class SQLiteGateTests: XCTestCase {
    final class Recorder { var reads: [String] = [] }

    /// A connection of its own with an authorizer that records each column a statement reads.
    func withRecordingConnection(_ body: (OpaquePointer, Recorder) throws -> Void) throws {
        let store = try Fixtures.sampleStore()
        var connection: OpaquePointer?
        XCTAssertEqual(sqlite3_open_v2(store.path, &connection, SQLITE_OPEN_READONLY, nil), SQLITE_OK)
        defer { sqlite3_close(connection) }
        let recorder = Recorder()
        let code = sqlite3_set_authorizer(
            connection,
            { data, action, table, column, _, _ in
                if action == SQLITE_READ, let data, let table, let column {
                    Unmanaged<Recorder>.fromOpaque(data).takeUnretainedValue().reads.append(
                        String(cString: table) + "." + String(cString: column))
                }
                return SQLITE_OK
            }, Unmanaged.passUnretained(recorder).toOpaque())
        XCTAssertEqual(code, SQLITE_OK)
        try body(connection!, recorder)
    }

    func testAStatementPreparedThroughTheGateIsNotSeenByTheAuthorizer() throws {
        try withRecordingConnection { connection, recorder in
            var statement: OpaquePointer?
            XCTAssertEqual(sqlite3_prepare_v2(connection, "SELECT name FROM class", -1, &statement, nil), SQLITE_OK)
            sqlite3_finalize(statement)
            XCTAssertEqual(recorder.reads, ["class.name"], "an ordinary prepare is authorized as SQLite does it")

            recorder.reads = []
            XCTAssertEqual(ejs_prepare_unauthorized(connection, "SELECT grade FROM class", &statement), SQLITE_OK)
            XCTAssertEqual(sqlite3_step(statement), SQLITE_ROW, "the statement runs")
            sqlite3_finalize(statement)
            XCTAssertEqual(recorder.reads, [], "the gate keeps the authorizer out of this one prepare")

            XCTAssertEqual(sqlite3_prepare_v2(connection, "SELECT scheme FROM class", -1, &statement, nil), SQLITE_OK)
            sqlite3_finalize(statement)
            XCTAssertEqual(recorder.reads, ["class.scheme"], "and only of that one")
        }
    }

    func testAnAuthorizerRegisteredAgainOrRemovedIsTheOneCalled() throws {
        try withRecordingConnection { connection, first in
            let second = Recorder()
            sqlite3_set_authorizer(
                connection,
                { data, action, table, _, _, _ in
                    if action == SQLITE_READ, let data, let table {
                        Unmanaged<Recorder>.fromOpaque(data).takeUnretainedValue().reads.append(String(cString: table))
                    }
                    return SQLITE_OK
                }, Unmanaged.passUnretained(second).toOpaque())
            var statement: OpaquePointer?
            sqlite3_prepare_v2(connection, "SELECT name FROM subject", -1, &statement, nil)
            sqlite3_finalize(statement)
            XCTAssertEqual(first.reads, [])
            XCTAssertEqual(second.reads, ["subject"])

            sqlite3_set_authorizer(connection, nil, nil)
            sqlite3_prepare_v2(connection, "SELECT code FROM subject", -1, &statement, nil)
            sqlite3_finalize(statement)
            XCTAssertEqual(second.reads, ["subject"], "no authorizer once removed")
        }
    }

    /// SQLite keeps no count of its memory in this process (SQLITE_CONFIG_MEMSTATUS off, set before
    /// the first connection): the count took a global mutex around every allocation, a ninth of a
    /// start (parsing the schema) and of a small query's prepare.
    func testSQLiteCountsNoMemory() throws {
        let store = try Fixtures.sampleStore()
        _ = try store.catalog()
        XCTAssertEqual(sqlite3_memory_used(), 0)
        XCTAssertEqual(sqlite3_memory_highwater(0), 0)
    }

    /// GRDB's own statements still pass its authorizer, which learns what they read.
    func testGRDBStatementsStillTellWhatTheyRead() throws {
        let store = try Fixtures.sampleStore()
        try store.read { db in
            let region = try db.makeStatement(sql: "SELECT name FROM class").databaseRegion
            XCTAssertTrue(region.isModified(byEventsOfKind: .update(tableName: "class", columnNames: ["name"])))
            XCTAssertFalse(region.isModified(byEventsOfKind: .update(tableName: "subject", columnNames: ["name"])))
        }
    }

    /// SQLite's memory comes from mimalloc (scripts/install-deps installs it), not the C library's
    /// malloc: a block SQLite hands out is one mimalloc owns, and SQLite's size of it is mimalloc's.
    func testSQLiteAllocatesFromMimalloc() throws {
        XCTAssertEqual(
            String(cString: ejs_sqlite_allocator()), "mimalloc",
            "libmimalloc.so.2 is not installed (scripts/install-deps installs libmimalloc2.0), or EJOURNAL_SQLITE_MALLOC=system"
        )
        let library = try XCTUnwrap(dlopen("libmimalloc.so.2", RTLD_NOW | RTLD_NOLOAD), "opened by the constructor")
        defer { dlclose(library) }
        typealias Owned = @convention(c) (UnsafeRawPointer?) -> Bool
        typealias UsableSize = @convention(c) (UnsafeRawPointer?) -> Int
        let owned = unsafeBitCast(try XCTUnwrap(dlsym(library, "mi_is_in_heap_region")), to: Owned.self)
        let usableSize = unsafeBitCast(try XCTUnwrap(dlsym(library, "mi_usable_size")), to: UsableSize.self)
        for size in [1, 40, 300, 5_000, 200_000] {
            let block = try XCTUnwrap(sqlite3_malloc(Int32(size)))
            XCTAssertTrue(owned(block), "a block of \(size) bytes is mimalloc's")
            XCTAssertEqual(Int(sqlite3_msize(block)), usableSize(block))
            XCTAssertGreaterThanOrEqual(Int(sqlite3_msize(block)), size)
            let grown = try XCTUnwrap(sqlite3_realloc(block, Int32(size * 3)))
            XCTAssertTrue(owned(grown), "and grown, still mimalloc's")
            sqlite3_free(grown)
        }
        let malloc = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 8)
        defer { malloc.deallocate() }
        XCTAssertFalse(owned(malloc), "the rest of the process keeps the C library's malloc")
    }
}
