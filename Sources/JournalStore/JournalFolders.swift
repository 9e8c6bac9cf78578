import Foundation
import GRDB
import GRDBSQLite
import JournalFoundation

/// A folder the operator sets for the files of users who logged in: results written with
/// `.output` and `.once` go into the export folder, scripts run with `.read` come from the
/// scripts folder. Outside them a logged-in user touches no file (parents and students none
/// at all); the local administrator is limited only by the journal's own files.
public enum JournalFolder: String, Sendable, CaseIterable {
    case export
    case scripts

    /// Its name in the store and in `set … folder`.
    var setting: String { rawValue + "_folder" }
}

extension JournalStore {
    /// The folders the operator has set.
    public func folders() throws -> [JournalFolder: String] {
        try read { db in
            var folders: [JournalFolder: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, value FROM setting") {
                if let folder = JournalFolder.allCases.first(where: { $0.setting == row["name"] as String }) {
                    folders[folder] = row["value"]
                }
            }
            return folders
        }
    }

    /// The absolute path with `..` and every link resolved, as the folder checks compare paths.
    public static func resolvedPath(_ path: String) -> String {
        JournalFiles.resolved(path)
    }

    /// The paths of the journal's backup copies and their manifests, as recorded when they were made.
    public func backupPaths() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT path FROM backup_record").flatMap {
                [$0, BackupManifest.path(for: $0)]
            }
        }
    }

    /// Whether a path names one of the journal's own files — the store, its `-journal`, `-wal`
    /// and `-shm` files, a backup copy of it or a copy's manifest — however it is spelled.
    public func isOwnFile(_ path: String) throws -> Bool {
        if JournalFiles(journal: self.path).contains(path) { return true }
        let target = JournalFiles.resolved(path)
        let identity = JournalFiles.identity(path)
        for copy in try backupPaths() {
            if JournalFiles.resolved(copy) == target { return true }
            if let identity, JournalFiles.identity(copy) == identity { return true }
        }
        // A copy made by another journal, or moved here, is known by the manifest beside it.
        return BackupDestination.isManifest(BackupManifest.path(for: path)) || BackupDestination.isManifest(path)
    }

    static func createFolderSettings(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE setting (
                    name TEXT PRIMARY KEY CHECK (name IN ('export_folder', 'scripts_folder')),
                    value TEXT NOT NULL CHECK (value LIKE '/%')
                ) STRICT;
                """)
    }
}

extension JournalWriter {
    /// Sets or clears a folder; it must exist and be given from the root.
    func setFolder(_ folder: JournalFolder, path: String?) throws -> WriteOutcome {
        guard let path else {
            try db.execute(sql: "DELETE FROM setting WHERE name = ?", arguments: [folder.setting])
            return WriteOutcome(
                summary: Message(folder == .export ? StoreText.noExportFolder : StoreText.noScriptsFolder))
        }
        guard path.hasPrefix("/") else {
            throw WriteRefusal(
                Message(folder == .export ? StoreText.exportFolderFromRoot : StoreText.scriptsFolderFromRoot, path),
                hint: Message(StoreText.setFolderHint, folder.rawValue))
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw WriteRefusal(Message(StoreText.noFolder, path), hint: Message(StoreText.makeFolderFirst))
        }
        let resolved = JournalFiles.resolved(path)
        let store = sqlite3_db_filename(db.sqliteConnection, "main").map { String(cString: $0) } ?? ""
        if !store.isEmpty, resolved == JournalFiles.resolved((store as NSString).deletingLastPathComponent) {
            throw WriteRefusal(Message(StoreText.journalsOwnFolder, path), hint: Message(StoreText.folderOfTheirOwn))
        }
        try db.execute(
            sql:
                "INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            arguments: [folder.setting, resolved])
        return WriteOutcome(
            summary: Message(folder == .export ? StoreText.exportFolderIs : StoreText.scriptsFolderIs, resolved))
    }
}
