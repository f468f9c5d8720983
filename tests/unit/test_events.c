/* test_events.c — linking the meetings that several articles tell
 * (nk_events.h), on plain records. */
#include <config.h>

#include "nk_events.h"
#include "nk_test.h"

#include <stdio.h>
#include <string.h>

/* Adds a meeting of article art (node "<art>#<n>"). */
static void add(nk_events *ev, const char *art, int n, nk_event_kind kind,
                const char *const *who, size_t nwho, const char *place,
                const char *date, int month) {
  char node[64];
  snprintf(node, sizeof node, "%s#%d", art, n);
  nk_event_in in = {.node = node,
                    .article = art,
                    .kind = kind,
                    .actors = who,
                    .nactors = nwho,
                    .place = place,
                    .date = date,
                    .month = month};
  nk_events_add(ev, &in);
}

static const char *const MACRON_SCHOLZ[] = {"person/macron", "person/scholz"};
static const char *const SCHOLZ_MACRON_MELONI[] = {
    "person/scholz", "person/meloni", "person/macron", "person/scholz"};
static const char *const MACRON[] = {"person/macron"};

/* An undated article telling "en mai" learns the year from a dated one. */
static void test_year_learnt(void) {
  nk_events *ev = nk_events_new();
  add(ev, "a", 1, NK_EVENT_MEETING, SCHOLZ_MACRON_MELONI, 4, "place/rome", NULL,
      5);
  add(ev, "b", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/rome", "2024-05",
      0);
  nk_events_link(ev);
  nk_event_out a = nk_events_get(ev, 0), b = nk_events_get(ev, 1);
  CHECK_STR(a.node, "a#1");
  CHECK_STR(a.article, "a");
  CHECK(a.event != NULL && b.event != NULL);
  if (a.event && b.event)
    CHECK_STR(a.event, b.event);
  /* Named from the dated meeting: its people, place and month. */
  CHECK_STR(b.event, "person/macron person/scholz place/rome 2024-05");
  CHECK_INT((long)a.members, 2);
  CHECK_STR(a.date, "2024-05");
  CHECK_STR(a.date_from, "b#1");
  /* The dated one learns nothing. */
  CHECK_STR(b.date, "");
  CHECK(b.date_from == NULL);
  nk_events_free(ev);
}

/* Nothing is learnt or linked against the evidence. */
static void test_no_link(void) {
  nk_events *ev = nk_events_new();
  /* 0: a call does not tell the same event as a meeting. */
  add(ev, "a", 1, NK_EVENT_CALL, MACRON_SCHOLZ, 2, NULL, NULL, 5);
  /* 1: other place. */
  add(ev, "b", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/berlin", NULL, 5);
  /* 2: the dated meeting. */
  add(ev, "c", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/rome",
      "2024-05-02", 0);
  /* 3: no month, no place: the same two people only. */
  add(ev, "d", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, NULL, NULL, 0);
  /* 4: another month. */
  add(ev, "e", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/rome", NULL, 6);
  /* 5: same article as the dated one. */
  add(ev, "c", 2, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/rome", NULL, 5);
  /* 6, 7: "en décembre" in two undated articles, no place: any year. */
  add(ev, "f", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, NULL, NULL, 12);
  add(ev, "g", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, NULL, NULL, 12);
  nk_events_link(ev);
  for (size_t i = 0; i < 8; i++) {
    nk_event_out o = nk_events_get(ev, i);
    if (i == 2)
      continue;
    CHECK_INT((long)o.members, 1);
    CHECK(o.date_from == NULL);
  }
  /* A meeting told once with neither place nor month is not named, nor
   * one with a month of unknown year. */
  CHECK(nk_events_get(ev, 3).event == NULL);
  CHECK(nk_events_get(ev, 6).event == NULL);
  CHECK(nk_events_get(ev, 0).event == NULL);
  CHECK(nk_events_get(ev, 1).event != NULL);
  CHECK_INT((long)nk_events_get(ev, 2).members, 1);
  nk_events_free(ev);
}

/* A record fitting two dated events that disagree learns nothing; one
 * that tells no month learns nothing either. */
static void test_ambiguous(void) {
  nk_events *ev = nk_events_new();
  add(ev, "a", 1, NK_EVENT_VISIT, MACRON_SCHOLZ, 2, "place/kiev", "2023-05", 0);
  add(ev, "b", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/kiev", "2022-05",
      0);
  add(ev, "c", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/kiev", NULL, 5);
  add(ev, "d", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/kiev", NULL, 0);
  nk_events_link(ev);
  nk_event_out c = nk_events_get(ev, 2), d = nk_events_get(ev, 3);
  CHECK_STR(c.date, "");
  CHECK(c.date_from == NULL);
  CHECK_STR(d.date, "");
  CHECK(d.date_from == NULL);
  /* The two dated ones stay apart. */
  CHECK(strcmp(nk_events_get(ev, 0).event, nk_events_get(ev, 1).event) != 0);
  nk_events_free(ev);
}

/* One participant: linked only with the same place and month. */
static void test_single(void) {
  nk_events *ev = nk_events_new();
  add(ev, "a", 1, NK_EVENT_VISIT, MACRON, 1, "place/kiev", "2023-05", 0);
  add(ev, "b", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/kiev", NULL, 5);
  add(ev, "c", 1, NK_EVENT_VISIT, MACRON, 1, "place/kiev", NULL, 0);
  nk_events_link(ev);
  nk_event_out a = nk_events_get(ev, 0), b = nk_events_get(ev, 1),
               c = nk_events_get(ev, 2);
  CHECK_INT((long)a.members, 2);
  CHECK_STR(b.date, "2023-05");
  CHECK_INT((long)c.members, 1);
  CHECK(c.event == NULL);
  nk_events_free(ev);
}

/* A refused article's records are forgotten; many records stay fast. */
static void test_truncate_and_scale(void) {
  nk_events *ev = nk_events_new();
  add(ev, "a", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/rome", "2024-05",
      0);
  size_t mark = nk_events_count(ev);
  add(ev, "b", 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/rome", NULL, 5);
  nk_events_truncate(ev, mark);
  CHECK_INT((long)nk_events_count(ev), 1);
  /* 20000 meetings of the same pair, one per article and month: each is
   * compared with a bounded number of groups. */
  for (int i = 0; i < 20000; i++) {
    char art[32], date[16];
    snprintf(art, sizeof art, "x%d", i);
    snprintf(date, sizeof date, "%04d-%02d", 1900 + i / 12, 1 + i % 12);
    add(ev, art, 1, NK_EVENT_MEETING, MACRON_SCHOLZ, 2, "place/rome", date, 0);
  }
  nk_events_link(ev);
  CHECK_INT((long)nk_events_count(ev), 20001);
  nk_event_out o = nk_events_get(ev, 20000);
  CHECK_STR(o.event, "person/macron person/scholz place/rome 3566-08");
  nk_events_free(ev);
}

int main(void) {
  test_year_learnt();
  test_no_link();
  test_ambiguous();
  test_single();
  test_truncate_and_scale();
  return TEST_DONE();
}
