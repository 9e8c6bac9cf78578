#include "sodium_loader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define EJS_FUNCTIONS(X)                                                                                   \
    X(sodium_init)                                                                                         \
    X(crypto_pwhash_str_alg)                                                                               \
    X(crypto_pwhash_str_verify)                                                                            \
    X(crypto_pwhash_str_needs_rehash)                                                                      \
    X(crypto_pwhash_alg_argon2id13)                                                                        \
    X(crypto_pwhash_strbytes)                                                                              \
    X(crypto_pwhash_opslimit_interactive)                                                                  \
    X(crypto_pwhash_memlimit_interactive)                                                                  \
    X(crypto_pwhash_opslimit_min)                                                                          \
    X(crypto_pwhash_memlimit_min)                                                                          \
    X(crypto_hash_sha256_init)                                                                             \
    X(crypto_hash_sha256_update)                                                                           \
    X(crypto_hash_sha256_final)                                                                            \
    X(crypto_auth_hmacsha256_init)                                                                         \
    X(crypto_auth_hmacsha256_update)                                                                       \
    X(crypto_auth_hmacsha256_final)

// `__typeof__` names each function's type without referring to the function: nothing is linked.
#define EJS_POINTER(name) static __typeof__(&name) p_##name;
EJS_FUNCTIONS(EJS_POINTER)

static void *library;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    static const char *const names[] = {"libsodium.so.23", "libsodium.so", "libsodium.dylib"};
    void *handle = NULL;
    for (unsigned i = 0; i < sizeof names / sizeof names[0] && handle == NULL; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (handle == NULL) return;
#define EJS_LOOKUP(name)                                                                                   \
    p_##name = (__typeof__(&name))dlsym(handle, #name);                                                    \
    if (p_##name == NULL) return;
    EJS_FUNCTIONS(EJS_LOOKUP)
    library = handle;
}

int ejs_sodium_load(void) {
    pthread_once(&once, load);
    return library != NULL;
}

// Every function loads the library first. ejournal's own gate (`Sodium.ready`, Swift) loads it before
// any call and, without it, says so in the user's language and ends; this is the backstop of a call
// made without the gate: nothing that needs the library can go on, so the program ends here too.
static void need(void) {
    if (ejs_sodium_load()) return;
    fputs("ejournal: libsodium is not installed (Debian: libsodium23; scripts/install-deps installs it)\n", stderr);
    exit(70);
}

int ejs_sodium_init(void) {
    need();
    return p_sodium_init();
}
int ejs_crypto_pwhash_str_alg(
    char out[crypto_pwhash_STRBYTES], const char *const passwd, unsigned long long passwdlen,
    unsigned long long opslimit, size_t memlimit, int alg) {
    need();
    return p_crypto_pwhash_str_alg(out, passwd, passwdlen, opslimit, memlimit, alg);
}
int ejs_crypto_pwhash_str_verify(
    const char str[crypto_pwhash_STRBYTES], const char *const passwd, unsigned long long passwdlen) {
    need();
    return p_crypto_pwhash_str_verify(str, passwd, passwdlen);
}
int ejs_crypto_pwhash_str_needs_rehash(
    const char str[crypto_pwhash_STRBYTES], unsigned long long opslimit, size_t memlimit) {
    need();
    return p_crypto_pwhash_str_needs_rehash(str, opslimit, memlimit);
}
int ejs_crypto_pwhash_alg_argon2id13(void) {
    need();
    return p_crypto_pwhash_alg_argon2id13();
}
size_t ejs_crypto_pwhash_strbytes(void) {
    need();
    return p_crypto_pwhash_strbytes();
}
size_t ejs_crypto_pwhash_opslimit_interactive(void) {
    need();
    return p_crypto_pwhash_opslimit_interactive();
}
size_t ejs_crypto_pwhash_memlimit_interactive(void) {
    need();
    return p_crypto_pwhash_memlimit_interactive();
}
size_t ejs_crypto_pwhash_opslimit_min(void) {
    need();
    return p_crypto_pwhash_opslimit_min();
}
size_t ejs_crypto_pwhash_memlimit_min(void) {
    need();
    return p_crypto_pwhash_memlimit_min();
}
int ejs_crypto_hash_sha256_init(crypto_hash_sha256_state *state) {
    need();
    return p_crypto_hash_sha256_init(state);
}
int ejs_crypto_hash_sha256_update(crypto_hash_sha256_state *state, const unsigned char *in, unsigned long long inlen) {
    need();
    return p_crypto_hash_sha256_update(state, in, inlen);
}
int ejs_crypto_hash_sha256_final(crypto_hash_sha256_state *state, unsigned char *out) {
    need();
    return p_crypto_hash_sha256_final(state, out);
}
int ejs_crypto_auth_hmacsha256_init(crypto_auth_hmacsha256_state *state, const unsigned char *key, size_t keylen) {
    need();
    return p_crypto_auth_hmacsha256_init(state, key, keylen);
}
int ejs_crypto_auth_hmacsha256_update(
    crypto_auth_hmacsha256_state *state, const unsigned char *in, unsigned long long inlen) {
    need();
    return p_crypto_auth_hmacsha256_update(state, in, inlen);
}
int ejs_crypto_auth_hmacsha256_final(crypto_auth_hmacsha256_state *state, unsigned char *out) {
    need();
    return p_crypto_auth_hmacsha256_final(state, out);
}
