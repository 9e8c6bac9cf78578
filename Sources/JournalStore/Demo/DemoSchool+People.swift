import JournalFoundation

extension DemoSchool {
    /// Reasons a student is in the "risk group" (R11, R12), with how often each is given.
    static let riskReasons: [(reason: String, weight: Int)] = [
        ("поведение", 40), ("неуспеваемость", 30), ("пропуски уроков без уважительной причины", 20),
        ("трудная жизненная ситуация", 10),
    ]

    /// The classes: grades spread as `classesPerGrade` says, letters А, Б, В … within a grade.
    mutating func makeClasses(_ random: inout SeededRandom) {
        let perGrade = Self.classesPerGrade(options.classes)
        for grade in 1...11 {
            for letterIndex in 0..<perGrade[grade] {
                let size: Int
                switch grade {
                case 1: size = random.int(in: 24...30)
                case 10, 11: size = random.int(in: 18...27)
                default: size = random.int(in: 22...30)
                }
                classes.append(
                    SchoolClass(
                        id: classes.count + 1, grade: grade, name: "\(grade)\(Self.classLetters[letterIndex])",
                        scheme: grade >= 10 ? "half" : "quarter", size: size))
            }
        }
    }

    /// Students in families: brothers and sisters in other classes (now and then twins in the
    /// same one), one surname, and a patronymic taken from their father's first name.
    mutating func makeStudents(_ random: inout SeededRandom) {
        var filled = [Int](repeating: 0, count: classes.count)
        func addChild(_ family: Int, to classIndex: Int, twinOf twin: Int? = nil) {
            let male = random.chance(0.5)
            let father = families[family].father
            var firstName = Names.common(male ? Names.boys : Names.girls, &random)
            while families[family].children.contains(where: { students[$0].firstName == firstName }) {
                firstName = Names.common(male ? Names.boys : Names.girls, &random)
            }
            let grade = classes[classIndex].grade
            // As in the sample: grade 5 was born mostly in 2014, grade 10 in 2009.
            let year = 2019 - grade
            let birth =
                twin.map { students[$0].birthDate }
                ?? SchoolDate(year, 1, 1) + random.int(in: -75...(365 + 45))
            students.append(
                Student(
                    lastName: Names.surname(families[family].surname, male: male), firstName: firstName,
                    middleName: male ? father.son : father.daughter, male: male, birthDate: birth,
                    classIndex: classIndex, family: family, riskGroup: nil, ability: 0, sickliness: 0, truancy: 0,
                    lateness: 0, peExempt: false))
            families[family].children.append(students.count - 1)
            classes[classIndex].students.append(students.count - 1)
            filled[classIndex] += 1
        }
        func siblingClass(near grade: Int) -> Int? {
            let open = classes.indices.filter {
                filled[$0] < classes[$0].size && classes[$0].grade != grade && abs(classes[$0].grade - grade) <= 6
            }
            return open.isEmpty ? nil : random.pick(open)
        }
        for classIndex in classes.indices {
            while filled[classIndex] < classes[classIndex].size {
                families.append(
                    Family(surname: random.pick(Names.surnames), father: Names.man(Names.fathers, &random)))
                let family = families.count - 1
                addChild(family, to: classIndex)
                if random.chance(0.012) && filled[classIndex] < classes[classIndex].size {
                    addChild(family, to: classIndex, twinOf: students.count - 1)
                }
                var more = 0.2
                while random.chance(more), let other = siblingClass(near: classes[classIndex].grade) {
                    addChild(family, to: other)
                    more /= 4
                }
            }
        }
        sortClassLists()
        let width = DemoText.width(for: students.count, minimum: 4)
        var number = 0
        for classIndex in classes.indices {
            for student in classes[classIndex].students {
                number += 1
                students[student].id = DemoText.id("S", number, width: width)
            }
        }
        for index in families.indices {
            families[index].children.sort { students[$0].id < students[$1].id }
        }
    }

    /// Class lists in the journal's order: surname, first name, patronymic.
    private mutating func sortClassLists() {
        for classIndex in classes.indices {
            classes[classIndex].students.sort { a, b in
                let x = students[a]
                let y = students[b]
                if x.lastName != y.lastName { return x.lastName < y.lastName }
                if x.firstName != y.firstName { return x.firstName < y.firstName }
                if x.middleName != y.middleName { return x.middleName < y.middleName }
                return a < b
            }
        }
    }

    /// Abilities, health, punctuality, the risk group and exemptions from PE.
    mutating func makeStudentTraits(_ random: inout SeededRandom) {
        subjectBias = []
        subjectBias.reserveCapacity(students.count * Self.subjects.count)
        for index in students.indices {
            var student = students[index]
            let grade = classes[student.classIndex].grade
            student.ability = min(4.95, max(2.3, 3.7 + 0.6 * random.normal()))
            student.sickliness = 0.007 * random.uniform(0.3, 2.2) * (grade <= 4 ? 1.3 : 1)
            student.truancy = 0.004 * random.uniform(0.2, 2) * (grade >= 8 ? 1.8 : 1)
            student.lateness = random.uniform(0.003, 0.04)
            student.peExempt = random.chance(0.02)
            if grade >= 2 && random.chance(0.035) {
                let reason = Self.riskReasons[random.weightedIndex(Self.riskReasons.map(\.weight))].reason
                student.riskGroup = reason
                switch reason {
                case "неуспеваемость": student.ability = random.uniform(2.3, 2.9)
                case "поведение":
                    student.ability = min(student.ability, random.uniform(2.7, 3.6))
                    student.truancy *= 4
                case "трудная жизненная ситуация":
                    student.ability = min(student.ability, 3.5)
                    student.sickliness *= 1.5
                    student.truancy *= 3
                default:
                    student.ability = min(student.ability, 3.4)
                    student.truancy = random.uniform(0.03, 0.06)
                }
            }
            students[index] = student
            for _ in Self.subjects { subjectBias.append(0.35 * random.normal()) }
        }
    }

    /// Mothers and fathers (some children have one parent), numbered in the order of their
    /// first child, mother first, as the sample numbers them.
    mutating func makeParents(_ random: inout SeededRandom) {
        var numbered = [Bool](repeating: false, count: families.count)
        let order = classes.flatMap(\.students)
        var drafts: [Parent] = []
        for student in order where !numbered[students[student].family] {
            let family = students[student].family
            numbered[family] = true
            let risky = families[family].children.contains { students[$0].riskGroup != nil }
            let shape = random.int(in: 0..<100)
            let hasMother = shape < 97
            let hasFather = shape < 75 || shape >= 97
            if hasMother {
                let surname = random.chance(0.92) ? families[family].surname : random.pick(Names.surnames)
                drafts.append(
                    Parent(
                        lastName: Names.surname(surname, male: false), firstName: Names.common(Names.mothers, &random),
                        middleName: Names.man(Names.grandfathers, &random).daughter, male: false,
                        phone: Names.phone(&random), email: nil, family: family,
                        engagement: engagement(risky: risky, mother: true, &random)))
            }
            if hasFather {
                let father = families[family].father
                drafts.append(
                    Parent(
                        lastName: families[family].surname, firstName: father.name,
                        middleName: Names.man(Names.grandfathers, &random).son, male: true, phone: Names.phone(&random),
                        email: nil, family: family, engagement: engagement(risky: risky, mother: false, &random)))
            }
        }
        let width = DemoText.width(for: drafts.count, minimum: 4)
        let domains = ["mail.ru", "mail.ru", "mail.ru", "yandex.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru"]
        for index in drafts.indices {
            drafts[index].id = DemoText.id("P", index + 1, width: width)
            if random.chance(0.85) {
                drafts[index].email = drafts[index].id.lowercased() + "@" + random.pick(domains)
            }
            families[drafts[index].family].parents.append(index)
        }
        parents = drafts
    }

    /// Log-ins a day of a parent: some never come, most look in now and then, a few every day;
    /// parents of risk-group students come less (what R12 asks class teachers to watch).
    private func engagement(risky: Bool, mother: Bool, _ random: inout SeededRandom) -> Double {
        if random.chance(risky ? 0.3 : (mother ? 0.1 : 0.2)) { return 0 }
        let u = random.unit()
        let rate = 0.03 + 1.1 * u * u * u + (mother ? 0.05 : 0)
        return risky ? rate * 0.4 : rate
    }
}
