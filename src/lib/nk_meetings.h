/* nk_meetings.h — what the files of the meetings stage share.  The stage's
 * entry point, nk_extract_meetings, is declared in nk_extract.h; nothing
 * outside these files includes this header.
 *
 *   nk_meetings.c          the stage: reads each sentence's triggers,
 *                          gathers what it tells, and starts an event or
 *                          adds to one told before (prefix nk_mt_)
 *   nk_meet_triggers.c     the words that tell of a meeting, call or visit,
 *                          and those that make them tell of none (nk_trig_)
 *   nk_meet_people.c       who took part (nk_people_)
 *   nk_meet_place.c        where it took place (nk_place_)
 *   nk_meet_modality.c     how the article tells it: asserted, reported,
 *                          alleged or denied (nk_mm_)
 *
 * The date is read by nk_dates.c. */
#ifndef NK_MEETINGS_H
#define NK_MEETINGS_H

#include "nk_dates.h"
#include "nk_extract.h"
#include "nk_modality.h"

/* Most triggers kept from one sentence. */
#define NK_MAX_TRIGGERS 16
/* Tokens after a noun trigger where the place of the event may be named
 * ("une réunion à Moscou"). */
#define NK_PLACE_AFTER_NOUN 5

/* A word of meeting_triggers.txt standing in a sentence. */
typedef struct {
  size_t tok;         /* token of the trigger */
  nk_event_kind kind; /* what it tells */
  int held;           /* "a eu lieu", "s'est tenue": says where, not what */
  int noun;           /* a noun ("la réunion"), not a verb */
  int press;          /* may be a press interview ("entretien") */
} nk_trigger;

/* What one sentence tells about an event. */
typedef struct {
  nk_trigger trig[NK_MAX_TRIGGERS]; /* its triggers, in order */
  size_t ntrig;                     /* entries of trig */
  size_t first;                     /* index in trig of the main trigger */
  size_t *people;                   /* participant mentions */
  size_t npeople, cap_people;       /* entries, allocated */
  long place;                       /* place mention, or -1 */
  char *date;                       /* normalized date, or NULL */
  nk_date when;                     /* the date's parts, year 0 when
                                       unknown ("en avril", undated) */
  nk_modality modality;             /* how it is told */
  long source;                      /* outlet mention it is credited to */
  int anaphoric;                    /* refers back to a told event */
  int pronoun;  /* the verb trigger's subject is "il", "elle": someone
                   the previous sentences named */
  int excluded; /* a person named as not taking part was left out ("X
                   n'a pas assisté à la réunion") */
} nk_told;

/* ------------------------------------------------- nk_meet_triggers.c */

/* Appends to t the triggers of sentence s that tell of an event;
 * interview: the article tells of a press interview (see
 * nk_trig_article_interview). */
void nk_trig_find(const nk_doc *d, const nk_ev_lex *lx, size_t s, nk_told *t,
                  int interview);
/* Index in t->trig of the trigger the sentence is about, or t->ntrig when
 * none; sets the kind of that trigger from the others ("s'est entretenu
 * par téléphone": a call).  *held is set to 1 when a trigger says that an
 * event took place ("a eu lieu"). */
size_t nk_trig_main(const nk_doc *d, const nk_ev_lex *lx, nk_told *t,
                    int *held);
/* 1 when the noun trigger tr refers back to an event told before ("ces
 * discussions", "l'appel"). */
int nk_trig_anaphoric(const nk_doc *d, const nk_ev_lex *lx,
                      const nk_trigger *tr);
/* 1 when the verb trigger at tok has a personal pronoun for subject. */
int nk_trig_pronoun_subject(const nk_doc *d, const nk_ev_lex *lx, size_t tok);
/* 1 when the article tells of a press interview anywhere, its headline
 * included: then "l'entretien", "cet interview" are that interview. */
int nk_trig_article_interview(const nk_doc *d, const nk_ev_lex *lx);
/* 1 when the lower-cased word ends like a past participle. */
int nk_trig_participle_form(const char *w);
/* 1 when token i is "de", "du" or "d'". */
int nk_trig_de(const nk_doc *d, size_t i);
/* 1 when token i holds a word of meeting_blockers.txt of value v. */
int nk_trig_blocker_is(const nk_doc *d, const nk_ev_lex *lx, size_t i,
                       const char *v);

/* --------------------------------------------------- nk_meet_people.c */

/* Adds to t->people the participants sentence s (inq: nk_ev_quote_mask)
 * names for the event of its main trigger. */
void nk_people_find(const nk_doc *d, const nk_ev_lex *lx, size_t s,
                    const unsigned char *inq, nk_told *t);
/* 1 when person mention m is one of the n mentions of p, or the same
 * person ("Burns" and "William Burns"). */
int nk_people_has(const nk_doc *d, const size_t *p, size_t n, size_t m);
/* Appends person mention m to the *n entries of *p (*cap allocated)
 * unless the same person is there; 1 when appended. */
int nk_people_add(const nk_doc *d, size_t **p, size_t *n, size_t *cap,
                  size_t m);

/* ---------------------------------------------------- nk_meet_place.c */

/* Place mention introduced by à/en/au at token i, or -1; visit: an
 * organization's seat counts as a place. */
long nk_place_at(const nk_doc *d, const nk_ev_lex *lx, size_t i, int visit);
/* Place of the event of trigger tr in sentence s, or -1. */
long nk_place_find(const nk_doc *d, const nk_ev_lex *lx, size_t s,
                   const nk_trigger *tr);

/* ------------------------------------------------- nk_meet_modality.c */

/* Sets t->modality and t->source for sentence s, and leaves out of
 * t->people those a negation says took no part (t->excluded). */
void nk_mm_find(const nk_doc *d, const nk_ev_lex *lx, size_t s, nk_told *t);
/* Rank of a modality when sentences telling one event disagree: the most
 * hedged reading wins. */
int nk_mm_rank(nk_modality m);

#endif
