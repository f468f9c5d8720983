/* nk_events.c — grouping the meetings that several articles tell (see
 * nk_events.h for the rules).
 *
 * Strings (entity keys, article IRIs) are interned to 32-bit ids so that a
 * record costs a few words besides its node IRI.  A record's participants
 * are its distinct ids in increasing order, so that two records' shared
 * participants are counted by one merge.  Groups are found through an
 * open-addressing map from a 64-bit hash of a participant pair (or of a
 * participant, a place and a month) to the groups whose first record
 * ("representative") has it; a collision only costs a compatibility check. */
#include <config.h>

#include "nk_dates.h"
#include "nk_events.h"
#include "nk_strtab.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Participants of a record that make pair keys: a meeting of more people
 * is still found through the pairs of its first ones. */
#define NK_EV_PAIR_ACTORS 12
/* Groups looked at per key, the latest ones: a pair of people who meet
 * often (two ministers) may have many groups, and a record is compared
 * with a bounded number of them. */
#define NK_EV_PROBE 64

/* ------------------------------------------------------------- interning */

/* Id of s in the table, added when new.  Ids are kept in 32 bits to halve
 * the participant lists; a run holds far fewer distinct keys. */
static uint32_t nk_ev_id(nk_strtab *t, const char *s) {
  return (uint32_t)nk_strtab_intern(t, s);
}

/* --------------------------------------------------------------- buckets */

typedef struct {
  uint64_t key;   /* hash of what the groups share; 0 marks an empty slot */
  size_t *groups; /* groups, in the order they were made */
  size_t n, cap;  /* entries, allocated */
} nk_ev_bucket;

typedef struct {
  nk_ev_bucket *slots; /* open addressing on key */
  size_t nslots, n;    /* a power of two (or 0), buckets in use */
} nk_ev_map;

static uint64_t nk_ev_mix(uint64_t h, uint64_t v) {
  /* splitmix64 finalizer over the running value. */
  h ^= v + 0x9e3779b97f4a7c15u + (h << 6) + (h >> 2);
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9u;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebu;
  h ^= h >> 31;
  return h ? h : 1;
}

static nk_ev_bucket *nk_ev_find(const nk_ev_map *m, uint64_t key) {
  size_t i = (size_t)key & (m->nslots - 1);
  while (m->slots[i].key && m->slots[i].key != key)
    i = (i + 1) & (m->nslots - 1);
  return &m->slots[i];
}

static void nk_ev_map_grow(nk_ev_map *m) {
  nk_ev_map big = {
      nk_xcalloc(m->nslots ? m->nslots * 2 : 256, sizeof *m->slots),
      m->nslots ? m->nslots * 2 : 256, m->n};
  for (size_t i = 0; i < m->nslots; i++)
    if (m->slots[i].key)
      *nk_ev_find(&big, m->slots[i].key) = m->slots[i];
  free(m->slots);
  *m = big;
}

/* The bucket of key, made when absent (create) or NULL. */
static nk_ev_bucket *nk_ev_bucket_of(nk_ev_map *m, uint64_t key, int create) {
  if (!m->nslots) {
    if (!create)
      return NULL;
    nk_ev_map_grow(m);
  }
  nk_ev_bucket *b = nk_ev_find(m, key);
  if (b->key || !create)
    return b->key ? b : NULL;
  if ((m->n + 1) * 2 > m->nslots) {
    nk_ev_map_grow(m);
    b = nk_ev_find(m, key);
  }
  b->key = key;
  m->n++;
  return b;
}

static void nk_ev_map_free(nk_ev_map *m) {
  for (size_t i = 0; i < m->nslots; i++)
    free(m->slots[i].groups);
  free(m->slots);
}

/* ------------------------------------------------------ records, groups */

typedef struct {
  char *node;           /* meeting node IRI (owned) */
  uint32_t article;     /* interned article IRI */
  nk_event_kind kind;   /* meeting, call or visit */
  size_t act;           /* first of its participants in nk_events.acts */
  size_t nact;          /* distinct participants, increasing ids */
  long place;           /* interned place key, or -1 */
  int year, month, day; /* told date parts, 0 when unknown */
  size_t group;         /* its group (after linking) */
  int ambiguous;        /* fits anchor groups that disagree on the date */
} nk_ev_rec;

typedef struct {
  size_t rep;           /* first record: participants compared with it */
  int anchor;           /* made of records telling year and month */
  long place;           /* place known from its records, or -1 */
  int year, month, day; /* date parts known from its records */
  long year_from;       /* record that told the year, or -1 */
  size_t members;       /* records in it */
  size_t seen;          /* last probe that looked at it (1-based) */
  char *key;            /* event key (built at the end), or NULL */
} nk_ev_group;

struct nk_events {
  nk_strtab strs; /* entity keys and article IRIs */
  uint32_t *acts; /* participants of all records, by record */
  size_t nacts, cap_acts;
  nk_ev_rec *recs; /* records, in the order added */
  size_t nrecs, cap_recs;
  nk_ev_group *groups; /* groups (after linking) */
  size_t ngroups, cap_groups;
  nk_ev_map map; /* keys -> groups */
  size_t probe;  /* probes made, to stamp groups */
  int linked;    /* nk_events_link has run */
};

nk_events *nk_events_new(void) {
  return nk_xcalloc(1, sizeof(nk_events));
}

void nk_events_free(nk_events *ev) {
  if (!ev)
    return;
  for (size_t i = 0; i < ev->nrecs; i++)
    free(ev->recs[i].node);
  for (size_t i = 0; i < ev->ngroups; i++)
    free(ev->groups[i].key);
  nk_strtab_free(&ev->strs);
  nk_ev_map_free(&ev->map);
  free(ev->acts);
  free(ev->recs);
  free(ev->groups);
  free(ev);
}

static int nk_ev_cmp_id(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

void nk_events_add(nk_events *ev, const nk_event_in *in) {
  if (ev->linked)
    return;
  nk_ev_rec *r = NK_PUSH(ev->recs, ev->nrecs, ev->cap_recs);
  *r = (nk_ev_rec){0};
  r->node = nk_xstrdup(in->node ? in->node : "");
  r->article = nk_ev_id(&ev->strs, in->article ? in->article : "");
  r->kind = in->kind;
  r->place = in->place ? (long)nk_ev_id(&ev->strs, in->place) : -1;
  nk_date when = nk_date_parse(in->date);
  if (!when.month) {
    when.month = in->month >= 1 && in->month <= 12 ? in->month : 0;
    when.day = when.month && in->day >= 1 && in->day <= 31 ? in->day : 0;
  }
  r->year = when.year;
  r->month = when.month;
  r->day = when.day;
  r->act = ev->nacts;
  for (size_t i = 0; i < in->nactors; i++)
    if (in->actors[i])
      *NK_PUSH(ev->acts, ev->nacts, ev->cap_acts) =
          nk_ev_id(&ev->strs, in->actors[i]);
  uint32_t *a = ev->acts + r->act;
  size_t n = ev->nacts - r->act, out = 0;
  qsort(a, n, sizeof *a, nk_ev_cmp_id);
  for (size_t i = 0; i < n; i++)
    if (i == 0 || a[i] != a[out - 1])
      a[out++] = a[i];
  r->nact = out;
  ev->nacts = r->act + out;
}

size_t nk_events_count(const nk_events *ev) {
  return ev->nrecs;
}

void nk_events_truncate(nk_events *ev, size_t n) {
  if (ev->linked)
    return;
  while (ev->nrecs > n) {
    nk_ev_rec *r = &ev->recs[--ev->nrecs];
    ev->nacts = r->act;
    free(r->node);
  }
}

/* --------------------------------------------------------------- linking */

/* Participants shared by records a and b. */
static size_t nk_ev_shared(const nk_events *ev, const nk_ev_rec *a,
                           const nk_ev_rec *b) {
  const uint32_t *x = ev->acts + a->act, *y = ev->acts + b->act;
  size_t i = 0, j = 0, n = 0;
  while (i < a->nact && j < b->nact) {
    if (x[i] == y[j])
      n++, i++, j++;
    else if (x[i] < y[j])
      i++;
    else
      j++;
  }
  return n;
}

static int nk_ev_kinds_fit(nk_event_kind a, nk_event_kind b) {
  if (a == b)
    return 1;
  /* A visit is often told elsewhere as the meeting it was made for. */
  return a != NK_EVENT_CALL && b != NK_EVENT_CALL;
}

/* 1 when two known parts agree, or one is unknown (0 / -1). */
static int nk_ev_part_fits(long a, long b, long unknown) {
  return a == unknown || b == unknown || a == b;
}

/* 1 when record r may tell the event of group g. */
static int nk_ev_fits(const nk_events *ev, const nk_ev_rec *r,
                      const nk_ev_group *g) {
  const nk_ev_rec *rep = &ev->recs[g->rep];
  if (rep->article == r->article || !nk_ev_kinds_fit(r->kind, rep->kind))
    return 0;
  if (!nk_ev_part_fits(r->place, g->place, -1) ||
      !nk_ev_part_fits(r->year, g->year, 0) ||
      !nk_ev_part_fits(r->month, g->month, 0) ||
      !nk_ev_part_fits(r->day, g->day, 0))
    return 0;
  int same_place = r->place >= 0 && r->place == g->place;
  /* A month with no year on either side may be that month of any year:
   * alone it tells nothing (two undated articles on the same two
   * leaders' "rencontre en décembre"). */
  int same_month = r->month && r->month == g->month && (r->year || g->year);
  size_t shared = nk_ev_shared(ev, r, rep);
  if (shared >= 2)
    return same_place || same_month;
  /* One participant on a side: the same person, place and month. */
  return shared == 1 && (r->nact == 1 || rep->nact == 1) && same_place &&
         same_month;
}

/* Calls f(ev, key, arg) for each key record r is found by. */
static void nk_ev_keys(nk_events *ev, const nk_ev_rec *r,
                       void (*f)(nk_events *, uint64_t, void *), void *arg) {
  const uint32_t *a = ev->acts + r->act;
  size_t n = r->nact < NK_EV_PAIR_ACTORS ? r->nact : NK_EV_PAIR_ACTORS;
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++)
      f(ev, nk_ev_mix(nk_ev_mix(nk_ev_mix(0, 1), a[i]), a[j]), arg);
  if (r->place < 0 || !r->month)
    return;
  for (size_t i = 0; i < r->nact; i++)
    f(ev,
      nk_ev_mix(nk_ev_mix(nk_ev_mix(nk_ev_mix(0, 2), a[i]), (uint64_t)r->place),
                (uint64_t)r->month),
      arg);
}

/* The groups a probe found: the best fitting anchor and other groups. */
typedef struct {
  const nk_ev_rec *r; /* the record placed */
  long anchor;        /* lowest fitting anchor group, or -1 */
  int anchor_clash;   /* fitting anchor groups disagree on year or month */
  long other;         /* lowest fitting non-anchor group, or -1 */
} nk_ev_probe;

static void nk_ev_probe_key(nk_events *ev, uint64_t key, void *arg) {
  nk_ev_probe *p = arg;
  nk_ev_bucket *b = nk_ev_bucket_of(&ev->map, key, 0);
  if (!b)
    return;
  size_t from = b->n > NK_EV_PROBE ? b->n - NK_EV_PROBE : 0;
  for (size_t k = from; k < b->n; k++) {
    size_t gi = b->groups[k];
    nk_ev_group *g = &ev->groups[gi];
    if (g->seen == ev->probe)
      continue;
    g->seen = ev->probe;
    if (!nk_ev_fits(ev, p->r, g))
      continue;
    long *best = g->anchor ? &p->anchor : &p->other;
    if (g->anchor && p->anchor >= 0) {
      const nk_ev_group *a = &ev->groups[p->anchor];
      if (a->year != g->year || a->month != g->month)
        p->anchor_clash = 1;
    }
    if (*best < 0 || (long)gi < *best)
      *best = (long)gi;
  }
}

static void nk_ev_register_key(nk_events *ev, uint64_t key, void *arg) {
  const size_t *gi = arg;
  nk_ev_bucket *b = nk_ev_bucket_of(&ev->map, key, 1);
  if (b->n && b->groups[b->n - 1] == *gi)
    return;
  *NK_PUSH(b->groups, b->n, b->cap) = *gi;
}

static void nk_ev_new_group(nk_events *ev, size_t ri, int anchor) {
  nk_ev_rec *r = &ev->recs[ri];
  size_t gi = ev->ngroups;
  nk_ev_group *g = NK_PUSH(ev->groups, ev->ngroups, ev->cap_groups);
  *g = (nk_ev_group){.rep = ri,
                     .anchor = anchor,
                     .place = r->place,
                     .year = r->year,
                     .month = r->month,
                     .day = r->day,
                     .year_from = r->year ? (long)ri : -1,
                     .members = 1};
  r->group = gi;
  nk_ev_keys(ev, r, nk_ev_register_key, &gi);
}

static void nk_ev_join(nk_events *ev, size_t ri, size_t gi) {
  nk_ev_rec *r = &ev->recs[ri];
  nk_ev_group *g = &ev->groups[gi];
  r->group = gi;
  g->members++;
  if (g->place < 0)
    g->place = r->place;
  /* Parts are taken together, so that a day never goes with another
   * record's month. */
  if (!g->month && r->month) {
    g->month = r->month;
    g->day = r->day;
  } else if (!g->day && r->month == g->month)
    g->day = r->day;
  if (!g->year && r->year) {
    g->year = r->year;
    g->year_from = (long)ri;
  }
}

/* Places record ri: anchors join the first anchor group they fit; other
 * records join the anchor groups they fit when those agree on the date,
 * else the first other group they fit. */
static void nk_ev_place(nk_events *ev, size_t ri, int anchor) {
  nk_ev_probe p = {&ev->recs[ri], -1, 0, -1};
  ev->probe++;
  nk_ev_keys(ev, p.r, nk_ev_probe_key, &p);
  if (p.anchor >= 0 && p.anchor_clash) {
    ev->recs[ri].ambiguous = 1;
    nk_ev_new_group(ev, ri, 0);
  } else if (p.anchor >= 0)
    nk_ev_join(ev, ri, (size_t)p.anchor);
  else if (p.other >= 0 && !anchor)
    nk_ev_join(ev, ri, (size_t)p.other);
  else
    nk_ev_new_group(ev, ri, anchor);
}

static int nk_ev_cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "<sorted participant keys> <place key> <YYYY-MM | month-MM>". */
static char *nk_ev_group_key(const nk_events *ev, const nk_ev_group *g) {
  const nk_ev_rec *rep = &ev->recs[g->rep];
  const char **names = nk_xcalloc(rep->nact + 1, sizeof *names);
  for (size_t i = 0; i < rep->nact; i++)
    names[i] = nk_strtab_str(&ev->strs, ev->acts[rep->act + i]);
  qsort(names, rep->nact, sizeof *names, nk_ev_cmp_str);
  nk_buf key = {0};
  for (size_t i = 0; i < rep->nact; i++)
    nk_buf_printf(&key, "%s ", names[i]);
  free(names);
  if (g->place >= 0)
    nk_buf_printf(&key, "%s ", nk_strtab_str(&ev->strs, (size_t)g->place));
  if (g->year && g->month)
    nk_buf_printf(&key, "%04d-%02d", g->year, g->month);
  else if (g->month)
    nk_buf_printf(&key, "month-%02d", g->month);
  return nk_buf_steal(&key);
}

void nk_events_link(nk_events *ev) {
  if (ev->linked)
    return;
  ev->linked = 1;
  for (size_t i = 0; i < ev->nrecs; i++)
    if (ev->recs[i].year && ev->recs[i].month && ev->recs[i].nact)
      nk_ev_place(ev, i, 1);
  for (size_t i = 0; i < ev->nrecs; i++)
    if (!(ev->recs[i].year && ev->recs[i].month) || !ev->recs[i].nact) {
      if (ev->recs[i].nact)
        nk_ev_place(ev, i, 0);
      else
        nk_ev_new_group(ev, i, 0); /* nobody named: nothing to link by */
    }
  /* A meeting told once is named by its participants only with what
   * would have linked it: a place, or a month with its year.  Two meetings
   * of the same people with neither ("en décembre" in two undated
   * articles) are not known to be one, and their keys would be equal. */
  for (size_t i = 0; i < ev->ngroups; i++) {
    nk_ev_group *g = &ev->groups[i];
    if (g->members >= 2 || (ev->recs[g->rep].nact >= 2 &&
                            (g->place >= 0 || (g->year && g->month))))
      g->key = nk_ev_group_key(ev, g);
  }
}

nk_event_out nk_events_get(const nk_events *ev, size_t i) {
  nk_event_out o = {0};
  if (i >= ev->nrecs || !ev->linked)
    return o;
  const nk_ev_rec *r = &ev->recs[i];
  const nk_ev_group *g = &ev->groups[r->group];
  o.node = r->node;
  o.article = nk_strtab_str(&ev->strs, r->article);
  o.event = g->key;
  o.members = g->members;
  /* The year is learnt only for the month the record itself tells, and
   * only from anchors, whose records tell year and month together. */
  if (!r->year && r->month && g->anchor && g->year && g->month == r->month &&
      !r->ambiguous && g->year_from >= 0) {
    if (r->day)
      snprintf(o.date, sizeof o.date, "%04d-%02d-%02d", g->year, r->month,
               r->day);
    else
      snprintf(o.date, sizeof o.date, "%04d-%02d", g->year, r->month);
    o.date_from = ev->recs[g->year_from].node;
  }
  return o;
}
