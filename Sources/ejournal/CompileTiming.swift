import ArgumentParser
import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore

/// `ejournal compile-time`: how long compiling a query (text to SQL, without running it) takes.
///
/// Used by `scripts/bench`; hidden from the help, as it is for measuring ejournal itself.
struct CompileTiming: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile-time",
        abstract: "Measure how long each statement takes to compile to SQL (for scripts/bench).",
        shouldDisplay: false
    )

    @OptionGroup var store: StoreOption

    @Option(name: .long, help: "The \"as of\" date, YYYY-MM-DD.")
    var today: String = "2026-11-27"

    @Option(name: .long, help: "How many times each statement is compiled.")
    var repeats: Int = 1000

    @Argument(help: "The statements to time.")
    var statements: [String]

    func run() throws {
        do {
            guard let date = CivilDate(today) else { throw ValidationError("--today takes a date as YYYY-MM-DD.") }
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
                print(String(format: "%8.1f µs  %@", microseconds, statement))
            }
        } catch let errors as LanguageErrors {
            throw report(
                Diagnostics(errors.diagnostics(source: statements.joined(separator: "\n"), file: "<argument>")))
        } catch {
            throw report(error)
        }
    }

    /// Text to SQL: the language's stages, and a report's tables.
    private func compile(_ text: String, catalog: JournalCatalog, today: CivilDate) throws -> Int {
        try Compiler.compile(text, catalog: catalog, today: today).count
    }
}
