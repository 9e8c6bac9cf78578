import JournalFoundation
import JournalStore

/// Typing expressions: fields, functions, comparisons, conditions.
extension Resolver {
    struct Typed {
        var expression: Resolved.Expression
        var type: Resolved.ValueType
    }

    /// A side of a comparison: typed, or a bare word whose meaning the other side decides.
    enum Operand {
        case typed(Typed)
        case word(String, SourceSpan)
    }

    static let aggregates = ["avg", "count", "min", "max", "list", "sum", "share", "median", "stddev"]
    static let setFunctions = ["marks", "absences", "lates", "visits", "lessons", "topics", "homework", "students"]
    static let gradeMeasures = Resolved.GradeMeasure.allCases.map(\.rawValue)
    static var functions: [String] {
        aggregates + setFunctions + ["grade"] + gradeMeasures + dateParts + ["spark", "all"]
    }

    /// Parts of a date, as functions: `month(birth_date) = 12`.
    static let dateParts = ["month", "weekday", "week"]

    /// The set functions a source's rows own.
    static func sets(of source: Resolved.Source) -> [String] {
        switch source {
        case .students: return ["marks", "absences", "lates", "visits", "grade"]
        case .teachers, .staff: return ["lessons", "topics", "homework", "marks", "visits"]
        case .parents: return ["visits"]
        case .classes:
            return ["students", "marks", "absences", "lates", "lessons", "topics", "homework"] + gradeMeasures
        case .subjects:
            return ["students", "marks", "absences", "lates", "lessons", "topics", "homework"] + gradeMeasures
        default: return []
        }
    }

    mutating func expression(_ syntax: Syntax.Expression) -> Typed? {
        switch operand(syntax) {
        case .typed(let typed)?: return typed
        case .word(let word, let span)?:
            unknownWord(word, at: span)
            return nil
        case nil: return nil
        }
    }

    private mutating func unknownWord(_ word: String, at span: SourceSpan, quoted: Bool = false) {
        let fields = schema.fields.map(\.name)
        let owned = Self.sets(of: schema.source)
        let source = Message.keyword(schema.source.rawValue)
        if Self.functions.contains(word.lowered()) {
            error(
                Message(ResolverText.isAFunction, word), at: span,
                hint: word.lowered() == "students"
                    ? Message(ResolverText.exampleCountStudents)
                    : Message(ResolverText.exampleOfTerm1, Message.keyword(word.lowered())))
            return
        }
        let known =
            Suggestion.meantKeyword(word, in: fields + owned)
            ?? (owned.isEmpty
                ? Message(ResolverText.fieldsAre, source, Message.fields(fields, of: schema.source.rawValue))
                : Message(
                    ResolverText.fieldsAndFunctionsAre, source, Message.fields(fields, of: schema.source.rawValue),
                    Message.keywords(owned)))
        error(
            Message(ResolverText.noField, source, word), at: span,
            hint: quoted ? Message(ResolverText.textInQuotes, known, word) : known)
    }

    mutating func operand(_ syntax: Syntax.Expression) -> Operand? {
        switch syntax {
        case .number(let value, _, _):
            return .typed(Typed(expression: .number(value), type: .number))
        case .text(let text, _):
            return .typed(Typed(expression: .text(text), type: .text))
        case .date(let text, let span):
            guard CivilDate(text) != nil else {
                error(Message(ResolverText.notADate, text), at: span, hint: Message(ResolverText.dateForm))
                return nil
            }
            return .typed(Typed(expression: .date(text), type: .date))
        case .className(let word):
            return .word(word.text, word.span)
        case .word(let word):
            if let field = word.readings.compactMap(schema.field).first {
                if grouped && !groupKeys.contains(.field(field)) {
                    error(
                        Message(ResolverText.notABy, word.text, Message.keyword("by")), at: word.span,
                        hint: Message(
                            ResolverText.showTheBy, Message.keyword("by"), Message.keyword("count"),
                            Message.keyword("avg"), Message.keyword(word.text), Message.keyword("list")))
                    return nil
                }
                return .typed(Typed(expression: .field(field), type: field.type))
            }
            if word.key == "true" || word.key == "false" {
                return .typed(Typed(expression: .bool(word.key == "true"), type: .bool))
            }
            // `today` and `yesterday` as values: the "as of" date (`remarks where due < today`).
            if word.key == "today" || word.key == "yesterday" {
                let date = word.key == "today" ? today : today.adding(days: -1)
                return .typed(Typed(expression: .date(date.text), type: .date))
            }
            if word.key == "students" && Self.sets(of: schema.source).contains("students") {
                return .typed(
                    Typed(
                        expression: .measure(
                            Resolved.Measure(set: .students, subjects: nil, span: nil, aggregate: .count)),
                        type: .number))
            }
            return .word(word.text, word.span)
        case .call(let name, let arguments, let span):
            return call(name, arguments, span: span).map(Operand.typed)
        case .linked(let word, _, let span):
            linkOutsideAggregate(word, at: span)
            return nil
        case .unary(let op, let inner, let span):
            guard let typed = expression(inner) else { return nil }
            if op == "not" {
                guard let condition = requireBool(typed, at: inner.span, clause: "not") else { return nil }
                return .typed(Typed(expression: .unary("not", condition), type: .bool))
            }
            guard typed.type == .number else {
                error(Message(ResolverText.onlyNumbersNegative, typed.type.described), at: span)
                return nil
            }
            return .typed(Typed(expression: .unary("-", typed.expression), type: .number))
        case .binary(let op, let left, let right, let span):
            if op == "and" || op == "or" {
                guard let l = expression(left), let r = expression(right),
                    let lc = requireBool(l, at: left.span, clause: op),
                    let rc = requireBool(r, at: right.span, clause: op)
                else { return nil }
                return .typed(Typed(expression: .binary(op, lc, rc), type: .bool))
            }
            if ["+", "-", "*", "/"].contains(op) {
                guard let l = expression(left), let r = expression(right) else { return nil }
                for (side, typed) in [(left, l), (right, r)] where typed.type != .number {
                    error(
                        Message(ResolverText.arithmeticOnNumbers, op, typed.type.described), at: side.span,
                        hint: Message(ResolverText.countItFirst))
                    return nil
                }
                return .typed(Typed(expression: .binary(op, l.expression, r.expression), type: .number))
            }
            return compare(op, left, right, span: span).map(Operand.typed)
        case .isEmpty(let inner, let negated, _):
            guard let typed = expression(inner) else { return nil }
            if case .measure(var measure) = typed.expression {
                measure.aggregate = .count
                return .typed(
                    Typed(expression: .binary(negated ? "!=" : "=", .measure(measure), .number(0)), type: .bool))
            }
            return .typed(Typed(expression: .isEmpty(typed.expression, negated: negated), type: .bool))
        }
    }

    mutating func requireBool(_ typed: Typed, at span: SourceSpan, clause: String) -> Resolved.Expression? {
        guard typed.type == .bool else {
            error(
                Message(ResolverText.needsACondition, Message.keyword(clause), typed.type.described), at: span,
                hint: Message(typed.type == .number ? ResolverText.compareNumber : ResolverText.compareValue))
            return nil
        }
        return typed.expression
    }

    // MARK: - Comparisons

    private mutating func compare(
        _ op: String, _ left: Syntax.Expression, _ right: Syntax.Expression, span: SourceSpan
    ) -> Typed? {
        guard let l = operand(left), let r = operand(right) else { return nil }
        switch (l, r) {
        case (.word(let a, let aSpan), .word(_, _)):
            unknownWord(a, at: aSpan)
            return nil
        case (.typed(let typed), .word(let word, let wordSpan)):
            guard let value = coerce(word, at: wordSpan, to: typed, op: op) else { return nil }
            return combine(op, typed, value, at: span, rightSpan: wordSpan)
        case (.word(let word, let wordSpan), .typed(let typed)):
            guard let value = coerce(word, at: wordSpan, to: typed, op: op) else { return nil }
            return combine(op, value, typed, at: span, rightSpan: wordSpan)
        case (.typed(let a), .typed(let b)):
            if case .text(let text) = b.expression, a.type != .text, a.type != .grade {
                guard let value = coerce(text, at: right.span, to: a, op: op) else { return nil }
                return combine(op, a, value, at: span, rightSpan: right.span)
            }
            return combine(op, a, b, at: span, rightSpan: right.span)
        }
    }

    /// A bare word (or quoted text) read as a value of the other side's type.
    private mutating func coerce(_ word: String, at span: SourceSpan, to other: Typed, op: String) -> Typed? {
        switch other.type {
        case .enumeration(_, let values):
            // A value in either language: `control` or `контрольная`, `absent` or `н`.
            let readings = [
                word.lowered(), Token.key(of: word), JournalStore.Vocabulary.attendanceAliases[word.lowered()],
                Parser.examNames[word.lowered()],
            ]
            // The state exams are stored in capitals (`ОГЭ`), read in any case or in Latin (`oge`).
            guard let value = values.first(where: { readings.contains($0) || readings.contains($0.lowered()) })
            else {
                error(
                    Message(ResolverText.isNot, word, other.type.described), at: span,
                    hint: Suggestion.meantKeyword(word, in: values)
                        ?? Message(ResolverText.useOneOf, Message.keywords(values)))
                return nil
            }
            return Typed(expression: .text(value), type: other.type)
        case .person:
            guard case .field(let field) = other.expression else {
                error(Message(ResolverText.personOnlyInComparison), at: span)
                return nil
            }
            let kinds: Set<JournalCatalog.PersonKind> =
                field.name == "student" ? [.student] : field.name == "user" ? [.student, .staff, .parent] : [.staff]
            guard let people = findPeople(word, kinds: kinds, at: span) else { return nil }
            return Typed(expression: .keyIn(field, people.map(\.id)), type: .person)
        case .subject:
            guard case .field(let field) = other.expression else { return nil }
            guard let codes = subjectCodes(word, at: span) else { return nil }
            return Typed(expression: .keyIn(field, codes), type: .subject)
        case .schoolClass:
            guard let found = findClass(word) else {
                error(Message(ResolverText.noClass, word), at: span, hint: classNameHint(word))
                return nil
            }
            return Typed(expression: .text(found.name), type: .schoolClass)
        case .grade:
            let values = ["2", "3", "4", "5", "н/а", "осв", "зач", "незач"]
            let normalized = word.lowered().replacingOccurrences(of: "n/a", with: "н/а")
            guard values.contains(normalized) else {
                error(
                    Message(ResolverText.isNot, word, Resolved.ValueType.grade.described), at: span,
                    hint: Message(ResolverText.periodGradesAre, values.joinedText(separator: ", ")))
                return nil
            }
            return Typed(expression: .text(normalized), type: .grade)
        case .text:
            // An id or a class or group name (`id = T007`, `group = 7А-eng-1`: words with digits) is a
            // value; any other bare word is a field the source does not have, never a text read
            // silently (`planned_topic != topic`).
            if word.contains(where: \.isNumber) { return Typed(expression: .text(word), type: .text) }
            unknownWord(word, at: span, quoted: true)
            return nil
        default:
            error(
                Message(ResolverText.isNot, word, other.type.described), at: span,
                hint: other.type == .number ? Message(ResolverText.compareWithNumber) : nil)
            return nil
        }
    }

    private mutating func combine(_ op: String, _ a: Typed, _ b: Typed, at span: SourceSpan, rightSpan: SourceSpan)
        -> Typed?
    {
        let ordering = ["<", "<=", ">", ">="].contains(op)
        func result(_ expression: Resolved.Expression) -> Typed { Typed(expression: expression, type: .bool) }
        // A name that stands for a set of keys (a subject with its courses, people).
        for (keyed, other) in [(b, a), (a, b)] {
            if case .keyIn(let field, let keys) = keyed.expression {
                guard !ordering, case .field(let same) = other.expression, same == field else {
                    error(
                        Message(ResolverText.cannotCompareThisWay, op, field.type.described), at: span,
                        hint: Message(ResolverText.useEquals))
                    return nil
                }
                let match = Resolved.Expression.keyIn(field, keys)
                return result(op == "=" ? match : .unary("not", match))
            }
        }
        switch (a.type, b.type) {
        case (.number, .number), (.date, .date), (.timestamp, .timestamp), (.text, .text):
            return result(.binary(op, a.expression, b.expression))
        case (.grade, .number):
            return result(.binary(op, .numericGrade(a.expression), b.expression))
        case (.number, .grade):
            return result(.binary(op, a.expression, .numericGrade(b.expression)))
        case (.grade, .grade), (.grade, .text), (.text, .grade):
            guard !ordering else { break }
            return result(.binary(op, a.expression, b.expression))
        case (.timestamp, .date):
            return result(.binary(op, .dateOf(a.expression), b.expression))
        case (.date, .timestamp):
            return result(.binary(op, a.expression, .dateOf(b.expression)))
        case (.enumeration, .enumeration), (.schoolClass, .schoolClass), (.schoolClass, .text), (.text, .schoolClass),
            (.bool, .bool), (.enumeration, .text), (.text, .enumeration):
            guard !ordering else { break }
            return result(.binary(op, a.expression, b.expression))
        default:
            break
        }
        if ordering && a.type == b.type {
            error(
                Message(ResolverText.cannotOrder, op, a.type.describedPlural), at: span,
                hint: Message(ResolverText.useEquals))
            return nil
        }
        let hint: ResolverText
        switch a.type {
        case .number: hint = .compareWithMarks
        case .schoolClass: hint = .nameTheClass
        case .date, .timestamp: hint = .compareWithDate
        default: hint = .compareOneKind
        }
        error(
            Message(ResolverText.cannotCompare, a.type.described, b.type.described), at: rightSpan,
            hint: Message(hint))
        return nil
    }
}
