import JournalFoundation
import XCTest

/// `joinedText(separator:)` (the bytes copied once into a text of their length) gives the text the
/// standard library's `joined(separator:)` gives.
final class JoinedTextTests: XCTestCase {
    func testJoinedTextIsTheStandardLibrarysJoined() {
        let pieces = ["", "a", "7А", "Иванова Мария", "coalesce(' ' || s.middle_name, '')", "ё", "\u{1F600}"]
        var generator = SystemRandomNumberGenerator()
        for separator in ["", ", ", " || ", "\n  AND ", "—"] {
            XCTAssertEqual([String]().joinedText(separator: separator), "")
            for _ in 0..<300 {
                let texts = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                    pieces.randomElement(using: &generator)!
                }
                XCTAssertEqual(texts.joinedText(separator: separator), texts.joined(separator: separator), "\(texts)")
            }
        }
        XCTAssertEqual(["a", "b"].joinedText(), "ab")
    }
}
