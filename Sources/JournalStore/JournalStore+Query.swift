import GRDB
import JournalFoundation

extension CellValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(number)
        case .double(let number): self = .real(number)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .text(data.base64EncodedString())
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .integer(let number): return number.databaseValue
        case .real(let number): return number.databaseValue
        case .text(let text): return text.databaseValue
        }
    }
}

/// Receives a result as it is read: the column names once, then each row.
public protocol ResultSink {
    mutating func begin(columns: [String]) throws
    mutating func row(_ values: [CellValue]) throws
    mutating func end() throws
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
            try read { db in
                let statement = try db.makeStatement(sql: sql)
                try statement.setArguments(StatementArguments(arguments.map(\.databaseValue)))
                try sink.begin(columns: columns ?? statement.columnNames)
                let rows = try Row.fetchCursor(statement)
                var values: [CellValue] = []
                while let row = try rows.next() {
                    values.removeAll(keepingCapacity: true)
                    for index in 0..<row.count {
                        values.append(CellValue(row[index] as DatabaseValue))
                    }
                    try sink.row(values)
                }
                try sink.end()
            }
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_INTERRUPT {
                throw Diagnostic(Message(StoreText.queryInterrupted), hint: Message(StoreText.nothingChanged))
            }
            throw StoreFault(message: error.message ?? "SQLite error \(error.resultCode.rawValue)", sql: sql)
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
