import JournalFoundation
import JournalStore

/// The entries of a lesson and of a period as writing statements parse them: marks, absences,
/// period grades, exam results, and a promotion order's exceptions.
extension Parser {
    /// The stored absence codes, and the Russian letters for them.
    static let absenceCodes = Dictionary(
        uniqueKeysWithValues: JournalStore.Vocabulary.attendanceCodes.map { ($0, $0) }
    )
    .merging(JournalStore.Vocabulary.attendanceAliases) { stored, _ in stored }

    /// The exams by name in any case, and by their Latin spelling.
    static let examNames = Dictionary(
        uniqueKeysWithValues: JournalStore.Vocabulary.exams.map { ($0.lowered(), $0) }
    )
    .merging(["oge": "ОГЭ", "ege": "ЕГЭ", "gve": "ГВЭ"]) { stored, _ in stored }

    /// Runs `body`, keeping the mistake it makes for the syntax instead of reporting it.
    mutating func capture<T>(_ body: (inout Parser) throws -> T) -> Result<T, LanguageError> {
        let count = errors.count
        do {
            return .success(try body(&self))
        } catch {
            let mistake =
                errors.count > count
                ? errors[count] : LanguageError(Message(ParserText.cannotReadStatement), at: partEnd)
            errors.removeSubrange(count...)
            return .failure(mistake)
        }
    }

    /// An item that starts with a student's name, in each of its readings (`Syntax.StudentItem`):
    /// with `shorterNames`, a name of several words is also read as its first two and first one.
    mutating func studentItem<Rest>(
        span: SourceSpan, stoppingAt stops: Set<String> = [], shorterNames: Bool, hint: Message,
        rest: (inout Parser) throws -> Rest
    ) -> Syntax.StudentItem<Rest> {
        let start = wordIndex
        switch capture({ try $0.name(Message(ParserText.aStudent), stoppingAt: stops, hint: hint) }) {
        case .failure(let mistake):
            return .init(readings: [], mistake: mistake, span: span)
        case .success(let name):
            let words = name.words
            let counts = shorterNames && words[0].kind == .word ? Array((1...words.count).reversed()) : [words.count]
            let readings = counts.map { count -> Syntax.StudentItem<Rest>.Reading in
                wordIndex = start + count
                return .init(name: Syntax.Name(words: Array(words.prefix(count))), rest: capture(rest))
            }
            return .init(readings: readings, mistake: nil, span: span)
        }
    }

    mutating func marks() throws -> Syntax.WriteStatement {
        let hint = Message(ParserText.markExample)
        let lesson = try self.lesson(hint: hint)
        let entries = try items(hint: hint) { parser, span in
            parser.studentItem(span: span, shorterNames: true, hint: hint) { parser in
                let value = try parser.integer(Message(ParserText.aMark), in: 1...5, hint: hint)
                var kind = "answer"
                if !parser.atPartEnd {
                    kind = try parser.oneOf(
                        JournalStore.Vocabulary.markKinds, what: Message(ParserText.aKindOfWork), hint: hint)
                }
                try parser.expectPartEnd(hint: Message(ParserText.marksAreSeparated, hint))
                return Syntax.MarkEntry(value: value, kind: kind)
            }
        }
        return .marks(lesson, entries)
    }

    mutating func absences() throws -> Syntax.WriteStatement {
        let hint = Message(ParserText.absentExample)
        let lesson = try self.lesson(hint: hint)
        let stops = Set(Self.absenceCodes.keys).union(["present"])
        let codes = Array(Self.absenceCodes.keys).sorted()
        let entries = try items(hint: hint) { parser, span in
            parser.studentItem(span: span, stoppingAt: stops, shorterNames: true, hint: hint) { parser -> String? in
                var code: String? = "absent"
                if parser.accept("present") != nil {
                    code = nil
                } else if !parser.atPartEnd {
                    code =
                        Self.absenceCodes[try parser.oneOf(codes, what: Message(ParserText.anAbsenceCode), hint: hint)]
                }
                try parser.expectPartEnd(hint: Message(ParserText.studentsAreSeparated, hint))
                return code
            }
        }
        return .absences(lesson, entries)
    }

    mutating func grades() throws -> Syntax.WriteStatement {
        let hint = Message(ParserText.gradeExample)
        let classOrGroup = try lookUp(Message(ParserText.aClassOrGroup), as: Syntax.NameRef.classOrGroup, hint: hint)
        let subject = try lookUp(Message(ParserText.aSubject), as: Syntax.NameRef.subject, hint: hint)
        let period = try next(Message(ParserText.aPeriod), hint: hint)
        var number: Token?
        switch period.key {
        case "year", "exam", "final": break
        case "term", "quarter", "half", "trimester":
            // The scheme and how many periods it has are the class's: the resolver checks both.
            writeNames.append(.periodScheme(classOrGroup: classOrGroup, period: period))
            number = try next(Message(ParserText.thePeriodsNumber), hint: hint)
            writeNames.append(.periodNumber(classOrGroup: classOrGroup, number: number!))
        default:
            throw fail(Message(ParserText.expectedPeriod, period.described), at: period.span, hint: hint)
        }
        try expectPartEnd(hint: hint)
        let stops: Set<String> = ["н/а", "н", "na", "осв", "зач", "незач"]
        let values = JournalStore.Vocabulary.gradeValues
        let entries = try items(hint: hint) { parser, span in
            parser.studentItem(span: span, stoppingAt: stops, shorterNames: true, hint: hint) { parser in
                let token = try parser.next(Message(ParserText.aGrade), hint: hint)
                var value = token.text.lowered()
                if token.isWord("н"), let slash = parser.word, slash.isSymbol("/"),
                    parser.wordIndex + 1 < parser.words.count, parser.words[parser.wordIndex + 1].isWord("а")
                {
                    parser.wordIndex += 2
                    value = "н/а"
                }
                if value == "na" { value = "н/а" }
                guard values.contains(value) else {
                    throw parser.fail(
                        Message(ParserText.isNotAGrade, token.described), at: token.span,
                        hint: Message(
                            ParserText.theGradesAre, values.dropLast().joinedText(separator: ", "), values.last!))
                }
                try parser.expectPartEnd(hint: Message(ParserText.gradesAreSeparated, hint))
                return value
            }
        }
        return .grades(classOrGroup: classOrGroup, subject: subject, period: period, number: number, entries)
    }

    mutating func exams() throws -> Syntax.WriteStatement {
        let hint = Message(ParserText.examExample)
        let token = try next(Message(ParserText.theExam), hint: hint)
        guard let exam = Self.examNames[token.text.lowered()] else {
            throw fail(
                Message(ParserText.isNotAStateExam, token.described), at: token.span,
                hint: Message(ParserText.theStateExams))
        }
        let subject = try lookUp(Message(ParserText.aSubject), as: Syntax.NameRef.subject, hint: hint)
        let taken = try day(hint: hint)
        var received: Syntax.Day?
        if accept("received") != nil { received = try day(hint: hint) }
        try expectPartEnd(hint: hint)
        let entries = try items(hint: hint) { parser, span in
            parser.studentItem(span: span, shorterNames: false, hint: hint) { parser in
                let score = try parser.integer(Message(ParserText.theScore), in: 0...100, hint: hint)
                var mark: Int?
                if !parser.atPartEnd { mark = try parser.integer(Message(ParserText.theMark), in: 2...5, hint: hint) }
                try parser.expectPartEnd(hint: Message(ParserText.resultsAreSeparated, hint))
                return Syntax.ExamResult(score: score, mark: mark)
            }
        }
        return .exams(exam: exam, subject: subject, takenOn: taken, receivedOn: received, entries)
    }

    /// The order a move or a withdrawal is made by, when the statement names one: `order "123-у"
    /// of 2026-11-30` (`приказ "123-у" от 30.11.2026`).
    mutating func movingOrder(hint: Message) throws -> Syntax.Order? {
        guard accept("order") != nil else { return nil }
        let number = try text(Message(ParserText.theOrdersNumber), hint: hint)
        try expect("of", hint: hint)
        return Syntax.Order(number: number, date: try day(hint: hint))
    }

    mutating func promote() throws -> Syntax.WriteStatement {
        let hint = Message(ParserText.promoteExample)
        try expect("year", hint: hint)
        let year = try schoolYear(hint: hint)
        try expect("order", hint: hint)
        let order = try text(Message(ParserText.theOrdersNumber), hint: hint)
        try expect("of", hint: hint)
        let date = try day(hint: hint)
        var dryRun = false
        if accept("dry") != nil {
            try expect("run", hint: hint)
            dryRun = true
        }
        try expectPartEnd(hint: hint)
        var list = writeItems ?? []
        // The order's exceptions may come as one text (a script's `--set exceptions="retain S0033, …"`):
        // its words are read as if typed here, and a mistake in them is pointed at the text.
        if list.count == 1, list[0].count == 1, list[0][0].kind == .string {
            let text = list[0][0]
            let tokens = (try? Lexer.tokens(of: text.text)) ?? []
            list = [[]]
            for token in tokens where token.kind != .end {
                if token.isSymbol(",") {
                    list.append([])
                } else {
                    list[list.count - 1].append(Token(kind: token.kind, text: token.text, span: text.span))
                }
            }
            list.removeAll { $0.isEmpty }
        }
        let outcomes: [String: Syntax.Exception.Outcome] = [
            "retain": .retained, "retained": .retained, "leave": .left, "leaves": .left, "graduate": .graduated,
        ]
        var exceptions: [Syntax.Exception] = []
        for part in list {
            read(part: part, after: writeSpan)
            let span = part.first.map { $0.span.to(part.last!.span) } ?? writeSpan
            let outcome = capture { parser -> Syntax.Exception.Outcome in
                let word = try parser.next(Message(ParserText.retainLeaveOrGraduate), hint: hint)
                guard let outcome = outcomes[word.key] else {
                    throw parser.fail(
                        Message(ParserText.expectedFound, Message(ParserText.retainLeaveOrGraduate), word.described),
                        at: word.span, hint: hint)
                }
                return outcome
            }
            switch outcome {
            case .failure(let mistake):
                exceptions.append(.init(outcome: nil, student: .init(readings: [], mistake: mistake, span: span)))
            case .success(let outcome):
                let student = studentItem(span: span, shorterNames: false, hint: hint) { parser in
                    try parser.expectPartEnd(hint: Message(ParserText.exceptionsAreSeparated, hint))
                    return Syntax.NothingMore()
                }
                exceptions.append(.init(outcome: outcome, student: student))
            }
        }
        return .promote(year: year, order: order, date: date, dryRun: dryRun, exceptions)
    }
}
