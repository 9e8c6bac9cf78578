import Foundation
import GRDB
import JournalFoundation

/// Writes the store out as a CSV folder (`../shared/spec/data-format.md`), one file per table.
///
/// Export followed by import into an empty store gives back the same rows. Every
/// file is written, with its header, even when its table is empty:
///
/// ```
/// let files = try JournalExport(folder: "out").run(from: store)  // ["school.csv", …]
/// ```
public struct JournalExport {
    /// For each file, the query whose columns are the file's columns, in order.
    static let queries: [String: String] = [
        "school.csv": "SELECT name, year, today FROM school",
        "periods.csv": "SELECT year, scheme, number, start, \"end\" FROM study_period ORDER BY year, scheme, number",
        "subjects.csv": "SELECT code, name, parent FROM subject ORDER BY rowid",
        "staff.csv": """
        SELECT id, last_name, first_name, middle_name,
               (SELECT group_concat(role, '|') FROM
                   (SELECT role FROM staff_role WHERE staff_id = staff.id ORDER BY position)),
               email, phone
        FROM staff ORDER BY rowid
        """,
        "classes.csv": "SELECT name, grade, year, scheme, class_teacher FROM class ORDER BY id",
        "students.csv": """
        SELECT s.id, s.last_name, s.first_name, s.middle_name, s.sex, s.birth_date, c.name, s.risk_group
        FROM student s LEFT JOIN class c ON c.id = s.class_id ORDER BY s.rowid
        """,
        "parents.csv": """
        SELECT id, last_name, first_name, middle_name, phone, email,
               (SELECT group_concat(student_id, '|') FROM
                   (SELECT student_id FROM parent_child WHERE parent_id = parent.id ORDER BY position))
        FROM parent ORDER BY rowid
        """,
        "groups.csv": """
        SELECT g.name, c.name, g.subject,
               (SELECT group_concat(student_id, '|') FROM
                   (SELECT student_id FROM group_member WHERE group_id = g.id AND until IS NULL ORDER BY position))
        FROM class_group g JOIN class c ON c.id = g.class_id ORDER BY g.id
        """,
        "load.csv": """
        SELECT c.name, g.name, l.subject, l.teacher, l.hours_per_week
        FROM teaching_load l JOIN class c ON c.id = l.class_id LEFT JOIN class_group g ON g.id = l.group_id
        ORDER BY l.id
        """,
        "timetable.csv": """
        SELECT c.name, g.name, t.weekday, t.number, t.subject, t.teacher, t.room, t.valid_from, t.valid_to
        FROM timetable_entry t JOIN class c ON c.id = t.class_id LEFT JOIN class_group g ON g.id = t.group_id
        ORDER BY t.id
        """,
        "plan.csv": """
        SELECT c.name, g.name, p.subject, p.number, p.topic, p.planned_date
        FROM plan_topic p JOIN class c ON c.id = p.class_id LEFT JOIN class_group g ON g.id = p.group_id
        ORDER BY p.id
        """,
        "lessons.csv": """
        SELECT l.id, l.date, l.number, c.name, g.name, l.subject, l.teacher, l.substitute, l.topic, l.homework,
               l.entered_at
        FROM lesson l JOIN class c ON c.id = l.class_id LEFT JOIN class_group g ON g.id = l.group_id
        ORDER BY l.rowid
        """,
        "marks.csv": """
        SELECT id, lesson_id, student_id, value, kind, entered_at, entered_by FROM mark ORDER BY rowid
        """,
        "attendance.csv": "SELECT lesson_id, student_id, code, entered_at FROM attendance ORDER BY rowid",
        "grades.csv": """
        SELECT student_id, subject, year, period, value, entered_at, entered_by FROM period_grade ORDER BY rowid
        """,
        "visits.csv": "SELECT user_id, at FROM visit ORDER BY id",
        "corrections.csv": """
        SELECT mark_id, old_value, new_value, requested_by, approved_by, at, reason FROM mark_correction ORDER BY id
        """,
    ]

    let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// What the folder format cannot carry that this store holds: the format describes one
    /// school year with each student in one class, so a folder written after a promotion, a
    /// move or a withdrawal will not import back as it is (the SQLite backup keeps it all).
    public static func caveats(of store: JournalStore) throws -> [Message] {
        try store.read { db in
            var caveats: [Message] = []
            let years = try Int.fetchOne(db, sql: "SELECT count(DISTINCT year) FROM class") ?? 0
            if years > 1 {
                caveats.append(Message(StoreText.severalYears, years))
            }
            let moved =
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT count(*) FROM (SELECT student_id FROM enrolment GROUP BY student_id HAVING count(*) > 1)"
                ) ?? 0
            if moved > 0 { caveats.append(Message(StoreText.studentsMoved, moved)) }
            // groups.csv has no place for dates: the stays that ended are not in it.
            let ended = try Int.fetchOne(db, sql: "SELECT count(*) FROM group_member WHERE until IS NOT NULL") ?? 0
            if ended > 0 { caveats.append(Message(StoreText.groupStaysEnded, ended)) }
            let left = try Int.fetchOne(db, sql: "SELECT count(*) FROM student WHERE class_id IS NULL") ?? 0
            if left > 0 { caveats.append(Message(StoreText.studentsLeft, left)) }
            let kept = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM remark) AS remarks, (SELECT count(*) FROM exam_result) AS exams,
                           (SELECT count(*) FROM account) AS accounts
                    """)
            if let kept {
                let parts = [
                    (StoreText.remarksCount, kept["remarks"] as Int), (StoreText.examResultsCount, kept["exams"]),
                    (StoreText.accountsCount, kept["accounts"]),
                ]
                .filter { $0.1 > 0 }.map { Message($0.0, $0.1) }
                if !parts.isEmpty {
                    caveats.append(Message(StoreText.noFilesFor, Message.joined(parts, separator: ", ")))
                }
            }
            return caveats
        }
    }

    /// Writes every file into the folder (created when missing); returns the rows written per file.
    @discardableResult
    public func run(from store: JournalStore) throws -> [String: Int] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(
                Message(StoreText.cannotCreateFolder, folder), hint: Message(StoreText.checkPathPermissions))
        }
        // One read transaction: the files agree with each other even while others write.
        return try store.read { db in
            var written: [String: Int] = [:]
            for layout in JournalImport.layouts {
                written[layout.file] = try write(layout, db: db)
            }
            return written
        }
    }

    private func write(_ layout: CSVTableLayout, db: Database) throws -> Int {
        let path = (folder as NSString).appendingPathComponent(layout.file)
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw Diagnostic(Message(StoreText.cannotWrite, path), hint: Message(StoreText.checkFolderPermissions))
        }
        defer { try? handle.close() }
        var out = CSVLineWriter(handle: handle)
        try out.write(record: layout.columns)
        var count = 0
        let cursor = try Row.fetchCursor(db, sql: Self.queries[layout.file]!)
        var record: [String] = []
        while let row = try cursor.next() {
            record.removeAll(keepingCapacity: true)
            for index in 0..<row.count {
                record.append(Self.text(of: row[index] as DatabaseValue))
            }
            try out.write(record: record)
            count += 1
        }
        try out.flush()
        return count
    }

    static func text(of value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return ""
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let text): return text
        case .blob(let data): return data.base64EncodedString()
        }
    }
}

/// Writes CSV records through a buffer, quoting a field only when it needs it (RFC 4180).
///
/// CSV.swift's writer, used for reading, writes one Unicode scalar per stream call,
/// which is too slow for a year of marks; writing is the easy half of CSV.
struct CSVLineWriter {
    let handle: FileHandle
    private var buffer: [UInt8] = []

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
        default: return false
        }
    }

    mutating func write(record: [String]) throws {
        for (index, field) in record.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            let needsQuotes = field.hasByte(where: Self.needsQuotes)
            if needsQuotes {
                buffer.append(34)
                for byte in field.utf8 {
                    if byte == 34 { buffer.append(34) }
                    buffer.append(byte)
                }
                buffer.append(34)
            } else {
                buffer.append(contentsOf: field.utf8)
            }
        }
        buffer.append(10)
        if buffer.count > 1 << 16 { try flush() }
    }

    mutating func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
