#ifndef EJOURNAL_SQLITE_GATE_H
#define EJOURNAL_SQLITE_GATE_H

// A gate in front of each connection's authorizer, so that a statement GRDB does not manage can be
// prepared without it. GRDB registers an authorizer on every connection it opens (to learn what each
// of its statements reads and writes) and SQLite calls it for every column a statement names while
// preparing it: for the language's queries, read straight through SQLite's C API and never seen by
// GRDB, that was a seventh of the work of a small query. `sqlite3_set_authorizer` is defined here,
// in front of SQLite's own (found with dlsym): it registers `callback` behind the gate.
//
// Here too, SQLite's settings for the whole process, made by a constructor before anything opens a
// connection: SQLite's memory from mimalloc when it is installed (see sqlite_gate.c), and
// SQLITE_CONFIG_MEMSTATUS off.
#include <sqlite3.h>

/// `sqlite3_prepare_v2` with the connection's authorizer (GRDB's) not called for this statement.
int ejs_prepare_unauthorized(sqlite3 *db, const char *sql, sqlite3_stmt **statement);

/// The allocator SQLite uses in this process: "mimalloc", or "system" (the C library's malloc).
const char *ejs_sqlite_allocator(void);

#endif
