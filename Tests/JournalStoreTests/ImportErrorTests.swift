import Foundation
import JournalFoundation
import JournalStore
import TestSupport
import XCTest

/// Each kind of bad input rejects the whole import with file, line, column and reason,
/// and leaves the store exactly as it was.
final class ImportErrorTests: XCTestCase {
    func testUnknownColumnIsNamedWithASuggestion() throws {
        try expectRejection(
            editing: "students.csv", line: 1, { $0.replacingOccurrences(of: "risk_group", with: "risk_grop") },
            rendered: [
                "students.csv:1:58: error: unknown column \"risk_grop\" in students.csv",
                "hint: did you mean \"risk_group\"?",
            ])
    }

    /// Characters no one can see would be stored inside ids and names that look right and match nothing.
    func testAByteOrderMarkInsideTheFileIsRefused() throws {
        try expectRejection(
            editing: "marks.csv", line: 4, { "\u{FEFF}" + $0 },
            rendered: [
                "marks.csv:4:1: error: id holds a byte-order mark (U+FEFF) that would be stored unseen",
                "hint: remove it from the file (a byte-order mark belongs only at the very start of a file)",
            ])
    }

    func testANulOrAZeroWidthCharacterInANameIsRefused() throws {
        try expectRejection(
            editing: "students.csv", line: 2, { $0.replacingOccurrences(of: "Тарасова", with: "Алек\u{0}сеева") },
            rendered: ["students.csv:2:7: error: last_name holds a NUL byte (U+0000) that would be stored unseen"])
        try expectRejection(
            editing: "students.csv", line: 2, { $0.replacingOccurrences(of: "Тарасова", with: "Алек\u{200B}сеева") },
            rendered: ["students.csv:2:7: error: last_name holds an invisible character (U+200B)"])
    }

    /// What the calendar makes impossible is refused: periods of a scheme that overlap, a lesson in
    /// a holiday, a mark entered before its lesson.
    func testOverlappingPeriodsAreRefused() throws {
        try expectRejection(
            editing: "periods.csv", line: 3, { $0.replacingOccurrences(of: "2026-11-05", with: "2026-10-20") },
            rendered: [
                "periods.csv:3:21: error: quarter 2 (2026-10-20 to 2026-12-28) overlaps quarter 1 "
                    + "(2026-09-01 to 2026-10-25, line 2)",
                "hint: a day belongs to one period of a scheme",
            ])
    }

    func testALessonInTheAutumnHolidayIsRefused() throws {
        try expectRejection(
            editing: "lessons.csv", line: 2,
            { $0.replacingOccurrences(of: "L000001,2026-09-01", with: "L000001,2026-10-28") },
            rendered: [
                "lessons.csv:2:9: error: the lesson's day 2026-10-28 falls in no quarter of 2026/2027",
                "hint: the quarters are 1: 2026-09-01 to 2026-10-25, 2: 2026-11-05 to 2026-12-28",
            ])
    }

    func testAMarkEnteredBeforeItsLessonIsRefused() throws {
        try expectRejection(
            editing: "marks.csv", line: 2,
            { $0.replacingOccurrences(of: "2026-09-01 19:13", with: "2025-09-01 19:13") },
            rendered: [
                "marks.csv:2:",
                "error: the mark was entered (2025-09-01 19:13) before its lesson took place (2026-09-01)",
                "hint: a mark is entered on the day of the lesson or later (R17)",
            ])
    }

    func testMissingRequiredColumnIsNamed() throws {
        try expectRejection(
            editing: "marks.csv", line: 1, { $0.replacingOccurrences(of: ",kind", with: ",sort") },
            rendered: ["marks.csv:1:", "unknown column \"sort\""])
    }

    func testUnknownStudentIdInAMark() throws {
        try expectRejection(
            editing: "marks.csv", line: 4, { $0.replacingOccurrences(of: "S0005", with: "S9005") },
            rendered: [
                "marks.csv:4:18: error: unknown student \"S9005\" in student_id",
                "                 ^~~~~",
                "hint: students.csv has no such id",
            ])
    }

    func testUnknownTeacherInALesson() throws {
        try expectRejection(
            editing: "lessons.csv", line: 3, { $0.replacingOccurrences(of: ",T006,", with: ",T666,") },
            rendered: ["lessons.csv:3:", "unknown staff member \"T666\" in teacher"])
    }

    func testImpossibleDate() throws {
        try expectRejection(
            editing: "lessons.csv", line: 3, { $0.replacingOccurrences(of: "2026-09-01,2", with: "2026-02-30,2") },
            rendered: [
                "lessons.csv:3:9: error: \"2026-02-30\" in date is not a date",
                "hint: write dates as YYYY-MM-DD",
            ])
    }

    func testDateInTheWrongShape() throws {
        try expectRejection(
            editing: "students.csv", line: 2, { $0.replacingOccurrences(of: "2014-01-16", with: "16.01.2014") },
            rendered: ["students.csv:2:", "\"16.01.2014\" in birth_date is not a date"])
    }

    func testBadTimestamp() throws {
        try expectRejection(
            editing: "marks.csv", line: 2,
            { $0.replacingOccurrences(of: "2026-09-01 19:13", with: "2026-09-01 25:13") },
            rendered: ["marks.csv:2:", "is not a date and time", "hint: write times as YYYY-MM-DD HH:MM"])
    }

    func testMarkValueOutOfRange() throws {
        try expectRejection(
            editing: "marks.csv", line: 2, { $0.replacingOccurrences(of: ",5,classwork", with: ",7,classwork") },
            rendered: ["marks.csv:2:24: error: \"7\" in value is not a whole number from 1 to 5"])
    }

    func testMisspeltKindOfMarkGetsDidYouMean() throws {
        try expectRejection(
            editing: "marks.csv", line: 2, { $0.replacingOccurrences(of: "classwork", with: "clsaswork") },
            rendered: ["marks.csv:2:26: error: \"clsaswork\" is not a kind of mark", "did you mean \"classwork\"?"])
    }

    func testBadAttendanceCode() throws {
        try expectRejection(
            editing: "attendance.csv", line: 2, { $0.replacingOccurrences(of: ",late,", with: ",missing,") },
            rendered: ["attendance.csv:2:", "\"missing\" is not an attendance code", "use one of: absent, sick"])
    }

    func testBadPeriodGrade() throws {
        try expectRejection(
            editing: "grades.csv", line: 2, { $0.replacingOccurrences(of: ",1,4,", with: ",1,6,") },
            rendered: ["grades.csv:2:", "\"6\" is not a period grade"])
    }

    func testPeriodOutsideTheClassScheme() throws {
        try expectRejection(
            editing: "grades.csv", line: 2, { $0.replacingOccurrences(of: ",1,4,", with: ",5,4,") },
            rendered: ["grades.csv:2:", "\"5\" is not a period of the quarter scheme in 2026/2027", "use 1 to 4"])
    }

    func testMarkForAStudentOfAnotherClass() throws {
        // L000002 is a lesson of 5А; S0030 is in 7А.
        try expectRejection(
            editing: "marks.csv", line: 4, { $0.replacingOccurrences(of: "S0005", with: "S0030") },
            rendered: [
                "marks.csv:4:18: error: student S0030 is not in the class of lesson L000002",
                "hint: marks and attendance are only for the students of the lesson's class",
            ])
    }

    func testMarkForAStudentOfTheOtherGroup() throws {
        // L000004 is a lesson of group 5А-eng-1; S0015 is in 5А-eng-2.
        let line = try lineNumber(in: "marks.csv", containing: ",L000004,")
        try expectRejection(
            editing: "marks.csv", line: line,
            { line in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                return ([fields[0], fields[1], "S0015"] + fields[3...]).joined(separator: ",")
            },
            rendered: ["marks.csv:\(line):18: error: student S0015 is not in the group of lesson L000004"])
    }

    func testDuplicateIdNamesTheFirstLine() throws {
        try expectRejection(
            editing: "marks.csv", line: 3, { $0.replacingOccurrences(of: "M0000002", with: "M0000001") },
            rendered: ["marks.csv:3:1: error: id M0000001 appears twice in marks.csv", "first given on line 2"])
    }

    func testRowWithTooManyFields() throws {
        try expectRejection(
            editing: "subjects.csv", line: 3, { $0 + ",extra" },
            rendered: ["subjects.csv:3:", "this row has 4 fields but the header names 3"])
    }

    func testLatinLetterInAClassName() throws {
        try expectRejection(
            editing: "classes.csv", line: 2, { $0.replacingOccurrences(of: "5А,", with: "5A,") },
            rendered: ["classes.csv:2:1: error: \"5A\" is not a class name of grade 5", "capital Cyrillic letter"])
    }

    func testUnknownRoleOfStaff() throws {
        try expectRejection(
            editing: "staff.csv", line: 2, { $0.replacingOccurrences(of: ",director,", with: ",directr,") },
            rendered: ["staff.csv:2:", "\"directr\" is not a role", "did you mean \"director\"?"])
    }

    func testUnknownFileInTheFolder() throws {
        let folder = try sampleCopy()
        try "id\n1\n".write(to: folder.appendingPathComponent("mark.csv"), atomically: true, encoding: .utf8)
        try expectRejection(
            of: folder,
            rendered: [
                "mark.csv:1:1: error: mark.csv is not a file of the journal's folder format", " 1 | mark.csv",
                "   | ^~~~~~~~", "hint: did you mean \"marks.csv\"?",
            ])
    }

    /// Every refusal of a folder shows a line and a caret: a missing column where it would go, an
    /// empty file at its start.
    func testAMissingColumnAndAnEmptyFileArePointedAt() throws {
        try expectRejection(
            editing: "marks.csv", line: 1, { $0.replacingOccurrences(of: ",kind", with: "") },
            rendered: [
                "marks.csv:1:52: error: marks.csv has no column \"kind\"",
                " 1 | id,lesson_id,student_id,value,entered_at,entered_by",
                "   |                                                    ^",
            ])
        let folder = try sampleCopy()
        try "".write(to: folder.appendingPathComponent("visits.csv"), atomically: true, encoding: .utf8)
        try expectRejection(of: folder, rendered: ["visits.csv:1:1: error: visits.csv is empty", " 1 | ", "   | ^"])
    }

    func testBrokenRowLaterInABigFileWritesNothing() throws {
        // The last row of marks.csv is bad: everything before it was already inserted, and must be rolled back.
        let lines = try String(contentsOf: Fixtures.sampleSchool.appendingPathComponent("marks.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).count
        try expectRejection(
            editing: "marks.csv", line: lines, { $0.replacingOccurrences(of: ",T0", with: ",X0") },
            rendered: ["marks.csv:\(lines):", "unknown staff member"])
    }

    // MARK: - Helpers

    private func sampleCopy() throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("school")
        try FileManager.default.copyItem(at: Fixtures.sampleSchool, to: folder)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent(file).path)
        }
        return folder
    }

    private func lineNumber(in file: String, containing text: String) throws -> Int {
        let lines = try String(contentsOf: Fixtures.sampleSchool.appendingPathComponent(file), encoding: .utf8)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return try XCTUnwrap(lines.firstIndex { $0.contains(text) }) + 1
    }

    /// Edits one line of one file of a copy of the sample, imports it, and checks the error.
    private func expectRejection(
        editing file: String, line: Int, _ edit: (String) -> String, rendered expected: [String],
        sourceLocation: StaticString = #filePath, lineOfTest: UInt = #line
    ) throws {
        let folder = try sampleCopy()
        let url = folder.appendingPathComponent(file)
        // The sample's files end their lines with CRLF, one Character in Swift.
        var lines = try String(contentsOf: url, encoding: .utf8)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let edited = edit(lines[line - 1])
        XCTAssertNotEqual(edited, lines[line - 1], "the edit changed nothing", file: sourceLocation, line: lineOfTest)
        lines[line - 1] = edited
        try lines.joined(separator: "\r\n").write(to: url, atomically: true, encoding: .utf8)
        try expectRejection(of: folder, rendered: expected, sourceLocation: sourceLocation, lineOfTest: lineOfTest)
    }

    private func expectRejection(
        of folder: URL, rendered expected: [String], sourceLocation: StaticString = #filePath, lineOfTest: UInt = #line
    ) throws {
        let store = try JournalStore(path: try Fixtures.storePath())
        let before = try store.rowCounts()
        do {
            _ = try JournalImport(folder: folder.path).run(into: store)
            XCTFail("the import was accepted", file: sourceLocation, line: lineOfTest)
        } catch let diagnostic as Diagnostic {
            let text = diagnostic.rendered
            for part in expected {
                XCTAssertTrue(
                    text.contains(part), "expected «\(part)» in:\n\(text)", file: sourceLocation, line: lineOfTest)
            }
        }
        XCTAssertEqual(try store.rowCounts(), before, "the store changed", file: sourceLocation, line: lineOfTest)
        XCTAssertEqual(try store.isEmpty(), true, file: sourceLocation, line: lineOfTest)
    }
}
