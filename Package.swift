// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ejournal",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ejournal", targets: ["ejournal"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libedit, the line editor of the shell (BSD licence, as in psql and sqlite3 builds). Its header
        // only: the interactive shell loads the library (CLineEditor), a `-c` or a script never does.
        .systemLibrary(
            name: "CEditLine",
            providers: [.apt(["libedit-dev"])]
        ),
        // libsodium (ISC licence): Argon2id for the hashes of log-in passwords, HMAC-SHA-256 for checking
        // the older PBKDF2 ones, and SHA-256 for the checksums of backups.
        .systemLibrary(
            name: "CSodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        // libsodium's functions, loaded (dlopen) at their first use, not linked: a start that only
        // reads does not pay for the library (CSodium is its header only).
        .target(name: "CSodiumLoader", dependencies: ["CSodium"]),
        // libxlsxwriter (BSD licence): Excel workbooks of results and reports. Its header only: the
        // library is loaded at the first workbook (CXLSXWriterLoader), not linked, so that the
        // start of every `-c` does not pay for it and the libraries it pulls in.
        .systemLibrary(name: "CXLSXWriter"),
        .target(name: "CXLSXWriterLoader", dependencies: ["CXLSXWriter"]),
        // A C shim over libedit's variadic calls (el_set, history): the shell's line editor.
        .target(
            name: "CLineEditor",
            dependencies: ["CEditLine"]
        ),
        // A gate in front of each SQLite connection's authorizer, so that the language's queries
        // are prepared without GRDB's (see its header).
        .target(name: "CSQLiteGate"),
        // What every floor shares: civil dates, diagnostics and their rendering, suggestions, cell values.
        .target(name: "JournalFoundation"),
        // SQLite itself comes through GRDB's own system-library target `GRDBSQLite`
        // (apt: libsqlite3-dev); a second module map over <sqlite3.h> would clash with it.
        .target(
            name: "JournalStore",
            dependencies: [
                "JournalFoundation",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                "CSodium",
                "CSodiumLoader",
                "CSQLiteGate",
            ]
        ),
        // Papers: results as Excel workbooks, printable pages (Mustache templates), charts.
        .target(
            name: "JournalPapers",
            dependencies: [
                "JournalFoundation", "CXLSXWriter", "CXLSXWriterLoader",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "JournalLanguage",
            dependencies: ["JournalFoundation", "JournalStore"]
        ),
        .target(
            name: "JournalShell",
            dependencies: ["JournalFoundation", "JournalStore", "JournalLanguage", "JournalPapers", "CLineEditor"]
        ),
        .executableTarget(
            name: "ejournal",
            dependencies: [
                "JournalFoundation",
                "JournalStore",
                "JournalShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: the sample school fixture and temporary stores.
        .target(
            name: "TestSupport",
            dependencies: ["JournalFoundation", "JournalStore"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "JournalStoreTests",
            dependencies: [
                "JournalFoundation", "JournalStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Migrations"]
        ),
        .testTarget(
            name: "JournalLanguageTests",
            dependencies: [
                "JournalFoundation", "JournalLanguage", "JournalPapers", "JournalShell", "JournalStore", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's authorizer, to record what a generated statement reads.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            exclude: ["Golden", "Oracle"]
        ),
        .testTarget(
            name: "JournalPapersTests",
            dependencies: ["JournalFoundation", "JournalPapers", "TestSupport"]
        ),
        .testTarget(
            name: "EjournalTests",
            dependencies: [
                "JournalFoundation", "JournalStore", "JournalShell", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ]
)
