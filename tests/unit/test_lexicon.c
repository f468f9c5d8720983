/* test_lexicon.c — the hash map, the data file loader, key folding and
 * languages. */
#include <config.h>

#include "nk_lexicon.h"
#include "nk_test.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void collect(const char *key, const char *value, void *ctx) {
  nk_buf *b = ctx;
  nk_buf_printf(b, "%s=%s;", key, value);
}

static void test_keys(void) {
  char *k = nk_lex_key("  L\xE2\x80\x99\xC3\x89TAT   Islamique ");
  CHECK_STR(k, "l'\xC3\xA9tat islamique");
  free(k);
  /* Decomposed input is composed (NFC) while lower-casing. */
  k = nk_lex_key("E\xCC\x81lyse\xCC\x81"
                 "e");
  CHECK_STR(k, "\xC3\xA9lys\xC3\xA9"
               "e");
  free(k);
  k = nk_lex_key("Mme\xC2\xA0X");
  CHECK_STR(k, "mme x");
  free(k);
  k = nk_lex_key("");
  CHECK_STR(k, "");
  free(k);
}

static void test_map(void) {
  nk_lexicon *lex = nk_lexicon_new();
  CHECK(nk_lexicon_get(lex, "x") == NULL);
  CHECK_INT(nk_lexicon_size(lex), 0);
  nk_lexicon_put(lex, "Premier Ministre", "role");
  nk_lexicon_put(lex, "premier ministre", "other"); /* first wins */
  nk_lexicon_put(lex, "Kremlin", NULL);
  CHECK_STR(nk_lexicon_get(lex, "premier ministre"), "role");
  CHECK_STR(nk_lexicon_get(lex, "kremlin"), "");
  CHECK(nk_lexicon_get(lex, "Kremlin") == NULL); /* lookups are exact */
  CHECK_INT(nk_lexicon_size(lex), 2);
  CHECK_INT(nk_lexicon_max_words(lex), 2);
  /* Many keys: rehashing keeps every entry and the insertion order. */
  char key[32];
  for (int i = 0; i < 5000; i++) {
    snprintf(key, sizeof key, "k%d", i);
    nk_lexicon_put(lex, key, key + 1);
  }
  CHECK_INT(nk_lexicon_size(lex), 5002);
  int bad = 0;
  for (int i = 0; i < 5000; i++) {
    snprintf(key, sizeof key, "k%d", i);
    const char *v = nk_lexicon_get(lex, key);
    bad += !v || strcmp(v, key + 1) != 0;
  }
  CHECK_INT(bad, 0);
  nk_lexicon_free(lex);

  lex = nk_lexicon_new();
  nk_lexicon_put(lex, "b", "2");
  nk_lexicon_put(lex, "a", "1");
  nk_lexicon_put(lex, "c d e", "3");
  nk_buf b = {0};
  nk_lexicon_foreach(lex, collect, &b);
  CHECK_STR(b.data, "b=2;a=1;c d e=3;");
  CHECK_INT(nk_lexicon_max_words(lex), 3);
  nk_buf_free(&b);
  nk_lexicon_free(lex);
}

/* Word-prefixes of the keys, for longest-match lookups over tokens. */
static void test_prefixes(void) {
  nk_lexicon *lex = nk_lexicon_new();
  CHECK(!nk_lexicon_has_prefix(lex, "jean"));
  CHECK(!nk_lexicon_has_prefix(NULL, "jean"));
  nk_lexicon_put(lex, "Jean d\xE2\x80\x99Ormesson", "x"); /* folded on put */
  nk_lexicon_put(lex, "banque centrale européenne", "y");
  CHECK(nk_lexicon_has_prefix(lex, "jean"));
  CHECK(nk_lexicon_has_prefix(lex, "jean d'"));
  CHECK(nk_lexicon_has_prefix(lex, "banque"));
  CHECK(nk_lexicon_has_prefix(lex, "banque centrale"));
  /* Only whole words, from the start, and not the whole key. */
  CHECK(!nk_lexicon_has_prefix(lex, "jean d"));
  CHECK(!nk_lexicon_has_prefix(lex, "banque c"));
  CHECK(!nk_lexicon_has_prefix(lex, "centrale"));
  CHECK(!nk_lexicon_has_prefix(lex, "jean d'ormesson"));
  CHECK(!nk_lexicon_has_prefix(lex, ""));
  /* The set grows with the keys. */
  char key[32];
  for (int i = 0; i < 3000; i++) {
    snprintf(key, sizeof key, "mot%d suite", i);
    nk_lexicon_put(lex, key, "");
  }
  int bad = 0;
  for (int i = 0; i < 3000; i++) {
    snprintf(key, sizeof key, "mot%d", i);
    bad += !nk_lexicon_has_prefix(lex, key);
  }
  CHECK_INT(bad, 0);
  CHECK(!nk_lexicon_has_prefix(lex, "mot3000"));
  nk_lexicon_free(lex);
}

static char *write_file(const char *dir, const char *name, const char *text) {
  char *path = nk_xasprintf("%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (f) {
    fputs(text, f);
    fclose(f);
  }
  return path;
}

static void test_files(void) {
  char tmpl[] = "/tmp/nk_lexicon_XXXXXX";
  char *dir = mkdtemp(tmpl);
  CHECK(dir != NULL);
  if (!dir)
    return;
  char *fr = nk_xasprintf("%s/fr", dir);
  CHECK_INT(mkdir(fr, 0700), 0);
  char *roles =
      write_file(fr, "roles.txt",
                 "\xEF\xBB\xBF# comment\n"
                 "\n"
                 "Ministre des Affaires \xC3\xA9trang\xC3\xA8res\trole\r\n"
                 "porte-parole\n"
                 "porte-parole\tignored\n"
                 "  chef d\xE2\x80\x99\xC3\x89tat \t  head  \n");
  char *bad = write_file(dir, "bad.txt", "ok\n\xFFno\n");
  char *other = write_file(fr, "zz.txt", "z\n");
  char *notlex = write_file(fr, "readme.md", "x\n");

  nk_error err = {{0}};
  nk_lexicon *lex = nk_lexicon_new();
  CHECK_INT(nk_lexicon_load(lex, roles, &err), 0);
  CHECK_INT(nk_lexicon_size(lex), 3);
  CHECK_STR(
      nk_lexicon_get(lex, "ministre des affaires \xC3\xA9trang\xC3\xA8res"),
      "role");
  CHECK_STR(nk_lexicon_get(lex, "porte-parole"), "");
  CHECK_STR(nk_lexicon_get(lex, "chef d'\xC3\xA9tat"), "head");
  CHECK(nk_lexicon_get(lex, "# comment") == NULL);
  CHECK_INT(nk_lexicon_load(lex, bad, &err), -1);
  CHECK(strstr(err.msg, "bad.txt:2") != NULL);
  char *missing = nk_xasprintf("%s/none.txt", dir);
  CHECK_INT(nk_lexicon_load(lex, missing, &err), -1);
  CHECK(strstr(err.msg, "none.txt") != NULL);
  nk_lexicon_free(lex);

  nk_lang *lang = nk_lang_load(dir, "fr", &err);
  CHECK(lang != NULL);
  if (lang) {
    CHECK_STR(nk_lang_code(lang), "fr");
    CHECK_INT(nk_lexicon_size(nk_lang_lex(lang, "roles")), 3);
    CHECK_INT(nk_lexicon_size(nk_lang_lex(lang, "zz")), 1);
    const nk_lexicon *none = nk_lang_lex(lang, "readme");
    CHECK(none != NULL);
    CHECK_INT(nk_lexicon_size(none), 0);
    CHECK(nk_lexicon_get(none, "x") == NULL);
    nk_lang_free(lang);
  }
  CHECK(nk_lang_load(dir, "de", &err) == NULL);
  CHECK(strstr(err.msg, "de") != NULL);

  /* A file that cannot be read makes the language fail, naming it. */
  char *badfr = nk_xasprintf("%s/fr/bad.txt", dir);
  CHECK_INT(rename(bad, badfr), 0);
  CHECK(nk_lang_load(dir, "fr", &err) == NULL);
  CHECK(strstr(err.msg, "bad.txt:2") != NULL);

  unlink(roles);
  unlink(badfr);
  unlink(other);
  unlink(notlex);
  rmdir(fr);
  rmdir(dir);
  free(roles);
  free(bad);
  free(badfr);
  free(other);
  free(notlex);
  free(missing);
  free(fr);
}

static void test_real_data(void) {
  const char *dir = getenv("NEWSKG_DATA_DIR");
  nk_error err = {{0}};
  nk_lang *lang = nk_lang_load(dir ? dir : NK_SRCDATADIR, "fr", &err);
  CHECK(lang != NULL);
  if (!lang)
    return;
  CHECK(nk_lexicon_get(nk_lang_lex(lang, "abbreviations"), "m.") != NULL);
  CHECK(nk_lexicon_get(nk_lang_lex(lang, "elisions"), "qu'") != NULL);
  CHECK(nk_lexicon_get(nk_lang_lex(lang, "boilerplate"), "lire aussi") != NULL);
  CHECK(nk_lexicon_get(nk_lang_lex(lang, "english_stopwords"), "the") != NULL);
  CHECK_INT(nk_lexicon_size(nk_lang_lex(lang, "no-such-lexicon")), 0);
  nk_lang_free(lang);
}

int main(void) {
  test_keys();
  test_map();
  test_prefixes();
  test_files();
  test_real_data();
  return TEST_DONE();
}
