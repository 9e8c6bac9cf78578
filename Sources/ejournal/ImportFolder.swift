import ArgumentParser
import Foundation
import JournalFoundation
import JournalShell
import JournalStore

/// `ejournal import DIR --db FILE`: loads a CSV folder into a new journal.
struct ImportFolder: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: text(.importAbstract),
        discussion: text(.importDiscussion)
    )

    @Argument(help: ArgumentHelp(text(.optionImportFolder)), completion: .directory)
    var folder: String

    @OptionGroup var store: StoreOption

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(text(.optionEncoding)))
    var encoding: CSVEncoding?

    @Option(name: .long, help: ArgumentHelp(text(.optionDelimiter)))
    var delimiter: String?

    func validate() throws {
        if let delimiter, delimiter.count != 1 {
            throw ValidationError(text(.delimiterIsOneCharacter))
        }
    }

    func run() throws {
        do {
            let existed = FileManager.default.fileExists(atPath: store.db)
            let journal = try store.open()
            let started = Date()
            let onTerminal = isatty(STDERR_FILENO) == 1
            var shown = false
            let summary: JournalImport.Summary
            do {
                summary = try JournalImport(
                    folder: folder, dialect: CSVDialect(encoding: encoding, delimiter: delimiter?.first)
                ).run(into: journal) { file, rows in
                    guard onTerminal, Date().timeIntervalSince(started) > 1 else { return }
                    shown = true
                    FileHandle.standardError.write(Data(("\r" + text(.importing, file, rows) + "\u{1B}[K").utf8))
                }
            } catch {
                // A store file this command created and could not fill is removed again.
                if !existed { try? FileManager.default.removeItem(atPath: store.db) }
                throw error
            }
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let seconds = Date().timeIntervalSince(started)
            print(
                text(
                    .imported, summary.totalRows, summary.rows.count, store.db,
                    Message(ShellText.seconds, decimal(seconds, digits: 2))))
        } catch {
            throw report(error)
        }
    }
}

extension CSVEncoding: ExpressibleByArgument {}

/// `ejournal export DIR --db FILE`: writes the journal out as a CSV folder.
struct ExportFolder: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: text(.exportAbstract)
    )

    @Argument(help: ArgumentHelp(text(.optionExportFolder)), completion: .directory)
    var folder: String

    @OptionGroup var store: StoreOption

    @OptionGroup var language: LanguageOption

    func run() throws {
        do {
            guard FileManager.default.fileExists(atPath: store.db) else {
                throw Diagnostic(Message(ShellText.noJournalAt, store.db), hint: Message(ShellText.checkTheDbPath))
            }
            let journal = try store.open()
            let written = try JournalExport(folder: folder).run(from: journal)
            print(text(.exported, written.values.reduce(0, +), written.count, folder))
            let caveats = try JournalExport.caveats(of: journal)
            let warning = Message(FoundationText.warning).description
            for caveat in caveats {
                FileHandle.standardError.write(Data("\(warning): \(caveat)\n".utf8))
            }
            if !caveats.isEmpty {
                let hint = Message(FoundationText.hint).description + ": " + text(.exportMayNotImportBack)
                FileHandle.standardError.write(Data((hint + "\n").utf8))
            }
        } catch {
            throw report(error)
        }
    }
}
