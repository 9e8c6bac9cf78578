import Foundation
import GRDB
import JournalFoundation

/// What a backup copy is known to hold, written beside it as `COPY.manifest.json`.
public struct BackupManifest: Codable, Equatable, Sendable {
    /// When the copy was made, `YYYY-MM-DD HH:MM`.
    public var madeAt: String
    /// The school year the journal was in.
    public var year: String
    /// Rows of every table of the journal.
    public var rows: [String: Int]
    /// SHA-256 of the copy's bytes, in hex.
    public var sha256: String
    /// The school whose journal it is (a copy made before this was recorded has none).
    public var school: String?

    /// Where the manifest of the copy at `path` is.
    public static func path(for copy: String) -> String { copy + ".manifest.json" }
}

/// How a backup to one destination went.
public struct BackupOutcome: Equatable, Sendable {
    public var path: String
    /// The reason it failed, or nil when the copy was written and verified.
    public var problem: Message?
    public var sha256: String?
}

/// Whether this year's backup onto two media has been made (R6: by 30 June).
public struct BackupStatus: Equatable, Sendable {
    /// Verified backups of this school year, newest first: when and where.
    public var backups: [(at: String, path: String)]
    /// Distinct folders (media) the verified copies are on.
    public var media: Int
    /// A warning for the user, when the regulation's deadline is near or past without two copies.
    public var warning: Message?

    public static func == (a: BackupStatus, b: BackupStatus) -> Bool {
        a.media == b.media && a.warning == b.warning && a.backups.map(\.path) == b.backups.map(\.path)
    }
}

extension JournalStore {
    /// Copies the journal, while it may be in use (SQLite's online backup), to every path,
    /// verifies each copy (integrity check, row counts, checksum) and writes its manifest.
    /// A destination that fails is reported; it does not stop the others.
    public func backup(to paths: [String], now: String) throws -> [BackupOutcome] {
        let (year, school) = try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT year, name FROM school")
            return (row?["year"] as String? ?? "", row?["name"] as String? ?? "")
        }
        // Every destination is checked before anything is copied: a copy never takes the place
        // of anything but an earlier copy of this journal.
        for path in paths { try BackupDestination(path: path, journal: self.path, school: school).check() }
        var outcomes: [BackupOutcome] = []
        for path in paths {
            var outcome = BackupOutcome(path: path)
            do {
                outcome.sha256 = try backup(to: path, now: now, year: year, school: school)
            } catch let diagnostic as Diagnostic {
                outcome.problem = diagnostic.message
            } catch {
                outcome.problem = .verbatim("\(error)")
            }
            outcomes.append(outcome)
        }
        // Recorded after every copy is made: a connection that has written cannot be backed up from.
        try write { db in
            for outcome in outcomes {
                try db.execute(
                    sql: "INSERT INTO backup_record (at, path, sha256, verified, problem) VALUES (?, ?, ?, ?, ?)",
                    arguments: [
                        now, outcome.path, outcome.sha256, outcome.problem == nil ? 1 : 0, outcome.problem?.description,
                    ])
            }
        }
        return outcomes
    }

    private func backup(to path: String, now: String, year: String, school: String) throws -> String {
        let destination = BackupDestination(path: path, journal: self.path, school: school)
        let folder = destination.folder
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw Diagnostic(Message(StoreText.noBackupFolder, folder))
        }
        // Checked again: the medium may have changed since the statement began.
        try destination.check()
        // Written beside the destination under a name of its own, verified, then renamed into
        // place: a copy that is there is always a whole one, and nothing else is ever removed.
        let partial = try destination.newPartialPath()
        defer { try? FileManager.default.removeItem(atPath: partial) }
        do {
            let copy = try DatabaseQueue(path: partial)
            // Through `read`, so that a backup inside a script's transaction uses its connection.
            try read { source in
                try copy.writeWithoutTransaction { destination in try source.backup(to: destination) }
            }
            try copy.close()
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_LOCKED {
                throw Diagnostic(Message(StoreText.backupInChangedScript))
            }
            throw Diagnostic(Message(StoreText.copyNotWritten, StoreFailure.explain(error)))
        }
        let rows = try Self.checkCopy(at: partial)
        let sha256 = try Self.sha256(ofFile: partial)
        let manifest = BackupManifest(madeAt: now, year: year, rows: rows, sha256: sha256, school: school)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let partialManifest = partial + ".manifest.json"
        defer { try? FileManager.default.removeItem(atPath: partialManifest) }
        do {
            try encoder.encode(manifest).write(to: URL(fileURLWithPath: partialManifest), options: .withoutOverwriting)
        } catch {
            throw Diagnostic(Message(StoreText.manifestNotWritten, error.localizedDescription))
        }
        // rename(2) replaces an earlier copy (a plain file, checked above) in one step.
        // The manifest first: a copy in place always has its own manifest beside it.
        for (from, to) in [(partialManifest, BackupManifest.path(for: path)), (partial, path)] {
            guard rename(from, to) == 0 else {
                throw Diagnostic(Message(StoreText.copyNotPutInPlace, String(cString: strerror(errno))))
            }
        }
        // Read back what is on the medium now.
        guard try Self.sha256(ofFile: path) == sha256 else {
            throw Diagnostic(Message(StoreText.copyDiffers))
        }
        return sha256
    }

    /// The integrity check of a copy and its rows per table; throws naming the failing check.
    static func checkCopy(at path: String) throws -> [String: Int] {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let copy = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? copy.close() }
            return try copy.read { db in
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                guard integrity == ["ok"] else {
                    throw Diagnostic(
                        Message(StoreText.copyFailsIntegrity, Array(integrity.prefix(3)).joinedText(separator: "; ")))
                }
                guard try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty else {
                    throw Diagnostic(Message(StoreText.copyFailsForeignKeys))
                }
                var rows: [String: Int] = [:]
                // A copy made before a table existed simply has none of its rows.
                let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table'"))
                for table in tables + keepingTables where present.contains(table) {
                    rows[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\"") ?? 0
                }
                return rows
            }
        } catch let error as DatabaseError {
            throw Diagnostic(Message(StoreText.copyFailsIntegrity, StoreFailure.explain(error)))
        }
    }

    static func sha256(ofFile path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Diagnostic(Message(StoreText.cannotRead, path))
        }
        defer { try? handle.close() }
        var digest = SHA256Digest()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            digest.update(chunk)
        }
        return digest.hexString()
    }

    /// Checks a backup copy against its manifest; throws a diagnostic naming the check that fails.
    public static func verifyBackup(at path: String) throws -> BackupManifest {
        guard FileManager.default.fileExists(atPath: path) else {
            throw Diagnostic(Message(StoreText.noBackupCopy, path), hint: Message(StoreText.givePathOfCopy))
        }
        guard let data = FileManager.default.contents(atPath: BackupManifest.path(for: path)),
            let manifest = try? JSONDecoder().decode(BackupManifest.self, from: data)
        else {
            throw Diagnostic(
                Message(StoreText.noReadableManifest, BackupManifest.path(for: path)),
                hint: Message(StoreText.onlyOwnCopies))
        }
        guard try sha256(ofFile: path) == manifest.sha256 else {
            throw Diagnostic(Message(StoreText.copyFailsChecksum), hint: Message(StoreText.copyDamaged))
        }
        let rows = try checkCopy(at: path)
        for (table, count) in manifest.rows.sorted(by: { $0.key < $1.key }) where rows[table] != count {
            throw Diagnostic(
                Message(StoreText.copyFailsRowCounts, table, rows[table] ?? 0, count),
                hint: Message(StoreText.copyDamaged))
        }
        return manifest
    }

    /// Replaces the journal with a verified backup copy. The current journal stays as it is
    /// unless the copy passes every check; the replacement is one transaction. The restore is
    /// then recorded in the restored journal's change trail, by `user`, as `statement`.
    public func restore(from path: String, by user: String = administratorName, statement: String? = nil) throws
        -> BackupManifest
    {
        guard current == nil else {
            throw Diagnostic(Message(StoreText.restoreInTransaction), hint: Message(StoreText.runOnItsOwn))
        }
        let manifest = try Self.verifyBackup(at: path)
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let copy = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? copy.close() }
            try copy.backup(to: queue)
            // A copy made by an older ejournal is brought up to date.
            try Self.migrator.migrate(queue)
            try queue.write { db in
                try Self.recordChange(
                    in: db, by: user, statement: statement ?? "restore from \"\(path)\"", at: Self.clockTime())
            }
        } catch let error as DatabaseError {
            throw Diagnostic(Message(StoreText.notRestored, StoreFailure.explain(error)))
        }
        return manifest
    }

    /// This school year's verified backups and whether R6's two media by 30 June are met.
    public func backupStatus(today: String) throws -> BackupStatus {
        try read { db in
            let year = try String.fetchOne(db, sql: "SELECT year FROM school") ?? ""
            let start = String(year.prefix(4)) + "-09-01"
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT at, path FROM backup_record WHERE verified = 1 AND at >= ? ORDER BY at DESC, id DESC",
                arguments: [start])
            let backups = rows.map { (at: $0["at"] as String, path: $0["path"] as String) }
            let media = Set(backups.map { ($0.path as NSString).deletingLastPathComponent }).count
            var warning: Message?
            let deadline = String(year.suffix(4)) + "-06-30"
            let june = String(year.suffix(4)) + "-06-01"
            if media < 2 && today >= june {
                warning =
                    today > deadline
                    ? Message(StoreText.backupDeadlinePassed, deadline)
                    : Message(media == 0 ? StoreText.backUpByNoMedium : StoreText.backUpByOneMedium, deadline)
            }
            return BackupStatus(backups: backups, media: media, warning: warning)
        }
    }
}
