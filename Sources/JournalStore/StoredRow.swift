import GRDBSQLite
import JournalFoundation

/// A row of a result as SQLite holds it, for a sink that writes bytes (CSV): each cell is read where
/// SQLite keeps it, not made a value first (a text of each cell, its bytes checked and copied, and
/// then turned back into bytes, cost more than SQLite's own work for a row of a long result).
/// Valid only while the sink's `row(cells:)` runs.
public struct StoredRow {
    /// What a cell holds, as SQLite stores it.
    public enum Kind {
        case null, integer, real, text, blob
    }

    let handle: OpaquePointer
    /// How many cells the row has.
    public let count: Int

    /// What the cell `column` holds.
    public func kind(_ column: Int) -> Kind {
        switch sqlite3_column_type(handle, Int32(column)) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer
        case SQLITE_FLOAT: return .real
        case SQLITE_BLOB: return .blob
        default: return .text
        }
    }

    /// The whole number of an integer cell.
    public func integer(_ column: Int) -> Int64 { sqlite3_column_int64(handle, Int32(column)) }

    /// The bytes of a text cell, as stored (UTF-8, unchecked), for the time of `body`.
    public func withText<T>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        guard let text = sqlite3_column_text(handle, Int32(column)) else {
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
        return try body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, Int32(column)))))
    }

    /// The cell as a value, as `row(_:)` is given it.
    public func value(_ column: Int) -> CellValue { JournalStore.cell(handle, Int32(column)) }

    /// Every cell as a value.
    public var values: [CellValue] { (0..<count).map(value) }
}
