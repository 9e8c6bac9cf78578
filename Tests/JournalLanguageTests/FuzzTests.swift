import Foundation
import JournalFoundation
import JournalLanguage
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// Tens of thousands of statements made from the grammar's examples, the golden queries and the
/// writing examples — mutated (words dropped, doubled, swapped, replaced, truncated, nested) and
/// strung together at random — run through the whole pipeline on the sample school, each in a
/// transaction rolled back. Every one ends in rows or in a mistake of the input with its place;
/// never an internal error, never a crash. Seeded: a failure prints its seed and input.
/// `EJOURNAL_FUZZ=N` runs N inputs (scripts/fuzz runs a million); `EJOURNAL_FUZZ_SEED` picks the seed.
final class FuzzTests: XCTestCase {
    /// SplitMix64: the same seed gives the same inputs on every machine.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// Words no example has, that a user (or a stray paste) may type.
    static let strange = [
        "(", ")", ",", ";", ":", "\"", "'", "«", "»", "--", "=", "!=", "<", ">=", "+", "-", "*", "/", "and", "or",
        "not",
        "is", "empty", "0", "-0", "0.5", "1e308", "99999999999999999999", "2026-02-30", "9999-12-31", "0000-01-01",
        "20.11.2026", "7Г", "7а", "7A", "ученики", "Ёлкин", "e\u{301}", "\u{202E}abc", "日本語", "🙂", "\u{0}", "\u{7}",
        "$name", "%", "#", "[", "{", String(repeating: "я", count: 300), "term", "quarter 9", "during", "where", "by",
        "show", "order by", "limit", "limit 0", "in", "explain", "explain query plan",
    ]

    static func seeds() throws -> [String] {
        var seeds = try GrammarTests.examples()
        let goldens = try GoldenTests.cases("queries").map(\.query) + GoldenTests.cases("errors").map(\.query)
        seeds += goldens
        seeds += LanguageReference.writingExamples.values.flatMap { $0 }
        seeds += LanguageReference.russianExamples.values.flatMap { $0 }
        // The required questions in Russian.
        let russian = RussianTwinTests.folder.appendingPathComponent("Russian")
        for name in try FileManager.default.contentsOfDirectory(atPath: russian.path) where name.hasSuffix(".ejq") {
            seeds.append(
                try String(contentsOf: russian.appendingPathComponent(name), encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return seeds
    }

    /// Russian forms of the English words, for statements half in one language and half in the other.
    static let russianForms: [String: [String]] = Dictionary(
        RussianWords.forms.map { ($0.english, $0.russian) }, uniquingKeysWith: +)

    /// A statement made from the seeds by a few random changes, or strung from words at random.
    static func input(_ random: inout Generator, seeds: [String], words: [String]) -> String {
        if random.below(10) == 0 {
            return (0..<(1 + random.below(12))).map { _ in random.pick(words) }.joined(separator: " ")
        }
        var tokens = random.pick(seeds).split(separator: " ").map(String.init)
        // Some seeds run as they are, or with a value swapped for another seed's word, so the rows
        // of every source are read too, not only the errors.
        let changes = random.below(5) == 0 ? 0 : 1 + random.below(3)
        for _ in 0..<changes {
            let index = random.below(tokens.count + 1)
            switch random.below(8) {
            case 0 where !tokens.isEmpty: tokens.remove(at: min(index, tokens.count - 1))
            case 1 where !tokens.isEmpty: tokens.insert(tokens[min(index, tokens.count - 1)], at: index)
            case 2 where tokens.count > 1:
                tokens.swapAt(min(index, tokens.count - 1), random.below(tokens.count))
            case 3: tokens.insert(random.pick(words), at: index)
            case 4 where !tokens.isEmpty: tokens[min(index, tokens.count - 1)] = random.pick(words)
            case 5: tokens = Array(tokens.prefix(index))
            case 6 where !tokens.isEmpty:
                // A word said in Russian (or, for a Russian seed, left as it is).
                let at = min(index, tokens.count - 1)
                if let forms = Self.russianForms[tokens[at].lowercased()] { tokens[at] = random.pick(forms) }
            default:
                let depth = 1 + random.below(40)
                tokens.insert(String(repeating: "(", count: depth), at: index)
            }
        }
        return tokens.joined(separator: " ")
    }

    /// Statements that take seconds by design (hashing every staff member's password, copying the
    /// journal) are compiled, not run.
    static func runs(_ input: String) -> Bool {
        let first = input.split(separator: " ").first.map { Token.key(of: String($0)) } ?? ""
        return !["issue", "backup", "restore", "check"].contains(first)
    }

    func testNoInputEndsInAnInternalErrorOrACrash() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["EJOURNAL_FUZZ"].flatMap(Int.init) ?? 20_000
        let seed = environment["EJOURNAL_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_201
        let store = try SampleSchool.store()
        let session = Session(store: store, today: SampleSchool.today, write: { _ in })
        let seeds = try Self.seeds()
        let words = Array(Set(seeds.flatMap { $0.split(separator: " ").map(String.init) } + Self.strange)).sorted()
        var random = Generator(state: seed)
        let catalog = try store.catalog()
        var failures: [String] = []
        var ran = 0
        var refused = 0
        let started = ContinuousClock.now
        for number in 0..<count {
            let input = Self.input(&random, seeds: seeds, words: words)
            do {
                if Self.runs(input) {
                    try store.inTransaction(rollback: true) { try session.run(input) }
                    ran += 1
                } else {
                    do {
                        _ = try Compiler.compile(input, catalog: catalog, today: CivilDate(SampleSchool.today)!)
                    } catch {
                        refused += 1
                    }
                }
            } catch {
                // A write that was rolled back may have left names in the session's catalog.
                session.refreshCatalog()
                let located: Bool
                switch error {
                case let diagnostic as Diagnostic: located = diagnostic.location != nil
                case let diagnostics as Diagnostics: located = diagnostics.items.first?.location != nil
                default: located = false
                }
                guard ExitStatus.of(error) == .input, located else {
                    failures.append("seed \(seed), input \(number): \(input)\n  → \(ExitStatus.describe(error))")
                    if failures.count >= 20 { break }
                    continue
                }
                refused += 1
            }
            session.refreshCatalog()
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            "fuzz: \(count) inputs, \(ran) run, \(refused) refused as mistakes, \(failures.count) internal, \(seconds) s"
        )
        XCTAssertEqual(failures, [], failures.joined(separator: "\n"))
    }
}
