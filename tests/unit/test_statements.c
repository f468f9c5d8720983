/* test_statements.c — quotations and reported speech with their speakers,
 * on French sentences written for these tests.  Mentions are added by
 * hand so that the tests do not depend on the mention finder. */
#include <config.h>

#include "nk_extract.h"
#include "nk_test.h"
#include "nk_test_doc.h"

static nk_lang *lang;

static int run(nk_doc *d) {
  nk_error err = {{0}};
  return nk_extract_statements(d, lang, &err);
}

static void test_direct_inverted(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "« Nous ne céderons rien sur les retraites », a déclaré la "
              "ministre Élisabeth Borne à France Inter.");
  size_t borne =
      nk_test_add_mention(&d, NK_ENT_PERSON, "Élisabeth", "Borne", 0);
  nk_test_add_mention(&d, NK_ENT_ORG, "France", "Inter", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1) {
    const nk_statement *s = &d.statements[0];
    CHECK_INT(s->kind, NK_STMT_DIRECT);
    CHECK_INT(s->speaker, (long)borne);
    CHECK_STR(s->verb, "déclarer");
    CHECK_STR(s->addressee, "France Inter");
    CHECK_INT(s->modality, NK_MOD_ASSERTED);
    CHECK(nk_test_span_is(&d, s->text,
                          "Nous ne céderons rien sur les retraites"));
    CHECK(nk_test_span_is(
        &d, s->evidence,
        "« Nous ne céderons rien sur les retraites », a déclaré la "
        "ministre Élisabeth Borne à France Inter."));
  }
  nk_doc_free(&d);
}

/* "a-t-il ajouté" and a quoted paragraph with no attribution continue the
 * last speaker. */
static void test_pronoun_and_continuation(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Le maire Pierre Hurmic a défendu son projet.\n\n"
              "« Le tramway arrivera en 2026 », a-t-il ajouté.\n\n"
              "« Les travaux commenceront dès l'automne prochain. »\n\n"
              "Le chantier durera trois ans.");
  size_t p = nk_test_add_mention(&d, NK_ENT_PERSON, "Pierre", "Hurmic", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 2);
  if (d.nstatements == 2) {
    CHECK_INT(d.statements[0].speaker, (long)p);
    CHECK_STR(d.statements[0].verb, "ajouter");
    CHECK_INT(d.statements[1].speaker, (long)p);
    CHECK(d.statements[1].verb == NULL);
    CHECK(nk_test_span_is(&d, d.statements[1].text,
                          "Les travaux commenceront dès l'automne prochain."));
  }
  nk_doc_free(&d);
}

static void test_indirect(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Le maire de Lyon Grégory Doucet a affirmé jeudi qu'il ne "
              "briguerait pas un second mandat.");
  size_t g = nk_test_add_mention(&d, NK_ENT_PERSON, "Grégory", "Doucet", 0);
  nk_test_add_mention(&d, NK_ENT_PLACE, "Lyon", "Lyon", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1) {
    const nk_statement *s = &d.statements[0];
    CHECK_INT(s->kind, NK_STMT_INDIRECT);
    CHECK_INT(s->speaker, (long)g);
    CHECK_STR(s->verb, "affirmer");
    CHECK(nk_test_span_is(&d, s->text,
                          "qu'il ne briguerait pas un second mandat"));
  }
  nk_doc_free(&d);
}

/* A denial verb, a conditional verb; an unnamed speaker becomes an agent
 * mention. */
static void test_modality_and_agent(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Le ministre a démenti que des discussions aient eu lieu. "
              "« Le texte sera retiré », aurait affirmé un conseiller.");
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 2);
  if (d.nstatements == 2) {
    CHECK_INT(d.statements[0].modality, NK_MOD_DENIED);
    CHECK_STR(d.statements[0].verb, "démentir");
    CHECK(d.statements[0].speaker >= 0);
    if (d.statements[0].speaker >= 0) {
      const nk_mention *m = &d.mentions[d.statements[0].speaker];
      CHECK_INT(m->type, NK_ENT_AGENT);
      CHECK_STR(m->surface, "Le ministre");
    }
    CHECK_INT(d.statements[1].modality, NK_MOD_ALLEGED);
    CHECK(d.statements[1].speaker >= 0);
    if (d.statements[1].speaker >= 0)
      CHECK_STR(d.mentions[d.statements[1].speaker].surface, "un conseiller");
  }
  nk_doc_free(&d);
}

/* "X aurait affirmé que ..." relays hearsay: no statement without the
 * quoted words. */
static void test_alleged_indirect(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Selon la presse locale, le maire Jean Valois aurait assuré à "
              "ses adjoints qu'il ne se représenterait pas.");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Jean", "Valois", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 0);
  nk_doc_free(&d);
}

/* A pronoun after a quotation stands for the person introduced at the head
 * of a clause since the last statement; a plural one never stands for a
 * single person; a reflexive verb ("s'est réjouie") is a reporting verb. */
static void test_pronoun_resolution(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "« Le marché ouvrira lundi », a annoncé Paul Morel. La gérante "
              "de la boulangerie, Lucie Arnaud, se dit rassurée. « Nous "
              "allons enfin revoir nos clients », souligne-t-elle. « Nous "
              "attendions ce jour depuis des mois », ont-ils écrit. « Tout "
              "est prêt ! » s'est réjouie Lucie Arnaud.");
  size_t paul = nk_test_add_mention(&d, NK_ENT_PERSON, "Paul", "Morel", 0);
  size_t lucie = nk_test_add_mention(&d, NK_ENT_PERSON, "Lucie", "Arnaud", 0);
  size_t lucie2 = nk_test_add_mention(
      &d, NK_ENT_PERSON, "Lucie", "Arnaud",
      nk_test_tok(&d, "Lucie", nk_test_tok(&d, "Lucie", 0) + 1));
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 4);
  if (d.nstatements == 4) {
    CHECK_INT(d.statements[0].speaker, (long)paul);
    CHECK_INT(d.statements[1].speaker, (long)lucie);
    CHECK(d.statements[2].speaker != (long)paul);
    CHECK_INT(d.statements[3].speaker, (long)lucie2);
    CHECK_STR(d.statements[3].verb, "se réjouir");
  }
  nk_doc_free(&d);
}

/* Section headings between dashes and quoted titles used as a noun phrase
 * are not statements; an attribution inside the marks, "Pour X, « ... »"
 * and "X tranche : « ... »" give the speaker. */
static void test_quote_shapes(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Le festival a ouvert ses portes.- « Retour en fanfare » -"
              "« Les Misérables » reste le spectacle le plus demandé. Pour "
              "le directeur du festival, Marc Olier, « cette édition est la "
              "plus belle depuis dix ans ». « Nous avons vendu tous les "
              "billets, a-t-il précisé. Il faudra agrandir la salle. » "
              "Claire Nadal, la trésorière, tranche : « Le budget est "
              "tenu jusqu'au dernier euro ».");
  size_t marc = nk_test_add_mention(&d, NK_ENT_PERSON, "Marc", "Olier", 0);
  size_t claire = nk_test_add_mention(&d, NK_ENT_PERSON, "Claire", "Nadal", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 3);
  if (d.nstatements == 3) {
    CHECK_INT(d.statements[0].speaker, (long)marc);
    CHECK(nk_test_span_is(&d, d.statements[0].text,
                          "cette édition est la plus belle depuis dix ans"));
    CHECK_INT(d.statements[1].speaker, (long)marc);
    CHECK_STR(d.statements[1].verb, "préciser");
    CHECK_INT(d.statements[2].speaker, (long)claire);
  }
  nk_doc_free(&d);
}

/* An inverted subject after an addressee without a name ("à la presse"),
 * a description whose complement names someone else, a name after a
 * description joined by "et". */
static void test_inverted_subjects(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "« La route restera fermée », a déclaré à la presse le "
              "directeur des routes, Henri Lamy. « Je n'irai pas », a "
              "affirmé l'ancien conseiller de Jacques Chirac. « Je reste », "
              "dit au journal la chanteuse et actrice Léa Berg.");
  size_t h = nk_test_add_mention(&d, NK_ENT_PERSON, "Henri", "Lamy", 0);
  size_t j = nk_test_add_mention(&d, NK_ENT_PERSON, "Jacques", "Chirac", 0);
  size_t l = nk_test_add_mention(&d, NK_ENT_PERSON, "Léa", "Berg", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 3);
  if (d.nstatements == 3) {
    CHECK_INT(d.statements[0].speaker, (long)h);
    CHECK(d.statements[1].speaker != (long)j);
    CHECK(d.statements[1].speaker >= 0);
    if (d.statements[1].speaker >= 0)
      CHECK_STR(d.mentions[d.statements[1].speaker].surface,
                "l'ancien conseiller de Jacques Chirac");
    CHECK_INT(d.statements[2].speaker, (long)l);
  }
  nk_doc_free(&d);
}

/* A title "« ... » : X répond" or "X : « ... »" names its speaker; a
 * quotation going on after the attribution keeps the speaker; an incise
 * inside the marks may carry a short complement. */
static void test_headline_and_continuation(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "« Nous tiendrons bon » : Karim Saïd répond à ses critiques\n\n"
              "« Le stade sera prêt », a déclaré Karim Saïd, mais « les "
              "abords resteront en travaux jusqu'en mars ».\n\n"
              "« Tout est financé, a-t-il expliqué sur la radio. Rien ne "
              "manque. »");
  size_t k = nk_test_add_mention(&d, NK_ENT_PERSON, "Karim", "Saïd", 0);
  size_t k2 = nk_test_add_mention(
      &d, NK_ENT_PERSON, "Karim", "Saïd",
      nk_test_tok(&d, "Karim", nk_test_tok(&d, "Karim", 0) + 1));
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 4);
  if (d.nstatements == 4) {
    CHECK_INT(d.statements[0].speaker, (long)k);
    CHECK(nk_test_span_is(&d, d.statements[0].text, "Nous tiendrons bon"));
    CHECK_INT(d.statements[1].speaker, (long)k2);
    CHECK_INT(d.statements[2].speaker, (long)k2);
    CHECK(nk_test_span_is(&d, d.statements[2].text,
                          "les abords resteront en travaux jusqu'en mars"));
    CHECK_INT(d.statements[3].speaker, (long)k2);
    CHECK_STR(d.statements[3].verb, "expliquer");
  }
  nk_doc_free(&d);
}

/* "X dénonce « ... »": the quotation is the object of the reporting verb;
 * "..., résume X : « ... »": the subject stands between verb and colon. */
static void test_object_and_colon_inversion(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "La réforme divise. Le député Paul Vernet dénonce « une "
              "réforme écrite sans les enseignants ». Le calendrier reste "
              "flou, résume Anne Roche : « Personne ne sait quand elle "
              "entrera en vigueur ». Elle a jugé le texte « injuste ».");
  size_t p = nk_test_add_mention(&d, NK_ENT_PERSON, "Paul", "Vernet", 0);
  size_t a = nk_test_add_mention(&d, NK_ENT_PERSON, "Anne", "Roche", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 2);
  if (d.nstatements == 2) {
    CHECK_INT(d.statements[0].speaker, (long)p);
    CHECK_STR(d.statements[0].verb, "dénoncer");
    CHECK_INT(d.statements[1].speaker, (long)a);
    CHECK(nk_test_span_is(&d, d.statements[1].text,
                          "Personne ne sait quand elle entrera en vigueur"));
  }
  nk_doc_free(&d);
}

/* A word or two quoted inside reported speech is not a statement of its
 * own; a whole clause quoted inside it is, instead of the paraphrase. */
static void test_embedded_quotes(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Anne Hidalgo a estimé que la décision était « injuste ».");
  nk_test_add_mention(&d, NK_ENT_PERSON, "Anne", "Hidalgo", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1)
    CHECK_INT(d.statements[0].kind, NK_STMT_INDIRECT);
  nk_doc_free(&d);

  nk_test_doc(&d, lang,
              "Anne Hidalgo a expliqué que la ville « ne renoncera jamais à "
              "ses pistes cyclables ».");
  size_t a = nk_test_add_mention(&d, NK_ENT_PERSON, "Anne", "Hidalgo", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1) {
    CHECK_INT(d.statements[0].kind, NK_STMT_DIRECT);
    CHECK_INT(d.statements[0].speaker, (long)a);
    CHECK(nk_test_span_is(&d, d.statements[0].text,
                          "ne renoncera jamais à ses pistes cyclables"));
  }
  nk_doc_free(&d);
}

/* Sentences with no statement in them. */
static void test_not_statements(void) {
  static const struct {
    const char *text;      /* the article */
    nk_test_ment ments[1]; /* its mentions, added in order (unused: {0}) */
  } cases[] = {
      /* A medium reporting something is a source, not a speaker; a phrase in
       * quotes with nobody speaking is not a statement. */
      {"Le Monde a rapporté que le projet était abandonné. Le parquet a "
       "ouvert une enquête pour « abus de confiance ».",
       {{NK_ENT_ORG, "Le", "Monde"}}},
      /* What is not reported speech without "que": a document ("selon un
       * rapport"), a subject standing before the verb, a qualifying
       * participle. */
      {"Selon un rapport publié hier, la dette a encore augmenté cette "
       "année. Le conseil municipal de la ville voisine, réuni lundi, a "
       "annoncé une hausse des tarifs. Sa voisine, accusée d'avoir menti "
       "aux enquêteurs, sera jugée.",
       {{0}}},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int failures = nk_test_failures;
    nk_doc d;
    nk_test_doc(&d, lang, cases[i].text);
    nk_test_add_mentions(&d, cases[i].ments,
                         sizeof cases[i].ments / sizeof cases[i].ments[0]);
    CHECK(run(&d) == 0);
    CHECK_INT(d.nstatements, 0);
    if (nk_test_failures != failures)
      fprintf(stderr, "  in \"%s\"\n", cases[i].text);
    nk_doc_free(&d);
  }
}

/* Straight quotes and a colon before the quotation. */
static void test_straight_colon(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Le syndicaliste Jean Dupont a lancé : \"Nous irons jusqu'au "
              "bout.\" La grève continue.");
  size_t j = nk_test_add_mention(&d, NK_ENT_PERSON, "Jean", "Dupont", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1) {
    CHECK_INT(d.statements[0].speaker, (long)j);
    CHECK_STR(d.statements[0].verb, "lancer");
    CHECK(
        nk_test_span_is(&d, d.statements[0].text, "Nous irons jusqu'au bout."));
  }
  nk_doc_free(&d);
}

/* "..., a annoncé X." (X a named person) and "Selon X, ...": reported
 * speech without "que". */
static void test_unmarked_indirect(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "La ligne de tramway rouvrira en septembre après les travaux, a "
              "annoncé mardi Paul Martin. Selon Anne Hidalgo, les horaires ne "
              "changeront pas avant la rentrée. Le chantier a pris du retard, "
              "ont expliqué des sources municipales.");
  size_t martin = nk_test_add_mention(&d, NK_ENT_PERSON, "Paul", "Martin", 0);
  size_t hidalgo = nk_test_add_mention(&d, NK_ENT_PERSON, "Anne", "Hidalgo", 0);
  CHECK(run(&d) == 0);
  /* The third sentence relays unnamed sources: sourcing, not a statement. */
  CHECK_INT(d.nstatements, 2);
  if (d.nstatements == 2) {
    const nk_statement *s = &d.statements[0];
    CHECK_INT(s->kind, NK_STMT_INDIRECT);
    CHECK_STR(s->verb, "annoncer");
    CHECK_INT(s->speaker, (long)martin);
    CHECK(nk_test_span_is(
        &d, s->text,
        "La ligne de tramway rouvrira en septembre après les travaux"));
    s = &d.statements[1];
    CHECK_INT(s->kind, NK_STMT_INDIRECT);
    CHECK_INT(s->speaker, (long)hidalgo);
    CHECK(nk_test_span_is(&d, s->text,
                          "les horaires ne changeront pas avant la rentrée"));
  }
  nk_doc_free(&d);
}

/* An inverted speaker without a speaker noun after a quotation, a name in
 * apposition, and an aside between auxiliary and verb. */
static void test_inverted_descriptions(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "\"Le feu a pris dans la cuisine\", a expliqué le pompier. "
              "\"Nous avons tout reconstruit\", affirme le gérant du "
              "restaurant, Paul Martin. \"Rien ne sera plus comme avant\", a "
              "pour sa part estimé Julie Roux.");
  size_t martin = nk_test_add_mention(&d, NK_ENT_PERSON, "Paul", "Martin", 0);
  size_t roux = nk_test_add_mention(&d, NK_ENT_PERSON, "Julie", "Roux", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 3);
  if (d.nstatements == 3) {
    const nk_statement *s = &d.statements[0];
    CHECK(s->speaker >= 0 && d.mentions[s->speaker].type == NK_ENT_AGENT);
    if (s->speaker >= 0)
      CHECK_STR(d.mentions[s->speaker].surface, "le pompier");
    CHECK_INT(d.statements[1].speaker, (long)martin);
    CHECK_INT(d.statements[2].speaker, (long)roux);
    CHECK_STR(d.statements[2].verb, "estimer");
  }
  nk_doc_free(&d);
}

/* Adds the role title (held by mention holder) stated by tokens
 * [tb, te). */
static void add_role(nk_doc *d, size_t holder, const char *title,
                     const char *org, size_t tb, size_t te) {
  nk_role *r = NK_PUSH(d->roles, d->nroles, d->cap_roles);
  *r = (nk_role){0};
  r->holder = holder;
  r->title = nk_xstrdup(title);
  r->org_name = org ? nk_xstrdup(org) : NULL;
  r->org_type = NK_ENT_PLACE;
  r->status = NK_STATUS_CURRENT;
  r->evidence = nk_doc_tok_span(d, tb, te);
}

/* A definite description whose role the article gave to one named person
 * earlier stands for that person; an indefinite one does not. */
static void test_description_resolved(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "La ministre de la Culture, Rachida Dati, a visité le chantier "
              "du musée. « Les travaux avancent plus vite que prévu », a "
              "assuré la ministre de la Culture. « Nous ouvrirons avant "
              "l'été », a promis une ministre du gouvernement.");
  size_t dati = nk_test_add_mention(&d, NK_ENT_PERSON, "Rachida", "Dati", 0);
  add_role(&d, dati, "ministre de la Culture", NULL, 0,
           nk_test_tok(&d, "Dati", 0) + 1);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 2);
  if (d.nstatements == 2) {
    CHECK_INT(d.statements[0].speaker, (long)dati);
    CHECK(d.statements[1].speaker >= 0 &&
          d.mentions[d.statements[1].speaker].type == NK_ENT_AGENT);
  }
  nk_doc_free(&d);
}

/* Two holders of the noun, a complement the role does not say, or a
 * gender that differs: the description stays. */
static void test_description_kept(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Le président français Emmanuel Macron a reçu le président "
              "brésilien Lula. « Nous signerons un accord sur l'Amazonie », "
              "a déclaré le président. « Le commerce reprendra », a ajouté "
              "le président du Sénat. « Rien n'est fait », a estimé la "
              "présidente.");
  size_t macron =
      nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  size_t lula = nk_test_add_mention(&d, NK_ENT_PERSON, "Lula", "Lula", 0);
  add_role(&d, macron, "président", "France", 0,
           nk_test_tok(&d, "Macron", 0) + 1);
  add_role(&d, lula, "président", "Brésil", nk_test_tok(&d, "président", 5),
           nk_test_tok(&d, "Lula", 0) + 1);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 3);
  for (size_t i = 0; i < d.nstatements; i++)
    CHECK(d.statements[i].speaker < 0 ||
          d.mentions[d.statements[i].speaker].type == NK_ENT_AGENT);
  nk_doc_free(&d);
  /* "le chef de l'État" with one head of state named. */
  nk_test_doc(&d, lang,
              "Le président français Emmanuel Macron est arrivé à Dakar. "
              "« L'Afrique est notre partenaire », a lancé le chef de "
              "l'État.");
  macron = nk_test_add_mention(&d, NK_ENT_PERSON, "Emmanuel", "Macron", 0);
  add_role(&d, macron, "président", "France", 0,
           nk_test_tok(&d, "Macron", 0) + 1);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1)
    CHECK_INT(d.statements[0].speaker, (long)macron);
  nk_doc_free(&d);
}

/* One or two quoted words are a term: credited after them, the clause they
 * stand in is what the named speaker said; in a list of quoted terms, none
 * is a statement. */
static void test_quoted_terms(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Le marché du vin est devenu « imprévisible », regrette Paul "
              "Durand. Le syndicat dénonce « des hausses de prix "
              "injustifiées », « des taxes nouvelles sur le vin » et « des "
              "contrôles bien trop tatillons ».");
  size_t durand = nk_test_add_mention(&d, NK_ENT_PERSON, "Paul", "Durand", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1) {
    CHECK_INT(d.statements[0].kind, NK_STMT_INDIRECT);
    CHECK_INT(d.statements[0].speaker, (long)durand);
    CHECK(nk_test_span_is(&d, d.statements[0].text,
                          "Le marché du vin est devenu « imprévisible »"));
  }
  nk_doc_free(&d);
}

/* A straight quote left without its closing mark ends at the next opening
 * one instead of swallowing the text up to a later closing mark. */
static void test_straight_mispaired(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Invitée du \"Grand Jury de dimanche soir, la sénatrice a "
              "répondu aux questions des auditeurs. \"Nous voterons contre "
              "ce budget injuste\", a déclaré Claire Morel.");
  size_t morel = nk_test_add_mention(&d, NK_ENT_PERSON, "Claire", "Morel", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1) {
    CHECK_INT(d.statements[0].speaker, (long)morel);
    CHECK(nk_test_span_is(&d, d.statements[0].text,
                          "Nous voterons contre ce budget injuste"));
  }
  nk_doc_free(&d);
}

/* "a-t-elle ajouté" goes to the woman who spoke before, not to the man
 * named since. */
static void test_pronoun_gender(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "« Les loyers doivent baisser », a affirmé Sophie Martin.\n\n"
              "Jacques Bernard, son conseiller, l'accompagnait au ministère. "
              "« Nous avons été entendus », a-t-elle ajouté.");
  size_t sophie = nk_test_add_mention(&d, NK_ENT_PERSON, "Sophie", "Martin", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Jacques", "Bernard", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 2);
  if (d.nstatements == 2) {
    CHECK_INT(d.statements[0].speaker, (long)sophie);
    CHECK_INT(d.statements[1].speaker, (long)sophie);
  }
  nk_doc_free(&d);
}

/* A description set in apposition to a name, before it without a comma
 * or after it between commas, is that person. */
static void test_description_apposed(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Ce matin, Karim Benali le ministre des Sports estimait que "
              "les stades rouvriraient en mai.");
  size_t benali = nk_test_add_mention(&d, NK_ENT_PERSON, "Karim", "Benali", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1)
    CHECK_INT(d.statements[0].speaker, (long)benali);
  nk_doc_free(&d);
}

/* "D'après X, « ... »" credits X; "sous couvert d'anonymat" may stand
 * between a reporting verb and its "que". */
static void test_dapres_and_aside(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "D'après Claire Dubois, « la réforme sera votée avant l'été ». "
              "Un haut fonctionnaire a indiqué, sous couvert d'anonymat, que "
              "le vote aurait lieu mardi.");
  size_t cd = nk_test_add_mention(&d, NK_ENT_PERSON, "Claire", "Dubois", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 2);
  if (d.nstatements == 2) {
    CHECK_INT(d.statements[0].speaker, (long)cd);
    CHECK(nk_test_span_is(&d, d.statements[0].text,
                          "la réforme sera votée avant l'été"));
    CHECK_INT(d.statements[1].kind, NK_STMT_INDIRECT);
    CHECK(d.statements[1].speaker >= 0);
    if (d.statements[1].speaker >= 0)
      CHECK_STR(d.mentions[d.statements[1].speaker].surface,
                "Un haut fonctionnaire");
    CHECK(nk_test_span_is(&d, d.statements[1].text,
                          "que le vote aurait lieu mardi"));
  }
  nk_doc_free(&d);
}

/* An inverted pronoun written apart from its auxiliary ("a t'elle") is
 * still the pronoun; "auprès de l'AFP" may stand before the subject. */
static void test_detached_clitic_and_aupres(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "La sénatrice Anne Morel a pris la parole. « Nous voterons "
              "contre ce budget », a t'elle assuré.\n\n"
              "« Le dialogue est rompu », a confié auprès de l'AFP Paul "
              "Girard.");
  size_t am = nk_test_add_mention(&d, NK_ENT_PERSON, "Anne", "Morel", 0);
  size_t pg = nk_test_add_mention(&d, NK_ENT_PERSON, "Paul", "Girard", 0);
  nk_test_add_mention(&d, NK_ENT_ORG, "AFP", "AFP", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 2);
  if (d.nstatements == 2) {
    CHECK_INT(d.statements[0].speaker, (long)am);
    CHECK_INT(d.statements[1].speaker, (long)pg);
    CHECK_STR(d.statements[1].addressee, "AFP");
  }
  nk_doc_free(&d);
}

/* "..., a-t-il rappelé" after someone spoke: that person's reported
 * words; not when a medium was named since ("a rapporté Le Monde"). */
static void test_pronoun_inverted_clause(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "« Nous tiendrons nos engagements », a déclaré Paul Girard.\n\n"
              "Les prix ont augmenté de dix pour cent en un an, a-t-il "
              "rappelé.\n\n"
              "Les exportations ont reculé en mars, a rapporté Le Monde. Les "
              "stocks de blé sont au plus bas, a-t-il ajouté.");
  size_t pg = nk_test_add_mention(&d, NK_ENT_PERSON, "Paul", "Girard", 0);
  nk_test_add_mention(&d, NK_ENT_ORG, "Le", "Monde", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 2);
  if (d.nstatements == 2) {
    CHECK_INT(d.statements[1].kind, NK_STMT_INDIRECT);
    CHECK_INT(d.statements[1].speaker, (long)pg);
    CHECK(nk_test_span_is(&d, d.statements[1].text,
                          "Les prix ont augmenté de dix pour cent en un an"));
  }
  nk_doc_free(&d);
}

/* The impersonal "on" says nothing of anyone's. */
static void test_impersonal_on(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Cette grève ajoute à la fatigue des agents dans un contexte "
              "où l'on répète que le directeur va bientôt partir.");
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 0);
  nk_doc_free(&d);
}

/* "Pour X, ..." makes X the one a later "estime-t-il" stands for; a name
 * qualifying a noun ("l'administration Biden") is not. */
static void test_cue_referent(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Pour Marc Petit, de l'université de Lille, la stratégie de "
              "l'administration Biden a échoué. « C'est un tournant », "
              "estime-t-il.");
  size_t mp = nk_test_add_mention(&d, NK_ENT_PERSON, "Marc", "Petit", 0);
  nk_test_add_mention(&d, NK_ENT_PERSON, "Biden", "Biden", 0);
  CHECK(run(&d) == 0);
  CHECK(d.nstatements >= 1);
  if (d.nstatements >= 1)
    CHECK_INT(d.statements[d.nstatements - 1].speaker, (long)mp);
  nk_doc_free(&d);
}

/* A verb of two words ("a fait savoir") and a short aside between commas
 * after the verb ("a déclaré, émue, X") still name the speaker. */
static void test_two_word_verb_and_aside(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "« Ma soeur se bat pour sa vie », a déclaré, émue, Lucie "
              "Caron.\n\n"
              "« Nous tiendrons parole », a fait savoir le maire Paul "
              "Girard.\n\n"
              "Le préfet Marc Petit a fait savoir que la route rouvrirait "
              "lundi.\n\n"
              "« Rien n'est décidé », martèle Anne Morel.");
  size_t lc = nk_test_add_mention(&d, NK_ENT_PERSON, "Lucie", "Caron", 0);
  size_t pg = nk_test_add_mention(&d, NK_ENT_PERSON, "Paul", "Girard", 0);
  size_t mp = nk_test_add_mention(&d, NK_ENT_PERSON, "Marc", "Petit", 0);
  size_t am = nk_test_add_mention(&d, NK_ENT_PERSON, "Anne", "Morel", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 4);
  if (d.nstatements == 4) {
    CHECK_INT(d.statements[0].speaker, (long)lc);
    CHECK_INT(d.statements[1].speaker, (long)pg);
    CHECK_STR(d.statements[1].verb, "faire savoir");
    CHECK_INT(d.statements[2].kind, NK_STMT_INDIRECT);
    CHECK_INT(d.statements[2].speaker, (long)mp);
    CHECK(nk_test_span_is(&d, d.statements[2].text,
                          "que la route rouvrirait lundi"));
    CHECK_INT(d.statements[3].speaker, (long)am);
  }
  nk_doc_free(&d);
}

/* "Selon une étude de l'université X" credits a writing: no statement. */
static void test_selon_document(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Selon une étude récente de l'université de Lille, les loyers "
              "ont augmenté de dix pour cent en un an.");
  nk_test_add_mention(&d, NK_ENT_ORG, "université", "Lille", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 0);
  nk_doc_free(&d);
}

int main(void) {
  lang = nk_test_lang_fr();
  test_direct_inverted();
  test_pronoun_and_continuation();
  test_indirect();
  test_modality_and_agent();
  test_embedded_quotes();
  test_not_statements();
  test_straight_colon();
  test_unmarked_indirect();
  test_inverted_descriptions();
  test_alleged_indirect();
  test_pronoun_resolution();
  test_quote_shapes();
  test_inverted_subjects();
  test_headline_and_continuation();
  test_object_and_colon_inversion();
  test_description_resolved();
  test_description_kept();
  test_description_apposed();
  test_quoted_terms();
  test_straight_mispaired();
  test_pronoun_gender();
  test_dapres_and_aside();
  test_detached_clitic_and_aupres();
  test_pronoun_inverted_clause();
  test_impersonal_on();
  test_cue_referent();
  test_two_word_verb_and_aside();
  test_selon_document();
  nk_lang_free(lang);
  return TEST_DONE();
}
