import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// The SQL dialect is a real seam: every spelling of the engine's own in the generated SQL comes
/// from `SQLDialect`, and nothing else in the generator spells SQLite.
///
/// `MarkedDialect` spells each call it is asked to mark as `⟦name␟argument␟…⟧`, which no engine
/// reads; put back through `SQLiteDialect`, the marked SQL must be the SQL of the store byte for
/// byte, and outside the marks none of SQLite's own spellings may be left.
final class SQLDialectTests: XCTestCase {
    /// Spells the calls named in `marked` (every call when nil) as marks, the rest as SQLite does.
    struct MarkedDialect: SQLDialect {
        var marked: Set<String>? = nil
        let sqlite = SQLiteDialect()

        func mark(_ name: String, _ arguments: [String], _ plain: () -> String) -> String {
            guard marked?.contains(name) ?? true else { return plain() }
            return "⟦" + ([name] + arguments).joined(separator: "␟") + "⟧"
        }

        func parameter(_ number: Int) -> String { mark("parameter", ["\(number)"]) { sqlite.parameter(number) } }
        func concat(_ parts: [String]) -> String { mark("concat", parts) { sqlite.concat(parts) } }
        func groupConcat(_ value: String, separator: String) -> String {
            mark("groupConcat", [value, separator]) { sqlite.groupConcat(value, separator: separator) }
        }
        func matches(_ value: String, glob pattern: String) -> String {
            mark("matches", [value, pattern]) { sqlite.matches(value, glob: pattern) }
        }
        func round(_ value: String, places: Int) -> String {
            mark("round", [value, "\(places)"]) { sqlite.round(value, places: places) }
        }
        func real(_ value: String) -> String { mark("real", [value]) { sqlite.real(value) } }
        func leadingInteger(_ text: String) -> String {
            mark("leadingInteger", [text]) { sqlite.leadingInteger(text) }
        }
        func sumOrZero(_ value: String) -> String { mark("sumOrZero", [value]) { sqlite.sumOrZero(value) } }
        func squareRoot(_ value: String) -> String { mark("squareRoot", [value]) { sqlite.squareRoot(value) } }
        func greatest(_ a: String, _ b: String) -> String { mark("greatest", [a, b]) { sqlite.greatest(a, b) } }
        func least(_ a: String, _ b: String) -> String { mark("least", [a, b]) { sqlite.least(a, b) } }
        func day(of time: String) -> String { mark("day", [time]) { sqlite.day(of: time) } }
        func yearMonth(of date: String) -> String { mark("yearMonth", [date]) { sqlite.yearMonth(of: date) } }
        func month(of date: String) -> String { mark("month", [date]) { sqlite.month(of: date) } }
        func weekday(of date: String) -> String { mark("weekday", [date]) { sqlite.weekday(of: date) } }
        func weekStart(of date: String) -> String { mark("weekStart", [date]) { sqlite.weekStart(of: date) } }
        func daysBetween(_ earlier: String, _ later: String) -> String {
            mark("daysBetween", [earlier, later]) { sqlite.daysBetween(earlier, later) }
        }
        func adding(days: Int, to date: String) -> String {
            mark("adding", ["\(days)", date]) { sqlite.adding(days: days, to: date) }
        }
        func jsonField(_ document: String, key: String) -> String {
            mark("jsonField", [document, key]) { sqlite.jsonField(document, key: key) }
        }
        func rowID(of alias: String?) -> String {
            mark("rowID", alias.map { [$0] } ?? []) { sqlite.rowID(of: alias) }
        }
        func noIndex(_ column: String) -> String { mark("noIndex", [column]) { sqlite.noIndex(column) } }
        var orderedJoin: String { mark("orderedJoin", []) { sqlite.orderedJoin } }
        func nullsLast(_ key: String, descending: Bool) -> String {
            mark("nullsLast", [key, descending ? "desc" : "asc"]) { sqlite.nullsLast(key, descending: descending) }
        }
    }

    /// Every method of the protocol, as the marks name them.
    static let methods: Set<String> = [
        "parameter", "concat", "groupConcat", "matches", "round", "real", "leadingInteger", "sumOrZero", "squareRoot",
        "greatest",
        "least", "day", "yearMonth", "month", "weekday", "weekStart", "daysBetween", "adding", "jsonField", "rowID",
        "noIndex",
        "orderedJoin", "nullsLast",
    ]

    /// Marked SQL with every mark spelled by `dialect`; `seen` gathers the names of the marks.
    static func unmark(_ text: String, in dialect: any SQLDialect, seen: inout Set<String>) throws -> String {
        var index = text.startIndex
        let result = try unmark(text, &index, in: dialect, seen: &seen, inMark: false)
        guard index == text.endIndex else { throw TestFailure("a stray ⟧ in \(text)") }
        return result.first ?? ""
    }

    /// The text from `index` up to the end of the mark it is in (its parts, split at ␟), or of `text`.
    private static func unmark(
        _ text: String, _ index: inout String.Index, in dialect: any SQLDialect, seen: inout Set<String>,
        inMark: Bool
    ) throws -> [String] {
        var parts = [""]
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            switch character {
            case "⟦":
                let call = try unmark(text, &index, in: dialect, seen: &seen, inMark: true)
                seen.insert(call[0])
                parts[parts.count - 1] += try spell(call[0], Array(call.dropFirst()), in: dialect)
            case "⟧" where inMark: return parts
            case "␟" where inMark: parts.append("")
            default: parts[parts.count - 1].append(character)
            }
        }
        if inMark { throw TestFailure("a mark not closed in \(text)") }
        return parts
    }

    private static func spell(_ name: String, _ a: [String], in d: any SQLDialect) throws -> String {
        switch (name, a.count) {
        case ("parameter", 1): return d.parameter(Int(a[0])!)
        case ("concat", _): return d.concat(a)
        case ("groupConcat", 2): return d.groupConcat(a[0], separator: a[1])
        case ("matches", 2): return d.matches(a[0], glob: a[1])
        case ("round", 2): return d.round(a[0], places: Int(a[1])!)
        case ("real", 1): return d.real(a[0])
        case ("leadingInteger", 1): return d.leadingInteger(a[0])
        case ("sumOrZero", 1): return d.sumOrZero(a[0])
        case ("squareRoot", 1): return d.squareRoot(a[0])
        case ("greatest", 2): return d.greatest(a[0], a[1])
        case ("least", 2): return d.least(a[0], a[1])
        case ("day", 1): return d.day(of: a[0])
        case ("yearMonth", 1): return d.yearMonth(of: a[0])
        case ("month", 1): return d.month(of: a[0])
        case ("weekday", 1): return d.weekday(of: a[0])
        case ("weekStart", 1): return d.weekStart(of: a[0])
        case ("daysBetween", 2): return d.daysBetween(a[0], a[1])
        case ("adding", 2): return d.adding(days: Int(a[0])!, to: a[1])
        case ("jsonField", 2): return d.jsonField(a[0], key: a[1])
        case ("rowID", 0): return d.rowID(of: nil)
        case ("rowID", 1): return d.rowID(of: a[0])
        case ("noIndex", 1): return d.noIndex(a[0])
        case ("orderedJoin", 0): return d.orderedJoin
        case ("nullsLast", 2): return d.nullsLast(a[0], descending: a[1] == "desc")
        default: throw TestFailure("no mark \(name) of \(a.count) parts")
        }
    }

    /// The SQL of every table `text` compiles to.
    static func queries(_ text: String, dialect: any SQLDialect) throws -> [SQLQuery] {
        let store = try SampleSchool.store()
        let statements = try Compiler.compile(
            text, catalog: try store.catalog(), today: CivilDate(SampleSchool.today)!, dialect: dialect)
        return statements.flatMap { statement -> [SQLQuery] in
            switch statement {
            case .query(let query): return [query]
            case .report(let tables), .diary(_, let tables), .explain(let tables, _): return tables.map(\.query)
            default: return []
            }
        }
    }

    /// The golden queries, the grammar's examples of queries and reports, and a few more that reach
    /// the rest of the generator: the change trail by class, a mark's delay, dates' parts and buckets.
    static func corpus() throws -> [String] {
        let golden = try GoldenTests.cases("queries").map(\.query)
        XCTAssertGreaterThanOrEqual(golden.count, 60)
        let examples = try GrammarTests.examples().filter { example in
            !(example.split(separator: " ").first.map { Parser.commandWords.contains(String($0)) } ?? true)
        }
        return golden + examples + [
            "changes in 7А during year show id, tables",
            "marks in 7А during term 1 where late show delay, student",
            "marks in 7А during term 1 by month show month, count()",
            "lessons in 7А during this week where late show date, weekday, week",
            "students in 7А where grade(alg, term 1) >= 4 show name",
            "classes show name, sou(term 1) order by name desc",
            "visits during this week show user, date",
            "teachers in 7А show name, roles",
            "parents in 7А show name, children",
        ]
    }

    /// Spellings of SQLite's own: none may be written into the SQL but through the dialect.
    static let sqliteSpellings = [
        "group_concat(", "julianday(", "json_extract(", "strftime(", "date(", "substr(", " || ", "total(", "round(",
        " GLOB ", "rowid", "NULLS LAST", "CROSS JOIN", "AS REAL", "sqrt(",
    ]

    /// A unary plus on a column (`+l.date`), SQLite's hint, or a numbered parameter (`?3`) in `sql`.
    static func sqliteHint(in sql: String) -> String? {
        sql.range(of: #"\+[a-z_]+\.|\?[0-9]"#, options: .regularExpression).map { String(sql[$0]) }
    }

    /// A two-argument `min(a, b)` or `max(a, b)`: SQLite's scalar forms of `least` and `greatest`.
    static func scalarMinMax(in sql: String) -> String? {
        let characters = Array(sql)
        for start in characters.indices where start + 4 <= characters.count {
            let word = String(characters[start..<start + 4])
            guard word == "min(" || word == "max(",
                start == 0 || !(characters[start - 1].isLetter || characters[start - 1] == "_")
            else { continue }
            var depth = 0
            for character in characters[(start + 3)...] {
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1 }
                if depth == 0 { break }
                if depth == 1 && character == "," {
                    return String(characters[start..<min(start + 40, characters.count)])
                }
            }
        }
        return nil
    }

    func testEveryEngineSpellingOfTheGeneratedSQLComesFromTheDialect() throws {
        var seen: Set<String> = []
        var problems: [String] = []
        var compared = 0
        for text in try Self.corpus() {
            let plain = try Self.queries(text, dialect: SQLiteDialect())
            let marked = try Self.queries(text, dialect: MarkedDialect())
            XCTAssertEqual(plain.count, marked.count, text)
            for (sqlite, query) in zip(plain, marked) {
                compared += 1
                // Put back into SQLite's spellings, the marked SQL is the store's, byte for byte.
                XCTAssertEqual(try Self.unmark(query.sql, in: SQLiteDialect(), seen: &seen), sqlite.sql, text)
                XCTAssertEqual(query.arguments, sqlite.arguments, text)
                // Outside the marks (and inside them, in the pieces the generator passed in), no
                // spelling of SQLite's own is left.
                for spelling in Self.sqliteSpellings where query.sql.contains(spelling) {
                    problems.append("\(text): \"\(spelling)\" is written around the dialect")
                }
                if let hint = Self.sqliteHint(in: query.sql) {
                    problems.append("\(text): \"\(hint)\" is written around the dialect")
                }
                if let call = Self.scalarMinMax(in: query.sql) {
                    problems.append("\(text): \"\(call)…\" is written around the dialect")
                }
            }
        }
        XCTAssertGreaterThan(compared, 100)
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
        // Every method of the dialect is used by the generator: the protocol holds nothing idle.
        XCTAssertEqual(seen, Self.methods)
    }

    /// A dialect that spells only concatenation its own way changes a golden query's SQL at its
    /// one concatenation, the student's full name, and nowhere else.
    func testADialectChangesAGoldenQueryAtExactlyItsOwnPlaces() throws {
        let file = GoldenTests.folder.appendingPathComponent("queries/own01_students_all.sql")
        let golden = try String(contentsOf: file, encoding: .utf8)
        let sql = String(golden[..<golden.range(of: ";\n-- ")!.lowerBound])
        let name = "s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '')"
        XCTAssertEqual(sql.components(separatedBy: name).count, 2, sql)
        let middle = "⟦concat␟' '␟s.middle_name⟧"
        let marked = "⟦concat␟s.last_name␟' '␟s.first_name␟coalesce(\(middle), '')⟧"
        let queries = try Self.queries("students", dialect: MarkedDialect(marked: ["concat"]))
        XCTAssertEqual(queries.map(\.sql), [sql.replacingOccurrences(of: name, with: marked)])
    }

    /// The generator's files spell no SQLite of their own in their string literals: whatever the
    /// tests above do not reach goes through the dialect too.
    func testNoGeneratorSourceSpellsSQLiteOutsideTheDialect() throws {
        let folder = Fixtures.testsFolder.deletingLastPathComponent().appendingPathComponent(
            "Sources/JournalLanguage")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".swift") && $0 != "SQLDialect.swift"
        }
        XCTAssertTrue(files.contains("SQLGenerator.swift"))
        var problems: [String] = []
        for file in files.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for literal in try SwiftLiterals.strings(in: text) {
                for spelling in Self.sqliteSpellings where literal.contains(spelling) {
                    problems.append("\(file): \"\(spelling)\" in \"\(literal.prefix(80))\"")
                }
                if let hint = Self.sqliteHint(in: literal) {
                    problems.append("\(file): \"\(hint)\" in \"\(literal.prefix(80))\"")
                }
                if let call = Self.scalarMinMax(in: literal) {
                    problems.append("\(file): \"\(call)…\" in \"\(literal.prefix(80))\"")
                }
            }
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    func testTheLiteralsOfASwiftSourceAreFound() throws {
        let source = #"""
            // "group_concat(" in a comment
            let a = "one" + "two \(f("three", "fo\"ur")) five"
            /* "six" */
            let b = """
                seven \(g("eight"))
                """
            """#
        XCTAssertEqual(
            try SwiftLiterals.strings(in: source),
            ["one", "two ", "three", "fo\\\"ur", " five", "\n    seven ", "eight", "\n    "])
    }
}

/// The text of the string literals of Swift source, in pieces between interpolations; the
/// literals inside an interpolation are found too, comments are skipped.
enum SwiftLiterals {
    static func strings(in source: String) throws -> [String] {
        var scanner = Scanner(characters: Array(source))
        try scanner.code(untilParenthesis: false)
        return scanner.found
    }

    private struct Scanner {
        let characters: [Character]
        var index = 0
        var found: [String] = []

        init(characters: [Character]) { self.characters = characters }

        func starts(_ text: String) -> Bool {
            let wanted = Array(text)
            return index + wanted.count <= characters.count && Array(characters[index..<index + wanted.count]) == wanted
        }

        /// Code up to the `)` that closes an interpolation, or to the end.
        mutating func code(untilParenthesis: Bool) throws {
            var depth = 0
            while index < characters.count {
                if starts("//") {
                    while index < characters.count && characters[index] != "\n" { index += 1 }
                } else if starts("/*") {
                    while index < characters.count && !starts("*/") { index += 1 }
                    index += 2
                } else if starts("\"\"\"") {
                    index += 3
                    try literal(closing: "\"\"\"")
                } else if starts("\"") {
                    index += 1
                    try literal(closing: "\"")
                } else {
                    let character = characters[index]
                    index += 1
                    if character == "(" { depth += 1 }
                    if character == ")" {
                        if depth == 0 && untilParenthesis { return }
                        depth -= 1
                    }
                }
            }
            if untilParenthesis { throw TestFailure("an interpolation not closed") }
        }

        /// A literal's text up to `closing`, each interpolation's code scanned in turn.
        mutating func literal(closing: String) throws {
            var text = ""
            while index < characters.count {
                if starts(closing) {
                    index += closing.count
                    found.append(text)
                    return
                }
                if starts("\\(") {
                    found.append(text)
                    text = ""
                    index += 2
                    try code(untilParenthesis: true)
                } else if characters[index] == "\\" && index + 1 < characters.count {
                    text.append(characters[index])
                    text.append(characters[index + 1])
                    index += 2
                } else {
                    text.append(characters[index])
                    index += 1
                }
            }
            throw TestFailure("a string literal not closed")
        }
    }
}
