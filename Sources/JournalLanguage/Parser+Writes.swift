import JournalFoundation
import JournalStore

/// Writing statements (`Grammar/ejournal.ebnf`, `command`): each verb's words parsed into
/// `Syntax.Write`. A statement is read in parts: the words before `:` (its head), then each
/// comma-separated item after it; a word missing at the end of a part is pointed at just after it.
extension Parser {
    /// The words of the part being read; nil at its end.
    var word: Token? { wordIndex < words.count ? words[wordIndex] : nil }
    var atPartEnd: Bool { wordIndex >= words.count }

    /// Records a mistake in a writing statement, at `span` or else the word being read.
    mutating func fail(_ message: Message, hint: Message) -> Failure {
        fail(message, at: word?.span ?? partEnd, hint: hint)
    }

    /// What stands where a word was expected: `found "x"`, or `the statement ends`.
    func found() -> Message {
        word.map { Message(ParserText.found, $0.described) } ?? Message(ParserText.statementEnds)
    }

    /// A word of a writing statement in a message, shown in Russian to a Russian reader: `teacher` as
    /// `учитель`; `order` (a promotion's), `grade` (a class's), `name` (a subject's) and `from` (a day)
    /// in the form a writing statement reads (`приказ`, `параллель`, `название`, `с`), not the query's.
    /// A word with no Russian form the parser reads as it stays as it is.
    static func writeWord(_ english: String) -> Message {
        if let word = Self.writingForms[english] { return Message(word) }
        let shown = RussianWords.shown(english)
        guard shown != english, RussianWords.readings(of: shown).contains(english) else {
            return .verbatim(english)
        }
        return .keyword(english)
    }

    /// The words of writing statements whose Russian form is not the one a query shows.
    static let writingForms: [String: ParserText] = [
        "from": .wordFrom, "order": .wordOrder, "grade": .wordGrade, "name": .wordName,
    ]

    /// Words of a writing statement in a message (`writeWord`), with commas between them.
    static func writeWords(_ words: [String]) -> Message {
        Message.joined(words.map(writeWord), separator: ", ")
    }

    /// "did you mean …?" for a misspelt word among `values`: in the Russian forms for a Cyrillic word,
    /// else (or when none is near) among the values as they are.
    static func meant(_ token: Token, in values: [String]) -> Message? {
        Suggestion.meantKeyword(token.text, in: values) ?? Suggestion.meant(token.key, in: values)
    }

    mutating func next(_ what: Message, hint: Message) throws -> Token {
        guard let token = word else { throw fail(Message(ParserText.expectedButEnds, what), hint: hint) }
        wordIndex += 1
        return token
    }

    /// The word `keyword`, named in a message as `shown` (`to` is `в` after `add student`, `по` after a
    /// day), else as `writeWord` shows it.
    @discardableResult
    mutating func expect(_ keyword: String, shown: ParserText? = nil, hint: Message) throws -> Token {
        guard let token = word, token.isWord(keyword) else {
            let shown = shown.map { Message($0) } ?? Self.writeWord(keyword)
            throw fail(Message(ParserText.expectedWord, shown, found()), hint: hint)
        }
        wordIndex += 1
        return token
    }

    mutating func accept(_ keyword: String) -> Token? {
        guard let token = word, token.isWord(keyword) else { return nil }
        wordIndex += 1
        return token
    }

    mutating func acceptComma() -> Bool {
        guard let token = word, token.isSymbol(",") else { return false }
        wordIndex += 1
        return true
    }

    mutating func expectPartEnd(hint: Message) throws {
        if let token = word {
            throw fail(Message(ParserText.notExpectedHere, token.described), at: token.span, hint: hint)
        }
    }

    /// Switches to reading `part`; a word missing at its end is pointed at just after `last`.
    mutating func read(part: [Token], after last: SourceSpan) {
        words = part
        wordIndex = 0
        partEnd = part.last.map { SourceSpan($0.span.end, $0.span.end + 1) } ?? SourceSpan(last.end, last.end + 1)
    }

    mutating func integer(_ what: Message, in range: ClosedRange<Int>, hint: Message) throws -> Int {
        let token = try next(what, hint: hint)
        guard token.kind == .integer, let value = Int(token.text), range.contains(value) else {
            throw fail(
                Message(ParserText.expectedInRange, what, range.lowerBound, range.upperBound, token.described),
                at: token.span, hint: hint)
        }
        return value
    }

    mutating func text(_ what: Message, hint: Message) throws -> String {
        let token = try next(what, hint: hint)
        guard token.kind == .string || token.kind == .word || token.kind == .integer, !token.text.isEmpty else {
            throw fail(Message(ParserText.expectedFound, what, token.described), at: token.span, hint: hint)
        }
        return token.text
    }

    mutating func day(hint: Message) throws -> Syntax.Day {
        let token = try next(Message(ParserText.aDate), hint: hint)
        if token.isWord("today") { return .today }
        if token.isWord("yesterday") { return .yesterday }
        guard token.kind == .date || token.kind == .string, let date = CivilDate(token.text) else {
            throw fail(Message(ParserText.expectedADate, token.described), at: token.span, hint: hint)
        }
        return .date(date.text)
    }

    /// `from DATE to DATE`, ending the part.
    mutating func dayRange(hint: Message) throws -> (Syntax.Day, Syntax.Day) {
        try expect("from", shown: .wordFrom, hint: hint)
        let from = try day(hint: hint)
        try expect("to", shown: .wordUntil, hint: hint)
        let to = try day(hint: hint)
        try expectPartEnd(hint: hint)
        return (from, to)
    }

    /// A school year: `2026/2027`, or one text (a `$year` variable).
    mutating func schoolYear(hint: Message) throws -> String {
        let first = try next(Message(ParserText.aSchoolYear), hint: hint)
        var text = first.text
        if first.kind == .integer, let slash = word, slash.isSymbol("/"), wordIndex + 1 < words.count,
            words[wordIndex + 1].kind == .integer
        {
            text += "/" + words[wordIndex + 1].text
            wordIndex += 2
        }
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard text.count == 9, parts.count == 2, parts[1] == parts[0] + 1 else {
            throw fail(Message(ParserText.expectedSchoolYear, first.described), at: first.span, hint: hint)
        }
        return text
    }

    /// The words of a person's name: an id, a surname, "Surname First", or several words up to a keyword.
    mutating func name(_ what: Message, stoppingAt stops: Set<String> = [], hint: Message) throws -> Syntax.Name {
        var taken: [Token] = []
        while let token = word, token.kind == .word || token.kind == .string, !stops.contains(token.key),
            taken.count < 3
        {
            taken.append(token)
            wordIndex += 1
            if token.kind == .string { break }
        }
        guard !taken.isEmpty else { throw fail(Message(ParserText.expectedWhat, what, found()), hint: hint) }
        return Syntax.Name(words: taken)
    }

    /// A word the resolver looks up (a class, a subject): kept in `writeNames` too, so that a mistake
    /// after it is reported only if it names something (`Syntax.WriteStatement.unfinished`).
    mutating func lookUp(_ what: Message, as ref: (Token) -> Syntax.NameRef, hint: Message) throws -> Token {
        let token = try next(what, hint: hint)
        writeNames.append(ref(token))
        return token
    }

    /// A person the resolver looks up in the whole school, kept in `writeNames` as `lookUp` keeps a word.
    mutating func person(_ what: Message, _ kind: String, stoppingAt stops: Set<String> = [], hint: Message) throws
        -> Syntax.Name
    {
        let name = try self.name(what, stoppingAt: stops, hint: hint)
        writeNames.append(.person(name, kind: kind))
        return name
    }

    mutating func oneOf(_ values: [String], what: Message, hint: Message) throws -> String {
        let token = try next(what, hint: hint)
        let key = token.key
        guard let value = values.first(where: { token.readings.contains($0.lowered()) }) else {
            throw fail(
                Message(ParserText.isNot, token.described, what), at: token.span,
                hint: Self.meant(token, in: values) ?? Message(ParserText.oneOf, Self.writeWords(values)))
        }
        return value
    }

    mutating func weekday(hint: Message) throws -> Int {
        let token = try next(Message(ParserText.aDayOfTheWeek), hint: hint)
        if token.kind == .integer, let day = Int(token.text), (1...7).contains(day) { return day }
        let key = token.key
        if let day = CivilDate.weekdayNames.firstIndex(where: { $0 == key || $0.prefix(3) == key }) { return day + 1 }
        throw fail(
            Message(ParserText.expectedFound, Message(ParserText.aDayOfTheWeek), token.described), at: token.span,
            hint: Self.meant(token, in: CivilDate.weekdayNames) ?? Message(ParserText.weekdays))
    }

    /// `CLASS|GROUP [SUBJECT] DATE [lesson N]`, ending the head.
    mutating func lesson(hint: Message) throws -> Syntax.Lesson {
        let start = word?.span ?? partEnd
        let classOrGroup = try lookUp(Message(ParserText.aClassOrGroup), as: Syntax.NameRef.classOrGroup, hint: hint)
        var subject: Token?
        if let token = word, token.kind == .word, !token.isWord("lesson"), !token.isWord("today"),
            !token.isWord("yesterday")
        {
            subject = try lookUp(Message(ParserText.aSubject), as: Syntax.NameRef.subject, hint: hint)
        }
        let date = try day(hint: hint)
        var number: Int?
        if accept("lesson") != nil {
            number = try integer(Message(ParserText.theLessonsNumber), in: 1...12, hint: hint)
        }
        let end = wordIndex > 0 ? words[wordIndex - 1].span : start
        try expectPartEnd(hint: Message(ParserText.afterTheLesson, hint))
        return .init(classOrGroup: classOrGroup, subject: subject, date: date, number: number, span: start.to(end))
    }

    /// The items after `:`, each read by `item` in a part of its own.
    mutating func items<Item>(hint: Message, _ item: (inout Parser, SourceSpan) throws -> Item) throws -> [Item] {
        var result: [Item] = []
        for part in try itemList(hint: hint) {
            read(part: part, after: writeSpan)
            let span = part.first.map { $0.span.to(part.last!.span) } ?? writeSpan
            result.append(try item(&self, span))
        }
        return result
    }

    /// The items after `:`, their words as typed.
    mutating func itemList(hint: Message) throws -> [[Token]] {
        guard let list = writeItems, !list.allSatisfy(\.isEmpty) else {
            throw fail(Message(ParserText.expectedTheList), at: partEnd, hint: hint)
        }
        return list
    }

    /// The one text in quotes after `:` (a topic, a remark).
    mutating func quotedItem(_ what: Message, hint: Message) throws -> String {
        let list = try itemList(hint: hint)
        guard list.count == 1, list[0].count == 1, list[0][0].kind == .string else {
            throw fail(
                Message(ParserText.expectedInQuotes, what), at: list.first?.first?.span ?? partEnd, hint: hint)
        }
        return list[0][0].text
    }

    // MARK: - Statements

    /// A writing statement: its verb, the words up to `:`, and the items after it, separated by commas.
    mutating func write() -> Syntax.Write {
        let verb = advance()
        var head: [Token] = []
        while !atStatementEnd && !current.isSymbol(":") { head.append(advance()) }
        writeItems = nil
        if accept(symbol: ":") != nil {
            var list: [[Token]] = [[]]
            while !atStatementEnd {
                if accept(symbol: ",") != nil {
                    list.append([])
                } else {
                    list[list.count - 1].append(advance())
                }
            }
            writeItems = list
        }
        writeSpan = verb.span.to(position > 0 ? tokens[position - 1].span : verb.span)
        read(part: head, after: writeSpan)
        // A word missing from the head is pointed at the end of the whole statement, items included.
        partEnd = SourceSpan(writeSpan.end, writeSpan.end + 1)
        let end = partEnd
        writeNames = []
        // A mistake is the resolver's to report, after the names read before it: as the words are read.
        let statement: Syntax.WriteStatement
        switch capture({ try $0.writeStatement(verb: verb) }) {
        case .success(let parsed): statement = parsed
        case .failure(let mistake): statement = .unfinished(writeNames, mistake: mistake)
        }
        return Syntax.Write(
            verb: Syntax.Word(text: verb.text, span: verb.span, key: verb.key), statement: statement, span: writeSpan,
            end: end)
    }

    mutating func writeStatement(verb token: Token) throws -> Syntax.WriteStatement {
        let verb = token.key
        switch verb {
        case "add": return try add()
        case "change": return try change()
        case "remove": return try remove()
        case "mark": return try marks()
        case "absent": return try absences()
        case "grade": return try grades()
        case "exam": return try exams()
        case "promote": return try promote()
        case "confirm":
            let hint = Message(ParserText.confirmExample)
            try expect("load", hint: hint)
            var classes: [Token]?
            if accept("in") != nil {
                classes = [try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint)]
                while acceptComma() {
                    classes!.append(try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint))
                }
            }
            try expectPartEnd(hint: hint)
            return .confirmLoad(classes: classes)
        case "move":
            let hint = Message(ParserText.moveExample)
            let student = try person(Message(ParserText.aStudent), "student", stoppingAt: ["to"], hint: hint)
            try expect("to", shown: .wordInto, hint: hint)
            let target = try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint)
            var date: Syntax.Day?
            if accept("on") != nil { date = try day(hint: hint) }
            let order = try movingOrder(hint: hint)
            try expectPartEnd(hint: hint)
            return .move(student, toClass: target, on: date, order: order)
        case "withdraw":
            let hint = Message(ParserText.withdrawExample)
            let student = try person(
                Message(ParserText.aStudent), "student", stoppingAt: ["on", "order"], hint: hint)
            var date: Syntax.Day?
            if accept("on") != nil { date = try day(hint: hint) }
            let order = try movingOrder(hint: hint)
            try expectPartEnd(hint: hint)
            return .withdraw(student, on: date, order: order)
        case "create":
            let hint = Message(ParserText.createExample)
            try expect("lessons", hint: hint)
            var classes: [Token]?
            if accept("in") != nil {
                classes = [try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint)]
                while acceptComma() {
                    classes!.append(try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint))
                }
            }
            let (from, to) = try dayRange(hint: hint)
            return .createLessons(classes: classes, from: from, to: to)
        case "topic", "homework":
            let hint = Message(ParserText.lessonTextExample, Self.writeWord(verb))
            let lesson = try self.lesson(hint: hint)
            let text = try quotedItem(Message(verb == "topic" ? ParserText.theTopic : .theHomework), hint: hint)
            return verb == "topic" ? .topic(lesson, text) : .homework(lesson, text)
        case "substitute":
            let hint = Message(ParserText.substituteExample)
            let lesson = try self.lesson(hint: hint)
            // Only the first item names the substitute; what follows a comma is not read.
            read(part: try itemList(hint: hint)[0], after: writeSpan)
            if accept("none") != nil { return .substitute(lesson, nil) }
            let staff = try person(Message(ParserText.aStaffMember), "staff", hint: hint)
            try expectPartEnd(hint: hint)
            return .substitute(lesson, staff)
        case "group":
            let hint = Message(ParserText.groupExample)
            let name = try next(Message(ParserText.theGroupsName), hint: hint)
            var verb = Syntax.GroupVerb.define
            var schoolClass: Token?
            var subject: Token?
            if accept("add") != nil {
                verb = .add
                writeNames.append(.group(name))
            } else if accept("remove") != nil {
                verb = .remove
                writeNames.append(.group(name))
            } else {
                try expect("of", shown: .wordOfWhole, hint: hint)
                schoolClass = try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint)
                subject = try lookUp(Message(ParserText.aSubject), as: Syntax.NameRef.subject, hint: hint)
            }
            var date: Syntax.Day?
            var dateAt: SourceSpan?
            if accept("on") != nil {
                dateAt = word?.span
                date = try day(hint: hint)
            }
            try expectPartEnd(hint: hint)
            let members = try items(hint: hint) { parser, span in
                parser.studentItem(span: span, shorterNames: true, hint: hint) { parser in
                    try parser.expectPartEnd(hint: Message(ParserText.studentsAreSeparated, hint))
                    return Syntax.NothingMore()
                }
            }
            return .group(
                name: name, of: schoolClass, subject: subject, change: verb, on: date, dateAt: dateAt, members: members)
        case "remark":
            let hint = Message(ParserText.remarkExample)
            let teacher = try person(Message(ParserText.aStaffMember), "staff", stoppingAt: ["due"], hint: hint)
            var schoolClass: Token?
            var subject: Token?
            if let token = word, token.kind == .className {
                schoolClass = try lookUp(Message(ParserText.aClass), as: Syntax.NameRef.schoolClass, hint: hint)
            }
            if let token = word, !token.isWord("due") {
                subject = try lookUp(Message(ParserText.aSubject), as: Syntax.NameRef.subject, hint: hint)
            }
            try expect("due", hint: hint)
            let due = try day(hint: hint)
            try expectPartEnd(hint: hint)
            let text = try quotedItem(Message(ParserText.theRemark), hint: hint)
            return .remark(teacher: teacher, schoolClass: schoolClass, subject: subject, due: due, text: text)
        case "resolve":
            let hint = Message(ParserText.resolveExample)
            try expect("remark", hint: hint)
            let token = word
            let id = try integer(Message(ParserText.theRemarksNumber), in: 1...Int(Int32.max), hint: hint)
            try expectPartEnd(hint: hint)
            let resolution = writeItems == nil ? nil : try quotedItem(Message(ParserText.whatWasDone), hint: hint)
            return .resolveRemark(id: id, token!.span, resolution: resolution)
        case "correct":
            let hint = Message(ParserText.correctExample)
            try expect("mark", hint: hint)
            let id = try next(Message(ParserText.theMarksID), hint: hint)
            try expect("to", shown: .wordOnto, hint: hint)
            let value = try integer(Message(ParserText.aMark), in: 1...5, hint: hint)
            var reason: String?
            if accept("because") != nil { reason = try text(Message(ParserText.theReason), hint: hint) }
            try expectPartEnd(hint: hint)
            return .correct(mark: id, to: value, reason: reason)
        case "approve", "reject":
            let hint = Message(verb == "approve" ? ParserText.approveExample : .rejectExample)
            try expect("correction", hint: hint)
            let token = word
            let id = try integer(Message(ParserText.theCorrectionsNumber), in: 1...Int(Int32.max), hint: hint)
            var reason: String?
            if accept("because") != nil { reason = try text(Message(ParserText.theReason), hint: hint) }
            try expectPartEnd(hint: hint)
            return .decide(correction: id, token!.span, approve: verb == "approve", reason: reason)
        case "open":
            let hint = Message(ParserText.openExample)
            try expect("year", hint: hint)
            let year = try schoolYear(hint: hint)
            var file: String?
            if accept("periods") != nil {
                let token = try next(Message(ParserText.thePeriodsFile), hint: hint)
                guard token.kind == .string else {
                    throw fail(Message(ParserText.pathInQuotes, token.described), at: token.span, hint: hint)
                }
                file = token.text
            }
            try expectPartEnd(hint: hint)
            return .openYear(year: year, periodsFile: file)
        case "set":
            let hint = Message(ParserText.setFolderExample)
            let folder = try next(Message(ParserText.exportOrScripts), hint: hint)
            guard JournalFolder(rawValue: folder.key) != nil else {
                throw fail(Message(ParserText.notAFolder, folder.described), at: folder.span, hint: hint)
            }
            try expect("folder", hint: hint)
            if accept("none") != nil {
                try expectPartEnd(hint: hint)
                return .setFolder(folder.key, path: nil)
            }
            let token = try next(Message(ParserText.theFolder), hint: hint)
            guard token.kind == .string else {
                throw fail(Message(ParserText.pathInQuotes, token.described), at: token.span, hint: hint)
            }
            try expectPartEnd(hint: hint)
            return .setFolder(folder.key, path: token.text)
        default:
            throw fail(Message(ParserText.notAStatement, token.text), at: token.span)
        }
    }
}
