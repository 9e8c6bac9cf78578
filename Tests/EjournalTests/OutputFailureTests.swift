import Foundation
import JournalStore
import TestSupport
import XCTest

/// Output that cannot be written (`/dev/full`: "No space left on device") ends the program with a
/// message in the reader's language and EX_IOERR, not a trap of Foundation's `FileHandle.write`.
final class OutputFailureTests: XCTestCase {
    func run(_ arguments: [String], language: String) throws -> (status: Int32, stderr: String) {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full here") }
        let process = Process()
        process.executableURL = Fixtures.productsFolder.appendingPathComponent("ejournal")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["EJOURNAL_LANG"] = language
        process.environment = environment
        let errors = try Fixtures.temporaryFolder().appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: errors, encoding: .utf8))
    }

    func testAFullDiskEndsTheRunWithAMessageAndEXIOERR() throws {
        let db = try Fixtures.storePath()
        let store = try JournalStore(path: db)
        _ = try JournalImport(folder: Fixtures.sampleSchool.path).run(into: store)
        let english = try run(["--db", db, "-c", "students show name"], language: "en")
        XCTAssertEqual(english.status, 74, english.stderr)
        XCTAssertTrue(english.stderr.hasPrefix("error: the output cannot be written: "), english.stderr)
        XCTAssertTrue(english.stderr.contains("\nhint: what was not written is lost"), english.stderr)
        let russian = try run(["--db", db, "--format", "csv", "-c", "ученики показать фио"], language: "ru")
        XCTAssertEqual(russian.status, 74, russian.stderr)
        XCTAssertTrue(russian.stderr.contains("вывод не записать: "), russian.stderr)
        XCTAssertTrue(russian.stderr.contains("не записанное потеряно"), russian.stderr)
    }
}
