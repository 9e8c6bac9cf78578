import Foundation
import GRDB
import TestSupport
import XCTest

@testable import JournalStore

/// A migration that has shipped never changes: the SQL each one runs on a new store is kept
/// as it shipped, in `Migrations/NAME.sql`, and compared byte for byte. A change to the schema
/// (a new kind of mark, a new rule) is a new migration, recorded once with
/// `EJOURNAL_RECORD_MIGRATIONS=1 swift test --filter MigrationFreezeTests`.
final class MigrationFreezeTests: XCTestCase {
    static let folder = Fixtures.testsFolder.appendingPathComponent("JournalStoreTests/Migrations")

    /// The statements SQLite runs, as written (parameters unbound), gathered while tracing.
    final class Statements: @unchecked Sendable {
        var sql: [String] = []
    }

    func testEveryShippedMigrationRunsTheSQLItShippedWith() throws {
        let queue = try DatabaseQueue()
        let statements = Statements()
        queue.inDatabase { db in
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { statements.sql.append(statement.sql) }
            }
        }
        let record = ProcessInfo.processInfo.environment["EJOURNAL_RECORD_MIGRATIONS"] == "1"
        let migrator = JournalStore.migrator
        XCTAssertGreaterThan(migrator.migrations.count, 10)
        for name in migrator.migrations {
            statements.sql = []
            try migrator.migrate(queue, upTo: name)
            // GRDB's own bookkeeping of which migrations ran is not the migration's.
            let text =
                statements.sql.filter { !$0.contains("grdb_migrations") && !$0.hasPrefix("PRAGMA") }
                .joined(separator: ";\n") + "\n"
            let file = Self.folder.appendingPathComponent(name + ".sql")
            guard let shipped = try? String(contentsOf: file, encoding: .utf8) else {
                if record {
                    try text.write(to: file, atomically: true, encoding: .utf8)
                } else {
                    XCTFail("\(name) has no recorded SQL: a new migration is recorded once, see this test's comment")
                }
                continue
            }
            XCTAssertEqual(
                text, shipped,
                "the migration \(name) no longer runs the SQL it shipped with: write the change as a new migration")
        }
    }
}
