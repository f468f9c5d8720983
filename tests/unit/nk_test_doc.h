/* nk_test_doc.h — building an article (nk_doc) from a French sentence for
 * the unit tests: load the lexicons, segment the text, find tokens by their
 * form, add mentions by hand, compare the words of a span.
 *
 * Setup failures (no lexicons, a text that cannot be read, a token the
 * sentence does not have) print a message and exit 1: the test's premise is
 * broken and nothing after it would mean anything.  Checks on behaviour stay
 * in the tests, with CHECK from nk_test.h. */
#ifndef NK_TEST_DOC_H
#define NK_TEST_DOC_H

#include "nk_doc.h"
#include "nk_lexicon.h"

#include <stddef.h>

/* A mention to add by hand, searched from the start of the text. */
typedef struct {
  nk_ent_type type;  /* what it names */
  const char *first; /* form of its first token; NULL ends a list */
  const char *last;  /* form of its last token, the first such at or after
                        the first token (may be the same token) */
} nk_test_ment;

/* The French lexicons, from $NEWSKG_DATA_DIR or else the source tree's
 * data directory.  Exits 1 when they cannot be loaded. */
nk_lang *nk_test_lang_fr(void);

/* Makes *d a new article holding only the text s, normalized and segmented
 * with lang (NULL: no lexicons).  Free it with nk_doc_free. */
void nk_test_doc(nk_doc *d, const nk_lang *lang, const char *s);

/* Index of the first token whose form is form, at or after token from. */
size_t nk_test_tok(const nk_doc *d, const char *form, size_t from);

/* Adds a mention from the token first to the token last (inclusive), the
 * first of each at or after token from; returns its index. */
size_t nk_test_add_mention(nk_doc *d, nk_ent_type type, const char *first,
                           const char *last, size_t from);

/* Adds the mentions ms[0..n) in order, stopping early at one whose first is
 * NULL, so that mention i of a new article is ms[i]. */
void nk_test_add_mentions(nk_doc *d, const nk_test_ment *ms, size_t n);

/* Whether the original words of span s are want; prints both when not, so
 * that CHECK(nk_test_span_is(...)) tells what was found. */
int nk_test_span_is(const nk_doc *d, nk_span s, const char *want);

#endif
