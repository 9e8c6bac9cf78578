import GRDB

/// The store's rules against a program that walks round ejournal (migration `v6-store-rules`): what
/// a hostile test with the `sqlite3` shell found open after `v3-closed-years` and `v4-correction-rule`.
///
/// The shell runs with foreign keys off and fires no delete trigger for the row an
/// `INSERT OR REPLACE` pushes out, so these rules are all triggers, and each names the rule it keeps.
extension JournalStore {
    /// Refuses a refused statement with `message`, as every rule of the store does.
    private static func raise(_ message: String) -> String {
        "SELECT RAISE(ABORT, '\(message.replacingOccurrences(of: "'", with: "''"))')"
    }

    /// Whether the school year `year` (an SQL expression) is closed.
    private static func isClosed(_ year: String) -> String {
        "(SELECT closed_at FROM school_year WHERE year = \(year)) IS NOT NULL"
    }

    /// Whether the time `at` (an SQL expression) falls in a closed school year (1 September to 31 August).
    private static func inClosedYear(_ at: String) -> String {
        """
        EXISTS (SELECT 1 FROM school_year WHERE closed_at IS NOT NULL \
        AND \(at) >= substr(year, 1, 4) || '-09-01' AND \(at) < substr(year, 6, 4) || '-09-01')
        """
    }

    /// For each table of a year's journal: the school year a row belongs to, from the row itself
    /// (NEW or OLD). The same list as `v3-closed-years`, which checked only one side of an update.
    private static var yearOfRow: [(table: String, year: (String) -> String)] {
        [
            ("class", { "\($0).year" }),
            ("period_grade", { "\($0).year" }),
            ("study_period", { "\($0).year" }),
            ("lesson", { "(SELECT year FROM class WHERE id = \($0).class_id)" }),
            ("class_group", { "(SELECT year FROM class WHERE id = \($0).class_id)" }),
            ("teaching_load", { "(SELECT year FROM class WHERE id = \($0).class_id)" }),
            ("timetable_entry", { "(SELECT year FROM class WHERE id = \($0).class_id)" }),
            ("plan_topic", { "(SELECT year FROM class WHERE id = \($0).class_id)" }),
            (
                "group_member",
                { "(SELECT c.year FROM class_group g JOIN class c ON c.id = g.class_id WHERE g.id = \($0).group_id)" }
            ),
            (
                "mark",
                { "(SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = \($0).lesson_id)" }
            ),
            (
                "attendance",
                { "(SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = \($0).lesson_id)" }
            ),
            (
                "mark_correction",
                {
                    """
                    (SELECT c.year FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id \
                    WHERE m.id = \($0).mark_id)
                    """
                }
            ),
        ]
    }

    /// What holds a row of the journal: deleting the row, or changing its key, would leave these
    /// rows pointing at nothing (the `sqlite3` shell does not enforce foreign keys).
    private static let holders: [(table: String, key: String, what: String, uses: [String])] = [
        (
            "lesson", "id", "a lesson with marks or attendance",
            ["mark WHERE lesson_id = %@", "attendance WHERE lesson_id = %@"]
        ),
        (
            "student", "id", "a student with marks, attendance or grades",
            [
                "mark WHERE student_id = %@", "attendance WHERE student_id = %@",
                "period_grade WHERE student_id = %@",
            ]
        ),
        (
            "staff", "id", "a staff member with lessons, marks or corrections",
            [
                "lesson WHERE teacher = %@ OR substitute = %@", "mark WHERE entered_by = %@",
                "mark_correction WHERE requested_by = %@ OR approved_by = %@",
            ]
        ),
        (
            "class", "id", "a class with students or lessons",
            ["student WHERE class_id = %@", "lesson WHERE class_id = %@"]
        ),
        (
            "subject", "code", "a subject with lessons or grades",
            ["lesson WHERE subject = %@", "period_grade WHERE subject = %@"]
        ),
        ("class_group", "id", "a group with lessons", ["lesson WHERE group_id = %@"]),
        (
            "school_year", "year", "a school year with classes or grades",
            ["class WHERE year = %@", "period_grade WHERE year = %@"]
        ),
    ]

    static func enforceStoreRules(_ db: Database) throws {
        var sql: [String] = []
        // A REPLACE deletes the row in its way without its delete triggers; BEFORE INSERT triggers
        // run before that, so a row that exists already is never replaced. (The keeping upserts of
        // attendance and grades do not touch these tables.)
        for (table, key, name) in [
            ("mark", "id", "a mark is never replaced (R18): it changes only by a correction"),
            ("mark_correction", "id", "a correction is kept as it was made (R18): it is never replaced"),
            ("lesson", "id", "a lesson is never replaced: its marks and attendance would lose it"),
            ("student", "id", "a student is never replaced: their marks and history would lose them"),
            ("class", "id", "a class is never replaced: its lessons and students would lose it"),
            ("visit", "id", "a visit is kept as it was made: it is never replaced"),
            ("enrolment", "id", "an enrolment is never replaced: the student's history would lose it"),
            ("promotion_order", "id", "a promotion order is kept as it was made: it is never replaced"),
            (
                "promotion", "order_id, student_id",
                "a promotion is kept as it was made: it is never replaced"
            ),
        ] {
            let same = key.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .map { "\($0) = NEW.\($0)" }.joinedText(separator: " AND ")
            sql.append(
                """
                CREATE TRIGGER \(table)_never_replaced BEFORE INSERT ON \(table)
                WHEN EXISTS (SELECT 1 FROM \(table) WHERE \(same))
                BEGIN \(raise(name)); END
                """)
        }

        // The correction rule (R18), as a forger would walk round it: a decision without the
        // director or dated before the request, an own correction backdated before the mark.
        let isDirector = "EXISTS (SELECT 1 FROM staff_role WHERE staff_id = NEW.approved_by AND role = 'director')"
        sql.append(
            """
            CREATE TRIGGER correction_as_the_rule_allows BEFORE INSERT ON mark_correction
            BEGIN
                \(raise("an own correction is not dated before the mark it corrects (R18)"))
                WHERE NEW.status = 'own' AND NEW.at < (SELECT entered_at FROM mark WHERE id = NEW.mark_id);
                \(raise("a decided correction names the director and when they decided, not before the request (R18)"))
                WHERE NEW.status IN ('approved', 'rejected')
                  AND (NOT \(isDirector) OR NEW.decided_at IS NULL OR NEW.decided_at < NEW.at);
                \(raise("a correction request is decided later, by the director (R18)"))
                WHERE NEW.status IN ('own', 'requested') AND (NEW.decided_at IS NOT NULL OR NEW.decision_note IS NOT NULL);
            END
            """)
        sql.append(
            """
            CREATE TRIGGER correction_decided_after_request BEFORE UPDATE OF status, decided_at ON mark_correction
            WHEN NEW.status IN ('approved', 'rejected') AND (NEW.decided_at IS NULL OR NEW.decided_at < OLD.at)
            BEGIN \(raise("a correction is decided after it was asked for (R18)")); END
            """)

        // A closed year (R5): every table read-only, the year itself included.
        let closedMessage = "the school year is closed: its journal is read-only"
        sql.append(
            """
            CREATE TRIGGER school_year_closed_for_good BEFORE UPDATE ON school_year
            WHEN OLD.closed_at IS NOT NULL
            BEGIN \(raise("a closed school year is never reopened or changed (R5)")); END
            """)
        sql.append(
            """
            CREATE TRIGGER school_year_closed_kept BEFORE DELETE ON school_year
            WHEN OLD.closed_at IS NOT NULL
            BEGIN \(raise("a closed school year is never reopened or changed (R5)")); END
            """)
        sql.append(
            """
            CREATE TRIGGER school_year_never_replaced BEFORE INSERT ON school_year
            WHEN \(isClosed("NEW.year"))
            BEGIN \(raise("a closed school year is never reopened or changed (R5)")); END
            """)
        // `v3-closed-years` checked the row before an update; a row moved into a closed year is refused too.
        for (table, year) in yearOfRow {
            sql.append(
                """
                CREATE TRIGGER \(table)_into_closed_year BEFORE UPDATE ON \(table)
                WHEN \(isClosed(year("NEW")))
                BEGIN \(raise(closedMessage)); END
                """)
        }
        // Enrolments (not in `v3-closed-years`): promotion after closing ends them, nothing else.
        let enrolmentYear = { (row: String) in "(SELECT year FROM class WHERE id = \(row).class_id)" }
        sql.append(
            """
            CREATE TRIGGER enrolment_closed_year_insert BEFORE INSERT ON enrolment
            WHEN \(isClosed(enrolmentYear("NEW")))
            BEGIN \(raise(closedMessage)); END
            """)
        sql.append(
            """
            CREATE TRIGGER enrolment_closed_year_delete BEFORE DELETE ON enrolment
            WHEN \(isClosed(enrolmentYear("OLD")))
            BEGIN \(raise(closedMessage)); END
            """)
        sql.append(
            """
            CREATE TRIGGER enrolment_closed_year_update BEFORE UPDATE ON enrolment
            WHEN \(isClosed(enrolmentYear("OLD")))
              AND (NEW.id IS NOT OLD.id OR NEW.student_id IS NOT OLD.student_id OR NEW.class_id IS NOT OLD.class_id
                   OR NEW.since IS NOT OLD.since OR (OLD.until IS NOT NULL AND NEW.until IS NOT OLD.until))
            BEGIN \(raise(closedMessage)); END
            """)
        sql.append(
            """
            CREATE TRIGGER enrolment_into_closed_year BEFORE UPDATE OF class_id ON enrolment
            WHEN NEW.class_id IS NOT OLD.class_id AND \(isClosed(enrolmentYear("NEW")))
            BEGIN \(raise(closedMessage)); END
            """)
        // A student whose last class is in a closed year (not yet promoted, left or graduated) keeps
        // the name that year's journal shows.
        sql.append(
            """
            CREATE TRIGGER student_closed_year_names BEFORE UPDATE OF id, last_name, first_name, middle_name, sex,
                birth_date ON student
            WHEN (NEW.id IS NOT OLD.id OR NEW.last_name IS NOT OLD.last_name OR NEW.first_name IS NOT OLD.first_name
                  OR NEW.middle_name IS NOT OLD.middle_name OR NEW.sex IS NOT OLD.sex
                  OR NEW.birth_date IS NOT OLD.birth_date)
              AND EXISTS (SELECT 1 FROM enrolment e JOIN class c ON c.id = e.class_id
                          WHERE e.student_id = OLD.id AND \(isClosed("c.year")))
              AND NOT EXISTS (SELECT 1 FROM enrolment e JOIN class c ON c.id = e.class_id
                              WHERE e.student_id = OLD.id AND NOT \(isClosed("c.year")))
            BEGIN \(raise(closedMessage)); END
            """)
        // Visits (log-ins) of a closed year: none changed, removed or backdated into it.
        sql.append(
            """
            CREATE TRIGGER visit_closed_year_insert BEFORE INSERT ON visit
            WHEN \(inClosedYear("NEW.at"))
              AND NEW.at <= (SELECT max(closed_at) FROM school_year WHERE closed_at IS NOT NULL)
            BEGIN \(raise(closedMessage)); END
            """)
        for (event, row) in [("UPDATE", "OLD"), ("DELETE", "OLD")] {
            sql.append(
                """
                CREATE TRIGGER visit_closed_year_\(event.lowercased()) BEFORE \(event) ON visit
                WHEN \(inClosedYear("\(row).at"))
                BEGIN \(raise(closedMessage)); END
                """)
        }
        sql.append(
            """
            CREATE TRIGGER visit_into_closed_year BEFORE UPDATE ON visit
            WHEN \(inClosedYear("NEW.at"))
            BEGIN \(raise(closedMessage)); END
            """)
        // The promotion order of a closed year and what it did are kept as made.
        for event in ["UPDATE", "DELETE"] {
            sql.append(
                """
                CREATE TRIGGER promotion_order_kept_\(event.lowercased()) BEFORE \(event) ON promotion_order
                WHEN \(isClosed("OLD.year"))
                BEGIN \(raise(closedMessage)); END
                """)
            sql.append(
                """
                CREATE TRIGGER promotion_kept_\(event.lowercased()) BEFORE \(event) ON promotion
                WHEN \(isClosed("(SELECT year FROM promotion_order WHERE id = OLD.order_id)"))
                BEGIN \(raise(closedMessage)); END
                """)
        }

        // Nothing the journal's rows refer to is deleted or re-keyed from under them.
        for (table, key, what, uses) in holders {
            let used = { (row: String) in
                uses.map { "EXISTS (SELECT 1 FROM " + $0.replacingOccurrences(of: "%@", with: "\(row).\(key)") + ")" }
                    .joinedText(separator: " OR ")
            }
            let message = "\(what) is never removed: the journal's rows would point at nothing"
            // In a closed year the closed year's own rule refuses it, with its own words.
            let open =
                ["lesson", "class", "class_group", "school_year"].contains(table)
                ? " AND NOT "
                    + isClosed(
                        table == "school_year"
                            ? "OLD.year"
                            : table == "class" ? "OLD.year" : "(SELECT year FROM class WHERE id = OLD.class_id)")
                : ""
            sql.append(
                """
                CREATE TRIGGER \(table)_held_delete BEFORE DELETE ON \(table)
                WHEN (\(used("OLD")))\(open)
                BEGIN \(raise(message)); END
                """)
            // `UPDATE OR REPLACE` onto another row's key would delete that row with no delete trigger.
            sql.append(
                """
                CREATE TRIGGER \(table)_never_rekeyed_onto_another BEFORE UPDATE OF \(key) ON \(table)
                WHEN NEW.\(key) IS NOT OLD.\(key) AND EXISTS (SELECT 1 FROM \(table) WHERE \(key) = NEW.\(key))
                BEGIN \(raise("\(table.replacingOccurrences(of: "_", with: " ")) \(key) is never changed to another's")); END
                """)
            sql.append(
                """
                CREATE TRIGGER \(table)_held_key BEFORE UPDATE OF \(key) ON \(table)
                WHEN NEW.\(key) IS NOT OLD.\(key) AND (\(used("OLD")))\(open)
                BEGIN \(raise(message)); END
                """)
        }
        for statement in sql {
            try db.execute(sql: statement)
        }
    }
}
