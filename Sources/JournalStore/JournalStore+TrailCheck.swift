import Foundation
import GRDB
import JournalFoundation

/// Reading the change trail back (`check journal`): the chain recomputed, rows written outside
/// ejournal, and the journal's rows against what the trail says last.
extension JournalStore {
    static func trailFindings(_ db: Database) throws -> [JournalFinding] {
        guard try db.tableExists("change") else { return [] }
        return try chainFindings(db) + pendingFindings(db) + lastWordFindings(db)
    }

    private static let tamperTodo = Message(CheckText.tamperTodo)

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
            let subject = Message(CheckText.changeNamed, Int(id))
            let rowsHash = digest.hexString()
            if entry["prev_hash"] as String != previous {
                findings.append(.init(subject, Message(CheckText.chainBroken), todo: tamperTodo))
            }
            if count != entry["rows"] as Int || rowsHash != entry["rows_hash"] as String {
                findings.append(
                    .init(subject, Message(CheckText.rowsNotRecorded, count, entry["rows"] as Int), todo: tamperTodo))
            }
            let hash = entryHash(
                prev: entry["prev_hash"], at: entry["at"], user: entry["user"], statement: entry["statement"],
                rowsHash: entry["rows_hash"])
            if hash != entry["hash"] as String {
                findings.append(.init(subject, Message(CheckText.hashMismatch), todo: tamperTodo))
            }
            previous = entry["hash"]
        }
        if let row = pendingRow {
            findings.append(
                .init(
                    Message(CheckText.changeNamed, Int(row[0] as Int64)), Message(CheckText.rowsOfNoEntry),
                    todo: tamperTodo))
        }
        return findings
    }

    /// Rows the triggers put in the trail that no entry took: written by another program.
    private static func pendingFindings(_ db: Database) throws -> [JournalFinding] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT table_name, key, op FROM change_row WHERE change_id IS NULL ORDER BY id")
        var findings = rows.prefix(listedFindings).map { row in
            JournalFinding(
                Message.verbatim("\(row["table_name"] as String) \(row["key"] as String)"),
                Message(CheckText.madeOutside, operation(row["op"])), todo: tamperTodo)
        }
        if rows.count > listedFindings {
            findings.append(
                .init(
                    Message(CheckText.trailSubject), Message(CheckText.moreRowsOutside, rows.count - listedFindings),
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
                .map { "t.\($0) = json_extract(last.data, '$.\($0)')" }.joinedText(separator: " AND ")
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
                let subject = Message(rowOf(table), row["key"] as String)
                let now: String? = row["now"]
                let trail: String? = row["trail"]
                let source =
                    (row["change"] as Int64?).map {
                        Message(CheckText.changeBy, Int($0), row["user"] as String, row["at"] as String)
                    }
                    ?? Message(CheckText.noChange)
                let problem: Message
                if now == nil {
                    problem = Message(CheckText.missingFromJournal, source)
                } else if trail == nil || row["op"] as String? == "delete" {
                    problem = Message(CheckText.madeByNoChange)
                } else {
                    problem = Message(CheckText.withSource, differences(now: now!, trail: trail!), source)
                }
                findings.append(.init(subject, problem, todo: tamperTodo))
            }
            if differing.count > listedFindings {
                findings.append(
                    .init(
                        Message(rowsOf(table)), Message(CheckText.moreDiffer, differing.count - listedFindings),
                        todo: tamperTodo))
            }
        }
        return findings
    }

    /// "value 5 in the journal, 3 in the trail": the fields of two JSON objects that differ.
    private static func differences(now: String, trail: String) -> Message {
        func object(_ text: String) -> [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        }
        func text(_ value: Any?) -> String? {
            switch value {
            case nil, is NSNull: return nil
            case let text as String: return text
            case let number as NSNumber: return number.stringValue
            default: return "\(value!)"
            }
        }
        func shown(_ value: Any?) -> Message {
            text(value).map(Message.verbatim) ?? Message(CheckText.emptyValue)
        }
        let (a, b) = (object(now), object(trail))
        let fields = Set(a.keys).union(b.keys).sorted().filter { text(a[$0]) != text(b[$0]) }
        guard !fields.isEmpty else { return Message(CheckText.differsFromTrail) }
        return Message.joined(
            fields.map { Message(CheckText.fieldDiffers, $0, shown(a[$0]), shown(b[$0])) }, separator: "; ")
    }

    /// "mark" in "mark M0000123": a row of a table the trail holds whole.
    private static func rowOf(_ table: String) -> CheckText {
        switch table {
        case "mark": .markNamed
        case "mark_correction": .markCorrectionNamed
        default: .periodGradeNamed
        }
    }

    /// "marks": the rows of a table the trail holds whole.
    private static func rowsOf(_ table: String) -> CheckText {
        switch table {
        case "mark": .marksSubject
        case "mark_correction": .markCorrectionsSubject
        default: .periodGradesSubject
        }
    }

    /// "insert", "update", "delete": what a row of the trail did.
    private static func operation(_ op: String) -> Message {
        switch op {
        case "insert": Message(CheckText.opInsert)
        case "update": Message(CheckText.opUpdate)
        case "delete": Message(CheckText.opDelete)
        default: .verbatim(op)
        }
    }
}
