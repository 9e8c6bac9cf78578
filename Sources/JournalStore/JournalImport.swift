import Foundation
import GRDB
import JournalFoundation

/// Loads a CSV folder (`../shared/spec/data-format.md`) into an empty store, all or nothing.
///
/// Every row is checked before it is written: unknown columns, unknown ids, bad
/// dates and values, a mark for a student who is not in the lesson's class or
/// group. The first bad row stops the import with a `Diagnostic` naming file,
/// line and column, and the transaction is rolled back:
///
/// ```
/// let summary = try JournalImport(folder: "sample-school").run(into: store)
/// summary.rows["marks.csv"]  // 6397
/// ```
public struct JournalImport {
    /// The files of the folder in the order they load: each refers only to those before it.
    static let layouts: [CSVTableLayout] = [
        .init(file: "school.csv", columns: ["name", "year", "today"], required: ["name", "year"]),
        .init(
            file: "periods.csv", columns: ["year", "scheme", "number", "start", "end"],
            required: ["year", "scheme", "number", "start", "end"]),
        .init(file: "subjects.csv", columns: ["code", "name", "parent"], required: ["code", "name"]),
        .init(
            file: "staff.csv", columns: ["id", "last_name", "first_name", "middle_name", "roles", "email", "phone"],
            required: ["id", "last_name", "first_name", "roles"]),
        .init(
            file: "classes.csv", columns: ["name", "grade", "year", "scheme", "class_teacher"],
            required: ["name", "grade", "year", "scheme"]),
        .init(
            file: "students.csv",
            columns: ["id", "last_name", "first_name", "middle_name", "sex", "birth_date", "class", "risk_group"],
            required: ["id", "last_name", "first_name", "class"]),
        .init(
            file: "parents.csv",
            columns: ["id", "last_name", "first_name", "middle_name", "phone", "email", "children"],
            required: ["id", "last_name", "first_name", "children"]),
        .init(
            file: "groups.csv", columns: ["name", "class", "subject", "students"],
            required: ["name", "class", "subject", "students"]),
        .init(
            file: "load.csv", columns: ["class", "group", "subject", "teacher", "hours_per_week"],
            required: ["class", "subject", "teacher", "hours_per_week"]),
        .init(
            file: "timetable.csv",
            columns: ["class", "group", "weekday", "number", "subject", "teacher", "room", "valid_from", "valid_to"],
            required: ["class", "weekday", "number", "subject", "teacher", "valid_from"]),
        .init(
            file: "plan.csv", columns: ["class", "group", "subject", "number", "topic", "planned_date"],
            required: ["class", "subject", "number", "topic"]),
        .init(
            file: "lessons.csv",
            columns: [
                "id", "date", "number", "class", "group", "subject", "teacher", "substitute", "topic", "homework",
                "entered_at",
            ],
            required: ["id", "date", "number", "class", "subject", "teacher"]),
        .init(
            file: "marks.csv", columns: ["id", "lesson_id", "student_id", "value", "kind", "entered_at", "entered_by"],
            required: ["id", "lesson_id", "student_id", "value", "kind", "entered_at", "entered_by"]),
        .init(
            file: "attendance.csv", columns: ["lesson_id", "student_id", "code", "entered_at"],
            required: ["lesson_id", "student_id", "code"]),
        .init(
            file: "grades.csv",
            columns: ["student_id", "subject", "year", "period", "value", "entered_at", "entered_by"],
            required: ["student_id", "subject", "year", "period", "value"]),
        .init(file: "visits.csv", columns: ["user_id", "at"], required: ["user_id", "at"]),
        .init(
            file: "corrections.csv",
            columns: ["mark_id", "old_value", "new_value", "requested_by", "approved_by", "at", "reason"],
            required: ["mark_id", "old_value", "new_value", "requested_by", "at"]),
    ]

    /// What an import loaded.
    public struct Summary: Sendable {
        /// Rows read from each file, by file name.
        public var rows: [String: Int] = [:]
        /// The encoding and delimiter found in each file, by file name.
        public var dialects: [String: String] = [:]
        public var totalRows: Int { rows.values.reduce(0, +) }
    }

    /// Reports how far an import has got: the file being read and the rows read so far in all files.
    public typealias Progress = (_ file: String, _ rowsSoFar: Int) -> Void

    let folder: String
    let dialect: CSVDialect

    public init(folder: String, dialect: CSVDialect = CSVDialect()) {
        self.folder = folder
        self.dialect = dialect
    }

    /// Loads the folder into `store`, which must hold no school yet.
    public func run(into store: JournalStore, progress: Progress? = nil) throws -> Summary {
        let sources = try openSources()
        guard try store.isEmpty() else {
            throw Diagnostic(
                Message(StoreText.journalHoldsSchool, store.path), hint: Message(StoreText.importIntoNewStore, folder))
        }
        return try store.writeWithoutTransaction { db in
            // Rows are checked here, in full, before they are written; SQLite's own
            // foreign-key checks are switched off for the load and run once at the end.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            // A large load keeps its pages in memory (64 MB) rather than spilling them to the journal.
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -65536")
            defer {
                try? db.execute(sql: "PRAGMA foreign_keys = ON")
                try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
            }
            var summary = Summary()
            try db.inTransaction {
                // Secondary indexes are built once at the end, from sorted rows, rather than row by
                // row; their definitions are read back from the schema, so they come back the same.
                // The triggers guard a journal being kept, not one being loaded: set aside too.
                try JournalStore.bulkLoad(db, indexes: true, statement: "import \(folder)") {
                    var loader = try ImportLoader(db: db, progress: progress)
                    for layout in Self.layouts {
                        guard let source = sources[layout.file] else { continue }
                        summary.dialects[layout.file] = "\(source.encoding.rawValue), \"\(source.delimiter)\""
                        summary.rows[layout.file] = try loader.load(source, layout: layout)
                    }
                }
                let dangling = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                guard dangling.isEmpty else {
                    let table: String = dangling[0][0]
                    throw Diagnostic(
                        Message(StoreText.folderRowsDangle, dangling.count, table),
                        hint: Message(StoreText.importFault))
                }
                return .commit
            }
            return summary
        }
    }

    /// Opens every CSV file of the folder, checking names and headers before any row is read.
    private func openSources() throws -> [String: CSVSource] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(Message(StoreText.notAFolder, folder), hint: Message(StoreText.nameTheFolder))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let known = Self.layouts.map(\.file)
        var sources: [String: CSVSource] = [:]
        for name in names where name.lowercased().hasSuffix(".csv") {
            guard known.contains(name) else {
                throw Diagnostic(
                    Message(StoreText.notAFolderFile, name),
                    at: .init(file: name, line: 1, column: 1, sourceLine: name, length: name.count),
                    hint: Suggestion.meant(name, in: known)
                        ?? Message(StoreText.theFilesAre, known.joinedText(separator: ", ")))
            }
            let source = try CSVSource(
                path: (folder as NSString).appendingPathComponent(name), name: name, dialect: dialect)
            try Self.checkHeader(source, layout: Self.layouts.first { $0.file == name }!)
            sources[name] = source
        }
        guard sources["school.csv"] != nil else {
            throw Diagnostic(Message(StoreText.noSchoolFile, folder), hint: Message(StoreText.schoolFileHint))
        }
        return sources
    }

    static func checkHeader(_ source: CSVSource, layout: CSVTableLayout) throws {
        var seen: Set<String> = []
        for (i, column) in source.header.enumerated() {
            guard layout.columns.contains(column) else {
                throw Diagnostic(
                    Message(StoreText.unknownColumn, column, layout.file), at: source.location(line: 1, field: i),
                    hint: Suggestion.meant(column, in: layout.columns)
                        ?? Message(StoreText.columnsAre, layout.file, layout.columns.joinedText(separator: ", ")))
            }
            guard seen.insert(column).inserted else {
                throw Diagnostic(
                    Message(StoreText.columnTwice, column, layout.file), at: source.location(line: 1, field: i),
                    hint: Message(StoreText.keepOneOfThem))
            }
        }
        if let missing = layout.columns.first(where: { layout.required.contains($0) && !seen.contains($0) }) {
            // The caret stands where the column would go: at the end of the header line.
            var location = source.location(line: 1, field: 0)
            location.column = (location.sourceLine?.count ?? 0) + 1
            throw Diagnostic(
                Message(StoreText.missingColumn, layout.file, missing), at: location,
                hint: Message(StoreText.columnsAre, layout.file, layout.columns.joinedText(separator: ", ")))
        }
    }
}
