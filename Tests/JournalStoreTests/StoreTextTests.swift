import Foundation
import GRDB
import JournalFoundation
import TestSupport
import XCTest

@testable import JournalStore

/// The store's texts read in Russian: refusals of an import, of a write, of a backup and of a
/// log-in, at the same place and with the same caret as in English, and words that agree with
/// their numbers.
final class StoreTextTests: XCTestCase {
    // MARK: - Import

    func testAnUnknownStudentOfAMarkIsRefusedInRussian() throws {
        let diagnostic = try rejection(editing: "marks.csv", line: 4) {
            $0.replacingOccurrences(of: "S0005", with: "S9005")
        }
        XCTAssertEqual(
            diagnostic.rendered(in: .russian),
            """
            marks.csv:4:18: ошибка: неизвестный ученик «S9005» в столбце student_id
             4 | M0000003,L000002,S9005,3,classwork,2026-09-01 20:21,T006
               |                  ^~~~~
            подсказка: в students.csv нет такого кода; может быть, «S0005»?
            """)
        XCTAssertEqual(
            diagnostic.rendered(in: .english),
            """
            marks.csv:4:18: error: unknown student "S9005" in student_id
             4 | M0000003,L000002,S9005,3,classwork,2026-09-01 20:21,T006
               |                  ^~~~~
            hint: students.csv has no such id; did you mean "S0005"?
            """)
    }

    func testAnUnknownColumnIsRefusedInRussian() throws {
        let diagnostic = try rejection(editing: "students.csv", line: 1) {
            $0.replacingOccurrences(of: "risk_group", with: "risk_grop")
        }
        XCTAssertEqual(
            diagnostic.rendered(in: .russian),
            """
            students.csv:1:58: ошибка: неизвестный столбец «risk_grop» в students.csv
             1 | id,last_name,first_name,middle_name,sex,birth_date,class,risk_grop
               |                                                          ^~~~~~~~~
            подсказка: может быть, «risk_group»?
            """)
    }

    func testARowWithTooManyFieldsCountsThemInRussian() throws {
        let diagnostic = try rejection(editing: "subjects.csv", line: 3) { $0 + ",extra" }
        let russian = diagnostic.rendered(in: .russian)
        XCTAssertTrue(
            russian.hasPrefix("subjects.csv:3:"), russian)
        XCTAssertTrue(russian.contains("ошибка: в этой строке 4 поля, а в заголовке 3 столбца"), russian)
        XCTAssertTrue(russian.contains("подсказка: поле, в котором есть «,», должно быть в двойных кавычках"), russian)
    }

    func testABadDateInARowIsRefusedInRussian() throws {
        let diagnostic = try rejection(editing: "marks.csv", line: 2) {
            $0.replacingOccurrences(of: "2026-09-01 19:13", with: "2026-09-31 19:13")
        }
        XCTAssertEqual(
            diagnostic.rendered(in: .russian),
            """
            marks.csv:2:36: ошибка: «2026-09-31 19:13» в столбце entered_at — не дата и время
             2 | M0000001,L000001,S0007,5,classwork,2026-09-31 19:13,T006
               |                                    ^~~~~~~~~~~~~~~~
            подсказка: пишите время как ГГГГ-ММ-ДД ЧЧ:ММ по местному времени школы, например 2026-09-01 14:30
            """)
    }

    // MARK: - Writes

    func testARefusedWriteIsPointedAtInRussian() throws {
        let store = try Fixtures.sampleStore()
        let statement = "mark 7А chem 2026-11-27: Баранов 5"
        let write = JournalWrite.marks(
            .init(
                classID: try classID("7А", in: store), className: "7А", groupID: nil, subjects: ["chem"],
                date: "2026-11-27", number: nil, place: .init(5, 23)),
            [.init(student: "S0055", value: 5, kind: "answer", place: .init(25, 34))])
        let refusal = try refusal { _ = try store.apply(write, by: administrator, now: "2026-11-27 10:00") }
        XCTAssertEqual(
            diagnostic(refusal, in: statement).rendered(in: .russian),
            """
            <командная строка>:1:6: ошибка: такого урока нет: 7А chem, 2026-11-27
             1 | mark 7А chem 2026-11-27: Баранов 5
               |      ^~~~~~~~~~~~~~~~~~
            подсказка: в тот день у 7А были: 1 eng (7А-eng-1), 1 eng (7А-eng-2), 2 pe, 3 alg, 4 bio, 5 phys
            """)
        XCTAssertEqual(
            refusal.message.text(in: .english), "there is no such lesson: 7А chem on 2026-11-27",
            "the English text is as it was")
    }

    func testARefusalOfRightsSaysWhoMayInRussian() throws {
        let teacher = Authorizer(
            actor: Actor(kind: .staff, id: "T007", roles: ["teacher"], name: "учитель T007"), scope: ActorScope())
        let refusal = try refusal { try teacher.check(.decideCorrection) }
        XCTAssertEqual(refusal.message.text(in: .russian), "учитель T007 не может решать запросы на исправление")
        XCTAssertEqual(refusal.hint?.text(in: .russian), "это делает директор (R18)")
        let issuing = try self.refusal {
            try teacher.check(.credentialsOf(userID: "T001", roles: ["director"], passwordChosen: false))
        }
        XCTAssertEqual(
            issuing.message.text(in: .russian),
            "учитель T007 не может выдавать учётные данные пользователю T001: это директор")
        XCTAssertEqual(
            issuing.hint?.text(in: .russian), "их выдаёт директор или локальный администратор (без --user)")
    }

    func testAStoreRuleIsExplainedInRussian() throws {
        let store = try Fixtures.sampleStore()
        do {
            try store.write { db in try db.execute(sql: "DELETE FROM mark WHERE id = 'M0000001'") }
            XCTFail("the mark was deleted")
        } catch let error as DatabaseError {
            XCTAssertEqual(
                StoreFailure.explain(error).text(in: .russian),
                "изменение нарушает правило журнала (отметку никогда не удаляют (R18): "
                    + "отметка меняется только через исправление)")
            XCTAssertEqual(
                StoreFailure.explain(error).text(in: .english),
                "the change breaks a rule of the journal (a mark is never deleted (R18): "
                    + "a mark is changed only by a correction)")
        }
    }

    /// Every refusal the store's triggers raise has its Russian text: a trigger's words are found
    /// among the store's rules, so a new trigger cannot speak English only unnoticed.
    func testEveryRuleOfTheStoreHasItsRussianText() throws {
        let store = try JournalStore(path: try Fixtures.storePath())
        let triggers = try store.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'trigger'")
        }
        var raised = Set<String>()
        for sql in triggers {
            for match in sql.matches(of: /RAISE\(ABORT,\s*'((?:[^']|'')*)'\)/) {
                raised.insert(String(match.1).replacingOccurrences(of: "''", with: "'"))
            }
        }
        XCTAssertGreaterThan(raised.count, 30)
        for text in raised.sorted() {
            XCTAssertNotNil(StoreFailure.rule(text), "no Russian text for the store's rule: \(text)")
        }
        XCTAssertEqual(
            Set(StoreText.storeRules.map(\.english)), raised, "every rule of the catalog is one a trigger raises")
    }

    // MARK: - Backups and log-ins

    func testABackupOverTheJournalIsRefusedInRussian() throws {
        let store = try Fixtures.sampleStore()
        do {
            _ = try store.backup(to: [store.path], now: "2026-11-27 10:00")
            XCTFail("the journal was backed up over itself")
        } catch let diagnostic as Diagnostic {
            XCTAssertEqual(
                diagnostic.rendered(in: .russian),
                """
                ошибка: \(store.path) — файл самого журнала: резервную копию нельзя записать поверх журнала
                подсказка: сохраните копию на другой носитель: копировать в "/media/usb/journal.sqlite"
                """)
        }
        let status = try store.backupStatus(today: "2027-06-10")
        XCTAssertEqual(
            status.warning?.text(in: .russian),
            "сделайте резервные копии на два носителя до 2027-06-30 (R6): пока нет ни одной")
    }

    func testAWrongLogInIsRefusedInRussian() throws {
        let store = try Fixtures.sampleStore()
        do {
            _ = try store.logIn(login: "t999", password: "не тот пароль", now: "2026-11-27 08:10")
            XCTFail("the log-in was accepted")
        } catch let refused as LogInRefused {
            XCTAssertEqual(
                refused.diagnostic.rendered(in: .russian),
                """
                ошибка: неверный логин или пароль
                подсказка: логин — ваш код строчными буквами (t005, s0001, p0002); в пароле различаются заглавные \
                и строчные буквы; если пароль утерян, попросите выдать новые учётные данные
                """)
        }
        XCTAssertEqual(
            JournalStore.passwordRuleProblem("short", login: "t005", old: nil)?.text(in: .russian),
            "новый пароль короче 8 символов")
    }

    // MARK: - Numbers

    func testRussianWordsAgreeWithTheNumberOfRows() {
        let rows = [1: "1 строка", 3: "3 строки", 5: "5 строк", 11: "11 строк", 21: "21 строка", 24: "24 строки"]
        for (count, words) in rows {
            XCTAssertEqual(
                Message(StoreText.oneSchoolRow, count).text(in: .russian),
                "в school.csv должна быть ровно одна строка, а в нём \(words)")
        }
        XCTAssertEqual(
            Message(StoreText.copyFailsRowCounts, "mark", 1, 2).text(in: .russian),
            "копия не сходится по числу строк: в mark 1 строка, а по манифесту 2")
    }

    func testWhatAWriteDidAgreesWithItsNumber() {
        let lesson = Message(StoreText.lessonDescribed, "7А", "Алгебра", 3, "2026-11-27")
        let put = [
            1: "выставлена 1 отметка", 3: "выставлены 3 отметки", 5: "выставлено 5 отметок",
            21: "выставлена 21 отметка",
        ]
        for (count, words) in put {
            XCTAssertEqual(
                Message(StoreText.marksPut, count, lesson).text(in: .russian),
                "\(words): 7А Алгебра, урок 3, 2026-11-27")
        }
        XCTAssertEqual(
            Message(StoreText.marksPut, 1, lesson).text(in: .english), "1 mark put in 7А Алгебра lesson 3 on 2026-11-27"
        )
        XCTAssertEqual(
            Message(StoreText.lessonsCreated, 2, "2026-11-30", "2026-12-04").text(in: .russian),
            "по расписанию создано 2 урока, с 2026-11-30 по 2026-12-04")
        XCTAssertEqual(
            Message(StoreText.studentsMoved, 1).text(in: .english),
            "1 student changed class; a folder keeps only their last class")
        XCTAssertEqual(
            Message(StoreText.studentsMoved, 3).text(in: .russian),
            "3 ученика сменили класс; в папке остаётся только последний класс")
        XCTAssertEqual(
            Message(StoreText.fieldCount, 1, 3).text(in: .english), "this row has 1 field but the header names 3")
        XCTAssertEqual(
            Message(StoreText.requestsUndecided, 1).text(in: .russian), "1 запрос на исправление не решён (R18)")
    }

    func testTheYearCannotBeClosedInRussian() throws {
        let store = try Fixtures.sampleStore()
        let problems = try store.closingProblems(year: "2026/2027")
        XCTAssertFalse(problems.isEmpty)
        XCTAssertTrue(problems.allSatisfy { $0.text(in: .russian).contains(": нет ") }, "\(problems)")
        do {
            try store.closeYear("2026/2027", now: "2027-06-20 10:00", force: nil)
            XCTFail("the year was closed")
        } catch let diagnostic as Diagnostic {
            let russian = diagnostic.rendered(in: .russian)
            XCTAssertTrue(
                russian.hasPrefix(
                    "ошибка: учебный год 2026/2027 нельзя закрыть: \(problems.count) требований регламента не выполнено:"
                ),
                russian)
            XCTAssertTrue(russian.contains("подсказка: внесите недостающее или закройте год, указав причину"), russian)
        }
    }

    // MARK: - Helpers

    private let administrator = Authorizer(actor: .administrator, scope: ActorScope())

    /// The diagnostic an import of the sample school gives after `edit` changes one line of `file`.
    private func rejection(editing file: String, line: Int, _ edit: (String) -> String) throws -> Diagnostic {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("school")
        try FileManager.default.copyItem(at: Fixtures.sampleSchool, to: folder)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent(name).path)
        }
        let url = folder.appendingPathComponent(file)
        var lines = try String(contentsOf: url, encoding: .utf8)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        lines[line - 1] = edit(lines[line - 1])
        try lines.joined(separator: "\r\n").write(to: url, atomically: true, encoding: .utf8)
        let store = try JournalStore(path: try Fixtures.storePath())
        do {
            _ = try JournalImport(folder: folder.path).run(into: store)
        } catch let diagnostic as Diagnostic {
            return diagnostic
        }
        throw TestFailure("the import was accepted")
    }

    private func refusal(_ body: () throws -> Void) throws -> WriteRefusal {
        do {
            try body()
        } catch let refusal as WriteRefusal {
            return refusal
        }
        throw TestFailure("nothing was refused")
    }

    /// A refusal pointed at the words of a one-line statement, as the shell points at them.
    private func diagnostic(_ refusal: WriteRefusal, in statement: String) -> Diagnostic {
        let place = refusal.place ?? .init(0, statement.unicodeScalars.count)
        let scalars = Array(statement.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars[..<place.start]))
        let words = String(String.UnicodeScalarView(scalars[place.start..<place.end]))
        return Diagnostic(
            refusal.message,
            at: .init(
                file: "<командная строка>", line: 1, column: before.count + 1, sourceLine: statement,
                length: words.count),
            hint: refusal.hint)
    }

    private func classID(_ name: String, in store: JournalStore) throws -> Int {
        try store.read { db in
            try Int.fetchOne(db, sql: "SELECT id FROM class WHERE name = ?", arguments: [name])
        } ?? 0
    }
}
