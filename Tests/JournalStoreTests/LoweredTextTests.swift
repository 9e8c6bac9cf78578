import JournalFoundation
import XCTest

/// `lowered()` (ASCII and the Russian alphabet lowered byte by byte) gives the text `lowercased()`
/// gives, for every text: the letters it lowers itself and the ones it hands over.
final class LoweredTextTests: XCTestCase {
    /// ASCII, Cyrillic and Cyrillic Supplement, Latin-1, Greek, a combining mark, an
    /// emoji and Turkish İ (which lowers to two characters); Σ lowers to σ, final or not.
    private let scalars: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0xC0...0xFF, 0x391...0x3C9, 0x400...0x52F, 0x130...0x131]
        return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) } + ["\u{301}", "\u{1F600}", "Ω"]
    }()

    func testEveryCharacterAloneLowersAsLowercasedDoes() {
        for scalar in scalars {
            let text = String(scalar)
            XCTAssertEqual(text.lowered(), text.lowercased(), "U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
    }

    func testMixedTextsLowerAsLowercasedDoes() {
        var generator = SystemRandomNumberGenerator()
        let russian = Array("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя 7А-5б.,()<>")
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...24, using: &generator)
            var text = String((0..<length).map { _ in russian.randomElement(using: &generator)! })
            if Bool.random(using: &generator) {
                text.insert(Character(scalars.randomElement(using: &generator)!), at: text.startIndex)
            }
            XCTAssertEqual(text.lowered(), text.lowercased(), text)
            XCTAssertEqual(String(text.dropFirst()).lowered(), text.dropFirst().lowercased(), text)
        }
        XCTAssertEqual("Иванова Ёлка ÉCOLE ALGEBRA".lowered(), "иванова ёлка école algebra")
        XCTAssertEqual("ЭТО 10А".lowered(), "это 10а")
    }
}
