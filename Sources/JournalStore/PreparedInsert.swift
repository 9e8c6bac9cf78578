import GRDB
import GRDBSQLite

/// One prepared statement run many times with new values, straight on SQLite's C API.
///
/// Bulk loads (import, the demo school) insert hundreds of thousands of rows; going
/// through `sqlite3_bind_*` without building argument arrays keeps them at the speed
/// of the `sqlite3` shell's own `.import`.
final class PreparedInsert {
    private var handle: OpaquePointer?
    private let sql: String

    init(_ db: Database, _ sql: String) throws {
        self.sql = sql
        let code = sqlite3_prepare_v3(db.sqliteConnection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                sql: sql)
        }
    }

    deinit { sqlite3_finalize(handle) }

    func bind(_ index: Int32, _ text: String?) {
        guard let text else {
            sqlite3_bind_null(handle, index)
            return
        }
        bindText(handle, index, text)
    }

    func bind(_ index: Int32, _ value: Int?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        sqlite3_bind_int64(handle, index, Int64(value))
    }

    func bind(_ index: Int32, _ value: Double) {
        sqlite3_bind_double(handle, index, value)
    }

    /// Runs the statement with the values bound so far, then clears them.
    func run(_ db: Database) throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                sql: sql)
        }
    }
}

/// Binds a text to a parameter of a statement, as UTF-8 that SQLite copies.
func bindText(_ handle: OpaquePointer?, _ index: Int32, _ text: String) {
    var copy = text
    copy.withUTF8 { bytes in
        _ = sqlite3_bind_text(
            handle, index, UnsafeRawPointer(bytes.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) },
            Int32(bytes.count), SQLITE_TRANSIENT)
    }
}

// SQLite's SQLITE_TRANSIENT is a macro Swift cannot import.
let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
