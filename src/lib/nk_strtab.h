/* nk_strtab.h — a string table: interns strings to dense ids 0..n-1.
 *
 * The one hash table of the library.  Every user that maps strings to
 * something (lexicon keys to values, alias slugs to entities, entity keys to
 * event ids, the set of naming triples already written) interns its strings
 * here and keeps its values in its own array indexed by id: the table knows
 * nothing of values, so one implementation serves maps and sets alike.
 *
 * Ids are given in insertion order and never change, so iterating ids
 * 0..count-1 visits the strings in the order they were first interned, and
 * nothing a user writes depends on the hash function.  A new string always
 * gets the id count() had before the call, which is how a set user tells "was
 * added" from "was there".
 *
 * The index is open addressing with linear probing over a power-of-two array
 * kept at most half full, so a look-up costs a hash and a couple of probes,
 * and an intern is amortized O(1).  A zero-initialized table is empty and
 * ready to use; nk_strtab_free releases what it holds.
 *
 * Strings may not contain NUL bytes (str() returns a C string); the *_len
 * variants take n bytes that need not be NUL-terminated, so that a prefix of
 * a longer string can be looked up or interned without a copy. */
#ifndef NK_STRTAB_H
#define NK_STRTAB_H

#include <stddef.h>
#include <stdint.h>

/* Returned by the look-ups when a string is not in the table. */
#define NK_STRTAB_NONE SIZE_MAX

/* One interned string.  Its hash is kept so that a probe rejects most other
 * strings without comparing bytes, and growing never hashes again. */
typedef struct {
  char *str;   /* owned copy, NUL-terminated */
  size_t len;  /* bytes, without the NUL */
  size_t hash; /* nk_strtab hash of the bytes */
} nk_strtab_ent;

/* Fields are private: use the functions below. */
typedef struct {
  nk_strtab_ent *ents; /* id -> string, in insertion order */
  size_t n;            /* strings interned: ids are 0..n-1 */
  size_t cap;          /* entries allocated in ents */
  size_t *slots;       /* index: id + 1, 0 for an empty slot */
  size_t nslots;       /* power of two >= 2 * n, or 0 before the first add */
} nk_strtab;

/* Id of the NUL-terminated s, or NK_STRTAB_NONE. */
size_t nk_strtab_find(const nk_strtab *t, const char *s);
/* Id of the n bytes at s, or NK_STRTAB_NONE. */
size_t nk_strtab_find_len(const nk_strtab *t, const char *s, size_t n);
/* Id of s, copied into the table with the next id when new. */
size_t nk_strtab_intern(nk_strtab *t, const char *s);
/* Id of the n bytes at s, copied into the table when new. */
size_t nk_strtab_intern_len(nk_strtab *t, const char *s, size_t n);
/* The string of id (id < count), valid until the table is freed. */
const char *nk_strtab_str(const nk_strtab *t, size_t id);
/* Number of strings interned. */
size_t nk_strtab_count(const nk_strtab *t);
/* Releases the strings and the index; t is empty again afterwards. */
void nk_strtab_free(nk_strtab *t);

#endif
