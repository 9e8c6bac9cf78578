import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

extension XCTestCase {
    /// The rows of every query of `text`, compiled for the sample school's day and run on `store`.
    func rows(_ text: String, _ store: JournalStore, _ catalog: JournalCatalog) throws -> [[String]] {
        var rows: [[String]] = []
        for statement in try Compiler.compile(text, catalog: catalog, today: CivilDate(SampleSchool.today)!) {
            guard case .query(let sql) = statement else { continue }
            rows += try SampleSchool.rows(sql.sql, arguments: sql.arguments, in: store)
        }
        return rows
    }
}
