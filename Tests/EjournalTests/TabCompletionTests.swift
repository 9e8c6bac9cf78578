import XCTest

@testable import JournalShell

/// What Tab does with a completer's candidates, without a terminal.
final class TabCompletionTests: XCTestCase {
    func testOneCandidateIsCompletedWithASpace() {
        XCTAssertEqual(
            TabCompletion.action(candidates: ["ученики"], typed: "уч", repeated: false), .replace(with: "ученики "))
        XCTAssertEqual(
            TabCompletion.action(candidates: ["Иванова"], typed: "ива", repeated: false), .replace(with: "Иванова "))
    }

    func testNoSpaceAfterAWordThatGoesOn() {
        XCTAssertEqual(
            TabCompletion.action(candidates: ["count("], typed: "co", repeated: false), .replace(with: "count("))
        XCTAssertEqual(
            TabCompletion.action(candidates: ["class."], typed: "cl", repeated: false), .replace(with: "class."))
    }

    func testNoSpaceInsideParenthesesOrBeforeWhatFollows() {
        XCTAssertTrue(TabCompletion.spaceFollows(before: "students in ", after: ""))
        XCTAssertTrue(TabCompletion.spaceFollows(before: "students where count(marks) > 2 show ", after: ""))
        XCTAssertFalse(TabCompletion.spaceFollows(before: "students where marks(", after: ""))
        XCTAssertFalse(TabCompletion.spaceFollows(before: "marks(Алгебра, ", after: ""))
        XCTAssertFalse(TabCompletion.spaceFollows(before: "students in ", after: " where"))
        XCTAssertFalse(TabCompletion.spaceFollows(before: "students in ", after: ", 7Б"))
        XCTAssertEqual(
            TabCompletion.action(candidates: ["Алгебра"], typed: "Алг", repeated: false, spaceAfter: false),
            .replace(with: "Алгебра"))
    }

    func testSeveralCandidatesExtendToTheirCommonPrefix() {
        XCTAssertEqual(
            TabCompletion.action(candidates: ["ученики", "учителя"], typed: "у", repeated: false), .replace(with: "уч"))
        XCTAssertEqual(
            TabCompletion.action(candidates: ["7А", "7Б", "7А"], typed: "", repeated: false), .replace(with: "7"))
    }

    func testNothingToAddRingsTheBellThenLists() {
        let candidates = ["ученики", "учителя", "уроки"]
        XCTAssertEqual(TabCompletion.action(candidates: candidates, typed: "у", repeated: false), .beep)
        XCTAssertEqual(TabCompletion.action(candidates: candidates, typed: "у", repeated: true), .list(candidates))
    }

    func testAShorterPrefixNeverReplacesTypedLetters() {
        // Matched without regard to case: "ИВАНОВ" and "Иванова" share only "И".
        let candidates = ["ИВАНОВ", "Иванова"]
        XCTAssertEqual(TabCompletion.action(candidates: candidates, typed: "ив", repeated: false), .beep)
        XCTAssertEqual(TabCompletion.action(candidates: candidates, typed: "ив", repeated: true), .list(candidates))
    }

    func testNoCandidatesRingTheBell() {
        XCTAssertEqual(TabCompletion.action(candidates: [], typed: "щ", repeated: true), .beep)
        XCTAssertEqual(TabCompletion.action(candidates: [""], typed: "", repeated: true), .beep)
    }

    func testCommonPrefixIsByCharacters() {
        XCTAssertEqual(TabCompletion.commonPrefix(["оценки", "оценка", "оценку"]), "оценк")
        XCTAssertEqual(TabCompletion.commonPrefix(["а", "б"]), "")
        XCTAssertEqual(TabCompletion.commonPrefix([]), "")
    }

    func testColumnsFillDownFirstAndFitTheWidth() {
        let items = ["ученики", "учителя", "уроки", "оценки", "классы"]
        XCTAssertEqual(TabCompletion.columns(items, width: 80), "ученики  учителя  уроки    оценки   классы")
        XCTAssertEqual(TabCompletion.columns(items, width: 20), "ученики  оценки\nучителя  классы\nуроки")
        XCTAssertEqual(TabCompletion.columns(items, width: 3), items.joined(separator: "\n"))
        XCTAssertEqual(TabCompletion.columns([], width: 80), "")
    }
}
