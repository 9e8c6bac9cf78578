import JournalFoundation

/// What the language offers, for the shell's help, `.schema` and Tab completion.
public enum LanguageReference {
    /// A source of rows with its fields (and their kinds) and the functions of its rows.
    public struct SourceInfo: Sendable {
        public let name: String
        public let fields: [(name: String, kind: String)]
        public let functions: [String]
        /// The columns shown when a query names none.
        public let natural: [String]
        /// The links of its rows to other sources' rows: the link's name and the source it names.
        public let links: [(name: String, target: String)]
    }

    /// Every source, in the order of the grammar.
    public static var sources: [SourceInfo] {
        Resolved.Source.allCases.map { source in
            let schema = SourceSchema.schema(source)
            return SourceInfo(
                name: source.rawValue,
                fields: schema.fields.map { ($0.name, kind(of: $0.type)) },
                functions: Resolver.sets(of: source).map { $0 + "(…)" },
                natural: schema.natural,
                links: SourceLink.links(of: source).map { ($0.name, $0.target.rawValue) })
        }
    }

    /// The words that may start a statement.
    public static var statementWords: [String] { Parser.statementWords }

    /// Examples of the statements that are neither queries nor writes — reports, the diary, the
    /// year, backups, log-ins, the journal's check — as `.help audit` shows them; the tests run them.
    public static let statementExamples: [String: [String]] = [
        "audit": ["audit", "audit 7А term 1", "audit in 7 during last 2 weeks"],
        "check": ["check density 7А term 1", "check journal"],
        "report": ["report 7А term 1", "report 7А during year 2026/2027"],
        "forecast": ["forecast 7А term 2"],
        "diary": ["diary \"Тарасова Виктория\" last week", "diary S0060 term 1"],
        "explain": ["explain students in 7А where risk", "explain query plan marks during term 1 where late"],
        "backup": [
            "backup to \"/media/a/journal.sqlite\", \"/media/b/journal.sqlite\"", "backup status",
        ],
        "restore": ["restore from \"/media/a/journal.sqlite\""],
        "close": ["close year 2026/2027", "close year 2026/2027 force \"приказ № 12\""],
        "issue": ["issue credentials for staff", "issue credentials for 7А", "issue credentials for T005, S0001"],
    ]

    /// Examples of each writing statement, as `.help mark` shows them (R2).
    public static let writingExamples: [String: [String]] = [
        "add": [
            "add staff T050 \"Орлова Нина Петровна\" roles teacher, class_teacher email \"t050@school14.ru\"",
            "add student S0900 \"Новиков Иван Андреевич\" to 7В born 2013-04-02 sex m",
            "add parent P0900 \"Новикова Мария\" of S0900 phone \"+7 900 000-00-00\"",
            "add class 7В grade 7 scheme quarter teacher T050",
            "add subject astro \"Астрономия\"",
            "add period quarter 3 from 2027-01-12 to 2027-03-20",
            "add timetable 7В monday 1 alg teacher T050 room 21 from 2026-11-30",
            "add load 7В alg teacher T050 hours 3",
        ],
        "confirm": ["confirm load in 8А, 8Б", "confirm load"],
        "change": [
            "change student S0900 set risk_group = \"адаптация\", middle_name = \"Андреевич\"",
            "change staff T050 set roles = teacher + class_teacher", "change class 7В set teacher = T050",
        ],
        "remove": [
            "remove timetable 7В monday 1", "remove period quarter 4", "remove parent P0900", "remove load 7В alg",
        ],
        "move": ["move S0900 to 7А on 2026-11-30", "move S0900 to 7А on 2026-11-30 order \"123-у\" of 2026-11-27"],
        "withdraw": ["withdraw S0900 on 2026-12-01", "withdraw S0900 on 2026-12-01 order \"124-у\" of 2026-11-27"],
        "set": ["set export folder \"/tmp\"", "set scripts folder none"],
        "create": ["create lessons in 7А from 2026-11-30 to 2026-12-04"],
        "topic": ["topic 7А alg 2026-11-27: \"Формулы сокращённого умножения\""],
        "homework": ["homework 7А alg 2026-11-27 lesson 3: \"§12, № 3–5\""],
        "substitute": ["substitute 7А alg 2026-11-27: T006", "substitute 7А alg 2026-11-27: none"],
        "mark": ["mark 7А alg 2026-11-27: Баранов 5, Беляев 4 control, \"Борисова Василиса\" 3 test"],
        "absent": ["absent 7А alg 2026-11-27: Васильева sick, Беляев late, Баранов present"],
        "grade": ["grade 7А alg term 2: Баранов 5, Беляев н/а", "grade 7А alg year: Баранов 4"],
        "exam": ["exam ОГЭ alg 2027-06-01 received 2027-06-14: S0055 18 4"],
        "group": [
            "group 7А-alg-1 of 7А alg: Баранов, Беляев", "group 7А-eng-2 remove on 2026-11-16: Орлова Ева",
            "group 7А-eng-1 add on 2026-11-16: Орлова Ева",
        ],
        "remark": ["remark T007 7А alg due 2026-12-04: \"темы уроков за ноябрь не записаны\""],
        "resolve": ["resolve remark 1: \"темы записаны\""],
        "correct": ["correct mark M0006280 to 4 because \"ошибка при выставлении\""],
        "approve": ["approve correction 11"],
        "reject": ["reject correction 12 because \"нет оснований\""],
        "promote": [
            "promote year 2026/2027 order \"45-у\" of 2027-06-20 dry run: retain S0033, leave S0050",
            "promote year 2026/2027 order \"45-у\" of 2027-06-20: retain S0033, leave S0050",
        ],
        "open": ["open year 2027/2028 periods \"periods-2027.csv\""],
    ]
    /// The same statements in Russian, by the English word, as `.help` shows them beside the English.
    public static let russianExamples: [String: [String]] = [
        "audit": ["аудит", "аудит 7А период 1", "аудит в 7 за последние 2 недели"],
        "check": ["накопляемость 7А период 1", "проверить журнал"],
        "report": ["ведомость 7А период 1", "ведомость 7А за год 2026/2027"],
        "forecast": ["прогноз 7А период 2"],
        "diary": ["дневник \"Тарасова Виктория\" прошлая неделя", "дневник S0060 период 1"],
        "explain": ["объяснить ученики в 7А где риск", "объяснить план запроса отметки за период 1 где поздно"],
        "backup": ["копировать в \"/media/a/journal.sqlite\", \"/media/b/journal.sqlite\"", "копировать состояние"],
        "restore": ["восстановить из \"/media/a/journal.sqlite\""],
        "close": ["закрыть год 2026/2027", "закрыть год 2026/2027 принудительно \"приказ № 12\""],
        "issue": ["выдать доступ для сотрудников", "выдать доступ для 7А", "выдать доступ для T005, S0001"],
        "add": [
            "добавить сотрудника T050 \"Орлова Нина Петровна\" роли учитель, классный_руководитель почта \"t050@school14.ru\"",
            "добавить ученика S0900 \"Новиков Иван Андреевич\" в 7В родился 02.04.2013 пол м",
            "добавить родителя P0900 \"Новикова Мария\" для S0900 телефон \"+7 900 000-00-00\"",
            "добавить класс 7В параллель 7 схема четверть учитель T050",
            "добавить предмет astro \"Астрономия\"",
            "добавить период четверть 3 с 12.01.2027 по 20.03.2027",
            "добавить расписание 7В понедельник 1 алг учитель T050 кабинет 21 с 30.11.2026",
            "добавить нагрузку 7В алг учитель T050 часов 3",
        ],
        "confirm": ["подтвердить нагрузку в 8А, 8Б", "подтвердить нагрузку"],
        "change": [
            "изменить ученика S0900 задать группа_риска = \"адаптация\", отчество = \"Андреевич\"",
            "изменить класс 7В задать учитель = T050",
        ],
        "remove": ["удалить расписание 7В понедельник 1", "удалить период четверть 4", "удалить нагрузку 7В алг"],
        "move": [
            "перевести S0900 в 7А с 30.11.2026", "перевести S0900 в 7А с 30.11.2026 приказ \"123-у\" от 27.11.2026",
        ],
        "withdraw": ["отчислить S0900 с 01.12.2026", "отчислить S0900 с 01.12.2026 приказ \"124-у\" от 27.11.2026"],
        "set": ["задать папку выгрузки \"/tmp\"", "задать папку скриптов нет"],
        "create": ["создать уроки в 7А с 30.11.2026 по 04.12.2026"],
        "topic": ["тема 7А алг 27.11.2026: \"Формулы сокращённого умножения\""],
        "homework": ["дз 7А алг 27.11.2026 урок 3: \"§12, № 3–5\""],
        "substitute": ["замена 7А алг 27.11.2026: T006"],
        "mark": ["отметка 7А алг 27.11.2026: Баранов 5, Беляев 4 контрольная, \"Борисова Василиса\" 3 проверочная"],
        "absent": ["пропуск 7А алг 27.11.2026: Васильева б, Беляев о"],
        "grade": ["итоговая 7А алг период 2: Баранов 5, Беляев н/а", "итоговая 7А алг год: Баранов 4"],
        "exam": ["экзамен ОГЭ алг 01.06.2027 получено 14.06.2027: S0055 18 4"],
        "group": [
            "группа 7А-alg-1 из 7А алг: Баранов, Беляев", "группа 7А-eng-2 удалить с 16.11.2026: Орлова Ева",
            "группа 7А-eng-1 добавить с 16.11.2026: Орлова Ева",
        ],
        "remark": ["замечание T007 7А алг срок 04.12.2026: \"темы уроков за ноябрь не записаны\""],
        "resolve": ["устранить замечание 1: \"темы записаны\""],
        "correct": ["исправить отметку M0006280 на 4 причина \"ошибка при выставлении\""],
        "approve": ["одобрить исправление 11"],
        "reject": ["отклонить исправление 12 причина \"нет оснований\""],
        "promote": [
            "перевести год 2026/2027 приказ \"45-у\" от 20.06.2027 пробно: оставить S0033, выбыть S0050",
            "перевести год 2026/2027 приказ \"45-у\" от 20.06.2027: оставить S0033, выбыть S0050",
        ],
        "open": ["открыть год 2027/2028 периоды \"periods-2027.csv\""],
    ]

    /// The clause keywords of a query.
    public static var clauses: [String] { Parser.clauses }
    /// The words that start a time span.
    public static var spanWords: [String] { Parser.spanWords }
    /// The aggregates and functions.
    public static var functions: [String] { Resolver.functions }

    /// What a field holds, as `.schema` shows it, in the reader's language.
    static func kind(of type: Resolved.ValueType) -> String {
        let kind: Message
        switch type {
        case .number: kind = Message(ReportText.kindNumber)
        case .text: kind = Message(ReportText.kindText)
        case .date: kind = Message(ReportText.kindDate)
        case .timestamp: kind = Message(ReportText.kindTimestamp)
        case .bool: kind = Message(ReportText.kindBool)
        case .enumeration(_, let values): kind = Message.keywords(values, separator: "|")
        case .person: kind = Message(ReportText.kindPerson)
        case .subject: kind = Message(ReportText.kindSubject)
        case .schoolClass: kind = Message(ReportText.kindClass)
        case .grade: kind = Message(ReportText.kindGrade)
        case .series: kind = Message(ResolverText.series)
        }
        return kind.description
    }
}
