import Foundation
import JournalFoundation
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// The shell in Russian: the language chosen by `--lang`, `EJOURNAL_LANG`, the locale or `.lang`;
/// messages, the help and the lines under a result in Russian; dates, decimals and yes/no as a
/// Russian reader writes them in a table (and not in CSV or JSON); Tab completing Russian words.
final class RussianShellTests: XCTestCase {
    private var db = ""
    /// No language asked for by the environment the tests run in: each test says which it wants.
    private let neutral = ["EJOURNAL_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"]

    override func setUpWithError() throws {
        (_, db) = try Fixtures.sampleFolder()
    }

    override func tearDown() {
        Language.current = .english
    }

    private func run(_ arguments: [String], environment: [String: String] = [:], input: String = "") throws
        -> CommandResult
    {
        try ejournal(arguments, input: input, environment: neutral.merging(environment) { $1 })
    }

    private static let badQuery = ["--today", SampleSchool.today, "-c", "students in 7Г"]

    // MARK: - Choosing the language

    func testLangOptionGivesRussianErrorsWithExit65() throws {
        let result = try run(["--db", db, "--lang", "ru"] + Self.badQuery)
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertEqual(
            result.stderr,
            """
            <командная строка>:1:13: ошибка: нет класса или группы «7Г»
             1 | students in 7Г
               |             ^~
            подсказка: может быть, 7А или 7Б?

            """)
        // The spec's example, typed in Russian.
        let russian = try run([
            "--db", db, "--lang", "ru", "--today", SampleSchool.today, "-c", "ученики в 7Г где отметки(математика) < 3",
        ])
        XCTAssertEqual(russian.status, 65, russian.stderr)
        XCTAssertEqual(
            russian.stderr,
            """
            <командная строка>:1:11: ошибка: нет класса или группы «7Г»
             1 | ученики в 7Г где отметки(математика) < 3
               |           ^~
            подсказка: может быть, 7А или 7Б?

            """)
    }

    func testEjournalLangGivesRussianErrors() throws {
        let result = try run(["--db", db] + Self.badQuery, environment: ["EJOURNAL_LANG": "ru"])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("ошибка: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("подсказка: "), result.stderr)
    }

    func testARussianLocaleGivesRussianErrors() throws {
        let result = try run(["--db", db] + Self.badQuery, environment: ["LANG": "ru_RU.UTF-8"])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("<командная строка>:1:13: ошибка: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("подсказка: "), result.stderr)
        // LC_ALL comes before LANG; the option before either.
        let english = try run(["--db", db] + Self.badQuery, environment: ["LANG": "ru_RU.UTF-8", "LC_ALL": "C"])
        XCTAssertTrue(english.stderr.hasPrefix("<command line>:1:13: error: "), english.stderr)
        let chosen = try run(["--db", db, "--lang", "en"] + Self.badQuery, environment: ["EJOURNAL_LANG": "ru"])
        XCTAssertTrue(chosen.stderr.hasPrefix("<command line>:1:13: error: "), chosen.stderr)
        XCTAssertTrue(chosen.stderr.contains("\nhint: "), chosen.stderr)
    }

    func testWithoutAnyChoiceTheShellSpeaksEnglish() throws {
        let result = try run(["--db", db] + Self.badQuery)
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.hasPrefix("<command line>:1:13: error: "), result.stderr)
    }

    func testMistakesInTheArgumentsAreRussianToo() throws {
        let date = try run(["--db", db, "--lang", "ru", "--today", "2026-13-40", "-c", "classes"])
        XCTAssertEqual(date.status, 64, date.stderr)
        XCTAssertTrue(
            date.stderr.contains(
                "--today принимает дату в виде ГГГГ-ММ-ДД, например 2026-11-27; «2026-13-40» — не дата."),
            date.stderr)
        let language = try run(["--db", db, "--lang", "de", "-c", "classes"])
        XCTAssertEqual(language.status, 64, language.stderr)
        XCTAssertTrue(language.stderr.contains("--lang takes ru or en, not \"de\"."), language.stderr)
        let missing = try run(["--db", db + ".none", "--lang=ru", "-c", "classes"])
        XCTAssertEqual(missing.status, 65)
        XCTAssertTrue(missing.stderr.hasPrefix("ошибка: нет журнала по пути \(db).none\nподсказка: "), missing.stderr)
        // Every subcommand takes the option.
        let export = try run(["export", "--lang", "ru", NSTemporaryDirectory(), "--db", db + ".none"])
        XCTAssertEqual(export.status, 65)
        XCTAssertTrue(export.stderr.contains("проверьте путь --db"), export.stderr)
    }

    func testTheHelpOfTheOptionsIsRussian() throws {
        let help = try run(["--help"], environment: ["EJOURNAL_LANG": "ru"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.contains("Оболочка электронного классного журнала школы"), help.stdout)
        let open = try run(["open", "--lang", "ru", "--help"])
        XCTAssertTrue(open.stdout.contains("Язык сообщений и результатов: ru или en"), open.stdout)
        XCTAssertTrue(open.stdout.contains("Файл SQLite журнала."), open.stdout)
    }

    // MARK: - The shell

    func testDotLangSwitchesTheLanguageInASession() throws {
        let result = try run(
            ["--db", db, "--today", SampleSchool.today],
            input: ".lang\n.lang ru\n.lang\nstudents in 7Г\n.mode xml\n.lang en\n.mode xml\n.lang de\n")
        XCTAssertEqual(result.stdout, "English (en)\nрусский (ru)\n")
        XCTAssertEqual(
            result.stderr,
            """
            <стандартный ввод>:4:13: ошибка: нет класса или группы «7Г»
             4 | students in 7Г
               |             ^~
            подсказка: может быть, 7А или 7Б?
            <стандартный ввод>:5:1: ошибка: «xml» — не формат вывода
             5 | .mode xml
               | ^
            подсказка: форматы: table, csv, json, markdown, csv-excel, html, xlsx
            <stdin>:7:1: error: "xml" is not an output mode
             7 | .mode xml
               | ^
            hint: the modes are table, csv, json, markdown, csv-excel, html, xlsx
            <stdin>:8:1: error: "de" is not a language
             8 | .lang de
               | ^
            hint: the languages are ru (Russian) and en (English): .lang ru

            """)
        XCTAssertEqual(result.status, 65)
    }

    func testTheHelpAndTheSchemaInRussian() throws {
        let result = try run(
            ["--db", db, "--lang", "ru"],
            input: ".help\n.help .mode\n.help аудит\n.schema ученики\n.help динамика\n.help где\n"
                + ".help доступ\n.help year\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        for line in [
            "    ученики в 7А где отметки(математика, период 2) < 3\n",
            "Команды:\n",
            "  .mode ФОРМАТ        Выбрать, как печатать результаты: table, csv, json, markdown, csv-excel",
            "  .lang [ru|en]       Показывать сообщения и результаты по-русски (ru)",
            ".mode ФОРМАТ\n    Выбрать, как печатать результаты: table, csv, json, markdown, csv-excel (для Excel),",
            "    audit 7А term 1\n",
            "ученики (students)\n  поля: код (id, текст), фио (name, текст)",
            "  показываются по умолчанию: код, фио, класс\n",
            "Функции (.help СЛОВО — примеры; .schema ИСТОЧНИК — какие есть у его строк):\n    среднее количество",
            "    ученики в 7А показать фио, динамика(отметки(период 1) по неделям)\n",
            "    students in 7А show name, spark(marks(term 1) by week)\n",
            "    ученики где не риск и (отметки(период 1) < 3 или пропуски(период 1) >= 10)\n",
            // A statement by its second word: `выдать доступ`, `close year` and `open year`.
            "    выдать доступ для 7А\n", "    issue credentials for 7А\n",
            "    закрыть год 2026/2027\n", "    open year 2027/2028 periods \"periods-2027.csv\"\n",
        ] {
            XCTAssertTrue(result.stdout.contains(line), "no \(line) in:\n\(result.stdout)")
        }
    }

    func testScriptsReportInRussian() throws {
        let folder = try Fixtures.temporaryFolder()
        let script = folder.appendingPathComponent("bad.ejs").path
        try ".mode csv\nclasses in 5 show name\n.maxrows x\n".write(toFile: script, atomically: true, encoding: .utf8)
        let result = try run(["--db", db, "--lang", "ru", script])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            """
            \(script):3:1: ошибка: «x» — не число строк
             3 | .maxrows x
               | ^
            подсказка: .maxrows 50, или .maxrows 0, чтобы показывать все

            """)
    }

    // MARK: - Results as a Russian reader expects them

    func testARussianTableShowsDatesAndDecimalsTheRussianWay() throws {
        let statements = """
            lessons in 7А during today show date, subject limit 1;
            students where name = "Жуков Михаил Евгеньевич" show name, avg(marks(term 1));
            marks in 7А show date, entered_at limit 2
            """
        let russian = try run(["--db", db, "--today", SampleSchool.today, "--lang", "ru", "-c", statements])
        XCTAssertEqual(russian.status, 0, russian.stderr)
        XCTAssertEqual(
            russian.stdout,
            """
            date       | subject        \("")
            -----------+----------------
            27.11.2026 | Английский язык
            (1 строка)
            name                    | avg(marks(term 1))
            ------------------------+-------------------
            Жуков Михаил Евгеньевич |               3,84
            (1 строка)
            date       | entered_at      \("")
            -----------+-----------------
            01.09.2026 | 01.09.2026 19:16
            01.09.2026 | 01.09.2026 19:03
            (2 строки)

            """)
        let csv = try run([
            "--db", db, "--today", SampleSchool.today, "--lang", "ru", "--format", "csv", "-c", statements,
        ])
        XCTAssertEqual(
            csv.stdout,
            """
            date,subject
            2026-11-27,Английский язык
            name,avg(marks(term 1))
            Жуков Михаил Евгеньевич,3.84
            date,entered_at
            2026-09-01,2026-09-01 19:16
            2026-09-01,2026-09-01 19:03

            """)
        let json = try run([
            "--db", db, "--today", SampleSchool.today, "--lang", "ru", "--format", "json", "-c", statements,
        ])
        XCTAssertTrue(json.stdout.contains("{\"date\": \"2026-11-27\""), json.stdout)
        XCTAssertTrue(json.stdout.contains("\"avg(marks(term 1))\": 3.84}"), json.stdout)
        let markdown = try run(
            ["--db", db, "--today", SampleSchool.today, "--lang", "ru", "--format", "markdown", "-c", statements])
        XCTAssertTrue(markdown.stdout.contains("| 27.11.2026 | Английский язык |"), markdown.stdout)
        XCTAssertTrue(markdown.stdout.contains("| Жуков Михаил Евгеньевич | 3,84 |"), markdown.stdout)
    }

    func testWhatAColumnHoldsDecidesHowARussianTableShowsIt() throws {
        let statement =
            "students in 7А where risk show name, risk, birth_date, sex limit 1; marks in 7А show kind limit 1"
        let russian = try run(["--db", db, "--today", SampleSchool.today, "--lang", "ru", "-c", statement])
        XCTAssertEqual(russian.status, 0, russian.stderr)
        XCTAssertTrue(russian.stdout.contains("Попов Фёдор Николаевич | да   | 12.07.2012 | м  \n"), russian.stdout)
        XCTAssertTrue(russian.stdout.contains("\nответ\n"), russian.stdout)
        let csv = try run([
            "--db", db, "--today", SampleSchool.today, "--lang", "ru", "--format", "csv", "-c", statement,
        ])
        XCTAssertTrue(csv.stdout.contains("Попов Фёдор Николаевич,1,2012-07-12,m\n"), csv.stdout)
        XCTAssertTrue(csv.stdout.contains("\nanswer\n"), csv.stdout)
        let english = try run(["--db", db, "--today", SampleSchool.today, "-c", statement])
        XCTAssertTrue(english.stdout.contains("Попов Фёдор Николаевич |    1 | 2012-07-12 | m  \n"), english.stdout)
    }

    func testTheLineUnderATableAgreesWithItsNumber() throws {
        for (limit, russian, english) in [
            (1, "(1 строка)", "(1 row)"), (2, "(2 строки)", "(2 rows)"), (5, "(5 строк)", "(5 rows)"),
            (21, "(21 строка)", "(21 rows)"), (22, "(22 строки)", "(22 rows)"),
        ] {
            let statement = "students show name limit \(limit)"
            let ru = try run(["--db", db, "--lang", "ru", "-c", statement])
            XCTAssertTrue(ru.stdout.hasSuffix(russian + "\n"), ru.stdout)
            let en = try run(["--db", db, "-c", statement])
            XCTAssertTrue(en.stdout.hasSuffix(english + "\n"), en.stdout)
        }
        let cut = try run(
            ["--db", db, "--lang", "ru"], input: ".maxrows 2\nclasses show name\n.timer on\nclasses show name\n")
        XCTAssertTrue(
            cut.stdout.contains("(4 строки, 2 не показаны: сколько показывать, задаёт .maxrows)\n"), cut.stdout)
        XCTAssertTrue(cut.stdout.contains(" мс, 4 строки\n"), cut.stdout)
    }

    func testValuesInRussianByWhatTheirColumnHolds() {
        XCTAssertEqual(ResultPrinter.russian(.text("2026-11-27"), kind: nil), "27.11.2026")
        XCTAssertEqual(ResultPrinter.russian(.text("2026-11-27 08:05"), kind: nil), "27.11.2026 08:05")
        XCTAssertEqual(ResultPrinter.russian(.text("2026-11-27 08:05"), kind: .timestamp), "27.11.2026 08:05")
        XCTAssertEqual(ResultPrinter.russian(.real(3.84), kind: nil), "3,84")
        XCTAssertEqual(ResultPrinter.russian(.real(3.84), kind: .number), "3,84")
        XCTAssertEqual(ResultPrinter.russian(.integer(5), kind: .number), "5")
        XCTAssertEqual(ResultPrinter.russian(.integer(1), kind: .bool), "да")
        XCTAssertEqual(ResultPrinter.russian(.integer(0), kind: .bool), "нет")
        XCTAssertEqual(ResultPrinter.russian(.integer(1), kind: nil), "1")
        XCTAssertEqual(ResultPrinter.russian(.text("control"), kind: .enumeration), "контрольная")
        XCTAssertEqual(ResultPrinter.russian(.null, kind: .date), "")
        // A text column is shown as it is; so are texts that only look like a date.
        XCTAssertEqual(ResultPrinter.russian(.text("2026-11-27"), kind: .text), "2026-11-27")
        for text in ["2026-11-2", "2026-11-27 8:05", "2026/11/27", "Тема 2026-11-27", "2026-11-27 08:05:00"] {
            XCTAssertEqual(ResultPrinter.russian(.text(text), kind: nil), text)
        }
    }

    func testKnownKindsOfColumnsTurnYesNoIntoWordsInAPrintedTable() throws {
        var out = ""
        var printer = ResultPrinter(format: .table, language: .russian) { out += $0 }
        printer.columnKinds = [.text, .bool, .date, .enumeration]
        try printer.begin(columns: ["фио", "риск", "дата", "вид"])
        try printer.row([.text("Попов Фёдор"), .integer(1), .text("2026-11-27"), .text("control")])
        try printer.row([.text("Орлов Илья"), .integer(0), .null, .text("answer")])
        try printer.end()
        XCTAssertEqual(
            out,
            """
            фио         | риск | дата       | вид        \("")
            ------------+------+------------+------------
            Попов Фёдор | да   | 27.11.2026 | контрольная
            Орлов Илья  | нет  |            | ответ      \("")
            (2 строки)

            """)
        // English stays as the store has it.
        var english = ""
        var plain = ResultPrinter(format: .table, language: .english) { english += $0 }
        plain.columnKinds = [.bool, .date]
        try plain.begin(columns: ["risk", "date"])
        try plain.row([.integer(1), .text("2026-11-27")])
        try plain.end()
        XCTAssertEqual(english, "risk | date      \n-----+-----------\n   1 | 2026-11-27\n(1 row)\n")
    }

    func testSummariesAgreeWithTheirNumbers() {
        let backups = { (count: Int, media: Int) in
            Message(ShellText.verifiedBackupsThisYear, count, media)
        }
        XCTAssertEqual(backups(2, 1).text(in: .russian), "проверенных резервных копий за этот год: 2, на 1 носителе")
        XCTAssertEqual(backups(2, 2).text(in: .russian), "проверенных резервных копий за этот год: 2, на 2 носителях")
        XCTAssertEqual(backups(1, 1).text(in: .english), "this year's verified backups: 1, on 1 medium")
        XCTAssertEqual(backups(0, 0).text(in: .english), "this year's verified backups: 0, on 0 media")
        XCTAssertEqual(
            Message(ShellText.checkJournalFound, 1).text(in: .russian), "проверка журнала нашла 1 проблему")
        XCTAssertEqual(Message(ShellText.checkJournalFound, 3).text(in: .russian), "проверка журнала нашла 3 проблемы")
        XCTAssertEqual(Message(ShellText.checkJournalFound, 11).text(in: .russian), "проверка журнала нашла 11 проблем")
        XCTAssertEqual(Message(ShellText.checkJournalFound, 1).text(in: .english), "check journal found 1 problem")
        let seconds = Message(ShellText.seconds, "0,29")
        XCTAssertEqual(
            Message(ShellText.imported, 16008, 17, "школа.sqlite", seconds).text(in: .russian),
            "загружено 16008 строк из 17 файлов в школа.sqlite за 0,29 с")
        XCTAssertEqual(
            Message(ShellText.imported, 21, 1, "s.sqlite", Message(ShellText.seconds, "0.01")).text(in: .english),
            "imported 21 rows from 1 file into s.sqlite in 0.01 s")
        XCTAssertEqual(
            Message(ShellText.imported, 21, 1, "s.sqlite", seconds).text(in: .russian),
            "загружена 21 строка из 1 файла в s.sqlite за 0,29 с")
        XCTAssertEqual(
            Message(ShellText.passwordRefused, "слишком короткий", 8).text(in: .russian),
            "слишком короткий; выберите не меньше 8 символов, не логин")
    }

    func testAnImportSaysItsSummaryInRussian() throws {
        let target = try Fixtures.storePath()
        let result = try run(["import", Fixtures.sampleSchool.path, "--db", target, "--lang", "ru"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stdout.hasPrefix("загружено 16008 строк из 17 файлов в \(target) за "), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix(" с\n"), result.stdout)
    }

    // MARK: - Completion

    func testTabCompletesRussianWordsAfterRussianWords() throws {
        let completer = JournalCompleter(session: Session(store: try SampleSchool.store()) { _ in })
        func complete(_ line: String) -> [String] { completer.complete(line: line, cursor: line.count).candidates }
        XCTAssertEqual(complete("учен"), ["ученики"])
        XCTAssertEqual(complete("уча"), ["учащиеся"])
        XCTAssertEqual(complete("ученики в 7"), ["7А", "7Б", "7А-eng-1", "7А-eng-2", "7Б-eng-1", "7Б-eng-2"])
        XCTAssertTrue(complete("ученики в 7А гд").starts(with: ["где"]), "\(complete("ученики в 7А гд"))")
        XCTAssertEqual(complete("ученики в 7А где ри"), ["риск"])
        XCTAssertEqual(complete("ученики в 7А где отметки(Алг"), ["Алгебра"])
        XCTAssertEqual(complete("ученики в 7А где отметки(алгебра, пер"), ["период"])
        XCTAssertTrue(complete("ученики в 7А пок").contains("показать"), "\(complete("ученики в 7А пок"))")
        // An English line is completed in English, a surname in it as it is.
        XCTAssertEqual(complete("students where ri"), ["risk", "risk_reason"])
        XCTAssertEqual(complete("marks in Тарас"), ["Тарасов", "Тарасова"])
        XCTAssertEqual(complete(".lang "), ["en", "ru"])
        XCTAssertEqual(complete(".schema уч"), ["ученики", "учителя", "учётные_записи"])
    }

    /// `scripts/start` on a Russian desktop: the shell in a terminal, in Russian from the first line.
    func testTheShellOnARussianTerminalOpensInRussian() throws {
        let terminal = try russianTerminal()
        defer { terminal.close() }
        _ = try terminal.waitFor(text: "ejournal: журнал \(db). .help — список команд")
        try terminal.type("учен")
        try terminal.send(keys: "Tab")
        _ = try terminal.waitFor(text: "ejournal> ученики ")
        try terminal.send(keys: "C-u")
        try terminal.type("classes show name limit 2")
        try terminal.send(keys: "Enter")
        _ = try terminal.waitFor(text: "(2 строки)")
        try terminal.type(".lang en")
        try terminal.send(keys: "Enter")
        try terminal.type("classes show name limit 2")
        try terminal.send(keys: "Enter")
        _ = try terminal.waitFor(text: "(2 rows)")
        try terminal.send(keys: "C-d")
        _ = try terminal.waitForExit()
    }

    /// The shell in a terminal on a Russian desktop (`LANG=ru_RU.UTF-8`).
    private func russianTerminal() throws -> TerminalSession {
        try XCTSkipUnless(TerminalSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        let binary = Fixtures.productsFolder.appendingPathComponent("ejournal").path
        let history = try Fixtures.temporaryFolder("russian-terminal").appendingPathComponent("history").path
        return try TerminalSession(
            [binary, "--db", db, "--history", history], width: 120, height: 30,
            environment: neutral.merging(["LANG": "ru_RU.UTF-8", "NO_COLOR": "1", "PAGER": ""]) { $1 })
    }

    /// A deputy at a Russian terminal: a Russian query with Tab completing a Russian keyword and a
    /// Cyrillic class, and a mistake read in Russian with its caret.
    func testARussianQueryTypedWithTabReadsItsMistakeInRussian() throws {
        let terminal = try russianTerminal()
        defer { terminal.close() }
        _ = try terminal.waitFor(text: ".help — список команд")
        try terminal.type("ученики в 10")
        try terminal.send(keys: "Tab")
        _ = try terminal.waitFor(text: "ejournal> ученики в 10А")
        try terminal.type(" гд")
        try terminal.send(keys: "Tab")
        _ = try terminal.waitFor(text: "ejournal> ученики в 10А где ")
        try terminal.type("отметки(матемтика) < 3")
        try terminal.send(keys: "Enter")
        let screen = try terminal.waitFor(text: "подсказка:")
        XCTAssertTrue(screen.contains("ошибка: нет предмета «матемтика»"), screen)
        XCTAssertTrue(screen.contains("^~~~~~~~~"), screen)
        try terminal.send(keys: "C-d")
        _ = try terminal.waitForExit()
    }

    func testARussianStatementGoesOnAtItsRussianWords() {
        var buffer = StatementBuffer()
        XCTAssertEqual(buffer.add("ученики в 7А где", line: 1), [])
        XCTAssertEqual(buffer.add("  риск", line: 2), [.statement("ученики в 7А где\n  риск", line: 1)])
        var held = StatementBuffer(looksAhead: true)
        XCTAssertEqual(held.add("ученики в 7А", line: 1), [])
        XCTAssertEqual(held.add("  показать фио", line: 2), [])
        XCTAssertEqual(held.finish(), [.statement("ученики в 7А\n  показать фио", line: 1)])
    }
}
