/// The Russian words of the query language: for every English keyword, field, function, source,
/// span and value, the Russian forms a speaker types. The first form is the one ejournal shows
/// (in hints, headers, completion); every form is read. A Russian word means exactly what its
/// English twin means. Case is ignored and `ё` is `е`.
///
/// Words that read differently by what stands around them (`по` is `by`, but `to` in `с … по …`;
/// `пусто` is `is empty`) are read by the language's lexer (`RussianReading`), from these forms.
public enum RussianWords {
    /// English word → its Russian forms, the shown one first.
    public static let forms: [(english: String, russian: [String])] = [
        // Writing statements (read before the fields: `причина` is `because`, then the field `reason`).
        ("add", ["добавить", "добавь"]),
        ("change", ["изменить", "измени"]),
        ("remove", ["удалить", "удали"]),
        ("move", ["перевести", "переведи"]),
        ("create", ["создать", "создай"]),
        ("exam", ["экзамен"]),
        ("remark", ["замечание"]),
        ("resolve", ["устранить"]),
        ("correct", ["исправить", "исправь"]),
        ("approve", ["одобрить"]),
        ("reject", ["отклонить"]),
        ("open", ["открыть"]),
        ("confirm", ["подтвердить"]),
        ("withdraw", ["отчислить"]),
        ("set", ["задать", "установить"]),
        ("backup", ["копировать", "резервная_копия"]),
        ("restore", ["восстановить"]),
        ("close", ["закрыть"]),
        ("issue", ["выдать"]),
        ("credentials", ["доступ", "доступы", "пароли"]),
        ("for", ["для"]),
        ("of", ["от", "из"]),
        ("force", ["принудительно"]),
        ("because", ["причина", "потому_что", "так_как"]),
        ("timetable", ["расписание"]),
        ("load", ["нагрузка", "нагрузку"]),
        ("hours", ["часов", "часа", "часы"]),
        ("room", ["кабинет"]),
        ("born", ["родился", "родилась"]),
        ("foreign", ["иностранный"]),
        ("course", ["курс"]),
        ("received", ["получено", "получен"]),
        ("correction", ["исправление"]),
        ("mark", ["отметку", "оценку", "отметка", "оценка"]),
        ("retain", ["оставить", "оставлен", "оставлена"]),
        ("leave", ["выбыть", "выбывает", "выбыл", "выбыла"]),
        ("graduate", ["выпуск", "выпустить"]),
        ("export", ["выгрузки", "выгрузка"]),
        ("scripts", ["скриптов", "сценариев"]),
        ("folder", ["папку", "папка"]),
        ("status", ["состояние", "статус"]),
        ("journal", ["журнал"]),
        ("monday", ["понедельник", "пн"]),
        ("tuesday", ["вторник", "вт"]),
        ("wednesday", ["среда"]),
        ("thursday", ["четверг", "чт"]),
        ("friday", ["пятница", "пт"]),
        ("saturday", ["суббота", "сб"]),
        ("sunday", ["воскресенье", "вс"]),
        // Clauses and operators.
        ("in", ["в", "во"]),
        ("during", ["за"]),
        ("where", ["где"]),
        ("by", ["по"]),
        ("show", ["показать", "покажи", "показывать", "вывести", "выведи"]),
        ("order", ["сортировать", "упорядочить", "отсортировать", "сортировка", "приказ"]),
        ("desc", ["убыв", "убывание", "убыванию"]),
        ("asc", ["возр", "возрастание", "возрастанию"]),
        ("limit", ["первые", "лимит"]),
        ("chart", ["диаграмма"]),
        ("spark", ["динамика", "спарклайн"]),
        ("all", ["все", "всех"]),
        ("and", ["и"]),
        ("or", ["или"]),
        ("not", ["не"]),
        ("true", ["да"]),
        ("false", ["нет"]),
        ("explain", ["объяснить", "объясни"]),
        ("query", ["запроса"]),
        ("plan", ["план"]),
        // Sources.
        ("students", ["ученики", "учащиеся", "обучающиеся", "учеников"]),
        ("teachers", ["учителя", "педагоги", "учителей"]),
        ("staff", ["сотрудники", "сотрудников", "сотрудника"]),
        ("parents", ["родители", "родителей"]),
        ("parent", ["родитель", "родителя"]),
        ("classes", ["классы", "классов"]),
        ("subjects", ["предметы", "предметов"]),
        ("lessons", ["уроки", "уроков"]),
        ("marks", ["отметки", "оценки", "отметок", "оценок"]),
        ("absences", ["пропуски", "пропусков"]),
        ("grades", ["итоговые"]),
        ("visits", ["посещения", "входы", "посещений", "входов"]),
        ("corrections", ["исправления", "исправлений"]),
        ("remarks", ["замечания", "замечаний"]),
        ("failed_logins", ["неудачные_входы"]),
        ("reissues", ["перевыпуски"]),
        ("changes", ["изменения", "изменений"]),
        ("exams", ["экзамены", "экзаменов"]),
        ("enrolment", ["зачисления", "зачислений", "история_обучения"]),
        ("accounts", ["учётные_записи", "учётных_записей", "аккаунты"]),
        ("backups", ["резервные_копии", "резервных_копий"]),
        ("orders", ["приказы", "приказов"]),
        // Spans.
        ("term", ["период"]),
        ("quarter", ["четверть"]),
        ("half", ["полугодие"]),
        ("trimester", ["триместр"]),
        ("year", ["год"]),
        ("today", ["сегодня"]),
        ("yesterday", ["вчера"]),
        ("this", ["эта", "эту", "этой", "текущая", "текущую"]),
        ("last", ["последние", "последний", "последних", "последнюю", "прошлая", "прошлую", "прошлой"]),
        ("week", ["неделя", "неделю", "неделе", "недели", "недель", "неделям"]),
        ("weeks", ["недели", "недель"]),
        ("days", ["дней", "дня", "день", "дни"]),
        ("since", ["с", "со", "начиная_с"]),
        ("from", ["с"]),
        ("to", ["по"]),
        ("on", ["на"]),
        // Functions and measures.
        ("lates", ["опоздания", "опозданий"]),
        ("grade", ["итоговая"]),
        ("topics", ["темы"]),
        ("homework", ["дз", "домашнее_задание"]),
        ("avg", ["среднее", "ср", "средний", "средняя"]),
        ("count", ["количество", "кол", "число"]),
        ("min", ["мин", "минимум"]),
        ("max", ["макс", "максимум"]),
        ("list", ["список"]),
        ("sum", ["сумма"]),
        ("quality", ["качество"]),
        ("pass_rate", ["успеваемость"]),
        ("sou", ["соу"]),
        ("median", ["медиана"]),
        ("stddev", ["ско", "стандартное_отклонение", "стандотклон"]),
        ("share", ["доля"]),
        // Fields.
        ("id", ["код"]),
        ("code", ["код", "тип", "код_пропуска"]),
        ("name", ["фио", "название", "имя"]),
        ("class", ["класс", "классу", "классам", "класса"]),
        ("grade", ["параллель", "параллели", "параллелям"]),
        ("subject", ["предмет", "предмету", "предметам", "предмета"]),
        ("teacher", ["учитель", "учителю", "учителям", "учителя"]),
        ("class_teacher", ["классный_руководитель"]),
        ("student", ["ученик", "ученику", "ученикам", "ученика"]),
        ("date", ["дата", "дате", "датам", "даты", "дням"]),
        ("value", ["отметка", "значение", "оценка", "значению", "значениям", "отметке", "отметкам", "оценкам"]),
        ("kind", ["вид", "виду", "видам"]),
        ("topic", ["тема"]),
        ("substitute", ["замена"]),
        ("phone", ["телефон"]),
        ("email", ["почта"]),
        ("birth_date", ["дата_рождения"]),
        ("sex", ["пол"]),
        ("risk", ["риск"]),
        ("entered_at", ["внесено"]),
        ("delay", ["задержка"]),
        ("late", ["поздно"]),
        ("month", ["месяц", "месяцам", "месяцу"]),
        ("weekday", ["день_недели", "дню_недели"]),
        ("first_name", ["имя"]),
        ("last_name", ["фамилия"]),
        ("risk_group", ["группа_риска"]),
        ("middle_name", ["отчество"]),
        ("risk_reason", ["причина_риска"]),
        ("roles", ["роли"]),
        ("role", ["роль", "роли"]),
        ("children", ["дети"]),
        ("scheme", ["схема"]),
        ("class_teacher", ["классный_руководитель", "кл_рук"]),
        ("number", ["номер", "номеру", "номерам"]),
        ("group", ["группа", "группе", "группам"]),
        ("entered_by", ["внёс", "кто_внёс"]),
        ("lesson", ["урок"]),
        ("period", ["период"]),
        ("periods", ["периоды"]),
        ("final", ["итог"]),
        ("user", ["пользователь"]),
        ("at", ["время", "когда"]),
        ("old_value", ["было"]),
        ("new_value", ["стало"]),
        ("requested_by", ["запросил"]),
        ("approved_by", ["одобрил"]),
        ("reason", ["причина"]),
        ("decided_at", ["решено"]),
        ("decision", ["решение"]),
        ("text", ["текст"]),
        ("made_by", ["автор"]),
        ("made_at", ["сделано"]),
        ("due", ["срок"]),
        ("resolved_at", ["устранено"]),
        ("resolution", ["устранение"]),
        ("login", ["логин"]),
        ("cleared", ["снято"]),
        ("issued_by", ["выдал"]),
        ("statement", ["команда"]),
        ("rows", ["строк"]),
        ("tables", ["таблицы"]),
        ("hash", ["хеш", "хэш"]),
        ("n5", ["н5"]),
        ("n4", ["н4"]),
        ("n3", ["н3"]),
        ("n2", ["н2"]),
        ("n_na", ["н_на"]),
        ("groups", ["группы", "групп"]),
        ("given", ["пройдена", "пройдено", "дано"]),
        ("planned", ["по_плану", "запланировано"]),
        ("draft", ["черновик"]),
        ("valid_from", ["действует_с"]),
        ("valid_to", ["действует_по"]),
        ("start", ["начало"]),
        ("end", ["конец"]),
        ("taken_on", ["дата_сдачи", "сдан", "сдано"]),
        ("received_on", ["дата_получения"]),
        ("score", ["баллы", "балл", "баллов"]),
        ("current", ["текущее", "сейчас"]),
        ("must_change", ["сменить_пароль"]),
        ("issued_at", ["выдано"]),
        ("last_login", ["последний_вход"]),
        ("path", ["путь"]),
        ("sha256", ["контрольная_сумма"]),
        ("verified", ["проверена", "проверено"]),
        ("problem", ["проблема"]),
        ("order_number", ["номер_приказа"]),
        ("order_date", ["дата_приказа"]),
        ("end_order_number", ["номер_приказа_о_выбытии"]),
        ("end_order_date", ["дата_приказа_о_выбытии"]),
        // Values of closed sets.
        ("absent", ["отсутствовал", "не_был"]),
        ("sick", ["болел", "болен"]),
        ("excused", ["уважительная", "по_уважительной"]),
        ("m", ["м", "муж"]),
        ("f", ["ж", "жен"]),
        ("director", ["директор"]),
        ("deputy", ["завуч", "заместитель"]),
        ("operator", ["оператор"]),
        ("own", ["своя", "своё"]),
        ("requested", ["запрошено"]),
        ("approved", ["одобрено"]),
        ("rejected", ["отклонено"]),
        ("promotion", ["перевод_по_итогам_года"]),
        ("transfer", ["перевод", "перевод_в_другой_класс"]),
        ("withdrawal", ["отчисление", "выбытие"]),
        // Kinds of marks.
        ("answer", ["ответ"]),
        ("classwork", ["работа_на_уроке"]),
        ("independent", ["самостоятельная"]),
        ("test", ["проверочная"]),
        ("control", ["контрольная"]),
        ("dictation", ["диктант"]),
        ("essay", ["сочинение"]),
        ("exposition", ["изложение"]),
        ("lab", ["лабораторная"]),
        ("practical", ["практическая"]),
        // Reports.
        ("audit", ["аудит"]),
        ("report", ["ведомость", "отчёт", "отчет"]),
        ("forecast", ["прогноз"]),
        ("diary", ["дневник"]),
    ]

    /// The forms a speaker puts after `по` (`по классам`), and the word that names the column.
    public static let nominatives: [String: String] = [
        "значению": "значение", "значениям": "значение", "отметке": "отметка", "отметкам": "отметка",
        "оценкам": "оценка", "виду": "вид", "видам": "вид", "классу": "класс", "классам": "класс",
        "предмету": "предмет", "предметам": "предмет", "учителю": "учитель", "учителям": "учитель",
        "ученику": "ученик", "ученикам": "ученик", "дате": "дата", "датам": "дата", "дням": "дата",
        "неделе": "неделя", "неделям": "неделя", "месяцу": "месяц", "месяцам": "месяц",
        "дню_недели": "день_недели", "дням недели": "день_недели", "параллелям": "параллель",
        "номеру": "номер", "номерам": "номер", "группе": "группа", "группам": "группа", "роли": "роль",
    ]

    /// A word as keys are compared: lower case, `ё` as `е` (precomposed or as `е` and a combining
    /// diaeresis). Scalar by scalar rather than through Foundation's search: every word of every
    /// statement is read through it, and the table of readings is built with it at start-up.
    public static func key(_ word: String) -> String {
        let lower = word.lowered()
        guard lower.unicodeScalars.contains(where: { $0 == "ё" || $0 == "\u{0308}" }) else { return lower }
        var scalars = String.UnicodeScalarView()
        for scalar in lower.unicodeScalars {
            switch scalar {
            case "ё": scalars.append("е")
            case "\u{0308}" where scalars.last == "е": continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Russian form → the English words it can stand for, in the order of `forms`.
    public static let readings: [String: [String]] = {
        var readings: [String: [String]] = [:]
        for (english, russian) in forms {
            for form in russian where !(readings[key(form)] ?? []).contains(english) {
                readings[key(form), default: []].append(english)
            }
        }
        return readings
    }()

    /// The English word a Russian one stands for when nothing around it decides (`по` is `by`).
    public static func english(_ word: String) -> String? {
        readings(of: word).first
    }

    /// The English words a Russian one can stand for; none for a word of ASCII letters only, which
    /// is read without building the table (every Russian form has a Cyrillic letter: a test keeps
    /// it so), so a query in English pays nothing for it at start-up.
    public static func readings(of word: String) -> [String] {
        guard word.hasByte(where: { $0 >= 0x80 }) else { return [] }
        return readings[key(word)] ?? []
    }

    private static let shownForms: [String: String] = {
        var shown: [String: String] = [:]
        for (english, russian) in forms where shown[english] == nil {
            shown[english] = russian.first
        }
        return shown
    }()

    /// The Russian name shown for a field of a source, where it differs from the word's own
    /// (`grade` of a class is its параллель, not an итоговая; the `name` of a class is its название).
    public static func shownField(_ english: String, of source: String) -> String {
        switch english {
        case "grade": return "параллель"
        case "name" where ["classes", "subjects", "groups"].contains(source): return "название"
        case "code": return "код"
        default: return shown(english)
        }
    }

    /// The Russian form shown for an English word, or the word itself when it has none.
    public static func shown(_ english: String) -> String {
        shownForms[english.lowered()] ?? english
    }
}
