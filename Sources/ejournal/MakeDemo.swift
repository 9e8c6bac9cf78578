import ArgumentParser
import Foundation
import JournalFoundation
import JournalShell
import JournalStore

/// `ejournal demo --db FILE`: makes a realistic school of its own.
struct MakeDemo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: text(.demoAbstract),
        discussion: text(.demoDiscussion)
    )

    @OptionGroup var store: StoreOption

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(text(.optionClasses)))
    var classes: Int = 4

    @Option(name: .long, help: ArgumentHelp(text(.optionSeed)))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp(text(.optionUntil)))
    var until: String = "2026-11-27"

    func validate() throws {
        try checkDate(until, option: "--until")
        guard (1...99).contains(classes) else { throw ValidationError(text(.classesRange)) }
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
            let seconds = Message(ShellText.seconds, decimal(Date().timeIntervalSince(started), digits: 1))
            print(text(.madeDemo, store.db, seconds))
            print(summary)
        } catch {
            throw report(error)
        }
    }
}
