import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// The resolver's messages, the notes under a result, the headers of results and what their
/// columns hold, read in Russian (and English, where the English is not pinned by a golden file).
final class ResolverTextTests: XCTestCase {
    static let today = CivilDate(SampleSchool.today)!
    private var language = Language.current

    override func setUp() {
        super.setUp()
        language = Language.current
    }

    override func tearDown() {
        Language.current = language
        super.tearDown()
    }

    private func compile(_ source: String) throws -> [CompiledStatement] {
        try Compiler.compile(source, catalog: try SampleSchool.store().catalog(), today: Self.today)
    }

    private func query(_ source: String) throws -> SQLQuery {
        guard case .query(let query) = try compile(source).first else {
            throw TestFailure("\(source) is not a query")
        }
        return query
    }

    private func report(_ source: String) throws -> [ReportTable] {
        switch try compile(source).first {
        case .report(let tables)?, .diary(_, let tables)?: return tables
        default: throw TestFailure("\(source) is not a report")
        }
    }

    /// The mistakes of a statement that does not compile, as the reader sees them in `language`.
    private func mistakes(_ source: String, in language: Language) throws -> String {
        do {
            _ = try compile(source)
        } catch let error as LanguageErrors {
            return error.diagnostics(
                source: source, file: language == .russian ? "<командная строка>" : "<command line>"
            )
            .map { $0.rendered(in: language) }.joined(separator: "\n")
        }
        XCTFail("\(source) compiled")
        return ""
    }

    // MARK: - Errors

    func testAnUnknownClassIsNamedInRussianWithItsNearestClasses() throws {
        XCTAssertEqual(
            try mistakes("students in 7Г where marks(math) < 3", in: .russian),
            """
            <командная строка>:1:13: ошибка: нет класса или группы «7Г»
             1 | students in 7Г where marks(math) < 3
               |             ^~
            подсказка: может быть, 7А или 7Б?
            """)
    }

    func testAFieldMisspeltInCyrillicIsMatchedWithTheRussianWords() throws {
        XCTAssertEqual(
            try mistakes("students in 7А show фиа", in: .russian),
            """
            <командная строка>:1:21: ошибка: в источнике «ученики» нет поля «фиа»
             1 | students in 7А show фиа
               |                     ^~~
            подсказка: может быть, «фио»?
            """)
        // An English misspelling is matched with the English words, in either language.
        XCTAssertEqual(
            try mistakes("students show nmae", in: .russian).split(separator: "\n").last,
            "подсказка: может быть, «name»?")
    }

    func testAFieldListNamesTheFieldsInTheReadersWords() throws {
        let text = try mistakes("classes show xyzzy", in: .russian)
        XCTAssertTrue(text.contains("ошибка: в источнике «классы» нет поля «xyzzy»"), text)
        XCTAssertTrue(text.contains("подсказка: поля источника «классы»: "), text)
        XCTAssertTrue(
            text.contains("поля источника «классы»: название, параллель, год, схема, классный_руководитель;"), text)
        XCTAssertTrue(
            text.contains("его функции: ученики, отметки, пропуски, опоздания, уроки, темы, дз, качество"), text)
    }

    func testAScopeToAStudentIsRefusedInRussian() throws {
        XCTAssertEqual(
            try mistakes("teachers in S0001", in: .russian),
            """
            <командная строка>:1:13: ошибка: «учителя» нельзя ограничить одним учеником
             1 | teachers in S0001
               |             ^~~~~
            подсказка: ограничьте «учителя» классом, параллелью или группой: учителя в 7А
            """)
        XCTAssertEqual(
            try mistakes("teachers in S0001", in: .english).split(separator: "\n").first,
            "<command line>:1:13: error: teachers cannot be scoped to a student")
    }

    func testANamesakeCountAgreesWithItsNoun() throws {
        let text = try mistakes("marks in Тарасова during today", in: .russian)
        XCTAssertTrue(
            text.hasPrefix("<командная строка>:1:10: ошибка: «Тарасова» — это 3 ученика: S0001 Тарасова Виктория"),
            text)
        XCTAssertTrue(text.hasSuffix("подсказка: добавьте имя (\"Тарасова Виктория\") или укажите код"), text)
    }

    func testATypeMistakeSaysBothKindsInRussian() throws {
        XCTAssertEqual(
            try mistakes("students where class = 5", in: .russian).split(separator: "\n").map(String.init),
            [
                "<командная строка>:1:24: ошибка: нельзя сравнивать: слева класс, справа число",
                " 1 | students where class = 5",
                "   |                        ^",
                "подсказка: назовите класс, например: класс = 5А",
            ])
        XCTAssertEqual(
            try mistakes("students where marks(math)", in: .russian).split(separator: "\n").map(String.init).first,
            "<командная строка>:1:16: ошибка: для «где» нужно условие, а здесь число")
    }

    func testAHintGivesARussianExampleQuery() throws {
        let text = try mistakes("marks where absences(term 1) > 3", in: .russian)
        XCTAssertTrue(text.contains("ошибка: у источника «отметки» нет функции пропуски(…)"), text)
        XCTAssertTrue(text.contains("подсказка: пропуски(…) — функция источников ученики, классы, предметы;"), text)
        XCTAssertEqual(
            try mistakes("students show avg(absences(term 1))", in: .russian).split(separator: "\n").last,
            "подсказка: количество(пропуски(…))")
        XCTAssertEqual(
            try mistakes("students show share(marks(term 1))", in: .russian).split(separator: "\n").last,
            "подсказка: например: отметки за период 1 по учителю показать учитель, доля(поздно)")
    }

    func testAPeriodAClassLacksIsSaidInItsOwnWords() throws {
        XCTAssertEqual(
            try mistakes("lessons in 10А during quarter 2", in: .russian).split(separator: "\n").map(String.init),
            [
                "<командная строка>:1:23: ошибка: 10А учится по полугодиям, а не по четвертям",
                " 1 | lessons in 10А during quarter 2",
                "   |                       ^~~~~~~~~",
                "подсказка: укажите период 2 (свой период класса) или полугодие 2",
            ])
        let text = try mistakes("students in 10А where marks(term 3) < 3", in: .russian)
        XCTAssertTrue(text.contains("ошибка: у класса 10А нет такого периода: период 3"), text)
        XCTAssertTrue(text.hasSuffix("подсказка: в 2026/2027 учебном году 2 полугодия"), text)
    }

    func testEnglishPluralsAgreeWithTheirNumber() {
        XCTAssertEqual(Message(ResolverText.halves, 1).text(in: .english), "1 half")
        XCTAssertEqual(Message(ResolverText.halves, 2).text(in: .english), "2 halves")
        XCTAssertEqual(Message(ResolverText.quarters, 4).text(in: .russian), "4 четверти")
        XCTAssertEqual(Message(ResolverText.quarters, 5).text(in: .russian), "5 четвертей")
        XCTAssertEqual(Message(ResolverText.spanLastDays, 1).text(in: .english), "last 1 day")
        XCTAssertEqual(Message(ResolverText.spanLastDays, 21).text(in: .russian), "последние 21 день")
        XCTAssertEqual(Message(ResolverText.spanLastDays, 14).text(in: .russian), "последние 14 дней")
        XCTAssertEqual(Message(ResolverText.spanLastWeeks, 2).text(in: .russian), "последние 2 недели")
        XCTAssertEqual(
            Message(ResolverText.schoolGrades, 1, "7").text(in: .english), "the school has grade 7")
        XCTAssertEqual(
            Message(ResolverText.classesHaveNoSpan, "7А, 7Б", 2, "term 5").text(in: .english), "7А, 7Б have no term 5")
        XCTAssertEqual(
            Message(ResolverText.classesHaveNoSpan, "7А, 7Б", 2, "период 5").text(in: .russian),
            "у классов 7А, 7Б нет такого периода: период 5")
    }

    // MARK: - Notes under a result

    func testNotesUnderAResultReadInRussian() throws {
        let notes = try query("students where marks(term 3) < 3").notes
        XCTAssertEqual(
            notes.map { $0.text(in: .english) },
            [
                "5А, 7А, 7Б: term 3 is quarter 3, from 2027-01-11 — not begun, no rows yet",
                "10А: the year has no half 3 — nothing of term 3 for 10А",
            ])
        XCTAssertEqual(
            notes.map { $0.text(in: .russian) },
            [
                "5А, 7А, 7Б: «период 3» — это «четверть 3» с 2027-01-11: период ещё не начался, строк пока нет",
                "10А: в учебном году нет периода «полугодие 3» — за «период 3» у 10А ничего нет",
            ])
    }

    // MARK: - Headers

    func testANaturalHeaderIsRussianForARussianReaderAndATypedOneStaysAsTyped() throws {
        Language.current = .english
        XCTAssertEqual(try query("students in 7А").columns, ["id", "name", "class"])
        Language.current = .russian
        XCTAssertEqual(try query("students in 7А").columns, ["код", "фио", "класс"])
        XCTAssertEqual(
            try query("classes").columns, ["название", "параллель", "деление_года", "классный_руководитель"])
        XCTAssertEqual(
            try query("students in 7А show name, marks(term 1)").columns, ["name", "marks(term 1)"])
        XCTAssertEqual(try query("students by class").columns, ["class", "количество"])
        // The SQL is the same in either language: it names its columns as typed.
        Language.current = .english
        let english = try query("students in 7А").sql
        Language.current = .russian
        XCTAssertEqual(try query("students in 7А").sql, english)
    }

    func testEverySourcesNaturalHeadersAreRussianWords() throws {
        Language.current = .russian
        for source in LanguageReference.sources {
            let columns = try query(source.name).columns
            XCTAssertEqual(columns.count, source.natural.count, source.name)
            for column in columns {
                XCTAssertFalse(column.contains(where: { $0.isASCII && $0.isLetter }), "\(source.name): \(column)")
            }
        }
    }

    func testAReportsTitleAndHeadersAreRussianForARussianReader() throws {
        Language.current = .russian
        let forecast = try report("forecast 7А term 2")
        // R13: a report of a period not yet over is preliminary, and names its days and the day it is made.
        XCTAssertEqual(
            forecast.map(\.title),
            ["прогноз итоговых отметок, период 2 (с 05.11.2026 по 28.12.2026), предварительно, на 27.11.2026 (R28)"])
        XCTAssertEqual(
            forecast[0].query.columns,
            ["ученик", "класс", "предмет", "отметок", "средний_балл", "прогноз", "нужно", "нужно_ещё"])
        let audit = try report("audit 7А term 1")
        XCTAssertEqual(audit[0].title, "аудит, период 1")
        XCTAssertEqual(audit[0].query.columns[3], "без_отметок_%")
        XCTAssertEqual(try report("audit in 7 during last 2 weeks")[0].title, "аудит, последние 14 дней")
        XCTAssertEqual(try report("audit")[0].title, "аудит, последние 2 недели")
        let diary = try report("diary S0060 term 1")
        XCTAssertEqual(
            diary.map(\.title),
            [
                "дневник: Тарасова Анна Андреевна, 7Б, период 1 (с 01.09.2026 по 25.10.2026)",
                "итоговые отметки: Тарасова Анна Андреевна, 7Б, период 1",
            ])
        XCTAssertEqual(
            diary[0].query.columns, ["дата", "урок", "предмет", "учитель", "тема", "дз", "отметки", "пропуск"])
        let sheet = try report("ведомость 7А период 1")
        XCTAssertEqual(
            sheet.map(\.title),
            [
                "7А: сводная ведомость, период 1 (с 01.09.2026 по 25.10.2026), на 27.11.2026",
                "итоги по классам, период 1 (с 01.09.2026 по 25.10.2026), на 27.11.2026",
                "отметки и итоговые отметки, период 1 (с 01.09.2026 по 25.10.2026), на 27.11.2026",
                "посещаемость, период 1 (с 01.09.2026 по 25.10.2026), на 27.11.2026",
            ])
        XCTAssertEqual(Array(sheet[0].query.columns.prefix(4)), ["№", "ученик", "Русский язык", "Литература"])
        XCTAssertEqual(sheet[0].query.columns.count, 2 + 12)
        XCTAssertEqual(sheet[0].query.arguments.filter { $0 == .text("качество, % (4 и 5)") }.count, 1)
        XCTAssertEqual(
            sheet[1].query.columns,
            [
                "класс", "учеников", "отличников", "хорошистов", "с_тройками", "неуспевающих", "качество_%",
                "успеваемость_%", "СОУ_%",
            ])
        let own = try report("ведомость S0055 период 1")
        XCTAssertEqual(
            own.map(\.title),
            [
                "Баранов Ярослав Николаевич, 7А: отметки и итоговые отметки, период 1 (с 01.09.2026 по 25.10.2026), на 27.11.2026",
                "Баранов Ярослав Николаевич, 7А: посещаемость, период 1 (с 01.09.2026 по 25.10.2026), на 27.11.2026",
            ])
        XCTAssertEqual(
            own[0].query.columns,
            ["предмет", "отметки", "средний_балл", "итоговая", "прогноз", "нужно_ещё", "пропусков"])
        XCTAssertEqual(
            try report("прогноз S0055").map(\.title),
            [
                "Баранов Ярослав Николаевич, 7А: прогноз итоговых отметок, текущий период (с 05.11.2026 по 28.12.2026), предварительно, на 27.11.2026 (R28)"
            ])
        Language.current = .english
        XCTAssertEqual(
            try report("forecast 7А term 2").map(\.title),
            ["forecast, term 2 (2026-11-05 to 2026-12-28), preliminary, as of 2026-11-27 (R28)"])
        XCTAssertEqual(
            try report("report 7А term 1")[0].title,
            "7А: summary sheet, term 1 (2026-09-01 to 2026-10-25), as of 2026-11-27")
    }

    /// `report` and `forecast` alone are a student's own or a parent's child's; a parent of two is
    /// asked which, in the reader's language.
    func testAReportAloneIsTheSessionsStudentsOrAsksWhichChild() throws {
        let catalog = try SampleSchool.store().catalog()
        let own = try Compiler.compile("report term 1", catalog: catalog, today: Self.today, diaryStudents: ["S0055"])
        guard case .report(let tables)? = own.first else { return XCTFail("report") }
        XCTAssertTrue(tables[0].title.hasPrefix("Баранов Ярослав Николаевич, 7А: "), tables[0].title)
        XCTAssertEqual(tables[0].query.reads.students, ["S0055"])
        // Staff have no such student: `report` alone is the whole school's.
        guard
            case .report(let school)? = try Compiler.compile("report term 1", catalog: catalog, today: Self.today).first
        else { return XCTFail("report") }
        XCTAssertEqual(school.filter { $0.title.contains("summary sheet") || $0.title.contains("сводная") }.count, 4)
        do {
            _ = try Compiler.compile("прогноз", catalog: catalog, today: Self.today, diaryStudents: ["S0055", "S0056"])
            XCTFail("a parent of two was not asked which child")
        } catch {
            let russian = error.diagnostics(source: "прогноз", file: "<командная строка>").map {
                $0.rendered(in: .russian)
            }.joined(separator: "\n")
            XCTAssertTrue(
                russian.contains("назовите ученика, для кого прогноз: S0055 Баранов Ярослав Николаевич (7А), S0056"),
                russian)
            XCTAssertTrue(russian.contains("подсказка: например: прогноз Баранов Ярослав период 1"), russian)
        }
    }

    // MARK: - What columns hold

    func testColumnKindsFollowTheResolvedTypes() throws {
        XCTAssertEqual(
            try query("students in 7А show name, risk, birth_date, marks(term 1), sex").columnKinds,
            [.text, .bool, .date, .number, .enumeration])
        XCTAssertEqual(
            try query("marks in 7А during today show entered_at, kind, late").columnKinds,
            [.timestamp, .enumeration, .bool])
        XCTAssertEqual(try query("students in 7А").columnKinds, [.text, .text, .text])
        let density = try report("check density 7А term 1")[0].query
        XCTAssertEqual(density.columnKinds.count, density.columns.count)
        XCTAssertEqual(density.columnKinds[3], .number)
        let diary = try report("diary S0060 term 1")
        XCTAssertEqual(diary[0].query.columnKinds.first, .date)
        XCTAssertEqual(diary[0].query.columnKinds.last, .enumeration)
        for table in try report("report 7А term 1") + (try report("audit")) {
            XCTAssertEqual(table.query.columnKinds.count, table.query.columns.count, table.title)
        }
    }
}
