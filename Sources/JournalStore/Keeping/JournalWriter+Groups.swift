import GRDB
import JournalFoundation

/// Groups (R34) with dates: a change of a group on a day ends the stays of those who leave the day
/// before and starts those of who joins on the day, so the group's past lessons keep the students who
/// had them (migration `v7-group-member-dates`).
extension JournalWriter {
    /// One student's open stay in a group.
    private struct Stay {
        var student: String
        var since: String
    }

    func changeGroup(_ change: JournalWrite.GroupChange) throws -> WriteOutcome {
        try checkGroupDate(change)
        var seen: Set<String> = []
        for member in change.members where !seen.insert(member.student).inserted {
            throw WriteRefusal(Message(StoreText.namedTwiceInGroup, member.student, change.name), at: member.place)
        }
        let existing = try Row.fetchOne(
            db, sql: "SELECT id, subject FROM class_group WHERE class_id = ? AND name = ?",
            arguments: [change.classID, change.name])
        guard let existing else { return try makeGroup(change) }
        let groupID: Int64 = existing["id"]
        guard (existing["subject"] as String) == change.subject else {
            throw WriteRefusal(
                Message(StoreText.groupOfSubject, change.name, existing["subject"] as String, change.subject))
        }
        // A change dated before the group's last one would rewrite what came after it.
        let last = try String.fetchOne(
            db,
            sql: """
                SELECT max(max(since), coalesce(max(date(until, '+1 day')), '')) FROM group_member WHERE group_id = ?
                """, arguments: [groupID])
        if let last, change.date < last {
            throw WriteRefusal(
                Message(StoreText.groupChangedLater, change.name, MessageArgument.date(last)),
                hint: Message(StoreText.dateGroupChangeLater, MessageArgument.date(last)), at: change.datePlace)
        }
        let stays = try Row.fetchAll(
            db,
            sql: "SELECT student_id, since FROM group_member WHERE group_id = ? AND until IS NULL ORDER BY position",
            arguments: [groupID]
        ).map { Stay(student: $0["student_id"], since: $0["since"]) }
        let current = stays.map(\.student)
        let named = change.members.map(\.student)
        var target: [String]
        switch change.kind {
        case .define:
            target = named
        case .add:
            for member in change.members where current.contains(member.student) {
                throw WriteRefusal(
                    Message(StoreText.inGroupAlready, member.student, change.name), at: member.place)
            }
            target = current + named
        case .remove:
            for member in change.members where !current.contains(member.student) {
                throw WriteRefusal(
                    Message(StoreText.notInGroupNow, member.student, change.name), at: member.place)
            }
            target = current.filter { !named.contains($0) }
        }
        let leaving = current.filter { !target.contains($0) }
        let joining = target.filter { !current.contains($0) }
        let staying = current.filter { target.contains($0) }
        // Most of a group replaced by a list is more likely a member meant to be added than a new group.
        if change.kind == .define, leaving.count * 2 > current.count, !leaving.isEmpty {
            let list = change.members.first.map { JournalWrite.Place($0.place.start, change.members.last!.place.end) }
            throw WriteRefusal(
                Message(StoreText.groupReplacesMost, leaving.count, current.count, change.name),
                hint: Message(StoreText.groupAddOrRemove, change.name), at: list)
        }
        let dayBefore = CivilDate(change.date).map { $0.adding(days: -1).text } ?? change.date
        for student in leaving {
            let since = stays.first { $0.student == student }!.since
            if since >= change.date {
                // Joined on the day of the change: the stay never began.
                try db.execute(
                    sql: "DELETE FROM group_member WHERE group_id = ? AND student_id = ? AND until IS NULL",
                    arguments: [groupID, student])
            } else {
                try db.execute(
                    sql: "UPDATE group_member SET until = ? WHERE group_id = ? AND student_id = ? AND until IS NULL",
                    arguments: [dayBefore, groupID, student])
            }
        }
        for student in joining {
            let place = change.members.first { $0.student == student }?.place
            try requireJoinable(student, groupID: groupID, change, at: place)
            // Back the day after leaving: the stay goes on.
            try db.execute(
                sql: "UPDATE group_member SET until = NULL WHERE group_id = ? AND student_id = ? AND until = ?",
                arguments: [groupID, student, dayBefore])
            if db.changesCount == 0 {
                try db.execute(
                    sql: "INSERT INTO group_member (group_id, student_id, position, since) VALUES (?, ?, ?, ?)",
                    arguments: [groupID, student, 0, change.date])
            }
        }
        for (position, student) in target.enumerated() {
            try db.execute(
                sql: "UPDATE group_member SET position = ? WHERE group_id = ? AND student_id = ? AND until IS NULL",
                arguments: [position, groupID, student])
        }
        var warnings: [Message] = []
        let held = try laterLessons(groupID: groupID, of: leaving, from: change.date)
        if held > 0 {
            warnings.append(
                Message(
                    StoreText.leaversHaveLaterMarks, leaving.count, change.name, held, MessageArgument.date(change.date)
                ))
        }
        let summary = Message(
            StoreText.groupChanged, change.name, MessageArgument.date(change.date),
            Message(StoreText.groupLeavers, leaving.count, try names(leaving)),
            Message(StoreText.groupJoiners, joining.count, try names(joining)),
            Message(StoreText.groupStayers, staying.count))
        return WriteOutcome(summary: summary, warnings: warnings)
    }

    /// A new group: its members from the day on.
    private func makeGroup(_ change: JournalWrite.GroupChange) throws -> WriteOutcome {
        if change.kind != .define {
            throw WriteRefusal(Message(StoreText.noGroupToChange, change.name))
        }
        try db.execute(
            sql: "INSERT INTO class_group (name, class_id, subject) VALUES (?, ?, ?)",
            arguments: [change.name, change.classID, change.subject])
        let groupID = db.lastInsertedRowID
        for (position, member) in change.members.enumerated() {
            try requireJoinable(member.student, groupID: groupID, change, at: member.place)
            try db.execute(
                sql: "INSERT INTO group_member (group_id, student_id, position, since) VALUES (?, ?, ?, ?)",
                arguments: [groupID, member.student, position, change.date])
        }
        return WriteOutcome(
            summary: Message(
                StoreText.groupMade, change.name, try className(change.classID), change.subject, change.members.count))
    }

    /// A change is dated within the group's school year, and not after today.
    private func checkGroupDate(_ change: JournalWrite.GroupChange) throws {
        let year = try String.fetchOne(db, sql: "SELECT year FROM class WHERE id = ?", arguments: [change.classID])
        let start = String((year ?? "").prefix(4)) + "-09-01"
        if change.date < start {
            throw WriteRefusal(
                Message(
                    StoreText.groupChangeBeforeYear, MessageArgument.date(change.date), year ?? "",
                    MessageArgument.date(start)),
                hint: Message(StoreText.groupChangeDates, MessageArgument.date(start), MessageArgument.date(today)),
                at: change.datePlace)
        }
        if change.date > today {
            throw WriteRefusal(
                Message(
                    StoreText.groupChangeAfterToday, MessageArgument.date(change.date), MessageArgument.date(today)),
                hint: Message(StoreText.groupChangeDates, MessageArgument.date(start), MessageArgument.date(today)),
                at: change.datePlace)
        }
    }

    /// A student joins a group of their own class, and no other group of its subject at once.
    private func requireJoinable(
        _ student: String, groupID: Int64, _ change: JournalWrite.GroupChange, at place: JournalWrite.Place?
    ) throws {
        if try classOf(student: student) != change.classID {
            throw WriteRefusal(Message(StoreText.notInClass, student, try className(change.classID)), at: place)
        }
        let other = try String.fetchOne(
            db,
            sql: """
                SELECT g.name FROM group_member m JOIN class_group g ON g.id = m.group_id
                WHERE m.student_id = ? AND g.subject = ? AND g.id <> ? AND m.until IS NULL
                """, arguments: [student, change.subject, groupID])
        if let other {
            throw WriteRefusal(
                Message(StoreText.inSubjectGroupAlready, student, change.subject, other),
                hint: Message(StoreText.takeOutOfGroupFirst, other, student), at: place)
        }
    }

    /// The group's lessons on or after `date` where the students leaving have marks or absences.
    private func laterLessons(groupID: Int64, of students: [String], from date: String) throws -> Int {
        guard !students.isEmpty else { return 0 }
        return try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM lesson l WHERE l.group_id = ? AND l.date >= ? AND EXISTS (
                    SELECT 1 FROM mark m WHERE m.lesson_id = l.id AND m.student_id IN (SELECT value FROM json_each(?))
                    UNION ALL
                    SELECT 1 FROM attendance a WHERE a.lesson_id = l.id AND a.student_id IN (SELECT value FROM json_each(?)))
                """,
            arguments: [groupID, date, Self.jsonList(students), Self.jsonList(students)]) ?? 0
    }

    /// Students as a list reads them, in parentheses after their count: surname and initial
    /// (` (Баранов Я., Беляев Т.)`), in the order given; nothing for no one.
    private func names(_ students: [String]) throws -> String {
        guard !students.isEmpty else { return "" }
        return try " ("
            + students.map { id in
                let row = try Row.fetchOne(
                    db, sql: "SELECT last_name, first_name FROM student WHERE id = ?", arguments: [id])
                guard let row else { return id }
                let first: String = row["first_name"]
                return (row["last_name"] as String) + (first.isEmpty ? "" : " \(first.prefix(1)).")
            }.joinedText(separator: ", ") + ")"
    }

    /// A student who leaves their class (moved, withdrawn) leaves its groups: their stays end on
    /// `lastDay` (a stay that would end before it began is taken back).
    func leaveGroups(_ student: String, lastDay: String, ofClass classID: Int?) throws {
        let groups = classID == nil ? "" : " AND group_id IN (SELECT id FROM class_group WHERE class_id = ?)"
        var arguments: StatementArguments = [student, lastDay]
        if let classID { arguments += [classID] }
        try db.execute(
            sql: "DELETE FROM group_member WHERE student_id = ? AND until IS NULL AND since > ?" + groups,
            arguments: arguments)
        try db.execute(
            sql: "UPDATE group_member SET until = ?2 WHERE student_id = ?1 AND until IS NULL"
                + groups.replacingOccurrences(of: "?", with: "?3"),
            arguments: arguments)
    }
}
