import JournalFoundation
import JournalLanguage
import JournalStore

extension Session {
    /// The note a count by a listed dimension says under its result when it lists members with no
    /// rows of their own (`every teacher of 7А's load is listed: 0 where …`): none when it lists none.
    func addedRowsNotes(_ query: SQLQuery) throws -> [Message] {
        guard let added = query.addedRows else { return [] }
        var count = AddedRowsCount()
        try store.query(added.sql, arguments: query.arguments, into: &count)
        return count.value > 0 ? [added.note] : []
    }
}

/// Reads the one number of a count.
private struct AddedRowsCount: ResultSink {
    var value: Int64 = 0

    mutating func begin(columns: [String]) throws {}

    mutating func row(_ values: [CellValue]) throws {
        if case .integer(let number) = values.first { value = number }
    }

    mutating func end() throws {}
}
