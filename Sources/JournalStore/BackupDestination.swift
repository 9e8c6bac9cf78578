import Foundation
import GRDB
import JournalFoundation

/// Where a backup copy is to go, and whether it may: a backup writes a new file or replaces an
/// earlier copy of the same journal, and never anything else — not a folder, a link, a device,
/// another file, nor the journal itself with its `-journal` and `-wal` files.
struct BackupDestination {
    let path: String
    /// The journal's own file.
    let journal: String
    /// The school whose journal is backed up, as the manifests of its copies name it.
    let school: String

    var folder: String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Throws a diagnostic saying why the copy may not be written there.
    func check() throws {
        if JournalFiles(journal: journal).contains(path) {
            throw Diagnostic(Message(StoreText.backupOverJournal, path), hint: Message(StoreText.backUpElsewhere))
        }
        try checkExisting(path, isCopy: true)
        try checkExisting(BackupManifest.path(for: path), isCopy: false)
    }

    /// Checks what is at `file`: the copy itself, or (`isCopy` false) its manifest.
    private func checkExisting(_ file: String, isCopy: Bool) throws {
        guard let type = Self.type(of: file) else { return }
        let hint = Message(StoreText.nameNewFile, file)
        switch type {
        case .typeRegular: break
        case .typeDirectory:
            throw Diagnostic(Message(isCopy ? StoreText.folderNotCopy : StoreText.folderNotManifest, file), hint: hint)
        case .typeSymbolicLink: throw Diagnostic(Message(StoreText.isALink, file), hint: hint)
        default: throw Diagnostic(Message(StoreText.notAPlainFile, file), hint: hint)
        }
        guard isCopy else {
            // A manifest beside no copy is one left by an earlier copy that was moved away.
            if Self.type(of: path) == nil, !Self.isManifest(file) {
                throw Diagnostic(Message(StoreText.notAManifest, file), hint: hint)
            }
            return
        }
        // An existing file is replaced only when it is a copy of this journal: as its manifest
        // shows, or (a copy whose manifest was not yet renamed beside it when the process was
        // stopped) as the journal inside it says.
        let data = FileManager.default.contents(atPath: BackupManifest.path(for: file))
        let manifest = data.flatMap { try? JSONDecoder().decode(BackupManifest.self, from: $0) }
        if let school = manifest?.school, school != self.school {
            throw Diagnostic(Message(StoreText.copyOfAnotherJournal, file, school), hint: hint)
        }
        if let manifest, (try? JournalStore.sha256(ofFile: file)) == manifest.sha256 { return }
        if Self.school(inCopy: file) == school { return }
        throw Diagnostic(
            Message(manifest == nil ? StoreText.notACopyNoManifest : StoreText.notACopyOtherManifest, file), hint: hint)
    }

    /// The school of the journal a file holds, or nil when it holds none.
    static func school(inCopy file: String) -> String? {
        var configuration = Configuration()
        configuration.readonly = true
        guard let copy = try? DatabaseQueue(path: file, configuration: configuration) else { return nil }
        defer { try? copy.close() }
        return try? copy.read { db in try String.fetchOne(db, sql: "SELECT name FROM school") }
    }

    /// A name beside the destination that nothing has: the copy is written there first.
    func newPartialPath() throws -> String {
        let name = (path as NSString).lastPathComponent
        for _ in 0..<10 {
            let candidate = (folder as NSString).appendingPathComponent(
                ".\(name).\(UInt32.random(in: 0...UInt32.max)).part")
            if Self.type(of: candidate) == nil && Self.type(of: candidate + ".manifest.json") == nil {
                return candidate
            }
        }
        throw Diagnostic(Message(StoreText.noFreeName, folder))
    }

    static func isManifest(_ file: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: file) else { return false }
        return (try? JSONDecoder().decode(BackupManifest.self, from: data)) != nil
    }

    /// What is at a path, not following a link; nil when nothing is.
    static func type(of file: String) -> FileAttributeType? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else {
            // A link to nowhere has attributes of its own; anything else that fails is absent.
            var status = stat()
            return lstat(file, &status) == 0 ? .typeUnknown : nil
        }
        return attributes[.type] as? FileAttributeType
    }
}

/// The files that are the journal itself: the store, its rollback journal, its write-ahead log and
/// shared memory. Compared by resolved path and, for a file that exists, by device and inode, so
/// neither `..`, a link nor a second hard link can name them unnoticed.
struct JournalFiles {
    let journal: String

    var files: [String] { ["", "-journal", "-wal", "-shm"].map { journal + $0 } }

    func contains(_ path: String) -> Bool {
        let target = Self.resolved(path)
        if files.contains(where: { Self.resolved($0) == target }) { return true }
        guard let identity = Self.identity(path) else { return false }
        return files.contains { Self.identity($0) == identity }
    }

    /// The absolute path with every link and `..` of its folder resolved (the file itself may not exist).
    static func resolved(_ path: String) -> String {
        let absolute =
            path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
        let name = url.lastPathComponent
        let file = (folder as NSString).appendingPathComponent(name)
        // A link at the end is followed too: writing to it would write to what it names.
        return URL(fileURLWithPath: file).resolvingSymlinksInPath().path
    }

    static func identity(_ path: String) -> [UInt64]? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return [UInt64(status.st_dev), UInt64(status.st_ino)]
    }
}
