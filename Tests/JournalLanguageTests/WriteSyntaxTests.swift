import JournalFoundation
import JournalLanguage
import XCTest

/// Writing statements parse into typed syntax, every name still as typed: which student a name
/// means, and so which words are the name, is the resolver's to say.
final class WriteSyntaxTests: XCTestCase {
    func write(_ source: String) throws -> Syntax.Write {
        guard case .write(let write)? = try Parser.parse(source).first else {
            throw XCTSkip("not a writing statement: \(source)")
        }
        return write
    }

    func testAMarkParsesIntoALessonAndItsEntries() throws {
        let parsed = try write("mark 7А alg 2026-11-27 lesson 3: Баранов 5, \"Борисова Василиса\" 3 test")
        guard case .marks(let lesson, let items) = parsed.statement else { return XCTFail("\(parsed.statement)") }
        XCTAssertEqual(lesson.classOrGroup.text, "7А")
        XCTAssertEqual(lesson.subject?.text, "alg")
        XCTAssertEqual(lesson.date, .date("2026-11-27"))
        XCTAssertEqual(lesson.number, 3)
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[1].readings.map(\.name.text), ["Борисова Василиса"])
        guard case .success(let entry)? = items[1].readings.first?.rest else { return XCTFail("\(items[1])") }
        XCTAssertEqual(entry.value, 3)
        XCTAssertEqual(entry.kind, "test")
    }

    func testANameOfSeveralWordsKeepsEachReading() throws {
        let parsed = try write("absent 7А 2026-11-27: Беляев ill")
        guard case .absences(_, let items) = parsed.statement else { return XCTFail("\(parsed.statement)") }
        let readings = items[0].readings
        XCTAssertEqual(readings.map(\.name.text), ["Беляев ill", "Беляев"])
        XCTAssertEqual(readings[0].rest, .success("absent"))
        guard case .failure(let mistake) = readings[1].rest else { return XCTFail("\(readings[1].rest)") }
        XCTAssertEqual(mistake.message.text(in: .english), "\"ill\" is not an absence code")
    }

    func testAStatementThatGoesWrongKeepsTheNamesBeforeItsMistake() throws {
        let parsed = try write("add load 7В alg Баранов T050 hours 3")
        guard case .unfinished(let names, let mistake) = parsed.statement else {
            return XCTFail("\(parsed.statement)")
        }
        XCTAssertEqual(names.count, 2)
        XCTAssertEqual(mistake.message.text(in: .english), "expected \"teacher\", found \"Баранов\"")
    }
}
