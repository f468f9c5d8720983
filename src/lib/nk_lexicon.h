/* nk_lexicon.h — language knowledge as data: a lexicon is a hash map from a
 * lower-cased key (one word or several separated by single spaces) to a
 * value string, loaded from a data file.
 *
 * File format (data/<lang>/<name>.txt, UTF-8): one entry a line,
 * "key<TAB>value" or just "key" (value ""); blank lines and lines starting
 * with '#' are ignored.  Keys are NFC-normalized, lower-cased (French rules)
 * and their ’ turned into ' on load, so lookups must pass lower-cased,
 * normalized text.  When a key repeats, the first entry wins. */
#ifndef NK_LEXICON_H
#define NK_LEXICON_H

#include "nk_util.h"

typedef struct nk_lexicon nk_lexicon;

nk_lexicon *nk_lexicon_new(void);
void nk_lexicon_free(nk_lexicon *lex);
/* Adds the entries of a data file; errors name the file and line. */
int nk_lexicon_load(nk_lexicon *lex, const char *path, nk_error *err);
/* Adds one entry; key is normalized as on load.  Keeps the first value. */
void nk_lexicon_put(nk_lexicon *lex, const char *key, const char *value);
/* The value stored for key (exact, already lower-cased), or NULL. */
const char *nk_lexicon_get(const nk_lexicon *lex, const char *key);
/* Whether s is a word-prefix of a longer key: the part of a key before
 * one of its spaces, or up to and including one of its apostrophes ("jean"
 * and "jean d'" for the key "jean d'ormesson").  Lets a longest-match
 * lookup over tokens stop as soon as no longer key can match. */
int nk_lexicon_has_prefix(const nk_lexicon *lex, const char *s);
/* Number of entries, and the largest number of words in a key (for
 * longest-match lookups over token sequences). */
size_t nk_lexicon_size(const nk_lexicon *lex);
size_t nk_lexicon_max_words(const nk_lexicon *lex);
/* Calls fn on every entry in insertion (file) order. */
void nk_lexicon_foreach(const nk_lexicon *lex,
                        void (*fn)(const char *key, const char *value,
                                   void *ctx),
                        void *ctx);

/* Lower-cases (French rules), NFC-normalizes and folds ’ to '; newly
 * allocated.  The same folding the loader applies to keys. */
char *nk_lex_key(const char *s);

/* All lexicons of one language, by name (the data file's base name:
 * "roles" for data/fr/roles.txt). */
typedef struct nk_lang nk_lang;

/* Loads every *.txt of dir/<code>/.  Fails when the directory is missing
 * or a file cannot be read. */
nk_lang *nk_lang_load(const char *dir, const char *code, nk_error *err);
void nk_lang_free(nk_lang *lang);
/* The lexicon loaded from <name>.txt, or an empty lexicon when there was
 * no such file (never NULL). */
const nk_lexicon *nk_lang_lex(const nk_lang *lang, const char *name);
const char *nk_lang_code(const nk_lang *lang);

#endif
