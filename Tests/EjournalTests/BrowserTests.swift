import Foundation
import TestSupport
import XCTest

/// A real browser draws the pages: headless Chromium (Debian's package, installed here when
/// missing) takes a screenshot and a PDF of a class report, and the picture is not blank — it has
/// the dark text of its header and table, the grey of the table's lines and the blue of its chart.
///
/// `EJOURNAL_SCREENSHOT=update` writes the screenshot to `docs/class-report.png`, the one the README shows.
final class BrowserTests: XCTestCase {
    static let checkout = Fixtures.testsFolder.deletingLastPathComponent()

    /// Chromium's path, installing Debian's `chromium` when it is missing; the reason when it cannot be had.
    static let chromium: Result<String, TestFailure> = {
        let paths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        if let found = paths.first(where: FileManager.default.isExecutableFile(atPath:)) { return .success(found) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/apt-get"), getuid() == 0 else {
            return .failure(TestFailure("Chromium is missing and apt-get cannot install it here (not root)"))
        }
        var log = ""
        for step in [["update", "-qq"], ["install", "-y", "-qq", "chromium"]] {
            let run = try? tool(
                "/usr/bin/apt-get", step, environment: ["DEBIAN_FRONTEND": "noninteractive"], seconds: 600)
            log += run?.output ?? ""
        }
        if let found = paths.first(where: FileManager.default.isExecutableFile(atPath:)) { return .success(found) }
        return .failure(TestFailure("apt-get install chromium failed: \(log.suffix(500))"))
    }()

    /// Runs a program to its end (or kills it after `seconds`): its exit status and what it printed.
    static func tool(
        _ path: String, _ arguments: [String], environment: [String: String] = [:], seconds: TimeInterval = 60
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let folder = try Fixtures.temporaryFolder("tool")
        let out = folder.appendingPathComponent("out")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try handle.close()
        let text = String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self)
        try? FileManager.default.removeItem(at: folder)
        return (process.terminationStatus, text)
    }

    /// Headless Chromium on a page: a screenshot, a PDF or the page's DOM after its scripts ran.
    func browse(_ page: String, _ arguments: [String]) throws -> String {
        let chromium = try Self.chromium.get()
        let profile = try Fixtures.temporaryFolder("profile")
        defer { try? FileManager.default.removeItem(at: profile) }
        let run = try Self.tool(
            chromium,
            ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)"]
                + arguments + [URL(fileURLWithPath: page).absoluteString])
        XCTAssertEqual(run.status, 0, run.output)
        return run.output
    }

    override func setUpWithError() throws {
        if case .failure(let why) = Self.chromium {
            throw XCTSkip("no browser to draw the pages: \(why.description)")
        }
    }

    func testChromiumDrawsAClassReportPageAndPrintsItOnA4() throws {
        let db = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
        let folder = try Fixtures.temporaryFolder()
        let page = folder.appendingPathComponent("7А.html").path
        let made = try ejournal([
            "--db", db, "--lang", "ru", "--format", "html", "--output", page, "-c", "ведомость 7А период 1",
        ])
        XCTAssertEqual(made.status, 0, made.stderr)

        let png = folder.appendingPathComponent("7А.png").path
        _ = try browse(page, ["--screenshot=\(png)", "--window-size=1000,1400"])
        let stats = try Self.tool(
            Self.checkout.appendingPathComponent("scripts/png-stats").path, [png, "4a6fa5", "555555"])
        XCTAssertEqual(stats.status, 0, stats.output)
        let picture = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(stats.output.utf8)) as? [String: Any], stats.output)
        let near = try XCTUnwrap(picture["near"] as? [String: Int])
        XCTAssertEqual(picture["width"] as? Int, 1000)
        XCTAssertGreaterThan(picture["colours"] as? Int ?? 0, 50, "a blank page has one colour: \(stats.output)")
        XCTAssertGreaterThan(picture["dark"] as? Double ?? 0, 0.005, "the header's and table's text: \(stats.output)")
        XCTAssertGreaterThan(near["4a6fa5"] ?? 0, 2000, "the chart's bars: \(stats.output)")
        XCTAssertGreaterThan(near["555555"] ?? 0, 500, "the table's lines: \(stats.output)")
        if ProcessInfo.processInfo.environment["EJOURNAL_SCREENSHOT"] == "update" {
            let docs = Self.checkout.appendingPathComponent("docs/class-report.png")
            try? FileManager.default.removeItem(at: docs)
            try FileManager.default.copyItem(atPath: png, toPath: docs.path)
        }

        let pdf = folder.appendingPathComponent("7А.pdf").path
        _ = try browse(page, ["--print-to-pdf=\(pdf)", "--no-pdf-header-footer"])
        let data = try Data(contentsOf: URL(fileURLWithPath: pdf))
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("%PDF-"), "not a PDF")
        let pages = text.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }.count
        XCTAssertGreaterThanOrEqual(pages, 2, "336 rows of the report on A4 take pages")
        // A4 is 595 × 842 points.
        XCTAssertTrue(text.contains("/MediaBox [0 0 594.95996 841.91998]") || text.contains("/MediaBox [0 0 595"), "A4")
    }

    /// A student named `<script>…</script>` is text on the page: the browser runs no script of it.
    func testAStudentNamedScriptIsTextInTheBrowser() throws {
        let db = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
        let name = "<script>document.title='PWNED'</script> Иван"
        let added = try ejournal(["--db", db, "-c", "add student S0999 \"\(name)\" to 7А"])
        XCTAssertEqual(added.status, 0, added.stderr)
        let page = try Fixtures.temporaryFolder().appendingPathComponent("7А.html").path
        let made = try ejournal(["--db", db, "--format", "html", "--output", page, "-c", "students in 7А"])
        XCTAssertEqual(made.status, 0, made.stderr)
        let dom = try browse(page, ["--dump-dom"])
        XCTAssertTrue(dom.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt; Иван"), dom)
        XCTAssertFalse(dom.contains("<script>"), "a script reached the page")
        XCTAssertFalse(dom.contains("<title>PWNED"), "the script ran")
    }
}
