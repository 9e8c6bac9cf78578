import JournalFoundation
import JournalLanguage
import JournalPapers
import JournalShell
import JournalStore
import XCTest

/// Every text of every catalog exists in both languages, with the same arguments, the forms its
/// numbers need, and Russian words in the Russian one.
final class CatalogTests: XCTestCase {
    /// Every catalog of the tree: a new one is added here.
    static let catalogs: [any MessageCatalog.Type] = [
        FoundationText.self,
        ShellText.self,
        PaperText.self,
        ParserText.self,
        ResolverText.self,
        ReportText.self,
        StoreText.self,
        CheckText.self,
        AnalystText.self,
        WholeScopeText.self,
    ]

    func testEveryTextIsInBothLanguagesWithTheSameArguments() {
        var checked = 0
        for catalog in Self.catalogs {
            checked += check(catalog)
        }
        XCTAssertGreaterThan(checked, 0)
    }

    private func check<Catalog: MessageCatalog>(_ catalog: Catalog.Type) -> Int {
        var count = 0
        for key in Catalog.allCases {
            count += 1
            let name = "\(Catalog.self).\(key.rawValue)"
            let english = Self.placeholders(key.english)
            let russian = Self.placeholders(key.russian)
            XCTAssertFalse(key.english.isEmpty, "\(name) has no English text")
            XCTAssertFalse(key.russian.isEmpty, "\(name) has no Russian text")
            XCTAssertEqual(
                Set(english.map(\.argument)), Set(russian.map(\.argument)),
                "\(name): the English and Russian texts take different arguments")
            for form in english where form.forms > 0 {
                XCTAssertEqual(form.forms, 2, "\(name): an English word that agrees with a number has 2 forms")
            }
            for form in russian where form.forms > 0 {
                XCTAssertEqual(form.forms, 3, "\(name): a Russian word that agrees with a number has 3 forms")
            }
            let words = Self.withoutPlaceholders(key.russian)
            if words.contains(where: \.isLetter) {
                XCTAssertTrue(
                    words.unicodeScalars.contains { ("а"..."я").contains($0) || ("А"..."Я").contains($0) },
                    "\(name): the Russian text has no Russian word: \(key.russian)")
            }
        }
        return count
    }

    func testRussianWordsAgreeWithTheirNumber() {
        let forms = ["ученик", "ученика", "учеников"]
        let expected = [
            0: "учеников", 1: "ученик", 2: "ученика", 4: "ученика", 5: "учеников", 11: "учеников", 12: "учеников",
            14: "учеников", 21: "ученик", 22: "ученика", 101: "ученик", 111: "учеников",
        ]
        for (count, word) in expected {
            XCTAssertEqual(Plural.form(of: count, forms, in: .russian), word, "\(count)")
        }
        XCTAssertEqual(Plural.form(of: 1, ["student", "students"], in: .english), "student")
        XCTAssertEqual(Plural.form(of: 0, ["student", "students"], in: .english), "students")
    }

    func testAWordsKeyIsLowerCaseWithYoAsYe() {
        XCTAssertEqual(RussianWords.key("Учёба"), "учеба")
        XCTAssertEqual(RussianWords.key("УЧЕ\u{0308}БА"), "учеба", "ё typed as е and a combining diaeresis")
        XCTAssertEqual(RussianWords.key("ЁЛКА"), "елка")
        XCTAssertEqual(RussianWords.key("Students"), "students")
        XCTAssertEqual(RussianWords.key("a\u{0308}"), "a\u{0308}", "a diaeresis on another letter stays")
        XCTAssertEqual(RussianWords.english("учётные_записи") ?? "", RussianWords.english("учетные_записи") ?? "")
        XCTAssertEqual(RussianWords.english("отчёты"), RussianWords.english("отчеты"))
        // An ASCII word is read without the table: no Russian form may be ASCII only.
        for form in RussianWords.readings.keys {
            XCTAssertTrue(form.utf8.contains { $0 >= 0x80 }, "\(form): a Russian form needs a Cyrillic letter")
        }
    }

    func testADidYouMeanReadsInTheReadersLanguage() {
        let hint = Suggestion.meant("contrl", in: ["control", "classwork"])
        XCTAssertEqual(hint?.text(in: .english), "did you mean \"control\"?")
        XCTAssertEqual(hint?.text(in: .russian), "может быть, «control»?")
    }

    /// The `{N}` and `{N|…}` of a template: which argument, and how many forms.
    static func placeholders(_ template: String) -> [(argument: Int, forms: Int)] {
        var found: [(Int, Int)] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            if after < rest.endIndex && rest[after] == "{" {
                rest = rest[rest.index(after: after)...]
                continue
            }
            guard let close = rest[after...].firstIndex(of: "}") else { break }
            let parts = rest[after..<close].split(separator: "|", omittingEmptySubsequences: false)
            if let number = Int(parts[0]) { found.append((number, parts.count - 1)) }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    static func withoutPlaceholders(_ template: String) -> String {
        template.replacing(/\{[^}]*\}/, with: "")
    }
}
