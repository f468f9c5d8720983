/* nk_dates.c — French date expressions to ISO dates, relative to the
 * article's date.  Past is the default reading: news reports what
 * happened, so "en septembre" in a July article is last September. */
#include <config.h>

#include "nk_dates.h"

#include <stdlib.h>
#include <string.h>

static int nk_all_digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return 0;
  return 1;
}

nk_date nk_date_parse(const char *s) {
  nk_date r = {0, 0, 0};
  if (!s || strlen(s) < 4 || !nk_all_digits(s, 4))
    return r;
  r.year = atoi(s);
  if (s[4] == '-' && strlen(s) >= 7 && nk_all_digits(s + 5, 2)) {
    r.month = atoi(s + 5);
    if (s[7] == '-' && strlen(s) >= 10 && nk_all_digits(s + 8, 2))
      r.day = atoi(s + 8);
  }
  if (r.month < 1 || r.month > 12)
    r.month = r.day = 0;
  if (r.day < 0 || r.day > 31)
    r.day = 0;
  return r;
}

static int nk_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int nk_month_days(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && nk_leap(y) ? 29 : days[m - 1];
}

int nk_date_weekday(int year, int month, int day) {
  /* Sakamoto's method, 0 = Sunday, turned into ISO numbering. */
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  int y = month < 3 ? year - 1 : year;
  int w = (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7;
  return w == 0 ? 7 : w;
}

/* Moves a full date by delta days (|delta| small). */
static nk_date nk_date_add(nk_date a, int delta) {
  for (; delta > 0; delta--)
    if (++a.day > nk_month_days(a.year, a.month)) {
      a.day = 1;
      if (++a.month > 12) {
        a.month = 1;
        a.year++;
      }
    }
  for (; delta < 0; delta++)
    if (--a.day < 1) {
      if (--a.month < 1) {
        a.month = 12;
        a.year--;
      }
      a.day = nk_month_days(a.year, a.month);
    }
  return a;
}

/* The lexicons of dates, looked up once per call of nk_date_find. */
typedef struct {
  const nk_lexicon *months;       /* month names -> 1-12 */
  const nk_lexicon *weekdays;     /* day names -> ISO weekday */
  const nk_lexicon *relative;     /* "hier" -> -1, "dernier" -> past */
  const nk_lexicon *month_intros; /* words making a month name a date */
} nk_date_lex;

static int nk_lex_int(const nk_lexicon *lex, const char *w) {
  const char *v = nk_lexicon_get(lex, w);
  return v ? atoi(v) : 0;
}

/* Day number of token i ("6", "1er"), or 0. */
static int nk_day_at(const nk_doc *d, size_t i) {
  if (i >= d->seg.ntoks)
    return 0;
  const char *w = d->seg.toks[i].lower;
  size_t n = strlen(w);
  if (n >= 3 && strcmp(w + n - 2, "er") == 0)
    n -= 2;
  if (n == 0 || n > 2 || !nk_all_digits(w, n))
    return 0;
  int v = atoi(w);
  return v >= 1 && v <= 31 ? v : 0;
}

/* Four-digit year of token i, or 0. */
static int nk_year_at(const nk_doc *d, size_t i) {
  if (i >= d->seg.ntoks || d->seg.toks[i].kind != NK_TOK_NUMBER)
    return 0;
  const char *w = d->seg.toks[i].lower;
  if (strlen(w) != 4 || !nk_all_digits(w, 4))
    return 0;
  int y = atoi(w);
  return y >= 1900 && y <= 2200 ? y : 0;
}

/* 1 when token i introduces a month name used as a date ("en avril",
 * "début mai"; month_intros.txt). */
static int nk_month_intro(const nk_doc *d, const nk_date_lex *lx, size_t i) {
  return i < d->seg.ntoks &&
         nk_lexicon_get(lx->month_intros, d->seg.toks[i].lower) != NULL;
}

/* Year of a month (and day) told without a year: the latest one not after
 * the article ("past"), or the next one ("future"). */
static int nk_infer_year(nk_date art, int month, int day, const char *rel) {
  int after = month > art.month ||
              (month == art.month && day && art.day && day > art.day);
  if (rel && strcmp(rel, "future") == 0) {
    int before = month < art.month ||
                 (month == art.month && (!day || !art.day || day <= art.day));
    return before ? art.year + 1 : art.year;
  }
  if (rel && strcmp(rel, "past") == 0 && month == art.month && !day)
    return art.year - 1;
  return after ? art.year - 1 : art.year;
}

/* A date around the month name at token i; month 0 when there is none.
 * The year is 0 when neither the words nor the article's date tell it. */
static nk_date nk_date_month(const nk_doc *d, const nk_date_lex *lx, size_t i,
                             size_t te, nk_date art) {
  nk_date none = {0, 0, 0};
  int month = nk_lex_int(lx->months, d->seg.toks[i].lower);
  if (!month)
    return none;
  int day = i > 0 ? nk_day_at(d, i - 1) : 0;
  int year = i + 1 < te ? nk_year_at(d, i + 1) : 0;
  if (!day && !year && !(i > 0 && nk_month_intro(d, lx, i - 1)))
    return none;
  const char *rel = i + 1 < te
                        ? nk_lexicon_get(lx->relative, d->seg.toks[i + 1].lower)
                        : NULL;
  if (!year && art.year && art.month)
    year = nk_infer_year(art, month, day, rel);
  nk_date r = {year, month, day};
  return r;
}

/* A date from a weekday name at token i (the latest such day not after a
 * fully known article date); month 0 when there is none. */
static nk_date nk_date_weekday_at(const nk_doc *d, const nk_date_lex *lx,
                                  size_t i, nk_date art) {
  nk_date none = {0, 0, 0};
  int wd = nk_lex_int(lx->weekdays, d->seg.toks[i].lower);
  if (!wd || !art.day)
    return none;
  /* "jeudi 6 juillet" is read at the month name. */
  if (nk_day_at(d, i + 1))
    return none;
  int back = (nk_date_weekday(art.year, art.month, art.day) - wd + 7) % 7;
  return nk_date_add(art, -back);
}

nk_date nk_date_find_parts(const nk_doc *d, const nk_lang *lang, size_t tb,
                           size_t te, const char *article) {
  nk_date art = nk_date_parse(article), none = {0, 0, 0};
  const nk_date_lex lx = {
      nk_lang_lex(lang, "months"), nk_lang_lex(lang, "weekdays"),
      nk_lang_lex(lang, "relative_dates"), nk_lang_lex(lang, "month_intros")};
  if (te > d->seg.ntoks)
    te = d->seg.ntoks;
  for (size_t i = tb; i < te; i++) {
    nk_date r = nk_date_month(d, &lx, i, te, art);
    if (!r.month)
      r = nk_date_weekday_at(d, &lx, i, art);
    if (r.month)
      return r;
    const char *v = nk_lexicon_get(lx.relative, d->seg.toks[i].lower);
    if (v && !strcmp(v, "month") && art.month && i + 1 < te) {
      /* "le mois dernier": the month before the article's. */
      const char *w = nk_lexicon_get(lx.relative, d->seg.toks[i + 1].lower);
      int step = !w ? 0 : !strcmp(w, "past") ? -1 : !strcmp(w, "future");
      if (step) {
        nk_date m = {art.year, art.month + step, 0};
        if (m.month < 1)
          m.month = 12, m.year--;
        else if (m.month > 12)
          m.month = 1, m.year++;
        return m;
      }
    }
    /* A number is a day offset ("hier" = -1); it needs the article day. */
    if (v && art.day && (v[0] == '-' || (v[0] >= '0' && v[0] <= '9')))
      return nk_date_add(art, atoi(v));
  }
  return none;
}

char *nk_date_format(nk_date a) {
  if (!a.year || !a.month)
    return NULL;
  if (a.day)
    return nk_xasprintf("%04d-%02d-%02d", a.year, a.month, a.day);
  return nk_xasprintf("%04d-%02d", a.year, a.month);
}

char *nk_date_find(const nk_doc *d, const nk_lang *lang, size_t tb, size_t te,
                   const char *article) {
  return nk_date_format(nk_date_find_parts(d, lang, tb, te, article));
}
