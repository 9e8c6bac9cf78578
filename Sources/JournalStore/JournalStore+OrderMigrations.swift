import GRDB

/// The migrations of the director's orders (R1), kept beside the list in `JournalStore+Migrations`
/// that registers them (in order, append-only, never edited after they shipped).
extension JournalStore {
    /// A move or a withdrawal is made by an order: its number and date, kept on the enrolment it
    /// began (a move's new class) and on the one it ended (the class left, by a move or a
    /// withdrawal). Enrolments made without one keep them empty. The enrolment's trail triggers are
    /// made anew, so the trail keeps the new columns too.
    static func recordEnrolmentOrders(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE enrolment ADD COLUMN order_number TEXT CHECK (order_number IS NULL OR order_number <> '');
                ALTER TABLE enrolment ADD COLUMN order_date TEXT
                    CHECK (order_date IS NULL OR date(order_date) IS order_date);
                ALTER TABLE enrolment ADD COLUMN end_order_number TEXT
                    CHECK (end_order_number IS NULL OR end_order_number <> '');
                ALTER TABLE enrolment ADD COLUMN end_order_date TEXT
                    CHECK (end_order_date IS NULL OR date(end_order_date) IS end_order_date);
                DROP TRIGGER enrolment_trail_insert;
                DROP TRIGGER enrolment_trail_update;
                DROP TRIGGER enrolment_trail_delete;
                """)
        try createTrailTriggers(db, "enrolment")
    }
}
