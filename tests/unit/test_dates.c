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

/* The parts of a date whose year is unknown. */
static nk_date parts_of(const char *s, const char *art) {
  nk_doc d;
  nk_test_doc(&d, lang, s);
  nk_date r = nk_date_find_parts(&d, lang, 0, d.seg.ntoks, art);
  nk_doc_free(&d);
  return r;
}

static void test_parts(void) {
  nk_date a = parts_of("Ils se sont parlé en février.", NULL);
  CHECK_INT(a.year, 0);
  CHECK_INT(a.month, 2);
  CHECK_INT(a.day, 0);
  a = parts_of("Le traité fut signé le 3 octobre dernier.", NULL);
  CHECK_INT(a.year, 0);
  CHECK_INT(a.month, 10);
  CHECK_INT(a.day, 3);
  /* An article dated by its year only does not tell which one either. */
  a = parts_of("Ils se sont parlé en février.", "2021");
  CHECK_INT(a.year, 0);
  CHECK_INT(a.month, 2);
  a = parts_of("Ils se sont parlé en février.", "2021-06-02");
  CHECK_INT(a.year, 2021);
  a = parts_of("Rien de daté ici.", NULL);
  CHECK_INT(a.month, 0);
  /* Weekdays and relative days need the article's day. */
  a = parts_of("Il a appelé mardi.", NULL);
  CHECK_INT(a.month, 0);
  nk_date full = {2022, 11, 5};
  char *s = nk_date_format(full);
  CHECK_STR(s, "2022-11-05");
  free(s);
  nk_date partial = {0, 11, 5};
  CHECK(nk_date_format(partial) == NULL);
}

static void test_rollover(void) {
  /* "en décembre" in a January article is last December. */
  check_date("Le sommet s'est tenu en décembre.", "2024-01-15", "2023-12");
  check_date("Ils se sont vus le 28 décembre.", "2024-01", "2023-12-28");
  check_date("Elle l'a dit lundi.", "2024-01-03", "2024-01-01");
  check_date("Elle l'a dit dimanche.", "2024-01-03", "2023-12-31");
  check_date("Il l'a dit avant-hier.", "2024-03-01", "2024-02-28");
  check_date("Il viendra en janvier prochain.", "2023-12-20", "2024-01");
  check_date("La réunion a eu lieu en avril 2019.", "2024-01", "2019-04");
  check_date("Il l'a dit le mois dernier.", "2024-01-10", "2023-12");
  check_date("Ils se verront le mois prochain.", "2024-03", "2024-04");
  check_date("Il l'a dit le mois dernier.", NULL, NULL);
  check_date("Le mois a été long.", "2024-03", NULL);
}

int main(void) {
  lang = nk_test_lang_fr();
  test_parse();
  test_months();
  test_days();
  test_parts();
  test_rollover();
  nk_lang_free(lang);
  return TEST_DONE();
}
