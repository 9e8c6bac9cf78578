import Foundation
import GRDB
import GRDBSQLite
import JournalFoundation

/// The school's journal, held in one SQLite file.
///
/// The store owns the schema and every write. Opening a file creates it when it
/// does not exist and brings its schema up to date:
///
/// ```
/// let store = try JournalStore(path: "school.sqlite")
/// let counts = try store.rowCounts()   // ["mark": 6397, "lesson": 1218, …]
/// ```
public final class JournalStore: @unchecked Sendable {
    /// The tables of the journal, in the order their rows can be loaded.
    public static let tables = [
        "school_year", "school", "study_period", "subject", "staff", "staff_role", "class",
        "student", "parent", "parent_child", "class_group", "group_member", "teaching_load",
        "timetable_entry", "plan_topic", "lesson", "mark", "attendance", "period_grade",
        "visit", "mark_correction",
    ]
    /// The tables of keeping the journal that the import format does not carry (the log of
    /// backups is not one: it is written after each copy is made).
    public static let keepingTables = [
        "enrolment", "account", "remark", "exam_result", "promotion_order", "promotion", "credential_reissue",
        "failed_login",
    ]

    let queue: DatabaseQueue
    /// The path of the store file.
    public let path: String
    /// The connection of the transaction `inTransaction` has open, which every read and write
    /// inside it uses (the queue is not re-entrant).
    var current: Database?

    /// Opens (creating when missing) the store at `path` and migrates it.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        // Foreign keys switched on through SQLite's C API, not by GRDB (`foreignKeysEnabled`):
        // GRDB's statement for it builds its text through a generic join, whose first call in a
        // process scans the program's 6,400 protocol conformances (300,000 instructions, 1.6% of
        // every start).
        configuration.foreignKeysEnabled = false
        configuration.prepareDatabase { db in try JournalStore.rawExecute(db, "PRAGMA foreign_keys = ON") }
        configuration.label = "journal"
        // Another user's statement or script may be writing: wait for it (as psql waits on a lock)
        // rather than fail at once; after 5 s the message says to try again.
        configuration.busyMode = .timeout(5)
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            // Migrating takes the write lock; a store that is up to date is only read, in one
            // statement (every start pays for it).
            let migrator = Self.migrator
            if !(try queue.inDatabase { try Self.hasApplied(migrator.migrations, $0) }) {
                try migrator.migrate(queue)
            }
        } catch let error as DatabaseError {
            throw Diagnostic(
                Message(StoreText.cannotOpenJournal, path, StoreFailure.explain(error)),
                hint: Message(StoreText.checkStorePath))
        }
    }

    /// Whether the store has applied every one of `migrations` (as GRDB's `hasCompletedMigrations`
    /// tells, without a transaction around its one statement); false when it has none.
    static func hasApplied(_ migrations: [String], _ db: Database) throws -> Bool {
        let rows: [[CellValue]]
        do {
            rows = try rawRows(db, "SELECT identifier FROM grdb_migrations")
        } catch {
            // A new file: none applied.
            if try !db.tableExists("grdb_migrations") { return false }
            throw error
        }
        let applied = Set(rows.map { $0[0].string })
        return migrations.allSatisfy(applied.contains)
    }

    /// Runs `body` in one read-only transaction (or in the open transaction of `inTransaction`).
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let current { return try body(current) }
        return try queue.inDatabase { db in try Self.rawTransaction(db, readOnly: true) { try body(db) } }
    }

    /// Runs `body` in one write transaction: everything it writes, or nothing.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        if let current {
            var result: T?
            try current.inSavepoint {
                result = try body(current)
                return .commit
            }
            return result!
        }
        return try queue.write(body)
    }

    /// Runs `body` in one transaction that every statement it runs shares: a script is
    /// applied whole or not at all. An error thrown by `body` rolls it all back.
    /// With `rollback`, everything is undone at the end even when it all succeeded (a dry run).
    public func inTransaction<T>(rollback: Bool = false, _ body: () throws -> T) throws -> T {
        if current != nil { return try body() }
        return try queue.writeWithoutTransaction { db in
            var result: T?
            // Deferred: a script takes the write lock at its first write, so one that only reads
            // (or backs up) does not hold writers off.
            try db.inTransaction(.deferred) {
                current = db
                defer { current = nil }
                result = try body()
                return rollback ? .rollback : .commit
            }
            return result!
        }
    }

    /// Stops the statement running now (Ctrl-C); it fails with "interrupted". Safe from any thread.
    public func interrupt() {
        queue.interrupt()
    }

    /// Runs `body` outside any transaction, for work that manages its own (a bulk
    /// load that switches foreign-key enforcement around its transaction).
    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.writeWithoutTransaction(body)
    }

    /// The number of rows of every table, by table name.
    public func rowCounts() throws -> [String: Int] {
        try read { db in
            var counts: [String: Int] = [:]
            for table in Self.tables + Self.keepingTables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\"") ?? 0
            }
            return counts
        }
    }

    /// What `PRAGMA integrity_check` and `PRAGMA foreign_key_check` find; empty when the file is sound.
    public func integrityProblems() throws -> [Message] {
        try read { db in
            // SQLite's own words for what integrity_check finds.
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }.map(
                Message.verbatim)
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row[0]
                let rowid: Int64? = row[1]
                let parent: String = row[2]
                problems.append(Message(StoreText.refersToMissing, table, rowid.map(String.init) ?? "?", parent))
            }
            return problems
        }
    }

    /// Whether the store holds no school yet.
    public func isEmpty() throws -> Bool {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM school") == 0 }
    }

    /// The store's "as of" date: `today` of the school, or nil when the system date applies.
    public func storedToday() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT today FROM school") }
    }
}

/// Turns SQLite's own messages into words a user can act on.
enum StoreFailure {
    static func explain(_ error: DatabaseError) -> Message {
        switch error.resultCode {
        case .SQLITE_NOTADB: return Message(StoreText.notADatabase)
        case .SQLITE_CANTOPEN: return Message(StoreText.cannotOpenFile)
        case .SQLITE_READONLY: return Message(StoreText.readOnlyFile)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return Message(StoreText.busyFile)
        case .SQLITE_CORRUPT: return Message(StoreText.damagedFile)
        case .SQLITE_FULL: return Message(StoreText.diskFull)
        case .SQLITE_CONSTRAINT:
            return Message(StoreText.breaksRule, rule(error.message) ?? .verbatim(error.message ?? "constraint"))
        default:
            return error.message.map(Message.verbatim) ?? Message(StoreText.sqliteError, Int(error.resultCode.rawValue))
        }
    }

    /// The rules the store's triggers keep (`RAISE(ABORT, …)`), by the English words the triggers
    /// were made with (the migrations are frozen, so their words stay as they are).
    private static let rules = Dictionary(uniqueKeysWithValues: StoreText.storeRules.map { ($0.english, $0) })

    /// A refusal of one of the store's own rules in the reader's language; nil for any other message.
    static func rule(_ message: String?) -> Message? {
        message.flatMap { rules[$0] }.map { Message($0) }
    }
}
