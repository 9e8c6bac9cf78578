import Foundation
import GRDB

/// Reading the change trail back (`check journal`): the chain recomputed, rows written outside
/// ejournal, and the journal's rows against what the trail says last.
extension JournalStore {
    static func trailFindings(_ db: Database) throws -> [JournalFinding] {
        guard try db.tableExists("change") else { return [] }
        return try chainFindings(db) + pendingFindings(db) + lastWordFindings(db)
    }

    private static let tamperTodo =
        "the journal was changed outside ejournal: restore the last good backup and enter the changes made "
        + "since, or have the director record corrections; find out who could open the file"

    /// Every entry's hashes recomputed from its rows, in one pass over the trail.
    private static func chainFindings(_ db: Database) throws -> [JournalFinding] {
        var findings: [JournalFinding] = []
        let entries = try Row.fetchAll(
            db, sql: "SELECT id, at, user, statement, rows, rows_hash, prev_hash, hash FROM change ORDER BY id")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT change_id, table_name, key, op, data FROM change_row
                WHERE change_id IS NOT NULL ORDER BY change_id, id
                """)
        var pendingRow = try rows.next()
        var previous = trailGenesis
        for entry in entries {
            let id: Int64 = entry["id"]
            var digest = SHA256Digest()
            var count = 0
            while let row = pendingRow, (row[0] as Int64) <= id {
                if (row[0] as Int64) == id {
                    digest.update(canonical(row[1], row[2], row[3], row[4]))
                    count += 1
                }
                pendingRow = try rows.next()
            }
            let subject = "change \(id)"
            let rowsHash = digest.hexString()
            if entry["prev_hash"] as String != previous {
                findings.append(
                    .init(subject, "does not follow the entry before it (the chain is broken)", todo: tamperTodo))
            }
            if count != entry["rows"] as Int || rowsHash != entry["rows_hash"] as String {
                findings.append(
                    .init(
                        subject, "its rows are not the rows it recorded (\(count) now, \(entry["rows"] as Int) then)",
                        todo: tamperTodo))
            }
            let hash = entryHash(
                prev: entry["prev_hash"], at: entry["at"], user: entry["user"], statement: entry["statement"],
                rowsHash: entry["rows_hash"])
            if hash != entry["hash"] as String {
                findings.append(
                    .init(subject, "its hash does not match what it records (forged or edited)", todo: tamperTodo))
            }
            previous = entry["hash"]
        }
        if let row = pendingRow {
            findings.append(
                .init(
                    "change \(row[0] as Int64)", "rows of the trail name an entry that does not exist", todo: tamperTodo
                ))
        }
        return findings
    }

    /// Rows the triggers put in the trail that no entry took: written by another program.
    private static func pendingFindings(_ db: Database) throws -> [JournalFinding] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT table_name, key, op FROM change_row WHERE change_id IS NULL ORDER BY id")
        var findings = rows.prefix(listedFindings).map { row in
            JournalFinding(
                "\(row["table_name"] as String) \(row["key"] as String)",
                "\(row["op"] as String) made outside ejournal (in the trail's pending rows, in no change)",
                todo: tamperTodo)
        }
        if rows.count > listedFindings {
            findings.append(
                .init(
                    "the trail", "\(rows.count - listedFindings) more rows written outside ejournal, not listed",
                    todo: tamperTodo))
        }
        return findings
    }

    /// Every mark, correction and grade against the last word the trail has on it. Both sides are
    /// materialized once (unmaterialized, SQLite ran one of them again for each row of the other:
    /// 7 minutes on 358,000 marks instead of 1 s).
    private static func lastWordFindings(_ db: Database) throws -> [JournalFinding] {
        var findings: [JournalFinding] = []
        for table in snapshotTables {
            let key = trailKey(table, row: "t")
            let data = try trailData(db, table, row: "t")
            // A row the trail has and the journal lacks, found by its key columns (in the trail's data)
            // on the table's own index: a join with `now` on the text key ran one scan per row.
            let byKey = trailedTables.first { $0.table == table }!.key
                .map { "t.\($0) = json_extract(last.data, '$.\($0)')" }.joined(separator: " AND ")
            let differing = try Row.fetchAll(
                db,
                sql: """
                    WITH now AS MATERIALIZED (SELECT \(key) AS key, \(data) AS data FROM \(table) t),
                    last AS MATERIALIZED (SELECT key, data, op, change_id, max(id) FROM change_row
                             WHERE table_name = ? AND change_id IS NOT NULL GROUP BY key)
                    SELECT now.key, now.data AS now, last.data AS trail, last.op, c.id AS change, c.user, c.at
                    FROM now LEFT JOIN last ON last.key = now.key LEFT JOIN change c ON c.id = last.change_id
                    WHERE last.key IS NULL OR last.op = 'delete' OR last.data IS NOT now.data
                    UNION ALL
                    SELECT last.key, NULL, last.data, last.op, c.id, c.user, c.at
                    FROM last JOIN change c ON c.id = last.change_id
                    WHERE last.op <> 'delete' AND NOT EXISTS (SELECT 1 FROM \(table) t WHERE \(byKey))
                    ORDER BY 1
                    """, arguments: [table])
            for row in differing.prefix(listedFindings) {
                let subject = "\(table.replacingOccurrences(of: "_", with: " ")) \(row["key"] as String)"
                let now: String? = row["now"]
                let trail: String? = row["trail"]
                let source =
                    (row["change"] as Int64?).map {
                        "change \($0) by \(row["user"] as String) at \(row["at"] as String)"
                    }
                    ?? "no change"
                let problem: String
                if now == nil {
                    problem = "missing from the journal, present in the trail (\(source))"
                } else if trail == nil || row["op"] as String? == "delete" {
                    problem = "in the journal, but no change of the trail made it"
                } else {
                    problem = differences(now: now!, trail: trail!) + " (\(source))"
                }
                findings.append(.init(subject, problem, todo: tamperTodo))
            }
            if differing.count > listedFindings {
                findings.append(
                    .init(
                        table.replacingOccurrences(of: "_", with: " ") + "s",
                        "\(differing.count - listedFindings) more differ from the trail, not listed", todo: tamperTodo))
            }
        }
        return findings
    }

    /// "value 5 in the journal, 3 in the trail": the fields of two JSON objects that differ.
    private static func differences(now: String, trail: String) -> String {
        func object(_ text: String) -> [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        }
        func shown(_ value: Any?) -> String {
            switch value {
            case nil, is NSNull: return "empty"
            case let text as String: return text
            case let number as NSNumber: return number.stringValue
            default: return "\(value!)"
            }
        }
        let (a, b) = (object(now), object(trail))
        let fields = Set(a.keys).union(b.keys).sorted().filter { shown(a[$0]) != shown(b[$0]) }
        guard !fields.isEmpty else { return "differs from the trail" }
        return fields.map { "\($0) \(shown(a[$0])) in the journal, \(shown(b[$0])) in the trail" }
            .joined(separator: "; ")
    }
}
