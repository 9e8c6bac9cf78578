import Foundation
import JournalFoundation
import JournalStore

/// One store loaded with the sample school, shared by the tests that only read it.
public enum SampleSchool {
    /// The sample's "as of" date, as the spec's examples assume.
    public static let today = "2026-11-27"

    nonisolated(unsafe) private static var shared: JournalStore?
    private static let lock = NSLock()

    /// The shared read-only sample store (made on first use).
    public static func store() throws -> JournalStore {
        lock.lock()
        defer { lock.unlock() }
        if let shared { return shared }
        let store = try Fixtures.sampleStore("shared-sample")
        shared = store
        return store
    }

    /// Every row of a statement's result as text cells (NULL as ""), for comparisons.
    public static func rows(_ sql: String, arguments: [CellValue] = [], in store: JournalStore) throws -> [[String]] {
        var sink = RowCollector()
        try store.query(sql, arguments: arguments, into: &sink)
        return sink.rows
    }
}

/// Collects a result's rows as text cells.
public struct RowCollector: ResultSink {
    public var columns: [String] = []
    public var rows: [[String]] = []

    public init() {}

    public mutating func begin(columns: [String]) throws { self.columns = columns }

    public mutating func row(_ values: [CellValue]) throws {
        rows.append(
            values.map { value in
                switch value {
                case .null: return ""
                case .integer(let number): return String(number)
                case .real(let number): return String(number)
                case .text(let text): return text
                }
            })
    }

    public mutating func end() throws {}
}
