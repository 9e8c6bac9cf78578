import ArgumentParser
import Foundation
import JournalFoundation
import JournalLanguage
import JournalShell
import JournalStore

/// `ejournal compile-time`: how long compiling a query (text to SQL, without running it) takes.
///
/// Used by `scripts/bench`; hidden from the help, as it is for measuring ejournal itself.
struct CompileTiming: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile-time",
        abstract: text(.compileTimeAbstract),
        shouldDisplay: false
    )

    @OptionGroup var store: StoreOption

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(text(.optionCompileToday)))
    var today: String = "2026-11-27"

    @Option(name: .long, help: ArgumentHelp(text(.optionRepeats)))
    var repeats: Int = 1000

    @Argument(help: ArgumentHelp(text(.optionStatements)))
    var statements: [String]

    func run() throws {
        do {
            guard let date = CivilDate(today) else { throw ValidationError(text(.todayTakesADate)) }
            let catalog = try store.open().catalog()
            for statement in statements {
                _ = try compile(statement, catalog: catalog, today: date)
                let clock = ContinuousClock()
                let elapsed = try clock.measure {
                    for _ in 0..<repeats { _ = try compile(statement, catalog: catalog, today: date) }
                }
                let microseconds =
                    Double(elapsed.components.attoseconds) / 1e12 / Double(repeats)
                    + Double(elapsed.components.seconds) * 1e6 / Double(repeats)
                let time = decimal(microseconds, digits: 1)
                print(text(.compileTime, String(repeating: " ", count: max(0, 8 - time.count)) + time, statement))
            }
        } catch let errors as LanguageErrors {
            throw report(
                Diagnostics(
                    errors.diagnostics(source: statements.joinedText(separator: "\n"), file: text(.argumentSource)))
            )
        } catch {
            throw report(error)
        }
    }

    /// Text to SQL: the language's stages, and a report's tables.
    private func compile(_ text: String, catalog: JournalCatalog, today: CivilDate) throws -> Int {
        try Compiler.compile(text, catalog: catalog, today: today).count
    }
}
