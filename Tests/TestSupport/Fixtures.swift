import Foundation
import JournalFoundation
import JournalStore

/// The files tests work on: the sample school and fresh temporary stores.
public enum Fixtures {
    /// The `Tests/` folder of the checkout.
    public static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `Tests/Fixtures/sample-school`: the sample school of the spec, copied unchanged.
    public static let sampleSchool = testsFolder.appendingPathComponent("Fixtures/sample-school")

    /// The folder of built products (`.build/debug`), where the `ejournal` binary is.
    public static var productsFolder: URL {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }

    /// This test process's folder under the system's temporary folder, removed when the process
    /// exits (the folders of every run were left behind: tens of gigabytes over a few hundred runs).
    static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ejournal-tests")
            .appendingPathComponent("run-\(getpid())-\(UUID().uuidString.prefix(8))")
        runFolderPath = url.path
        atexit { try? FileManager.default.removeItem(atPath: Fixtures.runFolderPath) }
        return url
    }()
    nonisolated(unsafe) private static var runFolderPath = ""

    /// A new empty folder under the system's temporary folder.
    public static func temporaryFolder(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = runFolder.appendingPathComponent("\(safe)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A new store file path in a new temporary folder (the file itself does not exist yet).
    public static func storePath(_ name: String = #function) throws -> String {
        try temporaryFolder(name).appendingPathComponent("journal.sqlite").path
    }

    /// A new store loaded with the sample school.
    public static func sampleStore(_ name: String = #function) throws -> JournalStore {
        let store = try JournalStore(path: storePath(name))
        _ = try JournalImport(folder: sampleSchool.path).run(into: store)
        return store
    }

    /// The rows of a CSV folder file as a sorted list of "column=value" records, for comparing
    /// two folders whatever the order of their rows and columns.
    public static func normalizedRows(_ file: URL) throws -> [String] {
        let text = try String(contentsOf: file, encoding: .utf8)
        let records = parseCSV(text)
        guard let header = records.first else { return [] }
        return records.dropFirst().filter { $0 != [""] }.map { fields in
            zip(header, fields).sorted { $0.0 < $1.0 }.map { "\($0)=\($1)" }.joined(separator: "\u{1F}")
        }.sorted()
    }

    /// A small RFC 4180 reader for the tests' own comparisons (independent of the importer's).
    public static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.replacingOccurrences(of: "\r\n", with: "\n")).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field); field = ""
            } else if c == "\n" {
                fields.append(field); records.append(fields); fields = []; field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); records.append(fields) }
        return records
    }
}

extension Fixtures {
    /// A new folder holding `journal.sqlite`, the sample school imported by the `ejournal` binary
    /// (as a user would), for end-to-end tests that write scripts and files beside it.
    public static func sampleFolder(_ name: String = #function) throws -> (folder: URL, db: String) {
        let folder = try temporaryFolder(name)
        let db = folder.appendingPathComponent("journal.sqlite").path
        let result = try ejournal(["import", sampleSchool.path, "--db", db])
        guard result.status == 0 else {
            throw FixtureFailure(reason: "the sample school did not import: \(result.stderr)")
        }
        return (folder, db)
    }
}

/// A fixture that could not be made.
public struct FixtureFailure: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
