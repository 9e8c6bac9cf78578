import Foundation
import JournalFoundation
import JournalLanguage
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// Keeps `Grammar/ejournal.ebnf` true: every example in its comments parses,
/// compiles against the sample school and runs.
final class GrammarTests: XCTestCase {
    static let grammar = Fixtures.testsFolder.deletingLastPathComponent().appendingPathComponent(
        "Grammar/ejournal.ebnf")

    static func examples() throws -> [String] {
        let text = try String(contentsOf: grammar, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "example:") else { return nil }
            var example = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if example.hasSuffix("*)") { example = String(example.dropLast(2)).trimmingCharacters(in: .whitespaces) }
            return example
        }
    }

    func testTheGrammarHasExamplesOfEveryStatement() throws {
        let examples = try Self.examples()
        XCTAssertGreaterThan(examples.count, 35)
        for start in ["explain", "audit", "check density", "report", "forecast", "diary", "issue"] + Parser.sources
            + Parser.commandWords
        {
            XCTAssertTrue(examples.contains { $0.hasPrefix(start) }, "no example starts with \(start)")
        }
    }

    /// The grammar lists every Russian form of every word, as `RussianWords` reads them.
    func testTheGrammarListsTheRussianWordsAsTheLexerReadsThem() throws {
        let text = try String(contentsOf: Self.grammar, encoding: .utf8)
        guard let start = text.range(of: "RUSSIAN WORDS BEGIN\n"), let end = text.range(of: "RUSSIAN WORDS END")
        else { return XCTFail("the grammar has no list of Russian words") }
        let listed = text[start.upperBound..<end.lowerBound].split(separator: ";").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty }
        let expected = RussianWords.forms.map { "\($0.english) = " + $0.russian.joined(separator: " | ") }
        XCTAssertEqual(listed, expected)
    }

    /// `.help WORD` of a query, each clause and each function: examples in both languages, each one
    /// naming its word and running on the sample school with rows.
    func testTheHelpExamplesOfQueriesAndFunctionsRun() throws {
        XCTAssertEqual(
            Set(LanguageReference.queryExamples.keys),
            Set(LanguageReference.clauseWords + LanguageReference.functions),
            "every clause and function has examples, and nothing else")
        let store = try SampleSchool.store()
        var output = ""
        let session = Session(store: store, today: SampleSchool.today, write: { output += $0 })
        for (word, examples) in LanguageReference.queryExamples {
            XCTAssertFalse(examples.english.isEmpty, word)
            XCTAssertEqual(examples.russian.count, examples.english.count, "\(word): a Russian twin of each")
            for example in examples.english where word != "query" {
                XCTAssertTrue(example.contains(word), "\(word): \(example) does not show it")
            }
            for example in examples.english + examples.russian {
                output = ""
                XCTAssertNoThrow(try session.run(example, file: "help"), "\(word): \(example)")
                // A header, its rule, a row at least.
                XCTAssertGreaterThanOrEqual(
                    output.split(separator: "\n").count, 3, "\(word): \(example) gave no rows\n\(output)")
            }
        }
    }

    /// The writing examples, run in their order on a copy of the sample school: each one writes.
    func testEveryWritingExampleWrites() throws {
        let store = try Fixtures.sampleStore()
        var output = ""
        let session = Session(store: store, today: SampleSchool.today, write: { output += $0 })
        let before = try store.rowCounts()
        let writing = try Self.examples().filter { example in
            example.split(separator: " ").first.map { Parser.commandWords.contains(String($0)) } ?? false
        }
        // The year's end comes last, after the year is closed.
        let yearEnd = writing.filter { $0.hasPrefix("promote") || $0.hasPrefix("open") || $0.hasPrefix("confirm") }
        let keeping = writing.filter { !yearEnd.contains($0) }
        for example in keeping + ["close year 2026/2027 force \"test\""] + yearEnd {
            output = ""
            do {
                try session.run(example, file: "example")
            } catch {
                XCTFail("\(example)\n\(error)")
            }
            XCTAssertFalse(output.isEmpty, example)
        }
        let after = try store.rowCounts()
        for table in ["staff", "class", "student", "parent", "mark", "attendance", "period_grade", "mark_correction"] {
            XCTAssertGreaterThan(after[table] ?? 0, before[table] ?? 0, table)
        }
    }

    /// `.help WORD` shows examples of each writing statement: each compiles against the sample
    /// school, but for the names that `add` examples and promotion bring (7В, 8А, 8Б, S0900, P0900, T050).
    /// The help's examples of reports, the diary, the year, backups and log-ins compile on the sample.
    func testTheHelpExamplesOfTheOtherStatementsCompile() throws {
        let catalog = try SampleSchool.store().catalog()
        for (word, examples) in LanguageReference.statementExamples {
            XCTAssertTrue(Parser.statementWords.contains(word), word)
            for example in examples {
                XCTAssertTrue(example.hasPrefix(word + " ") || example == word, example)
                XCTAssertNoThrow(
                    try Compiler.compile(
                        example, catalog: catalog, today: CivilDate(SampleSchool.today)!,
                        catalogOfYear: { _ in catalog }),
                    example)
            }
        }
    }

    func testTheHelpExamplesOfWritingStatementsCompile() throws {
        XCTAssertEqual(Set(LanguageReference.writingExamples.keys), Set(Parser.commandWords))
        let catalog = try SampleSchool.store().catalog()
        for (word, examples) in LanguageReference.writingExamples {
            for example in examples {
                XCTAssertTrue(example.hasPrefix(word + " "), example)
                Self.compilesButForTheAddedNames(example, catalog)
            }
        }
    }

    /// The help's Russian examples: one for every English word that has examples, each compiling as
    /// its English twins do (the names the `add` examples bring aside).
    func testTheHelpExamplesInRussianCompile() throws {
        let english = Set(LanguageReference.writingExamples.keys).union(LanguageReference.statementExamples.keys)
        XCTAssertEqual(Set(LanguageReference.russianExamples.keys), english)
        let catalog = try SampleSchool.store().catalog()
        for (word, examples) in LanguageReference.russianExamples {
            for example in examples {
                XCTAssertEqual(
                    try Parser.parse(example).count, 1, "\(word): \(example) is one statement")
                Self.compilesButForTheAddedNames(example, catalog)
            }
        }
    }

    /// An example compiles on the sample school, or fails only on the names the `add` examples and
    /// promotion bring (7В, 8А, 8Б, S0900, P0900, T050).
    static func compilesButForTheAddedNames(_ example: String, _ catalog: JournalCatalog) {
        do {
            _ = try Compiler.compile(
                example, catalog: catalog, today: CivilDate(SampleSchool.today)!, catalogOfYear: { _ in catalog })
        } catch {
            let messages = error.errors.map(\.message.description)
            XCTAssertTrue(
                messages.allSatisfy { message in
                    ["7В", "8А", "8Б", "S0900", "P0900", "T050"].contains { message.contains($0) }
                },
                "\(example): \(messages)")
        }
    }

    func testEveryExampleParsesCompilesAndRuns() throws {
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        for example in try Self.examples() {
            // Writing examples run in their own test, in order, on a copy of the school.
            if let verb = example.split(separator: " ").first, Parser.commandWords.contains(String(verb)) { continue }
            do {
                let statements = try Compiler.compile(example, catalog: catalog, today: CivilDate(SampleSchool.today)!)
                XCTAssertEqual(statements.count, 1, example)
                for case .query(let query) in statements {
                    _ = try SampleSchool.rows(query.sql, arguments: query.arguments, in: store)
                }
            } catch let errors as LanguageErrors {
                let rendered = errors.diagnostics(source: example, file: "example").map(\.rendered)
                XCTFail("\(example)\n" + rendered.joined(separator: "\n"))
            }
        }
    }
}

/// The house stays readable: no Swift file of `Sources` is over 600 lines (issue 11).
final class SourceSizeTests: XCTestCase {
    func testNoSourceFileIsOver600Lines() throws {
        let sources = Fixtures.testsFolder.deletingLastPathComponent().appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        XCTAssertGreaterThan(files.count, 100)
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            XCTAssertLessThanOrEqual(lines.count, 601, "\(file.lastPathComponent) has \(lines.count) lines")
        }
    }
}
