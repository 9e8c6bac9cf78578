import Foundation
import GRDB
import JournalStore
import TestSupport
import XCTest

/// Users and log-in from the command line (R3, R7, R15): credentials issued by a statement,
/// `--user` with the password from the environment or the terminal, and no password or hash
/// ever in an output, an export or the history.
final class CredentialsTests: XCTestCase {
    private var db = ""

    override func setUpWithError() throws {
        db = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
    }

    /// Issues credentials with the statement and returns the one-time passwords by login.
    private func issue(_ holders: String) throws -> [String: String] {
        let result = try ejournal(["--db", db, "--format", "csv", "-c", "issue credentials for \(holders)"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("change it at first log-in"), result.stderr)
        let records = Fixtures.parseCSV(result.stdout).filter { $0 != [""] }
        XCTAssertEqual(records.first, ["name", "class or role", "login", "one-time password"])
        return Dictionary(uniqueKeysWithValues: records.dropFirst().map { ($0[2], $0[3]) })
    }

    /// Every stored password hash, and each one's salt and hash part (the last two of `$argon2id$…$SALT$HASH`).
    private func storedSecrets() throws -> [String] {
        let hashes = try JournalStore(path: db).read { db in
            try String.fetchAll(db, sql: "SELECT password_hash FROM account")
        }
        return hashes + hashes.flatMap { $0.split(separator: "$").suffix(2).map(String.init) }
    }

    /// libedit's history file with its octal escapes (`\\040` for a space) decoded.
    static func unescaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "\\"), index + 3 < source.count,
                let value = UInt8(String(decoding: source[index + 1...index + 3], as: UTF8.self), radix: 8)
            {
                bytes.append(value)
                index += 4
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func testTheListShowsNameClassOrRoleLoginAndPassword() throws {
        let result = try ejournal(["--db", db, "-c", "issue credentials for T018, Тарасова Виктория"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = result.stdout.split(separator: "\n").map {
            $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        XCTAssertEqual(rows.first, ["name", "class or role", "login", "one-time password"])
        XCTAssertEqual(rows.count(where: { $0.count == 4 && $0[3].count == 10 }), 2, result.stdout)
        XCTAssertTrue(rows.contains { $0.prefix(3) == ["Козлова Василиса", "teacher, class teacher", "t018"] })
        XCTAssertTrue(rows.contains { $0.prefix(3) == ["Тарасова Виктория", "5А", "s0001"] })
        XCTAssertTrue(result.stdout.hasSuffix("change it at first log-in.\n"), result.stdout)
    }

    func testAnUnknownNameIsPointedAt() throws {
        let result = try ejournal(["--db", db, "-c", "issue credentials for T005, 7Г"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.hasPrefix("<command line>:1:29: error: there is no class \"7Г\"\n"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("^~\nhint: did you mean 7А or 7Б?\n"), result.stderr)
        XCTAssertEqual(try storedSecrets(), [], "nothing is issued when a name is wrong")
    }

    func testLogInWithTheEnvironmentAfterTheOneTimePasswordWasChanged() throws {
        let once = try XCTUnwrap(try issue("T005")["t005"])
        // A teacher reads the lists (the journal of the classes they teach only).
        let query = ["--user", "t005", "--db", db, "--format", "csv", "-c", "staff where id = T005 show id"]
        // The one-time password opens nothing until a new one is chosen.
        let unchanged = try ejournal(query, environment: ["EJOURNAL_PASSWORD": once])
        XCTAssertNotEqual(unchanged.status, 0)
        XCTAssertTrue(unchanged.stderr.contains("no terminal to ask for the password"), unchanged.stderr)

        let first = try ejournal(
            query, environment: ["EJOURNAL_PASSWORD": once, "EJOURNAL_NEW_PASSWORD": "зимой-2026"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let second = try ejournal(query, environment: ["EJOURNAL_PASSWORD": "зимой-2026"])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.stdout, "id\nT005\n")
        let visits = try ejournal(["--db", db, "--format", "csv", "-c", "visits where user = T005 show at"])
        XCTAssertEqual(visits.stdout.split(separator: "\n").count, 1 + 2, "each log-in is a visit: \(visits.stdout)")

        let wrong = try ejournal(query, environment: ["EJOURNAL_PASSWORD": once])
        XCTAssertEqual(wrong.status, 77)
        XCTAssertEqual(wrong.stdout, "")
        XCTAssertTrue(wrong.stderr.hasPrefix("error: wrong login or password\n"), wrong.stderr)
        let unknown = try ejournal(
            ["--user", "t999", "--db", db, "-c", "staff"], environment: ["EJOURNAL_PASSWORD": "зимой-2026"])
        XCTAssertEqual(unknown.status, 77)
        XCTAssertEqual(unknown.stderr, wrong.stderr, "a wrong login and a wrong password read alike")
    }

    func testTheLocalAdministratorHasNoPasswordToChange() throws {
        let result = try ejournal(["--db", db], input: ".password\n")
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("error: the local administrator has no password to change"), result.stderr)
    }

    func testNoPasswordOrHashInAnyOutputExportOrHistory() throws {
        try XCTSkipUnless(TerminalSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        let issued = try issue("staff, S0001, P0002")
        XCTAssertGreaterThan(issued.count, 3)
        let onceSecrets = try storedSecrets()
        let once = try XCTUnwrap(issued["t005"])
        let chosen = "Первый-пароль-7"
        let later = "Второй-пароль-8"
        var outputs: [String] = []
        func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws {
            let result = try ejournal(arguments, input: input, environment: environment)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            outputs += [result.stdout, result.stderr]
        }
        try run(
            ["--user", "t005", "--db", db, "-c", "staff where id = T005"],
            environment: ["EJOURNAL_PASSWORD": once, "EJOURNAL_NEW_PASSWORD": chosen])
        let sources = [
            "students", "teachers", "staff", "parents", "classes", "subjects", "lessons", "marks", "absences",
            "grades", "visits", "corrections",
        ]
        for format in ["csv", "json"] {
            for source in sources {
                try run(["--db", db, "--format", format, "-c", source])
            }
        }
        try run(["--db", db, "--format", "csv", "-c", "visits where user = T005 show user, at, role"])
        try run(["--db", db], input: ".schema\n.help\n")

        // A person at the terminal: the password typed without echo, then changed with .password.
        let history = try Fixtures.temporaryFolder().appendingPathComponent("history").path
        let binary = Fixtures.productsFolder.appendingPathComponent("ejournal").path
        let terminal = try TerminalSession(
            [binary, "--user", "t005", "--db", db, "--history", history], width: 120, height: 40,
            environment: ["NO_COLOR": "1", "PAGER": ""])
        defer { terminal.close() }
        try terminal.waitFor(text: "Password for t005: ")
        try terminal.type(chosen)
        try terminal.send(keys: "Enter")
        try terminal.waitFor(text: "ejournal> ")
        try terminal.type("staff show id")
        try terminal.send(keys: "Enter")
        try terminal.waitFor(text: "rows)")
        try terminal.type(".password")
        try terminal.send(keys: "Enter")
        for (prompt, typed) in [
            ("Current password: ", chosen), ("New password: ", later), ("New password again: ", later),
        ] {
            try terminal.waitFor("the prompt \(prompt)") { $0.hasSuffix(prompt) || $0.contains(prompt + "\n") }
            try terminal.type(typed)
            try terminal.send(keys: "Enter")
        }
        try terminal.waitFor(text: "the password of Захарова Василиса is changed")
        try terminal.type(".quit")
        try terminal.send(keys: "Enter")
        outputs.append(try terminal.waitForExit())
        outputs.append(try terminal.screen(scrollback: true))
        let historyText = try String(contentsOfFile: history, encoding: .utf8)
        outputs += [historyText, Self.unescaped(historyText)]
        XCTAssertTrue(outputs.last!.contains("staff show id"), "the history was written: \(historyText)")
        try run(["--user", "t005", "--db", db, "-c", "staff limit 1"], environment: ["EJOURNAL_PASSWORD": later])

        let export = try Fixtures.temporaryFolder("export")
        try run(["export", export.path, "--db", db])
        for file in try FileManager.default.contentsOfDirectory(atPath: export.path) {
            outputs.append(try String(contentsOf: export.appendingPathComponent(file), encoding: .utf8))
        }

        let secrets = Array(issued.values) + [chosen, later] + onceSecrets + (try storedSecrets())
        for secret in secrets {
            for output in outputs {
                XCTAssertFalse(output.contains(secret), "\"\(secret)\" appears in:\n\(output.prefix(2000))")
            }
        }
    }
}
