import JournalFoundation
import JournalLanguage
import JournalStore

extension Session {
    /// Runs a result's statement into `sink` and returns the notes of the rows it added: a count by a
    /// listed dimension runs its statement that marks each member added with no rows of its own (the
    /// mark is left out of the rows), so that the rows and the note take one pass, not two.
    func runResult<Sink: ResultSink>(_ query: SQLQuery, into sink: inout Sink) throws -> [Message] {
        guard let added = query.addedRows else {
            try store.query(query.sql, arguments: query.arguments, columns: query.columns, into: &sink)
            return []
        }
        var marked = MarkedRows(inner: sink)
        try store.query(added.markedSQL, arguments: query.arguments, columns: query.columns, into: &marked)
        sink = marked.inner
        return marked.added ? [added.note] : []
    }
}

/// The rows of a statement whose last column marks an added row: passed on without it.
private struct MarkedRows<Inner: ResultSink>: ResultSink {
    var inner: Inner
    var added = false

    mutating func begin(columns: [String]) throws { try inner.begin(columns: columns) }

    mutating func row(_ values: [CellValue]) throws {
        if case .integer(let mark) = values.last, mark != 0 { added = true }
        try inner.row(Array(values.dropLast()))
    }

    mutating func end() throws { try inner.end() }
}
