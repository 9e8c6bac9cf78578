extension DemoSchool {
    /// Russian first names, surnames and patronymics for the demo school's people.
    ///
    /// A child's patronymic comes from the father's first name, so every man who can be
    /// a father (or a grandfather, for the parents' and teachers' own patronymics) is
    /// listed with both forms spelled out: the irregular ones (Илья → Ильич / Ильинична,
    /// Павел → Павлович, Лев → Львович, Дмитрий → Дмитриевич) are not left to a rule.
    ///
    /// ```
    /// Names.patronymic(of: "Николай", male: false)   // "Николаевна"
    /// Names.surname("Соколов", male: false)          // "Соколова"
    /// ```
    enum Names {
        /// A man's name with the patronymics it gives a son and a daughter, and how
        /// common it is among men of that generation.
        struct MaleName {
            var name: String
            var son: String
            var daughter: String
            var weight: Int
        }

        /// Fathers of today's pupils (born 1970s–1990s).
        static let fathers: [MaleName] = [
            MaleName(name: "Александр", son: "Александрович", daughter: "Александровна", weight: 12),
            MaleName(name: "Сергей", son: "Сергеевич", daughter: "Сергеевна", weight: 10),
            MaleName(name: "Дмитрий", son: "Дмитриевич", daughter: "Дмитриевна", weight: 9),
            MaleName(name: "Андрей", son: "Андреевич", daughter: "Андреевна", weight: 8),
            MaleName(name: "Алексей", son: "Алексеевич", daughter: "Алексеевна", weight: 8),
            MaleName(name: "Евгений", son: "Евгеньевич", daughter: "Евгеньевна", weight: 6),
            MaleName(name: "Михаил", son: "Михайлович", daughter: "Михайловна", weight: 6),
            MaleName(name: "Максим", son: "Максимович", daughter: "Максимовна", weight: 5),
            MaleName(name: "Иван", son: "Иванович", daughter: "Ивановна", weight: 5),
            MaleName(name: "Владимир", son: "Владимирович", daughter: "Владимировна", weight: 5),
            MaleName(name: "Николай", son: "Николаевич", daughter: "Николаевна", weight: 4),
            MaleName(name: "Денис", son: "Денисович", daughter: "Денисовна", weight: 4),
            MaleName(name: "Павел", son: "Павлович", daughter: "Павловна", weight: 4),
            MaleName(name: "Роман", son: "Романович", daughter: "Романовна", weight: 4),
            MaleName(name: "Игорь", son: "Игоревич", daughter: "Игоревна", weight: 4),
            MaleName(name: "Олег", son: "Олегович", daughter: "Олеговна", weight: 4),
            MaleName(name: "Артём", son: "Артёмович", daughter: "Артёмовна", weight: 3),
            MaleName(name: "Юрий", son: "Юрьевич", daughter: "Юрьевна", weight: 3),
            MaleName(name: "Виктор", son: "Викторович", daughter: "Викторовна", weight: 3),
            MaleName(name: "Антон", son: "Антонович", daughter: "Антоновна", weight: 3),
            MaleName(name: "Илья", son: "Ильич", daughter: "Ильинична", weight: 3),
            MaleName(name: "Константин", son: "Константинович", daughter: "Константиновна", weight: 3),
            MaleName(name: "Вадим", son: "Вадимович", daughter: "Вадимовна", weight: 2),
            MaleName(name: "Василий", son: "Васильевич", daughter: "Васильевна", weight: 2),
            MaleName(name: "Никита", son: "Никитич", daughter: "Никитична", weight: 2),
            MaleName(name: "Кирилл", son: "Кириллович", daughter: "Кирилловна", weight: 2),
            MaleName(name: "Станислав", son: "Станиславович", daughter: "Станиславовна", weight: 2),
            MaleName(name: "Вячеслав", son: "Вячеславович", daughter: "Вячеславовна", weight: 2),
            MaleName(name: "Руслан", son: "Русланович", daughter: "Руслановна", weight: 2),
            MaleName(name: "Егор", son: "Егорович", daughter: "Егоровна", weight: 2),
            MaleName(name: "Григорий", son: "Григорьевич", daughter: "Григорьевна", weight: 1),
            MaleName(name: "Фёдор", son: "Фёдорович", daughter: "Фёдоровна", weight: 1),
            MaleName(name: "Пётр", son: "Петрович", daughter: "Петровна", weight: 1),
            MaleName(name: "Леонид", son: "Леонидович", daughter: "Леонидовна", weight: 1),
            MaleName(name: "Валерий", son: "Валерьевич", daughter: "Валерьевна", weight: 1),
            MaleName(name: "Анатолий", son: "Анатольевич", daughter: "Анатольевна", weight: 1),
            MaleName(name: "Тимур", son: "Тимурович", daughter: "Тимуровна", weight: 1),
            MaleName(name: "Лев", son: "Львович", daughter: "Львовна", weight: 1),
            MaleName(name: "Георгий", son: "Георгиевич", daughter: "Георгиевна", weight: 1),
            MaleName(name: "Ярослав", son: "Ярославович", daughter: "Ярославовна", weight: 1),
            MaleName(name: "Семён", son: "Семёнович", daughter: "Семёновна", weight: 1),
            MaleName(name: "Яков", son: "Яковлевич", daughter: "Яковлевна", weight: 1),
            MaleName(name: "Кузьма", son: "Кузьмич", daughter: "Кузьминична", weight: 1),
        ]

        /// Fathers of the parents and of the staff (born 1940s–1960s).
        static let grandfathers: [MaleName] = [
            MaleName(name: "Владимир", son: "Владимирович", daughter: "Владимировна", weight: 10),
            MaleName(name: "Александр", son: "Александрович", daughter: "Александровна", weight: 10),
            MaleName(name: "Сергей", son: "Сергеевич", daughter: "Сергеевна", weight: 8),
            MaleName(name: "Николай", son: "Николаевич", daughter: "Николаевна", weight: 8),
            MaleName(name: "Виктор", son: "Викторович", daughter: "Викторовна", weight: 7),
            MaleName(name: "Юрий", son: "Юрьевич", daughter: "Юрьевна", weight: 7),
            MaleName(name: "Анатолий", son: "Анатольевич", daughter: "Анатольевна", weight: 5),
            MaleName(name: "Геннадий", son: "Геннадьевич", daughter: "Геннадьевна", weight: 4),
            MaleName(name: "Валерий", son: "Валерьевич", daughter: "Валерьевна", weight: 4),
            MaleName(name: "Михаил", son: "Михайлович", daughter: "Михайловна", weight: 6),
            MaleName(name: "Иван", son: "Иванович", daughter: "Ивановна", weight: 5),
            MaleName(name: "Пётр", son: "Петрович", daughter: "Петровна", weight: 3),
            MaleName(name: "Василий", son: "Васильевич", daughter: "Васильевна", weight: 4),
            MaleName(name: "Борис", son: "Борисович", daughter: "Борисовна", weight: 3),
            MaleName(name: "Евгений", son: "Евгеньевич", daughter: "Евгеньевна", weight: 5),
            MaleName(name: "Олег", son: "Олегович", daughter: "Олеговна", weight: 3),
            MaleName(name: "Игорь", son: "Игоревич", daughter: "Игоревна", weight: 4),
            MaleName(name: "Леонид", son: "Леонидович", daughter: "Леонидовна", weight: 3),
            MaleName(name: "Вячеслав", son: "Вячеславович", daughter: "Вячеславовна", weight: 3),
            MaleName(name: "Алексей", son: "Алексеевич", daughter: "Алексеевна", weight: 5),
            MaleName(name: "Павел", son: "Павлович", daughter: "Павловна", weight: 3),
            MaleName(name: "Фёдор", son: "Фёдорович", daughter: "Фёдоровна", weight: 2),
            MaleName(name: "Григорий", son: "Григорьевич", daughter: "Григорьевна", weight: 2),
            MaleName(name: "Андрей", son: "Андреевич", daughter: "Андреевна", weight: 4),
            MaleName(name: "Дмитрий", son: "Дмитриевич", daughter: "Дмитриевна", weight: 3),
            MaleName(name: "Валентин", son: "Валентинович", daughter: "Валентиновна", weight: 2),
            MaleName(name: "Аркадий", son: "Аркадьевич", daughter: "Аркадьевна", weight: 1),
            MaleName(name: "Константин", son: "Константинович", daughter: "Константиновна", weight: 2),
            MaleName(name: "Степан", son: "Степанович", daughter: "Степановна", weight: 2),
            MaleName(name: "Илья", son: "Ильич", daughter: "Ильинична", weight: 1),
            MaleName(name: "Лев", son: "Львович", daughter: "Львовна", weight: 1),
            MaleName(name: "Эдуард", son: "Эдуардович", daughter: "Эдуардовна", weight: 1),
            MaleName(name: "Вадим", son: "Вадимович", daughter: "Вадимовна", weight: 2),
            MaleName(name: "Георгий", son: "Георгиевич", daughter: "Георгиевна", weight: 1),
        ]

        /// Boys' names of the 2010s, most common first.
        static let boys: [String] = [
            "Александр", "Михаил", "Максим", "Артём", "Иван", "Дмитрий", "Даниил", "Кирилл", "Андрей", "Егор",
            "Никита", "Илья", "Алексей", "Матвей", "Тимофей", "Роман", "Владимир", "Ярослав", "Фёдор", "Георгий",
            "Константин", "Лев", "Марк", "Степан", "Николай", "Глеб", "Павел", "Богдан", "Арсений", "Семён",
            "Сергей", "Денис", "Захар", "Тимур", "Макар", "Платон", "Савелий", "Мирон", "Давид", "Всеволод",
        ]

        /// Girls' names of the 2010s, most common first.
        static let girls: [String] = [
            "Анастасия", "Мария", "Анна", "Виктория", "Софья", "Дарья", "Алиса", "Полина", "Елизавета",
            "Екатерина", "Александра", "Варвара", "Ксения", "Вероника", "Арина", "Валерия", "Милана", "Ульяна",
            "Ева", "Алёна", "Василиса", "Кира", "Таисия", "Есения", "Злата", "Маргарита", "Юлия", "Диана",
            "Ангелина", "Кристина", "Вера", "Надежда", "Мирослава", "Стефания", "Алина", "Амелия",
        ]

        /// Mothers of today's pupils.
        static let mothers: [String] = [
            "Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Екатерина", "Юлия", "Мария", "Светлана",
            "Анастасия", "Марина", "Дарья", "Ксения", "Евгения", "Виктория", "Алёна", "Александра", "Надежда",
            "Оксана", "Кристина", "Валерия", "Полина", "Алина", "Яна", "Елизавета", "Людмила", "Вера", "Инна",
            "Жанна",
        ]

        /// Women on the staff, of every generation.
        static let womenOnStaff: [String] = [
            "Ольга", "Елена", "Татьяна", "Наталья", "Ирина", "Светлана", "Марина", "Галина", "Людмила",
            "Надежда", "Валентина", "Лариса", "Оксана", "Анна", "Юлия", "Екатерина", "Мария", "Любовь", "Вера",
            "Нина", "Алла", "Евгения", "Дарья", "Ксения", "Анастасия", "Виктория", "Инна", "Тамара",
        ]

        /// Men on the staff.
        static let menOnStaff: [String] = [
            "Александр", "Сергей", "Андрей", "Владимир", "Игорь", "Михаил", "Дмитрий", "Алексей", "Николай",
            "Виктор", "Олег", "Павел", "Евгений", "Юрий", "Константин", "Геннадий", "Вадим", "Роман", "Илья",
        ]

        /// Surnames in their masculine form; the feminine is derived by `surname(_:male:)`.
        static let surnames: [String] = [
            "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
            "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
            "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
            "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
            "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин",
            "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов",
            "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов",
            "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов",
            "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов",
            "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев", "Чернышёв", "Быков",
            "Маслов", "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов", "Пономарёв", "Голубев",
            "Кудрявцев", "Прохоров", "Наумов", "Потапов", "Журавлёв", "Овчинников", "Трофимов", "Леонов",
            "Соболев", "Ермаков", "Колесников", "Гончаров", "Емельянов", "Никифоров", "Грачёв", "Котов", "Гришин",
            "Ефремов", "Архипов", "Громов", "Кириллов", "Малышев", "Панов", "Моисеев", "Румянцев", "Акимов",
            "Кондратьев", "Бирюков", "Горбунов", "Анисимов", "Галкин", "Лукьянов", "Михеев", "Скворцов", "Юдин",
            "Белоусов", "Нестеров", "Симонов", "Прокофьев", "Харитонов", "Князев", "Цветков", "Левин", "Воронов",
            "Аксёнов", "Мальцев", "Логинов", "Горшков", "Савин", "Краснов", "Майоров", "Демидов", "Елисеев",
            "Рыбаков", "Сафонов", "Плотников", "Жданов", "Островский", "Покровский", "Соколовский", "Успенский",
            "Малиновский", "Троицкий", "Полевой", "Толстой", "Черных", "Седых", "Белых", "Долгих", "Шевченко",
            "Бондаренко", "Кравченко", "Ткаченко", "Коваленко",
        ]

        private static let sons: [String: (son: String, daughter: String)] = {
            var table: [String: (String, String)] = [:]
            for man in fathers + grandfathers { table[man.name] = (man.son, man.daughter) }
            return table
        }()

        /// The patronymic a child of a man named `father` bears; nil for a name the tables lack.
        static func patronymic(of father: String, male: Bool) -> String? {
            guard let forms = sons[father] else { return nil }
            return male ? forms.son : forms.daughter
        }

        /// A surname in the form for a man or a woman: Иванов / Иванова, Островский /
        /// Островская, Толстой / Толстая; Черных and Шевченко do not change.
        static func surname(_ masculine: String, male: Bool) -> String {
            if male { return masculine }
            if masculine.hasSuffix("ский") || masculine.hasSuffix("цкий") || masculine.hasSuffix("ой") {
                return String(masculine.dropLast(2)) + "ая"
            }
            for ending in ["ов", "ев", "ёв", "ин", "ын"] where masculine.hasSuffix(ending) {
                return masculine + "а"
            }
            return masculine
        }

        /// A name from a list where earlier names are more common (weights fall off
        /// linearly to a third of the first one's).
        static func common(_ names: [String], _ random: inout SeededRandom) -> String {
            let count = names.count
            let index = random.weightedIndex((0..<count).map { 3 * count - 2 * $0 })
            return names[index]
        }

        static func man(_ names: [MaleName], _ random: inout SeededRandom) -> MaleName {
            names[random.weightedIndex(names.map(\.weight))]
        }

        /// A mobile number as the sample writes them: `+7 9XX XXX-XX-XX`.
        static func phone(_ random: inout SeededRandom) -> String {
            "+7 9" + DemoText.padded(random.int(in: 0...99), 2) + " " + DemoText.padded(random.int(in: 100...999), 3)
                + "-" + DemoText.padded(random.int(in: 0...99), 2) + "-" + DemoText.padded(random.int(in: 0...99), 2)
        }
    }
}
