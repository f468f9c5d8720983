/* nk_names.h — helpers shared by the entity stages (mentions, roles,
 * resolution): lexicon look-ups over token sequences, token tests, and the
 * parsed form of an entities.txt entry. */
#ifndef NK_NAMES_H
#define NK_NAMES_H

#include "nk_doc.h"
#include "nk_lexicon.h"

#include <stddef.h>

/* Lower-case key of tokens [tb, te) as lexicon keys are written: words
 * separated by one space, none after an elided word ("département d'état").
 * Newly allocated. */
char *nk_names_key(const nk_segments *seg, size_t tb, size_t te);
/* Number of words of nk_names_key(seg, tb, te), without building it. */
size_t nk_names_key_words(const nk_segments *seg, size_t tb, size_t te);

/* Longest entry of lex that starts at token i and ends before token limit.
 * Returns its value and sets *len to its number of tokens, or returns NULL. */
const char *nk_names_longest(const nk_lexicon *lex, const nk_segments *seg,
                             size_t i, size_t limit, size_t *len);

/* Value of the one-token key of token i, or NULL. */
const char *nk_names_get(const nk_lexicon *lex, const nk_segments *seg,
                         size_t i);

/* Token tests. */
int nk_names_is_word(const nk_segments *seg, size_t i);
int nk_names_is_cap(const nk_segments *seg, size_t i);   /* Capital/CAPS */
int nk_names_is_lower(const nk_segments *seg, size_t i); /* word, no capital */
int nk_names_is_punct(const nk_segments *seg, size_t i, const char *p);

/* An entities.txt entry: "TYPE|Canonical|Qid|flags". */
typedef struct {
  nk_ent_type type; /* PER, ORG or LOC */
  char *canonical;  /* canonical name, owned */
  char *wikidata;   /* Wikidata id or NULL, owned */
  int caps_only;    /* flag A: counts only when written in capitals */
  int lower_ok;     /* flag L: counts in lower case too ("franceinfo") */
} nk_entity_entry;

/* Parses value into *e; returns 0 when it is not a well-formed entry. */
int nk_entity_parse(const char *value, nk_entity_entry *e);
void nk_entity_entry_free(nk_entity_entry *e);

/* Canonical name of a mention's words for the role and meeting stages:
 * the entities lexicon's canonical name, the places lexicon's, or the
 * words themselves.  Newly allocated. */
char *nk_names_canonical(const nk_lang *lang, const nk_doc *d,
                         const nk_mention *m);

#endif
