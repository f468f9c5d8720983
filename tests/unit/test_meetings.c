/* test_meetings.c — meetings, calls and visits: participants, place,
 * date, kind and modality, on French sentences written for these tests.
 * Mentions are added by hand. */
#include <config.h>

#include "nk_extract.h"
#include "nk_test.h"
#include "nk_test_doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static nk_lang *lang;

static int run(nk_doc *d, const char *date) {
  nk_error err = {{0}};
  d->meta.date = date ? nk_xstrdup(date) : NULL;
  return nk_extract_meetings(d, lang, &err);
}

static void test_basic(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Emmanuel Macron a rencontré Olaf Scholz à Berlin en mai.");
  size_t a = nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  size_t b = nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Berlin", "Berlin", 0);
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
    CHECK_INT(m->told_month, 5);
    CHECK_INT(m->told_day, 0);
    CHECK_STR(m->trigger, "rencontré");
    CHECK(nk_test_span_is(
        &d, m->evidence,
        "Emmanuel Macron a rencontré Olaf Scholz à Berlin en mai."));
  }
  nk_doc_free(&d);
}

/* The conditional wins over the attribution; the medium is kept. */
static void test_alleged_reported(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Selon Le Monde, Antony Blinken aurait rencontré Wang Yi à "
              "Pékin.");
  nk_test_add_mention(&d, NK_ENT_ORG, "Le", "Monde", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Antony", "Blinken", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Wang", "Yi", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Pékin", "Pékin", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].modality, NK_MOD_ALLEGED);
    CHECK_STR(d.meetings[0].source, "Le Monde");
    CHECK(d.meetings[0].date == NULL);
  }
  nk_doc_free(&d);
}

/* A sentence telling one meeting, and the modality that meeting must
 * get. */
typedef struct {
  const char *text;      /* the article */
  nk_test_ment ments[4]; /* its mentions, added in order (unused: {0}) */
  nk_modality modality;  /* what the one meeting must be */
} modality_case;

/* How the verb and what governs it make the meeting asserted, reported,
 * alleged or denied. */
static void test_modality(void) {
  static const modality_case cases[] = {
      /* An attribution in the indicative reports the meeting. */
      {"D'après Reuters, Antony Blinken a rencontré Wang Yi à Pékin.",
       {{NK_ENT_ORG, "Reuters", "Reuters"},
        {NK_ENT_PERSON, "Antony", "Blinken"},
        {NK_ENT_PERSON, "Wang", "Yi"},
        {NK_ENT_PLACE, "Pékin", "Pékin"}},
       NK_MOD_REPORTED},
      /* A negated meeting is denied. */
      {"Jean Castex n'a jamais rencontré Xavier Bertrand.",
       {{NK_ENT_PERSON, "Jean", "Castex"},
        {NK_ENT_PERSON, "Xavier", "Bertrand"}},
       NK_MOD_DENIED},
      /* An inserted reporting verb after the event reports it. */
      {"Olaf Scholz a rencontré lundi Andrzej Duda à Varsovie, a indiqué la "
       "chancellerie.",
       {{NK_ENT_PERSON, "Olaf", "Scholz"},
        {NK_ENT_PERSON, "Andrzej", "Duda"},
        {NK_ENT_PLACE, "Varsovie", "Varsovie"}},
       NK_MOD_REPORTED},
      /* So does a verb whose "que" clause tells the event. */
      {"La chancellerie a confirmé mardi que Olaf Scholz avait rencontré "
       "Andrzej Duda.",
       {{NK_ENT_PERSON, "Olaf", "Scholz"}, {NK_ENT_PERSON, "Andrzej", "Duda"}},
       NK_MOD_REPORTED},
      /* A relative clause in the conditional hedges the event noun. */
      {"Des diplomates ont évoqué une rencontre qui aurait eu lieu en mars à "
       "Genève entre Wang Yi et Antony Blinken.",
       {{NK_ENT_PLACE, "Genève", "Genève"},
        {NK_ENT_PERSON, "Wang", "Yi"},
        {NK_ENT_PERSON, "Antony", "Blinken"}},
       NK_MOD_ALLEGED},
      /* A denial verb governing the event denies it, in the subjunctive
       * or the conditional alike. */
      {"Le porte-parole a démenti que Vladimir Poutine ait rencontré Evgueni "
       "Prigojine.",
       {{NK_ENT_PERSON, "Vladimir", "Poutine"},
        {NK_ENT_PERSON, "Evgueni", "Prigojine"}},
       NK_MOD_DENIED},
      {"Dmitri Peskov nie que Vladimir Poutine aurait reçu Evgueni Prigojine "
       "au Kremlin.",
       {{NK_ENT_PERSON, "Dmitri", "Peskov"},
        {NK_ENT_PERSON, "Vladimir", "Poutine"},
        {NK_ENT_PERSON, "Evgueni", "Prigojine"}},
       NK_MOD_DENIED},
      /* A denial of something else, after the event, leaves it asserted. */
      {"Antony Blinken a rencontré Wang Yi, puis il a démenti les rumeurs.",
       {{NK_ENT_PERSON, "Antony", "Blinken"}, {NK_ENT_PERSON, "Wang", "Yi"}},
       NK_MOD_ASSERTED},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const modality_case *c = &cases[i];
    int failures = nk_test_failures;
    nk_doc d;
    nk_test_doc(&d, lang, c->text);
    nk_test_add_mentions(&d, c->ments, sizeof c->ments / sizeof c->ments[0]);
    CHECK(run(&d, NULL) == 0);
    CHECK_INT(d.nmeetings, 1);
    if (d.nmeetings == 1)
      CHECK_INT(d.meetings[0].modality, c->modality);
    if (nk_test_failures != failures)
      fprintf(stderr, "  in \"%s\"\n", c->text);
    nk_doc_free(&d);
  }
}

static void test_call_and_visit(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Joe Biden s'est entretenu par téléphone avec Volodymyr "
              "Zelensky.\n\nOlaf Scholz s'est rendu à Kiev.\n\nLe journal a "
              "rendu compte de la visite d'Olaf Scholz.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Joe", "Biden", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Volodymyr", "Zelensky", 0);
  size_t o = nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Kiev", "Kiev", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz",
                      nk_test_tok(&d, "compte", 0));
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
  nk_test_doc(&d, lang,
              "Marine Tondelier a rencontré Fabien Roussel mardi. Lors de "
              "cette réunion, Olivier Faure les a rejoints. Fabien Roussel a "
              "ensuite téléphoné à Jean-Luc Mélenchon.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Marine", "Tondelier", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Fabien", "Roussel", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olivier", "Faure", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Fabien", "Roussel",
                      nk_test_tok(&d, "Faure", 0));
  nk_test_add_mention(&d, NK_ENT_PERSON, "Jean-Luc", "Mélenchon", 0);
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
  nk_test_doc(&d, lang,
              "Une réunion s'est tenue à Genève. Une autre réunion sur le "
              "climat est prévue.");
  nk_test_add_mention(&d, NK_ENT_PLACE, "Genève", "Genève", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].nparticipants, 0);
    CHECK_STR(d.meetings[0].place, "Genève");
  }
  nk_doc_free(&d);

  nk_test_doc(&d, lang,
              "La CGT a lancé un appel à la grève, soutenu par Sophie Binet et "
              "Laurent Berger.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Sophie", "Binet", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Laurent", "Berger", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 0);
  nk_doc_free(&d);
}

/* A press interview is not a meeting, nor is "l'entretien" referring back
 * to it, nor a meeting someone only asks for. */
static void test_press_and_wish(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Dans un entretien au Monde, Olaf Scholz parle d'Emmanuel "
              "Macron. Pendant l'entretien, Olaf Scholz cite Emmanuel Macron. "
              "Le syndicaliste Paul Roux réclame d'être reçu par Emmanuel "
              "Macron.");
  nk_test_add_mention(&d, NK_ENT_ORG, "Monde", "Monde", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  size_t s2 = nk_test_tok(&d, "Pendant", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", s2);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", s2);
  size_t s3 = nk_test_tok(&d, "Le", s2);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Paul", "Roux", s3);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", s3);
  CHECK(run(&d, "2024-03-02") == 0);
  CHECK_INT(d.nmeetings, 0);
  nk_doc_free(&d);

  /* "un entretien avec" a person is still a meeting. */
  nk_test_doc(&d, lang,
              "Olaf Scholz a eu un entretien avec Emmanuel Macron à Paris.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Paris", "Paris", 0);
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
  nk_test_doc(&d, lang,
              "Olaf Scholz a rencontré lundi à Varsovie Andrzej Duda. « Nous "
              "avons parlé franchement », a déclaré Olaf Scholz à l'issue de "
              "la rencontre. Selon Der Spiegel, le budget européen reste un "
              "sujet de discorde.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Varsovie", "Varsovie", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Andrzej", "Duda", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz",
                      nk_test_tok(&d, "déclaré", 0));
  nk_test_add_mention(&d, NK_ENT_ORG, "Der", "Spiegel", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].modality, NK_MOD_ASSERTED);
    CHECK_INT(d.meetings[0].nparticipants, 2);
    CHECK_STR(d.meetings[0].place, "Varsovie");
    CHECK(d.meetings[0].source == NULL);
  }
  nk_doc_free(&d);
}

/* A person named as the complement of a noun is the topic, not a
 * participant; company words and event nouns keep the person. */
static void test_topic_not_participant(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Pedro Sánchez a téléphoné jeudi à Giorgia Meloni. Lors de cet "
              "appel, ils ont évoqué le sort d'Alexeï Navalny et les propos du "
              "président Donald Trump.");
  size_t a = nk_test_add_mention(&d, NK_ENT_PERSON, "Pedro", "Sánchez", 0);
  size_t b = nk_test_add_mention(&d, NK_ENT_PERSON, "Giorgia", "Meloni", 0);
  size_t n = nk_test_add_mention(&d, NK_ENT_PERSON, "Alexeï", "Navalny", 0);
  size_t t = nk_test_add_mention(&d, NK_ENT_PERSON, "Donald", "Trump", 0);
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

  nk_test_doc(&d, lang,
              "Emmanuel Macron, accompagné d'Olaf Scholz, a rencontré Xi "
              "Jinping à Pékin. La visite officielle de Lula à Paris a duré "
              "trois jours.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  size_t s = nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Xi", "Jinping", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Pékin", "Pékin", 0);
  size_t l = nk_test_add_mention(&d, NK_ENT_PERSON, "Lula", "Lula", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Paris", "Paris", 0);
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
  nk_test_doc(&d, lang,
              "Pedro Sánchez a téléphoné jeudi à Giorgia Meloni. Peu après cet "
              "appel, Pedro Sánchez s'est rendu à Lisbonne, où il s'est "
              "entretenu avec António Costa.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Pedro", "Sánchez", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Giorgia", "Meloni", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Pedro", "Sánchez",
                      nk_test_tok(&d, "Peu", 0));
  nk_test_add_mention(&d, NK_ENT_PLACE, "Lisbonne", "Lisbonne", 0);
  size_t c = nk_test_add_mention(&d, NK_ENT_PERSON, "António", "Costa", 0);
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

/* A time preposition opening a noun phrase dates the meeting by another
 * event, whose people do not take part; followed by "de" and a verb it
 * goes on telling what the subject did. */
static void test_people_cut(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Giorgia Meloni a rencontré Olaf Scholz avant de recevoir "
              "Pedro Sánchez.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Giorgia", "Meloni", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  size_t p = nk_test_add_mention(&d, NK_ENT_PERSON, "Pedro", "Sánchez", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].nparticipants, 3);
    CHECK(takes_part(&d.meetings[0], p));
  }
  nk_doc_free(&d);
  nk_test_doc(&d, lang,
              "Giorgia Meloni a rencontré Olaf Scholz après la visite de "
              "Pedro Sánchez.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Giorgia", "Meloni", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  p = nk_test_add_mention(&d, NK_ENT_PERSON, "Pedro", "Sánchez", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].nparticipants, 2);
    CHECK(!takes_part(&d.meetings[0], p));
  }
  nk_doc_free(&d);
}

/* A trip made for a meeting tells the meeting; a trip alone is a
 * visit. */
static void test_trip_for_meeting(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Le chancelier Olaf Scholz s'est rendu à Varsovie pour une "
              "réunion avec Donald Tusk.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Varsovie", "Varsovie", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Donald", "Tusk", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].kind, NK_EVENT_MEETING);
    CHECK_INT(d.meetings[0].nparticipants, 2);
    CHECK_STR(d.meetings[0].place, "Varsovie");
  }
  nk_doc_free(&d);
  nk_test_doc(&d, lang,
              "Le chancelier Olaf Scholz s'est rendu à Varsovie avec Donald "
              "Tusk.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Varsovie", "Varsovie", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Donald", "Tusk", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1)
    CHECK_INT(d.meetings[0].kind, NK_EVENT_VISIT);
  nk_doc_free(&d);
}

/* In an undated article the month told is kept without a year, for
 * nk_events to learn the year from another article; the day too. */
static void test_month_without_year(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Giorgia Meloni a reçu Pedro Sánchez à Rome le 12 mars. "
              "Pedro Sánchez et Giorgia Meloni ont parlé d'immigration.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Giorgia", "Meloni", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Pedro", "Sánchez", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Rome", "Rome", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK(d.meetings[0].date == NULL);
    CHECK_INT(d.meetings[0].told_month, 3);
    CHECK_INT(d.meetings[0].told_day, 12);
  }
  nk_doc_free(&d);
}

/* "recevoir" needs a person received; a granted interview is a press
 * interview, not a meeting. */
static void test_received_and_granted(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Marine Tondelier et Fabien Roussel ont reçu une lettre "
              "anonyme. Fabien Roussel a accordé son premier entretien "
              "télévisé depuis l'élection à une chaîne locale. Le maire a "
              "reçu mardi en fin de journée plusieurs élus, dont Marine "
              "Tondelier.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Marine", "Tondelier", 0);
  size_t fr = nk_test_add_mention(&d, NK_ENT_PERSON, "Fabien", "Roussel", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Fabien", "Roussel", fr + 1);
  size_t mt = nk_test_tok(&d, "dont", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Marine", "Tondelier", mt);
  CHECK(run(&d, NULL) == 0);
  /* Only the last sentence tells an event, with one named person: kept
   * neither (too little), nor the letter nor the interview. */
  CHECK_INT(d.nmeetings, 0);
  nk_doc_free(&d);

  nk_test_doc(&d, lang,
              "Le Premier ministre Gabriel Attal a reçu mardi à Matignon "
              "plusieurs élus, dont Marine Tondelier.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Gabriel", "Attal", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Matignon", "Matignon", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Marine", "Tondelier", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1)
    CHECK_INT(d.meetings[0].nparticipants, 2);
  nk_doc_free(&d);
}

/* "appel" of a court is no phone call; "un appel" is. */
static void test_court_appeal(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Jean Lassalle et François Ruffin attendent la décision en "
              "appel. Jean Lassalle a eu un appel avec François Ruffin.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Jean", "Lassalle", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "François", "Ruffin", 0);
  size_t k = nk_test_tok(&d, ".", 0) + 1;
  nk_test_add_mention(&d, NK_ENT_PERSON, "Jean", "Lassalle", k);
  nk_test_add_mention(&d, NK_ENT_PERSON, "François", "Ruffin", k);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].kind, NK_EVENT_CALL);
    CHECK(nk_test_span_is(&d, d.meetings[0].evidence,
                          "Jean Lassalle a eu un appel avec François "
                          "Ruffin."));
  }
  nk_doc_free(&d);
}

/* 1 when a participant of m is a mention whose surface is surface. */
static int names(const nk_doc *d, const nk_meeting *m, const char *surface) {
  for (size_t i = 0; i < m->nparticipants; i++)
    if (!strcmp(d->mentions[m->participants[i]].surface, surface))
      return 1;
  return 0;
}

/* "ces discussions" names the nearest event told before it, not the
 * first; a person said not to have taken part is left out, and the
 * hedged sentence saying so leaves both events as they were told. */
static void test_anaphora_nearest(void) {
  static const char *const endings[] = {
      "Le président Recep Tayyip Erdogan aurait assisté à ces discussions.",
      "Le président Recep Tayyip Erdogan n'aurait pas assisté à ces "
      "discussions.",
  };
  for (size_t c = 0; c < 2; c++) {
    nk_doc d;
    char *text = nk_xasprintf(
        "Le ministre Antony Blinken a rencontré lundi à Pékin le président Xi "
        "Jinping, a rapporté Reuters. Le chef de la diplomatie turque, Hakan "
        "Fidan, aurait pour sa part reçu la semaine dernière à Ankara le "
        "ministre iranien Abbas Araghchi. %s",
        endings[c]);
    nk_test_doc(&d, lang, text);
    free(text);
    nk_test_add_mention(&d, NK_ENT_PERSON, "Antony", "Blinken", 0);
    nk_test_add_mention(&d, NK_ENT_PLACE, "Pékin", "Pékin", 0);
    nk_test_add_mention(&d, NK_ENT_PERSON, "Xi", "Jinping", 0);
    nk_test_add_mention(&d, NK_ENT_PERSON, "Hakan", "Fidan", 0);
    nk_test_add_mention(&d, NK_ENT_PLACE, "Ankara", "Ankara", 0);
    nk_test_add_mention(&d, NK_ENT_PERSON, "Abbas", "Araghchi", 0);
    nk_test_add_mention(&d, NK_ENT_PERSON, "Recep", "Erdogan", 0);
    CHECK(run(&d, "2024-05") == 0);
    CHECK_INT(d.nmeetings, 2);
    if (d.nmeetings == 2) {
      const nk_meeting *a = &d.meetings[0], *b = &d.meetings[1];
      CHECK_INT(a->nparticipants, 2);
      CHECK(!names(&d, a, "Recep Tayyip Erdogan"));
      CHECK_INT(a->modality, NK_MOD_REPORTED);
      CHECK_STR(b->place, "Ankara");
      CHECK(names(&d, b, "Hakan Fidan") && names(&d, b, "Abbas Araghchi"));
      CHECK_INT(b->nparticipants, c == 0 ? 3 : 2);
      CHECK(names(&d, b, "Recep Tayyip Erdogan") == (c == 0));
      CHECK_INT(b->modality, NK_MOD_ALLEGED);
    }
    nk_doc_free(&d);
  }
}

/* A sentence weighs in how an event is told only when it tells the event
 * (a participant, the place or the date); a hedge on something else of it
 * does not. */
static void test_modality_of_telling(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Emmanuel Macron a rencontré Olaf Scholz à Berlin. Cette "
              "rencontre aurait duré plus de trois heures.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Berlin", "Berlin", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1)
    CHECK_INT(d.meetings[0].modality, NK_MOD_ASSERTED);
  nk_doc_free(&d);

  nk_test_doc(&d, lang,
              "Emmanuel Macron a rencontré Olaf Scholz à Berlin. Giorgia "
              "Meloni aurait participé à cette rencontre.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Berlin", "Berlin", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Giorgia", "Meloni", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].nparticipants, 3);
    CHECK_INT(d.meetings[0].modality, NK_MOD_ALLEGED);
  }
  nk_doc_free(&d);
}

/* A negation leaves out who took no part; it denies the event only when
 * it says the event itself did not happen. */
static void test_negated_part(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Sergueï Lavrov a rencontré Wang Yi mardi à Pékin. Vladimir "
              "Poutine n'a pas rencontré Wang Yi. Le président Xi Jinping, "
              "lui, n'était pas présent à la réunion.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Sergueï", "Lavrov", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Wang", "Yi", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Pékin", "Pékin", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Vladimir", "Poutine", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Wang", "Yi",
                      nk_test_tok(&d, "Poutine", 0));
  nk_test_add_mention(&d, NK_ENT_PERSON, "Xi", "Jinping", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].nparticipants, 2);
    CHECK_INT(d.meetings[0].modality, NK_MOD_ASSERTED);
  }
  nk_doc_free(&d);

  nk_test_doc(&d, lang,
              "Selon la presse, Vladimir Poutine aurait rencontré Xi Jinping à "
              "Pékin. La rencontre n'a en réalité jamais eu lieu.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Vladimir", "Poutine", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Xi", "Jinping", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Pékin", "Pékin", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1)
    CHECK_INT(d.meetings[0].modality, NK_MOD_DENIED);
  nk_doc_free(&d);

  /* The negation of another verb does not deny it. */
  nk_test_doc(&d, lang,
              "Jake Sullivan aurait rencontré Wang Yi à Vienne. Le journal ne "
              "sait pas combien de fois ces entretiens ont eu lieu.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Jake", "Sullivan", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Wang", "Yi", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Vienne", "Vienne", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1)
    CHECK_INT(d.meetings[0].modality, NK_MOD_ALLEGED);
  nk_doc_free(&d);
}

/* "Elle a été reçue par X" goes on telling the trip of the sentence
 * before; two sentences later it does not. */
static void test_pronoun_subject(void) {
  static const char *const gaps[] = {"", "Le voyage était prévu de longue "
                                         "date. La presse en a parlé. "};
  for (size_t c = 0; c < 2; c++) {
    nk_doc d;
    char *text = nk_xasprintf(
        "La directrice du FMI, Kristalina Georgieva, s'est rendue au Caire en "
        "mars. %sElle a été reçue par le Premier ministre, Mostafa Madbouli.",
        gaps[c]);
    nk_test_doc(&d, lang, text);
    free(text);
    nk_test_add_mention(&d, NK_ENT_PERSON, "Kristalina", "Georgieva", 0);
    nk_test_add_mention(&d, NK_ENT_PLACE, "Caire", "Caire", 0);
    nk_test_add_mention(&d, NK_ENT_PERSON, "Mostafa", "Madbouli", 0);
    CHECK(run(&d, "2024-05") == 0);
    CHECK_INT(d.nmeetings, 1);
    if (d.nmeetings == 1) {
      CHECK_INT(d.meetings[0].kind, NK_EVENT_VISIT);
      CHECK_STR(d.meetings[0].place, "Caire");
      CHECK_INT(d.meetings[0].nparticipants, c == 0 ? 2 : 1);
    }
    nk_doc_free(&d);
  }
}

/* A sentence and the persons it names: no meeting may come of it. */
typedef struct {
  const char *text;      /* the article */
  nk_test_ment ments[3]; /* its mentions, added in order (unused: {0}) */
} no_meeting_case;

/* Words that look like events and are not: a meeting asked for or called
 * off, a participle or relative clause qualifying a thing, a thing
 * received, "entretenir" without "se", an encounter with a reporter. */
static void test_not_events(void) {
  static const no_meeting_case cases[] = {
      {"Hélène Martin a sollicité une rencontre avec Gérald Darmanin.",
       {{NK_ENT_PERSON, "Hélène", "Martin"},
        {NK_ENT_PERSON, "Gérald", "Darmanin"}}},
      {"La visite de Jean Castex à Lyon, prévue lundi, a été annulée.",
       {{NK_ENT_PERSON, "Jean", "Castex"}, {NK_ENT_PLACE, "Lyon", "Lyon"}}},
      {"Marine Le Pen a évoqué les difficultés rencontrées par Jordan "
       "Bardella.",
       {{NK_ENT_PERSON, "Marine", "Pen"},
        {NK_ENT_PERSON, "Jordan", "Bardella"}}},
      {"Les obstacles que rencontre Jordan Bardella inquiètent Marine Le Pen.",
       {{NK_ENT_PERSON, "Jordan", "Bardella"},
        {NK_ENT_PERSON, "Marine", "Pen"}}},
      {"Jordan Bardella a reçu le soutien de Marion Maréchal.",
       {{NK_ENT_PERSON, "Jordan", "Bardella"},
        {NK_ENT_PERSON, "Marion", "Maréchal"}}},
      {"Donald Trump entretient des relations tendues avec Angela Merkel.",
       {{NK_ENT_PERSON, "Donald", "Trump"},
        {NK_ENT_PERSON, "Angela", "Merkel"}}},
      {"Le responsable chargé des négociations, Abdullah Abdullah, a répondu à "
       "Ashraf Ghani.",
       {{NK_ENT_PERSON, "Abdullah", "Abdullah"},
        {NK_ENT_PERSON, "Ashraf", "Ghani"}}},
      {"En marge d'un déplacement, Rachida Dati a répondu à Agnès Buzyn.",
       {{NK_ENT_PERSON, "Rachida", "Dati"}, {NK_ENT_PERSON, "Agnès", "Buzyn"}}},
      {"Rachida Dati s'est rendu compte qu'Agnès Buzyn avait raison.",
       {{NK_ENT_PERSON, "Rachida", "Dati"}, {NK_ENT_PERSON, "Agnès", "Buzyn"}}},
      /* Told naming no one, an event stays unknown when the sentence
       * after it lists nobody. */
      {"Des émissaires ont rencontré des diplomates à Riyad. Marco Rubio et "
       "Steve Witkoff ont ensuite commenté.",
       {{NK_ENT_PLACE, "Riyad", "Riyad"},
        {NK_ENT_PERSON, "Marco", "Rubio"},
        {NK_ENT_PERSON, "Steve", "Witkoff"}}},
  };
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    nk_doc d;
    nk_test_doc(&d, lang, cases[c].text);
    nk_test_add_mentions(&d, cases[c].ments, 3);
    CHECK(run(&d, NULL) == 0);
    if (d.nmeetings != 0)
      fprintf(stderr, "case %zu: %s\n", c, cases[c].text);
    CHECK_INT(d.nmeetings, 0);
    nk_doc_free(&d);
  }
}

/* Who takes part: the subject of a relative clause, whatever noun stands
 * before it; not a person named inside a quotation the event is told
 * outside of, nor the agent of another participle. */
static void test_participants_of_clauses(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Dans la foulée du président Emmanuel Macron, qui s'était rendu "
              "à Beyrouth, Jean-Yves Le Drian a appelé à des réformes.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Beyrouth", "Beyrouth", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].nparticipants, 1);
    CHECK_STR(d.meetings[0].place, "Beyrouth");
  }
  nk_doc_free(&d);

  nk_test_doc(&d, lang,
              "En déplacement à Lille, Gabriel Attal a déclaré : « Je dis "
              "souvent à Bruno Le Maire que tout ira bien. »");
  nk_test_add_mention(&d, NK_ENT_PLACE, "Lille", "Lille", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Gabriel", "Attal", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Bruno", "Maire", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].kind, NK_EVENT_VISIT);
    CHECK_INT(d.meetings[0].nparticipants, 1);
    CHECK(names(&d, &d.meetings[0], "Gabriel Attal"));
    CHECK_STR(d.meetings[0].place, "Lille");
  }
  nk_doc_free(&d);

  nk_test_doc(&d, lang,
              "Hakan Fidan a rencontré Sergueï Lavrov à Ankara pour parler de "
              "l'accord signé en 2022 par le président Recep Tayyip Erdogan.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Hakan", "Fidan", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Sergueï", "Lavrov", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Ankara", "Ankara", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Recep", "Erdogan", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].nparticipants, 2);
    CHECK(!names(&d, &d.meetings[0], "Recep Tayyip Erdogan"));
  }
  nk_doc_free(&d);
}

/* A birth date in an apposition dates a person, not the meeting. */
static void test_birth_date(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Anna Kovács, née le 3 mars 1970, et Pierre Durand s'étaient "
              "rencontrés en mai 1995 à Budapest.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Anna", "Kovács", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Pierre", "Durand", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Budapest", "Budapest", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 1);
  if (d.nmeetings == 1) {
    CHECK_INT(d.meetings[0].nparticipants, 2);
    CHECK_STR(d.meetings[0].date, "1995-05");
  }
  nk_doc_free(&d);
}

/* Those listed in the sentence after an event ("Parmi les participants
 * figuraient X et Y") take part in it, also when the event was told
 * naming no one; a list opened otherwise is not of participants. */
static void test_cast_sentence(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "D'anciens diplomates auraient rencontré Sergueï Lavrov à New "
              "York. Parmi les participants figuraient Richard Haass et "
              "Thomas Graham.\n\nDes émissaires ont vu des diplomates russes "
              "à Riyad lors d'une réunion. La délégation américaine "
              "comprenait Marco Rubio et Steve Witkoff.\n\nJordan Bardella a "
              "rencontré Marine Le Pen. Kobe Bryant figurait parmi les "
              "invités, avec Tim Duncan.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Sergueï", "Lavrov", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "New", "York", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Richard", "Haass", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Thomas", "Graham", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Riyad", "Riyad", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Marco", "Rubio", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Steve", "Witkoff", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Jordan", "Bardella", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Marine", "Pen", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Kobe", "Bryant", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Tim", "Duncan", 0);
  CHECK(run(&d, NULL) == 0);
  CHECK_INT(d.nmeetings, 3);
  if (d.nmeetings == 3) {
    CHECK_INT(d.meetings[0].nparticipants, 3);
    CHECK(names(&d, &d.meetings[0], "Thomas Graham"));
    CHECK_INT(d.meetings[0].modality, NK_MOD_ALLEGED);
    CHECK_INT(d.meetings[1].nparticipants, 2);
    CHECK(names(&d, &d.meetings[1], "Marco Rubio"));
    CHECK(names(&d, &d.meetings[1], "Steve Witkoff"));
    CHECK_STR(d.meetings[1].place, "Riyad");
    CHECK_INT(d.meetings[2].nparticipants, 2);
    CHECK(!names(&d, &d.meetings[2], "Tim Duncan"));
  }
  nk_doc_free(&d);
}

/* The place a relative "où" refers to places the event of its clause, and
 * so does one after "de" naming a meeting ("le sommet de Vilnius") unless
 * that meeting dates the event ("après le sommet de Dakar"), and one in
 * the clause a noun trigger stands in apposition to ("arrivé à Pékin,
 * première visite");
 * new trigger words: a meal, an "entrevue", "recevoir". */
static void test_where_and_words(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Joe Biden est arrivé mardi à Varsovie, où il a rencontré "
              "Andrzej Duda.\n\nEmmanuel Macron a dîné avec Olaf Scholz.\n\n"
              "Le pape François a eu une entrevue avec Volodymyr Zelensky."
              "\n\nXi Jinping doit recevoir Pedro Sánchez.\n\nKamala Harris a "
              "rencontré Fumio Kishida en marge du sommet du G7 de Tokyo.\n\n"
              "Macky Sall a reçu Paul Kagame un an après le sommet de Dakar."
              "\n\nOlaf Scholz est arrivé lundi à Pékin, première visite d'un "
              "chancelier depuis 2019. Il a été reçu par Li Qiang.\n\nDe Rome "
              "à Madrid, les appels de Giorgia Meloni se multiplient.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Joe", "Biden", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Varsovie", "Varsovie", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Andrzej", "Duda", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "François", "François", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Volodymyr", "Zelensky", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Xi", "Jinping", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Pedro", "Sánchez", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Kamala", "Harris", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Fumio", "Kishida", 0);
  nk_test_add_mention(&d, NK_ENT_ORG, "G7", "G7", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Tokyo", "Tokyo", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Macky", "Sall", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Paul", "Kagame", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Dakar", "Dakar", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Olaf", "Scholz",
                      nk_test_tok(&d, "Dakar", 0));
  nk_test_add_mention(&d, NK_ENT_PLACE, "Pékin", "Pékin", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Li", "Qiang", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Rome", "Rome", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Madrid", "Madrid", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Giorgia", "Meloni", 0);
  CHECK(run(&d, NULL) == 0);
  /* The last sentence tells no event with a place: a subject after a
   * fronted adjunct is no apposition. */
  CHECK_INT(d.nmeetings, 7);
  if (d.nmeetings == 7) {
    /* A noun in apposition names what the clause before it tells. */
    CHECK_STR(d.meetings[6].place, "Pékin");
    CHECK_INT(d.meetings[6].nparticipants, 2);
    /* A summit that dates the event does not place it. */
    CHECK(d.meetings[5].place == NULL);
    CHECK_STR(d.meetings[4].place, "Tokyo");
    CHECK_STR(d.meetings[0].place, "Varsovie");
    CHECK_INT(d.meetings[0].nparticipants, 2);
    CHECK_STR(d.meetings[1].trigger, "dîné");
    CHECK_STR(d.meetings[2].trigger, "entrevue");
    CHECK_INT(d.meetings[3].kind, NK_EVENT_VISIT);
    CHECK_INT(d.meetings[3].nparticipants, 2);
  }
  nk_doc_free(&d);
}

int main(void) {
  lang = nk_test_lang_fr();
  test_basic();
  test_month_without_year();
  test_received_and_granted();
  test_court_appeal();
  test_alleged_reported();
  test_modality();
  test_call_and_visit();
  test_merge();
  test_place_only();
  test_press_and_wish();
  test_governing_attribution();
  test_topic_not_participant();
  test_time_reference();
  test_people_cut();
  test_trip_for_meeting();
  test_anaphora_nearest();
  test_modality_of_telling();
  test_negated_part();
  test_pronoun_subject();
  test_not_events();
  test_participants_of_clauses();
  test_birth_date();
  test_cast_sentence();
  test_where_and_words();
  nk_lang_free(lang);
  return TEST_DONE();
}
