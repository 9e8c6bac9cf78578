import Foundation
import JournalStore
import TestSupport
import XCTest

/// Every writing statement typed in Russian does what its English twin does: the two scripts,
/// each run on its own copy of the sample school, print the same lines and leave the same rows.
final class RussianWritesTests: XCTestCase {
    /// English statement, Russian twin — in an order in which each one can run.
    static let twins: [(String, String)] = [
        (
            "add staff T050 \"Орлова Нина Петровна\" roles teacher, class_teacher email \"t050@school14.ru\"",
            "добавить сотрудника T050 \"Орлова Нина Петровна\" роли учитель, классный_руководитель почта \"t050@school14.ru\""
        ),
        (
            "add class 7В grade 7 scheme quarter teacher T050",
            "добавить класс 7В параллель 7 схема четверть учитель T050"
        ),
        (
            "add student S0900 \"Новиков Иван Андреевич\" to 7В born 2013-04-02 sex m",
            "добавить ученика S0900 \"Новиков Иван Андреевич\" в 7В родился 02.04.2013 пол м"
        ),
        (
            "add parent P0900 \"Новикова Мария\" of S0900 phone \"+7 900 000-00-00\"",
            "добавить родителя P0900 \"Новикова Мария\" для S0900 телефон \"+7 900 000-00-00\""
        ),
        ("add subject astro \"Астрономия\"", "добавить предмет astro \"Астрономия\""),
        (
            "add timetable 7В monday 1 alg teacher T050 room 21 from 2026-11-30",
            "добавить расписание 7В понедельник 1 алг учитель T050 кабинет 21 с 30.11.2026"
        ),
        ("add load 7В alg teacher T050 hours 3", "добавить нагрузку 7В алг учитель T050 часов 3"),
        (
            "change student S0900 set risk_group = \"адаптация\", middle_name = \"Андреевич\"",
            "изменить ученика S0900 задать группа_риска = \"адаптация\", отчество = \"Андреевич\""
        ),
        ("change class 7В set teacher = T050", "изменить класс 7В задать учитель = T050"),
        ("move S0900 to 7А on 2026-11-30", "перевести S0900 в 7А с 30.11.2026"),
        ("withdraw S0900 on 2026-12-01", "отчислить S0900 с 01.12.2026"),
        ("remove subject astro", "удалить предмет astro"),
        ("create lessons in 7А from 2026-11-30 to 2026-12-04", "создать уроки в 7А с 30.11.2026 по 04.12.2026"),
        (
            "topic 7А alg 2026-11-27: \"Формулы сокращённого умножения\"",
            "тема 7А алг 27.11.2026: \"Формулы сокращённого умножения\""
        ),
        ("homework 7А alg 2026-11-27 lesson 3: \"§12, № 3–5\"", "дз 7А алг 27.11.2026 урок 3: \"§12, № 3–5\""),
        ("substitute 7А alg 2026-11-27: T006", "замена 7А алг 27.11.2026: T006"),
        (
            "mark 7А alg 2026-11-27: Баранов 5, Беляев 4 control, \"Борисова Василиса\" 3 test",
            "отметка 7А алг 27.11.2026: Баранов 5, Беляев 4 контрольная, \"Борисова Василиса\" 3 проверочная"
        ),
        ("absent 7А alg 2026-11-27: Васильева sick, Беляев late", "пропуск 7А алг 27.11.2026: Васильева б, Беляев о"),
        ("grade 7А alg term 2: Баранов 5, Беляев н/а", "итоговая 7А алг период 2: Баранов 5, Беляев н/а"),
        (
            "exam ОГЭ alg 2027-06-01 received 2027-06-14: S0055 18 4",
            "экзамен ОГЭ алг 01.06.2027 получено 14.06.2027: S0055 18 4"
        ),
        ("group 7А-x of 7А alg: Баранов, Беляев", "группа 7А-x из 7А алг: Баранов, Беляев"),
        ("group 7А-x remove on 2026-11-27: Беляев", "группа 7А-x удалить с 27.11.2026: Беляев"),
        ("group 7А-x add on 2026-11-27: Беляев", "группа 7А-x добавить на 27.11.2026: Беляев"),
        (
            "remark T007 7А alg due 2026-12-04: \"темы уроков за ноябрь не записаны\"",
            "замечание T007 7А алг срок 04.12.2026: \"темы уроков за ноябрь не записаны\""
        ),
        ("resolve remark 1: \"темы записаны\"", "устранить замечание 1: \"темы записаны\""),
        (
            "correct mark M0000001 to 4 because \"ошибка при выставлении\"",
            "исправить отметку M0000001 на 4 причина \"ошибка при выставлении\""
        ),
        ("approve correction 10", "одобрить исправление 10"),
        (
            "correct mark M0000002 to 4 because \"ошибка при выставлении\"",
            "исправить оценку M0000002 на 4 причина \"ошибка при выставлении\""
        ),
        ("reject correction 11 because \"нет оснований\"", "отклонить исправление 11 причина \"нет оснований\""),
        ("set scripts folder none", "задать папку скриптов нет"),
        ("backup status", "копировать состояние"),
        ("close year 2026/2027 force \"приказ № 15\"", "закрыть год 2026/2027 принудительно \"приказ № 15\""),
        (
            "promote year 2026/2027 order \"45-у\" of 2027-06-20 dry run: retain S0033, leave S0050",
            "перевести год 2026/2027 приказ \"45-у\" от 20.06.2027 пробно: оставить S0033, выбыть S0050"
        ),
        (
            "promote year 2026/2027 order \"45-у\" of 2027-06-20: retain S0033, leave S0050",
            "перевести год 2026/2027 приказ \"45-у\" от 20.06.2027: оставить S0033, выбыть S0050"
        ),
        ("open year 2027/2028", "открыть год 2027/2028"),
        ("add period quarter 1 from 2027-09-01 to 2027-10-25", "добавить период четверть 1 с 01.09.2027 по 25.10.2027"),
        ("confirm load in 8А", "подтвердить нагрузку в 8А"),
    ]

    func testEveryWritingStatementInRussianDoesWhatItsEnglishTwinDoes() throws {
        let english = try run(Self.twins.map(\.0), "english")
        let russian = try run(Self.twins.map(\.1), "russian")
        XCTAssertEqual(english.status, 0, english.stderr)
        XCTAssertEqual(russian.status, 0, russian.stderr)
        let englishLines = english.stdout.split(separator: "\n")
        let russianLines = russian.stdout.split(separator: "\n")
        XCTAssertGreaterThanOrEqual(englishLines.count, Self.twins.count)
        XCTAssertEqual(russianLines, englishLines)
        XCTAssertEqual(russian.counts, english.counts)
    }

    /// The grammar shows each Russian writing statement this test runs.
    func testTheGrammarListsTheRussianWritingStatements() throws {
        let grammar = Fixtures.testsFolder.deletingLastPathComponent().appendingPathComponent("Grammar/ejournal.ebnf")
        let text = try String(contentsOf: grammar, encoding: .utf8)
        guard let start = text.range(of: "RUSSIAN WRITES BEGIN\n"), let end = text.range(of: "RUSSIAN WRITES END")
        else { return XCTFail("the grammar has no list of Russian writing statements") }
        let listed = text[start.upperBound..<end.lowerBound].split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        XCTAssertEqual(listed, Self.twins.map(\.1))
    }

    private func run(_ statements: [String], _ name: String) throws -> (
        status: Int32, stdout: String, stderr: String, counts: [String: Int]
    ) {
        let (folder, db) = try Fixtures.sampleFolder(name)
        let path = folder.appendingPathComponent("twins.ejs").path
        try statements.joined(separator: ";\n").write(toFile: path, atomically: true, encoding: .utf8)
        let result = try ejournal(["--db", db, "--today", "2026-11-27", path], environment: ["EJOURNAL_LANG": "en"])
        return (result.status, result.stdout, result.stderr, try JournalStore(path: db).rowCounts())
    }
}
