#define _GNU_SOURCE
#include "sqlite_gate.h"

#include <dlfcn.h>
#include <pthread.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

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

// SQLite's memory from mimalloc (MIT licence, Microsoft; Debian's libmimalloc2.0), when it is installed.
// Debian builds SQLite without its lookaside allocator, so every word of a statement SQLite prepares,
// and every object of the schema it reads when a connection first looks at the store (the 175
// triggers: 17,000 allocations), is a call of the C library's malloc and free: a quarter of a start's
// instructions. mimalloc's are several times cheaper (a start of `-c` 18.1 → 15.4 million
// instructions). The library is opened here, privately (RTLD_LOCAL: the rest of the process, Swift
// included, keeps the C library's malloc, and nothing else can reach mimalloc's), and given to SQLite
// alone through SQLITE_CONFIG_MALLOC. Without it, or with EJOURNAL_SQLITE_MALLOC=system in the
// environment, SQLite keeps the C library's. mimalloc is thread-safe and frees a block another
// thread allocated, as SQLite requires of an allocator.
typedef void *(*ejs_malloc)(size_t);
typedef void (*ejs_free)(void *);
typedef void *(*ejs_realloc)(void *, size_t);
typedef size_t (*ejs_size)(const void *);
typedef size_t (*ejs_good_size)(size_t);

static struct {
    ejs_malloc malloc;
    ejs_free free;
    ejs_realloc realloc;
    ejs_size usable_size;
    ejs_good_size good_size;
} mimalloc;
static const char *allocator = "system";

static void *mi_sqlite_malloc(int size) { return mimalloc.malloc((size_t)size); }
static void mi_sqlite_free(void *block) { mimalloc.free(block); }
static void *mi_sqlite_realloc(void *block, int size) { return mimalloc.realloc(block, (size_t)size); }
static int mi_sqlite_size(void *block) { return block ? (int)mimalloc.usable_size(block) : 0; }
static int mi_sqlite_roundup(int size) {
    size_t good = mimalloc.good_size((size_t)size);
    return good > INT_MAX ? size : (int)good;
}
static int mi_sqlite_init(void *data) {
    (void)data;
    return SQLITE_OK;
}
static void mi_sqlite_shutdown(void *data) { (void)data; }

static void use_mimalloc(void) {
    const char *wanted = getenv("EJOURNAL_SQLITE_MALLOC");
    if (wanted != NULL && strcmp(wanted, "system") == 0) return;
    void *library = dlopen("libmimalloc.so.2", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return;
    mimalloc.malloc = (ejs_malloc)dlsym(library, "mi_malloc");
    mimalloc.free = (ejs_free)dlsym(library, "mi_free");
    mimalloc.realloc = (ejs_realloc)dlsym(library, "mi_realloc");
    mimalloc.usable_size = (ejs_size)dlsym(library, "mi_usable_size");
    mimalloc.good_size = (ejs_good_size)dlsym(library, "mi_good_size");
    if (!mimalloc.malloc || !mimalloc.free || !mimalloc.realloc || !mimalloc.usable_size || !mimalloc.good_size) {
        dlclose(library);
        return;
    }
    static const sqlite3_mem_methods methods = {
        mi_sqlite_malloc, mi_sqlite_free, mi_sqlite_realloc, mi_sqlite_size,
        mi_sqlite_roundup, mi_sqlite_init, mi_sqlite_shutdown, NULL,
    };
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK) allocator = "mimalloc";
}

const char *ejs_sqlite_allocator(void) { return allocator; }

// SQLite's settings for this process, made before anything opens a connection: its memory from
// mimalloc (above), and no count of the memory SQLite holds (the sqlite3 shell's `.stats` reads it;
// this program never does), which otherwise takes a global mutex around every allocation — and
// preparing a statement allocates for each word of it.
__attribute__((constructor)) static void configure_sqlite(void) {
    use_mimalloc();
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
