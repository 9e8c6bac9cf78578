import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// The benchmark's reference: `bench/expert/NAME.sql`, the SQL a SQLite expert would write for
/// speed for each required question and report of the spec (`NAME.ejq`), set-based and written
/// from the spec's words, not from the generator. Both are templates whose classes and subjects
/// `scripts/bench.d/expert.py` picks per school; on the sample school the picks are the spec's
/// own, so the questions are exactly the Oracle's. Each expert SQL must give the rows of the
/// ejournal query (as sets, or in order where the SQL file starts with `-- ordered`), or the
/// benchmark would time two different questions.
final class ExpertSQLTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../bench/expert").standardizedFileURL
    static let oracle = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Oracle")

    /// What `expert.py params` picks on the sample school.
    static let sample: [String: String] = [
        "TODAY": SampleSchool.today, "GRADE": "7", "A": "7А", "B": "7Б", "C5": "5А", "C10": "10А",
        "FAMILY": "math", "COURSE": "alg", "COURSE2": "geom", "LANG": "eng", "MATH": "math",
        "A_SUBJECTS": "rus lit alg geom eng hist bio phys inf geo pe art",
    ]

    static func render(_ name: String, _ ext: String) throws -> String {
        var text = try String(contentsOf: folder.appendingPathComponent("\(name).\(ext)"), encoding: .utf8)
        // A fragment repeated for each of {A}'s subjects (a summary sheet's columns), as expert.py does.
        let subjects = sample["A_SUBJECTS", default: ""].split(separator: " ")
        text = text.replacing(/\{EACH_A_SUBJECT:([^{}]*)\}/) { match in
            subjects.map { match.1.replacingOccurrences(of: "$S", with: $0) }.joined(separator: ", ")
        }
        for (key, value) in sample { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        return text
    }

    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".ejq") }.map { String($0.dropLast(4)) }.sorted()
    }

    func testEveryOracleQuestionHasItsExpertSQLAndIsTheSameQuestion() throws {
        let expert = try Self.names(in: Self.folder)
        XCTAssertEqual(expert, try Self.names(in: Self.oracle), "every Q and report of the spec has its expert SQL")
        for name in expert {
            let ours = try Self.render(name, "ejq").trimmingCharacters(in: .whitespacesAndNewlines)
            let spec = try String(contentsOf: Self.oracle.appendingPathComponent("\(name).ejq"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "7A", with: "7А")  // Q1 names the class in Latin letters
            XCTAssertEqual(ours, spec, "\(name): on the sample school the benchmark asks the spec's question")
            let sql = try Self.render(name, "sql")
            XCTAssertFalse(sql.contains("{"), "\(name): every pick of the template is filled in")
        }
    }

    func testEveryExpertSQLGivesTheRowsOfItsQuery() throws {
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        for name in try Self.names(in: Self.folder) {
            let query = try Self.render(name, "ejq")
            let expert = try Self.render(name, "sql")
            var ours: [[String]] = []
            for statement in try Compiler.compile(query, catalog: catalog, today: CivilDate(SampleSchool.today)!) {
                switch statement {
                case .query(let sql):
                    ours += try SampleSchool.rows(sql.sql, arguments: sql.arguments, in: store)
                case .report(let tables):
                    for table in tables {
                        ours += try SampleSchool.rows(table.query.sql, arguments: table.query.arguments, in: store)
                    }
                default:
                    XCTFail("\(name) is not a query or report")
                }
            }
            var theirs: [[String]] = []
            for statement in expert.components(separatedBy: ";\n").map({
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            })
            where !statement.isEmpty {
                theirs += try SampleSchool.rows(statement, in: store)
            }
            XCTAssertFalse(theirs.isEmpty, "\(name): the expert SQL found nothing, so the check would be empty")
            if expert.hasPrefix("-- ordered") {
                XCTAssertEqual(ours, theirs, "\(name): \(query)")
            } else {
                XCTAssertEqual(
                    ours.map { $0.joined(separator: "|") }.sorted(), theirs.map { $0.joined(separator: "|") }.sorted(),
                    "\(name): \(query)")
            }
        }
    }
}
