// Русские тексты оболочки и командной строки. Каждый текст `ShellText` есть здесь и в
// `ShellText+English.swift`.

extension ShellText {
    public var russian: String {
        switch self {
        // Оболочка: команды с точкой и скрипты.
        case .banner: "ejournal: журнал {1}. .help — список команд, .lang en — по-английски; Ctrl-D — выход."
        case .outputFailed: "вывод не записать: {1}"
        case .outputFailedHint:
            "не записанное потеряно: освободите место на диске или направьте вывод в другое место (--output ФАЙЛ) и повторите"
        case .lineEditorMissing:
            "не установлен редактор строк (libedit): строки читаются без правки и истории; установите libedit2"
        case .commandLineSource: "<командная строка>"
        case .standardInputSource: "<стандартный ввод>"
        case .argumentSource: "<аргумент>"
        case .unknownCommand: "неизвестная команда «.{1}»"
        case .didYouMeanCommand: "может быть, «.{1}»?"
        case .helpListsTheCommands: ".help — список команд"
        case .scriptsTooDeep: "скрипты вызывают друг друга глубже {1} {1|уровня|уровней|уровней}"
        case .scriptMayReadItself: "возможно, скрипт читает сам себя"
        case .cannotReadScript: "не удаётся прочитать скрипт {1}"
        case .checkTheScriptPath: "проверьте путь; относительные пути отсчитываются от папки скрипта"
        case .takesOneArgument: "команде .{1} нужен один аргумент"
        case .commandUsage: ".{1} {2}"
        case .takesOnOrOff: ".{1} принимает on или off, а не «{2}»"
        case .notAnOutputMode: "«{1}» — не формат вывода"
        case .theModesAre: "форматы: table, csv, json, markdown, csv-excel, html, xlsx"
        case .notADate: "{1} — не дата"
        case .writeTheDateAs: "пишите дату как ГГГГ-ММ-ДД, например: .today 2026-11-27"
        case .notANumberOfRows: "«{1}» — не число строк"
        case .maxRowsExample: ".maxrows 50, или .maxrows 0, чтобы показывать все"
        case .passwordTakesNoArgument: "у команды .password нет аргументов"
        case .passwordsAreAsked: "пароли спрашиваются отдельно и никогда не пишутся в строке"
        case .notALanguage: "«{1}» — не язык"
        case .theLanguagesAre: "языки: ru (русский) и en (английский): .lang en"
        case .currentLanguage: "русский (ru)"

        // .help
        case .noCommandToHelp: "нет команды .{1}: .help — список команд"
        case .helpStatements: "Запросы на языке журнала заканчиваются знаком ; или концом законченной строки:"
        case .helpExample: "ученики в 7А где отметки(математика, период 2) < 3"
        case .helpSchemaAndExplain: ".schema — о чём можно спросить; объяснить ЗАПРОС — его SQL."
        case .helpQueries: "Запрос и его части (.help СЛОВО — примеры каждой):"
        case .helpFunctions: "Функции (.help СЛОВО — примеры; .schema ИСТОЧНИК — какие есть у его строк):"
        case .helpReports: "Отчёты, дневник, учебный год, резервные копии, входы (.help СЛОВО — примеры каждого):"
        case .helpKeeping: "Ведение журнала (.help СЛОВО — примеры каждого):"
        case .helpCommands: "Команды:"
        case .usageCommand: "[КОМАНДА]"
        case .usageOptionalFile: "[ФАЙЛ]"
        case .usageFile: "ФАЙЛ"
        case .usageFormat: "ФОРМАТ"
        case .usageScript: "СКРИПТ"
        case .usageOptionalDate: "[ДАТА]"
        case .usageOptionalSource: "[ИСТОЧНИК]"
        case .helpHelp: "Показать команды или справку по одной команде."
        case .helpMode:
            "Выбрать, как печатать результаты: table, csv, json, markdown, csv-excel (для Excel), html (страница), xlsx."
        case .helpHeaders: "Печатать названия столбцов или нет."
        case .helpOutput: "Отправлять результаты в ФАЙЛ; без ФАЙЛА — снова на экран."
        case .helpOnce: "Отправить в ФАЙЛ только следующий результат."
        case .helpRead: "Выполнить запросы из файла скрипта (скрипт может читать другие)."
        case .helpTimer: "Печатать, сколько длился каждый запрос."
        case .helpBail: "Останавливаться на первой ошибке (скрипты останавливаются всегда, кроме --continue-on-error)."
        case .helpEcho: "Печатать каждый запрос перед его результатом."
        case .helpToday: "Отвечать на ДАТУ (ГГГГ-ММ-ДД); без ДАТЫ — показать дату «на сегодня»."
        case .helpSchema: "Показать, о чём можно спросить: источники, их поля и функции."
        case .helpExplain: "Печатать SQL каждого запроса перед его строками."
        case .helpMaxRows: "Показывать на экране не больше N строк таблицы (0 — все)."
        case .helpPassword: "Сменить свой пароль (он вводится без показа на экране)."
        case .helpLang:
            "Показывать сообщения и результаты по-русски (ru) или по-английски (en); без аргумента — показать как."
        case .helpQuit: "Выйти из оболочки (Ctrl-D тоже)."
        case .helpExit: "Выйти из оболочки."

        // .schema
        case .noSource: "нет источника «{1}»"
        case .theSourcesAre: "источники: {1}"
        case .schemaFields: "поля: {1}"
        case .schemaFunctions: "функции: {1}"
        case .schemaLinks: "связи, читаются в функции сведения (количество(СВЯЗЬ), сумма(СВЯЗЬ.ПОЛЕ)): {1}"
        case .schemaShownByDefault: "показываются по умолчанию: {1}"

        // Результаты.
        case .rows: "({1} {1|строка|строки|строк})"
        case .rowsNotShown:
            "({1} {1|строка|строки|строк}, {2} не {2|показана|показаны|показано}: сколько показывать, задаёт .maxrows)"
        case .runTime: "Время: {1} мс, {2} {2|строка|строки|строк}"
        case .explainParameters: "-- параметры: {1}"
        case .explainSummaries:
            "-- отметки, посещаемость и уроки: из сводок, которые хранилище ведёт по целым неделям и месяцам; отдельные записи — только для дней на краях срока"
        case .explainRawRows:
            "-- отметки, посещаемость и уроки: из отдельных записей (фильтру, списку, наименьшей или наибольшей, медиане или ряду нужна каждая; записи одного класса или нескольких дней так читаются быстрее)"
        case .explainSummariesAndRawRows:
            "-- отметки, посещаемость и уроки: из сводок по целым неделям и месяцам, где функция это позволяет, из отдельных записей, где ей нужна каждая"
        case .explainMarkDays:
            "-- отметки, посещаемость и уроки: из сводки, которую хранилище ведёт по классам и дням (mark_day: число отметок и их сумма), без чтения отдельных отметок"
        case .explainGradeSummary:
            "-- итоговые отметки: из сводки, которую хранилище ведёт по ученикам и периодам (grade_summary: наименьшая, веса СОУ, сколько), без чтения отдельных итоговых отметок"
        case .explainGrades:
            "-- итоговые отметки: каждая отдельно (по некоторым предметам или по предметам: сводка по ученикам их не различает)"
        case .explainGradeSummaryAndGrades:
            "-- итоговые отметки: из сводки по ученикам и периодам, где функция — по всем предметам, каждая отдельно, где по некоторым"

        // Сеанс.
        case .asOfDateIsNotADate: "дата «на сегодня» {1} — не дата"
        case .setTheAsOfDate: "задайте её как ГГГГ-ММ-ДД"
        case .backupFailed: "резервная копия в {1} НЕ СДЕЛАНА: {2}"
        case .backupVerified: "резервная копия в {1}: проверена, sha256 {2}"
        case .backupCopiesFailed: "не удалось сделать {1} из {2} резервных копий: {3}"
        case .checkTheMedia: "проверьте, что каждый носитель подключён и на нём есть место; остальные копии в порядке"
        case .restored: "журнал восстановлен из {1} (копия сделана {2}, контрольная сумма проверена)"
        case .yearClosedAlready: "учебный год {1} уже закрыт, с {2}"
        case .yearClosed: "учебный год {1} закрыт"
        case .yearClosedForced: "учебный год {1} закрыт принудительно: {2}"
        case .verifiedBackupsThisYear:
            "проверенных резервных копий за этот год: {1}, на {2} {2|носителе|носителях|носителях}"
        case .cannotWriteTo: "не удаётся записать в {1}"
        case .checkTheFolder: "проверьте, что папка существует и в неё можно писать"
        case .checkJournalNoProblems: "проверка журнала: проблем нет"
        case .checkJournalFound: "проверка журнала нашла {1} {1|проблему|проблемы|проблем}"
        case .eachIsListedAbove: "каждая указана выше вместе с тем, что делать"

        // Файлы.
        case .mayNotWriteFiles: "{1} не может записывать результаты в файлы"
        case .mayNotRunScripts: "{1} не может запускать файлы скриптов"
        case .parentsReadTheDiary: "родители и ученики читают дневник на экране: {1}"
        case .mayNotWriteFilesNoFolder: "{1} не может записывать результаты в файлы: оператор не задал папку выгрузки"
        case .mayNotRunScriptsNoFolder: "{1} не может запускать файлы скриптов: оператор не задал папку скриптов"
        case .operatorSetsTheFolder: "её задаёт оператор: set {1} folder \"/srv/ejournal/{1}\""
        case .mayNotWriteFilesOutside: "{1} не может записывать результаты в файлы вне папки выгрузки {2}"
        case .mayNotRunScriptsOutside: "{1} не может запускать файлы скриптов вне папки скриптов {2}"
        case .nameAFileInsideExport: "укажите файл внутри неё, например: .once results.csv"
        case .nameAFileInsideScripts: "укажите файл внутри неё, например: .read audit.ejs"
        case .journalsOwnFile: "{1} — собственный файл журнала (база, её служебные файлы, её резервные копии)"
        case .writeToAFileOfTheirOwn: "записывайте результаты в отдельный файл: .output results.csv"
        case .runAScriptFile: "запустите файл скрипта: .read audit.ejs"

        // Пароли и учётные данные.
        case .administratorHasNoPassword: "у локального администратора нет пароля, который можно сменить"
        case .administratorIsWhoeverOpens:
            "администратор — тот, кто может открыть файл журнала; пользователи входят с --user ЛОГИН"
        case .currentPasswordPrompt: "Текущий пароль: "
        case .newPasswordPrompt: "Новый пароль: "
        case .newPasswordAgainPrompt: "Новый пароль ещё раз: "
        case .passwordForPrompt: "Пароль для {1}: "
        case .passwordRefused: "{1}; выберите не меньше {2} {2|символа|символов|символов}, не логин"
        case .passwordsDiffer: "пароли не совпадают"
        case .noNewPassword: "новый пароль не выбран"
        case .typeTheSamePasswordTwice: "введите один и тот же пароль дважды"
        case .passwordChanged: "пароль пользователя {1} изменён"
        case .noTerminal: "нет терминала, на котором можно спросить пароль"
        case .passwordFromTheEnvironment:
            "для скриптов передайте его в переменной окружения EJOURNAL_PASSWORD (а новый, чтобы сменить, — в EJOURNAL_NEW_PASSWORD)"
        case .noPasswordTyped: "пароль не введён"
        case .typeItAndPressEnter: "введите его и нажмите Enter"
        case .cancelled: "отменено"
        case .nothingWasChanged: "ничего не изменено"
        case .issuedForOneLogIn: "Пароль был выдан для одного входа: выберите свой."
        case .newPasswordFromTheEnvironmentRefused: "EJOURNAL_NEW_PASSWORD не может быть новым паролем: {1}"
        case .chooseAtLeast: "выберите не меньше {1} {1|символа|символов|символов}, не логин"
        case .noOneToIssueCredentialsTo: "некому выдавать учётные данные"
        case .theClassHasNoStudents: "в классе ещё нет учеников"
        case .columnName: "фио"
        case .columnClassOrRole: "класс или роль"
        case .columnLogin: "логин"
        case .columnOneTimePassword: "одноразовый пароль"
        case .oneTimePasswordReminder:
            "Одноразовый пароль действует только для первого входа: при первом входе смените его."

        // Ошибки самого ejournal.
        case .internalError: "внутренняя ошибка: {1}"

        // Командная строка.
        case .noJournalAt: "нет журнала по пути {1}"
        case .makeAJournal: "создайте его: ejournal demo --db {1} или ejournal import ПАПКА --db {1}"
        case .checkTheDbPath: "проверьте путь --db"
        case .dryRunWroteNothing: "репетиция: ничего не записано"
        case .dryRunIsNotForTheShell: "--dry-run репетирует -c ЗАПРОСЫ или скрипты, но не оболочку"
        case .importing: "загрузка {1}: {2} {2|строка прочитана|строки прочитаны|строк прочитано}"
        case .imported:
            "{1|загружена|загружены|загружено} {1} {1|строка|строки|строк} из {2} {2|файла|файлов|файлов} в {3} за {4}"
        case .exported:
            "{1|выгружена|выгружены|выгружено} {1} {1|строка|строки|строк} в {2} {2|файл|файла|файлов} в папку {3}"
        case .exportMayNotImportBack:
            "папка может не загрузиться обратно как есть; весь журнал сохраняет резервная копия (backup to \"ПУТЬ\")"
        case .madeDemo: "демонстрационная школа создана в {1} за {2}"
        case .seconds: "{1} с"
        case .compileTime: "{1} мкс  {2}"
        case .dateOption: "{1} принимает дату в виде ГГГГ-ММ-ДД, например 2026-11-27; «{2}» — не дата."
        case .classesRange: "--classes принимает число от 1 до 99."
        case .delimiterIsOneCharacter: "--delimiter принимает один символ, например ';' или ','."
        case .setTakesNameValue: "--set принимает ИМЯ=ЗНАЧЕНИЕ, например --set class=7А; у «{1}» нет имени."
        case .setNameIsNotAVariable: "--set: «{1}» — не имя переменной (буквы, цифры, _)."
        case .commandOrScripts: "Укажите либо -c ЗАПРОСЫ, либо скрипты, но не то и другое вместе."
        case .todayTakesADate: "--today принимает дату в виде ГГГГ-ММ-ДД."
        case .langTakesACode: "--lang принимает ru или en, а не «{1}»."
        case .ejournalAbstract: "Оболочка электронного классного журнала школы, хранящегося в одном файле SQLite."
        case .ejournalDiscussion:
            """
            Без подкоманды открывает журнал, указанный в --db: выполняет запросы из -c \
            или читает запросы со стандартного ввода.

            Коды выхода: 0 — успех, 64 — ошибка в командной строке, 65 — ошибка во входных данных \
            (запрос, строка CSV, дата), 70 — внутренняя ошибка, 77 — вход отклонён (--user).
            """
        case .openAbstract:
            "Открыть журнал: выполнить запросы, скрипты или интерактивную оболочку (подкоманда по умолчанию)."
        case .openDiscussion:
            """
            Запросы пишутся на языке журнала, например: ученики в 7А где отметки(математика, период 2) < 3; \
            несколько запросов разделяются знаком ';'. объяснить ЗАПРОС печатает SQL, в который он компилируется. \
            В оболочке .help перечисляет команды с точкой. Скрипт выполняется в одной транзакции: первая ошибка \
            останавливает его и отменяет всё, что он сделал.
            """
        case .importAbstract: "Загрузить школу из папки CSV-файлов в пустой журнал: всё или ничего."
        case .importDiscussion:
            """
            В папке лежат school.csv, students.csv, marks.csv …, как описано в data-format.md. \
            UTF-8 (с BOM или без) и Windows-1251 с ';' распознаются для каждого файла. \
            Одна неверная строка отменяет всю загрузку, и ничего не записывается.
            """
        case .exportAbstract: "Выгрузить журнал в папку CSV-файлов (UTF-8, разделитель ','), по файлу на таблицу."
        case .demoAbstract:
            "Создать реалистичную демонстрационную школу в новом журнале: люди, расписание, уроки, отметки, пропуски, входы."
        case .demoDiscussion: "Одни и те же параметры и --seed всегда дают одну и ту же школу."
        case .compileTimeAbstract: "Измерить, сколько времени каждый запрос компилируется в SQL (для scripts/bench)."
        case .optionDB: "Файл SQLite журнала."
        case .optionToday:
            "Дата «на сегодня» для сеанса, ГГГГ-ММ-ДД (по умолчанию — дата журнала, иначе системная)."
        case .optionFormat:
            "Как печатать результаты: table, csv, json, markdown, csv-excel (для русского Excel), html (страница для печати) или xlsx (книга Excel)."
        case .optionCommand:
            "Запросы, разделённые ';'; без этого параметра и без скриптов оболочка читает стандартный ввод."
        case .optionFile: "Скрипт для выполнения (можно указать несколько раз)."
        case .optionScripts: "Скрипты для выполнения, по порядку."
        case .optionSet: "Переменная для запросов и скриптов в виде ИМЯ=ЗНАЧЕНИЕ; $ИМЯ заменяется на ЗНАЧЕНИЕ."
        case .optionContinueOnError:
            "В скриптах сообщать о каждом неудачном запросе и выполнять остальные, а не останавливаться."
        case .optionUser:
            """
            Войти как этот пользователь (логин из списка учётных данных, например t005); пароль спрашивается \
            без показа на экране или берётся из $EJOURNAL_PASSWORD. Без этого параметра сеанс идёт от имени \
            локального администратора.
            """
        case .optionDryRun:
            "Выполнить запросы или скрипты, напечатать всё, что они сделали бы, и ничего не записать (репетиция)."
        case .optionHistory: "Файл истории оболочки (по умолчанию ~/.ejournal_history или $EJOURNAL_HISTORY)."
        case .optionLang:
            "Язык сообщений и результатов: ru или en (по умолчанию — $EJOURNAL_LANG, иначе язык локали, иначе en)."
        case .optionImportFolder: "Папка с CSV-файлами."
        case .optionEncoding: "Читать все файлы в этой кодировке (utf8 или cp1251), а не определять её."
        case .optionDelimiter: "Читать все файлы с этим разделителем из одного символа, а не определять его."
        case .optionExportFolder: "Папка для записи (создаётся, если её нет; её CSV-файлы заменяются)."
        case .optionClasses: "Сколько классов в школе (от 1 до 99)."
        case .optionSeed: "Начальное значение для случайных выборов школы."
        case .optionUntil: "Последний день с уроками и дата «на сегодня» школы, ГГГГ-ММ-ДД."
        case .optionCompileToday: "Дата «на сегодня», ГГГГ-ММ-ДД."
        case .optionRepeats: "Сколько раз компилируется каждый запрос."
        case .optionStatements: "Запросы, время компиляции которых измеряется."
        case .pageResults: "Результаты"
        case .signClassTeacher: "Классный руководитель"
        case .signDeputy: "Заместитель директора"
        case .marksByValue: "Отметки по значениям"
        case .marksByValueDuring: "Отметки по значениям, {1}"
        case .columnMark: "отметка"
        case .columnCount: "количество"
        case .workbookNeedsAFile: "книга Excel — это файл: на экран её не вывести"
        case .workbookToAFile:
            "укажите файл: --output ФАЙЛ.xlsx в командной строке, .once ФАЙЛ.xlsx или .output ФАЙЛ.xlsx в оболочке"
        case .writtenTo: "записано в {1}: {2} {2|строка|строки|строк}"
        case .tableNumber: "таблица {1}"
        case .credentialsTitle: "Доступ к электронному журналу"
        case .credentialsSheet: "доступы"
        case .optionOutput:
            "Записать результаты в этот файл, а не в стандартный вывод (книге Excel, --format xlsx, он нужен)."
        case .helpWidth: "Ширина диаграмм в столбцах (0 — по ширине терминала)."
        case .notAWidth: "«{1}» — не ширина"
        case .widthExample: ".width 60, или .width 0 — по ширине терминала"
        }
    }
}
