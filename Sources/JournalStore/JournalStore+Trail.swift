import Foundation
import GRDB
import JournalFoundation

/// The change trail (migration `v6-change-trail`): every change of the journal recorded in an
/// append-only, hash-chained table, so what the store's triggers cannot stop — a trigger dropped
/// with the `sqlite3` shell, a row forged in its place — is always found (`check journal`).
///
/// Triggers on the journal's tables put each row written into `change_row`, pending; at the end of
/// each write ejournal makes, `recordChange` gathers the pending rows into one `change` entry:
///
/// ```
/// rows_hash = SHA-256(table ␟ key ␟ op ␟ data ␞ …, in the order written)
/// hash      = SHA-256(prev_hash \n at \n user \n statement \n rows_hash)
/// ```
///
/// A row still pending afterwards was written by some other program.
extension JournalStore {
    /// The tables whose every row written is kept in the trail, with the columns of their key.
    static let trailedTables: [(table: String, key: [String])] = [
        ("mark", ["id"]), ("mark_correction", ["id"]), ("period_grade", ["student_id", "subject", "year", "period"]),
        ("lesson", ["id"]), ("attendance", ["lesson_id", "student_id"]), ("student", ["id"]), ("class", ["id"]),
        ("staff", ["id"]), ("school_year", ["year"]), ("enrolment", ["id"]),
    ]

    /// The tables the trail holds whole after a bulk load, and whose every row `check journal`
    /// compares with what the trail says last.
    static let snapshotTables = ["mark", "mark_correction", "period_grade"]

    /// The `prev_hash` of the first entry.
    static let trailGenesis = String(repeating: "0", count: 64)

    /// Who the trail names for the local administrator (a session without `--user`).
    public static let administratorName = "administrator"

    /// The key of a row of `table` (`row` is NEW, OLD or an alias), as the trail writes it.
    static func trailKey(_ table: String, row: String) -> String {
        let key = trailedTables.first { $0.table == table }!.key
        return key.map { "CAST(\(row).\($0) AS TEXT)" }.joinedText(separator: " || '|' || ")
    }

    /// Every column of a row of `table` as one JSON object, as the trail writes it.
    static func trailData(_ db: Database, _ table: String, row: String) throws -> String {
        let columns = try db.columns(in: table).map(\.name)
        return "json_object(" + columns.map { "'\($0)', \(row).\"\($0)\"" }.joinedText(separator: ", ") + ")"
    }

    static func createChangeTrail(_ db: Database) throws {
        let refuse = "SELECT RAISE(ABORT, 'the change trail is append-only: its entries are kept as made')"
        try db.execute(
            sql: """
                CREATE TABLE change (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    user TEXT NOT NULL,
                    statement TEXT NOT NULL,
                    rows INTEGER NOT NULL CHECK (rows >= 0),
                    rows_hash TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                ) STRICT;
                CREATE INDEX change_by_time ON change(at);

                -- Each row a change wrote: its table, key, what was done and every column after it
                -- (before it, for a delete). Pending (change_id NULL) until its change is recorded.
                CREATE TABLE change_row (
                    id INTEGER PRIMARY KEY,
                    change_id INTEGER REFERENCES change(id),
                    table_name TEXT NOT NULL,
                    key TEXT NOT NULL,
                    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
                    data TEXT NOT NULL
                ) STRICT;
                CREATE INDEX change_row_by_change ON change_row(change_id);
                CREATE INDEX change_row_by_key ON change_row(table_name, key, id);
                """)
        // A journal kept before the trail existed starts it whole, so every row has a last word.
        try recordLoad(db, statement: "migration v6-change-trail: the journal as it was")
        try db.execute(
            sql: """
                CREATE TRIGGER change_kept_update BEFORE UPDATE ON change BEGIN \(refuse); END;
                CREATE TRIGGER change_kept_delete BEFORE DELETE ON change BEGIN \(refuse); END;
                CREATE TRIGGER change_chained BEFORE INSERT ON change
                WHEN EXISTS (SELECT 1 FROM change WHERE id = NEW.id)
                  OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM change ORDER BY id DESC LIMIT 1), '\(trailGenesis)')
                BEGIN SELECT RAISE(ABORT, 'a change entry follows the last one (the trail is a chain)'); END;
                CREATE TRIGGER change_row_kept_delete BEFORE DELETE ON change_row BEGIN \(refuse); END;
                CREATE TRIGGER change_row_kept_update BEFORE UPDATE ON change_row
                WHEN NOT (OLD.change_id IS NULL AND NEW.change_id = (SELECT max(id) FROM change)
                          AND NEW.id IS OLD.id AND NEW.table_name IS OLD.table_name AND NEW.key IS OLD.key
                          AND NEW.op IS OLD.op AND NEW.data IS OLD.data)
                BEGIN \(refuse); END;
                CREATE TRIGGER change_row_pending BEFORE INSERT ON change_row
                WHEN NEW.change_id IS NOT NULL OR EXISTS (SELECT 1 FROM change_row WHERE id = NEW.id)
                BEGIN \(refuse); END;
                """)
        for (table, _) in trailedTables { try createTrailTriggers(db, table) }
    }

    /// The triggers that put every row of `table` written into the trail, with every column it has
    /// now (a migration that adds columns to a trailed table makes them anew).
    static func createTrailTriggers(_ db: Database, _ table: String) throws {
        for (event, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
            try db.execute(
                sql: """
                    CREATE TRIGGER \(table)_trail_\(event.lowercased()) AFTER \(event) ON \(table)
                    BEGIN
                        INSERT INTO change_row (table_name, key, op, data)
                        VALUES ('\(table)', \(trailKey(table, row: row)), '\(event.lowercased())',
                                \(try trailData(db, table, row: row)));
                    END
                    """)
        }
    }

    /// Records every row of the snapshot tables as inserts of one new entry, `statement`: after a
    /// bulk load, or when the trail starts. Runs while the trail's own triggers are set aside (the
    /// rows go straight to their entry, with no pending step: a load of 358,000 marks is one
    /// `INSERT … SELECT` per table).
    static func recordLoad(_ db: Database, statement: String) throws {
        let entry = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM change") ?? 0) + 1
        for table in snapshotTables {
            try db.execute(
                sql: """
                    INSERT INTO change_row (change_id, table_name, key, op, data)
                    SELECT ?, '\(table)', \(trailKey(table, row: "t")), 'insert', \(try trailData(db, table, row: "t"))
                    FROM \(table) t
                    """, arguments: [entry])
        }
        _ = try recordChange(in: db, by: administratorName, statement: statement, at: clockTime(), rowsOf: entry)
    }

    /// The clock's time as the journal writes times: `YYYY-MM-DD HH:MM`.
    static func clockTime() -> String {
        Clock.today() + " " + Clock.time()
    }

    /// One row of the trail as it is hashed: table ␟ key ␟ op ␟ data ␞.
    static func canonical(_ table: String, _ key: String, _ op: String, _ data: String) -> [UInt8] {
        Array("\(table)\u{1F}\(key)\u{1F}\(op)\u{1F}\(data)\u{1E}".utf8)
    }

    /// The hash of a change entry from its fields and the hash of the entry before it.
    static func entryHash(prev: String, at: String, user: String, statement: String, rowsHash: String) -> String {
        sha256Hex(Array("\(prev)\n\(at)\n\(user)\n\(statement)\n\(rowsHash)".utf8))
    }

    /// Records the rows written since the last entry as one change of the trail, made by `user`
    /// at `at` with `statement` as typed. Called at the end of every write transaction ejournal makes.
    ///
    /// ```
    /// try JournalStore.recordChange(in: db, by: "T006", statement: "mark 7А alg today: Баранов 5", at: now)
    /// ```
    @discardableResult
    public static func recordChange(in db: Database, by user: String, statement: String, at: String) throws -> Int64 {
        try recordChange(in: db, by: user, statement: statement, at: at, rowsOf: nil)
    }

    /// Records an entry of the pending rows, or (`rowsOf`) of the rows already tied to the entry
    /// about to be made.
    private static func recordChange(
        in db: Database, by user: String, statement: String, at: String, rowsOf entry: Int64?
    )
        throws -> Int64
    {
        let statement = statement.trimmingCharacters(in: .whitespacesAndNewlines)
        var digest = SHA256Digest()
        var count = 0
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT table_name, key, op, data FROM change_row WHERE change_id IS ? ORDER BY id",
            arguments: [entry])
        while let row = try rows.next() {
            digest.update(canonical(row[0], row[1], row[2], row[3]))
            count += 1
        }
        let rowsHash = digest.hexString()
        let prev = try String.fetchOne(db, sql: "SELECT hash FROM change ORDER BY id DESC LIMIT 1") ?? trailGenesis
        let hash = entryHash(prev: prev, at: at, user: user, statement: statement, rowsHash: rowsHash)
        try db.execute(
            sql: """
                INSERT INTO change (id, at, user, statement, rows, rows_hash, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [entry, at, user, statement, count, rowsHash, prev, hash])
        let id = db.lastInsertedRowID
        if count > 0 && entry == nil {
            try db.execute(sql: "UPDATE change_row SET change_id = ? WHERE change_id IS NULL", arguments: [id])
        }
        return id
    }
}
