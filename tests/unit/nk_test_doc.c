/* nk_test_doc.c — articles built from French sentences for the unit tests
 * (see nk_test_doc.h). */
#include <config.h>

#include "nk_test_doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

nk_lang *nk_test_lang_fr(void) {
  const char *dir = getenv("NEWSKG_DATA_DIR");
  nk_error err = {{0}};
  nk_lang *lang = nk_lang_load(dir ? dir : NK_SRCDATADIR, "fr", &err);
  if (!lang) {
    fprintf(stderr, "cannot load data: %s\n", err.msg);
    exit(1);
  }
  return lang;
}

void nk_test_doc(nk_doc *d, const nk_lang *lang, const char *s) {
  nk_error err = {{0}};
  *d = (nk_doc){0};
  if (nk_text_init(&d->text, s, strlen(s), 0, &err) != 0 ||
      nk_segment(&d->text, lang, &d->seg, &err) != 0) {
    fprintf(stderr, "cannot segment \"%s\": %s\n", s, err.msg);
    exit(1);
  }
}

size_t nk_test_tok(const nk_doc *d, const char *form, size_t from) {
  for (size_t i = from; i < d->seg.ntoks; i++)
    if (strcmp(d->seg.toks[i].form, form) == 0)
      return i;
  fprintf(stderr, "no token \"%s\" from token %zu on\n", form, from);
  exit(1);
}

size_t nk_test_add_mention(nk_doc *d, nk_ent_type type, const char *first,
                           const char *last, size_t from) {
  size_t b = nk_test_tok(d, first, from);
  size_t e = nk_test_tok(d, last, b) + 1;
  return nk_doc_add_mention(d, type, b, e);
}

void nk_test_add_mentions(nk_doc *d, const nk_test_ment *ms, size_t n) {
  for (size_t i = 0; i < n && ms[i].first; i++)
    nk_test_add_mention(d, ms[i].type, ms[i].first, ms[i].last, 0);
}

int nk_test_span_is(const nk_doc *d, nk_span s, const char *want) {
  char *got = nk_doc_span_text(d, s);
  int same = got && strcmp(got, want) == 0;
  if (!same)
    fprintf(stderr, "span [%zu, %zu) is \"%s\", want \"%s\"\n", s.start, s.end,
            got ? got : "(null)", want);
  free(got);
  return same;
}
