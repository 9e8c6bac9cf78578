import JournalFoundation
import JournalLanguage
import TestSupport
import XCTest

/// The lexer's and the parser's mistakes read in Russian: the same place, caret and hint as in
/// English, what was typed quoted as typed, the words of the language in Russian, numbers agreeing.
final class ParserTextTests: XCTestCase {
    /// The mistakes of `source` that the lexer and the parser find, rendered in `language`.
    private func parsed(_ source: String, in language: Language = .russian) -> String {
        do {
            _ = try Parser.parse(source)
            return "(accepted)"
        } catch {
            return Diagnostics(error.diagnostics(source: source, file: "<командная строка>")).rendered(in: language)
        }
    }

    /// The mistakes of `source` compiled on the sample school, rendered in `language`.
    private func compiled(_ source: String, in language: Language = .russian) throws -> String {
        let catalog = try SampleSchool.store().catalog()
        do {
            _ = try Compiler.compile(source, catalog: catalog, today: CivilDate(SampleSchool.today)!)
            return "(accepted)"
        } catch {
            return Diagnostics(error.diagnostics(source: source, file: "<командная строка>")).rendered(in: language)
        }
    }

    func testAQueryStartingWithAMisspeltRussianWordIsToldTheRussianWord() {
        XCTAssertEqual(
            parsed("учиники в 7А где отметки(математика, период 2) < 3"),
            """
            <командная строка>:1:1: ошибка: запрос не может начинаться так: «учиники»
             1 | учиники в 7А где отметки(математика, период 2) < 3
               | ^~~~~~~
            подсказка: может быть, «ученики»?
            """)
        XCTAssertEqual(
            parsed("7А ученики"),
            """
            <командная строка>:1:1: ошибка: запрос не может начинаться так: «7А»
             1 | 7А ученики
               | ^~
            подсказка: запрос начинается с одного из слов: ученики, учителя, сотрудники, родители, классы, предметы, \
            уроки, отметки, пропуски, итоговые, посещения, исправления, замечания, неудачные_входы, перевыпуски, \
            изменения, нагрузка, расписание, план, группы, периоды, экзамены, зачисления, учётные_записи, \
            резервные_копии, приказы
            """)
        // English stays as it was, the English word suggested for an English misspelling.
        XCTAssertEqual(
            parsed("studnets in 7А", in: .english),
            """
            <командная строка>:1:1: error: a query cannot start with "studnets"
             1 | studnets in 7А
               | ^~~~~~~~
            hint: did you mean "students"?
            """)
    }

    func testAClauseOutOfOrderNamesBothAsTypedAndTheOrderInRussian() {
        XCTAssertEqual(
            parsed("ученики показать фио где риск"),
            """
            <командная строка>:1:22: ошибка: «где» не может стоять после «показать»
             1 | ученики показать фио где риск
               |                      ^~~
            подсказка: части запроса идут в таком порядке: в, за, где, по, показать, сортировать, первые
            """)
        XCTAssertEqual(
            parsed("ученики в 7А гди риск"),
            """
            <командная строка>:1:14: ошибка: «гди» — это не часть запроса
             1 | ученики в 7А гди риск
               |              ^~~
            подсказка: может быть, «где»?
            """)
    }

    func testAnUnclosedTextAndABadCharacter() {
        XCTAssertEqual(
            parsed("предметы где фио = «Русский язык"),
            """
            <командная строка>:1:20: ошибка: у этого текста нет закрывающей кавычки »
             1 | предметы где фио = «Русский язык
               |                    ^~~~~~~~~~~~~
            подсказка: закончите текст кавычкой »
            """)
        XCTAssertEqual(
            parsed("ученики где риск & пол = ж"),
            """
            <командная строка>:1:18: ошибка: символ «&» здесь ничего не значит
             1 | ученики где риск & пол = ж
               |                  ^
            подсказка: уберите его или возьмите текст в кавычки
            """)
    }

    func testABadSpanShowsRussianExamples() {
        XCTAssertEqual(
            parsed("уроки в 7А за период x"),
            """
            <командная строка>:1:22: ошибка: после «период» идёт номер периода, а не «x»
             1 | уроки в 7А за период x
               |                      ^
            подсказка: например: период 1
            """)
        XCTAssertEqual(
            parsed("уроки за 5"),
            """
            <командная строка>:1:10: ошибка: ожидается промежуток времени, а не «5»
             1 | уроки за 5
               |          ^
            подсказка: например: период 2, четверть 1, год, сегодня, эта неделя, последние 14 дней, с 01.11.2026, \
            за 20.11.2026
            """)
        XCTAssertEqual(
            parsed("уроки за последние 3 днеи"),
            """
            <командная строка>:1:22: ошибка: после «последние 3» идёт «дней» или «недель», а не «днеи»
             1 | уроки за последние 3 днеи
               |                      ^~~~
            подсказка: может быть, «дней» или «дни»?
            """)
        // A date that is not one: both ways of writing a date are named.
        XCTAssertEqual(
            parsed("уроки за с 2026"),
            """
            <командная строка>:1:12: ошибка: после «с» идёт дата ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, а не «2026»
             1 | уроки за с 2026
               |            ^~~~
            подсказка: например: с 01.11.2026
            """)
    }

    func testTheEndOfTheQueryIsNamedInRussian() {
        XCTAssertEqual(
            parsed("ученики первые"),
            """
            <командная строка>:1:15: ошибка: после «первые» идёт целое число, а не конец запроса
             1 | ученики первые
               |               ^
            подсказка: например: первые 10
            """)
    }

    func testAWritingStatementsMistakeIsInRussianWithARussianExample() throws {
        XCTAssertEqual(
            try compiled("отметка 7А алг 20.11.2026 урок 3: Баранов 6"),
            """
            <командная строка>:1:43: ошибка: ожидается отметка (1–5), а не «6»
             1 | отметка 7А алг 20.11.2026 урок 3: Баранов 6
               |                                           ^
            подсказка: отметка 7А алг 20.11.2026 урок 3: Иванов 5, Петрова 4 контрольная
            """)
        XCTAssertEqual(
            try compiled("отметка 7А алг 20.11.2026 урок 3: Баранов 5 контрольнаяя"),
            """
            <командная строка>:1:45: ошибка: «контрольнаяя» — это не вид работы
             1 | отметка 7А алг 20.11.2026 урок 3: Баранов 5 контрольнаяя
               |                                             ^~~~~~~~~~~~
            подсказка: может быть, «контрольная»?
            """)
        // A word whose Russian form depends on the statement is named in that form: `to` is `в` here.
        XCTAssertEqual(
            try compiled("добавить ученика S0500 \"Иванов Пётр\" 7А"),
            """
            <командная строка>:1:38: ошибка: ожидается «в», а не «7А»
             1 | добавить ученика S0500 "Иванов Пётр" 7А
               |                                      ^~
            подсказка: добавить ученика S0500 "Иванов Пётр Сергеевич" в 7А родился 01.05.2013 пол м
            """)
        XCTAssertEqual(
            try compiled("add load 7А alg Баранов T050 hours 3"),
            """
            <командная строка>:1:17: ошибка: ожидается «учитель», а не «Баранов»
             1 | add load 7А alg Баранов T050 hours 3
               |                 ^~~~~~~
            подсказка: добавить нагрузку 7А алг учитель T007 часов 3 — или добавить нагрузку 7А-eng-1 англ учитель \
            T009 часов 3
            """)
        XCTAssertEqual(
            try compiled("add load 7А alg Баранов T050 hours 3", in: .english),
            """
            <командная строка>:1:17: error: expected "teacher", found "Баранов"
             1 | add load 7А alg Баранов T050 hours 3
               |                 ^~~~~~~
            hint: add load 7А alg teacher T007 hours 3 — or add load 7А-eng-1 eng teacher T009 hours 3
            """)
        XCTAssertEqual(
            try compiled("добавить расписание 7А понедельнк 3 алг учитель T007"),
            """
            <командная строка>:1:24: ошибка: ожидается день недели, а не «понедельнк»
             1 | добавить расписание 7А понедельнк 3 алг учитель T007
               |                        ^~~~~~~~~~
            подсказка: может быть, «понедельник»?
            """)
    }

    func testTheRussianExamplesOfTheHintsAreReadAsTheyAreShown() throws {
        let catalog = try SampleSchool.store().catalog()
        // The hints' examples with the sample school's names, each read and resolved as it stands.
        for example in [
            "ученики в 7А где отметки(математика, период 2) < 3", "уроки за с 01.09.2026 по 30.09.2026",
            "уроки за последние 3 дня", "дневник Тарасова Виктория за эту неделю",
            "отметка 7А алг 20.11.2026 урок 3: Баранов 5, Борисова 4 контрольная",
            "пропуск 7А 20.11.2026 урок 3: Баранов б, Борисова", "итоговая 7А алг период 2: Баранов 5, Борисова н/а",
            "тема 7А алг 20.11.2026 урок 3: \"Квадратные уравнения\"", "замена 7А алг 20.11.2026 урок 3: T006",
            "группа 7А-eng-1 из 7А англ: Баранов, Борисова",
            "добавить ученика S0500 \"Иванов Пётр Сергеевич\" в 7А родился 01.05.2013 пол м",
            "добавить нагрузку 7А-eng-1 англ учитель T009 часов 3",
            "добавить расписание 7А понедельник 3 алг учитель T007 кабинет 21 группа 7А-eng-1 с 12.01.2027",
            "изменить ученика S0001 задать группа_риска = \"пропуски\", фамилия = \"Петров\"",
            "перевести S0001 в 7Б с 01.12.2026", "создать уроки в 7А с 01.12.2026 по 07.12.2026",
            "исправить отметку M0002112 на 4 причина \"ошибка при выставлении\"",
            "экзамен ОГЭ математика 01.06.2027 получено 14.06.2027: S0055 18 4",
            "перевести год 2026/2027 приказ \"45-у\" от 20.06.2027 пробно: оставить S0010, выбыть S0011",
            "задать папку выгрузки \"/srv/ejournal/export\"",
            "закрыть год 2026/2027 принудительно \"приказ директора № 15 от 20.06.2027\"",
        ] {
            XCTAssertNoThrow(
                try Compiler.compile(example, catalog: catalog, today: CivilDate(SampleSchool.today)!), example)
        }
    }

    func testTheMistakesNotShownAreCountedInBothLanguages() {
        let expected: [Int: (english: String, russian: String)] = [
            1: ("and 1 more mistake in this text", "и ещё 1 ошибка в этом тексте"),
            3: ("and 3 more mistakes in this text", "и ещё 3 ошибки в этом тексте"),
            5: ("and 5 more mistakes in this text", "и ещё 5 ошибок в этом тексте"),
        ]
        for (more, texts) in expected {
            let count = LanguageErrors.shownAtMost + more
            let source = Array(repeating: "&", count: count).joined(separator: " ")
            XCTAssertThrowsError(try Parser.parse(source)) { error in
                guard let errors = error as? LanguageErrors else { return XCTFail("\(error)") }
                let diagnostics = errors.diagnostics(source: source, file: "<командная строка>")
                XCTAssertEqual(diagnostics.count, LanguageErrors.shownAtMost + 1)
                XCTAssertEqual(
                    diagnostics.last?.rendered(in: .english),
                    "error: \(texts.english)\nhint: correct the ones above and run it again")
                XCTAssertEqual(
                    diagnostics.last?.rendered(in: .russian),
                    "ошибка: \(texts.russian)\nподсказка: исправьте те, что выше, и запустите снова")
            }
        }
    }
}
