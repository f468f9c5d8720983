/* nk_strtab.c — the string table (see nk_strtab.h). */
#include <config.h>

#include "nk_strtab.h"
#include "nk_util.h"

#include <stdlib.h>
#include <string.h>

/* Slots of the first index: small, because many tables (one lexicon per
 * data file, one map per article) hold only a handful of strings. */
#define NK_STRTAB_MIN_SLOTS 32

/* FNV-1a over n bytes: keys are short, it spreads them well enough and needs
 * nothing.  The high half is folded into the low one because the index uses
 * the low bits only. */
static size_t nk_strtab_hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211u;
  return (size_t)(h ^ (h >> 32));
}

/* Slot holding the n bytes at s (of hash h), or the empty slot where they
 * would go.  The index must have slots; it always has an empty one, being
 * at most half full. */
static size_t nk_strtab_slot(const nk_strtab *t, const char *s, size_t n,
                             size_t h) {
  const size_t mask = t->nslots - 1;
  size_t i = h & mask;
  for (; t->slots[i]; i = (i + 1) & mask) {
    const nk_strtab_ent *e = &t->ents[t->slots[i] - 1];
    if (e->hash == h && e->len == n && memcmp(e->str, s, n) == 0)
      break;
  }
  return i;
}

/* Doubles the index.  The strings are distinct, so each goes to the first
 * empty slot from its stored hash: no hashing, no comparison.  Ids are
 * placed in increasing order, so the layout depends only on the strings. */
static void nk_strtab_grow(nk_strtab *t) {
  const size_t nslots = t->nslots ? t->nslots * 2 : NK_STRTAB_MIN_SLOTS;
  const size_t mask = nslots - 1;
  free(t->slots);
  t->slots = nk_xcalloc(nslots, sizeof *t->slots);
  t->nslots = nslots;
  for (size_t id = 0; id < t->n; id++) {
    size_t i = t->ents[id].hash & mask;
    while (t->slots[i])
      i = (i + 1) & mask;
    t->slots[i] = id + 1;
  }
}

size_t nk_strtab_find_len(const nk_strtab *t, const char *s, size_t n) {
  if (!t->nslots)
    return NK_STRTAB_NONE;
  const size_t i = nk_strtab_slot(t, s, n, nk_strtab_hash(s, n));
  return t->slots[i] ? t->slots[i] - 1 : NK_STRTAB_NONE;
}

size_t nk_strtab_find(const nk_strtab *t, const char *s) {
  return nk_strtab_find_len(t, s, strlen(s));
}

size_t nk_strtab_intern_len(nk_strtab *t, const char *s, size_t n) {
  const size_t h = nk_strtab_hash(s, n);
  size_t i = 0;
  if (t->nslots) {
    i = nk_strtab_slot(t, s, n, h);
    if (t->slots[i])
      return t->slots[i] - 1;
  }
  /* Grow only for a string that is really new, so that looking up a
   * present string never moves the index. */
  if ((t->n + 1) * 2 > t->nslots) {
    nk_strtab_grow(t);
    i = nk_strtab_slot(t, s, n, h);
  }
  nk_strtab_ent *e = NK_PUSH(t->ents, t->n, t->cap);
  e->str = nk_xmalloc(n + 1);
  memcpy(e->str, s, n);
  e->str[n] = '\0';
  e->len = n;
  e->hash = h;
  t->slots[i] = t->n; /* the new id + 1 */
  return t->n - 1;
}

size_t nk_strtab_intern(nk_strtab *t, const char *s) {
  return nk_strtab_intern_len(t, s, strlen(s));
}

const char *nk_strtab_str(const nk_strtab *t, size_t id) {
  return t->ents[id].str;
}

size_t nk_strtab_count(const nk_strtab *t) {
  return t->n;
}

void nk_strtab_free(nk_strtab *t) {
  for (size_t id = 0; id < t->n; id++)
    free(t->ents[id].str);
  free(t->ents);
  free(t->slots);
  *t = (nk_strtab){0};
}
