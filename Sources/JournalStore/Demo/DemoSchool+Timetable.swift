extension DemoSchool {
    /// Builds the weekly timetable from the teaching load.
    ///
    /// Every class has its lessons from the first number on, with no gaps, a day's count
    /// within the sanitary limit for its grade; the two groups of a split subject sit at
    /// the same time with their two teachers. The hard rule is that no teacher is in two
    /// places at once; the soft one, that a subject comes at most once a day (twice for
    /// six hours a week).
    ///
    /// It starts from a shuffled week per class and repairs it by swapping two lessons of
    /// one class (min-conflicts local search): swaps keep each class's days whole, so
    /// only the teachers' clashes have to be worked away.
    mutating func makeTimetable(_ random: inout SeededRandom) {
        var solver = TimetableSolver(school: self, random: &random)
        for attempt in 0... {
            if solver.solve(&random, sweeps: 400) { break }
            precondition(attempt < 50, "the demo timetable did not come out; the staffing is too tight")
            solver.restart(&random)
        }
        timetable = solver.week()
        for classIndex in classes.indices { classes[classIndex].dayLengths = solver.dayLengths[classIndex] }
    }
}

/// The state of the timetable search: which lesson of each class sits at each of its places.
struct TimetableSolver {
    typealias School = DemoSchool

    /// A slot of the week: day (0–4) × 8 + lesson number − 1.
    static let slotsPerDay = 8
    static let weekSlots = 5 * slotsPerDay
    static let clashCost = 100
    static let repeatCost = 3

    /// The lessons a class has in a week; the parallel groups of a subject are one lesson.
    private(set) var lessons: [School.TimetableLesson] = []
    private var lessonTeachers: [[Int]] = []
    private var lessonSubject: [Int] = []
    /// Per class: its lessons (indices) in the order of its places, and each place's slot.
    private var placed: [[Int]] = []
    private var placeSlot: [[Int]] = []
    private(set) var dayLengths: [[Int]] = []
    /// Most lessons of a subject a class may have in a day, per class × subject.
    private var dailyLimit: [Int] = []
    /// How many lessons each teacher has at each slot.
    private var busy: [Int]
    /// How many lessons of a subject a class has in each day, per (class × subject) × 5.
    private var perDay: [Int]
    private(set) var cost = 0
    private let subjectCount = School.subjects.count

    init(school: School, random: inout SeededRandom) {
        busy = [Int](repeating: 0, count: school.staff.count * Self.weekSlots)
        perDay = [Int](repeating: 0, count: school.classes.count * School.subjects.count * 5)
        dailyLimit = [Int](repeating: 1, count: school.classes.count * School.subjects.count)
        for (classIndex, schoolClass) in school.classes.enumerated() {
            var own: [Int] = []
            var seen = Set<Int>()
            for course in schoolClass.courses where !seen.contains(course) {
                let info = school.courses[course]
                // The groups of one subject go together.
                let parallel = schoolClass.courses.filter {
                    school.courses[$0].subject == info.subject
                        && (school.courses[$0].group != nil) == (info.group != nil)
                }
                let together = info.group == nil ? [course] : parallel
                for member in together { seen.insert(member) }
                dailyLimit[classIndex * subjectCount + info.subject] = (info.hours + 4) / 5
                for _ in 0..<info.hours {
                    lessons.append(School.TimetableLesson(courses: together))
                    lessonTeachers.append(together.map { school.courses[$0].teacher })
                    lessonSubject.append(info.subject)
                    own.append(lessons.count - 1)
                }
            }
            var lengths = [Int](repeating: own.count / 5, count: 5)
            for day in random.shuffled(Array(0..<5)).prefix(own.count % 5) { lengths[day] += 1 }
            precondition(lengths.allSatisfy { $0 <= School.maximumLessonsPerDay(grade: schoolClass.grade) })
            dayLengths.append(lengths)
            placeSlot.append(lengths.indices.flatMap { day in (0..<lengths[day]).map { day * Self.slotsPerDay + $0 } })
            placed.append(own)
        }
        restart(&random)
    }

    /// Shuffles every class's week and recounts the clashes.
    mutating func restart(_ random: inout SeededRandom) {
        for index in busy.indices { busy[index] = 0 }
        for index in perDay.indices { perDay[index] = 0 }
        for classIndex in placed.indices {
            random.shuffle(&placed[classIndex])
            for (place, lesson) in placed[classIndex].enumerated() {
                add(lesson, classIndex, placeSlot[classIndex][place], +1)
            }
        }
        cost = 0
        for count in busy where count > 1 { cost += (count - 1) * Self.clashCost }
        for (index, count) in perDay.enumerated() {
            let limit = dailyLimit[index / 5]
            if count > limit { cost += (count - limit) * Self.repeatCost }
        }
    }

    private mutating func add(_ lesson: Int, _ classIndex: Int, _ slot: Int, _ step: Int) {
        for teacher in lessonTeachers[lesson] { busy[teacher * Self.weekSlots + slot] += step }
        perDay[(classIndex * subjectCount + lessonSubject[lesson]) * 5 + slot / Self.slotsPerDay] += step
    }

    /// The cost of the cells a swap of places `p` and `q` of a class touches.
    private func localCost(_ classIndex: Int, _ p: Int, _ q: Int) -> Int {
        let slots = [placeSlot[classIndex][p], placeSlot[classIndex][q]]
        var total = 0
        var cells: [Int] = []
        for lesson in [placed[classIndex][p], placed[classIndex][q]] {
            for teacher in lessonTeachers[lesson] {
                for slot in slots {
                    let cell = teacher * Self.weekSlots + slot
                    if !cells.contains(cell) {
                        cells.append(cell)
                        total += max(0, busy[cell] - 1) * Self.clashCost
                    }
                }
            }
        }
        var days: [Int] = []
        for lesson in [placed[classIndex][p], placed[classIndex][q]] {
            let row = classIndex * subjectCount + lessonSubject[lesson]
            for slot in slots {
                let cell = row * 5 + slot / Self.slotsPerDay
                if !days.contains(cell) {
                    days.append(cell)
                    total += max(0, perDay[cell] - dailyLimit[row]) * Self.repeatCost
                }
            }
        }
        return total
    }

    private mutating func swap(_ classIndex: Int, _ p: Int, _ q: Int) {
        let a = placed[classIndex][p]
        let b = placed[classIndex][q]
        let slotP = placeSlot[classIndex][p]
        let slotQ = placeSlot[classIndex][q]
        add(a, classIndex, slotP, -1)
        add(b, classIndex, slotQ, -1)
        add(a, classIndex, slotQ, +1)
        add(b, classIndex, slotP, +1)
        placed[classIndex][p] = b
        placed[classIndex][q] = a
    }

    /// What swapping places `p` and `q` would change the cost by.
    private mutating func delta(_ classIndex: Int, _ p: Int, _ q: Int) -> Int {
        let before = localCost(classIndex, p, q)
        swap(classIndex, p, q)
        let after = localCost(classIndex, p, q)
        swap(classIndex, p, q)
        return after - before
    }

    private func troubled(_ classIndex: Int, _ place: Int) -> Bool {
        let lesson = placed[classIndex][place]
        let slot = placeSlot[classIndex][place]
        for teacher in lessonTeachers[lesson] where busy[teacher * Self.weekSlots + slot] > 1 { return true }
        let row = classIndex * subjectCount + lessonSubject[lesson]
        return perDay[row * 5 + slot / Self.slotsPerDay] > dailyLimit[row]
    }

    /// Sweeps over the troubled places, each time making the best swap of its class;
    /// true once no teacher has a clash (subjects repeated in a day may remain).
    mutating func solve(_ random: inout SeededRandom, sweeps: Int) -> Bool {
        var calm = 0
        for _ in 0..<sweeps {
            if cost == 0 { return true }
            let before = cost
            for classIndex in random.shuffled(Array(placed.indices)) {
                for place in placed[classIndex].indices where troubled(classIndex, place) {
                    var best = Int.max
                    var choices: [Int] = []
                    for other in placed[classIndex].indices where other != place {
                        guard
                            lessonSubject[placed[classIndex][other]] != lessonSubject[placed[classIndex][place]]
                                || lessonTeachers[placed[classIndex][other]]
                                    != lessonTeachers[placed[classIndex][place]]
                        else { continue }
                        let change = delta(classIndex, place, other)
                        if change < best {
                            best = change
                            choices = [other]
                        } else if change == best {
                            choices.append(other)
                        }
                    }
                    guard !choices.isEmpty else { continue }
                    if best < 0 || (best == 0 && random.chance(0.4)) {
                        let other = random.pick(choices)
                        cost += best
                        swap(classIndex, place, other)
                    } else if random.chance(0.03) {
                        let other = random.pick(Array(placed[classIndex].indices.filter { $0 != place }))
                        cost += delta(classIndex, place, other)
                        swap(classIndex, place, other)
                    }
                }
            }
            calm = cost < before ? 0 : calm + 1
            if cost < Self.clashCost && calm > 20 { return true }
        }
        return cost < Self.clashCost
    }

    /// The week found: per class, per weekday (0–4), the lessons in number order.
    func week() -> [[[School.TimetableLesson]]] {
        placed.indices.map { classIndex in
            var days = dayLengths[classIndex].map { [School.TimetableLesson?](repeating: nil, count: $0) }
            for (place, lesson) in placed[classIndex].enumerated() {
                let slot = placeSlot[classIndex][place]
                days[slot / Self.slotsPerDay][slot % Self.slotsPerDay] = lessons[lesson]
            }
            return days.map { $0.map { $0! } }
        }
    }
}
