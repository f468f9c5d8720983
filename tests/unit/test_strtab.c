/* test_strtab.c — the string table: dense stable ids, growth, look-ups by
 * length, strings that share a prefix or are empty. */
#include <config.h>

#include "nk_strtab.h"
#include "nk_test.h"
#include "nk_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void test_empty_table(void) {
  nk_strtab t = {0};
  CHECK_INT(nk_strtab_count(&t), 0);
  CHECK(nk_strtab_find(&t, "maire") == NK_STRTAB_NONE);
  CHECK(nk_strtab_find(&t, "") == NK_STRTAB_NONE);
  CHECK(nk_strtab_find_len(&t, "maire", 3) == NK_STRTAB_NONE);
  nk_strtab_free(&t);
  CHECK_INT(nk_strtab_count(&t), 0);
}

static void test_dense_ids(void) {
  nk_strtab t = {0};
  CHECK_INT(nk_strtab_intern(&t, "ministre"), 0);
  CHECK_INT(nk_strtab_intern(&t, "préfet"), 1);
  CHECK_INT(nk_strtab_intern(&t, "maire"), 2);
  /* Interning again gives the same id and adds nothing. */
  CHECK_INT(nk_strtab_intern(&t, "préfet"), 1);
  CHECK_INT(nk_strtab_intern(&t, "ministre"), 0);
  CHECK_INT(nk_strtab_count(&t), 3);
  CHECK_INT(nk_strtab_find(&t, "maire"), 2);
  CHECK(nk_strtab_find(&t, "Maire") == NK_STRTAB_NONE);
  CHECK(nk_strtab_find(&t, "mair") == NK_STRTAB_NONE);
  CHECK(nk_strtab_find(&t, "maires") == NK_STRTAB_NONE);
  CHECK_STR(nk_strtab_str(&t, 0), "ministre");
  CHECK_STR(nk_strtab_str(&t, 1), "préfet");
  CHECK_STR(nk_strtab_str(&t, 2), "maire");
  nk_strtab_free(&t);
  CHECK_INT(nk_strtab_count(&t), 0);
  CHECK(nk_strtab_find(&t, "maire") == NK_STRTAB_NONE);
  /* A freed table is usable again, ids starting from 0. */
  CHECK_INT(nk_strtab_intern(&t, "maire"), 0);
  nk_strtab_free(&t);
}

/* The table keeps its own copy: the caller's buffer may change. */
static void test_copies(void) {
  nk_strtab t = {0};
  char buf[16];
  strcpy(buf, "sénat");
  size_t id = nk_strtab_intern(&t, buf);
  strcpy(buf, "assemblée");
  CHECK_STR(nk_strtab_str(&t, id), "sénat");
  CHECK_INT(nk_strtab_find(&t, "sénat"), id);
  CHECK(nk_strtab_find(&t, buf) == NK_STRTAB_NONE);
  nk_strtab_free(&t);
}

static void test_empty_string(void) {
  nk_strtab t = {0};
  CHECK_INT(nk_strtab_intern(&t, "conseil"), 0);
  CHECK(nk_strtab_find(&t, "") == NK_STRTAB_NONE);
  CHECK_INT(nk_strtab_intern(&t, ""), 1);
  CHECK_INT(nk_strtab_find(&t, ""), 1);
  CHECK_INT(nk_strtab_find_len(&t, "conseil", 0), 1);
  CHECK_INT(nk_strtab_intern_len(&t, "xyz", 0), 1);
  CHECK_STR(nk_strtab_str(&t, 1), "");
  CHECK_INT(nk_strtab_count(&t), 2);
  nk_strtab_free(&t);
}

/* Look-ups and interns of a prefix of a longer buffer, without a copy. */
static void test_by_length(void) {
  nk_strtab t = {0};
  const char *key = "jean d'ormesson";
  CHECK_INT(nk_strtab_intern_len(&t, key, 4), 0);  /* "jean" */
  CHECK_INT(nk_strtab_intern_len(&t, key, 7), 1);  /* "jean d'" */
  CHECK_INT(nk_strtab_intern_len(&t, key, 15), 2); /* all of it */
  CHECK_STR(nk_strtab_str(&t, 0), "jean");
  CHECK_STR(nk_strtab_str(&t, 1), "jean d'");
  CHECK_STR(nk_strtab_str(&t, 2), "jean d'ormesson");
  CHECK_INT(nk_strtab_find(&t, "jean"), 0);
  CHECK_INT(nk_strtab_find(&t, "jean d'"), 1);
  CHECK_INT(nk_strtab_find_len(&t, "jean-pierre", 4), 0);
  CHECK_INT(nk_strtab_find_len(&t, key, 7), 1);
  CHECK(nk_strtab_find_len(&t, key, 5) == NK_STRTAB_NONE); /* "jean " */
  CHECK(nk_strtab_find_len(&t, key, 3) == NK_STRTAB_NONE); /* "jea" */
  /* A longer table string is not found by its prefix, nor the reverse. */
  CHECK(nk_strtab_find_len(&t, "jean d'o", 8) == NK_STRTAB_NONE);
  CHECK_INT(nk_strtab_intern(&t, "jean"), 0);
  CHECK_INT(nk_strtab_count(&t), 3);
  nk_strtab_free(&t);
}

/* Strings that share a long prefix and differ in the last byte only, and
 * strings that are prefixes of each other: the probe must compare whole
 * strings, not hashes or leading bytes. */
static void test_shared_prefixes(void) {
  nk_strtab t = {0};
  char s[80];
  const char *base = "article/une-reunion-au-sommet-entre-les-deux-";
  for (int i = 0; i < 200; i++) {
    snprintf(s, sizeof s, "%s%c%c", base, 'a' + i % 26, 'a' + i / 26);
    CHECK_INT(nk_strtab_intern(&t, s), i);
  }
  size_t n = strlen(base);
  for (size_t k = 0; k <= n; k++)
    CHECK_INT(nk_strtab_intern_len(&t, base, k), 200 + k);
  for (int i = 0; i < 200; i++) {
    snprintf(s, sizeof s, "%s%c%c", base, 'a' + i % 26, 'a' + i / 26);
    CHECK_INT(nk_strtab_find(&t, s), i);
  }
  for (size_t k = 0; k <= n; k++) {
    CHECK_INT(nk_strtab_find_len(&t, base, k), 200 + k);
    CHECK_INT(strlen(nk_strtab_str(&t, 200 + k)), k);
  }
  CHECK_INT(nk_strtab_count(&t), 200 + n + 1);
  nk_strtab_free(&t);
}

/* Growth over many strings: ids stay dense and stable through every
 * doubling of the index, and every string is still found. */
static void test_growth(void) {
  enum { N = 100000 };
  nk_strtab t = {0};
  char s[32];
  int bad = 0;
  for (int i = 0; i < N; i++) {
    snprintf(s, sizeof s, "person/%d", i);
    if (nk_strtab_intern(&t, s) != (size_t)i)
      bad++;
    /* The first string keeps its id while the index grows, which stays
     * a power of two at most half full. */
    if (nk_strtab_find(&t, "person/0") != 0 || t.nslots < 2 * t.n ||
        (t.nslots & (t.nslots - 1)) != 0)
      bad++;
  }
  CHECK_INT(bad, 0);
  CHECK_INT(nk_strtab_count(&t), N);
  bad = 0;
  for (int i = N - 1; i >= 0; i--) {
    snprintf(s, sizeof s, "person/%d", i);
    if (nk_strtab_find(&t, s) != (size_t)i ||
        nk_strtab_intern(&t, s) != (size_t)i ||
        strcmp(nk_strtab_str(&t, (size_t)i), s) != 0)
      bad++;
  }
  CHECK_INT(bad, 0);
  CHECK_INT(nk_strtab_count(&t), N);
  CHECK(nk_strtab_find(&t, "person/100000") == NK_STRTAB_NONE);
  CHECK(nk_strtab_find(&t, "person/") == NK_STRTAB_NONE);
  nk_strtab_free(&t);
}

int main(void) {
  test_empty_table();
  test_dense_ids();
  test_copies();
  test_empty_string();
  test_by_length();
  test_shared_prefixes();
  test_growth();
  return TEST_DONE();
}
