import Foundation
import JournalFoundation
import JournalLanguage
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// Aggregates over linked rows on a journal that has what the sample lacks: a student with no
/// parent, a lesson whose topic is not in the plan.
final class LinkTests: XCTestCase {
    func rows(_ text: String, in store: JournalStore) throws -> [[String]] {
        let catalog = try store.catalog()
        guard
            case .query(let sql)? = try Compiler.compile(text, catalog: catalog, today: CivilDate(SampleSchool.today)!)
                .first
        else {
            XCTFail("\(text) is not a query")
            return []
        }
        return try SampleSchool.rows(sql.sql, arguments: sql.arguments, in: store)
    }

    func testAStudentWithNoParentAndAParentsChildrenAreFoundBothWays() throws {
        let store = try Fixtures.sampleStore()
        let session = Session(store: store, today: SampleSchool.today, write: { _ in })
        XCTAssertEqual(try rows("students where count(parents) = 0 show id", in: store), [])
        try session.run("add student S0900 \"Новиков Иван Андреевич\" to 7А", file: "test")
        XCTAssertEqual(try rows("students where count(parents) = 0 show id", in: store), [["S0900"]])
        XCTAssertEqual(try rows("ученики в 7А где количество(родители) = 0 показать код", in: store), [["S0900"]])
        try session.run("add parent P0900 \"Новикова Мария\" of S0900, S0055", file: "test")
        XCTAssertEqual(try rows("students where count(parents) = 0 show id", in: store), [])
        XCTAssertEqual(
            try rows("parents where id = P0900 show count(children), list(children.id)", in: store),
            [["2", "S0055, S0900"]])
        // A measure of linked rows keeps to the query's scope: S0055 is in 7А, and so is S0900.
        XCTAssertEqual(try rows("parents in 7А where id = P0900 show count(children)", in: store), [["2"]])
        XCTAssertEqual(try rows("parents in 5А where id = P0900 show count(children)", in: store), [])
    }

    func testALessonWhoseTopicIsNotInThePlanIsNotPlannedAndThePlansTopicIsNotGiven() throws {
        let store = try Fixtures.sampleStore()
        let session = Session(store: store, today: SampleSchool.today, write: { _ in })
        let notGiven = "plan in 7А where subject = alg and not given show topic"
        XCTAssertFalse(try rows(notGiven, in: store).contains(["Тема 35"]))
        // 7А's algebra of 2026-11-27 had "Тема 35", the one lesson that gave it; now it has another topic.
        try session.run("topic 7А alg 2026-11-27: \"Формулы сокращённого умножения\"", file: "test")
        XCTAssertEqual(
            try rows("lessons in 7А where not planned and topic is not empty show date, topic", in: store),
            [["2026-11-27", "Формулы сокращённого умножения"]])
        XCTAssertTrue(try rows(notGiven, in: store).contains(["Тема 35"]))
    }

    /// `.help load` and the others: each example runs, and its Russian twin gives the same rows.
    func testTheHelpExamplesOfTheSourcesRunInBothLanguages() throws {
        let store = try SampleSchool.store()
        XCTAssertEqual(
            Set(LanguageReference.sourceExamples.keys), Set(LanguageReference.russianSourceExamples.keys))
        for (word, examples) in LanguageReference.sourceExamples {
            let russian = LanguageReference.russianSourceExamples[word] ?? []
            XCTAssertEqual(examples.count, russian.count, word)
            for (english, twin) in zip(examples, russian) {
                XCTAssertEqual(try rows(twin, in: store), try rows(english, in: store), "\(english) / \(twin)")
            }
        }
    }
}
