import ArgumentParser
import Foundation
import JournalFoundation
import JournalStore

/// `ejournal import DIR --db FILE`: loads a CSV folder into a new journal.
struct ImportFolder: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load a school from a folder of CSV files into an empty journal, all or nothing.",
        discussion: """
            The folder holds school.csv, students.csv, marks.csv … as data-format.md describes. \
            UTF-8 (with or without BOM) and Windows-1251 with ';' are detected per file. \
            One bad row rejects the whole import and nothing is written.
            """
    )

    @Argument(help: "The folder of CSV files.", completion: .directory)
    var folder: String

    @OptionGroup var store: StoreOption

    @Option(name: .long, help: "Read every file in this encoding (utf8 or cp1251) instead of detecting it.")
    var encoding: CSVEncoding?

    @Option(name: .long, help: "Read every file with this one-character delimiter instead of detecting it.")
    var delimiter: String?

    func validate() throws {
        if let delimiter, delimiter.count != 1 {
            throw ValidationError("--delimiter takes one character, such as ';' or ','.")
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
                    FileHandle.standardError.write(Data("\rimporting \(file): \(rows) rows read\u{1B}[K".utf8))
                }
            } catch {
                // A store file this command created and could not fill is removed again.
                if !existed { try? FileManager.default.removeItem(atPath: store.db) }
                throw error
            }
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let seconds = Date().timeIntervalSince(started)
            print(
                "imported \(summary.totalRows) rows from \(summary.rows.count) files into \(store.db) in "
                    + String(format: "%.2f s", seconds))
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
        abstract: "Write the journal out as a folder of CSV files (UTF-8, ',' separated), one per table."
    )

    @Argument(help: "The folder to write (created when missing; its CSV files are replaced).", completion: .directory)
    var folder: String

    @OptionGroup var store: StoreOption

    func run() throws {
        do {
            guard FileManager.default.fileExists(atPath: store.db) else {
                throw Diagnostic("there is no journal at \(store.db)", hint: "check the --db path")
            }
            let journal = try store.open()
            let written = try JournalExport(folder: folder).run(from: journal)
            print("exported \(written.values.reduce(0, +)) rows in \(written.count) files to \(folder)")
            let caveats = try JournalExport.caveats(of: journal)
            for caveat in caveats {
                FileHandle.standardError.write(Data("warning: \(caveat)\n".utf8))
            }
            if !caveats.isEmpty {
                FileHandle.standardError.write(
                    Data(
                        ("hint: the folder may not import back as it is; a backup (backup to \"PATH\") keeps "
                            + "the whole journal\n").utf8))
            }
        } catch {
            throw report(error)
        }
    }
}
