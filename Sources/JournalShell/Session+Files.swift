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
        let export = folder == .export
        if actor.kind == .parent || actor.kind == .student {
            throw Diagnostic(
                Message(export ? ShellText.mayNotWriteFiles : .mayNotRunScripts, actor.name),
                hint: Message(ShellText.parentsReadTheDiary, MessageArgument.keyword("diary")))
        }
        var path = local
        if actor.kind != .administrator {
            guard let base = try store.folders()[folder] else {
                throw Diagnostic(
                    Message(export ? ShellText.mayNotWriteFilesNoFolder : .mayNotRunScriptsNoFolder, actor.name),
                    hint: Message(ShellText.operatorSetsTheFolder, folder.rawValue))
            }
            path = argument.hasPrefix("/") ? argument : (base as NSString).appendingPathComponent(argument)
            let resolved = JournalStore.resolvedPath(path)
            guard resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
                throw Diagnostic(
                    Message(export ? ShellText.mayNotWriteFilesOutside : .mayNotRunScriptsOutside, actor.name, base),
                    hint: Message(export ? ShellText.nameAFileInsideExport : .nameAFileInsideScripts))
            }
        }
        if try store.isOwnFile(path) {
            throw Diagnostic(
                Message(ShellText.journalsOwnFile, path),
                hint: Message(export ? ShellText.writeToAFileOfTheirOwn : .runAScriptFile))
        }
        return path
    }
}
