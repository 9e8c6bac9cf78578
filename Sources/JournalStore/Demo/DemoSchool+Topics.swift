import JournalFoundation

extension DemoSchool {
    /// What a subject's lessons are about and what written or practical work it sets.
    struct Syllabus {
        /// Sections of the course, in the order they are taught.
        var units: [String]
        /// The work that closes a section (a control work, an essay, a test …), or nil.
        var closing: String?
        /// The work set every `every` lessons inside a section, or nil.
        var routine: String?
        var every: Int
        /// Words for the ordinary lessons of a section.
        var practice: [String]
    }

    private static let generalPractice = ["закрепление", "повторение", "обобщение"]

    /// The syllabus of a subject in a grade; lists are short, a real plan would name every lesson.
    static func syllabus(_ code: String, grade: Int) -> Syllabus {
        switch code {
        case "rus" where grade <= 4:
            return Syllabus(
                units: [
                    "Звуки и буквы", "Слово и предложение", "Состав слова", "Правописание корней",
                    "Части речи", "Имя существительное", "Имя прилагательное", "Глагол", "Предложение и текст",
                ], closing: "control", routine: "dictation", every: 9, practice: ["упражнения", "закрепление"])
        case "rus":
            return Syllabus(
                units: [
                    "Повторение изученного", "Лексика и фразеология", "Морфемика и словообразование", "Морфология",
                    "Синтаксис словосочетания", "Простое предложение", "Сложное предложение", "Пунктуация",
                    "Культура речи", "Текст и стили речи",
                ], closing: "control", routine: grade >= 5 && grade <= 9 ? "dictation" : "independent", every: 8,
                practice: ["упражнения", "закрепление", "развитие речи"])
        case "read":
            return Syllabus(
                units: [
                    "Устное народное творчество", "Русские народные сказки", "Стихи русских поэтов", "Басни",
                    "Рассказы о детях", "Произведения о природе", "Литературные сказки", "Зарубежная литература",
                ], closing: "test", routine: nil, every: 0, practice: ["выразительное чтение", "пересказ"])
        case "lit":
            return Syllabus(
                units: [
                    "Устное народное творчество", "Древнерусская литература", "А. С. Пушкин", "М. Ю. Лермонтов",
                    "Н. В. Гоголь", "И. С. Тургенев", "Л. Н. Толстой", "А. П. Чехов", "Поэзия XX века",
                    "Проза о войне",
                ], closing: "essay", routine: "test", every: 10, practice: ["анализ текста", "чтение и обсуждение"])
        case "math" where grade <= 4:
            return Syllabus(
                units: [
                    "Числа и счёт", "Сложение и вычитание", "Умножение и деление", "Величины",
                    "Текстовые задачи", "Геометрические фигуры", "Числа до 1000", "Письменные вычисления",
                ], closing: "control", routine: "independent", every: 8, practice: ["решение задач", "закрепление"])
        case "math":
            return Syllabus(
                units: [
                    "Натуральные числа", "Делимость чисел", "Обыкновенные дроби", "Десятичные дроби",
                    "Проценты", "Отношения и пропорции", "Положительные и отрицательные числа", "Уравнения",
                    "Координатная плоскость",
                ], closing: "control", routine: "independent", every: 7, practice: ["решение задач", "закрепление"])
        case "alg":
            return Syllabus(
                units: grade <= 9
                    ? [
                        "Выражения и их преобразования", "Линейные уравнения", "Функции и графики",
                        "Степень с натуральным показателем", "Многочлены", "Формулы сокращённого умножения",
                        "Системы уравнений", "Квадратные корни", "Неравенства",
                    ]
                    : [
                        "Действительные числа", "Степенная функция", "Показательная функция", "Логарифмы",
                        "Тригонометрические функции", "Производная", "Первообразная и интеграл",
                    ], closing: "control", routine: "independent", every: 7, practice: ["решение задач", "практикум"])
        case "geom":
            return Syllabus(
                units: grade <= 9
                    ? [
                        "Начальные геометрические сведения", "Треугольники", "Параллельные прямые",
                        "Четырёхугольники", "Площадь", "Подобные треугольники", "Окружность",
                    ]
                    : [
                        "Аксиомы стереометрии", "Параллельность прямых и плоскостей", "Перпендикулярность",
                        "Многогранники", "Векторы в пространстве", "Тела вращения",
                    ], closing: "control", routine: nil, every: 0, practice: ["решение задач", "доказательство теорем"])
        case "prob":
            return Syllabus(
                units: [
                    "Представление данных", "Описательная статистика", "Случайные события", "Вероятность", "Графы",
                ],
                closing: "test", routine: nil, every: 0, practice: generalPractice)
        case "eng", "deu":
            return Syllabus(
                units: [
                    "Знакомство", "Моя семья", "Школа", "Мой дом", "Еда", "Покупки", "Путешествия", "Спорт",
                    "Природа и погода", "Страны изучаемого языка",
                ], closing: "test", routine: "dictation", every: 6,
                practice: ["лексика", "грамматика", "чтение", "аудирование"])
        case "okr":
            return Syllabus(
                units: ["Природа вокруг нас", "Человек и общество", "Растения", "Животные", "Наша Родина", "Здоровье"],
                closing: "test", routine: "practical", every: 8, practice: generalPractice)
        case "orkse":
            return Syllabus(
                units: [
                    "Россия — наша Родина", "Культура и мораль", "Нравственные ценности", "Традиции народов России",
                ],
                closing: nil, routine: nil, every: 0, practice: ["беседа", "проект"])
        case "hist":
            return Syllabus(
                units: [
                    "Древний мир", "Средние века", "Русь в IX–XII веках", "Московское государство",
                    "Новое время", "Российская империя", "Россия в XX веке", "Великая Отечественная война",
                    "Современная Россия",
                ], closing: "test", routine: nil, every: 0, practice: ["работа с источниками", "работа с картой"])
        case "soc":
            return Syllabus(
                units: ["Человек", "Общество", "Экономика", "Право", "Политика", "Социальная сфера"],
                closing: "test", routine: nil, every: 0, practice: generalPractice)
        case "geo":
            return Syllabus(
                units: [
                    "Земля во Вселенной", "План и карта", "Литосфера", "Гидросфера", "Атмосфера", "Биосфера",
                    "Население", "География России",
                ], closing: "test", routine: "practical", every: 6, practice: ["работа с картой", "закрепление"])
        case "bio":
            return Syllabus(
                units: [
                    "Клетка", "Бактерии и грибы", "Растения", "Животные", "Человек и его здоровье",
                    "Эволюция", "Экология",
                ], closing: "test", routine: "lab", every: 6, practice: generalPractice)
        case "phys":
            return Syllabus(
                units: [
                    "Физика и её методы", "Строение вещества", "Движение и силы", "Давление", "Работа и энергия",
                    "Тепловые явления", "Электрические явления", "Магнитные явления", "Световые явления",
                ], closing: "control", routine: "lab", every: 6, practice: ["решение задач", "закрепление"])
        case "chem":
            return Syllabus(
                units: [
                    "Первоначальные химические понятия", "Кислород и водород", "Растворы", "Основные классы соединений",
                    "Периодический закон", "Химическая связь", "Органические вещества",
                ], closing: "control", routine: "practical", every: 7, practice: ["решение задач", "закрепление"])
        case "inf":
            return Syllabus(
                units: ["Информация", "Компьютер", "Системы счисления", "Алгоритмы", "Программирование", "Сети"],
                closing: "test", routine: "practical", every: 4, practice: ["практикум", "закрепление"])
        case "art":
            return Syllabus(
                units: ["Рисунок", "Живопись", "Декоративное искусство", "Народные промыслы", "Архитектура"],
                closing: nil, routine: "practical", every: 3, practice: ["творческая работа"])
        case "music":
            return Syllabus(
                units: ["Музыка моего края", "Народная музыка", "Классическая музыка", "Музыка театра и кино"],
                closing: nil, routine: nil, every: 0, practice: ["слушание музыки", "хоровое пение"])
        case "tech":
            return Syllabus(
                units: ["Материалы и их обработка", "Технологии обработки", "Робототехника", "Проектная работа"],
                closing: nil, routine: "practical", every: 3, practice: ["практическая работа"])
        case "obzr":
            return Syllabus(
                units: ["Безопасность в быту", "Безопасность на дорогах", "Первая помощь", "Защита Родины"],
                closing: "test", routine: nil, every: 0, practice: generalPractice)
        case "pe":
            return Syllabus(
                units: ["Лёгкая атлетика", "Гимнастика", "Баскетбол", "Волейбол", "Лыжная подготовка", "Футбол"],
                closing: "practical", routine: nil, every: 0, practice: ["техника упражнений", "учебная игра"])
        default:
            return Syllabus(
                units: ["Выбор темы проекта", "Сбор материала", "Работа над проектом", "Защита проекта"],
                closing: nil, routine: nil, every: 0, practice: ["консультация"])
        }
    }

    /// Titles of the works as a plan names them.
    static func workTitle(_ kind: String, unit: String, code: String) -> String {
        switch kind {
        case "control": return "Контрольная работа по теме «\(unit)»"
        case "test": return "Проверочная работа по теме «\(unit)»"
        case "dictation" where code == "eng" || code == "deu": return "Словарный диктант по теме «\(unit)»"
        case "dictation": return "Диктант по теме «\(unit)»"
        case "independent": return "Самостоятельная работа по теме «\(unit)»"
        case "essay": return "Сочинение по теме «\(unit)»"
        case "exposition": return "Изложение"
        case "lab": return "Лабораторная работа по теме «\(unit)»"
        default: return "Практическая работа по теме «\(unit)»"
        }
    }

    /// The calendar-thematic plan of one course: `dates` are its lessons over the whole year.
    static func plan(_ code: String, grade: Int, dates: [SchoolDate]) -> [PlannedLesson] {
        let syllabus = syllabus(code, grade: grade)
        let count = dates.count
        guard count > 0 else { return [] }
        let units = max(1, min(syllabus.units.count, count / 8))
        var result: [PlannedLesson] = []
        result.reserveCapacity(count)
        var position = 0
        var routines = 0
        for unit in 0..<units {
            let end = (unit + 1) * count / units
            let name = syllabus.units[unit]
            let length = end - position
            for step in 0..<length {
                var work: String?
                var topic: String
                if step == 0 {
                    topic = name
                } else if step == length - 1, let closing = syllabus.closing, length >= 4 {
                    work = closing
                } else if step == length - 2 && syllabus.closing != nil && length >= 6 {
                    topic = "Повторение и обобщение по теме «\(name)»"
                    result.append(PlannedLesson(topic: topic, date: dates[position + step], work: nil))
                    continue
                } else if let routine = syllabus.routine, step % syllabus.every == syllabus.every - 1 {
                    routines += 1
                    // The second of every three Russian dictations in grades 5–9 is an exposition instead.
                    let exposition = routine == "dictation" && code == "rus" && grade >= 5 && routines % 3 == 2
                    work = exposition ? "exposition" : routine
                }
                if let work {
                    topic = workTitle(work, unit: name, code: code)
                } else {
                    topic = name + ": " + syllabus.practice[step % syllabus.practice.count]
                }
                result.append(PlannedLesson(topic: topic, date: dates[position + step], work: work))
            }
            position = end
        }
        return result
    }

    /// Homework as teachers write it, or nil where none is set (grade 1 has none by the rules).
    static func homework(_ code: String, grade: Int, lesson: Int, of count: Int, _ random: inout SeededRandom)
        -> String?
    {
        guard grade >= 2 else { return nil }
        let paragraph = 1 + lesson * 40 / max(count, 1)
        let page = 4 + lesson * 220 / max(count, 1)
        switch code {
        case "rus":
            return "§\(paragraph), упр. \(page / 2 + random.int(in: 1...6))"
        case "math", "alg", "geom", "prob":
            let task = page * 2 + random.int(in: 1...9)
            return "п. \(paragraph), № \(task), \(task + 2)"
        case "read", "lit":
            return random.chance(0.15) ? "выучить наизусть" : "с. \(page)–\(page + random.int(in: 3...12)), читать"
        case "eng", "deu":
            return "p. \(page / 2), ex. \(random.int(in: 1...8))"
        case "hist", "soc", "geo", "bio", "okr", "obzr":
            return "§\(paragraph), вопросы \(random.int(in: 1...3))–\(random.int(in: 4...7))"
        case "phys", "chem", "inf":
            return "§\(paragraph), задача \(random.int(in: 1...12))"
        case "art", "tech":
            return random.chance(0.5) ? random.pick(["принести материалы", "закончить работу"]) : nil
        case "music":
            return random.chance(0.4) ? random.pick(["слушать произведения темы", "выучить песню"]) : nil
        case "pe":
            return random.chance(0.35) ? "комплекс упражнений № \(1 + lesson % 6)" : nil
        case "proj":
            return random.chance(0.5) ? "работа над проектом" : nil
        default:
            return nil
        }
    }
}
