import JournalFoundation
import JournalStore

/// The third stage: syntax tree → resolved query.
///
/// Looks every name up in the catalog (classes, groups, subjects, people, fields,
/// functions), gives every expression a type, and turns spans into dates as of
/// `today`. It never changes the tree it reads; every mistake it finds is reported
/// together.
///
/// ```
/// let resolved = try Resolver.resolve(query, catalog: catalog, today: CivilDate("2026-11-27")!)
/// ```
public struct Resolver {
    let catalog: JournalCatalog
    let today: CivilDate
    var errors: [LanguageError] = []
    /// What the result leaves out though the query names it: said in a note under the result.
    var notes: [Message] = []
    /// The classes the scope names or implies; nil for the whole school.
    var scopeClasses: [JournalCatalog.SchoolClass]?
    var schema: SourceSchema
    var defaultSpan: Resolved.Span?
    /// The query's own span (`during`), which linked rows with dates keep to (`classes during term 1
    /// show count(plan)`).
    var querySpan: Resolved.Span?
    /// Whether expressions are read in a `by` group (show and order of a grouped query).
    var grouped = false
    var groupKeys: [Resolved.Expression] = []
    /// The query as typed, for `all(…)`: the same source, scope and span without its filter.
    var typedQuery: Syntax.Query?

    init(catalog: JournalCatalog, today: CivilDate, source: Resolved.Source) {
        self.catalog = catalog
        self.today = today
        self.schema = SourceSchema.schema(source)
    }

    mutating func error(_ message: Message, at span: SourceSpan, hint: Message? = nil) {
        errors.append(LanguageError(message, at: span, hint: hint))
    }

    /// Resolves a query against the catalog as of `today`.
    public static func resolve(_ query: Syntax.Query, catalog: JournalCatalog, today: CivilDate)
        throws(LanguageErrors) -> Resolved.Query
    {
        guard let source = Resolved.Source(rawValue: query.source.key) else {
            throw LanguageErrors([
                LanguageError(Message(ResolverText.unknownSource, query.source.text), at: query.source.span)
            ])
        }
        var resolver = Resolver(catalog: catalog, today: today, source: source)
        let resolved = resolver.query(query, source: source)
        guard resolver.errors.isEmpty, let resolved else { throw LanguageErrors(resolver.errors) }
        return resolved
    }

    mutating func query(_ query: Syntax.Query, source: Resolved.Source) -> Resolved.Query? {
        typedQuery = query
        let scope = query.scope.isEmpty ? nil : resolveScope(query.scope, source: source)
        if source == .backups, let first = query.scope.first, let last = query.scope.last {
            // A backup is of the whole journal: a scope would be ignored, so it is refused.
            error(
                Message(ResolverText.scopeMeansNothing, Message.keyword(source.rawValue)), at: first.span.to(last.span),
                hint: Message(ResolverText.leaveOutSpan, Message.keyword("in")))
        }
        var span: Resolved.Span?
        if let during = query.during {
            span = resolveSpan(during)
            if source == .grades, let span, span.periodKey == nil {
                error(
                    Message(ResolverText.gradesNeedAPeriod, span.text), at: during.span,
                    hint: Message(ResolverText.usePeriod, Self.periodForms))
            }
            if source.ownsMeasures { defaultSpan = span }
            querySpan = span
            let namesTheYear: Bool
            switch during.kind {
            case .year, .schoolYear: namesTheYear = true
            default: namesTheYear = false
            }
            if [.load, .groups, .periods].contains(source) && !namesTheYear {
                // Their rows hold no date: a span would be ignored, so it is refused (a year says
                // whose load, groups and periods: `load during year 2026/2027`).
                error(
                    Message(ResolverText.spanMeansNothing, Message.keyword(source.rawValue)), at: during.span,
                    hint: Message(ResolverText.leaveOutSpan, Message.keyword("during")))
            }
        }
        var condition: Resolved.Expression?
        if let syntax = query.condition, let typed = expression(syntax),
            !refuseSeries(typed, at: syntax.span, shown: false)
        {
            condition = requireBool(typed, at: syntax.span, clause: "where")
        }
        var groups: [Resolved.Column] = []
        for item in query.groups {
            guard let typed = expression(item.expression),
                !refuseSeries(typed, at: item.expression.span, shown: false)
            else { continue }
            groups.append(
                Resolved.Column(title: item.text, expression: typed.expression, type: typed.type, decimals: nil))
        }
        // `count()` with no `by` sums up the whole result in one row (`students in 7А where risk show
        // count(), avg(marks(term 1))`): the rows that qualify, as one group.
        let links = Set(SourceLink.links(of: source).map(\.name))
        let summarized =
            query.groups.isEmpty && query.shows.contains { Self.summarizes($0.expression, links: links) }
        if !query.groups.isEmpty || summarized {
            grouped = true
            groupKeys = groups.map(\.expression)
        }
        var columns: [Resolved.Column] = []
        if query.shows.isEmpty {
            if groups.isEmpty {
                columns = schema.natural.map { name in
                    let field = schema.field(name)!
                    return Resolved.Column(
                        title: name, expression: .field(field), type: field.type, decimals: nil,
                        header: ReportText.header(of: name, in: schema.source))
                }
            } else {
                columns =
                    groups + [
                        Resolved.Column(
                            title: "count", expression: .groupAggregate(.count, nil), type: .number, decimals: nil,
                            header: Message(ReportText.count))
                    ]
            }
        } else {
            for item in query.shows {
                // A `by` item shown again is that item, whatever it is made of (`by weekday(date) show
                // weekday(date)`): its fields are not read as rows of the group.
                if var column = groups.first(where: { $0.title.lowered() == item.text.lowered() }) {
                    column.title = item.text
                    columns.append(column)
                    continue
                }
                guard let typed = expression(item.expression),
                    !refuseSeries(typed, at: item.expression.span, shown: true)
                else { continue }
                columns.append(
                    Resolved.Column(
                        title: item.text, expression: typed.expression, type: typed.type,
                        decimals: Self.decimals(of: typed.expression)))
            }
        }
        var order: [Resolved.OrderItem] = []
        for item in query.order {
            guard let typed = expression(item.expression),
                !refuseSeries(typed, at: item.expression.span, shown: false)
            else { continue }
            order.append(Resolved.OrderItem(expression: typed.expression, descending: item.descending))
        }
        let (padded, paddedNote) = padding(
            source: source, groups: groups, columns: columns, order: order, condition: condition, scope: query.scope)
        var settled = scope
        if let whole = scope,
            Self.readsStudentRows((columns + groups).map(\.expression) + order.map(\.expression) + [condition])
        {
            settled = settledEnrolment(whole)
        }
        return Resolved.Query(
            source: source, scope: settled, span: span, condition: condition, groups: groups, columns: columns,
            order: order, limit: query.limit?.value, pastYear: catalog.isPast ? catalog.year : nil,
            notes: notes, summarized: summarized, padded: padded, paddedNote: paddedNote)
    }

    /// A scope of whole classes of one scheme of periods with the classes their students were ever
    /// enrolled in, read with the catalog (`Resolved.Enrolment`); as it was for any other scope, or
    /// when the catalog does not give them.
    private func settledEnrolment(_ scope: Resolved.Scope) -> Resolved.Scope {
        guard scope.groupIDs.isEmpty, scope.studentIDs.isEmpty, !scope.classIDs.isEmpty, !scope.byEnrolment,
            let classes = scopeClasses, classes.count == scope.classIDs.count,
            case let schemes = JournalCatalog.schemes(of: classes), schemes.count == 1, let scheme = schemes.first,
            let enrolled = catalog.enrolledClasses(ofStudentsIn: scope.classIDs)
        else { return scope }
        var settled = scope
        settled.enrolled = Resolved.Enrolment(classes: enrolled, scheme: scheme)
        return settled
    }

    /// Whether expressions count a student's marks, absences or lates (of the rows, or of their linked
    /// students).
    static func readsStudentRows(_ expressions: [Resolved.Expression?]) -> Bool {
        expressions.contains { expression in
            guard let expression else { return false }
            switch expression {
            case .measure(let measure) where [.marks, .absences, .lates].contains(measure.set): return true
            // A parent's children's marks are their students' own statement, in this query's scope.
            case .linked(let linked): return readsStudentRows([linked.value])
            default: return readsStudentRows(expression.children)
            }
        }
    }

    /// Whether an item sums rows up: `count()`, or an aggregate of the rows' fields (`avg(value)`,
    /// `share(late)`) — not of a row's own set (`avg(marks(term 1))` is each student's average).
    static func summarizes(_ expression: Syntax.Expression, links: Set<String> = []) -> Bool {
        switch expression {
        case .call(let name, let allArguments, _):
            // A filter (`avg(value where kind = control)`) keeps the rows an aggregate reads: what it
            // reads them from decides.
            let arguments = allArguments.filter {
                if case .filter = $0 { return false }
                return true
            }
            if aggregates.contains(name.key) {
                if arguments.isEmpty { return name.key == "count" }
                if arguments.count == 1, case .expression(let inner) = arguments[0] {
                    switch inner {
                    case .call(let set, _, _) where setFunctions.contains(set.key): break
                    case .word(let word) where word.key == "students": break
                    // An aggregate over a row's linked rows is the row's own (`count(parents)`).
                    case .word(let word) where word.readings.contains(where: links.contains): break
                    case .linked: break
                    default: return true
                    }
                }
            }
            return arguments.contains { argument in
                if case .expression(let inner) = argument { return summarizes(inner, links: links) }
                return false
            }
        case .unary(_, let inner, _), .isEmpty(let inner, _, _): return summarizes(inner, links: links)
        case .binary(_, let left, let right, _):
            return summarizes(left, links: links) || summarizes(right, links: links)
        default: return false
        }
    }

    /// Averages are shown with 2 decimals, percentages with 1.
    static func decimals(of expression: Resolved.Expression) -> Int? {
        switch expression {
        case .measure(let measure):
            // A series rounds each of its numbers itself.
            guard measure.buckets == nil else { return nil }
            switch measure.set {
            case .topics, .homework: return 1
            default: return [.avg, .median, .stddev].contains(measure.aggregate) ? 2 : nil
            }
        case .gradeMeasure(let measure, _, _):
            return [.quality, .pass_rate, .sou].contains(measure) ? 1 : nil
        case .groupAggregate(.avg, _), .groupAggregate(.median, _), .groupAggregate(.stddev, _): return 2
        case .wholeScope(let whole):
            return whole.columns.first?.decimals
        case .linked(let linked):
            switch linked.aggregate {
            case .avg, .median, .stddev: return 2
            case .share: return 1
            case .min, .max: return linked.value.flatMap(decimals)
            default: return nil
            }
        case .groupAggregate(.share, _): return 1
        case .binary(let op, let left, let right) where ["+", "-", "*", "/"].contains(op):
            return decimals(of: left) ?? decimals(of: right) ?? (op == "/" ? 2 : nil)
        default: return nil
        }
    }

    // MARK: - Scope

    mutating func resolveScope(_ items: [Syntax.ScopeItem], source: Resolved.Source) -> Resolved.Scope {
        var scope = Resolved.Scope()
        var classes: [JournalCatalog.SchoolClass] = []
        for item in items {
            if item.isNumber {
                let grade = Int(item.text) ?? -1
                let ofGrade = catalog.classes.filter { $0.grade == grade }
                if ofGrade.isEmpty {
                    let grades = Array(Set(catalog.classes.map(\.grade))).sorted().map(String.init)
                    error(
                        Message(ResolverText.noGrade, item.text), at: item.span,
                        hint: Message(ResolverText.schoolGrades, grades.count, grades.joinedText(separator: ", ")))
                }
                scope.classIDs += ofGrade.map(\.id)
                classes += ofGrade
            } else if let found = findClass(item.text) {
                scope.classIDs.append(found.id)
                classes.append(found)
            } else if let group = findGroup(item.text) {
                scope.groupIDs.append(group.id)
                classes += catalog.classes.filter { $0.id == group.classID }
            } else if item.text.first?.isNumber == true {
                error(Message(ResolverText.noClassOrGroup, item.text), at: item.span, hint: classNameHint(item.text))
            } else if let students = findPeople(item.text, kinds: [.student], at: item.span) {
                scope.studentIDs += students.map(\.id)
                classes += catalog.classes.filter { schoolClass in
                    students.contains { $0.className == schoolClass.name }
                }
            }
        }
        if !scope.studentIDs.isEmpty && [.teachers, .staff, .classes, .subjects].contains(source) {
            let name = Message.keyword(source.rawValue)
            error(
                Message(ResolverText.noStudentScope, name), at: items[0].span.to(items[items.count - 1].span),
                hint: Message(ResolverText.scopeByClass, name))
        }
        var seen = Set<Int>()
        scopeClasses = classes.filter { seen.insert($0.id).inserted }
        // A scope none of whose names was found is already an error: its spans are then read as the
        // school's, so that no second, wrong mistake follows ("the school has no term 1").
        if classes.isEmpty && scope.studentIDs.isEmpty && scope.groupIDs.isEmpty { scopeClasses = nil }
        scope.covered = scopeClasses?.map(\.id) ?? []
        // A past year's classes hold no students now: who was in them is in the enrolment history.
        scope.byEnrolment = catalog.isPast
        return scope
    }

    /// The schemes of periods that matter for this query: its scope's classes, or the whole school's.
    var relevantSchemes: [String] {
        scopeClasses.map(JournalCatalog.schemes(of:)) ?? catalog.schemes
    }

    // MARK: - Spans

    mutating func resolveSpan(_ span: Syntax.TimeSpan) -> Resolved.Span? {
        let text = spanText(span)
        func fixed(_ from: CivilDate, _ to: CivilDate, period: String? = nil) -> Resolved.Span {
            Resolved.Span(
                ranges: [:], common: Resolved.DateRange(from: from.text, to: min(to, today).text), periodKey: period,
                periodScheme: nil, text: text)
        }
        func date(_ text: String) -> CivilDate? {
            guard let date = CivilDate(text) else {
                error(Message(ResolverText.notADate, text), at: span.span, hint: Message(ResolverText.dateForm))
                return nil
            }
            return date
        }
        switch span.kind {
        case .period(let scheme, let number):
            return periodSpan(scheme: scheme, number: number, at: span.span, text: text)
        case .schoolYear(let year) where year != catalog.year:
            let years = Array(Set(catalog.periods.map(\.year))).sorted()
            error(
                Message(ResolverText.noSchoolYear, year), at: span.span,
                hint: Message(ResolverText.journalYears, years.count, years.joinedText(separator: ", ")))
            return nil
        case .year, .schoolYear:
            let periods = catalog.periods.filter { $0.year == catalog.year }
            guard let start = periods.map(\.start).min(), let end = periods.map(\.end).max(),
                let from = CivilDate(start), let to = CivilDate(end)
            else {
                error(
                    Message(ResolverText.noStudyPeriods, catalog.year), at: span.span,
                    hint: Message(ResolverText.importPeriods))
                return nil
            }
            return fixed(from, to, period: "year")
        case .today:
            return fixed(today, today)
        case .yesterday:
            return fixed(today.adding(days: -1), today.adding(days: -1))
        case .thisWeek:
            return fixed(today.adding(days: 1 - today.weekday), today)
        case .lastWeek:
            let monday = today.adding(days: 1 - today.weekday - 7)
            return fixed(monday, monday.adding(days: 6))
        case .lastDays(let count):
            return fixed(today.adding(days: 1 - count), today)
        case .since(let text):
            guard let from = date(text) else { return nil }
            return fixed(from, today)
        case .on(let text):
            guard let day = date(text) else { return nil }
            return fixed(day, day)
        case .between(let first, let second):
            guard let from = date(first), let to = date(second) else { return nil }
            if to < from {
                error(
                    Message(ResolverText.spanBackwards, second, first), at: span.span,
                    hint: Message(ResolverText.spanBetween, second, first))
                return nil
            }
            return fixed(from, to)
        }
    }

    private mutating func periodSpan(scheme: String?, number: Int, at location: SourceSpan, text: Message)
        -> Resolved.Span?
    {
        let schemes = scheme.map { [$0] } ?? relevantSchemes
        var ranges: [String: Resolved.DateRange] = [:]
        for candidate in schemes {
            guard let period = catalog.periods(scheme: candidate).first(where: { $0.number == number }),
                let start = CivilDate(period.start), let end = CivilDate(period.end)
            else { continue }
            ranges[candidate] = Resolved.DateRange(from: start.text, to: min(end, today).text)
        }
        var names: String? { scopeClasses.map { $0.map(\.name).joinedText(separator: ", ") } }
        if let scheme, let classes = scopeClasses, !classes.isEmpty, !classes.contains(where: { $0.scheme == scheme }) {
            let theirs = classes[0].scheme
            error(
                Message(
                    ResolverText.countsOtherPeriods, names ?? "", classes.count, Self.plural(theirs),
                    Self.plural(scheme)),
                at: location,
                hint: Message(ResolverText.useOwnPeriod, Message.keyword("term"), number, Message.keyword(theirs)))
            return nil
        }
        if ranges.isEmpty {
            let counts = relevantSchemes.map { Self.count(catalog.periods(scheme: $0).count, of: $0) }
            let message =
                scopeClasses.flatMap {
                    $0.isEmpty ? nil : Message(ResolverText.classesHaveNoSpan, names ?? "", $0.count, text)
                }
                ?? Message(ResolverText.schoolHasNoSpan, text)
            error(
                message, at: location,
                hint: counts.isEmpty
                    ? Message(ResolverText.noPeriodsForYear, catalog.year)
                    : Message(ResolverText.yearHas, catalog.year, Self.both(counts)))
            return nil
        }
        noteMissingPeriods(schemes: schemes, number: number, text: text)
        if let scheme {
            return Resolved.Span(
                ranges: [:], common: ranges[scheme], periodKey: String(number), periodScheme: scheme, text: text)
        }
        let distinct = Set(ranges.values.map { "\($0.from) \($0.to)" })
        // The same days for every row: every scheme of the school has them, or every class the scope
        // keeps to (`in 7А`: the quarter's days, not a choice by the row's class).
        let everyRow =
            ranges.count == catalog.schemes.count
            || scopeClasses.map { !$0.isEmpty && $0.allSatisfy { ranges[$0.scheme] != nil } } ?? false
        let common = distinct.count == 1 && everyRow ? ranges.values.first : nil
        return Resolved.Span(ranges: ranges, common: common, periodKey: String(number), periodScheme: nil, text: text)
    }

    /// Names the classes of the scope whose own period `number` the year lacks or has not begun:
    /// their rows are missing from the result for that reason, not because there are none.
    private mutating func noteMissingPeriods(schemes: [String], number: Int, text: Message) {
        let classes = scopeClasses ?? catalog.classes
        for scheme in schemes {
            guard classes.contains(where: { $0.scheme == scheme }) else { continue }
            // The classes are named only in a note (a school's sixty names joined for every query cost more).
            var who: String { classes.filter { $0.scheme == scheme }.map(\.name).joinedText(separator: ", ") }
            guard let period = catalog.periods(scheme: scheme).first(where: { $0.number == number }) else {
                let note = Message(ResolverText.noteNoPeriod, who, Message.keyword(scheme), number, text)
                if !notes.contains(note) { notes.append(note) }
                continue
            }
            if let start = CivilDate(period.start), start > today {
                let note = Message(
                    ResolverText.noteNotBegun, who, text, Message.keyword(scheme), number, period.start)
                if !notes.contains(note) { notes.append(note) }
            }
        }
    }

    /// A scheme's periods as a class is taught in them: "halves" (по полугодиям).
    static func plural(_ scheme: String) -> Message {
        switch scheme {
        case "quarter": return Message(ResolverText.inQuarters)
        case "half": return Message(ResolverText.inHalves)
        case "trimester": return Message(ResolverText.inTrimesters)
        default: return .verbatim(scheme + "s")
        }
    }

    /// How many periods of a scheme: "2 halves" (2 полугодия).
    static func count(_ count: Int, of scheme: String) -> Message {
        switch scheme {
        case "quarter": return Message(ResolverText.quarters, count)
        case "half": return Message(ResolverText.halves, count)
        case "trimester": return Message(ResolverText.trimesters, count)
        default: return .verbatim("\(count) \(scheme)s")
        }
    }

    /// "a and b and c" in the reader's language.
    static func both(_ items: [Message]) -> Message {
        var parts: [Message] = []
        for (index, item) in items.enumerated() {
            if index > 0 { parts.append(Message(ResolverText.and)) }
            parts.append(item)
        }
        return Message.joined(parts, separator: "")
    }

    /// `term N, quarter N, half N or year`, in the reader's words.
    static var periodForms: Message {
        Message(
            ResolverText.periodForms, Message.keyword("term"), Message.keyword("quarter"), Message.keyword("half"),
            Message.keyword("year"))
    }

    /// The span as the reader says it: `term 2` (период 2), `last 14 days` (последние 14 дней).
    private func spanText(_ span: Syntax.TimeSpan) -> Message {
        switch span.kind {
        case .period(let scheme, let number): return Self.periodText(scheme ?? "term", number)
        case .year: return Message.keyword("year")
        case .schoolYear(let year): return Message(ResolverText.spanSchoolYear, year)
        case .today: return Message.keyword("today")
        case .yesterday: return Message.keyword("yesterday")
        case .thisWeek: return Message(ResolverText.spanThisWeek)
        case .lastWeek: return Message(ResolverText.spanLastWeek)
        case .lastDays(let days): return Message(ResolverText.spanLastDays, days)
        case .since(let date): return Message(ResolverText.spanSince, date)
        case .on(let date): return Message(ResolverText.spanOn, date)
        case .between(let from, let to): return Message(ResolverText.spanBetween, from, to)
        }
    }

    /// A period by its scheme and number: `quarter 2` (четверть 2).
    static func periodText(_ scheme: String, _ number: Int) -> Message {
        Message(ResolverText.period, Message.keyword(scheme), number)
    }
}
