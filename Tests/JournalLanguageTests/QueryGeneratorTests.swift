import Foundation
import JournalFoundation
import JournalLanguage
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// Queries made from the language's own reference — every source × its fields and functions ×
/// scopes × spans × where/by/show/order/limit, in English and in Russian — run on the sample
/// school: each gives rows or a located mistake (65), never an internal error. And checks that
/// need no oracle (metamorphic): a scope split in two gives the rows of the whole; `where c`,
/// `where not c` and the rows where c's field is empty add up to all; `order by`/`limit` never
/// change which rows qualify; a count by a field sums to the count without it.
final class QueryGeneratorTests: XCTestCase {
    typealias Generator = FuzzTests.Generator

    static let scopes = ["", "in 7А", "in 7Б", "in 7А, 7Б", "in 7", "in 10А", "in 5А"]
    static let spans = [
        "", "during term 1", "during term 2", "during quarter 1", "during half 1", "during year",
        "during last 14 days", "during this week", "during from 2026-09-01 to 2026-09-30",
        "during since 2026-11-01", "during on 2026-11-20",
    ]
    static let functionSpans = ["term 1", "term 2", "quarter 1", "year", "last 14 days", "this week"]
    /// Sources whose rows each belong to one class, so that a scope splits them without overlap.
    static let classRows: Set<String> = ["students", "lessons", "marks", "absences", "grades", "corrections"]

    /// A condition on a field, by what it holds: `(condition, the field)`.
    static func condition(_ field: (name: String, kind: String), _ random: inout Generator) -> String {
        switch field.kind {
        case "number": return "\(field.name) \(random.pick([">", "<=", "=", "!="])) \(random.below(6))"
        case "date": return "\(field.name) \(random.pick(["<", ">="])) 2026-10-15"
        case "date and time": return "\(field.name) > 2026-10-15"
        case "yes/no": return random.below(2) == 0 ? field.name : "not \(field.name)"
        default: return "\(field.name) is not empty"
        }
    }

    /// A function of a row as a value: `marks(term 1)`, `count(lessons(year))`.
    static func function(_ name: String, _ random: inout Generator) -> String {
        let bare = String(name.dropLast(3))
        let span = random.pick(functionSpans)
        // A row's trend, bucket by bucket (refused, with its place, where a series cannot stand).
        if ["marks", "absences", "lates", "lessons", "topics", "homework"].contains(bare), random.below(6) == 0 {
            return "spark(\(bare)(\(span)) by \(random.pick(["week", "month", "date"])))"
        }
        // The same function over the whole scope (refused, with its place, under by or count()).
        if ["marks", "absences", "lates", "lessons"].contains(bare), random.below(8) == 0 {
            return "all(\(bare)(\(span)))"
        }
        switch bare {
        case "students": return "count(students)"
        case "grade": return "grade(alg, term 1)"
        case "marks":
            // The middle mark and the spread of a row's marks too (refused over a group, with its place).
            switch random.below(5) {
            case 0: return "marks(\(span))"
            case 1: return "\(random.pick(["median", "stddev"]))(marks(\(span)))"
            case 2:
                // A filter on the marks the function reads.
                let filter = random.pick(["late", "kind = control", "value >= 4", "subject = alg", "delay > 2"])
                return "\(random.pick(["count", "avg", "max"]))(marks(\(span)) where \(filter))"
            default: return "count(marks(\(span)))"
            }
        case "topics", "homework":
            return random.below(4) == 0 ? "\(bare)(\(span) where late)" : "\(bare)(\(span))"
        case "absences", "lates", "lessons", "visits":
            // A filter on the rows (refused, with its place, for visits).
            if random.below(4) == 0 {
                let filter = bare == "lessons" ? "topic is empty" : bare == "visits" ? "late" : "code = sick"
                return "count(\(bare)(\(span)) where \(filter))"
            }
            return random.below(3) == 0 ? "\(bare)(\(span))" : "count(\(bare)(\(span)))"
        default: return random.below(3) == 0 ? "\(bare)(\(span))" : "count(\(bare)(\(span)))"
        }
    }

    /// An aggregate over a link of the source's rows: `count(parents)`, `sum(load.hours)`,
    /// `list(children.name)`, `avg(children.marks(term 1))`.
    static func linked(_ source: LanguageReference.SourceInfo, _ random: inout Generator) -> String {
        let link = random.pick(source.links)
        guard let target = LanguageReference.sources.first(where: { $0.name == link.target }),
            random.below(3) != 0
        else { return "count(\(link.name))" }
        let numbers = target.fields.filter { $0.kind == "number" }.map(\.name)
        if !target.functions.isEmpty && random.below(3) == 0 {
            return
                "\(random.pick(["avg", "max", "sum", "median", "stddev"]))(\(link.name).\(Self.function(random.pick(target.functions), &random)))"
        }
        if !numbers.isEmpty && random.below(2) == 0 {
            return
                "\(random.pick(["sum", "avg", "min", "max", "median", "stddev"]))(\(link.name).\(random.pick(numbers)))"
        }
        return "list(\(link.name).\(random.pick(target.fields).name))"
    }

    static func query(_ source: LanguageReference.SourceInfo, _ random: inout Generator) -> String {
        var parts = [source.name]
        parts.append(random.pick(scopes))
        if random.below(2) == 0 { parts.append(random.pick(spans)) }
        let fields = source.fields
        if random.below(2) == 0, !fields.isEmpty {
            var condition = Self.condition(random.pick(fields), &random)
            if random.below(3) == 0, !source.functions.isEmpty {
                condition +=
                    " \(random.pick(["and", "or"])) \(Self.function(random.pick(source.functions), &random)) > 1"
            }
            if random.below(3) == 0, !source.links.isEmpty {
                condition += " \(random.pick(["and", "or"])) \(Self.linked(source, &random)) > 1"
            }
            parts.append("where " + condition)
        }
        let byField = random.below(4) == 0 && !fields.isEmpty ? random.pick(fields).name : nil
        let numbers = fields.filter { $0.kind == "number" }.map(\.name)
        if let byField {
            // The middle and the spread of a number field over each group (or the whole result).
            var spread =
                numbers.isEmpty || random.below(2) == 0
                ? "" : ", \(random.pick(["median", "stddev"]))(\(random.pick(numbers)))"
            // The group's rows for which a condition holds.
            if random.below(3) == 0 { spread += ", count(where \(Self.condition(random.pick(fields), &random)))" }
            parts.append("by \(byField) show \(byField), count()\(spread)")
        } else if !numbers.isEmpty && random.below(8) == 0 {
            let number = random.pick(numbers)
            parts.append("show count(), median(\(number)), stddev(\(number))")
        } else if random.below(2) == 0, !fields.isEmpty {
            var shown = (0..<(1 + random.below(3))).map { _ in random.pick(fields).name }
            if !source.functions.isEmpty && random.below(2) == 0 {
                shown.append(Self.function(random.pick(source.functions), &random))
            }
            if !source.links.isEmpty && random.below(2) == 0 {
                shown.append(Self.linked(source, &random))
            }
            parts.append("show " + shown.joined(separator: ", "))
        }
        if random.below(3) == 0, !fields.isEmpty {
            parts.append("order by \(byField ?? random.pick(fields).name)\(random.below(2) == 0 ? " desc" : "")")
        }
        if random.below(4) == 0 { parts.append("limit \(1 + random.below(20))") }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The query said in Russian: each word that has a Russian form, in its first form.
    static func russian(_ query: String) -> String {
        let words: [String: String] = [
            "in": "в", "during": "за", "where": "где", "by": "по", "show": "показать", "order": "сортировать",
            "desc": "убыв", "limit": "первые", "and": "и", "or": "или", "not": "не", "term": "период",
            "quarter": "четверть", "half": "полугодие", "year": "год", "last": "последние", "days": "дней",
            "this": "эта", "week": "неделя", "since": "с", "from": "с", "to": "по", "count": "количество",
            "marks": "отметки", "is": "", "empty": "пусто", "spark": "динамика", "median": "медиана",
            "stddev": "ско", "late": "поздно",
        ]
        var out: [String] = []
        for token in query.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            // `is not empty` → `не пусто`; `by` right after a source or clause → `по`.
            if let russian = words[token] {
                if !russian.isEmpty { out.append(russian) }
            } else if let bracket = token.firstIndex(of: "("), let russian = words[String(token[..<bracket])] {
                out.append(russian + token[bracket...])
            } else {
                out.append(token)
            }
        }
        return out.joined(separator: " ")
    }

    func testGeneratedQueriesInBothLanguagesGiveRowsOrALocatedMistake() throws {
        let count = ProcessInfo.processInfo.environment["EJOURNAL_GENERATED"].flatMap(Int.init) ?? 5_000
        let store = try SampleSchool.store()
        let session = Session(store: store, today: SampleSchool.today, write: { _ in })
        let sources = LanguageReference.sources
        var random = Generator(state: 20_261_201)
        var failures: [String] = []
        var ran = 0
        for number in 0..<count {
            let english = Self.query(sources[number % sources.count], &random)
            for text in [english, Self.russian(english)] {
                do {
                    try session.run(text)
                    ran += 1
                } catch {
                    let located: Bool
                    switch error {
                    case let diagnostic as Diagnostic: located = diagnostic.location != nil
                    case let diagnostics as Diagnostics: located = diagnostics.items.first?.location != nil
                    default: located = false
                    }
                    if ExitStatus.of(error) != .input || !located {
                        failures.append("\(text)\n  → \(ExitStatus.describe(error))")
                    }
                }
            }
        }
        XCTAssertEqual(failures, [], "\(failures.count) generated queries ended in an internal or unlocated error")
        // Most generated queries are right: the generator asks real questions, not noise.
        XCTAssertGreaterThan(ran, count)
    }

    // MARK: - Metamorphic checks

    func sorted(_ rows: [[String]]) -> [String] {
        rows.map { $0.joined(separator: "|") }.sorted()
    }

    func testMetamorphicRelationsHoldOnGeneratedQueries() throws {
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        var random = Generator(state: 7_2026)
        var checked = 0
        for source in LanguageReference.sources where !source.fields.isEmpty {
            for _ in 0..<12 {
                let span = random.pick(Self.spans)
                let shown = "show " + source.fields.prefix(3).map(\.name).joined(separator: ", ")
                let field = random.pick(source.fields)
                let condition = Self.condition(field, &random)
                // A span some class of the school lacks (half 1 of a class on quarters) is a mistake,
                // not a relation to check.
                guard let all = try? rows("\(source.name) \(span) \(shown)", store, catalog),
                    (try? rows("\(source.name) in 7А, 7Б \(span) \(shown)", store, catalog)) != nil
                else { continue }
                // A scope split in two gives the rows of the whole.
                if Self.classRows.contains(source.name) {
                    let a = try rows("\(source.name) in 7А \(span) \(shown)", store, catalog)
                    let b = try rows("\(source.name) in 7Б \(span) \(shown)", store, catalog)
                    let whole = try rows("\(source.name) in 7А, 7Б \(span) \(shown)", store, catalog)
                    XCTAssertEqual(sorted(a + b), sorted(whole), "\(source.name) \(span): 7А ∪ 7Б ≠ 7А, 7Б")
                }
                // where c, where not c, and c's field empty: all of them, once each.
                if field.kind != "yes/no" && !condition.hasSuffix("is not empty") {
                    let yes = try rows("\(source.name) \(span) where \(condition) \(shown)", store, catalog)
                    let no = try rows("\(source.name) \(span) where not (\(condition)) \(shown)", store, catalog)
                    let empty = try rows("\(source.name) \(span) where \(field.name) is empty \(shown)", store, catalog)
                    XCTAssertEqual(
                        sorted(yes + no + empty), sorted(all), "\(source.name) \(span) where \(condition): parts ≠ all")
                }
                // Order and limit never change which rows qualify.
                let ordered = try rows("\(source.name) \(span) \(shown) order by \(field.name) desc", store, catalog)
                XCTAssertEqual(sorted(ordered), sorted(all), "\(source.name) \(span) order by \(field.name)")
                let limit = 1 + random.below(10)
                let limited = try rows(
                    "\(source.name) \(span) \(shown) order by \(field.name) limit \(limit)", store, catalog)
                XCTAssertEqual(limited.count, min(limit, all.count))
                XCTAssertTrue(Set(sorted(limited)).isSubset(of: Set(sorted(all))), "\(source.name) limit \(limit)")
                // A count by a field sums to the number of rows without it.
                let counts = try rows(
                    "\(source.name) \(span) by \(field.name) show \(field.name), count()", store, catalog)
                XCTAssertEqual(
                    counts.reduce(0) { $0 + (Int($1.last ?? "") ?? 0) }, all.count,
                    "\(source.name) \(span) by \(field.name): the counts do not sum to the rows")
                // A count with a filter, by a field, sums to the rows the same condition keeps.
                let kept = try rows(
                    "\(source.name) \(span) by \(field.name) show \(field.name), count(where \(condition))", store,
                    catalog)
                let qualifying = try rows("\(source.name) \(span) where \(condition) \(shown)", store, catalog)
                XCTAssertEqual(
                    kept.reduce(0) { $0 + (Int($1.last ?? "") ?? 0) }, qualifying.count,
                    "\(source.name) \(span) count(where \(condition)) by \(field.name) ≠ where \(condition)")
                // A group's median lies between its least and greatest value; its spread is never negative.
                if let number = source.fields.first(where: { $0.kind == "number" }) {
                    let x = number.name
                    let spreads = try rows(
                        "\(source.name) \(span) by \(field.name) show min(\(x)), median(\(x)), max(\(x)), stddev(\(x))",
                        store, catalog)
                    for row in spreads {
                        let values = row.map { Double($0) }
                        guard let low = values[0], let middle = values[1], let high = values[2] else { continue }
                        XCTAssertTrue(
                            low <= middle && middle <= high && (values[3] ?? 0) >= 0,
                            "\(source.name) \(span) by \(field.name): \(row) — the median is not between min and max")
                    }
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 80)
    }

    // MARK: - The regulation's deadlines

    /// `late` compares the day a mark was entered with the lesson's day plus the days its kind may
    /// wait, as text: the same marks as the delay in whole days above those days (the rule
    /// `mark_teacher_week` keeps), on every mark of the year, those entered on the last allowed day
    /// and on the day after it among them.
    func testALateMarkIsOneWhoseDelayIsAboveItsKindsDeadline() throws {
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        let ours = sorted(try rows("marks during year where late show id", store, catalog))
        let delay = "CAST(julianday(substr(m.entered_at, 1, 10)) - julianday(l.date) AS INTEGER)"
        let rule = JournalStore.allowedMarkDelaySQL
        let marks = "FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id"
        let theirs = sorted(try SampleSchool.rows("SELECT m.id \(marks) WHERE \(delay) > \(rule)", in: store))
        XCTAssertEqual(ours, theirs)
        XCTAssertGreaterThan(ours.count, 0)
        // The edges are there to be told apart: marks entered on their last allowed day, and the day after.
        for offset in [0, 1] {
            let edge = try SampleSchool.rows(
                "SELECT count(*) \(marks) WHERE \(delay) = \(rule) + \(offset) AND \(rule) > 0", in: store)
            XCTAssertGreaterThan(Int(edge[0][0]) ?? 0, 0, "no mark entered \(offset) days after its deadline")
        }
    }

    /// A grade compared with a number is its number: 2 to 5 as they are, н/а as 1, a pass, an
    /// exemption or no grade none. Six students of 7А given each kind in algebra for term 1 (the rest
    /// keep theirs), each number asked for, against the grades read straight from the table.
    func testAGradeComparedWithANumberIsItsNumberAndNoGradeIsNone() throws {
        let store = try Fixtures.sampleStore()
        let students = try SampleSchool.rows(
            "SELECT s.id FROM student s JOIN class c ON c.id = s.class_id WHERE c.name = '7А' ORDER BY s.id LIMIT 7",
            in: store
        ).map { $0[0] }
        XCTAssertEqual(students.count, 7)
        try store.write { db in
            for (student, value) in zip(students, ["2", "3", "4", "5", "н/а", "зач", nil]) {
                try db.execute(
                    sql: "DELETE FROM period_grade WHERE student_id = ? AND subject = 'alg' AND period = '1'",
                    arguments: [student])
                guard let value else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO period_grade (student_id, subject, year, period, value)
                        SELECT ?, 'alg', year, '1', ? FROM school
                        """,
                    arguments: [student, value])
            }
        }
        let catalog = try store.catalog()
        for number in 1...5 {
            let ours = sorted(try rows("students in 7А where grade(alg, term 1) = \(number) show id", store, catalog))
            let value = number == 1 ? "н/а" : "\(number)"
            let theirs = sorted(
                try SampleSchool.rows(
                    """
                    SELECT s.id FROM student s JOIN class c ON c.id = s.class_id
                    JOIN period_grade g ON g.student_id = s.id AND g.subject = 'alg' AND g.period = '1' AND g.year = c.year
                    WHERE c.name = '7А' AND g.value = ?
                    """, arguments: [.text(value)], in: store))
            XCTAssertEqual(ours, theirs, "grade = \(number)")
            XCTAssertTrue(ours.contains(students[number == 1 ? 4 : number - 2]), "grade = \(number)")
        }
        let passed = sorted(try rows("students in 7А where grade(alg, term 1) >= 1 show id", store, catalog))
        XCTAssertFalse(passed.contains(students[5]), "a pass has no number")
        XCTAssertFalse(passed.contains(students[6]), "no grade has no number")
    }
}
