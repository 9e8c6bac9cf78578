import Foundation
import JournalFoundation
import JournalStore

extension Session {
    /// The file a dot-command may write results to (`.output`, `.once`: the export folder) or
    /// run as a script (`.read`: the scripts folder), or a refusal saying why not.
    ///
    /// No one touches the journal's own files — the store, its `-journal` and `-wal`, its backup
    /// copies. A user who logged in works only inside the folder the operator set (a relative
    /// path starts there); parents and students write and read no files at all. The local
    /// administrator is, as with sqlite3, whoever can open the file, and may use any other path.
    ///
    /// - Parameters:
    ///   - argument: the path as typed.
    ///   - local: the path as the administrator's shell resolves it (from the current folder or script).
    public func permittedFile(_ argument: String, local: String, in folder: JournalFolder) throws -> String {
        let doing = folder == .export ? "write results to files" : "run script files"
        if actor.kind == .parent || actor.kind == .student {
            throw Diagnostic(
                "\(actor.name) may not \(doing)", hint: "parents and students read the diary on the screen: diary")
        }
        var path = local
        if actor.kind != .administrator {
            guard let base = try store.folders()[folder] else {
                throw Diagnostic(
                    "\(actor.name) may not \(doing): the operator has set no \(folder.rawValue) folder",
                    hint: "the operator sets one: set \(folder.rawValue) folder \"/srv/ejournal/\(folder.rawValue)\"")
            }
            path = argument.hasPrefix("/") ? argument : (base as NSString).appendingPathComponent(argument)
            let resolved = JournalStore.resolvedPath(path)
            guard resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
                throw Diagnostic(
                    "\(actor.name) may not \(doing) outside the \(folder.rawValue) folder \(base)",
                    hint: "name a file inside it, e.g. \(folder == .export ? ".once" : ".read") "
                        + (folder == .export ? "results.csv" : "audit.ejs"))
            }
        }
        if try store.isOwnFile(path) {
            throw Diagnostic(
                "\(path) is one of the journal's own files (the store, its logs, its backup copies)",
                hint: folder == .export
                    ? "write results to a file of their own: .output results.csv" : "run a script file: .read audit.ejs"
            )
        }
        return path
    }
}
