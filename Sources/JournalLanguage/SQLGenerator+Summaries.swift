import JournalFoundation

/// The families read from the summaries the store keeps current (`JournalStore+Summaries`): how
/// many marks and their sum, how many absences and lates, per class, student and either week (all
/// subjects: `mark_week`, `attendance_week`) or month and subject (`mark_summary`,
/// `attendance_summary`).
///
/// A student's, a class's or a subject's count, average or sum of marks, and count of absences or
/// lates, with no filter and no series, adds up the summary rows of the whole weeks (of a subject
/// list: months) inside the span and reads the raw rows only for the days at its edges:
///
/// ```
/// term 1 = 2026-09-01 … 2026-10-25:  weeks 2026-09-07 … 2026-10-19 from mark_week, 09-01 … 09-06 from mark
/// alg, term 1:                       September from mark_summary, October 1–25 from mark
/// ```
///
/// Anything else — a filter on the marks, their lowest, highest, list, median or spread, a series by
/// week — reads the raw rows, as before. The result is the same either way: the summaries hold
/// exactly the raw rows' counts and sums (a trigger keeps them with every write; `check journal`
/// compares them).
extension SQLGenerator {
    /// The columns a summary gives, by the rows it counts.
    static let summaryColumns: [MeasureFamily.Rows: Set<String>] = [
        .marks: ["n", "av", "tt", "sm"], .absences: ["n"], .lates: ["n"],
        .lessons: ["n", "tp", "tpt", "hw", "hwt"],
    ]

    /// When the generator reads the summaries: where they are faster (by default), wherever they can
    /// serve, or never. Tests compare every query's rows the ways.
    enum SummaryChoice: Sendable {
        case whereFaster, wherePossible, never
    }

    @TaskLocal static var summaryChoice = SummaryChoice.whereFaster

    /// Whether a family's numbers are read from the summaries.
    func readsSummaries(_ family: MeasureFamily) -> Bool {
        guard Self.summaryChoice != .never, family.filter == nil, family.buckets == nil,
            let allowed = Self.summaryColumns[family.rows]
        else {
            return false
        }
        guard Set(family.columns).isSubset(of: allowed) else { return false }
        // One class's few hundred rows are read sooner than its summaries and the edges of the span.
        if Self.summaryChoice == .whereFaster, let scope = query.scope, scope.covered.count <= 1 { return false }
        // A span of no whole week (month) is all edge: `today`, `last 3 days`.
        if Self.summaryChoice == .whereFaster, let span = family.span {
            let whole = weekly(family) ? Self.wholeWeeks : Self.wholeMonths
            let ranges = span.common.map { [$0] } ?? Array(span.ranges.values)
            guard ranges.contains(where: { whole($0).from <= whole($0).to }) else { return false }
        }
        // A teacher's or a subject's lessons (`+LessonSummary`).
        if family.rows == .lessons { return lessonsFromSummary }
        // A subject's, of the whole school or of some classes (a group's lessons are not told apart).
        if query.source == .subjects {
            return query.scope.map { $0.groupIDs.isEmpty && $0.studentIDs.isEmpty && !$0.classIDs.isEmpty } ?? true
        }
        return throughStudents(family)
    }

    /// Whether a family is read from the weekly summaries (every subject together), not the monthly ones
    /// by subject.
    func weekly(_ family: MeasureFamily) -> Bool {
        family.rows == .lessons || family.subjects == nil && query.source != .subjects
    }

    /// What the query's marks and attendance are read from, for `explain`: nil when it reads none.
    var summaryUse: SQLQuery.SummaryUse? {
        let read = families.filter { Self.summaryColumns[$0.rows] != nil }
        guard !read.isEmpty else { return nil }
        let summarized = read.filter(readsSummaries).count
        return summarized == read.count ? .summaries : summarized == 0 ? .rawRows : .both
    }

    /// The first and last whole month of a range of dates (`YYYY-MM`); the first after the last when
    /// it holds none.
    static func wholeMonths(_ range: Resolved.DateRange) -> (from: String, to: String) {
        guard let first = CivilDate(range.from), let last = CivilDate(range.to) else { return ("9999-12", "0000-01") }
        let (year, month, day) = first.components
        let start = day == 1 ? first : month == 12 ? CivilDate(year + 1, 1, 1) : CivilDate(year, month + 1, 1)
        let (lastYear, lastMonth, _) = last.components
        let end =
            last.adding(days: 1).components.day == 1 ? last : CivilDate(lastYear, lastMonth, 1).adding(days: -1)
        return (String(start.text.prefix(7)), String(end.text.prefix(7)))
    }

    /// The Mondays of the first and last whole week (Monday to Sunday) of a range of dates; the
    /// first after the last when it holds none.
    static func wholeWeeks(_ range: Resolved.DateRange) -> (from: String, to: String) {
        guard let first = CivilDate(range.from), let last = CivilDate(range.to) else {
            return ("9999-12-31", "0000-01-01")
        }
        let start = first.weekday == 1 ? first : first.adding(days: 8 - first.weekday)
        let lastSunday = last.weekday == 7 ? last : last.adding(days: -last.weekday)
        return (start.text, lastSunday.adding(days: -6).text)
    }

    /// The days of a span outside its whole weeks (months), the ones read from the raw rows: those
    /// before the first whole bucket and those after the last, as two ranges of dates that the
    /// lessons' index serves (not a test of every lesson's week): `l.date BETWEEN '2026-09-01' AND
    /// '2026-09-06' OR l.date BETWEEN '2026-10-26' AND '2026-10-25'` (the second empty). By `scheme`
    /// when the span's dates depend on it; else its common range's, or its widest outside the buckets
    /// whole for every scheme (as `buckets`).
    mutating func edges(_ span: Resolved.Span, _ column: String, weekly: Bool, scheme: String?) -> String {
        let whole = weekly ? Self.wholeWeeks : Self.wholeMonths
        let cut = { (range: Resolved.DateRange, buckets: (from: String, to: String)) in
            Self.edgeDays(range, whole: buckets, weekly: weekly)
        }
        if span.common == nil, let scheme {
            let lo = schemeCase(span, scheme: scheme) { $0.from }
            let leftTo = schemeCase(span, scheme: scheme) { cut($0, whole($0)).leftTo }
            let rightFrom = schemeCase(span, scheme: scheme) { cut($0, whole($0)).rightFrom }
            let hi = schemeCase(span, scheme: scheme) { $0.to }
            return "(\(column) BETWEEN \(lo) AND \(leftTo) OR \(column) BETWEEN \(rightFrom) AND \(hi))"
        }
        let range = span.common ?? widest(span)
        let all = span.common.map { [whole($0)] } ?? span.ranges.values.map(whole)
        let buckets = (from: all.map(\.from).max() ?? "9999-12-31", to: all.map(\.to).min() ?? "0000-01-01")
        let (leftTo, rightFrom) = cut(range, buckets)
        return
            "(\(column) BETWEEN \(parameter(.text(range.from))) AND \(parameter(.text(leftTo))) OR \(column) BETWEEN "
            + "\(parameter(.text(rightFrom))) AND \(parameter(.text(range.to))))"
    }

    /// The last day before the first whole bucket of `range` and the first day after its last (the
    /// whole range before, nothing after, when it has no whole bucket).
    static func edgeDays(_ range: Resolved.DateRange, whole: (from: String, to: String), weekly: Bool) -> (
        leftTo: String, rightFrom: String
    ) {
        let first = CivilDate(weekly ? whole.from : whole.from + "-01")
        let last = CivilDate(weekly ? whole.to : whole.to + "-01")
        guard whole.from <= whole.to, let first, let last else { return (range.to, "9999-12-31") }
        let (year, month, _) = last.components
        let end =
            weekly
            ? last.adding(days: 6)
            : (month == 12 ? CivilDate(year + 1, 1, 1) : CivilDate(year, month + 1, 1)).adding(days: -1)
        return (first.adding(days: -1).text, end.adding(days: 1).text)
    }

    /// The whole buckets (weeks or months) of a span, as SQL: by `scheme` when the span's dates depend
    /// on it, else its common range's (or those whole for every scheme).
    mutating func buckets(_ span: Resolved.Span, weekly: Bool, scheme: String?) -> (from: String, to: String) {
        let whole = weekly ? Self.wholeWeeks : Self.wholeMonths
        if span.common == nil, let scheme {
            return (
                schemeCase(span, scheme: scheme) { whole($0).from }, schemeCase(span, scheme: scheme) { whole($0).to }
            )
        }
        let all = span.common.map { [whole($0)] } ?? span.ranges.values.map(whole)
        return (
            parameter(.text(all.map(\.from).max() ?? "9999-12-31")),
            parameter(.text(all.map(\.to).min() ?? "0000-01-01"))
        )
    }

    /// A family read from the summaries for the whole weeks (months) of its span and from the raw rows for the
    /// rest; nil when it cannot be (`readsSummaries`).
    mutating func summaryFamilySQL(_ family: MeasureFamily) -> String? {
        guard readsSummaries(family) else { return nil }
        if family.rows == .lessons { return lessonSummarySQL(family) }
        let join = dialect.orderedJoin
        let marks = family.rows == .marks
        // Of every subject: by week, so that a span's edges are a few days; of some: by month and subject.
        let weekly = weekly(family)
        let table = (marks ? "mark_" : "attendance_") + (weekly ? "week" : "summary")
        let bucket = weekly ? "ms.week" : "ms.month"
        let counted = marks ? "ms.n" : family.rows == .absences ? "ms.absences" : "ms.lates"
        let student = marks ? "m.student_id" : "a.student_id"
        var keys: [String]
        var summaryKeys: [String]
        var summaryFrom: String
        var rawFrom: String
        var summaryConditions = ["\(counted) > 0"]
        var rawConditions: [String] = []
        let enrolled = "FROM o \(join) enrolment e ON e.student_id = o.sid"
        if query.source == .students {
            // A student's: the classes the query's students were enrolled in, each in the range of each
            // scheme its students count in, grouped by student and scheme (as `familySQL`).
            let perScheme = family.span.map { $0.common == nil } ?? false
            let lk =
                perScheme
                ? "(SELECT DISTINCT e.class_id AS id, o.sch AS sch \(enrolled)) lk"
                : "(SELECT DISTINCT e.class_id AS id \(enrolled)) lk"
            keys = [student] + (perScheme ? ["lk.sch"] : [])
            summaryKeys = ["ms.student_id"] + (perScheme ? ["lk.sch"] : [])
            summaryFrom = "\(lk) \(join) \(table) ms ON ms.class_id = lk.id"
            rawFrom = "\(lk) \(join) lesson l ON l.class_id = lk.id"
            if let span = family.span {
                let whole = buckets(span, weekly: weekly, scheme: perScheme ? "lk.sch" : nil)
                summaryFrom += " AND \(bucket) BETWEEN \(whole.from) AND \(whole.to)"
                rawFrom += " AND " + edges(span, "l.date", weekly: weekly, scheme: perScheme ? "lk.sch" : nil)
            }
            rawFrom += " " + rowsOfLessons(family.rows, &rawConditions)
            if ownersAreSomeOfTheirClasses {
                summaryConditions.append("\(dialect.noIndex("ms.student_id")) IN (SELECT o.sid FROM o)")
                rawConditions.append("\(dialect.noIndex(student)) IN (SELECT o.sid FROM o)")
            }
        } else if query.source == .subjects {
            // A subject's: the rows of the scope's classes (of every class without a scope), each class
            // in its own range, of the subject or one of its courses (as `familySQL`).
            keys = ["fm.owner"]
            summaryKeys = ["fm.owner"]
            summaryFrom = "class lk \(join) \(table) ms ON ms.class_id = lk.id"
            rawFrom = "class lk \(join) lesson l ON l.class_id = lk.id"
            if let span = family.span {
                let whole = buckets(span, weekly: weekly, scheme: "lk.scheme")
                summaryFrom += " AND \(bucket) BETWEEN \(whole.from) AND \(whole.to)"
                rawFrom += " AND " + edges(span, "l.date", weekly: weekly, scheme: "lk.scheme")
            }
            rawFrom += " " + rowsOfLessons(family.rows, &rawConditions)
            summaryFrom += " \(join) \(Self.subjectFamilies) fm ON fm.member = ms.subject"
            rawFrom += " \(join) \(Self.subjectFamilies) fm ON fm.member = l.subject"
            if let scope = query.scope {
                let covered = "lk.id IN (\(integers(scope.covered)))"
                summaryConditions += [covered, "ms.class_id IN (\(integers(scope.classIDs)))"]
                summaryConditions.append(studentScope(scope, column: dialect.noIndex("ms.student_id")))
                rawConditions += [covered, lessonScope(scope)]
                rawConditions.append(studentScope(scope, column: dialect.noIndex(student)))
            }
        } else {
            // A class's: its students' rows, from the classes they were enrolled in, each in its
            // student's class's range.
            keys = ["o.k1"]
            summaryKeys = ["o.k1"]
            let lk = enrolledClasses(family.span)
            summaryFrom = "\(lk) \(join) \(table) ms ON ms.class_id = lk.id"
            rawFrom = "\(lk) \(join) lesson l ON l.class_id = lk.id"
            if let span = family.span {
                let whole = buckets(span, weekly: weekly, scheme: span.common == nil ? "o.sch" : nil)
                if span.common == nil {
                    let widest = weekly ? dialect.weekStart(of: "lk.lo") : dialect.yearMonth(of: "lk.lo")
                    summaryFrom += " AND \(bucket) BETWEEN \(widest) AND lk.hi"
                    // Not a lesson of a week or month whole for every scheme (the summaries hold it): the
                    // days of the class's range before and after those, then each student's scheme's edges.
                    let wholeOf = weekly ? Self.wholeWeeks : Self.wholeMonths
                    let all = span.ranges.values.map(wholeOf)
                    let every = (from: all.map(\.from).max() ?? "9999-12-31", to: all.map(\.to).min() ?? "0000-01-01")
                    let (leftTo, rightFrom) = Self.edgeDays(self.widest(span), whole: every, weekly: weekly)
                    rawFrom +=
                        " AND (l.date BETWEEN lk.lo AND \(parameter(.text(leftTo))) OR l.date BETWEEN "
                        + "\(parameter(.text(rightFrom))) AND lk.hi)"
                    rawConditions.append(edges(span, "l.date", weekly: weekly, scheme: "o.sch"))
                } else {
                    rawFrom += " AND " + edges(span, "l.date", weekly: weekly, scheme: nil)
                }
                summaryConditions.append("\(bucket) BETWEEN \(whole.from) AND \(whole.to)")
            }
            rawFrom += " " + rowsOfLessons(family.rows, &rawConditions)
            rawFrom += " \(join) o ON o.sid = \(student)"
            summaryFrom += " \(join) o ON o.sid = ms.student_id"
        }
        if let subjects = family.subjects {
            let listed = parameters(subjects)
            summaryConditions.append("ms.subject IN (\(listed))")
            rawConditions.append("l.subject IN (\(listed))")
        }
        let named = { (keys: [String]) in keys.enumerated().map { "\($1) AS k\($0 + 1)" }.joinedText(separator: ", ") }
        var parts = [
            "SELECT \(named(summaryKeys)), \(counted) AS n, \(marks ? "ms.total" : "0") AS t "
                + "FROM \(summaryFrom)\(Self.whereClause(summaryConditions))"
        ]
        if family.span != nil {
            parts.append(
                "SELECT \(named(keys)), 1 AS n, \(marks ? "m.value" : "0") AS t FROM \(rawFrom)\(Self.whereClause(rawConditions))"
            )
        }
        let outerKeys = keys.indices.map { "k\($0 + 1)" }.joinedText(separator: ", ")
        let columns = family.columns.map { column -> String in
            switch column {
            case "av": return "\(dialect.real("sum(t)")) / sum(n) AS av"
            case "tt": return "\(dialect.sumOrZero("t")) AS tt"
            case "sm": return "sum(t) AS sm"
            default: return "sum(n) AS n"
            }
        }
        return
            "SELECT \(outerKeys), \(columns.joinedText(separator: ", ")) FROM (\(parts.joinedText(separator: " UNION ALL ")))"
            + " GROUP BY \(outerKeys)"
    }
}
