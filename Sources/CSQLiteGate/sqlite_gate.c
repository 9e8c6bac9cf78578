#define _GNU_SOURCE
#include "sqlite_gate.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>

typedef int (*ejs_authorizer)(void *, int, const char *, const char *, const char *, const char *);
typedef int (*ejs_set_authorizer)(sqlite3 *, ejs_authorizer, void *);

// One registered authorizer of a connection. Entries are kept by connection and replaced when a
// connection registers again; an entry is never changed while SQLite may call it. A closed
// connection's entry stays (a few bytes) until a new connection at its address registers.
struct registration {
    sqlite3 *db;
    ejs_authorizer callback;
    void *context;
    struct registration *next;
};

static struct registration *registrations;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
// Set while this thread prepares a statement that the authorizer is not to see.
static _Thread_local int unauthorized;

static int gate(void *data, int action, const char *a, const char *b, const char *c, const char *d) {
    if (unauthorized) return SQLITE_OK;
    const struct registration *registration = data;
    return registration->callback(registration->context, action, a, b, c, d);
}

static ejs_set_authorizer sqlite_set_authorizer;

static void find_sqlite_set_authorizer(void) {
    sqlite_set_authorizer = (ejs_set_authorizer)dlsym(RTLD_NEXT, "sqlite3_set_authorizer");
}

int sqlite3_set_authorizer(sqlite3 *db, ejs_authorizer callback, void *context) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, find_sqlite_set_authorizer);
    if (sqlite_set_authorizer == NULL) return SQLITE_ERROR;
    struct registration *fresh = NULL;
    if (callback != NULL) {
        fresh = malloc(sizeof *fresh);
        if (fresh == NULL) return SQLITE_NOMEM;
        *fresh = (struct registration){db, callback, context, NULL};
    }
    pthread_mutex_lock(&lock);
    // A connection is used by one thread at a time (GRDB's queue, or SQLite's own mutex), and this
    // runs on it: once the new entry is registered, SQLite no longer calls the old one.
    int code = fresh ? sqlite_set_authorizer(db, gate, fresh) : sqlite_set_authorizer(db, NULL, NULL);
    struct registration **link = &registrations;
    while (*link != NULL && (*link)->db != db) link = &(*link)->next;
    struct registration *old = *link;
    if (code != SQLITE_OK) {
        free(fresh);
    } else if (fresh != NULL) {
        fresh->next = old ? old->next : NULL;
        *link = fresh;
        free(old);
    } else if (old != NULL) {
        *link = old->next;
        free(old);
    }
    pthread_mutex_unlock(&lock);
    return code;
}

int ejs_prepare_unauthorized(sqlite3 *db, const char *sql, sqlite3_stmt **statement) {
    unauthorized += 1;
    int code = sqlite3_prepare_v2(db, sql, -1, statement, NULL);
    unauthorized -= 1;
    return code;
}

// SQLite's settings for this process, made before anything opens a connection: no count of the
// memory SQLite holds (the sqlite3 shell's `.stats` reads it; this program never does), which
// otherwise takes a global mutex around every allocation — and preparing a statement allocates for
// each word of it.
__attribute__((constructor)) static void configure_sqlite(void) {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
