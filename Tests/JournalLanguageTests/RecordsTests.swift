import Foundation
import JournalFoundation
import JournalLanguage
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// The records' sources on a journal that has what the sample lacks: exam results, a student
/// moved and one withdrawn, credentials issued, backups made. And an account's password hash,
/// which no query, `explain` or message ever reads, however it is spelled.
final class RecordsTests: XCTestCase {
    func rows(_ text: String, in store: JournalStore) throws -> [[String]] {
        let catalog = try store.catalog()
        guard
            case .query(let sql)? = try Compiler.compile(text, catalog: catalog, today: CivilDate(SampleSchool.today)!)
                .first
        else {
            XCTFail("\(text) is not a query")
            return []
        }
        return try SampleSchool.rows(sql.sql, arguments: sql.arguments, in: store)
    }

    func testExamResultsAreReadByClassExamAndMarkInBothLanguages() throws {
        let store = try Fixtures.sampleStore()
        let session = Session(store: store, today: SampleSchool.today, write: { _ in })
        try session.run("exam ЕГЭ alg 2026-11-20 received 2026-11-24: S0055 18 2", file: "test")
        try session.run("exam ОГЭ rus 2026-11-20 received 2026-11-26: S0056 30 4, S0055 25", file: "test")
        XCTAssertEqual(
            try rows("exams in 7А where exam = ЕГЭ and mark = 2 show student, subject, score, late", in: store),
            [["Баранов Ярослав Николаевич", "Алгебра", "18", "1"]])
        XCTAssertEqual(
            try rows(
                "экзамены в 7А где экзамен = егэ и отметка = 2 показать ученик, предмет, баллы, поздно", in: store),
            [["Баранов Ярослав Николаевич", "Алгебра", "18", "1"]])
        // The exam in Latin letters, a result with no mark, results entered in time.
        XCTAssertEqual(
            try rows("exams where exam = oge and not late show student, score, mark order by score", in: store),
            [["Баранов Ярослав Николаевич", "25", ""], ["Фёдорова Мария Андреевна", "30", "4"]])
        XCTAssertEqual(try rows("exams in 5А", in: store), [])
        XCTAssertEqual(try rows("exams during last week show count()", in: store), [["3"]])
        XCTAssertEqual(try rows("exams during this week show count()", in: store), [["0"]])
    }

    func testAStudentsClassHistoryKeepsEveryMoveAndTheWithdrawal() throws {
        let store = try Fixtures.sampleStore()
        let session = Session(store: store, today: SampleSchool.today, write: { _ in })
        try session.run("move S0056 to 7Б on 2026-11-25", file: "test")
        try session.run("withdraw S0055 on 2026-11-26", file: "test")
        XCTAssertEqual(
            try rows("enrolment in S0056 show class, start, end, reason, current", in: store),
            [["7А", "2026-09-01", "2026-11-24", "", "0"], ["7Б", "2026-11-25", "", "moved", "1"]])
        XCTAssertEqual(
            try rows("история_обучения в 7А где не текущее показать ученик, конец", in: store),
            [["Баранов Ярослав Николаевич", "2026-11-26"], ["Фёдорова Мария Андреевна", "2026-11-24"]])
        // In force on some day of the span: S0056 was in 7А until 2026-11-24.
        XCTAssertEqual(
            try rows("enrolment in 7А during on 2026-11-24 where student = S0056 show class", in: store), [["7А"]])
        XCTAssertEqual(
            try rows("enrolment in 7А during on 2026-11-25 where student = S0056 show class", in: store), [])
    }

    /// A move and a withdrawal by an order (R1): kept with the enrolments, listed with the promotion
    /// orders; a move without one has none.
    func testTheOrdersOfMovesWithdrawalsAndPromotionsAreListed() throws {
        let store = try Fixtures.sampleStore()
        let session = Session(store: store, today: SampleSchool.today, write: { _ in })
        try session.run("move S0056 to 7Б on 2026-11-25 order \"123-у\" of 2026-11-24", file: "test")
        try session.run("отчислить S0055 с 26.11.2026 приказ \"124-у\" от 25.11.2026", file: "test")
        try session.run("move S0057 to 7А on 2026-11-26", file: "test")
        XCTAssertEqual(
            try rows(
                "enrolment in S0056 show class, order_number, order_date, end_order_number, end_order_date",
                in: store),
            [["7А", "", "", "123-у", "2026-11-24"], ["7Б", "123-у", "2026-11-24", "", ""]])
        XCTAssertEqual(
            try rows("orders show kind, number, date, student, class", in: store),
            [
                ["transfer", "123-у", "2026-11-24", "Фёдорова Мария Андреевна", "7Б"],
                ["withdrawal", "124-у", "2026-11-25", "Баранов Ярослав Николаевич", "7А"],
            ])
        XCTAssertEqual(try rows("приказы где вид = отчисление показать номер", in: store), [["124-у"]])
        XCTAssertEqual(try rows("orders in 7Б show number", in: store), [["123-у"]])
        XCTAssertEqual(try rows("orders in S0057", in: store), [])
        XCTAssertEqual(try rows("orders during on 2026-11-24 show number", in: store), [["123-у"]])
        // The year's end: the promotion order is listed too, and in 7А (whose students it moved).
        try session.run("close year 2026/2027 force \"test\"", file: "test")
        try session.run("promote year 2026/2027 order \"45-у\" of 2027-06-20", file: "test")
        XCTAssertEqual(
            try rows("orders where kind = promotion show kind, number, date, year, student", in: store),
            [["promotion", "45-у", "2027-06-20", "2026/2027", ""]])
    }

    func testAccountsAndBackupsAreListed() throws {
        let store = try Fixtures.sampleStore()
        let session = Session(store: store, today: SampleSchool.today, write: { _ in })
        XCTAssertEqual(try rows("accounts", in: store), [])
        try session.run("issue credentials for S0055", file: "test")
        XCTAssertEqual(
            try rows("accounts in 7А show id, role, login, must_change, failed_logins", in: store),
            [["S0055", "student", "s0055", "1", "0"]])
        XCTAssertEqual(try rows("accounts in 5А", in: store), [])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("records-backups-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.sqlite").path
        let b = folder.appendingPathComponent("b.sqlite").path
        try session.run("backup to \"\(a)\", \"\(b)\"", file: "test")
        XCTAssertEqual(try rows("backups show path, verified, problem", in: store), [[a, "1", ""], [b, "1", ""]])
        XCTAssertEqual(try rows("резервные_копии где не проверена", in: store), [])
    }

    /// Every spelling of the password hash a user might try, in every clause, in both languages and
    /// under `explain`: each is refused with a message that neither shows a hash nor suggests the
    /// column, or (a quoted text) is a text, never the column; no SQL reads `account.password_hash`.
    func testNoSpellingReadsAnAccountsPasswordHash() throws {
        let store = try Fixtures.sampleStore()
        let session = Session(store: store, today: SampleSchool.today, write: { _ in })
        try session.run("issue credentials for 7А", file: "test")
        let hashes = try SampleSchool.rows("SELECT password_hash FROM account", in: store).map { $0[0] }
        XCTAssertGreaterThan(hashes.count, 10)
        let spellings = [
            "password_hash", "PASSWORD_HASH", "Password_Hash", "password", "passwordhash", "hash", "pwd", "pass",
            "secret", "password_hash()", "пароль", "пароли", "хеш", "хэш", "хеш_пароля", "ac.password_hash",
            "account.password_hash", "accounts.password_hash", "\"password_hash\"", "`password_hash`",
            "password-hash", "password hash", "list(password_hash)", "max(password_hash)", "count(password_hash)",
            "min(hash)", "list(accounts.password_hash)", "upper(password_hash)", "password_hash || login",
        ]
        var texts: [String] = []
        for spelling in spellings {
            texts += [
                "accounts show \(spelling)", "accounts show login, \(spelling)", "accounts where \(spelling) = 1",
                "accounts where \(spelling) is not empty show login", "accounts by \(spelling)",
                "accounts order by \(spelling)", "accounts in 7А show \(spelling)",
                "учётные_записи показать \(spelling)", "учётные_записи где \(spelling) = 1",
            ]
        }
        texts += texts.map { "explain " + $0 } + texts.map { "explain query plan " + $0 }
        texts += ["explain accounts", "explain query plan accounts", "accounts", "учётные_записи"]
        let catalog = try store.catalog()
        var problems: [String] = []
        for text in texts {
            // What the user sees, in English and in Russian: the rows, `explain`'s SQL or the error.
            for language in [Language.english, .russian] {
                var output = ""
                let session = Session(store: store, today: SampleSchool.today, write: { output += $0 })
                let saved = Language.current
                Language.current = language
                defer { Language.current = saved }
                var shown = ""
                var hints: [String] = []
                do {
                    try session.run(text, file: "test")
                    shown = output
                } catch let diagnostics as Diagnostics {
                    shown = diagnostics.items.map { $0.rendered(in: language) }.joined(separator: "\n")
                    hints = diagnostics.items.compactMap { $0.hint?.text(in: language) }
                } catch let diagnostic as Diagnostic {
                    shown = diagnostic.rendered(in: language)
                    hints = diagnostic.hint.map { [$0.text(in: language)] } ?? []
                } catch {
                    shown = "\(error)"
                }
                if let hash = hashes.first(where: { shown.contains($0) }) {
                    problems.append("\(text): shows a password hash \(hash.prefix(12))…")
                }
                for marker in ["pbkdf2", "argon2", "password_hash"] where !text.lowercased().contains(marker) {
                    if shown.lowercased().contains(marker) { problems.append("\(text): shows \(marker):\n\(shown)") }
                }
                // (The field must_change is сменить_пароль in Russian: a password, not its hash.)
                for hint in hints where ["hash", "хеш", "хэш"].contains(where: hint.lowercased().contains) {
                    problems.append("\(text): the hint suggests it: \(hint)")
                }
            }
            // Whatever compiles reads no hash: SQLite's authorizer lists what the statement touches.
            guard let statements = try? Compiler.compile(text, catalog: catalog, today: CivilDate(SampleSchool.today)!)
            else { continue }
            for statement in statements {
                guard case .query(let query) = statement else { continue }
                let read = try ReadAccessTests.columnsRead(query.sql, in: store.path)
                if read.contains("account.password_hash") { problems.append("\(text): its SQL reads the hash") }
            }
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
        // No field of any source is a password or a hash of one.
        for source in LanguageReference.sources {
            for field in source.fields where field.name.contains("password") {
                XCTFail("\(source.name) has a field \(field.name)")
            }
        }
        let accounts = try XCTUnwrap(LanguageReference.sources.first { $0.name == "accounts" })
        XCTAssertFalse(accounts.fields.contains { $0.name.contains("hash") })
    }
}
