extension DemoSchool {
    /// Hours a week the staffing aims at for one teacher (the norm is 18; most teach more).
    static let targetLoad = 22

    /// Groups and the teaching load of every class, without teachers yet.
    mutating func makeGroupsAndCourses() {
        for classIndex in classes.indices {
            let schoolClass = classes[classIndex]
            for (subject, info) in Self.subjects.enumerated() where info.hours[schoolClass.grade] > 0 {
                let hours = info.hours[schoolClass.grade]
                var parts: [[Int]] = []
                switch info.split(inGrade: schoolClass.grade) {
                case .none:
                    break
                case .halves:
                    let half = (schoolClass.students.count + 1) / 2
                    parts = [Array(schoolClass.students.prefix(half)), Array(schoolClass.students.dropFirst(half))]
                case .bySex:
                    parts = [
                        schoolClass.students.filter { !students[$0].male },
                        schoolClass.students.filter { students[$0].male },
                    ]
                }
                if parts.count == 2 && !parts.contains(where: \.isEmpty) {
                    for (number, members) in parts.enumerated() {
                        groups.append(
                            Group(
                                id: groups.count + 1, number: number + 1,
                                name: "\(schoolClass.name)-\(info.code)-\(number + 1)",
                                classIndex: classIndex, subject: subject, members: members))
                        addCourse(
                            classIndex, group: groups.count - 1, subject: subject, hours: hours, audience: members)
                    }
                } else {
                    addCourse(classIndex, group: nil, subject: subject, hours: hours, audience: schoolClass.students)
                }
            }
        }
    }

    private mutating func addCourse(_ classIndex: Int, group: Int?, subject: Int, hours: Int, audience: [Int]) {
        courses.append(
            Course(
                classIndex: classIndex, group: group, subject: subject, teacher: -1, hours: hours, audience: audience))
        classes[classIndex].courses.append(courses.count - 1)
    }

    /// The side of a course within its team: the second group of a split goes to another
    /// teacher than the first (and the boys' workshop to a man).
    private func side(of course: Course) -> Int {
        guard let group = course.group else { return 0 }
        return groups[group].number - 1
    }

    /// The staff: director, deputies, the operator, a primary teacher for every class of
    /// grades 1–4 and teams of subject teachers sized to carry the load; then each course
    /// gets its teacher and each class its class teacher.
    mutating func makeStaff(_ random: inout SeededRandom) {
        func person(_ roles: [String], womenShare: Double, specialty: Specialty?) -> StaffMember {
            let male = !random.chance(womenShare)
            return StaffMember(
                lastName: Names.surname(random.pick(Names.surnames), male: male),
                firstName: random.pick(male ? Names.menOnStaff : Names.womenOnStaff),
                middleName: male
                    ? Names.man(Names.grandfathers, &random).son : Names.man(Names.grandfathers, &random).daughter,
                male: male, roles: roles, phone: Names.phone(&random), specialty: specialty,
                diligence: random.uniform(0.8, 1.25),
                promptness: random.chance(0.12) ? 0.7 : random.uniform(0.88, 0.99),
                timelyChecking: random.chance(0.1) ? 0.6 : random.uniform(0.88, 0.99), leniency: 0.15 * random.normal())
        }
        staff.append(person(["director"], womenShare: 0.7, specialty: nil))
        for _ in 0..<(1 + options.classes / 20) { staff.append(person(["deputy"], womenShare: 0.85, specialty: nil)) }
        staff.append(person(["operator"], womenShare: 0.9, specialty: nil))

        // Primary teachers: one per class, teaching it everything but the specialists' subjects.
        var primaryRooms = 0
        for classIndex in classes.indices where classes[classIndex].grade <= 4 {
            var teacher = person(["teacher", "class_teacher"], womenShare: 0.98, specialty: .primary)
            primaryRooms += 1
            teacher.room = String(100 + primaryRooms)
            staff.append(teacher)
            classes[classIndex].classTeacher = staff.count - 1
            for course in classes[classIndex].courses
            where Self.subjects[courses[course].subject].specialty(inGrade: classes[classIndex].grade) == .primary {
                courses[course].teacher = staff.count - 1
            }
        }

        // Teams: a specialty with too few hours for a teacher joins its partner's team.
        func specialty(_ course: Course) -> Specialty {
            Self.subjects[course.subject].specialty(inGrade: classes[course.classIndex].grade)
        }
        var team = Dictionary(uniqueKeysWithValues: Specialty.allCases.map { ($0, $0) })
        func hours(of member: Specialty) -> Int {
            courses.filter { team[specialty($0)] == member }.reduce(0) { $0 + $1.hours }
        }
        for small in [Specialty.german, .chemistry, .informatics, .obzr, .art, .biology, .physics] {
            guard team[small] == small, let partner = small.partner else { continue }
            let total = hours(of: small)
            guard total > 0, total < 12 else { continue }
            var leader = partner
            while team[leader] != leader { leader = team[leader]! }
            for member in Specialty.allCases where team[member] == small { team[member] = leader }
        }

        var rooms = 0
        for leader in Specialty.allCases where leader != .primary && team[leader] == leader {
            for side in 0...1 {
                let load = courses.indices.filter {
                    courses[$0].teacher < 0 && team[specialty(courses[$0])] == leader
                        && self.side(of: courses[$0]) == side
                }
                guard !load.isEmpty else { continue }
                let total = load.reduce(0) { $0 + courses[$1].hours }
                let count = max(1, (total + Self.targetLoad - 1) / Self.targetLoad)
                let first = staff.count
                for number in 0..<count {
                    let share = leader == .tech ? (side == 0 ? 1.0 : 0.0) : leader.womenShare
                    var teacher = person(["teacher"], womenShare: share, specialty: leader)
                    switch leader {
                    case .pe: teacher.room = count > 1 ? "спортзал \(number + 1)" : "спортзал"
                    case .tech where side == 1: teacher.room = count > 1 ? "мастерская \(number + 1)" : "мастерская"
                    default:
                        teacher.room = String((2 + rooms / 30) * 100 + 1 + rooms % 30)
                        rooms += 1
                    }
                    staff.append(teacher)
                }
                // Consecutive classes go to one teacher, as schools hand out parallels.
                var done = 0
                var start = 0
                while start < load.count {
                    let classIndex = courses[load[start]].classIndex
                    var end = start
                    var unit = 0
                    while end < load.count && courses[load[end]].classIndex == classIndex {
                        unit += courses[load[end]].hours
                        end += 1
                    }
                    let teacher = first + min(count - 1, (2 * done + unit) * count / (2 * total))
                    for course in load[start..<end] { courses[course].teacher = teacher }
                    done += unit
                    start = end
                }
            }
        }
        chooseClassTeachers(&random)
        let width = DemoText.width(for: staff.count, minimum: 3)
        let domain = "school\(schoolNumber).ru"
        for index in staff.indices {
            staff[index].id = DemoText.id("T", index + 1, width: width)
            staff[index].email = staff[index].id.lowercased() + "@" + domain
        }
    }

    /// Class teachers of grades 5–11: one of the class's own teachers, most likely one who
    /// teaches it many hours, and nobody leads two classes while someone else could.
    private mutating func chooseClassTeachers(_ random: inout SeededRandom) {
        var leads = [Int](repeating: 0, count: staff.count)
        for schoolClass in classes where schoolClass.classTeacher >= 0 { leads[schoolClass.classTeacher] += 1 }
        for classIndex in classes.indices where classes[classIndex].classTeacher < 0 {
            var hours = [Int](repeating: 0, count: staff.count)
            for course in classes[classIndex].courses { hours[courses[course].teacher] += courses[course].hours }
            let fewest = staff.indices.filter { hours[$0] > 0 }.map { leads[$0] }.min() ?? 0
            let candidates = staff.indices.filter { hours[$0] > 0 && leads[$0] == fewest }
            let chosen = candidates[random.weightedIndex(candidates.map { hours[$0] * hours[$0] })]
            classes[classIndex].classTeacher = chosen
            leads[chosen] += 1
            if !staff[chosen].roles.contains("class_teacher") { staff[chosen].roles.append("class_teacher") }
        }
    }
}
