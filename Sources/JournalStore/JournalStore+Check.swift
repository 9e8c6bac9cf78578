import Foundation
import GRDB
import JournalFoundation

/// One thing `check journal` found: the row or part of the journal it concerns, what is wrong, and
/// what to do about it.
public struct JournalFinding: Equatable, Sendable, CustomStringConvertible {
    /// The row or part: `mark M0000123`, `trigger mark_never_deleted`, `backups`.
    public let subject: Message
    public let problem: Message
    public let todo: Message

    public init(_ subject: Message, _ problem: Message, todo: Message) {
        self.subject = subject
        self.problem = problem
        self.todo = todo
    }

    /// The finding as it is printed: what, what is wrong, and what to do.
    public var message: Message { Message(CheckText.finding, subject, problem, todo) }

    public var description: String { message.description }
}

/// `check journal` (R4): what keeps the journal from working or from being trusted, for the operator
/// to run by hand or from cron.
extension JournalStore {
    /// Everything `check journal` looks at, as findings; empty when all is well.
    ///
    /// - Parameters:
    ///   - today: the "as of" date, for the freshness of backups.
    ///   - minimumFreeBytes: free space the store's volume must have beyond twice the file's size.
    public func checkJournal(today: String, minimumFreeBytes: Int64 = 100 << 20) throws -> [JournalFinding] {
        var findings = try integrityProblems().map {
            JournalFinding(Message(CheckText.theFile), $0, todo: Message(CheckText.restoreLastGoodBackup))
        }
        try read { db in
            findings += try schemaFindings(db)
            findings += try Self.trailFindings(db)
            findings += try impossibleRows(db)
            findings += try Self.summaryDifferences(db).map {
                JournalFinding(
                    Message(CheckText.summaryNamed, $0.table, $0.key), Message(CheckText.summaryDiffers),
                    todo: Message(CheckText.recomputeSummaries))
            }
        }
        findings += try backupFindings(today: today)
        findings += try trailAgainstBackup()
        findings += diskFindings(minimumFreeBytes: minimumFreeBytes)
        return findings
    }

    /// What the change trail finds: a broken chain, rows written outside ejournal, and rows that differ
    /// from what the trail says last. Each as one line, for tests.
    public func trailProblems() throws -> [Message] {
        try read { db in try Self.trailFindings(db).map { Message(CheckText.findingLine, $0.subject, $0.problem) } }
    }

    // MARK: - The schema

    /// The triggers every migration creates, by name, with their SQL: read from a store made in memory
    /// by the same migrations, so the migrations stay the one place the SQL is written.
    static func expectedTriggers() throws -> [String: String] {
        let queue = try DatabaseQueue()
        try migrator.migrate(queue)
        return try queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as String, $0["sql"] as String) })
        }
    }

    private func schemaFindings(_ db: Database) throws -> [JournalFinding] {
        var findings: [JournalFinding] = []
        let applied = try Self.migrator.appliedIdentifiers(db)
        for migration in Self.migrator.migrations where !applied.contains(migration) {
            findings.append(
                .init(
                    Message(CheckText.migrationNamed, migration), Message(CheckText.notApplied),
                    todo: Message(CheckText.applyMigrations)))
        }
        let expected = try Self.expectedTriggers()
        let rows = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")
        let present = Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as String, $0["sql"] as String?) })
        let todo = Message(CheckText.rulesChangedTodo)
        for name in expected.keys.sorted() {
            if let sql = present[name] {
                if sql != expected[name] {
                    findings.append(
                        .init(Message(CheckText.triggerNamed, name), Message(CheckText.triggerChanged), todo: todo))
                }
            } else {
                findings.append(
                    .init(Message(CheckText.triggerNamed, name), Message(CheckText.triggerDropped), todo: todo))
            }
        }
        for name in present.keys.sorted() where expected[name] == nil {
            findings.append(.init(Message(CheckText.triggerNamed, name), Message(CheckText.triggerAdded), todo: todo))
        }
        return findings
    }

    // MARK: - Impossible rows

    /// How many rows of one kind of impossible row are named one by one; the rest are counted.
    static let listedFindings = 50

    private func impossibleRows(_ db: Database) throws -> [JournalFinding] {
        var findings: [JournalFinding] = []
        let outside = try Row.fetchAll(
            db,
            sql: """
                SELECT m.id, m.student_id, l.id AS lesson, l.date, c.name AS class FROM mark m
                JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id
                WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.student_id = m.student_id
                                  AND e.class_id = l.class_id AND e.since <= l.date
                                  AND (e.until IS NULL OR e.until >= l.date))
                ORDER BY m.id
                """)
        for row in outside.prefix(Self.listedFindings) {
            findings.append(
                .init(
                    Message(CheckText.markNamed, row["id"] as String),
                    Message(
                        CheckText.markOutsideEnrolment, row["student_id"] as String, row["class"] as String,
                        row["date"] as String, row["lesson"] as String),
                    todo: Message(CheckText.checkEnrolment)))
        }
        if outside.count > Self.listedFindings {
            findings.append(
                .init(
                    Message(CheckText.marksSubject),
                    Message(CheckText.moreMarksOutside, outside.count - Self.listedFindings),
                    todo: Message(CheckText.listMarksOutside)))
        }
        findings += try marksOutsideGroups(db)
        let offDays = try Row.fetchAll(
            db,
            sql: """
                SELECT l.id, l.date, c.name AS class FROM lesson l JOIN class c ON c.id = l.class_id
                WHERE strftime('%w', l.date) = '0'
                   OR (EXISTS (SELECT 1 FROM study_period p WHERE p.year = c.year AND p.scheme = c.scheme)
                       AND NOT EXISTS (SELECT 1 FROM study_period p WHERE p.year = c.year AND p.scheme = c.scheme
                                       AND l.date BETWEEN p.start AND p."end"))
                ORDER BY l.date, l.id
                """)
        for row in offDays.prefix(Self.listedFindings) {
            findings.append(
                .init(
                    Message(CheckText.lessonNamed, row["id"] as String),
                    Message(CheckText.lessonOffDay, row["class"] as String, row["date"] as String),
                    todo: Message(CheckText.checkLessonDate)))
        }
        if offDays.count > Self.listedFindings {
            findings.append(
                .init(
                    Message(CheckText.lessonsSubject),
                    Message(CheckText.moreLessonsOff, offDays.count - Self.listedFindings),
                    todo: Message(CheckText.checkStudyPeriods)))
        }
        let noTeacher = try Row.fetchAll(
            db,
            sql: """
                SELECT c.name, c.year FROM class c JOIN school s ON s.year = c.year
                WHERE c.class_teacher IS NULL ORDER BY c.grade, c.name
                """)
        for row in noTeacher {
            findings.append(
                .init(
                    Message(StoreText.classNamed, row["name"] as String),
                    Message(CheckText.noClassTeacher, row["year"] as String),
                    todo: Message(CheckText.nameClassTeacher, row["name"] as String)))
        }
        return findings
    }

    // MARK: - Backups and the disk

    private func backupFindings(today: String) throws -> [JournalFinding] {
        let status = try backupStatus(today: today)
        var findings: [JournalFinding] = []
        let todo = Message(CheckText.backUpToTwoMedia)
        let backups = Message(CheckText.backupsSubject)
        if let latest = status.backups.first {
            if let made = CivilDate(String(latest.at.prefix(10))), let now = CivilDate(today),
                made.distance(to: now) > 7
            {
                findings.append(
                    .init(backups, Message(CheckText.backupDaysOld, made.distance(to: now), latest.at), todo: todo))
            }
            for backup in status.backups.prefix(2) where !FileManager.default.fileExists(atPath: backup.path) {
                findings.append(
                    .init(Message(CheckText.backupNamed, backup.path), Message(CheckText.copyGone), todo: todo))
            }
        } else {
            findings.append(.init(backups, Message(CheckText.noVerifiedBackup), todo: todo))
        }
        if let warning = status.warning {
            findings.append(.init(backups, warning, todo: todo))
        }
        return findings
    }

    /// The trail's history against the latest backup copy that is still there: a chain rewritten
    /// whole with the shell (every hash recomputed) still differs from the copy on another medium.
    private func trailAgainstBackup() throws -> [JournalFinding] {
        let backups = try read { db in
            try Row.fetchAll(db, sql: "SELECT at, path FROM backup_record WHERE verified = 1 ORDER BY at DESC, id DESC")
        }
        guard let copy = backups.first(where: { FileManager.default.fileExists(atPath: $0["path"]) }) else { return [] }
        let path: String = copy["path"]
        var configuration = Configuration()
        configuration.readonly = true
        let kept: [Int64: String]
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            kept = try queue.read { db in
                guard try db.tableExists("change") else { return [:] }
                return try Dictionary(
                    uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, hash FROM change").map {
                        ($0["id"] as Int64, $0["hash"] as String)
                    })
            }
        } catch {
            return [
                .init(
                    Message(CheckText.backupNamed, path), Message(CheckText.cannotBeRead, "\(error)"),
                    todo: Message(CheckText.makeNewBackup))
            ]
        }
        let live = try read { db in
            try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, hash FROM change").map {
                    ($0["id"] as Int64, $0["hash"] as String)
                })
        }
        return kept.keys.sorted().compactMap { id in
            guard live[id] != kept[id] else { return nil }
            return JournalFinding(
                Message(CheckText.changeNamed, Int(id)),
                Message(
                    live[id] == nil ? CheckText.missingFromTrail : CheckText.notTheEntry, path, copy["at"] as String),
                todo: Message(CheckText.restoreThatBackup))
        }
    }

    private func diskFindings(minimumFreeBytes: Int64) -> [JournalFinding] {
        let folder = (path as NSString).deletingLastPathComponent
        guard
            let attributes = try? FileManager.default.attributesOfFileSystem(forPath: folder.isEmpty ? "." : folder),
            let free = (attributes[.systemFreeSize] as? NSNumber)?.int64Value
        else { return [] }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
        let needed = max(minimumFreeBytes, 2 * size)
        guard free < needed else { return [] }
        return [
            .init(
                Message(CheckText.diskSubject), Message(CheckText.diskLow, Int(free >> 20), Int(needed >> 20)),
                todo: Message(CheckText.freeSpace, path))
        ]
    }
}

extension JournalStore {
    /// Marks of a group's lesson by a student who was not in the group on its date (a group changed
    /// after its lessons had marks, or a row written outside ejournal).
    fileprivate func marksOutsideGroups(_ db: Database) throws -> [JournalFinding] {
        let outside = try Row.fetchAll(
            db,
            sql: """
                SELECT m.id, m.student_id, l.id AS lesson, l.date, g.name AS grp FROM mark m
                JOIN lesson l ON l.id = m.lesson_id JOIN class_group g ON g.id = l.group_id
                WHERE NOT EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = l.group_id
                                  AND gm.student_id = m.student_id AND \(Self.memberOn("gm", date: "l.date")))
                  -- (a mark outside the student's enrolment is named as such above, not twice)
                  AND EXISTS (SELECT 1 FROM enrolment e WHERE e.student_id = m.student_id
                              AND e.class_id = l.class_id AND e.since <= l.date
                              AND (e.until IS NULL OR e.until >= l.date))
                ORDER BY m.id
                """)
        var findings: [JournalFinding] = outside.prefix(Self.listedFindings).map { row in
            .init(
                Message(CheckText.markNamed, row["id"] as String),
                Message(
                    CheckText.markOutsideGroup, row["student_id"] as String, row["grp"] as String,
                    row["date"] as String, row["lesson"] as String),
                todo: Message(CheckText.checkGroupStays))
        }
        if outside.count > Self.listedFindings {
            findings.append(
                .init(
                    Message(CheckText.marksSubject),
                    Message(CheckText.moreMarksOutsideGroups, outside.count - Self.listedFindings),
                    todo: Message(CheckText.checkGroupStays)))
        }
        return findings
    }
}
