/* test_statements.c — quotations and reported speech with their speakers,
 * on French sentences written for these tests.  Mentions are added by
 * hand so that the tests do not depend on the mention finder. */
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

static int run(nk_doc *d) {
  nk_error err = {{0}};
  return nk_extract_statements(d, lang, &err);
}

static void test_direct_inverted(void) {
  nk_doc d;
  load(&d, "« Nous ne céderons rien sur les retraites », a déclaré la "
           "ministre Élisabeth Borne à France Inter.");
  size_t borne = add(&d, NK_ENT_PERSON, "Élisabeth", "Borne", 0);
  add(&d, NK_ENT_ORG, "France", "Inter", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1) {
    const nk_statement *s = &d.statements[0];
    CHECK_INT(s->kind, NK_STMT_DIRECT);
    CHECK_INT(s->speaker, (long)borne);
    CHECK_STR(s->verb, "déclarer");
    CHECK_STR(s->addressee, "France Inter");
    CHECK_INT(s->modality, NK_MOD_ASSERTED);
    char *t = words(&d, s->text);
    CHECK_STR(t, "Nous ne céderons rien sur les retraites");
    free(t);
    t = words(&d, s->evidence);
    CHECK_STR(t, "« Nous ne céderons rien sur les retraites », a déclaré la "
                 "ministre Élisabeth Borne à France Inter.");
    free(t);
  }
  nk_doc_free(&d);
}

/* "a-t-il ajouté" and a quoted paragraph with no attribution continue the
 * last speaker. */
static void test_pronoun_and_continuation(void) {
  nk_doc d;
  load(&d, "Le maire Pierre Hurmic a défendu son projet.\n\n"
           "« Le tramway arrivera en 2026 », a-t-il ajouté.\n\n"
           "« Les travaux commenceront dès l'automne prochain. »\n\n"
           "Le chantier durera trois ans.");
  size_t p = add(&d, NK_ENT_PERSON, "Pierre", "Hurmic", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 2);
  if (d.nstatements == 2) {
    CHECK_INT(d.statements[0].speaker, (long)p);
    CHECK_STR(d.statements[0].verb, "ajouter");
    CHECK_INT(d.statements[1].speaker, (long)p);
    CHECK(d.statements[1].verb == NULL);
    char *t = words(&d, d.statements[1].text);
    CHECK_STR(t, "Les travaux commenceront dès l'automne prochain.");
    free(t);
  }
  nk_doc_free(&d);
}

static void test_indirect(void) {
  nk_doc d;
  load(&d, "Le maire de Lyon Grégory Doucet a affirmé jeudi qu'il ne "
           "briguerait pas un second mandat.");
  size_t g = add(&d, NK_ENT_PERSON, "Grégory", "Doucet", 0);
  add(&d, NK_ENT_PLACE, "Lyon", "Lyon", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1) {
    const nk_statement *s = &d.statements[0];
    CHECK_INT(s->kind, NK_STMT_INDIRECT);
    CHECK_INT(s->speaker, (long)g);
    CHECK_STR(s->verb, "affirmer");
    char *t = words(&d, s->text);
    CHECK_STR(t, "qu'il ne briguerait pas un second mandat");
    free(t);
  }
  nk_doc_free(&d);
}

/* A denial verb, a conditional verb; an unnamed speaker becomes an agent
 * mention. */
static void test_modality_and_agent(void) {
  nk_doc d;
  load(&d, "Le ministre a démenti que des discussions aient eu lieu. "
           "Un conseiller aurait affirmé que le texte serait retiré.");
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
      CHECK_STR(d.mentions[d.statements[1].speaker].surface, "Un conseiller");
  }
  nk_doc_free(&d);
}

/* A word or two quoted inside reported speech is not a statement of its
 * own; a whole clause quoted inside it is, instead of the paraphrase. */
static void test_embedded_quotes(void) {
  nk_doc d;
  load(&d, "Anne Hidalgo a estimé que la décision était « injuste ».");
  add(&d, NK_ENT_PERSON, "Anne", "Hidalgo", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1)
    CHECK_INT(d.statements[0].kind, NK_STMT_INDIRECT);
  nk_doc_free(&d);

  load(&d, "Anne Hidalgo a expliqué que la ville « ne renoncera jamais à "
           "ses pistes cyclables ».");
  size_t a = add(&d, NK_ENT_PERSON, "Anne", "Hidalgo", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1) {
    CHECK_INT(d.statements[0].kind, NK_STMT_DIRECT);
    CHECK_INT(d.statements[0].speaker, (long)a);
    char *t = words(&d, d.statements[0].text);
    CHECK_STR(t, "ne renoncera jamais à ses pistes cyclables");
    free(t);
  }
  nk_doc_free(&d);
}

/* A medium reporting something is a source, not a speaker; a phrase in
 * quotes with nobody speaking is not a statement. */
static void test_not_statements(void) {
  nk_doc d;
  load(&d, "Le Monde a rapporté que le projet était abandonné. Le parquet a "
           "ouvert une enquête pour « abus de confiance ».");
  add(&d, NK_ENT_ORG, "Le", "Monde", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 0);
  nk_doc_free(&d);
}

/* Straight quotes and a colon before the quotation. */
static void test_straight_colon(void) {
  nk_doc d;
  load(&d, "Le syndicaliste Jean Dupont a lancé : \"Nous irons jusqu'au "
           "bout.\" La grève continue.");
  size_t j = add(&d, NK_ENT_PERSON, "Jean", "Dupont", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 1);
  if (d.nstatements == 1) {
    CHECK_INT(d.statements[0].speaker, (long)j);
    CHECK_STR(d.statements[0].verb, "lancer");
    char *t = words(&d, d.statements[0].text);
    CHECK_STR(t, "Nous irons jusqu'au bout.");
    free(t);
  }
  nk_doc_free(&d);
}

/* "..., a annoncé X." and "Selon X, ...": reported speech without "que". */
static void test_unmarked_indirect(void) {
  nk_doc d;
  load(&d, "La ligne de tramway rouvrira en septembre après les travaux, a "
           "annoncé mardi un porte-parole de la métropole. Selon Anne Hidalgo, "
           "les horaires ne changeront pas avant la rentrée.");
  size_t hidalgo = add(&d, NK_ENT_PERSON, "Anne", "Hidalgo", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 2);
  if (d.nstatements == 2) {
    const nk_statement *s = &d.statements[0];
    CHECK_INT(s->kind, NK_STMT_INDIRECT);
    CHECK_STR(s->verb, "annoncer");
    CHECK(s->speaker >= 0 && d.mentions[s->speaker].type == NK_ENT_AGENT &&
          strstr(d.mentions[s->speaker].surface, "porte-parole") != NULL);
    char *w = words(&d, s->text);
    CHECK_STR(w, "La ligne de tramway rouvrira en septembre après les travaux");
    free(w);
    s = &d.statements[1];
    CHECK_INT(s->kind, NK_STMT_INDIRECT);
    CHECK_INT(s->speaker, (long)hidalgo);
    w = words(&d, s->text);
    CHECK_STR(w, "les horaires ne changeront pas avant la rentrée");
    free(w);
  }
  nk_doc_free(&d);
}

/* What is not reported speech without "que": a document ("selon un
 * rapport"), a subject standing before the verb, a qualifying
 * participle. */
static void test_unmarked_not(void) {
  nk_doc d;
  load(&d, "Selon un rapport publié hier, la dette a encore augmenté cette "
           "année. Le conseil municipal de la ville voisine, réuni lundi, a "
           "annoncé une hausse des tarifs. Sa voisine, accusée d'avoir menti "
           "aux enquêteurs, sera jugée.");
  CHECK(run(&d) == 0);
  CHECK_INT(d.nstatements, 0);
  nk_doc_free(&d);
}

/* An inverted speaker without a speaker noun after a quotation, a name in
 * apposition, and an aside between auxiliary and verb. */
static void test_inverted_descriptions(void) {
  nk_doc d;
  load(&d, "\"Le feu a pris dans la cuisine\", a expliqué le pompier. \"Nous "
           "avons tout reconstruit\", affirme le gérant du restaurant, Paul "
           "Martin. \"Rien ne sera plus comme avant\", a pour sa part "
           "estimé Julie Roux.");
  size_t martin = add(&d, NK_ENT_PERSON, "Paul", "Martin", 0);
  size_t roux = add(&d, NK_ENT_PERSON, "Julie", "Roux", 0);
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

int main(void) {
  nk_error err = {{0}};
  lang = nk_lang_load(getenv("NEWSKG_DATA_DIR"), "fr", &err);
  if (!lang) {
    fprintf(stderr, "%s\n", err.msg);
    return 1;
  }
  test_direct_inverted();
  test_pronoun_and_continuation();
  test_indirect();
  test_modality_and_agent();
  test_embedded_quotes();
  test_not_statements();
  test_straight_colon();
  test_unmarked_indirect();
  test_unmarked_not();
  test_inverted_descriptions();
  nk_lang_free(lang);
  return TEST_DONE();
}
