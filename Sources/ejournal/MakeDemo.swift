import ArgumentParser
import Foundation
import JournalStore

/// `ejournal demo --db FILE`: makes a realistic school of its own.
struct MakeDemo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract:
            "Make a realistic demo school in a new journal: people, timetable, lessons, marks, absences, log-ins.",
        discussion: "The same options and seed always give the same school."
    )

    @OptionGroup var store: StoreOption

    @Option(name: .long, help: "How many classes the school has (1 to 99).")
    var classes: Int = 4

    @Option(name: .long, help: "The seed of the school's random choices.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "The last day with lessons and the school's \"as of\" date, YYYY-MM-DD.")
    var until: String = "2026-11-27"

    func validate() throws {
        try checkDate(until, option: "--until")
        guard (1...99).contains(classes) else { throw ValidationError("--classes takes a number from 1 to 99.") }
    }

    func run() throws {
        do {
            let existed = FileManager.default.fileExists(atPath: store.db)
            let journal = try store.open()
            let started = Date()
            let summary: DemoSchool.Summary
            do {
                summary = try DemoSchool.generate(
                    into: journal, options: DemoSchool.Options(classes: classes, seed: seed, until: until))
            } catch {
                if !existed { try? FileManager.default.removeItem(atPath: store.db) }
                throw error
            }
            print("made a demo school in \(store.db) in " + String(format: "%.1f s", Date().timeIntervalSince(started)))
            print(summary)
        } catch {
            throw report(error)
        }
    }
}
