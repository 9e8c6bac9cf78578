import JournalFoundation
import JournalStore

/// The school's lists (R1): staff, students, parents, classes, subjects, periods, timetable, load.
extension Commands {
    static let roles = JournalStore.Vocabulary.roles
    static let schemes = JournalStore.Vocabulary.schemes

    mutating func options(_ allowed: [String], hint: String) throws -> [String: Token] {
        var found: [String: Token] = [:]
        while let token = current {
            guard allowed.contains(token.key) else {
                throw fail(
                    "\(token.described) is not expected here", at: token.span,
                    hint: "it may be followed by: " + allowed.joined(separator: ", ") + " — " + hint)
            }
            index += 1
            if token.key == "foreign" {
                found["foreign"] = token
                continue
            }
            found[token.key] = try next("a value after \"\(token.text)\"", hint: hint)
        }
        return found
    }

    mutating func add() throws -> JournalWrite {
        let hint =
            "add student|staff|parent|class|subject|period|timetable …, e.g. add student S0500 \"Иванов Пётр\" to 7А"
        let what = try oneOf(
            ["staff", "student", "parent", "class", "subject", "period", "timetable", "load"], what: "what to add",
            hint: hint)
        switch what {
        case "load":
            let hint = "add load 7А alg teacher T007 hours 3 — or add load 7А-eng-1 eng teacher T009 hours 3"
            let (schoolClass, group) = try classOrGroup(hint: hint)
            let subject = try self.subject(hint: hint)
            try expect("teacher", hint: hint)
            let teacher = try staff(stoppingAt: ["hours"], hint: hint)
            try expect("hours", hint: hint)
            let token = try next("hours a week", hint: hint)
            guard let hours = Double(token.text), hours > 0, hours <= 40 else {
                throw fail(
                    "expected hours a week (a number above 0), found \(token.described)", at: token.span, hint: hint)
            }
            try expectEnd(hint: hint)
            return .addLoad(
                classID: schoolClass.id, groupID: group?.id, subject: subject.code, teacher: teacher, hours: hours)
        case "staff":
            let hint = "add staff T050 \"Петрова Анна Ивановна\" roles teacher, class_teacher email \"…\""
            let id = try newID(hint: hint)
            let person = try fullName(id: id, hint: hint)
            var roles: [String] = []
            if accept("roles") != nil || accept("role") != nil {
                repeat { roles.append(try oneOf(Self.roles, what: "a role", hint: hint)) } while acceptComma()
            }
            let options = try self.options(["email", "phone"], hint: hint)
            return .addStaff(person, roles: roles, email: options["email"]?.text, phone: options["phone"]?.text)
        case "student":
            let hint = "add student S0500 \"Иванов Пётр Сергеевич\" to 7А born 2013-05-01 sex m"
            let id = try newID(hint: hint)
            let person = try fullName(id: id, hint: hint)
            try expect("to", hint: hint)
            let schoolClass = try self.schoolClass(hint: hint)
            let options = try self.options(["born", "sex", "risk"], hint: hint)
            if let born = options["born"], CivilDate(born.text) == nil {
                throw fail("\(born.described) is not a date", at: born.span, hint: "born YYYY-MM-DD")
            }
            if let sex = options["sex"], !["m", "f"].contains(sex.key) {
                throw fail("sex is m or f", at: sex.span)
            }
            return .addStudent(
                person, classID: schoolClass.id, birthDate: options["born"]?.text, sex: options["sex"]?.key,
                riskGroup: options["risk"]?.text)
        case "parent":
            let hint = "add parent P0500 \"Иванова Мария\" of Иванов phone \"+7 900 …\""
            let id = try newID(hint: hint)
            let person = try fullName(id: id, hint: hint)
            try expect("of", hint: hint)
            var children = [
                try self.person([.student], what: "a student", stoppingAt: ["phone", "email"], hint: hint).id
            ]
            while let comma = current, comma.isSymbol(",") {
                index += 1
                children.append(
                    try self.person([.student], what: "a student", stoppingAt: ["phone", "email"], hint: hint).id)
            }
            let options = try self.options(["phone", "email"], hint: hint)
            return .addParent(person, children: children, phone: options["phone"]?.text, email: options["email"]?.text)
        case "class":
            let hint = "add class 7В grade 7 scheme quarter teacher Петрова"
            let token = try next("the class's name", hint: hint)
            guard token.kind == .className else {
                throw fail(
                    "a class's name starts with its grade, as 7В; found \(token.described)", at: token.span, hint: hint)
            }
            let options = try self.options(["grade", "scheme", "teacher"], hint: hint)
            let grade = Int(options["grade"]?.text ?? String(token.text.prefix { $0.isNumber })) ?? 0
            guard (1...11).contains(grade) else {
                throw fail("the grade is 1–11", at: options["grade"]?.span ?? token.span)
            }
            let scheme = options["scheme"]?.key ?? "quarter"
            guard Self.schemes.contains(scheme) else {
                throw fail("the scheme is quarter, half or trimester", at: options["scheme"]!.span)
            }
            var teacher: String?
            if let name = options["teacher"] {
                teacher = names.findPeople(name.text, kinds: [.staff], at: name.span)?.first?.id
                if teacher == nil { throw Failure() }
            }
            let name = Resolver.normalizedClassName(token.text)
            return .addClass(name: name, grade: grade, scheme: scheme, teacher: teacher)
        case "subject":
            let hint = "add subject chem \"Химия\" course of sci foreign"
            let code = try next("the subject's code", hint: hint)
            let name = try next("the subject's name in quotes", hint: hint)
            guard name.kind == .string else { throw fail("the name is written in quotes", at: name.span, hint: hint) }
            var parent: String?
            if accept("course") != nil {
                try expect("of", hint: hint)
                parent = try subject(hint: hint).code
            }
            let options = try self.options(["foreign"], hint: hint)
            return .addSubject(
                code: code.text, name: name.text, parent: parent, foreignLanguage: options["foreign"] != nil)
        case "period":
            let hint = "add period quarter 3 from 2027-01-12 to 2027-03-20"
            let scheme = try oneOf(Self.schemes, what: "a scheme", hint: hint)
            let number = try integer("the period's number", in: 1...4, hint: hint)
            let (start, end) = try dateRange(hint: hint)
            return .addPeriod(scheme: scheme, number: number, start: start, end: end)
        default:
            let hint = "add timetable 7А monday 3 alg teacher Петрова room 21 group 7А-eng-1 from 2027-01-12"
            let schoolClass = try self.schoolClass(hint: hint)
            let day = try weekday(hint: hint)
            let number = try integer("the lesson's number", in: 1...12, hint: hint)
            let subject = try self.subject(hint: hint)
            try expect("teacher", hint: hint)
            let teacher = try staff(stoppingAt: ["room", "group", "from"], hint: hint)
            let options = try self.options(["room", "group", "from"], hint: hint)
            var groupID: Int?
            if let token = options["group"] {
                guard let group = names.findGroup(token.text), group.classID == schoolClass.id else {
                    throw fail("\(schoolClass.name) has no group \"\(token.text)\"", at: token.span, hint: hint)
                }
                groupID = group.id
            }
            var from = today.text
            if let token = options["from"] {
                guard let date = CivilDate(token.text) else {
                    throw fail("\(token.described) is not a date", at: token.span)
                }
                from = date.text
            }
            return .addTimetable(
                .init(
                    classID: schoolClass.id, groupID: groupID, weekday: day, number: number, subject: subject.code,
                    teacher: teacher, room: options["room"]?.text, validFrom: from))
        }
    }

    /// The fields `change` may set, per record, with how a value is checked.
    static let changeable: [String: [String]] = [
        "student": ["last_name", "first_name", "middle_name", "sex", "birth_date", "risk_group"],
        "staff": ["last_name", "first_name", "middle_name", "email", "phone", "roles"],
        "parent": ["last_name", "first_name", "middle_name", "email", "phone"],
        "class": ["teacher", "scheme"],
        "subject": ["name"],
    ]

    mutating func change() throws -> JournalWrite {
        let hint = "change student Иванов set risk_group = \"пропуски\", last_name = \"Петров\""
        let what = try oneOf(["student", "staff", "parent", "class", "subject"], what: "what to change", hint: hint)
        let record: JournalWrite.Record
        switch what {
        case "student": record = .student(try person([.student], what: "a student", stoppingAt: ["set"], hint: hint).id)
        case "staff": record = .staff(try person([.staff], what: "a staff member", stoppingAt: ["set"], hint: hint).id)
        case "parent": record = .parent(try person([.parent], what: "a parent", stoppingAt: ["set"], hint: hint).id)
        case "class": record = .schoolClass(try schoolClass(hint: hint).id)
        default: record = .subject(try subject(hint: hint).code)
        }
        try expect("set", hint: hint)
        var assignments: [JournalWrite.Assignment] = []
        repeat {
            let fields = Self.changeable[what]!
            let field = try oneOf(fields, what: "a field of \(what)", hint: hint)
            guard let equals = current, equals.isSymbol("=") else {
                throw fail("expected \"=\", \(found())", hint: hint)
            }
            index += 1
            var value: String?
            if accept("empty") == nil {
                if field == "roles" {
                    var roles = [try oneOf(Self.roles, what: "a role", hint: hint)]
                    while let token = current, token.isSymbol("+") {
                        index += 1
                        roles.append(try oneOf(Self.roles, what: "a role", hint: hint))
                    }
                    value = roles.joined(separator: ",")
                } else if field == "teacher" {
                    value = try staff(hint: hint)
                } else if field == "scheme" {
                    value = try oneOf(Self.schemes, what: "a scheme", hint: hint)
                } else if field == "sex" {
                    value = try oneOf(["m", "f"], what: "m or f", hint: hint)
                } else if field == "birth_date" {
                    value = try date(hint: hint)
                } else {
                    value = try text("a value", hint: hint)
                }
            } else if ["last_name", "first_name", "name", "scheme"].contains(field) {
                throw fail("\(field) cannot be empty", at: words[index - 1].span, hint: hint)
            }
            assignments.append(.init(column: field == "teacher" ? "class_teacher" : field, value: value))
        } while acceptComma()
        try expectEnd(hint: hint)
        return .change(record, assignments)
    }

    mutating func remove() throws -> JournalWrite {
        let hint =
            "remove student S0500 | staff T050 | parent P0500 | class 7В | subject chem | period quarter 4 | "
            + "timetable 7А monday 3 | group 7А-eng-1"
        let what = try oneOf(
            ["student", "staff", "parent", "class", "subject", "period", "timetable", "group", "load"],
            what: "what to remove", hint: hint)
        if what == "load" {
            let (schoolClass, group) = try classOrGroup(hint: hint)
            let subject = try self.subject(hint: hint)
            try expectEnd(hint: hint)
            return .removeLoad(classID: schoolClass.id, groupID: group?.id, subject: subject.code)
        }
        let record: JournalWrite.Record
        switch what {
        case "student": record = .student(try person([.student], what: "a student", hint: hint).id)
        case "staff": record = .staff(try person([.staff], what: "a staff member", hint: hint).id)
        case "parent": record = .parent(try person([.parent], what: "a parent", hint: hint).id)
        case "class": record = .schoolClass(try schoolClass(hint: hint).id)
        case "subject": record = .subject(try subject(hint: hint).code)
        case "period":
            let scheme = try oneOf(Self.schemes, what: "a scheme", hint: hint)
            record = .period(scheme: scheme, number: try integer("the period's number", in: 1...4, hint: hint))
        case "group":
            let token = try next("a group", hint: hint)
            guard let group = names.findGroup(token.text) else {
                throw fail("there is no group \"\(token.text)\"", at: token.span, hint: names.classNameHint(token.text))
            }
            record = .group(group.id)
        default:
            let schoolClass = try self.schoolClass(hint: hint)
            let day = try weekday(hint: hint)
            let number = try integer("the lesson's number", in: 1...12, hint: hint)
            var groupID: Int?
            if accept("group") != nil {
                let token = try next("a group", hint: hint)
                guard let group = names.findGroup(token.text) else {
                    throw fail(
                        "there is no group \"\(token.text)\"", at: token.span, hint: names.classNameHint(token.text))
                }
                groupID = group.id
            }
            record = .timetable(classID: schoolClass.id, groupID: groupID, weekday: day, number: number)
        }
        try expectEnd(hint: hint)
        return .remove(record)
    }
}
