#ifndef EJOURNAL_SODIUM_LOADER_H
#define EJOURNAL_SODIUM_LOADER_H

// libsodium, loaded at its first use (dlopen), not linked: only log-ins, credentials, the change
// trail's hashes and backups' checksums need it, and a linked library costs every start of the
// program (160,000 instructions and 6 page faults of a `-c` that only reads). The functions are
// libsodium's own, prefixed `ejs_`; the first call of any loads the library. Without it, the program
// ends at its first need of it with a message (`Sodium.ready` in JournalStore); scripts/install-deps
// installs it, as before it had to be for the program to start at all.
#include <sodium.h>

/// Loads libsodium once: 1 when it and every function below were found, 0 when not.
int ejs_sodium_load(void);

int ejs_sodium_init(void);
int ejs_crypto_pwhash_str_alg(
    char out[crypto_pwhash_STRBYTES], const char *const passwd, unsigned long long passwdlen,
    unsigned long long opslimit, size_t memlimit, int alg);
int ejs_crypto_pwhash_str_verify(
    const char str[crypto_pwhash_STRBYTES], const char *const passwd, unsigned long long passwdlen);
int ejs_crypto_pwhash_str_needs_rehash(
    const char str[crypto_pwhash_STRBYTES], unsigned long long opslimit, size_t memlimit);
int ejs_crypto_pwhash_alg_argon2id13(void);
size_t ejs_crypto_pwhash_strbytes(void);
size_t ejs_crypto_pwhash_opslimit_interactive(void);
size_t ejs_crypto_pwhash_memlimit_interactive(void);
size_t ejs_crypto_pwhash_opslimit_min(void);
size_t ejs_crypto_pwhash_memlimit_min(void);
int ejs_crypto_hash_sha256_init(crypto_hash_sha256_state *state);
int ejs_crypto_hash_sha256_update(crypto_hash_sha256_state *state, const unsigned char *in, unsigned long long inlen);
int ejs_crypto_hash_sha256_final(crypto_hash_sha256_state *state, unsigned char *out);
int ejs_crypto_auth_hmacsha256_init(crypto_auth_hmacsha256_state *state, const unsigned char *key, size_t keylen);
int ejs_crypto_auth_hmacsha256_update(
    crypto_auth_hmacsha256_state *state, const unsigned char *in, unsigned long long inlen);
int ejs_crypto_auth_hmacsha256_final(crypto_auth_hmacsha256_state *state, unsigned char *out);

#endif
