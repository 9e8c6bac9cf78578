import JournalFoundation
import JournalStore

/// The school's lists (R1) resolved: `add`, `change`, `remove`, a class's teaching load.
extension Resolver {
    /// A new id, refused when anyone (staff, student or parent) holds it already.
    mutating func newID(_ token: Token) throws -> String {
        if let holder = catalog.person(withID: token.text) {
            throw refuse(
                Message(ResolverText.idTaken, token.text, holder.fullName), at: token.span,
                hint: Message(ResolverText.idsAreUnique))
        }
        return token.text
    }

    /// A new person: the id checked, the quoted name split into surname, first and middle names.
    mutating func newPerson(_ id: Token, _ name: Token) throws -> JournalWrite.Person {
        let id = try newID(id)
        let parts = name.text.split(separator: " ").map(String.init)
        return .init(id: id, lastName: parts[0], firstName: parts[1], middleName: parts.count > 2 ? parts[2] : nil)
    }

    mutating func list(_ write: Syntax.Write) throws -> JournalWrite {
        switch write.statement {
        case .addLoad(let classOrGroup, let subject, let teacher, let hours):
            let (schoolClass, group) = try self.classOrGroup(classOrGroup)
            let code = try self.subject(subject).code
            let staff = try person(teacher, [.staff]).id
            return .addLoad(classID: schoolClass.id, groupID: group?.id, subject: code, teacher: staff, hours: hours)
        case .removeLoad(let classOrGroup, let subject):
            let (schoolClass, group) = try self.classOrGroup(classOrGroup)
            return .removeLoad(classID: schoolClass.id, groupID: group?.id, subject: try self.subject(subject).code)
        case .addStaff(let id, let name, let roles, let options):
            return .addStaff(
                try newPerson(id, name), roles: roles, email: options["email"]?.text, phone: options["phone"]?.text)
        case .addStudent(let id, let name, let target, let options):
            let person = try newPerson(id, name)
            let schoolClass = try self.schoolClass(target)
            if let born = options["born"], CivilDate(born.text) == nil {
                throw refuse(
                    Message(ResolverText.notADate, born.described), at: born.span,
                    hint: Message(ResolverText.exampleBorn, Message.keyword("born")))
            }
            if let sex = options["sex"], !["m", "f"].contains(sex.key) {
                throw refuse(Message(ResolverText.sexIsMOrF), at: sex.span)
            }
            return .addStudent(
                person, classID: schoolClass.id, birthDate: options["born"]?.text, sex: options["sex"]?.key,
                riskGroup: options["risk"]?.text)
        case .addParent(let id, let name, let children, let options):
            let person = try newPerson(id, name)
            let ids = try children.map { try self.person($0, [.student]).id }
            return .addParent(person, children: ids, phone: options["phone"]?.text, email: options["email"]?.text)
        case .addClass(let token, let options):
            let grade = Int(options["grade"]?.text ?? String(token.text.prefix { $0.isNumber })) ?? 0
            guard (1...11).contains(grade) else {
                throw refuse(Message(ResolverText.gradeIs1To11), at: options["grade"]?.span ?? token.span)
            }
            let scheme = options["scheme"]?.key ?? "quarter"
            guard Parser.schemes.contains(scheme) else {
                throw refuse(
                    Message(
                        ResolverText.schemeIs, Message.keyword("quarter"), Message.keyword("half"),
                        Message.keyword("trimester")),
                    at: options["scheme"]!.span)
            }
            var teacher: String?
            if let name = options["teacher"] {
                teacher = try person(Syntax.Name(words: [name]), [.staff]).id
            }
            return .addClass(name: Self.normalizedClassName(token.text), grade: grade, scheme: scheme, teacher: teacher)
        case .addSubject(let code, let name, let courseOf, let foreign):
            let parent = try courseOf.map { try subject($0).code }
            return .addSubject(code: code, name: name, parent: parent, foreignLanguage: foreign)
        case .addPeriod(let scheme, let number, let from, let to):
            let (start, end) = try range(from, to, in: write, hint: Message(ResolverText.exampleAddPeriod))
            return .addPeriod(scheme: scheme, number: number, start: start, end: end)
        case .addTimetable(let classToken, let weekday, let number, let subject, let teacher, let options):
            let hint = Message(ResolverText.exampleAddTimetable)
            let schoolClass = try self.schoolClass(classToken)
            let code = try self.subject(subject).code
            let staff = try person(teacher, [.staff]).id
            var groupID: Int?
            if let token = options["group"] {
                guard let group = findGroup(token.text), group.classID == schoolClass.id else {
                    throw refuse(
                        Message(ResolverText.classHasNoGroup, schoolClass.name, token.text), at: token.span, hint: hint)
                }
                groupID = group.id
            }
            var from = today.text
            if let token = options["from"] {
                guard let date = CivilDate(token.text) else {
                    throw refuse(Message(ResolverText.notADate, token.described), at: token.span)
                }
                from = date.text
            }
            return .addTimetable(
                .init(
                    classID: schoolClass.id, groupID: groupID, weekday: weekday, number: number, subject: code,
                    teacher: staff, room: options["room"]?.text, validFrom: from))
        case .change(let record, let assignments):
            let resolved = try self.record(record)
            var values: [JournalWrite.Assignment] = []
            for assignment in assignments {
                var value: String?
                switch assignment.value {
                case .empty: value = nil
                case .text(let text): value = text
                case .date(let day): value = date(day)
                case .teacher(let name): value = try person(name, [.staff]).id
                }
                let column = assignment.field == "teacher" ? "class_teacher" : assignment.field
                values.append(.init(column: column, value: value))
            }
            return .change(resolved, values)
        case .remove(let record):
            return .remove(try self.record(record))
        default:
            throw refuse(Message(ResolverText.cannotRead), at: write.span)
        }
    }

    mutating func record(_ record: Syntax.Record) throws -> JournalWrite.Record {
        switch record {
        case .person(let kind, let name):
            switch kind {
            case "student": return .student(try person(name, [.student]).id)
            case "staff": return .staff(try person(name, [.staff]).id)
            default: return .parent(try person(name, [.parent]).id)
            }
        case .schoolClass(let token): return .schoolClass(try schoolClass(token).id)
        case .subject(let token): return .subject(try subject(token).code)
        case .period(let scheme, let number): return .period(scheme: scheme, number: number)
        case .group(let token): return .group(try group(token).id)
        case .timetable(let classToken, let weekday, let number, let groupToken):
            let schoolClass = try self.schoolClass(classToken)
            let groupID = try groupToken.map { try group($0).id }
            return .timetable(classID: schoolClass.id, groupID: groupID, weekday: weekday, number: number)
        }
    }
}
