/* nk_dates.h — dates written in French words ("en avril", "jeudi 6
 * juillet", "avril 2023", "hier"), normalized against the article's date.
 * Month, weekday and relative words come from months.txt, weekdays.txt and
 * relative_dates.txt.  A date that cannot be known for sure (no year, "la
 * semaine dernière") is left unknown rather than guessed. */
#ifndef NK_DATES_H
#define NK_DATES_H

#include "nk_doc.h"
#include "nk_lexicon.h"

/* A calendar date; month and day are 0 when unknown. */
typedef struct {
  int year;  /* e.g. 2023; 0 when unknown */
  int month; /* 1-12, or 0 */
  int day;   /* 1-31, or 0 */
} nk_date;

/* Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (NULL or malformed: all 0). */
nk_date nk_date_parse(const char *s);
/* ISO weekday (1 = Monday) of a full date. */
int nk_date_weekday(int year, int month, int day);

/* The first date told by tokens [tb, te), as "YYYY-MM" or "YYYY-MM-DD"
 * (newly allocated), or NULL.  article is the article's date, may be
 * NULL: without it, only dates that spell their year are returned. */
char *nk_date_find(const nk_doc *d, const nk_lang *lang, size_t tb, size_t te,
                   const char *article);

/* The first date told by tokens [tb, te), as parts, even when its year is
 * unknown: "en avril" in an undated article gives {0, 4, 0}, so that a
 * later step (nk_events.h) may learn the year from another article telling
 * the same event.  All 0 when none. */
nk_date nk_date_find_parts(const nk_doc *d, const nk_lang *lang, size_t tb,
                           size_t te, const char *article);

/* "YYYY-MM" or "YYYY-MM-DD" (newly allocated), or NULL when the year or
 * the month is unknown. */
char *nk_date_format(nk_date a);

#endif
