import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// Every required question (Q1–Q18) and report typed in Russian (`Russian/NAME.ejq`) gives
/// exactly the rows, in the same order, of its English twin (`Oracle/NAME.ejq`, itself checked
/// against hand-written SQL by `OracleTests`).
final class RussianTwinTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    func rows(of text: String, store: JournalStore, catalog: JournalCatalog) throws -> [[String]] {
        var rows: [[String]] = []
        for statement in try Compiler.compile(text, catalog: catalog, today: CivilDate(SampleSchool.today)!) {
            switch statement {
            case .query(let sql):
                rows += try SampleSchool.rows(sql.sql, arguments: sql.arguments, in: store)
            case .report(let tables), .diary(_, let tables):
                for table in tables {
                    rows += try SampleSchool.rows(table.query.sql, arguments: table.query.arguments, in: store)
                }
            default:
                XCTFail("\(text) is not a query or report")
            }
        }
        return rows
    }

    func testEveryRussianQuestionGivesTheRowsOfItsEnglishTwin() throws {
        let russian = Self.folder.appendingPathComponent("Russian")
        let names = try FileManager.default.contentsOfDirectory(atPath: russian.path)
            .filter { $0.hasSuffix(".ejq") }.map { String($0.dropLast(4)) }.sorted()
        XCTAssertEqual(names.filter { $0.hasPrefix("q") }.count, 18, "every Q of the spec has its Russian twin")
        XCTAssertEqual(names.filter { $0.hasPrefix("r") }.count, 5, "every report has its Russian twin")
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        for name in names {
            let text = try String(contentsOf: russian.appendingPathComponent(name + ".ejq"), encoding: .utf8)
            let english = try String(
                contentsOf: Self.folder.appendingPathComponent("Oracle/\(name).ejq"), encoding: .utf8)
            let theirs = try rows(of: english, store: store, catalog: catalog)
            XCTAssertFalse(theirs.isEmpty, "\(name): the English twin has no rows, so the check would be empty")
            XCTAssertEqual(try rows(of: text, store: store, catalog: catalog), theirs, "\(name): \(text)")
        }
    }

    /// The words around a Russian word decide what it stands for.
    func testRussianWordsAreReadInTheirContext() throws {
        let pairs = [
            ("уроки в 7А с 01.09.2026 по 30.09.2026", "lessons in 7А during from 2026-09-01 to 2026-09-30"),
            ("уроки в 7А за с 01.09.2026 по 30.09.2026", "lessons in 7А during from 2026-09-01 to 2026-09-30"),
            ("уроки в 7А с 20.11.2026", "lessons in 7А during since 2026-11-20"),
            ("уроки в 7А за 20.11.2026", "lessons in 7А during on 2026-11-20"),
            ("уроки в 7А за эту неделю", "lessons in 7А during this week"),
            ("отметки в 7А за прошлую неделю", "marks in 7А during last week"),
            ("отметки в 7А за последние 2 недели", "marks in 7А during last 2 weeks"),
            ("уроки в 7А где тема не пусто", "lessons in 7А where topic is not empty"),
            ("уроки в 7А где тема пусто", "lessons in 7А where topic is empty"),
            (
                "отметки в 7А по значению сортировать по значению по убыванию",
                "marks in 7А by value order by value desc"
            ),
            ("отметки в 7А по дням недели", "marks in 7А by weekday"),
            ("итоговые отметки в 7А", "grades in 7А"),
            ("ученики в 7А где ДАТА_РОЖДЕНИЯ не пусто", "students in 7А where birth_date is not empty"),
            ("учащиеся в 7А где риск = да", "students in 7А where risk = true"),
            ("отметки в 7А где вид = контрольная", "marks in 7А where kind = control"),
            ("пропуски в 7А где код = б", "absences in 7А where code = sick"),
            ("ученики в 7А где пол = ж", "students in 7А where sex = f"),
            ("объяснить план запроса ученики в 7А", "explain query plan students in 7А"),
            ("накопляемость в 7А за период 1", "check density in 7А during term 1"),
            ("проверка журнала за период 1", "audit during term 1"),
            (
                "отметки в 7А за четверть 1 где значение = 5 и вид = ответ или вид = самостоятельная",
                "marks in 7А during quarter 1 where value = 5 and kind = answer or kind = independent"
            ),
        ]
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        for (russian, english) in pairs {
            let ours = try Compiler.compile(russian, catalog: catalog, today: CivilDate(SampleSchool.today)!)
            let theirs = try Compiler.compile(english, catalog: catalog, today: CivilDate(SampleSchool.today)!)
            XCTAssertEqual(Self.sql(ours), Self.sql(theirs), russian)
        }
    }

    /// `ё` is `е`, and case does not matter.
    func testCaseAndYoDoNotMatter() throws {
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        let today = CivilDate(SampleSchool.today)!
        let plain = try Compiler.compile("ученики в 7А показать фио", catalog: catalog, today: today)
        for variant in ["УЧЕНИКИ В 7А ПОКАЗАТЬ ФИО", "Ученики в 7а Показать Фио"] {
            XCTAssertEqual(Self.sql(try Compiler.compile(variant, catalog: catalog, today: today)), Self.sql(plain))
        }
        XCTAssertEqual(
            Self.sql(try Compiler.compile("отчёт 7А период 1", catalog: catalog, today: today)),
            Self.sql(try Compiler.compile("отчет 7А период 1", catalog: catalog, today: today)))
    }

    /// The statements' SQL and arguments, their columns' titles left out (a Russian query's
    /// columns are titled in Russian, as typed).
    static func sql(_ statements: [CompiledStatement]) -> [String] {
        statements.map { statement in
            sqlWithTitles(statement).replacing(#/ AS "[^"]*"/#, with: "")
        }
    }

    static func sqlWithTitles(_ statement: CompiledStatement) -> String {
        switch statement {
        case .query(let sql): return sql.sql + " " + sql.arguments.map { "\($0)" }.joined(separator: ",")
        case .report(let tables), .diary(_, let tables), .explain(let tables, plan: _):
            return tables.map { $0.query.sql + " " + $0.query.arguments.map { "\($0)" }.joined(separator: ",") }
                .joined(separator: "\n")
        default: return "\(statement)"
        }
    }

    func testAColumnGroupedByIsNamedAsAWordNotAsItIsSaidAfterPo() throws {
        let store = try SampleSchool.store()
        let today = CivilDate(SampleSchool.today)!
        guard
            case .query(let sql) = try Compiler.compile(
                "отметки в 7А по значению, дням недели показать значение, количество()", catalog: try store.catalog(),
                today: today
            ).first
        else { return XCTFail("not a query") }
        XCTAssertEqual(Array(sql.columns.prefix(1)), ["значение"])
    }
}
