import Foundation
import JournalStore
import TestSupport
import XCTest

/// Users who logged in, end to end on the real binary: each role does its own work and is
/// refused the rest, with a message that says who may (R16).
final class RoleSessionTests: XCTestCase {
    private var db = ""
    private var passwords: [String: String] = [:]
    /// The logins whose one-time password was changed at their first log-in.
    private var changed: Set<String> = []
    private let chosen = "новый-пароль-2026"

    override func setUpWithError() throws {
        db = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
        let issued = try ejournal(["--db", db, "--format", "csv", "-c", "issue credentials for T007, S0055, P0095"])
        XCTAssertEqual(issued.status, 0, issued.stderr)
        for record in Fixtures.parseCSV(issued.stdout).dropFirst() where record.count == 4 {
            passwords[record[2]] = record[3]
        }
        XCTAssertEqual(Set(passwords.keys), ["t007", "s0055", "p0095"])
    }

    /// Runs `statements` logged in as `login` (the one-time password changed on the way in).
    private func run(_ login: String, _ statements: String) throws -> CommandResult {
        let environment =
            changed.contains(login)
            ? ["EJOURNAL_PASSWORD": chosen] : ["EJOURNAL_PASSWORD": passwords[login]!, "EJOURNAL_NEW_PASSWORD": chosen]
        let result = try ejournal(
            ["--user", login, "--db", db, "--today", SampleSchool.today, "--format", "csv", "-c", statements],
            environment: environment)
        XCTAssertNotEqual(result.status, 77, "\(login) could not log in: \(result.stderr)")
        changed.insert(login)
        return result
    }

    func testAParentReadsTheirChildsDiaryAndNothingElse() throws {
        let diary = try run("p0095", "diary")
        XCTAssertEqual(diary.status, 0, diary.stderr)
        XCTAssertTrue(
            diary.stdout.hasPrefix("date,lesson,subject,teacher,topic,homework,marks,absence\n"), diary.stdout)
        XCTAssertGreaterThan(diary.stdout.split(separator: "\n").count, 5)
        let other = try run("p0095", "diary S0033")
        XCTAssertEqual(other.status, 65)
        XCTAssertTrue(other.stderr.contains("may not read this student's diary"), other.stderr)
        let list = try run("p0095", "students in 7А")
        XCTAssertEqual(list.status, 65)
        XCTAssertTrue(list.stderr.contains("hint: parents and students read the diary: diary"), list.stderr)
    }

    func testATeacherFillsInTheirOwnLessonOnly() throws {
        let own = try run("t007", "mark 7А alg 2026-11-27: Баранов 5 control")
        XCTAssertEqual(own.status, 0, own.stderr)
        XCTAssertEqual(own.stdout, "1 mark put in 7А Алгебра lesson 3 on 2026-11-27\n")
        let entered = try ejournal([
            "--db", db, "--format", "csv", "-c",
            "marks in 7А during on 2026-11-27 where kind = control and student = S0055 show value, entered_at",
        ])
        XCTAssertTrue(entered.stdout.contains("5,2026-11-27 "), entered.stdout + entered.stderr)
        let other = try run("t007", "mark 7А pe 2026-11-27: Баранов 5")
        XCTAssertEqual(other.status, 65)
        XCTAssertTrue(other.stderr.contains("may not fill in this lesson"), other.stderr)
        XCTAssertTrue(other.stderr.contains("hint: the lesson's teacher T017 or its substitute does"), other.stderr)
        let school = try run("t007", "marks during this week")
        XCTAssertEqual(school.status, 65)
        XCTAssertTrue(school.stderr.contains("may not read the journal of the whole school"), school.stderr)
        let taught = try run("t007", "marks in 7А during this week by subject")
        XCTAssertEqual(taught.status, 0, taught.stderr)
    }

    func testAStudentOnlyViews() throws {
        XCTAssertEqual(try run("s0055", "diary").status, 0)
        let write = try run("s0055", "mark 7А alg 2026-11-27: Баранов 5")
        XCTAssertEqual(write.status, 65)
        XCTAssertTrue(write.stderr.contains("may not fill in this lesson"), write.stderr)
    }
}
