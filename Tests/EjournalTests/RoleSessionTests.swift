import Foundation
import JournalStore
import TestSupport
import XCTest

/// Users who logged in, end to end on the real binary: each role does its own work and is
/// refused the rest, with a message that says who may (R16).
final class RoleSessionTests: XCTestCase {
    private var users: JournalUsers!

    override func setUpWithError() throws {
        let db = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
        users = try JournalUsers(db: db, issuing: "T007, T006, T018, S0055, P0095")
        XCTAssertEqual(users.logins, ["t007", "t006", "t018", "s0055", "p0095"])
    }

    /// Runs `statements` logged in as `login` (the one-time password changed on the way in).
    private func run(_ login: String, _ statements: String) throws -> CommandResult {
        let result = try users.run(login, ["--today", SampleSchool.today, "--format", "csv", "-c", statements])
        XCTAssertNotEqual(result.status, 77, "\(login) could not log in: \(result.stderr)")
        return result
    }

    func testAParentReadsTheirChildsDiaryAndNothingElse() throws {
        let diary = try run("p0095", "diary")
        XCTAssertEqual(diary.status, 0, diary.stderr)
        XCTAssertTrue(diary.stdout.hasPrefix("\"diary of Баранов Ярослав Николаевич, 7А, this week"), diary.stdout)
        XCTAssertTrue(
            diary.stdout.contains("\ndate,lesson,subject,teacher,topic,homework,marks,absence\n"), diary.stdout)
        XCTAssertGreaterThan(diary.stdout.split(separator: "\n").count, 5)
        let other = try run("p0095", "diary S0033")
        XCTAssertEqual(other.status, 65)
        XCTAssertTrue(other.stderr.contains("may not read this student's diary"), other.stderr)
        let list = try run("p0095", "students in 7А")
        XCTAssertEqual(list.status, 65)
        XCTAssertTrue(
            list.stderr.contains("hint: parents and students read the student's own: diary, report STUDENT"),
            list.stderr)
    }

    /// R9, R28: a parent reads their child's report and forecast, the student their own; no one
    /// else's, nor the class's.
    func testAParentReadsTheirChildsReportAndForecastAndNoOneElses() throws {
        let report = try run("p0095", "report S0055 term 1")
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(
            report.stdout.hasPrefix(
                "\"Баранов Ярослав Николаевич, 7А: marks and period grades, term 1 (2026-09-01 to 2026-10-25), "
                    + "as of 2026-11-27\"\nsubject,marks,average,grade,forecast,still_needed,absences\n"
                    + "Русский язык,\"3, 2, 4, 4, 3, 2\",3.0,3,3,0,2\n"),
            report.stdout)
        XCTAssertTrue(report.stdout.contains("\nabsences,sick,excused,lates\n17,15,1,3\n"), report.stdout)
        let own = try run("p0095", "report; forecast")
        XCTAssertEqual(own.status, 0, own.stderr)
        XCTAssertTrue(own.stdout.contains("subject,marks,average,forecast,required,still_needed\n"), own.stdout)
        let other = try run("p0095", "report S0033 term 1")
        XCTAssertEqual(other.status, 65)
        XCTAssertEqual(other.stdout, "")
        XCTAssertTrue(other.stderr.contains("may not read this student's report"), other.stderr)
        XCTAssertTrue(
            other.stderr.contains("hint: a student reads their own report and forecast, a parent their children's"),
            other.stderr)
        let forecast = try run("p0095", "forecast S0033")
        XCTAssertEqual(forecast.status, 65)
        let classReport = try run("p0095", "report 7А term 1")
        XCTAssertEqual(classReport.status, 65)
        XCTAssertEqual(classReport.stdout, "")
        let student = try run("s0055", "report \"Баранов Ярослав\" term 1")
        XCTAssertEqual(student.status, 0, student.stderr)
        XCTAssertEqual(student.stdout, report.stdout)
        let classmate = try run("s0055", "ведомость S0056")
        XCTAssertEqual(classmate.status, 65)
        XCTAssertTrue(classmate.stderr.contains("may not read this student's report"), classmate.stderr)
    }

    func testATeacherFillsInTheirOwnLessonOnly() throws {
        let own = try run("t007", "mark 7А alg 2026-11-27: Баранов 5 control")
        XCTAssertEqual(own.status, 0, own.stderr)
        XCTAssertEqual(own.stdout, "1 mark put in 7А Алгебра lesson 3 on 2026-11-27\n")
        let entered = try users.run(
            nil,
            [
                "--format", "csv", "-c",
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

    /// A subject teacher reads the names and journal of the classes they teach, not the students'
    /// personal data or parents; a class teacher reads those of their own class only (R8).
    func testPersonalDataIsTheClassTeachersOfTheirOwnClassOnly() throws {
        let risk = try run("t006", "students in 7А where risk show name, birth_date, risk_reason")
        XCTAssertEqual(risk.status, 65, risk.stdout)
        XCTAssertTrue(risk.stderr.contains("may not read the students' names of 7А"), risk.stderr)
        let ownRisk = try run("t006", "students in 5А where risk show name, birth_date, risk_reason")
        XCTAssertEqual(ownRisk.status, 65, ownRisk.stdout)
        XCTAssertTrue(
            ownRisk.stderr.contains("may not read the students' personal data and parents of 5А"), ownRisk.stderr)
        XCTAssertTrue(ownRisk.stderr.contains("hint: the class teacher reads their own class's (R8)"), ownRisk.stderr)
        let names = try run("t006", "students in 5А show name")
        XCTAssertEqual(names.status, 0, names.stderr)
        let parents = try run("t006", "parents show name, phone, email, children")
        XCTAssertEqual(parents.status, 65, parents.stdout)
        XCTAssertEqual(parents.stdout, "")
        let own = try run("t018", "parents in 7А show name, phone")
        XCTAssertEqual(own.status, 0, own.stderr)
        XCTAssertGreaterThan(own.stdout.split(separator: "\n").count, 20)
        let other = try run("t018", "parents in 5А show name, phone")
        XCTAssertEqual(other.status, 65, other.stdout)
        XCTAssertTrue(other.stderr.contains("personal data and parents of 5А"), other.stderr)
        let school = try run("t018", "students show name, birth_date")
        XCTAssertEqual(school.status, 65, school.stdout)
        XCTAssertTrue(school.stderr.contains("of the whole school"), school.stderr)
    }

    func testAStudentOnlyViews() throws {
        XCTAssertEqual(try run("s0055", "diary").status, 0)
        let write = try run("s0055", "mark 7А alg 2026-11-27: Баранов 5")
        XCTAssertEqual(write.status, 65)
        XCTAssertTrue(write.stderr.contains("may not fill in this lesson"), write.stderr)
    }
}
