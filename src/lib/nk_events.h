/* nk_events.h — one real-world meeting told by several articles.
 *
 * Every meeting, call or visit the graph builder writes is recorded here in
 * a compact form (its node, article, kind, participant keys, place key and
 * the date parts the article tells).  At the end of the run, nk_events_link
 * groups the records that tell the same event, on evidence only:
 *
 *   - compatible kinds (a call only with a call; a meeting with a meeting or
 *     a visit, which often tells the same encounter);
 *   - at least two shared participants, or, when one side names a single
 *     participant, that one with the same place and the same month;
 *   - a place and a month that agree where both are known, and the same
 *     place known on both sides or the same month with its year known on
 *     one side at least (shared names alone do not tell one meeting from
 *     the next one of the same people, nor does "en décembre" twice);
 *   - dates that agree wherever both tell a part (year, month, day).
 *
 * Records whose date tells the year and the month ("anchors") are grouped
 * first; then each other record joins the anchor group it fits, provided
 * every anchor group it fits agrees on the year and month, else it is left
 * alone (ambiguous).  A record whose year is unknown then learns it from its
 * group ("en avril" in an undated article → the "2023-04" of an article that
 * dates the same meeting); one that tells no month learns nothing.
 *
 * Candidates are found through a hash map from participant pairs (and from
 * participant + place + month) to groups, each probe looking at a bounded
 * number of groups: the work is linear in the number of records.  The result
 * depends only on the records and their order, so the output is the same on
 * every run over the same input.  Plain C, no RDF: nk_graph.c writes it. */
#ifndef NK_EVENTS_H
#define NK_EVENTS_H

#include "nk_doc.h"

#include <stddef.h>

typedef struct nk_events nk_events;

/* One meeting as an article tells it; nk_events_add copies the strings. */
typedef struct {
  const char *node;          /* IRI of the meeting node */
  const char *article;       /* IRI of its article */
  nk_event_kind kind;        /* meeting, call or visit */
  const char *const *actors; /* entity keys of the participants (any order,
                                repeats allowed) */
  size_t nactors;            /* entries of actors */
  const char *place;         /* entity key of the place, or NULL */
  const char *date;          /* "YYYY", "YYYY-MM" or "YYYY-MM-DD", or NULL */
  int month;                 /* month told when date lacks it (the year
                                unknown), 0 when none */
  int day;                   /* day of that month, 0 when none */
} nk_event_in;

/* What linking found for one record. */
typedef struct {
  const char *node;      /* IRI of the meeting node */
  const char *article;   /* IRI of its article */
  const char *event;     /* key of the real-world event (sorted participant
                            keys, place key, "YYYY-MM" or "month-MM"), or
                            NULL when it cannot be named: no other record
                            tells it, and it has one participant, or neither
                            a place nor a month with its year */
  size_t members;        /* records telling that event (1: unlinked) */
  char date[16];         /* date learnt from the group when the record's
                            own lacks the year ("YYYY-MM" or "YYYY-MM-DD"),
                            "" when none */
  const char *date_from; /* node IRI of the record that date comes from, or
                            NULL */
} nk_event_out;

nk_events *nk_events_new(void);
void nk_events_free(nk_events *ev);

/* Records one meeting (before nk_events_link). */
void nk_events_add(nk_events *ev, const nk_event_in *in);
/* Number of records. */
size_t nk_events_count(const nk_events *ev);
/* Forgets the records after the first n (their article was refused). */
void nk_events_truncate(nk_events *ev, size_t n);

/* Groups the records (once; later calls do nothing). */
void nk_events_link(nk_events *ev);
/* The result for record i (after nk_events_link); pointers stay valid
 * until nk_events_free. */
nk_event_out nk_events_get(const nk_events *ev, size_t i);

#endif
