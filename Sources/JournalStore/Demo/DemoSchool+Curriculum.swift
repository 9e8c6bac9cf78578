extension DemoSchool {
    /// Who teaches a subject: a kind of teacher, and so a team of the staff.
    enum Specialty: String, CaseIterable {
        case primary, philology, math, english, german, history, geography, biology, chemistry, physics
        case informatics, art, music, tech, pe, obzr

        /// The team that takes this specialty's hours over when there are too few of
        /// them for a teacher of its own (a small school's chemist also teaches biology).
        var partner: Specialty? {
            switch self {
            case .german: return .english
            case .chemistry: return .biology
            case .biology: return .geography
            case .informatics: return .physics
            case .physics: return .math
            case .obzr: return .pe
            case .art: return .music
            default: return nil
            }
        }

        /// How likely a teacher of the team is a woman, as in Russian schools.
        var womenShare: Double {
            switch self {
            case .primary: return 0.98
            case .philology, .english, .german, .biology: return 0.93
            case .math, .geography, .chemistry, .art, .music: return 0.85
            case .history: return 0.7
            case .physics: return 0.55
            case .informatics, .pe: return 0.4
            case .tech: return 0.5
            case .obzr: return 0.1
            }
        }
    }

    /// How a class is split into groups for a subject (the regulation's R34).
    enum Split {
        /// The whole class together.
        case none
        /// Two halves of the class list, each with its own teacher (foreign languages).
        case halves
        /// Girls and boys apart (the technology workshops), from grade 5.
        case bySex
    }

    /// How a subject is assessed.
    enum Assessment {
        /// Marks 1–5 and period grades 2–5.
        case marks
        /// No marks; the period grade is зач or незач (ОРКСЭ in grade 4).
        case passFail
    }

    /// A subject of the curriculum with its hours per week in every grade.
    struct Subject {
        var code: String
        var name: String
        var parent: String?
        /// Hours per week by grade; index 0 is unused.
        var hours: [Int]
        var specialty: Specialty
        /// In grades 1–4 the class's own primary teacher teaches it.
        var primaryTaught: Bool
        var split: Split
        var assessment: Assessment

        init(
            _ code: String, _ name: String, parent: String? = nil, _ grades: [Int: Int], _ specialty: Specialty,
            primaryTaught: Bool = false, split: Split = .none, assessment: Assessment = .marks
        ) {
            self.code = code
            self.name = name
            self.parent = parent
            self.hours = (0...11).map { grades[$0] ?? 0 }
            self.specialty = specialty
            self.primaryTaught = primaryTaught
            self.split = split
            self.assessment = assessment
        }

        /// As the import decides it: a subject named for a language other than Russian.
        var isForeignLanguage: Bool { ImportLoader.isForeignLanguage(name) }

        /// The specialty teaching it in `grade`.
        func specialty(inGrade grade: Int) -> Specialty {
            grade <= 4 && primaryTaught ? .primary : specialty
        }

        /// The split that applies in `grade`.
        func split(inGrade grade: Int) -> Split {
            switch split {
            case .bySex: return grade >= 5 ? .bySex : .none
            default: return split
            }
        }

        /// No marks in grade 1 (the first year is taught without marks), none in pass/fail subjects.
        func hasMarks(inGrade grade: Int) -> Bool {
            grade >= 2 && assessment == .marks
        }
    }

    /// The curriculum of a five-day week after the federal programmes (ФООП): the subjects of
    /// the sample school plus those of the grades it lacks. Algebra, geometry and probability
    /// are courses of mathematics, as the 2023 standards have it.
    static let subjects: [Subject] = {
        let all = Array(1...11)
        func each(_ grades: [Int], _ hours: Int) -> [Int: Int] {
            Dictionary(uniqueKeysWithValues: grades.map { ($0, hours) })
        }
        return [
            Subject(
                "rus", "Русский язык", [1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 6, 7: 4, 8: 3, 9: 3, 10: 2, 11: 2], .philology,
                primaryTaught: true),
            Subject("read", "Литературное чтение", [1: 4, 2: 4, 3: 4, 4: 3], .philology, primaryTaught: true),
            Subject("lit", "Литература", [5: 3, 6: 3, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3], .philology),
            Subject("math", "Математика", [1: 4, 2: 4, 3: 4, 4: 4, 5: 5, 6: 5], .math, primaryTaught: true),
            Subject("alg", "Алгебра", parent: "math", each(Array(7...11), 3), .math),
            Subject("geom", "Геометрия", parent: "math", each(Array(7...11), 2), .math),
            Subject("prob", "Вероятность и статистика", parent: "math", each(Array(7...11), 1), .math),
            Subject(
                "eng", "Английский язык", each(Array(2...4), 2).merging(each(Array(5...11), 3)) { $1 }, .english,
                split: .halves),
            Subject("deu", "Немецкий язык", each([7, 8, 9], 1), .german),
            Subject("okr", "Окружающий мир", each(Array(1...4), 2), .primary, primaryTaught: true),
            Subject(
                "orkse", "Основы религиозных культур и светской этики", [4: 1], .primary, primaryTaught: true,
                assessment: .passFail),
            Subject("hist", "История", each(Array(5...11), 2), .history),
            Subject("soc", "Обществознание", [6: 1, 7: 1, 8: 1, 9: 1, 10: 2, 11: 2], .history),
            Subject("geo", "География", [5: 1, 6: 1, 7: 2, 8: 2, 9: 2, 10: 1, 11: 1], .geography),
            Subject("bio", "Биология", [5: 1, 6: 1, 7: 1, 8: 2, 9: 2, 10: 1, 11: 1], .biology),
            Subject("phys", "Физика", [7: 2, 8: 2, 9: 3, 10: 2, 11: 2], .physics),
            Subject("chem", "Химия", [8: 2, 9: 2, 10: 1, 11: 1], .chemistry),
            Subject("inf", "Информатика", each(Array(7...11), 1), .informatics),
            Subject("art", "Изобразительное искусство", each(Array(1...7), 1), .art, primaryTaught: true),
            Subject("music", "Музыка", each(Array(1...8), 1), .music),
            Subject(
                "tech", "Труд (технология)", [1: 1, 2: 1, 3: 1, 4: 1, 5: 2, 6: 2, 7: 2, 8: 1, 9: 1], .tech,
                primaryTaught: true, split: .bySex),
            Subject("obzr", "Основы безопасности и защиты Родины", each(Array(8...11), 1), .obzr),
            Subject("pe", "Физическая культура", each(all, 2), .pe),
            Subject("proj", "Индивидуальный проект", [10: 1, 11: 1], .philology),
        ]
    }()

    static func subjectIndex(_ code: String) -> Int {
        subjects.firstIndex { $0.code == code }!
    }

    /// Most lessons a class of `grade` has in a day (the sanitary rules' limits).
    static func maximumLessonsPerDay(grade: Int) -> Int {
        switch grade {
        case 1: return 5
        case 2...4: return 5
        case 5, 6: return 6
        default: return 7
        }
    }

    /// How many classes of each grade a school of `count` classes has, grade 1 first.
    ///
    /// A small school is cut after the sample (5А, 7А, 7Б, 10А for four classes); a
    /// larger one has every grade, with half as many classes in 10–11 as in 1–9, since
    /// many pupils leave after grade 9.
    static func classesPerGrade(_ count: Int) -> [Int] {
        var perGrade = [Int](repeating: 0, count: 12)
        if count < 11 {
            for grade in [5, 7, 10, 7, 2, 9, 6, 8, 3, 11].prefix(count) { perGrade[grade] += 1 }
            return perGrade
        }
        // Largest remainders over the weights 2 (grades 1–9) and 1 (grades 10–11),
        // after one class for every grade.
        let weights = (0...11).map { $0 == 0 ? 0 : ($0 <= 9 ? 2 : 1) }
        let totalWeight = weights.reduce(0, +)
        let extra = count - 11
        var remainders: [(grade: Int, remainder: Int)] = []
        for grade in 1...11 {
            let share = extra * weights[grade]
            perGrade[grade] = 1 + share / totalWeight
            remainders.append((grade, share % totalWeight))
        }
        let missing = count - perGrade.reduce(0, +)
        let order = remainders.sorted {
            $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.grade < $1.grade
        }
        for entry in order.prefix(missing) { perGrade[entry.grade] += 1 }
        return perGrade
    }

    /// Letters of parallel classes, in the order schools use them (no Ё, Й, Ъ, Ы, Ь).
    static let classLetters = Array("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ").map(String.init)
}
