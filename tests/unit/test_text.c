/* test_text.c — validation, normalization and the map back to the
 * original text. */
#include <config.h>

#include "nk_test.h"
#include "nk_text.h"

#include <stdlib.h>
#include <string.h>

/* Normalized text of t as UTF-8 (caller frees). */
static char *norm_of(const nk_text *t) {
  return nk_text_norm_slice(t, 0, t->norm_len);
}

/* Normalized position of the first occurrence of needle (UTF-8) in t's
 * normalized text, counted in code points; (size_t)-1 when absent. */
static size_t norm_find(const nk_text *t, const char *needle) {
  char *n = norm_of(t);
  const char *hit = strstr(n, needle);
  size_t pos = (size_t)-1;
  if (hit) {
    pos = 0;
    for (const char *p = n; p < hit; p++)
      if (((unsigned char)*p & 0xC0) != 0x80)
        pos++;
  }
  free(n);
  return pos;
}

static size_t u8_chars(const char *s) {
  size_t n = 0;
  for (; *s; s++)
    n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

/* The original words of normalized span [ns, ne). */
static char *orig_of(const nk_text *t, size_t ns, size_t ne) {
  return nk_text_orig_slice(t, nk_text_orig_start(t, ns),
                            nk_text_orig_end(t, ne));
}

/* Finds needle in the normalized text and checks that its span maps back
 * to want in the original. */
static void check_span(const nk_text *t, const char *needle, const char *want) {
  size_t at = norm_find(t, needle);
  CHECK(at != (size_t)-1);
  if (at == (size_t)-1)
    return;
  char *got = orig_of(t, at, at + u8_chars(needle));
  CHECK_STR(got, want);
  free(got);
}

static void test_plain(void) {
  nk_text t;
  nk_error err = {{0}};
  const char *s = "Bonjour le monde.";
  CHECK_INT(nk_text_init(&t, s, strlen(s), 0, &err), 0);
  CHECK_INT(t.orig_chars, 17);
  CHECK_INT(t.norm_len, 17);
  CHECK_INT(t.norm_orig[t.norm_len], 17);
  char *n = norm_of(&t);
  CHECK_STR(n, s);
  free(n);
  check_span(&t, "monde", "monde");
  CHECK_INT(nk_text_orig_end(&t, 0), 0);
  nk_text_free(&t);
}

static void test_mapping(void) {
  nk_text t;
  nk_error err = {{0}};
  /* NBSP before the colon, typographic apostrophe, decomposed é, CRLF,
   * an emoji, a soft hyphen inside a word and a narrow NBSP before ». */
  const char *s = "L\xE2\x80\x99"
                  "Ukraine\xC2\xA0: cafe\xCC\x81 ok\r\n"
                  "\xF0\x9F\x98\x80 Zelens\xC2\xADky a dit "
                  "\xC2\xAB oui\xE2\x80\xAF\xC2\xBB.\r";
  CHECK_INT(nk_text_init(&t, s, strlen(s), 0, &err), 0);
  char *n = norm_of(&t);
  CHECK_STR(n, "L'Ukraine : caf\xC3\xA9 ok\n\xF0\x9F\x98\x80 Zelensky a dit "
               "\xC2\xAB oui \xC2\xBB.\n");
  free(n);
  check_span(&t, "L'Ukraine", "L\xE2\x80\x99Ukraine");
  check_span(&t, "Ukraine :", "Ukraine\xC2\xA0:");
  /* The composed é stands for e + U+0301: both come back. */
  check_span(&t, "caf\xC3\xA9", "cafe\xCC\x81");
  check_span(&t, "\xC3\xA9", "e\xCC\x81");
  check_span(&t, "ok\n", "ok\r\n");
  check_span(&t, "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80");
  /* The soft hyphen is inside the word's span, not at its edges. */
  check_span(&t, "Zelensky", "Zelens\xC2\xADky");
  check_span(&t, "Zelens", "Zelens");
  check_span(&t, "ky", "ky");
  check_span(&t, "oui \xC2\xBB", "oui\xE2\x80\xAF\xC2\xBB");
  CHECK_INT(t.norm_orig[t.norm_len], t.orig_chars);
  CHECK_INT(nk_text_orig_end(&t, t.norm_len), t.orig_chars);
  /* Offsets count code points: the emoji is one. */
  size_t emoji = norm_find(&t, "\xF0\x9F\x98\x80");
  CHECK_INT(nk_text_orig_start(&t, emoji), 22);
  nk_text_free(&t);
}

static void test_dropped_edges(void) {
  nk_text t;
  nk_error err = {{0}};
  /* BOM first, zero-width space between words, soft hyphen at the end. */
  const char *s = "\xEF\xBB\xBFun\xE2\x80\x8B"
                  "deux\xC2\xAD";
  CHECK_INT(nk_text_init(&t, s, strlen(s), 0, &err), 0);
  char *n = norm_of(&t);
  CHECK_STR(n, "undeux");
  free(n);
  CHECK_INT(t.norm_len, 6);
  CHECK_INT(nk_text_orig_start(&t, 0), 1); /* after the BOM */
  check_span(&t, "un", "un");
  check_span(&t, "deux", "deux");
  CHECK_INT(nk_text_orig_end(&t, t.norm_len), 8); /* soft hyphen left out */
  nk_text_free(&t);
}

static void test_controls(void) {
  nk_text t;
  nk_error err = {{0}};
  const char *s = "a\tb\x01"
                  "c\rd\xE2\x80\xA8"
                  "e\xE2\x80\x89"
                  "f \xE2\x80\x9C"
                  "g\xE2\x80\x9D";
  CHECK_INT(nk_text_init(&t, s, strlen(s), 0, &err), 0);
  char *n = norm_of(&t);
  CHECK_STR(n, "a\tb c\nd\ne f \xE2\x80\x9Cg\xE2\x80\x9D");
  free(n);
  nk_text_free(&t);
}

static void test_skip(void) {
  nk_text t;
  nk_error err = {{0}};
  const char *s = " date 2023-07 \xC3\x89t\xC3\xA9 chaud.";
  size_t skip = strlen(" date 2023-07 ");
  CHECK_INT(nk_text_init(&t, s, strlen(s), skip, &err), 0);
  char *n = norm_of(&t);
  CHECK_STR(n, "\xC3\x89t\xC3\xA9 chaud.");
  free(n);
  CHECK_INT(nk_text_orig_start(&t, 0), 14);
  CHECK_INT(nk_text_orig_end(&t, 0), 14);
  check_span(&t, "chaud", "chaud");
  size_t at = norm_find(&t, "chaud");
  CHECK_INT(nk_text_orig_start(&t, at), 18);
  CHECK_INT(nk_text_orig_end(&t, at + 5), 23);
  nk_text_free(&t);

  /* Everything skipped: an empty normalized text. */
  CHECK_INT(nk_text_init(&t, s, strlen(s), strlen(s), &err), 0);
  CHECK_INT(t.norm_len, 0);
  CHECK_INT(t.norm_orig[0], t.orig_chars);
  char *e = nk_text_norm_slice(&t, 0, 0);
  CHECK_STR(e, "");
  free(e);
  nk_text_free(&t);
}

static void test_invalid(void) {
  nk_text t;
  nk_error err = {{0}};
  /* Bad byte 0xFF on line 2, after "é" and "t": column 3. */
  const char *s = "premi\xC3\xA8re ligne\n\xC3\xA9t\xFF suite";
  CHECK_INT(nk_text_init(&t, s, strlen(s), 0, &err), -1);
  CHECK(strstr(err.msg, "line 2, column 3") != NULL);
  CHECK(strstr(err.msg, "UTF-8") != NULL);

  /* A truncated sequence at the very end. */
  const char *trunc = "abc\xC3";
  CHECK_INT(nk_text_init(&t, trunc, strlen(trunc), 0, &err), -1);
  CHECK(strstr(err.msg, "line 1, column 4") != NULL);

  /* An embedded NUL. */
  const char nul[] = "ab\ncd\0ef";
  CHECK_INT(nk_text_init(&t, nul, sizeof nul - 1, 0, &err), -1);
  CHECK(strstr(err.msg, "line 2, column 3") != NULL);
  CHECK(strstr(err.msg, "NUL") != NULL);

  /* Overlong encoding and a lone surrogate are invalid too. */
  const char *overlong = "\xC0\xAF";
  CHECK_INT(nk_text_init(&t, overlong, 2, 0, &err), -1);
  const char *surrogate = "x\xED\xA0\x80";
  CHECK_INT(nk_text_init(&t, surrogate, 4, 0, &err), -1);
  CHECK(strstr(err.msg, "column 2") != NULL);
}

static void test_slices(void) {
  nk_text t;
  nk_error err = {{0}};
  const char *s = "\xC3\xA0 l\xE2\x80\x99\xC3\xA9t\xC3\xA9";
  CHECK_INT(nk_text_init(&t, s, strlen(s), 0, &err), 0);
  char *o = nk_text_orig_slice(&t, 2, 7);
  CHECK_STR(o, "l\xE2\x80\x99\xC3\xA9t\xC3\xA9");
  free(o);
  char *n = nk_text_norm_slice(&t, 2, 7);
  CHECK_STR(n, "l'\xC3\xA9t\xC3\xA9");
  free(n);
  /* Out-of-range ends are clamped, never read past the text. */
  o = nk_text_orig_slice(&t, 5, 99);
  CHECK_STR(o, "t\xC3\xA9");
  free(o);
  CHECK_INT(nk_text_orig_end(&t, 99), 7);
  nk_text_free(&t);
}

int main(void) {
  test_plain();
  test_mapping();
  test_dropped_edges();
  test_controls();
  test_skip();
  test_invalid();
  test_slices();
  return TEST_DONE();
}
