/* test_dates.c — French date words normalized against the article date. */
#include <config.h>

#include "nk_dates.h"
#include "nk_test.h"
#include "nk_test_doc.h"

static nk_lang *lang;

/* The date found in s for an article of date art (freed by the caller). */
static char *date_of(const char *s, const char *art) {
  nk_doc d;
  nk_test_doc(&d, lang, s);
  char *r = nk_date_find(&d, lang, 0, d.seg.ntoks, art);
  nk_doc_free(&d);
  return r;
}

static void check_date(const char *s, const char *art, const char *want) {
  char *got = date_of(s, art);
  if (want)
    CHECK_STR(got, want);
  else if (got) {
    fprintf(stderr, "\"%s\": got %s, want none\n", s, got);
    CHECK(got == NULL);
  }
  free(got);
}

static void test_parse(void) {
  nk_date a = nk_date_parse("2023-07-06");
  CHECK_INT(a.year, 2023);
  CHECK_INT(a.month, 7);
  CHECK_INT(a.day, 6);
  a = nk_date_parse("2023-07");
  CHECK_INT(a.month, 7);
  CHECK_INT(a.day, 0);
  a = nk_date_parse("juillet");
  CHECK_INT(a.year, 0);
  a = nk_date_parse(NULL);
  CHECK_INT(a.year, 0);
  CHECK_INT(nk_date_weekday(2023, 7, 6), 4);  /* a Thursday */
  CHECK_INT(nk_date_weekday(2024, 2, 29), 4); /* leap day */
}

static void test_months(void) {
  check_date("Ils se sont vus en avril.", "2023-07", "2023-04");
  /* A month after the article's one is last year's. */
  check_date("Ils se sont vus en septembre.", "2023-07", "2022-09");
  check_date("La rencontre a eu lieu en mars 2021.", NULL, "2021-03");
  check_date("C'était en avril dernier.", "2023-04", "2022-04");
  check_date("Ils se verront en mai prochain.", "2023-07", "2024-05");
  /* Without the article date the year is unknown. */
  check_date("Ils se sont vus en avril.", NULL, NULL);
  /* A month name alone, without "en" or a day, is not read. */
  check_date("Mai est un joli mois.", "2023-07", NULL);
}

static void test_days(void) {
  check_date("Le sommet de jeudi 6 juillet a déçu.", "2023-07-10",
             "2023-07-06");
  check_date("Il est arrivé le 1er juillet 2022.", NULL, "2022-07-01");
  check_date("Il l'a dit jeudi.", "2023-07-10", "2023-07-06");
  check_date("Il l'a dit hier.", "2023-07-01", "2023-06-30");
  /* Vague: left unknown rather than guessed. */
  check_date("Il l'a dit la semaine dernière.", "2023-07-10", NULL);
  check_date("Il l'a dit jeudi.", "2023-07", NULL);
}

int main(void) {
  lang = nk_test_lang_fr();
  test_parse();
  test_months();
  test_days();
  nk_lang_free(lang);
  return TEST_DONE();
}
