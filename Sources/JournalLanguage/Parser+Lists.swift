import JournalFoundation
import JournalStore

/// The school's lists (R1) as writing statements parse them: `add`, `change`, `remove`.
extension Parser {
    static let roles = JournalStore.Vocabulary.roles
    static let schemes = JournalStore.Vocabulary.schemes

    /// Words that may follow in any order, each with its value (`email "…" phone "…"`, `foreign`).
    mutating func options(_ allowed: [String], hint: Message) throws -> [String: Token] {
        var found: [String: Token] = [:]
        while let token = word {
            guard allowed.contains(token.key) else {
                throw fail(
                    Message(ParserText.notExpectedHere, token.described), at: token.span,
                    hint: Message(ParserText.mayBeFollowedBy, Self.writeWords(allowed), hint))
            }
            wordIndex += 1
            if token.key == "foreign" {
                found["foreign"] = token
                continue
            }
            found[token.key] = try next(Message(ParserText.aValueAfter, token.text), hint: hint)
        }
        return found
    }

    /// A new id (`S0500`): whether it is free is the resolver's to say.
    mutating func newID(hint: Message) throws -> Token {
        let token = try next(Message(ParserText.anID), hint: hint)
        guard token.kind == .word || token.kind == .string, !token.text.isEmpty,
            token.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        else {
            throw fail(Message(ParserText.expectedNewID, token.described), at: token.span, hint: hint)
        }
        writeNames.append(.newID(token))
        return token
    }

    /// `"Surname First [Middle]"` of a new person.
    mutating func fullName(hint: Message) throws -> Token {
        let token = try next(Message(ParserText.theNameInQuotes), hint: hint)
        guard token.kind == .string, (2...3).contains(token.text.split(separator: " ").count) else {
            throw fail(Message(ParserText.expectedFullName, token.described), at: token.span, hint: hint)
        }
        return token
    }

    mutating func add() throws -> Syntax.WriteStatement {
        let hint = Message(ParserText.addExample)
        let what = try oneOf(
            ["staff", "student", "parent", "class", "subject", "period", "timetable", "load"],
            what: Message(ParserText.whatToAdd),
            hint: hint)
        switch what {
        case "load":
            let hint = Message(ParserText.addLoadExample)
            let classOrGroup = try lookUp(
                Message(ParserText.aClassOrGroup), as: Syntax.NameRef.classOrGroup, hint: hint)
            let subject = try lookUp(Message(ParserText.aSubject), as: Syntax.NameRef.subject, hint: hint)
            try expect("teacher", hint: hint)
            let teacher = try person(Message(ParserText.aStaffMember), "staff", stoppingAt: ["hours"], hint: hint)
            try expect("hours", hint: hint)
            let token = try next(Message(ParserText.hoursAWeek), hint: hint)
            guard let hours = Double(token.text), hours > 0, hours <= 40 else {
                throw fail(Message(ParserText.expectedHours, token.described), at: token.span, hint: hint)
            }
            try expectPartEnd(hint: hint)
            return .addLoad(classOrGroup: classOrGroup, subject: subject, teacher: teacher, hours: hours)
        case "staff":
            let hint = Message(ParserText.addStaffExample)
            let id = try newID(hint: hint)
            let name = try fullName(hint: hint)
            var roles: [String] = []
            if accept("roles") != nil || accept("role") != nil {
                repeat {
                    roles.append(try oneOf(Self.roles, what: Message(ParserText.aRole), hint: hint))
                } while acceptComma()
            }
            return .addStaff(id: id, name, roles: roles, options: try options(["email", "phone"], hint: hint))
        case "student":
            let hint = Message(ParserText.addStudentExample)
            let id = try newID(hint: hint)
            let name = try fullName(hint: hint)
            try expect("to", shown: .wordInto, hint: hint)
            let schoolClass = try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint)
            let options = try options(["born", "sex", "risk"], hint: hint)
            return .addStudent(id: id, name, toClass: schoolClass, options: options)
        case "parent":
            let hint = Message(ParserText.addParentExample)
            let id = try newID(hint: hint)
            let name = try fullName(hint: hint)
            try expect("of", shown: .wordForChild, hint: hint)
            var children = [
                try self.person(Message(ParserText.aStudent), "student", stoppingAt: ["phone", "email"], hint: hint)
            ]
            while acceptComma() {
                children.append(
                    try self.person(
                        Message(ParserText.aStudent), "student", stoppingAt: ["phone", "email"], hint: hint))
            }
            let options = try options(["phone", "email"], hint: hint)
            return .addParent(id: id, name, children: children, options: options)
        case "class":
            let hint = Message(ParserText.addClassExample)
            let token = try next(Message(ParserText.theClassesName), hint: hint)
            guard token.kind == .className else {
                throw fail(Message(ParserText.classNameStartsWithGrade, token.described), at: token.span, hint: hint)
            }
            return .addClass(name: token, options: try options(["grade", "scheme", "teacher"], hint: hint))
        case "subject":
            let hint = Message(ParserText.addSubjectExample)
            let code = try next(Message(ParserText.theSubjectsCode), hint: hint)
            let name = try next(Message(ParserText.theSubjectsName), hint: hint)
            guard name.kind == .string else {
                throw fail(Message(ParserText.nameInQuotes), at: name.span, hint: hint)
            }
            var parent: Token?
            if accept("course") != nil {
                try expect("of", shown: .wordOfWhole, hint: hint)
                parent = try lookUp(Message(ParserText.aSubject), as: Syntax.NameRef.subject, hint: hint)
            }
            let options = try options(["foreign"], hint: hint)
            return .addSubject(code: code.text, name: name.text, courseOf: parent, foreign: options["foreign"] != nil)
        case "period":
            let hint = Message(ParserText.addPeriodExample)
            let scheme = try oneOf(Self.schemes, what: Message(ParserText.aScheme), hint: hint)
            let number = try integer(Message(ParserText.thePeriodsNumber), in: 1...4, hint: hint)
            let (start, end) = try dayRange(hint: hint)
            return .addPeriod(scheme: scheme, number: number, from: start, to: end)
        default:
            let hint = Message(ParserText.addTimetableExample)
            let schoolClass = try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint)
            let day = try weekday(hint: hint)
            let number = try integer(Message(ParserText.theLessonsNumber), in: 1...12, hint: hint)
            let subject = try lookUp(Message(ParserText.aSubject), as: Syntax.NameRef.subject, hint: hint)
            try expect("teacher", hint: hint)
            let teacher = try person(
                Message(ParserText.aStaffMember), "staff", stoppingAt: ["room", "group", "from"], hint: hint)
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
        "class": ["teacher", "class_teacher", "scheme"],
        "subject": ["name"],
    ]

    /// What a field of each record is called in a message.
    static let fieldOf = [
        "student": Message(ParserText.aFieldOfStudent), "staff": Message(ParserText.aFieldOfStaff),
        "parent": Message(ParserText.aFieldOfParent), "class": Message(ParserText.aFieldOfClass),
        "subject": Message(ParserText.aFieldOfSubject),
    ]

    mutating func change() throws -> Syntax.WriteStatement {
        let hint = Message(ParserText.changeExample)
        let what = try oneOf(
            ["student", "staff", "parent", "class", "subject"], what: Message(ParserText.whatToChange), hint: hint)
        let record: Syntax.Record
        switch what {
        case "student":
            record = .person(
                kind: what, try person(Message(ParserText.aStudent), "student", stoppingAt: ["set"], hint: hint))
        case "staff":
            record = .person(
                kind: what, try person(Message(ParserText.aStaffMember), "staff", stoppingAt: ["set"], hint: hint))
        case "parent":
            record = .person(
                kind: what, try person(Message(ParserText.aParent), "parent", stoppingAt: ["set"], hint: hint))
        case "class":
            record = .schoolClass(try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint))
        default: record = .subject(try lookUp(Message(ParserText.aSubject), as: Syntax.NameRef.subject, hint: hint))
        }
        try expect("set", hint: hint)
        var assignments: [Syntax.Assignment] = []
        repeat {
            // A class's teacher is its class teacher, by either name.
            let named = try oneOf(Self.changeable[what]!, what: Self.fieldOf[what]!, hint: hint)
            let field = named == "class_teacher" ? "teacher" : named
            guard let equals = word, equals.isSymbol("=") else {
                throw fail(Message(ParserText.expectedWord, "=", found()), hint: hint)
            }
            wordIndex += 1
            var value = Syntax.Assignment.Value.empty
            if let empty = accept("empty") {
                if ["last_name", "first_name", "name", "scheme"].contains(field) {
                    throw fail(Message(ParserText.cannotBeEmpty, Self.writeWord(field)), at: empty.span, hint: hint)
                }
            } else if field == "roles" {
                var roles = [try oneOf(Self.roles, what: Message(ParserText.aRole), hint: hint)]
                while let token = word, token.isSymbol("+") {
                    wordIndex += 1
                    roles.append(try oneOf(Self.roles, what: Message(ParserText.aRole), hint: hint))
                }
                value = .text(roles.joinedText(separator: ","))
            } else if field == "teacher" {
                value = .teacher(try person(Message(ParserText.aStaffMember), "staff", hint: hint))
            } else if field == "scheme" {
                value = .text(try oneOf(Self.schemes, what: Message(ParserText.aScheme), hint: hint))
            } else if field == "sex" {
                value = .text(try oneOf(["m", "f"], what: Message(ParserText.mOrF), hint: hint))
            } else if field == "birth_date" {
                value = .date(try day(hint: hint))
            } else {
                value = .text(try text(Message(ParserText.aValue), hint: hint))
            }
            assignments.append(.init(field: field, value: value))
        } while acceptComma()
        try expectPartEnd(hint: hint)
        return .change(record, assignments)
    }

    mutating func remove() throws -> Syntax.WriteStatement {
        let hint = Message(ParserText.removeExample)
        let what = try oneOf(
            ["student", "staff", "parent", "class", "subject", "period", "timetable", "group", "load"],
            what: Message(ParserText.whatToRemove), hint: hint)
        if what == "load" {
            let classOrGroup = try lookUp(
                Message(ParserText.aClassOrGroup), as: Syntax.NameRef.classOrGroup, hint: hint)
            let subject = try lookUp(Message(ParserText.aSubject), as: Syntax.NameRef.subject, hint: hint)
            try expectPartEnd(hint: hint)
            return .removeLoad(classOrGroup: classOrGroup, subject: subject)
        }
        let record: Syntax.Record
        switch what {
        case "student": record = .person(kind: what, try person(Message(ParserText.aStudent), "student", hint: hint))
        case "staff": record = .person(kind: what, try person(Message(ParserText.aStaffMember), "staff", hint: hint))
        case "parent": record = .person(kind: what, try person(Message(ParserText.aParent), "parent", hint: hint))
        case "class":
            record = .schoolClass(try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint))
        case "subject":
            record = .subject(try lookUp(Message(ParserText.aSubject), as: Syntax.NameRef.subject, hint: hint))
        case "period":
            let scheme = try oneOf(Self.schemes, what: Message(ParserText.aScheme), hint: hint)
            record = .period(
                scheme: scheme, number: try integer(Message(ParserText.thePeriodsNumber), in: 1...4, hint: hint))
        case "group": record = .group(try lookUp(Message(ParserText.aGroup), as: Syntax.NameRef.group, hint: hint))
        default:
            let schoolClass = try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint)
            let day = try weekday(hint: hint)
            let number = try integer(Message(ParserText.theLessonsNumber), in: 1...12, hint: hint)
            var group: Token?
            if accept("group") != nil {
                group = try lookUp(Message(ParserText.aGroup), as: Syntax.NameRef.group, hint: hint)
            }
            record = .timetable(schoolClass: schoolClass, weekday: day, number: number, group: group)
        }
        try expectPartEnd(hint: hint)
        return .remove(record)
    }
}
