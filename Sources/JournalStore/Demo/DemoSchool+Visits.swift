extension DemoSchool {
    /// Someone who logs in to the journal, and how often.
    private struct User {
        enum Kind { case staff, student, parent }
        var id: String
        var kind: Kind
        /// Log-ins on a school day; weekends and holidays bring fewer.
        var rate: Double
        /// Whether the user now and then stops looking for weeks (the parents R10 is about).
        var lapses: Bool
    }

    /// Log-ins of staff, students and parents from 1 September to `until`, in time order.
    ///
    /// Teachers come in on school days to fill the journal, the administration to check it.
    /// Parents differ the most: some never log in, most look now and then, a few every day,
    /// and some stop for weeks at a time. Students of grades 1–2 have no log-ins of their own.
    func writeVisits(_ out: DemoWriter) throws {
        var random = SeededRandom(seed: options.seed, stream: "visits")
        var users: [User] = []
        for member in staff {
            let rate: Double
            switch member.roles.first {
            case "director": rate = 0.8
            case "deputy": rate = 1.2
            case "operator": rate = 2.5
            default: rate = 1.4
            }
            users.append(User(id: member.id, kind: .staff, rate: rate, lapses: false))
        }
        for student in classes.flatMap(\.students).map({ students[$0] }) where classes[student.classIndex].grade >= 3 {
            guard !random.chance(0.25) else { continue }
            let u = random.unit()
            users.append(User(id: student.id, kind: .student, rate: 0.02 + 0.5 * u * u * u, lapses: true))
        }
        for parent in parents where parent.engagement > 0 {
            users.append(User(id: parent.id, kind: .parent, rate: parent.engagement, lapses: true))
        }

        let clock = DemoClock(from: DemoCalendar.firstDay, through: until)
        var quietDaysLeft = [Int](repeating: 0, count: users.count)
        var today: [(minute: Int, user: Int)] = []
        for date in DemoCalendar.firstDay...until {
            let schoolDay = DemoCalendar.isSchoolDay(date, grade: 5)
            today.removeAll(keepingCapacity: true)
            for (index, user) in users.enumerated() {
                if quietDaysLeft[index] > 0 {
                    quietDaysLeft[index] -= 1
                    continue
                }
                if user.lapses && random.chance(0.004) {
                    quietDaysLeft[index] = random.int(in: 14...45)
                    continue
                }
                let rate: Double
                switch user.kind {
                case .staff: rate = schoolDay ? user.rate : user.rate * 0.08
                case .student: rate = schoolDay ? user.rate : user.rate * 0.6
                case .parent: rate = schoolDay ? user.rate : user.rate * 0.5
                }
                var count = Int(rate)
                if random.chance(rate - Double(count)) { count += 1 }
                for _ in 0..<count { today.append((visitMinute(user.kind, schoolDay: schoolDay, &random), index)) }
            }
            today.sort { $0.minute != $1.minute ? $0.minute < $1.minute : $0.user < $1.user }
            for visit in today {
                out.visit.bind(1, users[visit.user].id)
                out.visit.bind(2, clock.stamp(date, minute: visit.minute))
                try out.run(out.visit, table: "visit")
            }
        }
    }

    /// When in the day a user of that kind logs in.
    private func visitMinute(_ kind: User.Kind, schoolDay: Bool, _ random: inout SeededRandom) -> Int {
        switch kind {
        case .staff:
            return random.int(in: (7 * 60 + 30)...(21 * 60 + 30))
        case .student:
            return random.int(in: ((schoolDay ? 14 * 60 + 30 : 10 * 60))...(22 * 60 + 30))
        case .parent:
            let part = random.int(in: 0..<100)
            if part < 20 { return random.int(in: (7 * 60)...(8 * 60 + 59)) }
            if part < 45 { return random.int(in: (12 * 60)...(17 * 60 + 59)) }
            return random.int(in: (18 * 60)...(23 * 60 + 29))
        }
    }
}
