import CSQLiteGate
import Foundation
import GRDB
import GRDBSQLite
import JournalFoundation

extension CellValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .integer(let number): return number.databaseValue
        case .real(let number): return number.databaseValue
        case .text(let text): return text.databaseValue
        }
    }
}

extension CellValue {
    /// The text, or nil for NULL.
    var optionalString: String? { self == .null ? nil : string }

    /// The value as a whole number (0 for NULL or a text that is none).
    var number: Int {
        switch self {
        case .integer(let number): return Int(number)
        case .real(let number): return Int(number)
        case .text(let text): return Int(text) ?? 0
        case .null: return 0
        }
    }
}

/// Receives a result as it is read: the column names once, then each row.
public protocol ResultSink {
    mutating func begin(columns: [String]) throws
    mutating func row(_ values: [CellValue]) throws
    mutating func end() throws
    /// Whether the sink reads each row where SQLite holds it (`row(cells:)`), not as values.
    var readsStoredRows: Bool { get }
    /// A row where SQLite holds it, when `readsStoredRows`.
    mutating func row(cells: StoredRow) throws
}

extension ResultSink {
    public var readsStoredRows: Bool { false }
    public mutating func row(cells: StoredRow) throws { try row(cells.values) }
}

extension JournalStore {
    /// Runs one parameterised, read-only statement, streaming its rows into `sink`.
    ///
    /// The language's compiled queries come through here; an SQLite failure is a fault
    /// of the compiler, not of the user, and is reported as such.
    public func query<Sink: ResultSink>(
        _ sql: String, arguments: [CellValue], columns: [String]? = nil, into sink: inout Sink
    ) throws {
        do {
            // One statement that only reads is consistent on its own: SQLite gives it a read
            // transaction of its own (outside a script's), so it needs no BEGIN, COMMIT and
            // `PRAGMA query_only` around it — a statement that would write is refused before it runs.
            func run(_ db: Database) throws {
                // Straight on SQLite's C API: GRDB's statements decode rows into its own Row objects
                // and keep what each statement reads for its observation of changes, which a one-off
                // query does not need.
                try Self.withRawStatement(db, sql, arguments) { handle in
                    guard sqlite3_stmt_readonly(handle) != 0 else {
                        throw DatabaseError(resultCode: .SQLITE_READONLY, message: "a query may only read", sql: sql)
                    }
                    let count = sqlite3_column_count(handle)
                    try sink.begin(
                        columns: columns ?? (0..<count).map { String(cString: sqlite3_column_name(handle, $0)) })
                    if sink.readsStoredRows {
                        while try Self.step(handle, db, sql) {
                            try sink.row(cells: StoredRow(handle: handle, count: Int(count)))
                        }
                        try sink.end()
                        return
                    }
                    var values: [CellValue] = []
                    values.reserveCapacity(Int(count))
                    while try Self.step(handle, db, sql) {
                        values.removeAll(keepingCapacity: true)
                        for column in 0..<count {
                            values.append(Self.cell(handle, column))
                        }
                        try sink.row(values)
                    }
                    try sink.end()
                }
            }
            if let current { try run(current) } else { try queue.inDatabase { try run($0) } }
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_INTERRUPT {
                throw Diagnostic(Message(StoreText.queryInterrupted), hint: Message(StoreText.nothingChanged))
            }
            throw StoreFault(message: error.message ?? "SQLite error \(error.resultCode.rawValue)", sql: sql)
        }
    }

    /// SQLite's count of what other connections committed to the file (`PRAGMA data_version`), on
    /// the store's own connection: it moves when another program (another shell, an import, the
    /// `sqlite3` shell) wrote the journal. Nil when it cannot be read.
    public func dataVersion() -> Int? {
        if let current { return try? Self.dataVersion(current) }
        return try? queue.inDatabase(Self.dataVersion)
    }

    /// `PRAGMA data_version` on the connection `db` (the catalog reads it in its own transaction).
    static func dataVersion(_ db: Database) throws -> Int? {
        try rawRows(db, "PRAGMA data_version").first?.first?.number
    }

    /// Every row of a statement, read straight through SQLite's C API (the catalog every start reads).
    static func rawRows(_ db: Database, _ sql: String, _ arguments: [CellValue] = []) throws -> [[CellValue]] {
        try withRawStatement(db, sql, arguments) { handle in
            let count = sqlite3_column_count(handle)
            var rows: [[CellValue]] = []
            while try step(handle, db, sql) {
                rows.append((0..<count).map { cell(handle, $0) })
            }
            return rows
        }
    }

    /// Runs one statement without rows (`BEGIN`, `COMMIT`, a `PRAGMA`) through SQLite's C API.
    static func rawExecute(_ db: Database, _ sql: String) throws {
        try withRawStatement(db, sql, []) { handle in
            while try step(handle, db, sql) {}
        }
    }

    /// Runs `body` in one deferred transaction, read-only (`PRAGMA query_only`) when `readOnly`, begun
    /// and ended through SQLite's C API. Not GRDB's `read` or `inTransaction`: they run their `BEGIN`,
    /// `COMMIT` and `PRAGMA` through GRDB's SQL builder, whose first call in a process scans the
    /// program's 6,400 protocol conformances (260,000 instructions of every start, which reads the
    /// catalog in a transaction), and then costs a few microseconds each.
    static func rawTransaction<T>(_ db: Database, readOnly: Bool, _ body: () throws -> T) throws -> T {
        if readOnly { try rawExecute(db, "PRAGMA query_only = 1") }
        defer { if readOnly { try? rawExecute(db, "PRAGMA query_only = 0") } }
        try rawExecute(db, "BEGIN DEFERRED TRANSACTION")
        do {
            let result = try body()
            try rawExecute(db, "COMMIT TRANSACTION")
            return result
        } catch {
            // `body`'s error or the commit's (a busy file): the transaction is not left open.
            try? rawExecute(db, "ROLLBACK TRANSACTION")
            throw error
        }
    }

    /// A statement prepared with `arguments` bound, for `body`, then finalized.
    private static func withRawStatement<T>(
        _ db: Database, _ sql: String, _ arguments: [CellValue], _ body: (OpaquePointer) throws -> T
    ) throws -> T {
        let connection = db.sqliteConnection
        var handle: OpaquePointer?
        // Without GRDB's authorizer: it learns what GRDB's own statements read, which these are not.
        let code = ejs_prepare_unauthorized(connection, sql, &handle)
        guard code == SQLITE_OK, let handle else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        defer { sqlite3_finalize(handle) }
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            switch argument {
            case .null: sqlite3_bind_null(handle, index)
            case .integer(let number): sqlite3_bind_int64(handle, index, number)
            case .real(let number): sqlite3_bind_double(handle, index, number)
            case .text(let text): bindText(handle, index, text)
            }
        }
        return try body(handle)
    }

    /// Steps a statement: true on a row, false at its end; an error as GRDB's.
    private static func step(_ handle: OpaquePointer, _ db: Database, _ sql: String) throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        throw DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
            sql: sql)
    }

    /// The value of one column of the current row, as the language's results hold it.
    static func cell(_ handle: OpaquePointer, _ column: Int32) -> CellValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let bytes = sqlite3_column_blob(handle, column) else { return .text("") }
            return .text(Data(bytes: bytes, count: count).base64EncodedString())
        default:
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        }
    }

    /// SQLite's plan for a statement, as the indented lines the sqlite3 shell prints.
    public func queryPlan(_ sql: String, arguments: [CellValue]) throws -> [String] {
        do {
            return try read { db in
                let rows = try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN " + sql,
                    arguments: StatementArguments(arguments.map(\.databaseValue)))
                var depth: [Int: Int] = [0: 0]
                var lines = ["QUERY PLAN"]
                for row in rows {
                    let id: Int = row[0]
                    let parent: Int = row[1]
                    let detail: String = row[3]
                    let level = (depth[parent] ?? 0) + 1
                    depth[id] = level
                    lines.append(String(repeating: "   ", count: level - 1) + "`--" + detail)
                }
                return lines
            }
        } catch let error as DatabaseError {
            throw StoreFault(message: error.message ?? "SQLite error", sql: sql)
        }
    }
}

/// A statement the store could not run through no fault of the user's: a defect of
/// ejournal, reported with what is needed to fix it.
public struct StoreFault: Error, CustomStringConvertible {
    public let message: String
    public let sql: String

    public var description: String { Message(StoreText.storeFault, message).description }
}
