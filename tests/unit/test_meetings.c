/* test_meetings.c — meetings, calls and visits: participants, place,
 * date, kind and modality, on French sentences written for these tests.
 * Mentions are added by hand. */
#include <config.h>

#include "nk_extract.h"
#include "nk_test.h"

static nk_lang *lang;

static void load(nk_doc *d, const char *s) {
  nk_error err = {{0}};
  *d = (nk_doc){0};
  CHECK(nk_text_init(&d->text, s, strlen(s), 0, &err) == 0);
  CHECK(nk_segment(&d->text, lang, &d->seg, &err) == 0);
}

/* Index of the first token whose form is form, at or after token from. */
static size_t tok(const nk_doc *d, const char *form, size_t from) {
  for (size_t i = from; i < d->seg.ntoks; i++)
    if (strcmp(d->seg.toks[i].form, form) == 0)
      return i;
  fprintf(stderr, "no token \"%s\"\n", form);
  exit(2);
}

/* Adds a mention from the token first to the token last (inclusive, the
 * first of each after token from). */
static size_t add(nk_doc *d, nk_ent_type type, const char *first,
                  const char *last, size_t from) {
  size_t b = tok(d, first, from);
  size_t e = tok(d, last, b) + 1;
  return nk_doc_add_mention(d, type, b, e);
}

/* The original words of a span (freed by the caller). */
static char *words(const nk_doc *d, nk_span s) {
  return nk_doc_span_text(d, s);
}

static int run(nk_doc *d, const char *date) {
  nk_error err = {{0}};
  d->meta.date = date ? nk_xstrdup(date) : NULL;
  return nk_extract_meetings(d, lang, &err);
}

static void test_basic(void) {
  nk_doc d;
  load(&d, "Emmanuel Macron a rencontré Olaf Scholz à Berlin en mai.");
  size_t a = add(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  size_t b = add(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  add(&d, NK_ENT_PLACE, "Berlin", "Berlin", 0);
  CHECK(run(&d, "2023-07") == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    const nk_meeting *m = &d.meetings[0];
    CHECK_INT(m->kind, NK_EVENT_MEETING);
    CHECK_INT(m->modality, NK_MOD_ASSERTED);
    CHECK_INT(m->nparticipants, 2);
    if (m->nparticipants == 2) {
      CHECK_INT(m->participants[0], a);
      CHECK_INT(m->participants[1], b);
    }
    CHECK_STR(m->place, "Berlin");
    CHECK_STR(m->date, "2023-05");
    CHECK_STR(m->trigger, "rencontré");
    char *t = words(&d, m->evidence);
    CHECK_STR(t, "Emmanuel Macron a rencontré Olaf Scholz à Berlin en mai.");
    free(t);
  }
  nk_doc_free(&d);
}

/* The conditional wins over the attribution; the medium is kept. */
static void test_alleged_reported(void) {
  nk_doc d;
  load(&d, "Selon Le Monde, Antony Blinken aurait rencontré Wang Yi à "
           "Pékin.");
  add(&d, NK_ENT_ORG, "Le", "Monde", 0);
  add(&d, NK_ENT_PERSON, "Antony", "Blinken", 0);
  add(&d, NK_ENT_PERSON, "Wang", "Yi", 0);
  add(&d, NK_ENT_PLACE, "Pékin", "Pékin", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].modality, NK_MOD_ALLEGED);
    CHECK_STR(d.meetings[0].source, "Le Monde");
    CHECK(d.meetings[0].date == NULL);
  }
  nk_doc_free(&d);

  load(&d, "D'après Reuters, Antony Blinken a rencontré Wang Yi à Pékin.");
  add(&d, NK_ENT_ORG, "Reuters", "Reuters", 0);
  add(&d, NK_ENT_PERSON, "Antony", "Blinken", 0);
  add(&d, NK_ENT_PERSON, "Wang", "Yi", 0);
  add(&d, NK_ENT_PLACE, "Pékin", "Pékin", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1)
    CHECK_INT(d.meetings[0].modality, NK_MOD_REPORTED);
  nk_doc_free(&d);
}

static void test_denied(void) {
  nk_doc d;
  load(&d, "Jean Castex n'a jamais rencontré Xavier Bertrand.");
  add(&d, NK_ENT_PERSON, "Jean", "Castex", 0);
  add(&d, NK_ENT_PERSON, "Xavier", "Bertrand", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1)
    CHECK_INT(d.meetings[0].modality, NK_MOD_DENIED);
  nk_doc_free(&d);
}

static void test_call_and_visit(void) {
  nk_doc d;
  load(&d, "Joe Biden s'est entretenu par téléphone avec Volodymyr "
           "Zelensky.\n\nOlaf Scholz s'est rendu à Kiev.\n\nLe journal a "
           "rendu compte de la visite d'Olaf Scholz.");
  add(&d, NK_ENT_PERSON, "Joe", "Biden", 0);
  add(&d, NK_ENT_PERSON, "Volodymyr", "Zelensky", 0);
  size_t o = add(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  add(&d, NK_ENT_PLACE, "Kiev", "Kiev", 0);
  add(&d, NK_ENT_PERSON, "Olaf", "Scholz", tok(&d, "compte", 0));
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 2);
  if (d.nmeetings == 2) {
    CHECK_INT(d.meetings[0].kind, NK_EVENT_CALL);
    CHECK_INT(d.meetings[0].nparticipants, 2);
    CHECK_INT(d.meetings[1].kind, NK_EVENT_VISIT);
    CHECK_INT(d.meetings[1].nparticipants, 1);
    if (d.meetings[1].nparticipants == 1)
      CHECK_INT(d.meetings[1].participants[0], o);
    CHECK_STR(d.meetings[1].place, "Kiev");
    CHECK_STR(d.meetings[1].trigger, "rendu");
  }
  nk_doc_free(&d);
}

/* A sentence referring back to a meeting adds to it; a meeting of
 * another kind with a shared participant is another event. */
static void test_merge(void) {
  nk_doc d;
  load(&d, "Marine Tondelier a rencontré Fabien Roussel mardi. Lors de "
           "cette réunion, Olivier Faure les a rejoints. Fabien Roussel a "
           "ensuite téléphoné à Jean-Luc Mélenchon.");
  add(&d, NK_ENT_PERSON, "Marine", "Tondelier", 0);
  add(&d, NK_ENT_PERSON, "Fabien", "Roussel", 0);
  add(&d, NK_ENT_PERSON, "Olivier", "Faure", 0);
  add(&d, NK_ENT_PERSON, "Fabien", "Roussel", tok(&d, "Faure", 0));
  add(&d, NK_ENT_PERSON, "Jean-Luc", "Mélenchon", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 2);
  if (d.nmeetings == 2) {
    CHECK_INT(d.meetings[0].kind, NK_EVENT_MEETING);
    CHECK_INT(d.meetings[0].nparticipants, 3);
    CHECK_INT(d.meetings[1].kind, NK_EVENT_CALL);
    CHECK_INT(d.meetings[1].nparticipants, 2);
  }
  nk_doc_free(&d);
}

/* A meeting said to be held somewhere is kept without names; a meeting
 * word with nothing to tell it apart is not. */
static void test_place_only(void) {
  nk_doc d;
  load(&d, "Une réunion s'est tenue à Genève. Une autre réunion sur le "
           "climat est prévue.");
  add(&d, NK_ENT_PLACE, "Genève", "Genève", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].nparticipants, 0);
    CHECK_STR(d.meetings[0].place, "Genève");
  }
  nk_doc_free(&d);

  load(&d, "La CGT a lancé un appel à la grève, soutenu par Sophie Binet "
           "et Laurent Berger.");
  add(&d, NK_ENT_PERSON, "Sophie", "Binet", 0);
  add(&d, NK_ENT_PERSON, "Laurent", "Berger", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 0);
  nk_doc_free(&d);
}

/* A press interview is not a meeting, nor is "l'entretien" referring back
 * to it, nor a meeting someone only asks for. */
static void test_press_and_wish(void) {
  nk_doc d;
  load(&d, "Dans un entretien au Monde, Olaf Scholz parle d'Emmanuel Macron. "
           "Pendant l'entretien, Olaf Scholz cite Emmanuel Macron. Le "
           "syndicaliste Paul Roux réclame d'être reçu par Emmanuel Macron.");
  add(&d, NK_ENT_ORG, "Monde", "Monde", 0);
  add(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  add(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  size_t s2 = tok(&d, "Pendant", 0);
  add(&d, NK_ENT_PERSON, "Olaf", "Scholz", s2);
  add(&d, NK_ENT_PERSON, "Emmanuel", "Macron", s2);
  size_t s3 = tok(&d, "Le", s2);
  add(&d, NK_ENT_PERSON, "Paul", "Roux", s3);
  add(&d, NK_ENT_PERSON, "Emmanuel", "Macron", s3);
  CHECK(run(&d, "2024-03-02") == 0);
  CHECK_INT(d.nmeetings, 0);
  nk_doc_free(&d);

  /* "un entretien avec" a person is still a meeting. */
  load(&d, "Olaf Scholz a eu un entretien avec Emmanuel Macron à Paris.");
  add(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  add(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  add(&d, NK_ENT_PLACE, "Paris", "Paris", 0);
  CHECK(run(&d, "2024-03-02") == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1)
    CHECK_INT(d.meetings[0].nparticipants, 2);
  nk_doc_free(&d);
}

/* Whether mention m takes part in meeting e. */
static int takes_part(const nk_meeting *e, size_t m) {
  for (size_t i = 0; i < e->nparticipants; i++)
    if (e->participants[i] == m)
      return 1;
  return 0;
}

/* Only an attribution that governs the event makes it reported: not a
 * reporting verb whose words are a quote and which names the meeting only
 * to date itself, nor "selon X" in a later sentence about another matter. */
static void test_governing_attribution(void) {
  nk_doc d;
  load(&d, "Olaf Scholz a rencontré lundi à Varsovie Andrzej Duda. « Nous "
           "avons parlé franchement », a déclaré Olaf Scholz à l'issue de "
           "la rencontre. Selon Der Spiegel, le budget européen reste un "
           "sujet de discorde.");
  add(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  add(&d, NK_ENT_PLACE, "Varsovie", "Varsovie", 0);
  add(&d, NK_ENT_PERSON, "Andrzej", "Duda", 0);
  add(&d, NK_ENT_PERSON, "Olaf", "Scholz", tok(&d, "déclaré", 0));
  add(&d, NK_ENT_ORG, "Der", "Spiegel", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].modality, NK_MOD_ASSERTED);
    CHECK_INT(d.meetings[0].nparticipants, 2);
    CHECK_STR(d.meetings[0].place, "Varsovie");
    CHECK(d.meetings[0].source == NULL);
  }
  nk_doc_free(&d);

  /* An inserted reporting verb after the event reports it. */
  load(&d, "Olaf Scholz a rencontré lundi Andrzej Duda à Varsovie, a "
           "indiqué la chancellerie.");
  add(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  add(&d, NK_ENT_PERSON, "Andrzej", "Duda", 0);
  add(&d, NK_ENT_PLACE, "Varsovie", "Varsovie", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1)
    CHECK_INT(d.meetings[0].modality, NK_MOD_REPORTED);
  nk_doc_free(&d);

  /* So does a verb whose "que" clause tells the event. */
  load(&d, "La chancellerie a confirmé mardi que Olaf Scholz avait "
           "rencontré Andrzej Duda.");
  add(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  add(&d, NK_ENT_PERSON, "Andrzej", "Duda", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1)
    CHECK_INT(d.meetings[0].modality, NK_MOD_REPORTED);
  nk_doc_free(&d);

  /* A relative clause in the conditional hedges the event noun. */
  load(&d, "Des diplomates ont évoqué une rencontre qui aurait eu lieu en "
           "mars à Genève entre Wang Yi et Antony Blinken.");
  add(&d, NK_ENT_PLACE, "Genève", "Genève", 0);
  add(&d, NK_ENT_PERSON, "Wang", "Yi", 0);
  add(&d, NK_ENT_PERSON, "Antony", "Blinken", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1)
    CHECK_INT(d.meetings[0].modality, NK_MOD_ALLEGED);
  nk_doc_free(&d);
}

/* A person named as the complement of a noun is the topic, not a
 * participant; company words and event nouns keep the person. */
static void test_topic_not_participant(void) {
  nk_doc d;
  load(&d, "Pedro Sánchez a téléphoné jeudi à Giorgia Meloni. Lors de cet "
           "appel, ils ont évoqué le sort d'Alexeï Navalny et les propos du "
           "président Donald Trump.");
  size_t a = add(&d, NK_ENT_PERSON, "Pedro", "Sánchez", 0);
  size_t b = add(&d, NK_ENT_PERSON, "Giorgia", "Meloni", 0);
  size_t n = add(&d, NK_ENT_PERSON, "Alexeï", "Navalny", 0);
  size_t t = add(&d, NK_ENT_PERSON, "Donald", "Trump", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    const nk_meeting *m = &d.meetings[0];
    CHECK_INT(m->kind, NK_EVENT_CALL);
    CHECK(takes_part(m, a) && takes_part(m, b));
    CHECK(!takes_part(m, n));
    CHECK(!takes_part(m, t));
  }
  nk_doc_free(&d);

  load(&d, "Emmanuel Macron, accompagné d'Olaf Scholz, a rencontré Xi "
           "Jinping à Pékin. La visite officielle de Lula à Paris a été "
           "reportée.");
  add(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  size_t s = add(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  add(&d, NK_ENT_PERSON, "Xi", "Jinping", 0);
  add(&d, NK_ENT_PLACE, "Pékin", "Pékin", 0);
  size_t l = add(&d, NK_ENT_PERSON, "Lula", "Lula", 0);
  add(&d, NK_ENT_PLACE, "Paris", "Paris", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 2);
  if (d.nmeetings == 2) {
    CHECK_INT(d.meetings[0].nparticipants, 3);
    CHECK(takes_part(&d.meetings[0], s));
    CHECK_INT(d.meetings[1].kind, NK_EVENT_VISIT);
    CHECK(takes_part(&d.meetings[1], l));
  }
  nk_doc_free(&d);
}

/* "Peu après cet appel, X s'est rendu à ...": the call only dates the
 * visit the sentence tells. */
static void test_time_reference(void) {
  nk_doc d;
  load(&d, "Pedro Sánchez a téléphoné jeudi à Giorgia Meloni. Peu après "
           "cet appel, Pedro Sánchez s'est rendu à Lisbonne, où il s'est "
           "entretenu avec António Costa.");
  add(&d, NK_ENT_PERSON, "Pedro", "Sánchez", 0);
  add(&d, NK_ENT_PERSON, "Giorgia", "Meloni", 0);
  add(&d, NK_ENT_PERSON, "Pedro", "Sánchez", tok(&d, "Peu", 0));
  add(&d, NK_ENT_PLACE, "Lisbonne", "Lisbonne", 0);
  size_t c = add(&d, NK_ENT_PERSON, "António", "Costa", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 2);
  if (d.nmeetings == 2) {
    CHECK_INT(d.meetings[0].kind, NK_EVENT_CALL);
    CHECK_INT(d.meetings[0].nparticipants, 2);
    CHECK(!takes_part(&d.meetings[0], c));
    CHECK(d.meetings[0].place == NULL);
    CHECK_INT(d.meetings[1].kind, NK_EVENT_VISIT);
    CHECK(takes_part(&d.meetings[1], c));
    CHECK_STR(d.meetings[1].place, "Lisbonne");
  }
  nk_doc_free(&d);
}

int main(void) {
  nk_error err = {{0}};
  lang = nk_lang_load(getenv("NEWSKG_DATA_DIR"), "fr", &err);
  if (!lang) {
    fprintf(stderr, "%s\n", err.msg);
    return 1;
  }
  test_basic();
  test_alleged_reported();
  test_denied();
  test_call_and_visit();
  test_merge();
  test_place_only();
  test_press_and_wish();
  test_governing_attribution();
  test_topic_not_participant();
  test_time_reference();
  nk_lang_free(lang);
  return TEST_DONE();
}
