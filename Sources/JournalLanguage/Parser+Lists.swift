import JournalFoundation
import JournalStore

/// The school's lists (R1) as writing statements parse them: `add`, `change`, `remove`.
extension Parser {
    static let roles = JournalStore.Vocabulary.roles
    static let schemes = JournalStore.Vocabulary.schemes

    /// Words that may follow in any order, each with its value (`email "…" phone "…"`, `foreign`).
    mutating func options(_ allowed: [String], hint: String) throws -> [String: Token] {
        var found: [String: Token] = [:]
        while let token = word {
            guard allowed.contains(token.key) else {
                throw fail(
                    "\(token.described) is not expected here", at: token.span,
                    hint: "it may be followed by: " + allowed.joined(separator: ", ") + " — " + hint)
            }
            wordIndex += 1
            if token.key == "foreign" {
                found["foreign"] = token
                continue
            }
            found[token.key] = try next("a value after \"\(token.text)\"", hint: hint)
        }
        return found
    }

    /// A new id (`S0500`): whether it is free is the resolver's to say.
    mutating func newID(hint: String) throws -> Token {
        let token = try next("an id", hint: hint)
        guard token.kind == .word || token.kind == .string, !token.text.isEmpty,
            token.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        else {
            throw fail("expected a new id such as S0500, found \(token.described)", at: token.span, hint: hint)
        }
        writeNames.append(.newID(token))
        return token
    }

    /// `"Surname First [Middle]"` of a new person.
    mutating func fullName(hint: String) throws -> Token {
        let token = try next("the name in quotes", hint: hint)
        guard token.kind == .string, (2...3).contains(token.text.split(separator: " ").count) else {
            throw fail(
                "expected the full name in quotes: \"Surname First [Middle]\", found \(token.described)",
                at: token.span, hint: hint)
        }
        return token
    }

    mutating func add() throws -> Syntax.WriteStatement {
        let hint =
            "add student|staff|parent|class|subject|period|timetable …, e.g. add student S0500 \"Иванов Пётр\" to 7А"
        let what = try oneOf(
            ["staff", "student", "parent", "class", "subject", "period", "timetable", "load"], what: "what to add",
            hint: hint)
        switch what {
        case "load":
            let hint = "add load 7А alg teacher T007 hours 3 — or add load 7А-eng-1 eng teacher T009 hours 3"
            let classOrGroup = try lookUp("a class or group", as: Syntax.NameRef.classOrGroup, hint: hint)
            let subject = try lookUp("a subject", as: Syntax.NameRef.subject, hint: hint)
            try expect("teacher", hint: hint)
            let teacher = try person("a staff member", "staff", stoppingAt: ["hours"], hint: hint)
            try expect("hours", hint: hint)
            let token = try next("hours a week", hint: hint)
            guard let hours = Double(token.text), hours > 0, hours <= 40 else {
                throw fail(
                    "expected hours a week (a number above 0), found \(token.described)", at: token.span, hint: hint)
            }
            try expectPartEnd(hint: hint)
            return .addLoad(classOrGroup: classOrGroup, subject: subject, teacher: teacher, hours: hours)
        case "staff":
            let hint = "add staff T050 \"Петрова Анна Ивановна\" roles teacher, class_teacher email \"…\""
            let id = try newID(hint: hint)
            let name = try fullName(hint: hint)
            var roles: [String] = []
            if accept("roles") != nil || accept("role") != nil {
                repeat { roles.append(try oneOf(Self.roles, what: "a role", hint: hint)) } while acceptComma()
            }
            return .addStaff(id: id, name, roles: roles, options: try options(["email", "phone"], hint: hint))
        case "student":
            let hint = "add student S0500 \"Иванов Пётр Сергеевич\" to 7А born 2013-05-01 sex m"
            let id = try newID(hint: hint)
            let name = try fullName(hint: hint)
            try expect("to", hint: hint)
            let schoolClass = try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint)
            let options = try options(["born", "sex", "risk"], hint: hint)
            return .addStudent(id: id, name, toClass: schoolClass, options: options)
        case "parent":
            let hint = "add parent P0500 \"Иванова Мария\" of Иванов phone \"+7 900 …\""
            let id = try newID(hint: hint)
            let name = try fullName(hint: hint)
            try expect("of", hint: hint)
            var children = [try self.person("a student", "student", stoppingAt: ["phone", "email"], hint: hint)]
            while acceptComma() {
                children.append(try self.person("a student", "student", stoppingAt: ["phone", "email"], hint: hint))
            }
            let options = try options(["phone", "email"], hint: hint)
            return .addParent(id: id, name, children: children, options: options)
        case "class":
            let hint = "add class 7В grade 7 scheme quarter teacher Петрова"
            let token = try next("the class's name", hint: hint)
            guard token.kind == .className else {
                throw fail(
                    "a class's name starts with its grade, as 7В; found \(token.described)", at: token.span, hint: hint)
            }
            return .addClass(name: token, options: try options(["grade", "scheme", "teacher"], hint: hint))
        case "subject":
            let hint = "add subject chem \"Химия\" course of sci foreign"
            let code = try next("the subject's code", hint: hint)
            let name = try next("the subject's name in quotes", hint: hint)
            guard name.kind == .string else { throw fail("the name is written in quotes", at: name.span, hint: hint) }
            var parent: Token?
            if accept("course") != nil {
                try expect("of", hint: hint)
                parent = try lookUp("a subject", as: Syntax.NameRef.subject, hint: hint)
            }
            let options = try options(["foreign"], hint: hint)
            return .addSubject(code: code.text, name: name.text, courseOf: parent, foreign: options["foreign"] != nil)
        case "period":
            let hint = "add period quarter 3 from 2027-01-12 to 2027-03-20"
            let scheme = try oneOf(Self.schemes, what: "a scheme", hint: hint)
            let number = try integer("the period's number", in: 1...4, hint: hint)
            let (start, end) = try dayRange(hint: hint)
            return .addPeriod(scheme: scheme, number: number, from: start, to: end)
        default:
            let hint = "add timetable 7А monday 3 alg teacher Петрова room 21 group 7А-eng-1 from 2027-01-12"
            let schoolClass = try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint)
            let day = try weekday(hint: hint)
            let number = try integer("the lesson's number", in: 1...12, hint: hint)
            let subject = try lookUp("a subject", as: Syntax.NameRef.subject, hint: hint)
            try expect("teacher", hint: hint)
            let teacher = try person("a staff member", "staff", stoppingAt: ["room", "group", "from"], hint: hint)
            let options = try options(["room", "group", "from"], hint: hint)
            return .addTimetable(
                schoolClass: schoolClass, weekday: day, number: number, subject: subject, teacher: teacher,
                options: options)
        }
    }

    /// The fields `change` may set, per record.
    static let changeable: [String: [String]] = [
        "student": ["last_name", "first_name", "middle_name", "sex", "birth_date", "risk_group"],
        "staff": ["last_name", "first_name", "middle_name", "email", "phone", "roles"],
        "parent": ["last_name", "first_name", "middle_name", "email", "phone"],
        "class": ["teacher", "scheme"],
        "subject": ["name"],
    ]

    mutating func change() throws -> Syntax.WriteStatement {
        let hint = "change student Иванов set risk_group = \"пропуски\", last_name = \"Петров\""
        let what = try oneOf(["student", "staff", "parent", "class", "subject"], what: "what to change", hint: hint)
        let record: Syntax.Record
        switch what {
        case "student":
            record = .person(kind: what, try person("a student", "student", stoppingAt: ["set"], hint: hint))
        case "staff":
            record = .person(kind: what, try person("a staff member", "staff", stoppingAt: ["set"], hint: hint))
        case "parent": record = .person(kind: what, try person("a parent", "parent", stoppingAt: ["set"], hint: hint))
        case "class": record = .schoolClass(try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint))
        default: record = .subject(try lookUp("a subject", as: Syntax.NameRef.subject, hint: hint))
        }
        try expect("set", hint: hint)
        var assignments: [Syntax.Assignment] = []
        repeat {
            let field = try oneOf(Self.changeable[what]!, what: "a field of \(what)", hint: hint)
            guard let equals = word, equals.isSymbol("=") else {
                throw fail("expected \"=\", \(found())", hint: hint)
            }
            wordIndex += 1
            var value = Syntax.Assignment.Value.empty
            if let empty = accept("empty") {
                if ["last_name", "first_name", "name", "scheme"].contains(field) {
                    throw fail("\(field) cannot be empty", at: empty.span, hint: hint)
                }
            } else if field == "roles" {
                var roles = [try oneOf(Self.roles, what: "a role", hint: hint)]
                while let token = word, token.isSymbol("+") {
                    wordIndex += 1
                    roles.append(try oneOf(Self.roles, what: "a role", hint: hint))
                }
                value = .text(roles.joined(separator: ","))
            } else if field == "teacher" {
                value = .teacher(try person("a staff member", "staff", hint: hint))
            } else if field == "scheme" {
                value = .text(try oneOf(Self.schemes, what: "a scheme", hint: hint))
            } else if field == "sex" {
                value = .text(try oneOf(["m", "f"], what: "m or f", hint: hint))
            } else if field == "birth_date" {
                value = .date(try day(hint: hint))
            } else {
                value = .text(try text("a value", hint: hint))
            }
            assignments.append(.init(field: field, value: value))
        } while acceptComma()
        try expectPartEnd(hint: hint)
        return .change(record, assignments)
    }

    mutating func remove() throws -> Syntax.WriteStatement {
        let hint =
            "remove student S0500 | staff T050 | parent P0500 | class 7В | subject chem | period quarter 4 | "
            + "timetable 7А monday 3 | group 7А-eng-1"
        let what = try oneOf(
            ["student", "staff", "parent", "class", "subject", "period", "timetable", "group", "load"],
            what: "what to remove", hint: hint)
        if what == "load" {
            let classOrGroup = try lookUp("a class or group", as: Syntax.NameRef.classOrGroup, hint: hint)
            let subject = try lookUp("a subject", as: Syntax.NameRef.subject, hint: hint)
            try expectPartEnd(hint: hint)
            return .removeLoad(classOrGroup: classOrGroup, subject: subject)
        }
        let record: Syntax.Record
        switch what {
        case "student": record = .person(kind: what, try person("a student", "student", hint: hint))
        case "staff": record = .person(kind: what, try person("a staff member", "staff", hint: hint))
        case "parent": record = .person(kind: what, try person("a parent", "parent", hint: hint))
        case "class": record = .schoolClass(try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint))
        case "subject": record = .subject(try lookUp("a subject", as: Syntax.NameRef.subject, hint: hint))
        case "period":
            let scheme = try oneOf(Self.schemes, what: "a scheme", hint: hint)
            record = .period(scheme: scheme, number: try integer("the period's number", in: 1...4, hint: hint))
        case "group": record = .group(try lookUp("a group", as: Syntax.NameRef.group, hint: hint))
        default:
            let schoolClass = try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint)
            let day = try weekday(hint: hint)
            let number = try integer("the lesson's number", in: 1...12, hint: hint)
            var group: Token?
            if accept("group") != nil { group = try lookUp("a group", as: Syntax.NameRef.group, hint: hint) }
            record = .timetable(schoolClass: schoolClass, weekday: day, number: number, group: group)
        }
        try expectPartEnd(hint: hint)
        return .remove(record)
    }
}
